#pragma once

#include "Result.h"
#include "decision/StandardTexts.h"

#include <optional>
#include <vector>

namespace fv {

class Database;
struct User;

// The library of standard conditions, kept in the database and edited by an admin;
// each condition has its text in bokmål, nynorsk and English.
class ConditionLibrary
{
public:
    static Result<std::vector<StandardCondition>> load(Database &db);
    // Replaces the library (admin only). Codes are unique and every text is given. `seen`: the
    // version() the editor loaded; a change made since is refused (no lost update).
    static Status save(Database &db, const User &actor, const std::vector<StandardCondition> &conditions,
                       std::optional<qint64> seen = {});
    static Result<qint64> version(Database &db);
};

} // namespace fv
