#pragma once

#include "Result.h"
#include "decision/Decision.h"

#include <optional>
#include <vector>

namespace fv {

class Database;

// Reads and writes decisions. Users are stored by id and read back as logins.
class DecisionStore
{
public:
    // Inserts a new decision (id 0) or rewrites a draft; refuses to touch an approved one.
    static Result<qint64> save(Database &db, qint64 caseId, const Decision &decision);
    // Decisions with their revision and contributors, oldest version first.
    static Result<std::vector<Decision>> loadAll(Database &db, qint64 caseId);
    // Records that `login` drafted, edited or submitted the decision (append-only; the first
    // time of each act is kept). The four-eyes rule reads these.
    static Status addContributor(Database &db, qint64 decisionId, const QString &login, const QString &act);
    static Status markSuperseded(Database &db, qint64 decisionId);
    // The latest approved decision of the case numbered `caseNumber`, if any.
    static Result<std::optional<qint64>> latestApproved(Database &db, const QString &caseNumber);
};

} // namespace fv
