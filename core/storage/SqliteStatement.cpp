#include "storage/SqliteStatement.h"

#include "storage/Database.h"
#include "storage/SqliteFile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

namespace fv {

SqliteStatement::SqliteStatement(Database &db, const QString &sql)
    : m_db(db.isServer() ? nullptr : sqliteHandle(db))
    , m_sql(sql)
{
    if (db.isServer()) {
        static const QRegularExpression indexedBy(QStringLiteral("\\s+INDEXED BY \\w+"));
        m_sql.replace(indexedBy, QString()).replace(QLatin1String("group_concat("), QLatin1String("string_agg("));
        m_server = &db;
        m_query = std::make_unique<QSqlQuery>(db.connection());
        if (!m_query->prepare(m_sql)) {
            m_failed = true;
            m_error = sqlError(m_query->lastError(), QString());
        }
        return;
    }
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

bool SqliteStatement::serverStep()
{
    if (!m_started) {
        for (qsizetype i = 0; i < m_binds.size(); ++i)
            m_query->bindValue(static_cast<int>(i), m_binds.at(i));
        m_started = true;
        if (!m_query->exec()) {
            m_failed = true;
            m_error = sqlError(m_query->lastError(), QString());
            return false;
        }
    }
    return m_query->next();
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (m_server) {
        if (m_binds.size() < index)
            m_binds.resize(index);
        m_binds[index - 1] = value;
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    if (m_server) {
        if (m_binds.size() < index)
            m_binds.resize(index);
        m_binds[index - 1] = text.isNull() ? QStringLiteral("") : text;
        return *this;
    }
    return bind(index, text.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    if (m_server)
        return bind(index, QString::fromUtf8(utf8));
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (m_server) {
        if (m_binds.size() < index)
            m_binds.resize(index);
        m_binds[index - 1] = QVariant();
        return *this;
    }
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Status SqliteStatement::run()
{
    if (m_failed)
        return m_error;
    if (m_server) {
        serverStep();
        reset();
        return status();
    }
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
    if (m_server)
        return serverStep();
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
    if (m_server) {
        m_query->finish();
        m_started = false;
        return;
    }
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    if (m_server)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    if (m_server)
        return m_query->value(column).toString();
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QDate SqliteStatement::date(int column) const
{
    if (m_server)
        return QDate::fromString(m_query->value(column).toString().left(10), Qt::ISODate);
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
    if (m_server)
        return m_query->value(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    if (m_server) // the generator writes SQLite only; a server statement has no row id
        return 0;
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace fv
