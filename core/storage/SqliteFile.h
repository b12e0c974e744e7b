#pragma once

#include "Result.h"

#include <QString>

struct sqlite3;

namespace fv {

class Database;

// A plain SQLite connection, for the two things Qt's driver does not offer: the online backup
// API and exclusive access to a file. Used by backup and restore only; closed on destruction.
class SqliteFile
{
public:
    enum class Access { ReadOnly, ReadWrite };

    static Result<SqliteFile> open(const QString &path, Access access);
    SqliteFile(SqliteFile &&other) noexcept;
    SqliteFile &operator=(SqliteFile &&) = delete;
    SqliteFile(const SqliteFile &) = delete;
    ~SqliteFile();

    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

    Status exec(const QString &sql);
    // The first column of the first row as text (empty when there is no row).
    Result<QString> text(const QString &sql);
    // Waits for a busy file this long before giving up.
    void setBusyTimeout(int milliseconds);

private:
    SqliteFile(sqlite3 *handle, QString path) : m_handle(handle), m_path(std::move(path)) {}
    sqlite3 *m_handle = nullptr;
    QString m_path;
};

// The SQLite connection under an open Database (Qt's driver hands it out).
sqlite3 *sqliteHandle(Database &db);

// Copies every page of `from` into `to` in one step (SQLite's online backup): a consistent
// snapshot while other connections go on reading and writing `from`.
Status copyDatabase(sqlite3 *from, sqlite3 *to, const QString &where);

// An SQLite result code as a message a person can act on (the same words as sqlError()).
Error sqliteError(int code, sqlite3 *handle, const QString &what, const QString &where);

// Flushes a folder's entries (a rename into it) to disk.
void syncFolder(const QString &folder);

// A new empty file beside `near` for a copy to be written to, private to its owner (0600).
Result<QString> makePrivateTempFile(const QString &near, const QString &tag);

} // namespace fv
