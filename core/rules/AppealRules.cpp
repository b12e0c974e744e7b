#include "rules/AppealRules.h"

#include "appeal/Appeal.h"
#include "casework/CaseService.h"

#include <QCoreApplication>

namespace fv::caserules {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Permissions)
};

// The current appeal when it is in `state`; else the refusal `otherwise` (or "no appeal").
Status currentIn(const CaseRecord &record, AppealState state, const QString &otherwise)
{
    const Appeal *a = record.appeals.current();
    if (!a)
        return fail(Tr::tr("No appeal is registered in this case"));
    if (a->state() != state)
        return fail(otherwise.arg(displayName(a->state()).toLower()));
    return ok();
}

} // namespace

Status appealable(const CaseRecord &record)
{
    if (appeal::contestedLetter(record).document == 0)
        return fail(Tr::tr("No decision or rejection letter has been sent in this case, so there is nothing to "
                           "appeal yet"));
    if (const Appeal *a = record.appeals.current()) {
        const AppealState s = a->state();
        if (s == AppealState::AwaitingLateDecision || s == AppealState::Preparing || s == AppealState::WithAppealBody)
            return fail(Tr::tr("The appeal received %1 is still being dealt with (%2); finish it first")
                            .arg(a->receivedOn.toString(QStringLiteral("dd.MM.yyyy")), displayName(s).toLower()));
    }
    return ok();
}

Status lateAppealUndecided(const CaseRecord &record)
{
    return currentIn(record, AppealState::AwaitingLateDecision,
                     Tr::tr("The appeal is not a late one waiting to be considered or rejected: it is %1"));
}

Status appealInPreparation(const CaseRecord &record)
{
    return currentIn(record, AppealState::Preparing, Tr::tr("The appeal is not being prepared by HDS: it is %1"));
}

Status appealWithBody(const CaseRecord &record)
{
    return currentIn(
        record, AppealState::WithAppealBody,
        Tr::tr("The appeal has not been forwarded to the appeal body, or its result is recorded: it is %1"));
}

Status appealOpen(const CaseRecord &record)
{
    const Appeal *a = record.appeals.current();
    if (!a)
        return fail(Tr::tr("No appeal is registered in this case"));
    const AppealState s = a->state();
    if (s == AppealState::AwaitingLateDecision || s == AppealState::Preparing || s == AppealState::WithAppealBody)
        return ok();
    return fail(Tr::tr("The appeal is no longer being dealt with, so it cannot be withdrawn: it is %1")
                    .arg(displayName(s).toLower()));
}

Status bodyReversalToRecord(const CaseRecord &record)
{
    const Appeal *a = record.appeals.current();
    if (!a)
        return fail(Tr::tr("No appeal is registered in this case"));
    if (a->state() != AppealState::Decided
        || (a->bodyResult != BodyResult::Reversed && a->bodyResult != BodyResult::PartlyReversed))
        return fail(Tr::tr("The appeal body has not reversed the decision, so there is no decision of its to "
                           "record: the appeal is %1")
                        .arg(displayName(a->state()).toLower()));
    if (a->reversingVersion > 0)
        return fail(
            Tr::tr("The appeal body's decision is already recorded as decision version %1").arg(a->reversingVersion));
    return ok();
}

} // namespace fv::caserules
