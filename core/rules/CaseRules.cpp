#include "rules/CaseRules.h"

#include "casework/CaseService.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv::caserules {
namespace {

// lupdate and the running program agree on the context only through a declared one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Permissions)
};

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString status(const CaseRecord &r)
{
    return displayName(r.summary.status);
}

} // namespace

QString itemName(AssessmentItem item)
{
    switch (item) {
    case AssessmentItem::Purpose: return Tr::tr("Purpose");
    case AssessmentItem::LegalBasis: return Tr::tr("Legal basis (GDPR)");
    case AssessmentItem::Rek: return Tr::tr("REK approval");
    case AssessmentItem::InstitutionApproval: return Tr::tr("Institution's approval");
    case AssessmentItem::Minimisation: return Tr::tr("Data minimisation");
    case AssessmentItem::Security: return Tr::tr("Security measures");
    case AssessmentItem::SocietyInterest: return Tr::tr("Interest to society");
    case AssessmentItem::Linkage: return Tr::tr("Linkage");
    case AssessmentItem::Deletion: return Tr::tr("End and deletion dates");
    case AssessmentItem::SecurityScreening: return Tr::tr("National-security screening");
    }
    return {};
}

Status assessmentOpen(const CaseRecord &r)
{
    switch (r.summary.status) {
    case CaseStatus::Received:
    case CaseStatus::CompletenessCheck:
    case CaseStatus::WaitingForApplicant:
    case CaseStatus::UnderAssessment:
    case CaseStatus::DecisionDraft: return ok();
    default: break;
    }
    return fail(Tr::tr("The assessment is closed while the case is %1: it can change until the draft goes for approval")
                    .arg(status(r)));
}

Status notClosed(const CaseRecord &r)
{
    if (r.summary.status == CaseStatus::Closed)
        return fail(Tr::tr("The case is closed; a closed case gets no caseworker"));
    return ok();
}

Status stillOpen(const CaseRecord &r)
{
    if (!isOpen(r.summary.status))
        return fail(Tr::tr("The case is %1: a preliminary reply is for a case still being worked on").arg(status(r)));
    if (r.casework.deadlines.preliminaryReplySentOn.isValid())
        return fail(Tr::tr("A preliminary reply was sent on %1").arg(day(r.casework.deadlines.preliminaryReplySentOn)));
    return ok();
}

Status caseOpen(const CaseRecord &r)
{
    if (!isOpen(r.summary.status))
        return fail(Tr::tr("The case is %1; answers are recorded while it is open").arg(status(r)));
    return ok();
}

Status applicationOpen(const CaseRecord &r)
{
    return applicationEditable(r.summary.status, !r.decisions.empty());
}

Status infoRequestOpen(const CaseRecord &r)
{
    return r.casework.openRequest() ? ok() : Status(fail(Tr::tr("No request for information is open")));
}

Status canRemind(const CaseRecord &r, const QDate &today)
{
    const InfoRequest *open = r.casework.openRequest();
    if (r.summary.status != CaseStatus::WaitingForApplicant || !open)
        return fail(Tr::tr("A reminder goes only to an applicant we are waiting for; the case is %1").arg(status(r)));
    if (open->remindedOn.isValid())
        return fail(Tr::tr("A reminder was sent on %1; the applicant has until %2")
                        .arg(day(open->remindedOn), day(open->reminderDue)));
    if (today <= open->answerDue)
        return fail(Tr::tr("The applicant has until %1 to answer; a reminder can be sent after that")
                        .arg(day(open->answerDue)));
    return ok();
}

Status canRejectNoReply(const CaseRecord &r, const QDate &today)
{
    const InfoRequest *open = r.casework.openRequest();
    if (!open || !open->remindedOn.isValid())
        return fail(Tr::tr(
            "Send the applicant a reminder first: a case is rejected for want of an answer only when the "
            "reminder's deadline has passed"));
    if (today <= open->reminderDue)
        return fail(Tr::tr("The reminder gives the applicant until %1; the case can be rejected after that")
                        .arg(day(open->reminderDue)));
    return ok();
}

