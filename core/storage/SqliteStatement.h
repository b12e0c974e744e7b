#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace fv {

class Database;

// One statement on the SQLite connection under a Database, prepared once and run many
// times: for bulk work (the generator, statistics over the whole archive) where Qt's
// per-value QVariant handling would cost more than SQLite itself. Bind by position from 1.
// On the team server the same statement runs through Qt (INDEXED BY dropped, group_concat as
// string_agg), so the callers stay one code for both engines.
class SqliteStatement
{
public:
    SqliteStatement(Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The prepare error, if any (checked once before use).
    Status status() const;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    SqliteStatement &bind(int index, const QString &text); // a null QString binds as ''
    SqliteStatement &bind(int index, const QByteArray &utf8);
    SqliteStatement &bindNull(int index);

    // Runs an INSERT/UPDATE to the end and resets for the next use.
    Status run();
    // Steps a query: true while there is a row; check status() when it returns false.
    bool next();
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    QString text(int column) const;
    QDate date(int column) const; // from YYYY-MM-DD text; invalid for NULL
    bool isNull(int column) const;

    qint64 lastInsertId() const;

private:
    bool serverStep();

    sqlite3 *m_db = nullptr;
    Database *m_server = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QVariantList m_binds;
    bool m_started = false;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    Error m_error;
    bool m_failed = false;
};

} // namespace fv
