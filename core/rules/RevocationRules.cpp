#include "rules/RevocationRules.h"

#include "Clock.h"
#include "appeal/Appeal.h"
#include "casework/CaseService.h"
#include "followup/FollowUp.h"

#include <QCoreApplication>

namespace fv::caserules {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Permissions)
};

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

Status decisionSent(const CaseRecord &record)
{
    const CaseStatus s = record.summary.status;
    if ((s != CaseStatus::LetterSent && s != CaseStatus::Closed) || !followup::decisionLetterSentOn(record).isValid())
        return fail(Tr::tr("No decision letter has been sent in this case, so there is no decision to revoke, "
                           "reverse or suspend"));
    return ok();
}

} // namespace

Status revocationNoticeAllowed(const CaseRecord &record)
{
    if (auto s = decisionSent(record); !s)
        return s;
    if (const Revocation *open = record.revocation.open())
        return fail(Tr::tr("An advance notice was sent on %1 and is not decided yet; decide it before a new one")
                        .arg(shown(open->notifiedOn)));
    return ok();
}

Status revocationAwaitsComment(const CaseRecord &record)
{
    const Revocation *open = record.revocation.open();
    if (!open || open->state() != RevocationState::Notified)
        return fail(Tr::tr("No advance notice is waiting for the applicant's comment"));
    if (open->commentOn.isValid())
        return fail(
            Tr::tr("The applicant's comment was recorded as received on %1 already").arg(shown(open->commentOn)));
    return ok();
}

Status revocationDecidable(const CaseRecord &record)
{
    const Revocation *open = record.revocation.open();
    if (!open)
        return fail(Tr::tr("No advance notice of revocation or reversal is waiting for a decision"));
    if (open->state() == RevocationState::Proposed)
        return fail(Tr::tr("A decision was proposed by %1 and awaits approval").arg(open->proposedBy));
    if (!open->readyToDecide(today()))
        return fail(Tr::tr("The applicant has until %1 to comment on the advance notice (fvl § 16); decide after "
                           "that, or when the comment is received")
                        .arg(shown(open->commentDue)));
    return ok();
}

Status revocationApprovable(const User &user, const CaseRecord &record)
{
    const Revocation *open = record.revocation.open();
    if (!open || open->state() != RevocationState::Proposed)
        return fail(Tr::tr("No proposed revocation or reversal is waiting for approval"));
    if (open->proposedBy == user.login)
        return fail(Tr::tr("%1 proposed this decision and cannot approve it too. Someone else must approve it "
                           "(the four-eyes principle).")
                        .arg(user.login));
    return ok();
}

Status suspensionAllowed(const CaseRecord &record)
{
    // A request for suspended implementation (fvl § 42) usually comes with the appeal, while the case is
    // back under assessment to prepare it: allowed then too, once the decision letter was sent.
    if (const Appeal *a = record.appeals.current(); a && followup::decisionLetterSentOn(record).isValid()) {
        const AppealState s = a->state();
        if (s == AppealState::AwaitingLateDecision || s == AppealState::Preparing || s == AppealState::Reversed
            || s == AppealState::WithAppealBody)
            return ok();
    }
    return decisionSent(record);
}

Status suspensionPending(const CaseRecord &record)
{
    if (!record.revocation.pendingSuspension())
        return fail(Tr::tr("No request for suspended implementation is waiting for a decision"));
    return ok();
}

Status suspensionInForce(const CaseRecord &record)
{
    if (!record.revocation.suspended())
        return fail(Tr::tr("Implementation is not suspended in this case"));
    return ok();
}

} // namespace fv::caserules
