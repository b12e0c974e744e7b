#include "storage/Backup.h"

#include "storage/BackupSteps.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fv {

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

namespace {

Status refuseTarget(Database &db, const QString &target)
{
    if (target.isEmpty())
        return fail(QCoreApplication::translate("fv::Storage", "say where the backup goes"));
    if (sameFile(target, db.path()))
        return fail(QCoreApplication::translate(
                        "fv::Storage", "a backup cannot overwrite the database itself; choose another file"),
                    target);
    const QFileInfo info(target);
    if (info.isDir())
        return fail(QCoreApplication::translate("fv::Storage", "this is a folder; give the backup a file name"),
                    target);
    if (info.exists() && info.size() > 0 && !isSqliteFile(target))
        return fail(QCoreApplication::translate(
                        "fv::Storage", "the file exists and is not a database backup; choose another name"),
                    target);
    return ok();
}

} // namespace

Result<BackupInfo> readBackupInfo(SqliteFile &file)
{
    BackupInfo info;
    info.path = file.path();
    auto version = file.text(QStringLiteral("PRAGMA user_version"));
    auto cases = file.text(QStringLiteral("SELECT count(*) FROM fv_case"));
    auto events = file.text(QStringLiteral("SELECT count(*) FROM event"));
    if (!version || !cases || !events)
        return fail(QCoreApplication::translate("fv::Storage", "this is not a Fellesvedtak database"), file.path());
    info.schemaVersion = version->toInt();
    info.cases = cases->toLongLong();
    info.events = events->toLongLong();
    auto head = file.text(QStringLiteral("SELECT hash FROM event ORDER BY id DESC LIMIT 1"));
    if (head)
        info.auditHead = head.value();
    return info;
}

Result<BackupInfo> writeCopy(sqlite3 *from, const QString &to, const QString &reportedPath)
{
    auto dest = SqliteFile::open(to, SqliteFile::Access::ReadWrite);
    if (!dest)
        return dest.error();
    if (auto s = copyDatabase(from, dest->handle(), reportedPath); !s)
        return s.error();
    if (auto s = dest->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !s)
        return s.error();
    auto integrity = dest->text(QStringLiteral("PRAGMA integrity_check(1)"));
    if (!integrity)
        return integrity.error();
    if (integrity.value() != QLatin1String("ok"))
        return fail(QCoreApplication::translate("fv::Storage",
                                                "the copy failed its integrity check (%1); the database may be "
                                                "damaged: check the database")
                        .arg(integrity.value()),
                    reportedPath);
    auto info = readBackupInfo(dest.value());
    if (info)
        info->path = reportedPath;
    return info;
}

Status putInPlace(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(from);
        return fail(QCoreApplication::translate("fv::Storage", "cannot put the file in place: %1").arg(why), to);
    }
    syncFolder(QFileInfo(to).absolutePath());
    return ok();
}

Result<BackupInfo> backupDatabase(Database &db, const QString &target)
{
    if (auto s = refuseTarget(db, target); !s)
        return s.error();
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return fail(
            QCoreApplication::translate("fv::Storage", "the database connection gives no access to SQLite's backup"),
            db.path());
    auto temp = makePrivateTempFile(target, QStringLiteral("backup"));
    if (!temp)
        return temp.error();
    auto info = writeCopy(source, temp.value(), target);
    if (!info) {
        QFile::remove(temp.value());
        return info.error();
    }
    if (auto s = putInPlace(temp.value(), target); !s)
        return s.error();
    return info;
}

QString migrationBackupPath(const QString &databasePath, int toVersion)
{
    return QStringLiteral("%1.before-v%2.bak").arg(databasePath).arg(toVersion);
}

} // namespace fv
