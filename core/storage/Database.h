#pragma once

#include "Result.h"
#include "storage/DatabaseKind.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace fv {

// One open case database: an SQLite file, or the team server (PostgreSQL, when the path is a
// postgresql:// URI, see ServerDatabase.h). Owns its Qt connection; every other storage
// class borrows it. Opening migrates the schema to the current version.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing database and migrates it. Never creates a file: a misspelt path is
    // refused ("there is no case database at …"), as are a file from a newer program, a file
    // that is not a database, an impossible schema version and a locked file, with a message
    // naming the file. $FELLESVEDTAK_TODAY is honoured here for a demo or test database and
    // refused for a real one (see Clock.h).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    // Makes a new database of `kind` at `path` (owner-only access), which must not exist yet
    // (an empty file left by an interrupted create is reused). Only init, demo and the GUI's
    // "new database" create one; a refused create leaves no file behind.
    static Result<std::unique_ptr<Database>> create(const QString &path, DatabaseKind kind);

    // Where the database is when neither --db nor FELLESVEDTAK_DB says otherwise; refused when
    // there is no home folder to put it in (HOME unset), instead of writing under "/".
    static Result<QString> defaultPath();
    // --db, else $FELLESVEDTAK_DB, else defaultPath().
    static Result<QString> resolvePath(const QString &fromOption);
    // How long a database another program is writing is waited for before giving up:
    // $FELLESVEDTAK_BUSY_TIMEOUT_MS, else 5000.
    static int busyTimeoutMs();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // The team server (PostgreSQL) rather than an SQLite file.
    bool isServer() const { return m_server; }
    // On the server: the session's login (session_user), the only acting user there is.
    const QString &serverLogin() const { return m_serverLogin; }
    // What the status line shows: the file, or user@host/database on the server.
    QString displayName() const;

    // A subquery joining `column` of `fromWhere` ordered by `orderBy` with `separator`, in the
    // engine's words: SQLite's group_concat over an ordered subquery, PostgreSQL's string_agg.
    static QString orderedList(bool server, const QString &column, const QString &fromWhere, const QString &orderBy,
                               const QString &separator);

    // Runs an INSERT and returns the new row's id (RETURNING id: both engines).
    Result<qint64> insert(const QString &sql, const QVariantList &bindings = {});

    // Runs one statement with positional bindings; the error names the statement's purpose.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {});

private:
    Database(QSqlDatabase db, QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool readOnly);
    static Result<std::unique_ptr<Database>> connectServer(const QString &uri);
    static Result<std::unique_ptr<Database>> openServer(const QString &uri, bool create, DatabaseKind kind);
    Status startServerSession();
    Status upgradeSchema();
    Status applyClock();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_server = false;
    QString m_serverLogin;
    bool m_serverLiterals = false; // bindings written into the statement: one round trip each
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
