#pragma once

#include "Result.h"
#include "letters/DocumentService.h"
#include "revocation/Revocation.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

class CaseService;

// What a caseworker says when giving advance notice of a revocation or reversal.
struct RevocationRequest
{
    RevocationKind kind = RevocationKind::Revocation;
    QString grounds;
    QStringList registries;         // empty: every registry the decision grants
    std::optional<int> commentDays; // default: the setting revocation.commentDays
};

// Revoking access when the conditions are broken, and reversing a decision without an appeal
// (fvl § 35), for one acting user; and suspended implementation (fvl § 42). Each step is one
// operation of the operation runner (rules/Operation.h), checked by the permission table
// (NotifyRevocation, RecordRevocationComment, DecideRevocation, ApproveRevocation,
// DecideSuspension) and audited:
//  1. notify: the advance notice (fvl § 16) with a deadline to comment, then its letter;
//  2. comment: the applicant's comment received (optional; the deadline passing is enough);
//  3. propose: the outcome (revoked, partly, dropped) and its reason, by one person;
//  4. approve: by a decision-maker who did not propose it (four eyes); the deliveries of the
//     revoked registries are marked stopped in the same transaction, then the decision letter
//     and one stop-delivery notice per registry manager are sent.
// A letter is sent after its operation commits (DocumentService's own transaction); when the
// letter fails the step stays recorded and the error says so (the letter can be sent again).
class RevocationService
{
public:
    explicit RevocationService(CaseService &cases);

    Result<std::vector<SentLetter>> notify(const QString &caseNumber, const RevocationRequest &notice);
    Status comment(const QString &caseNumber, const QDate &on, const QString &text);
    // `registries`: for a partial revocation, the registries of the notice that are revoked.
    // Without a reason the notice's grounds are the reason (not when the matter is dropped).
    Status propose(const QString &caseNumber, RevocationOutcome outcome, const QString &reason,
                   const QStringList &registries = {});
    Result<std::vector<SentLetter>> approve(const QString &caseNumber);

    Status requestSuspension(const QString &caseNumber, const QDate &on, const QString &by);
    // Decides the pending request; its letter (granted or refused) is sent after.
    Result<std::vector<SentLetter>> decideSuspension(const QString &caseNumber, bool grant, const QString &reason);
    // A granted suspension ends (the appeal was decided): deliveries are followed up again.
    Status endSuspension(const QString &caseNumber, const QDate &on);

private:
    Result<std::vector<SentLetter>> sendAfter(const QString &caseNumber, const std::vector<LetterKind> &kinds);

    CaseService &m_cases;
};

} // namespace fv
