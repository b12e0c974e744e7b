#include "storage/MigrateRows.h"

#include "storage/Database.h"
#include "storage/ServerLiterals.h"
#include "storage/SqliteFile.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>
#include <sqlite3.h>

namespace fv {
namespace {

class RowsText
{
    Q_DECLARE_TR_FUNCTIONS(fv::Migrate)
};

} // namespace

QVariant serverValue(const QVariant &v, const QString &type)
{
    if (v.isNull())
        return QVariant();
    if (type == QLatin1String("boolean"))
        return QVariant(v.toLongLong() != 0);
    if (type == QLatin1String("bytea"))
        return QVariant(v.toByteArray());
    if (type == QLatin1String("bigint") || type == QLatin1String("integer"))
        return QVariant(v.toLongLong());
    return QVariant(v.toString());
}

Status BatchInsert::add(const QVariantList &row)
{
    if (m_rows == 0)
        m_sql = m_head;
    else
        m_sql += QLatin1Char(',');
    m_sql += QLatin1Char('(');
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_sql += QLatin1Char(',');
        m_sql += serverLiteral(row.at(i));
    }
    m_sql += QLatin1Char(')');
    return ++m_rows == maxRows || m_sql.size() >= maxChars ? flush() : ok();
}

Status BatchInsert::flush()
{
    if (m_rows == 0)
        return ok();
    QSqlQuery q(m_target.connection());
    if (!q.exec(m_sql + m_tail))
        return sqlError(q.lastError(), m_head);
    m_sql.clear();
    m_rows = 0;
    return ok();
}

Result<qint64> streamRows(Database &source, const QString &select, PgCopy &copy, const QList<PgCopy::Type> &types,
                          const QString &label, const RowCheck &check,
                          const std::function<void(const QString &)> &progress)
{
    sqlite3 *db = sqliteHandle(source);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = select.toUtf8();
    if (const int rc = sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr);
        rc != SQLITE_OK)
        return sqliteError(rc, db, RowsText::tr("reading %1").arg(label), source.path());
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(stmt, sqlite3_finalize);
    if (auto s = copy.start(); !s)
        return s.error();
    qint64 n = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (check)
            if (const QString refused = check(stmt); !refused.isEmpty())
                return fail(refused, source.path());
        for (int i = 0; i < types.size(); ++i) {
            if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
                copy.null();
                continue;
            }
            switch (types.at(i)) {
            case PgCopy::Type::Text:
                copy.text(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)), sqlite3_column_bytes(stmt, i));
                break;
            case PgCopy::Type::Integer:
            case PgCopy::Type::BigInt: copy.integer(sqlite3_column_int64(stmt, i)); break;
            case PgCopy::Type::Boolean: copy.boolean(sqlite3_column_int64(stmt, i) != 0); break;
            case PgCopy::Type::Double: copy.real(sqlite3_column_double(stmt, i)); break;
            case PgCopy::Type::Bytea:
                copy.bytes(static_cast<const char *>(sqlite3_column_blob(stmt, i)), sqlite3_column_bytes(stmt, i));
                break;
            }
        }
        if (auto s = copy.endRow(); !s)
            return Error{s.error().message, QStringLiteral("%1 row %2").arg(label).arg(n + 1)};
        if (++n % 100000 == 0)
            progress(RowsText::tr("%1: %2 rows").arg(label).arg(n));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(rc, db, RowsText::tr("reading %1").arg(label), source.path());
    auto taken = copy.finish();
    if (!taken)
        return taken.error();
    if (taken.value() != n)
        return fail(RowsText::tr("%1: the server took %2 of %3 rows").arg(label).arg(taken.value()).arg(n),
                    source.path());
    return n;
}

} // namespace fv
