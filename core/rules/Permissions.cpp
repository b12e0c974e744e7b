#include "rules/Permissions.h"

#include "casework/CaseService.h"

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
};

// A first cut: who may act. States and extra rules are checked by the operations for now.
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
         {R::Adviser, R::Lawyer, R::Admin}},
        {Action::AttachFile,
         "attach",
         QT_TRANSLATE_NOOP("fv::Permissions", "attach files"),
         {R::Adviser, R::Lawyer, R::Admin}},
        {Action::Assign,
         "assign",
         QT_TRANSLATE_NOOP("fv::Permissions", "assign cases"),
         {R::Adviser, R::Lawyer, R::Admin}},
        {Action::Take, "take", QT_TRANSLATE_NOOP("fv::Permissions", "take cases"), {R::Adviser, R::Lawyer}},
        {Action::StartCompletenessCheck,
         "start-check",
         QT_TRANSLATE_NOOP("fv::Permissions", "check applications for completeness"),
         {R::Adviser, R::Lawyer}},
        {Action::MarkComplete,
         "complete",
         QT_TRANSLATE_NOOP("fv::Permissions", "mark applications complete"),
         {R::Adviser, R::Lawyer}},
        {Action::RequestInfo,
         "request-info",
         QT_TRANSLATE_NOOP("fv::Permissions", "ask applicants for information"),
         {R::Adviser, R::Lawyer}},
        {Action::InfoReceived,
         "info-received",
         QT_TRANSLATE_NOOP("fv::Permissions", "record applicants' answers"),
         {R::Adviser, R::Lawyer}},
        {Action::SendReminder,
         "remind",
         QT_TRANSLATE_NOOP("fv::Permissions", "send reminders"),
         {R::Adviser, R::Lawyer}},
        {Action::RejectNoReply,
         "reject-no-reply",
         QT_TRANSLATE_NOOP("fv::Permissions", "reject applications for want of an answer"),
         {R::Adviser, R::Lawyer}},
        {Action::Consult,
         "consult",
         QT_TRANSLATE_NOOP("fv::Permissions", "consult registry managers"),
         {R::Adviser, R::Lawyer}},
        {Action::RecordConsultation,
         "consulted",
         QT_TRANSLATE_NOOP("fv::Permissions", "record registry managers' answers"),
         {R::Adviser, R::Lawyer}},
        {Action::Assess, "assess", QT_TRANSLATE_NOOP("fv::Permissions", "make the legal assessment"), {R::Lawyer}},
        {Action::AddNote,
         "note",
         QT_TRANSLATE_NOOP("fv::Permissions", "write notes"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
        {Action::RecordPreliminaryReply,
         "preliminary-reply",
         QT_TRANSLATE_NOOP("fv::Permissions", "record preliminary replies"),
         {R::Adviser, R::Lawyer}},
        {Action::Forward, "forward", QT_TRANSLATE_NOOP("fv::Permissions", "forward cases"), {R::Adviser, R::Lawyer}},
        {Action::Withdraw,
         "withdraw",
         QT_TRANSLATE_NOOP("fv::Permissions", "record withdrawals"),
         {R::Adviser, R::Lawyer}},
        {Action::Close, "close", QT_TRANSLATE_NOOP("fv::Permissions", "close cases"), {R::Adviser, R::Lawyer}},
        {Action::DraftDecision,
         "draft",
         QT_TRANSLATE_NOOP("fv::Permissions", "draft decisions"),
         {R::Adviser, R::Lawyer}},
        {Action::EditDecision,
         "edit-decision",
         QT_TRANSLATE_NOOP("fv::Permissions", "edit decision drafts"),
         {R::Adviser, R::Lawyer}},
        {Action::SubmitDecision,
         "submit",
         QT_TRANSLATE_NOOP("fv::Permissions", "submit decisions for approval"),
         {R::Adviser, R::Lawyer}},
        {Action::ApproveDecision,
         "approve",
         QT_TRANSLATE_NOOP("fv::Permissions", "approve decisions"),
         {R::DecisionMaker}},
        {Action::ReturnDecision,
         "return",
         QT_TRANSLATE_NOOP("fv::Permissions", "return decisions"),
         {R::DecisionMaker}},
        {Action::SendLetter,
         "send",
         QT_TRANSLATE_NOOP("fv::Permissions", "send letters"),
         {R::Adviser, R::Lawyer, R::DecisionMaker}},
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

Status can(Action action, const User &user, const CaseRecord *record)
{
    Q_UNUSED(record);
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

} // namespace fv
