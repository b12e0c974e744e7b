#pragma once

#include "Result.h"

#include <QString>

namespace fv {

class Database;

// What a case database is for. Only a demo or test database may run on a fixed clock
// ($FELLESVEDTAK_TODAY) or be filled with synthetic cases; a real one holds real casework.
// Kept in the setting table (key "database.kind"); a database without the key is real.
enum class DatabaseKind { Real, Demo, Test };

QString toCode(DatabaseKind kind);
Result<DatabaseKind> databaseKind(Database &db);
// Inside the caller's transaction; marking is for a new database (init --test, demo).
Status setDatabaseKind(Database &db, DatabaseKind kind);

} // namespace fv
