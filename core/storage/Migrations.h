#pragma once

#include "Result.h"

namespace fv {

class Database;

// The schema version this program writes (PRAGMA user_version).
int currentSchemaVersion();

// Brings the database from its version to currentSchemaVersion(), one step function per
// version, each in its own transaction. Refuses a database from a newer program.
Status migrate(Database &db);

} // namespace fv
