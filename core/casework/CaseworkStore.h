#pragma once

#include "Result.h"
#include "casework/CaseworkTypes.h"
#include "casework/Deadlines.h"

#include <QDate>
#include <QDateTime>

#include <map>

namespace fv {

class Database;
struct CaseRecord;

// Reads and writes what the casework tables hold about cases: the only SQL of the casework
// (the services decide, this stores). Writes run inside the caller's transaction.
class CaseworkStore
{
public:
    struct Change
    {
        QString who; // "Full Name (login)"
        QDateTime at;
        QString kind;
    };
    static Result<qint64> rowVersion(Database &db, qint64 caseId);
    // The case's newest event: who changed it last, when and how.
    static Result<Change> lastChange(Database &db, qint64 caseId);

    static Status setStatus(Database &db, qint64 caseId, const QString &statusCode);
    static Status setAssignee(Database &db, qint64 caseId, qint64 userId);
    static Status setChangeOf(Database &db, qint64 caseId, const QVariant &earlierCaseId); // null: none
    static Status setCompletedOn(Database &db, qint64 caseId, const QDate &day);
    static Status setPreliminaryReply(Database &db, qint64 caseId, const QDate &day);
    static Status addInfoRequest(Database &db, qint64 caseId, const QDate &on, const QString &text, const QDate &due,
                                 qint64 userId, const QString &resumeStatus);
    static Status answerInfoRequest(Database &db, qint64 requestId, const QDate &on);
    static Status remindInfoRequest(Database &db, qint64 requestId, const QDate &on, const QDate &due);
    static Status saveAssessment(Database &db, qint64 caseId, const QString &item, const QString &result,
                                 const QString &note, qint64 userId);
    static Status addConsultation(Database &db, qint64 caseId, const QString &registry, const QDate &on,
                                  const QDate &due, qint64 userId);
    static Status answerConsultation(Database &db, qint64 consultationId, const QDate &on, const QString &answer,
                                     const QString &note, qint64 userId);
    static Status addNote(Database &db, qint64 caseId, const QString &audience, const QString &text, qint64 userId);
    // `registry` empty: the whole case.
    static Status addForwarding(Database &db, qint64 caseId, const QString &registry, const QString &reason,
                                const QDate &on, qint64 userId);

    // Fills record.casework (assessment, consultations, dialogue, notes, forwarding) and computes
    // its deadlines as of today(). Called by CaseService::load(), which has already read
    // record.casework.preliminaryReplyOn with the case's header.
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
