#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace fv {
namespace {
// Nesting depth per connection: the outermost guard owns BEGIN/COMMIT.
QHash<QString, int> &depths()
{
    static QHash<QString, int> d;
    return d;
}
QString savepointName(int depth)
{
    return QStringLiteral("fv_sp%1").arg(depth);
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    int &depth = depths()[db.connection().connectionName()];
    m_nested = depth > 0;
    // IMMEDIATE takes the write lock at once, so two writers queue on the busy timeout
    // instead of failing half-way (case numbers are allocated inside).
    const QString sql = m_nested ? QStringLiteral("SAVEPOINT ") + savepointName(depth)
        : m_db.isServer()
        ? QStringLiteral("BEGIN")
        : QStringLiteral("BEGIN IMMEDIATE");
    auto r = m_db.exec(sql);
    if (!r) {
        m_error = r.error();
        return;
    }
    m_open = true;
    m_depth = depth;
    ++depth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested) {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        (void)m_db.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    --depths()[m_db.connection().connectionName()];
}

Status Transaction::commit()
{
    if (!m_open)
        return m_error.message.isEmpty()
            ? fail(QCoreApplication::translate("fv::Storage", "no open transaction"))
            : m_error;
    auto r = m_db.exec(m_nested ? QStringLiteral("RELEASE ") + savepointName(m_depth) : QStringLiteral("COMMIT"));
    if (!r)
        return r.error(); // the destructor rolls back
    m_open = false;
    --depths()[m_db.connection().connectionName()];
    return ok();
}

} // namespace fv
