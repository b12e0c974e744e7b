#include "storage/SqliteStatement.h"

#include "storage/SqliteFile.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace fv {

SqliteStatement::SqliteStatement(Database &db, const QString &sql) : m_db(sqliteHandle(db)), m_sql(sql)
{
    if (!m_db) {
        m_failed = true;
        m_error = fail(QCoreApplication::translate("fv::Storage", "the database connection is not open"));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(
        m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_failed = true;
        m_error = sqliteError(rc, m_db, QCoreApplication::translate("fv::Storage", "preparing a statement"), {});
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqliteStatement::status() const
{
    if (m_failed)
        return m_error;
    return ok();
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    return bind(index, text.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Status SqliteStatement::run()
{
    if (m_failed)
        return m_error;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return sqliteError(rc, m_db, QString(), {});
    return ok();
}

bool SqliteStatement::next()
{
    if (m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = sqliteError(rc, m_db, QString(), {});
    }
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QDate SqliteStatement::date(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p || sqlite3_column_bytes(m_stmt, column) < 10)
        return {};
    const auto digits = [p](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i)
            v = v * 10 + (p[i] - '0');
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace fv
