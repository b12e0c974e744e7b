#pragma once

#include "Result.h"
#include "storage/Backup.h"

#include <QString>

struct sqlite3;

namespace fv {

class SqliteFile;

// The steps backup and restore share (Backup.cpp); not for other callers.
bool isSqliteFile(const QString &path);
bool sameFile(const QString &a, const QString &b);
// What a copy holds: schema version, cases, events, the audit head.
Result<BackupInfo> readBackupInfo(SqliteFile &file);
// Copies the database `from` into the new empty file `to`: one self-contained file (no -wal
// beside it) that passed SQLite's integrity check. `reportedPath` names it in messages.
Result<BackupInfo> writeCopy(sqlite3 *from, const QString &to, const QString &reportedPath);
// Renames a finished copy over `to` and flushes the folder: `to` is the old file or the new.
Status putInPlace(const QString &from, const QString &to);

} // namespace fv
