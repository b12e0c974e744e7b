#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace fv {

class Database;

// What `migrate --to` moved onto the team server.
struct MigrationReport
{
    qint64 users = 0;
    qint64 cases = 0;
    qint64 documents = 0;
    qint64 events = 0;
    QString oldHead; // the SQLite audit trail's last hash, kept in the server's migration event
    QString newHead; // the server's chain head after the migration event
};

// Copies an SQLite case database whole onto an empty, initialised team-server database (no
// case, no document, at most the one administrator who set it up) in one transaction, as the
// server's superuser: the tables' rows as they are (triggers off, so ids, numbers, authors and
// times stay), each user's login made (LOGIN, no password: IT chooses how it signs in) or
// mapped by name and granted its group roles, documents checked by SHA-256 on both sides, and
// the audit trail re-chained by the server after the target's own events, closed by one event
// naming the old chain head. `check` and `audit verify` run on the result before the commit;
// any failure leaves the target as it was. `progress` gets one line per step.
//
// `generated`: the source is a synthetic archive just made by generate (generateOnServer); a
// real target database becomes a demo database in the same transaction, as generate on SQLite
// marks an empty real one.
Result<MigrationReport> migrateToServer(Database &source, Database &target,
                                        const std::function<void(const QString &)> &progress, bool generated = false);

} // namespace fv
