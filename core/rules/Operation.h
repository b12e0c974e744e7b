#pragma once

#include "Result.h"
#include "casework/Users.h"
#include "rules/Permissions.h"

#include <QString>

#include <functional>
#include <optional>

namespace fv {

class CaseService;
class Database;
struct CaseRecord;

// What the caller saw when it decided to act, for optimistic concurrency: the case's row
// version (CaseRecord::rowVersion) and/or the revision of its current decision
// (Decision::revision). Either, when given, must still be current.
struct Seen
{
    std::optional<qint64> caseVersion;
    std::optional<int> decisionRevision;
};

// The one path every change goes through. For an action on a case it
//  1. opens one write transaction (IMMEDIATE: writers queue, nothing is read stale),
//  2. resolves the acting user afresh (a user deactivated meanwhile is refused),
//  3. loads the case and asks the permission table, can(action, user, case), on that fresh copy,
//  4. checks what the caller saw (Seen): a change made meanwhile is refused naming who and when,
//  5. runs the body, which changes the case and records its event in the audit trail,
//  6. refuses to commit a change of the case that recorded no event, then commits.
// A refusal at any step leaves the database as it was, and names the case.
class Operation
{
public:
    using Body = std::function<Status(CaseRecord &record, const User &actor)>;
    using Check = std::function<Status(const User &actor, const CaseRecord &record)>;

    Operation(CaseService &cases, Action action);
    Operation &seen(const Seen &seen);
    // A check beyond the table that depends on the request (e.g. the assessment item).
    Operation &check(Check check);
    // A body that may leave the case unchanged (reads or a refusal it records itself) — rare.
    Operation &withoutEvent();

    Status run(const QString &caseNumber, const Body &body);

    // An action that is not about one case (administration): fresh actor, can(), one
    // transaction, body, commit.
    static Status runGlobal(Database &db, const User &actor, Action action, const std::function<Status()> &body);

private:
    Status runInTransaction(const QString &caseNumber, const Body &body);

    CaseService &m_cases;
    Action m_action;
    Seen m_seen;
    Check m_check;
    bool m_needsEvent = true;
};

// can(action, the actor as the database knows them now): for administration that is not about one
// case (catalogue, templates, conditions, prices, settings). A user deactivated or stripped of a
// role since they logged in is refused.
Status canNow(Database &db, const User &actor, Action action);

// Refused unless the current decision of `record` still has `revision`; the refusal names who
// changed it last and when, as requireCaseVersion does for the case.
Status requireDecisionRevision(Database &db, const CaseRecord &record, int revision);

} // namespace fv
