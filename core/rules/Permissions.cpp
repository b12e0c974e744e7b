#include "rules/Permissions.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "rules/AppealRules.h"
#include "rules/CaseRules.h"
#include "rules/FollowUpRules.h"
#include "rules/RevocationRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {

namespace {

struct Rule
{
    Action action;
    const char *code;
    const char *name; // translated in actionDisplayName
    std::vector<Role> roles;
    // The status change the action makes: the states it is allowed in are CaseStatus's (one table).
    std::optional<CaseAction> move = std::nullopt;
    // Rules beyond role and status (CaseRules.h), checked on the case.
    Status (*extra)(const User &, const CaseRecord &) = nullptr;
};

Status applicationOpen(const User &, const CaseRecord &r)
{
    return caserules::applicationOpen(r);
}
Status notClosed(const User &, const CaseRecord &r)
{
    return caserules::notClosed(r);
}
Status infoRequestOpen(const User &, const CaseRecord &r)
{
    return caserules::infoRequestOpen(r);
}
Status remindToday(const User &, const CaseRecord &r)
{
    return caserules::canRemind(r, today());
}
Status rejectToday(const User &, const CaseRecord &r)
{
    return caserules::canRejectNoReply(r, today());
}
Status assessmentOpen(const User &, const CaseRecord &r)
{
    return caserules::assessmentOpen(r);
}
Status stillOpen(const User &, const CaseRecord &r)
{
    return caserules::stillOpen(r);
}
Status caseOpen(const User &, const CaseRecord &r)
{
    return caserules::caseOpen(r);
}
Status readyForDraft(const User &, const CaseRecord &r)
{
    return caserules::readyForDraft(r);
}
Status draftEditable(const User &, const CaseRecord &r)
{
    return caserules::draftEditable(r);
}
Status readyToSubmit(const User &, const CaseRecord &r)
{
    return caserules::readyToSubmit(r);
}
Status awaitsApproval(const User &, const CaseRecord &r)
{
    return caserules::awaitsApproval(r);
}
Status approvable(const User &u, const CaseRecord &r)
{
    if (auto s = caserules::awaitsApproval(r); !s)
        return s;
    return caserules::fourEyes(u, r);
}

Status letterSent(const User &, const CaseRecord &r)
{
    return caserules::decisionLetterSent(r);
}

Status revocationNotice(const User &, const CaseRecord &r)
{
    return caserules::revocationNoticeAllowed(r);
}
Status revocationCommentable(const User &, const CaseRecord &r)
{
    return caserules::revocationAwaitsComment(r);
}
Status revocationDecidable(const User &, const CaseRecord &r)
{
    return caserules::revocationDecidable(r);
}
Status revocationApprovable(const User &u, const CaseRecord &r)
{
    return caserules::revocationApprovable(u, r);
}
Status suspensionAllowed(const User &, const CaseRecord &r)
{
    return caserules::suspensionAllowed(r);
}
Status appealable(const User &, const CaseRecord &r)
{
    return caserules::appealable(r);
}
Status lateAppeal(const User &, const CaseRecord &r)
{
    return caserules::lateAppealUndecided(r);
}
Status appealPreparing(const User &, const CaseRecord &r)
{
    return caserules::appealInPreparation(r);
}
Status appealWithBody(const User &, const CaseRecord &r)
{
    return caserules::appealWithBody(r);
}
Status appealOpen(const User &, const CaseRecord &r)
{
    return caserules::appealOpen(r);
}
Status bodyReversalToRecord(const User &, const CaseRecord &r)
{
    return caserules::bodyReversalToRecord(r);
}

// Per action: who may take it, the status change it makes (its allowed states then come from
// CaseStatus's transition table) and the extra rules. Actions that do not move the status say
// where they are allowed in their extra rule.
const std::vector<Rule> &table()
{
    using R = Role;
    static const std::vector<Rule> rules = {
        {Action::ImportApplication,
         "import",
         QT_TRANSLATE_NOOP("fv::Permissions", "import applications"),
         {R::Adviser, R::Lawyer, R::Admin}},
        {Action::RegisterApplication,
         "register",
         QT_TRANSLATE_NOOP("fv::Permissions", "register applications"),
         {R::Adviser, R::Lawyer, R::Admin}},
        {Action::EditApplication,
         "edit-application",
         QT_TRANSLATE_NOOP("fv::Permissions", "correct applications"),
         {R::Adviser, R::Lawyer, R::Admin},
         std::nullopt,
         &applicationOpen},
        {Action::AttachFile,
         "attach",
         QT_TRANSLATE_NOOP("fv::Permissions", "attach files"),
         {R::Adviser, R::Lawyer, R::Admin}},
        {Action::Assign,
         "assign",
         QT_TRANSLATE_NOOP("fv::Permissions", "assign cases"),
         {R::Adviser, R::Lawyer, R::Admin},
         std::nullopt,
         &notClosed},
        {Action::Take,
         "take",
         QT_TRANSLATE_NOOP("fv::Permissions", "take cases"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &notClosed},
        {Action::StartCompletenessCheck,
         "start-check",
         QT_TRANSLATE_NOOP("fv::Permissions", "check applications for completeness"),
         {R::Adviser, R::Lawyer},
         CaseAction::StartCompletenessCheck,
         nullptr},
        {Action::MarkComplete,
         "complete",
         QT_TRANSLATE_NOOP("fv::Permissions", "mark applications complete"),
         {R::Adviser, R::Lawyer},
         CaseAction::MarkComplete,
         nullptr},
        {Action::RequestInfo,
         "request-info",
         QT_TRANSLATE_NOOP("fv::Permissions", "ask applicants for information"),
         {R::Adviser, R::Lawyer},
         CaseAction::RequestInfo,
         nullptr},
        {Action::InfoReceived,
         "info-received",
         QT_TRANSLATE_NOOP("fv::Permissions", "record applicants' answers"),
         {R::Adviser, R::Lawyer},
         CaseAction::InfoReceived,
         &infoRequestOpen},
        {Action::SendReminder,
         "remind",
         QT_TRANSLATE_NOOP("fv::Permissions", "send reminders"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &remindToday},
        {Action::RejectNoReply,
         "reject-no-reply",
         QT_TRANSLATE_NOOP("fv::Permissions", "reject applications for want of an answer"),
         {R::Adviser, R::Lawyer},
         CaseAction::RejectNoReply,
         &rejectToday},
        {Action::Consult,
         "consult",
         QT_TRANSLATE_NOOP("fv::Permissions", "consult registry managers"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &assessmentOpen},
        {Action::RecordConsultation,
         "consulted",
         QT_TRANSLATE_NOOP("fv::Permissions", "record registry managers' answers"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &caseOpen},
        {Action::Assess,
         "assess",
         QT_TRANSLATE_NOOP("fv::Permissions", "make the legal assessment"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &assessmentOpen},
        {Action::AddNote,
         "note",
         QT_TRANSLATE_NOOP("fv::Permissions", "write notes"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
        {Action::RecordPreliminaryReply,
         "preliminary-reply",
         QT_TRANSLATE_NOOP("fv::Permissions", "record preliminary replies"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &stillOpen},
        {Action::Forward,
         "forward",
         QT_TRANSLATE_NOOP("fv::Permissions", "forward cases"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &assessmentOpen},
        {Action::Withdraw,
         "withdraw",
         QT_TRANSLATE_NOOP("fv::Permissions", "record withdrawals"),
         {R::Adviser, R::Lawyer},
         CaseAction::Withdraw,
         nullptr},
        {Action::Close,
         "close",
         QT_TRANSLATE_NOOP("fv::Permissions", "close cases"),
         {R::Adviser, R::Lawyer},
         CaseAction::Close,
         nullptr},
        {Action::DraftDecision,
         "draft",
         QT_TRANSLATE_NOOP("fv::Permissions", "draft decisions"),
         {R::Adviser, R::Lawyer},
         CaseAction::Draft,
         &readyForDraft},
        {Action::EditDecision,
         "edit-decision",
         QT_TRANSLATE_NOOP("fv::Permissions", "edit decision drafts"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &draftEditable},
        {Action::SubmitDecision,
         "submit",
         QT_TRANSLATE_NOOP("fv::Permissions", "submit decisions for approval"),
         {R::Adviser, R::Lawyer},
         CaseAction::Submit,
         &readyToSubmit},
        {Action::ApproveDecision,
         "approve",
         QT_TRANSLATE_NOOP("fv::Permissions", "approve decisions"),
         {R::DecisionMaker},
         CaseAction::Approve,
         &approvable},
        {Action::ReturnDecision,
         "return",
         QT_TRANSLATE_NOOP("fv::Permissions", "return decisions"),
         {R::DecisionMaker},
         CaseAction::Return,
         &awaitsApproval},
        {Action::SendLetter,
         "send",
         QT_TRANSLATE_NOOP("fv::Permissions", "send letters"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
        {Action::ScreenJournal,
         "journal-screen",
         QT_TRANSLATE_NOOP("fv::Permissions", "screen journal entries"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
        {Action::CloseJournalEntry,
         "journal-close",
         QT_TRANSLATE_NOOP("fv::Permissions", "close journal entries"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
        {Action::JournalNote,
         "journal-note",
         QT_TRANSLATE_NOOP("fv::Permissions", "journal internal notes"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
        {Action::PublishJournal,
         "journal-public",
         QT_TRANSLATE_NOOP("fv::Permissions", "publish the public journal"),
         {R::Adviser, R::Lawyer, R::DecisionMaker, R::Admin}},
        {Action::ExportArchive,
         "archive-export",
         QT_TRANSLATE_NOOP("fv::Permissions", "export the archive"),
         {R::Admin}},
        {Action::RecordDelivery,
         "delivery",
         QT_TRANSLATE_NOOP("fv::Permissions", "record registry managers' deliveries"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &letterSent},
        {Action::RecordProjectEnd,
         "project-end",
         QT_TRANSLATE_NOOP("fv::Permissions", "record end reports and deletions"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &letterSent},
        {Action::NotifyRevocation,
         "revoke-notify",
         QT_TRANSLATE_NOOP("fv::Permissions", "give advance notice of revocation"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &revocationNotice},
        {Action::RecordRevocationComment,
         "revoke-comment",
         QT_TRANSLATE_NOOP("fv::Permissions", "record comments on advance notices"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &revocationCommentable},
        {Action::DecideRevocation,
         "revoke-decide",
         QT_TRANSLATE_NOOP("fv::Permissions", "propose decisions on revocation"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &revocationDecidable},
        {Action::ApproveRevocation,
         "revoke-approve",
         QT_TRANSLATE_NOOP("fv::Permissions", "approve decisions on revocation"),
         {R::DecisionMaker},
         std::nullopt,
         &revocationApprovable},
        {Action::DecideSuspension,
         "suspension",
         QT_TRANSLATE_NOOP("fv::Permissions", "decide on suspended implementation"),
         {R::Adviser, R::Lawyer, R::DecisionMaker},
         std::nullopt,
         &suspensionAllowed},
        {Action::RegisterAppeal,
         "appeal-register",
         QT_TRANSLATE_NOOP("fv::Permissions", "register appeals"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &appealable},
        {Action::DecideLateAppeal,
         "appeal-late",
         QT_TRANSLATE_NOOP("fv::Permissions", "consider or reject late appeals"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &lateAppeal},
        {Action::ReverseAppeal,
         "appeal-reverse",
         QT_TRANSLATE_NOOP("fv::Permissions", "reverse appealed decisions"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &appealPreparing},
        {Action::ForwardAppeal,
         "appeal-forward",
         QT_TRANSLATE_NOOP("fv::Permissions", "forward appeals to the appeal body"),
         {R::Adviser, R::Lawyer},
         CaseAction::ForwardAppeal,
         &appealPreparing},
        {Action::RecordAppealResult,
         "appeal-result",
         QT_TRANSLATE_NOOP("fv::Permissions", "record the appeal body's results"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &appealWithBody},
        {Action::WithdrawAppeal,
         "appeal-withdraw",
         QT_TRANSLATE_NOOP("fv::Permissions", "record withdrawn appeals"),
         {R::Adviser, R::Lawyer},
         std::nullopt,
         &appealOpen},
        {Action::RecordBodyDecision,
         "appeal-implement",
         QT_TRANSLATE_NOOP("fv::Permissions", "record the appeal body's decisions as new decision versions"),
         {R::Adviser, R::Lawyer},
         CaseAction::ReopenForAppeal,
         &bodyReversalToRecord},
        {Action::AdministerUsers,
         "administer-users",
         QT_TRANSLATE_NOOP("fv::Permissions", "administer users"),
         {R::Admin}},
        {Action::EditRegistryCatalogue,
         "edit-catalogue",
         QT_TRANSLATE_NOOP("fv::Permissions", "edit the registry catalogue"),
         {R::Admin}},
        {Action::EditLetterTemplates,
         "edit-templates",
         QT_TRANSLATE_NOOP("fv::Permissions", "change letter templates"),
         {R::Admin}},
        {Action::EditConditionLibrary,
         "edit-conditions",
         QT_TRANSLATE_NOOP("fv::Permissions", "edit the standard conditions"),
         {R::Admin}},
        {Action::EditPrices, "edit-prices", QT_TRANSLATE_NOOP("fv::Permissions", "edit prices"), {R::Admin}},
        {Action::EditSettings, "edit-settings", QT_TRANSLATE_NOOP("fv::Permissions", "change settings"), {R::Admin}},
        {Action::RestoreDatabase, "restore", QT_TRANSLATE_NOOP("fv::Permissions", "restore the database"), {R::Admin}},
        {Action::GenerateSyntheticCases,
         "generate",
         QT_TRANSLATE_NOOP("fv::Permissions", "generate synthetic cases"),
         {R::Admin}},
    };
    return rules;
}

const Rule &rule(Action action)
{
    const auto &t = table();
    return *std::find_if(t.begin(), t.end(), [action](const Rule &r) { return r.action == action; });
}

} // namespace

QString toCode(Action action)
{
    return QString::fromLatin1(rule(action).code);
}

const std::vector<Action> &allActions()
{
    static const std::vector<Action> all = [] {
        std::vector<Action> v;
        for (const Rule &r : table())
            v.push_back(r.action);
        return v;
    }();
    return all;
}

QString actionDisplayName(Action action)
{
    return QCoreApplication::translate("fv::Permissions", rule(action).name);
}

Status canRole(Action action, const User &user)
{
    const Rule &r = rule(action);
    if (!user.active)
        return fail(QCoreApplication::translate("fv::Permissions", "%1 is deactivated and may not %2")
                        .arg(user.login, actionDisplayName(action)));
    for (Role role : r.roles)
        if (user.has(role))
            return ok();
    QStringList names;
    for (Role role : r.roles)
        names << roleDisplayName(role);
    return fail(QCoreApplication::translate("fv::Permissions", "%1 may not %2: that needs the role %3")
                    .arg(user.login, actionDisplayName(action),
                         names.join(QCoreApplication::translate("fv::Permissions", " or "))));
}

Status canInState(Action action, const CaseRecord &record)
{
    const Rule &r = rule(action);
    if (!r.move)
        return ok();
    if (transition(record.summary.status, *r.move))
        return ok();
    return fail(QCoreApplication::translate("fv::Permissions", "While the case is %1, nobody can %2")
                    .arg(displayName(record.summary.status), actionDisplayName(action)));
}

Status can(Action action, const User &user, const CaseRecord *record)
{
    if (auto s = canRole(action, user); !s)
        return s;
    if (!record)
        return ok();
    if (auto s = canInState(action, *record); !s)
        return s;
    const Rule &r = rule(action);
    return r.extra ? r.extra(user, *record) : ok();
}

Status can(Action action, const User &user, const CaseRecord &record)
{
    return can(action, user, &record);
}

Status canAssess(const User &user, const CaseRecord *record, AssessmentItem item)
{
    if (auto s = can(Action::Assess, user, record); !s)
        return s;
    return caserules::mayAssessItem(user, item);
}

std::optional<CaseAction> caseActionOf(Action action)
{
    return rule(action).move;
}

} // namespace fv