Status readyForDraft(const CaseRecord &r)
{
    if (r.summary.status != CaseStatus::UnderAssessment || !r.completedOn.isValid())
        return fail(
            Tr::tr("The decision is drafted once the application is complete and under assessment; the case is %1")
                .arg(status(r)));
    if (r.summary.assignee.isEmpty())
        return fail(Tr::tr("The case has no caseworker yet: assign it to someone before the decision is drafted"));
    return ok();
}

Status draftEditable(const CaseRecord &r)
{
    const Decision *d = r.currentDecision();
    if (!d)
        return fail(Tr::tr("The case has no decision draft yet"));
    if (d->status == DecisionStatus::Submitted)
        return fail(Tr::tr("Version %1 of the decision awaits approval and cannot be edited until a decision-maker "
                           "returns it")
                        .arg(d->version));
    if (d->status != DecisionStatus::Draft)
        return fail(Tr::tr("Version %1 of the decision is approved and can no longer be edited").arg(d->version));
    return ok();
}

Status readyToSubmit(const CaseRecord &r)
{
    if (auto s = draftEditable(r); !s)
        return s;
    if (const QStringList open = r.casework.assessment.unsettledRequired(); !open.isEmpty()) {
        QStringList names;
        for (const QString &code : open)
            names << (assessmentItemFromCode(code) ? itemName(*assessmentItemFromCode(code)) : code);
        return fail(Tr::tr("The draft cannot go for approval while the legal assessment is unsettled for: %1")
                        .arg(names.join(QStringLiteral(", "))));
    }
    return reasonsGiven(r);
}

// A partly granted or refused registry needs its reason in the letter (fvl §§ 24–25): its own
// reason, or for a partial grant at least the reason of each variable it drops.
Status reasonsGiven(const CaseRecord &r)
{
    const Decision *d = r.currentDecision();
    if (!d)
        return ok();
    QStringList missing;
    for (const RegistryDecision &e : d->entries) {
        if (e.outcome != Outcome::PartlyGranted && e.outcome != Outcome::Refused)
            continue;
        if (!e.reason.trimmed().isEmpty())
            continue;
        const bool dropped = std::any_of(e.variables.begin(), e.variables.end(), [](const VariableDecision &v) {
            return !v.approved;
        });
        const bool eachDropReasoned = std::all_of(
            e.variables.begin(), e.variables.end(),
            [](const VariableDecision &v) { return v.approved || !v.reason.trimmed().isEmpty(); });
        if (e.outcome == Outcome::Refused || !dropped || !eachDropReasoned)
            missing << e.registry;
    }
    if (missing.isEmpty())
        return ok();
    return fail(Tr::tr("The draft cannot go for approval without the reasons for what is refused: give the reason for "
                       "the outcome of %1 (or of each variable left out)")
                    .arg(missing.join(QStringLiteral(", "))));
}

QStringList openConsultations(const CaseRecord &r)
{
    QStringList out;
    for (const Consultation &c : r.casework.consultations)
        if (!c.answered() && !out.contains(c.registry))
            out << c.registry;
    return out;
}

Status awaitsApproval(const CaseRecord &r)
{
    const Decision *d = r.currentDecision();
    if (!d || d->status != DecisionStatus::Submitted)
        return fail(Tr::tr("No decision is waiting for approval in this case"));
    return ok();
}

Status fourEyes(const User &user, const CaseRecord &r)
{
    const Decision *d = r.currentDecision();
    if (d && (d->contributed(user.login) || d->draftedBy == user.login || d->submittedBy == user.login))
        return fail(Tr::tr("%1 (%2) drafted, edited or submitted version %3 of this decision and may not approve it: a "
                           "second person must approve it (the four-eyes principle)")
                        .arg(user.fullName.isEmpty() ? user.login : user.fullName, user.login)
                        .arg(d->version));
    return ok();
}

Status mayAssessItem(const User &user, AssessmentItem item)
{
    if (needsLawyer(item) && !user.has(Role::Lawyer))
        return fail(Tr::tr("%1 may not assess \"%2\": that needs the role %3")
                        .arg(user.login, itemName(item), roleDisplayName(Role::Lawyer)));
    return ok();
}

} // namespace fv::caserules
