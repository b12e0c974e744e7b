#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace fv {

class Database;
struct User;

// Changes one office setting (e.g. calendar.extraClosedMonthDays): only an admin, the value
// checked where the casework knows the key, in one transaction with an audit event.
// `seen`: the settingVersion() the editor loaded; a change of the key made since is refused.
Status changeSetting(Database &db, const User &actor, const QString &key, const QString &value,
                     std::optional<qint64> seen = {});
// The version of one setting, for changeSetting's `seen`.
Result<qint64> settingVersion(Database &db, const QString &key);

} // namespace fv
