#pragma once

#include "Result.h"

#include <QString>

namespace fv {

class Database;

// What a backup holds, read back from the copy itself.
struct BackupInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 events = 0;
    QString auditHead; // the last audit event's hash: the same in the database and its backup
};

// A consistent copy of the open database at `target`, made with SQLite's online backup while
// other programs go on reading and writing. The copy is one self-contained file, readable by its
// owner only (0600), checked (integrity) before it is put in place, and written atomically:
// `target` is either what it was or the whole new copy. Refuses the database itself and an
// existing file that is not an SQLite database (so a typo cannot overwrite a document).
Result<BackupInfo> backupDatabase(Database &db, const QString &target);

// What restoreDatabase() did: the backup it put in place, and where the database it replaced
// was kept (empty when there was none).
struct RestoreReport
{
    BackupInfo restored;
    QString previousCopy;
};

// Puts the backup `file` in place of the database at `target`, after checking the backup whole
// (integrity, foreign keys, schema version not newer than this program, audit chain, every case
// whole) on a private copy. The acting user must be an administrator of the database being
// replaced (or, when that one is too damaged to open, of the backup). Refused while any program
// has `target` open (another Fellesvedtak window or command, on this or another computer): the
// replacement needs the database to itself. The replaced database is kept beside it as
// NAME.before-restore-YYYYMMDD-HHMMSS.bak, and the restore is recorded in the audit trail.
Result<RestoreReport> restoreDatabase(const QString &file, const QString &target, const QString &actingLogin);

// The copy migrate() makes before changing the schema of a database with data in it:
// NAME.before-vN.bak beside the database, N being the version it is upgraded to.
QString migrationBackupPath(const QString &databasePath, int toVersion);

} // namespace fv
