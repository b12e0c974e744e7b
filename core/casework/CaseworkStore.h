#pragma once

#include "Result.h"
#include "casework/CaseworkTypes.h"
#include "casework/Deadlines.h"

#include <QDate>

#include <map>

namespace fv {

class Database;
struct CaseRecord;

// Reads what the casework tables hold about cases; writing is CaseworkService's.
class CaseworkStore
{
public:
    // Fills record.casework (assessment, consultations, dialogue, notes, forwarding) and computes
    // its deadlines as of today(). Called by CaseService::load().
    static Status load(Database &db, CaseRecord &record);

    static Result<Assessment> assessment(Database &db, qint64 caseId, const Application &app,
                                         const AssessmentRules &rules);
    static Result<std::vector<Consultation>> consultations(Database &db, qint64 caseId);
    static Result<std::vector<InfoRequest>> infoRequests(Database &db, qint64 caseId);
    static Result<std::vector<CaseNote>> notes(Database &db, qint64 caseId);
    static Result<std::vector<Forwarding>> forwardings(Database &db, qint64 caseId);

    // The deadline status of every open case at once (a handful of queries, not one per case),
    // for the case list and the work queue. Keyed by case id; closed cases are left out.
    static Result<std::map<qint64, DeadlineStatus>> openCaseDeadlines(Database &db, const QDate &today);
};

// The input of computeDeadlines() for a loaded case.
DeadlineInput deadlineInput(const CaseRecord &record);

} // namespace fv
