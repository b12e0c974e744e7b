#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "casework/CaseworkTypes.h"

#include <QDate>

#include <functional>

namespace fv {

enum class Action; // rules/Permissions.h

// The casework between receipt and decision for one acting user: assignment, the
// completeness check and the dialogue with the applicant, the legal assessment, registry
// consultations, notes and forwarding. Every operation runs through the operation runner
// (rules/Operation.h): the permission table (rules/Permissions.h) decides who may act in which
// state, on the case loaded inside the transaction, before the operation's own input rules;
// the change and its event are written in that one transaction. Dates given as `on` default to
// today and may not lie in the future or before the application was received.
class CaseworkService
{
public:
    explicit CaseworkService(CaseService &cases);
    CaseService &cases() { return m_cases; }

    Status assign(const QString &caseNumber, const QString &login);
    Status take(const QString &caseNumber); // assign to the acting user

    Status startCompletenessCheck(const QString &caseNumber);
    // The application is complete: the statutory clock starts the day after `on`.
    Status complete(const QString &caseNumber, const QDate &on = {});
    // Pauses the clock; the applicant has 10 working days to answer.
    Status requestInfo(const QString &caseNumber, const QString &text, const QDate &on = {});
    // Restarts the clock on `on` and returns the case to where it was before the request.
    Status infoReceived(const QString &caseNumber, const QDate &on = {});
    // Once the answer is overdue: 5 more working days.
    Status remind(const QString &caseNumber, const QDate &on = {});
    // Once the reminder's 5 working days have passed without an answer.
    Status rejectNoReply(const QString &caseNumber);
    Status withdraw(const QString &caseNumber, const QString &reason);
    Status close(const QString &caseNumber);
    // The whole case (registry empty) or one registry of it goes to the registry manager, who
    // decides it itself; the reason is required.
    Status forward(const QString &caseNumber, const QString &registry, const QString &reason);
    // Forvaltningsloven § 11 a: the preliminary reply went out on `on`.
    Status recordPreliminaryReply(const QString &caseNumber, const QDate &on = {});

    // A note is required when the result is not-fulfilled, or not-relevant for a required item.
    Status assess(const QString &caseNumber, AssessmentItem item, AssessmentResult result, const QString &note);
    Status consult(const QString &caseNumber, const QString &registry, const QDate &due, const QDate &on = {});
    Status consulted(const QString &caseNumber, const QString &registry, ConsultationAnswer answer, const QString &note,
                     const QDate &on = {});
    Status addNote(const QString &caseNumber, const QString &text, NoteAudience audience);

private:
    using Body = std::function<Status(CaseRecord &)>;
    // Runs `body` through the operation runner as `action` on the case; errors name the case.
    Status inCase(Action action, const QString &caseNumber, const Body &body,
                  const std::function<Status(const User &, const CaseRecord &)> &check = {});
    Result<QDate> checkedDay(const CaseRecord &record, const QDate &on, const QString &what) const;
    Status setAssignee(CaseRecord &record, const User &to);
    Status forwardRegistry(CaseRecord &record, const QString &registry, const QString &reason);
    Status appendEvent(const CaseRecord &record, const QString &kind, const QString &detail);

    CaseService &m_cases;
};

} // namespace fv
