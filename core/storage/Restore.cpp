// restoreDatabase(): putting a backup in place of the database, checked first, atomically.
#include "casework/AuditLog.h"
#include "casework/Users.h"
#include "storage/Backup.h"
#include "storage/BackupSteps.h"
#include "storage/Check.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqliteFile.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <sqlite3.h>

namespace fv {
namespace {

// An administrator of the database being replaced may restore; when that one cannot be opened
// (the usual reason to restore), an administrator of the backup.
Status requireRestorer(Database &backup, const QString &target, const QString &login)
{
    std::unique_ptr<Database> current;
    if (QFileInfo::exists(target)) {
        auto opened = Database::open(target, Database::Mode::ReadOnly);
        if (opened)
            current = std::move(opened.value());
    }
    Database &judge = current ? *current : backup;
    auto actor = Users::actor(judge, login);
    if (!actor)
        return Error{actor.error().message, judge.path() == target ? target : QString()};
    return requireRole(actor.value(), Role::Admin, QStringLiteral("restore the database"));
}

// Opens the private working copy (an older schema is upgraded, a newer one refused), checks it
// whole, checks who restores and records the restore in its audit trail.
Status checkAndRecord(const QString &work, const QString &file, const QString &target, const QString &login,
                      const QString &keptAs)
{
    auto db = Database::open(work);
    if (!db)
        return fail(QCoreApplication::translate("fv::Storage", "the backup cannot be used: %1; nothing was changed")
                        .arg(db.error().message),
                    file);
    auto report = checkDatabase(*db.value());
    if (!report)
        return Error{report.error().message, file};
    if (!report->ok())
        return fail(QCoreApplication::translate("fv::Storage", "the backup is damaged (%1); nothing was changed")
                        .arg(report->problems.first()),
                    file);
    if (auto s = requireRestorer(*db.value(), target, login); !s)
        return s;
    Transaction tx(*db.value());
    if (!tx.isOpen())
        return tx.error();
    const QString detail = QStringLiteral("restored from the backup %1; the database it replaced is kept as %2")
                               .arg(QFileInfo(file).fileName(),
                                    keptAs.isEmpty() ? QStringLiteral("(none)") : QFileInfo(keptAs).fileName());
    if (auto s = AuditLog::append(*db.value(), 0, login, QStringLiteral("database-restored"), detail); !s)
        return s;
    return tx.commit();
}

// A private copy of the backup beside the target, checked and ready to be renamed into place.
Result<BackupInfo> prepareCopy(const QString &file, const QString &target, const QString &login, const QString &keptAs)
{
    auto work = makePrivateTempFile(target, QStringLiteral("restore"));
    if (!work)
        return work.error();
    const auto discard = [&](const Error &e) -> Error {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(work.value() + suffix);
        QFile::remove(migrationBackupPath(work.value(), currentSchemaVersion()));
        return e;
    };
    {
        auto source = SqliteFile::open(file, SqliteFile::Access::ReadOnly);
        if (!source)
            return discard(source.error());
        if (auto copied = writeCopy(source->handle(), work.value(), file); !copied)
            return discard(copied.error());
    }
    if (auto s = checkAndRecord(work.value(), file, target, login, keptAs); !s)
        return discard(s.error());
    QFile::remove(migrationBackupPath(work.value(), currentSchemaVersion()));
    // Closed above, so the copy is one file again once it leaves WAL mode.
    auto copy = SqliteFile::open(work.value(), SqliteFile::Access::ReadWrite);
    if (!copy)
        return discard(copy.error());
    if (auto s = copy->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !s)
        return discard(s.error());
    auto info = readBackupInfo(copy.value());
    if (!info)
        return discard(info.error());
    info->path = work.value();
    return info;
}

// Takes the database at `target` for ourselves: out of WAL mode, which SQLite allows only when
// no other connection has the file open, then an exclusive lock held until it is replaced.
// No lock (and no refusal) for a file too damaged for SQLite to read: nobody can be using it.
Result<std::optional<SqliteFile>> takeExclusive(const QString &target)
{
    const Error inUse = fail(
        QCoreApplication::translate("fv::Storage",
                                    "the database is open in another Fellesvedtak window or command (on this or "
                                    "another computer); close it there and restore again"),
        target);
    auto file = SqliteFile::open(target, SqliteFile::Access::ReadWrite);
    if (!file)
        return std::optional<SqliteFile>();
    file->setBusyTimeout(Database::busyTimeoutMs());
    auto mode = file->text(QStringLiteral("PRAGMA journal_mode = DELETE"));
    const int code = sqlite3_errcode(file->handle()) & 0xff;
    if (!mode && (code == SQLITE_BUSY || code == SQLITE_LOCKED))
        return inUse;
    if (!mode)
        return std::optional<SqliteFile>();
    if (mode.value() != QLatin1String("delete") || !file->exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return inUse;
    return std::optional<SqliteFile>(std::move(file.value()));
}

// Keeps the database being replaced (and a -wal a damaged one may have) beside it, 0600.
Status keepPrevious(const QString &target, const QString &keptAs)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile from(target + suffix);
        if (!from.exists())
            continue;
        auto temp = makePrivateTempFile(keptAs + suffix, QStringLiteral("keep"));
        if (!temp)
            return temp.error();
        QFile to(temp.value());
        if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || to.write(from.readAll()) != from.size() || !to.flush()) {
            to.remove();
            return fail(QCoreApplication::translate("fv::Storage",
                                                    "cannot keep a copy of the database being replaced (disk "
                                                    "full?); nothing was changed"),
                        keptAs + suffix);
        }
        to.close();
        if (auto s = putInPlace(temp.value(), keptAs + suffix); !s)
            return s;
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return ok();
}

} // namespace

Result<RestoreReport> restoreDatabase(const QString &file, const QString &target, const QString &actingLogin)
{
    if (!QFileInfo(file).isFile())
        return fail(QCoreApplication::translate("fv::Storage", "the backup file does not exist"), file);
    if (sameFile(file, target))
        return fail(QCoreApplication::translate("fv::Storage", "the backup is the database itself"), file);
    if (!isSqliteFile(file))
        return fail(QCoreApplication::translate(
                        "fv::Storage", "this is not a Fellesvedtak backup (not an SQLite file, or it is corrupt)"),
                    file);
    const bool replacing = QFileInfo::exists(target);
    const QString keptAs = replacing
        ? QStringLiteral("%1.before-restore-%2.bak")
              .arg(target, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        : QString();
    auto work = prepareCopy(file, target, actingLogin, keptAs);
    if (!work)
        return work.error();
    std::optional<SqliteFile> lock; // held until the new file is in place
    if (replacing) {
        auto taken = takeExclusive(target);
        if (taken && taken->has_value())
            lock.emplace(std::move(*taken.value()));
        Status kept = taken ? keepPrevious(target, keptAs) : Status(taken.error());
        if (!kept) {
            QFile::remove(work->path);
            return kept.error();
        }
    }
    if (auto s = putInPlace(work->path, target); !s)
        return s.error();
    RestoreReport report{work.value(), keptAs};
    report.restored.path = target;
    return report;
}

} // namespace fv
