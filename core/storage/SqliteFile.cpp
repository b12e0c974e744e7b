#include "storage/SqliteFile.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryFile>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace fv {

Error sqliteError(int code, sqlite3 *handle, const QString &what, const QString &where)
{
    const QString text = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    Error e = sqlError(QSqlError(text, text, QSqlError::ConnectionError, QString::number(code & 0xff)), what);
    e.where = where;
    return e;
}

Result<SqliteFile> SqliteFile::open(const QString &path, Access access)
{
    sqlite3 *h = nullptr;
    const int flags = access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &h, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(rc, h, QCoreApplication::translate("fv::Storage", "cannot open the database"), path);
        sqlite3_close_v2(h);
        return e;
    }
    sqlite3_extended_result_codes(h, 0);
    return SqliteFile(h, path);
}

SqliteFile::SqliteFile(SqliteFile &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
{}

SqliteFile::~SqliteFile()
{
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

void SqliteFile::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_handle, milliseconds);
}

Status SqliteFile::exec(const QString &sql)
{
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_handle, QString(), m_path);
    return ok();
}

Result<QString> SqliteFile::text(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, sql.toUtf8().constData(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_handle, QString(), m_path);
    QString value;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(rc, m_handle, QString(), m_path);
    return value;
}

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status copyDatabase(sqlite3 *from, sqlite3 *to, const QString &where)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqliteError(
            sqlite3_errcode(to), to, QCoreApplication::translate("fv::Storage", "cannot start the copy"), where);
    // One step copies every page under one read transaction: a consistent snapshot. A writer
    // holding the file only briefly is waited for, as the busy timeout would.
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < 5000);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(
            rc, nullptr, QCoreApplication::translate("fv::Storage", "copying the database failed"), where);
    return ok();
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Result<QString> makePrivateTempFile(const QString &near, const QString &tag)
{
    const QFileInfo info(near);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("fv::Storage", "cannot create the folder %1").arg(info.absolutePath()),
                    near);
    // QTemporaryFile creates the file with owner-only access (0600), whatever the umask.
    QTemporaryFile tmp(info.absoluteDir().filePath(QStringLiteral(".%1.%2-XXXXXX").arg(info.fileName(), tag)));
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return fail(QCoreApplication::translate("fv::Storage", "cannot write in the folder: %1").arg(tmp.errorString()),
                    info.absolutePath());
    return tmp.fileName();
}

} // namespace fv
