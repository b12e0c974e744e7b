#pragma once

#include "Result.h"

#include <QString>

namespace fv {

class Database;
struct User;

// Changes one office setting (e.g. calendar.extraClosedMonthDays): only an admin, the value
// checked where the casework knows the key, in one transaction with an audit event.
Status changeSetting(Database &db, const User &actor, const QString &key, const QString &value);

} // namespace fv
