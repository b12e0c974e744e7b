#pragma once

#include "Result.h"

namespace fv {

class Database;

// Fills an empty database with realistic example cases (resources/demo/*.json) in
// several states, and demo users; `actingLogin` gets every role so the demo can be used.
// Refused when the database already holds cases.
Status createDemoData(Database &db, const QString &actingLogin);

} // namespace fv
