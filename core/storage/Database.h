#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace fv {

// One open case database (SQLite). Owns its Qt connection; every other storage
// class borrows it. Opening migrates the schema to the current version.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. Refuses a file from a newer program,
    // a file that is not a database, and a locked file, with a message naming the file.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    // Where the database is when neither --db nor FELLESVEDTAK_DB says otherwise.
    static QString defaultPath();
    // --db, else $FELLESVEDTAK_DB, else defaultPath().
    static QString resolvePath(const QString &fromOption);
    // How long a database another program is writing is waited for before giving up:
    // $FELLESVEDTAK_BUSY_TIMEOUT_MS, else 5000.
    static int busyTimeoutMs();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // Runs one statement with positional bindings; the error names the statement's purpose.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {});

private:
    Database(QSqlDatabase db, QString path, QString connectionName, bool readOnly);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings, bool reuse);

    QHash<QString, QSqlQuery> m_statements; // prepared writes and scalars, by SQL text
};

// SQL NULL for a binding. A null QString binds as an empty text instead, so optional
// text fields never turn into NULL by accident.
inline QVariant sqlNull()
{
    return QVariant();
}

// Turns a driver error into a message a person can act on (locked, full disk, corrupt…).
Error sqlError(const class QSqlError &error, const QString &what);

} // namespace fv
