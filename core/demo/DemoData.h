#pragma once

#include "Result.h"

namespace fv {

class Database;

// Fills an empty database with realistic example cases (resources/demo/*.json) in
// several states, and demo users; `actingLogin` gets every role so the demo can be used.
// The stories are told relative to today() in working days (see StoryDays), so the picture is
// the same whatever the date, and the database is marked as a demo database (DatabaseKind).
// Refused when the database already holds cases; a refusal changes nothing.
Status createDemoData(Database &db, const QString &actingLogin);

} // namespace fv
