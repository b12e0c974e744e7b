#pragma once

#include "demo/Generator.h"

namespace fv {

// generate on the team server: the synthetic archive is made by the SQLite generator in a
// temporary scratch file (the same cases for the same seed; no write-ahead log, no fsync, no
// SQLite search index, its chain read rather than re-verified), then loaded onto the server by
// migrateToServer in one transaction, which keeps the server's rules: the case numbers are the
// generator's gapless ones, the audit trail is re-chained by the server, every document's
// SHA-256 is checked by the server's CHECK, the search index is built set-wise. Like migrate it
// needs the server's superuser (IT) and an empty database (a database with cases is refused,
// also a test one); a real database becomes a demo database. `steps` gets migrate's progress.
Result<GenerateReport> generateOnServer(
    Database &server, const GenerateOptions &options, const GenerateProgress &progress,
    const std::function<void(const QString &)> &steps);

} // namespace fv
