#pragma once

#include "Result.h"
#include "decision/Decision.h"

#include <vector>

namespace fv {

class Database;

// Reads and writes decisions. Users are stored by id and read back as logins.
class DecisionStore
{
public:
    // Inserts a new decision (id 0) or rewrites a draft; refuses to touch an approved one.
    static Result<qint64> save(Database &db, qint64 caseId, const Decision &decision);
    static Result<std::vector<Decision>> loadAll(Database &db, qint64 caseId);
};

} // namespace fv
