#include "casework/CaseStatus.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {
namespace {

struct Rule
{
    CaseAction action;
    std::vector<CaseStatus> from;
    CaseStatus to;
};

using S = CaseStatus;
using A = CaseAction;

const std::vector<Rule> &rules()
{
    static const std::vector<S> beforeDecision = {S::Received, S::CompletenessCheck, S::UnderAssessment};
    static const std::vector<Rule> r = {
        {A::StartCompletenessCheck, {S::Received}, S::CompletenessCheck},
        {A::MarkComplete, {S::Received, S::CompletenessCheck}, S::UnderAssessment},
        {A::RequestInfo, beforeDecision, S::WaitingForApplicant},
        {A::InfoReceived, {S::WaitingForApplicant}, S::UnderAssessment}, // or back where it was (resumeTo)
        {A::Draft, beforeDecision, S::DecisionDraft},
        {A::Submit, {S::DecisionDraft}, S::AwaitingApproval},
        {A::Approve, {S::AwaitingApproval}, S::Decided},
        {A::Return, {S::AwaitingApproval}, S::DecisionDraft},
        {A::SendLetter, {S::Decided}, S::LetterSent},
        {A::Close, {S::LetterSent, S::Forwarded, S::Withdrawn, S::RejectedNoReply}, S::Closed},
        {A::Forward, beforeDecision, S::Forwarded},
        {A::Withdraw,
         {S::Received, S::CompletenessCheck, S::WaitingForApplicant, S::UnderAssessment, S::DecisionDraft,
          S::AwaitingApproval},
         S::Withdrawn},
        {A::RejectNoReply, {S::WaitingForApplicant}, S::RejectedNoReply},
        {A::ReopenForAppeal, {S::LetterSent, S::Closed, S::RejectedNoReply}, S::UnderAssessment},
        {A::ForwardAppeal, {S::UnderAssessment}, S::LetterSent},
        {A::WithdrawAppeal, {S::UnderAssessment}, S::LetterSent},
    };
    return r;
}

struct Names
{
    CaseStatus status;
    const char *code;
};

constexpr Names statusCodes[] = {
    {S::Received, "received"},
    {S::CompletenessCheck, "completeness-check"},
    {S::WaitingForApplicant, "waiting-for-applicant"},
    {S::UnderAssessment, "under-assessment"},
    {S::DecisionDraft, "decision-draft"},
    {S::AwaitingApproval, "awaiting-approval"},
    {S::Decided, "decided"},
    {S::LetterSent, "letter-sent"},
    {S::Closed, "closed"},
    {S::Forwarded, "forwarded"},
    {S::Withdrawn, "withdrawn"},
    {S::RejectedNoReply, "rejected-no-reply"},
};

} // namespace

QString toCode(CaseStatus status)
{
    for (const auto &n : statusCodes)
        if (n.status == status)
            return QString::fromLatin1(n.code);
    return {};
}

std::optional<CaseStatus> caseStatusFromCode(const QString &code)
{
    for (const auto &n : statusCodes)
        if (code == QLatin1String(n.code))
            return n.status;
    return std::nullopt;
}

const std::vector<CaseStatus> &allCaseStatuses()
{
    static const std::vector<CaseStatus> all = [] {
        std::vector<CaseStatus> v;
        for (const auto &n : statusCodes)
            v.push_back(n.status);
        return v;
    }();
    return all;
}

bool isOpen(CaseStatus status)
{
    return status != S::Decided && status != S::LetterSent && status != S::Closed && status != S::Forwarded
        && status != S::Withdrawn && status != S::RejectedNoReply;
}

QString displayName(CaseStatus status)
{
    switch (status) {
    case S::Received: return QCoreApplication::translate("fv::CaseStatus", "Received");
    case S::CompletenessCheck: return QCoreApplication::translate("fv::CaseStatus", "Completeness check");
    case S::WaitingForApplicant: return QCoreApplication::translate("fv::CaseStatus", "Waiting for applicant");
    case S::UnderAssessment: return QCoreApplication::translate("fv::CaseStatus", "Under assessment");
    case S::DecisionDraft: return QCoreApplication::translate("fv::CaseStatus", "Decision draft");
    case S::AwaitingApproval: return QCoreApplication::translate("fv::CaseStatus", "Awaiting approval");
    case S::Decided: return QCoreApplication::translate("fv::CaseStatus", "Decided");
    case S::LetterSent: return QCoreApplication::translate("fv::CaseStatus", "Letter sent");
    case S::Closed: return QCoreApplication::translate("fv::CaseStatus", "Closed");
    case S::Forwarded: return QCoreApplication::translate("fv::CaseStatus", "Forwarded");
    case S::Withdrawn: return QCoreApplication::translate("fv::CaseStatus", "Withdrawn");
    case S::RejectedNoReply: return QCoreApplication::translate("fv::CaseStatus", "Rejected, no reply");
    }
    return {};
}

QString toCode(CaseAction action)
{
    switch (action) {
    case A::StartCompletenessCheck: return QStringLiteral("start-completeness-check");
    case A::MarkComplete: return QStringLiteral("complete");
    case A::RequestInfo: return QStringLiteral("request-info");
    case A::InfoReceived: return QStringLiteral("info-received");
    case A::Draft: return QStringLiteral("draft");
    case A::Submit: return QStringLiteral("submit");
    case A::Approve: return QStringLiteral("approve");
    case A::Return: return QStringLiteral("return");
    case A::SendLetter: return QStringLiteral("send");
    case A::Close: return QStringLiteral("close");
    case A::Forward: return QStringLiteral("forward");
    case A::Withdraw: return QStringLiteral("withdraw");
    case A::RejectNoReply: return QStringLiteral("reject-no-reply");
    case A::ReopenForAppeal: return QStringLiteral("appeal-reopen");
    case A::ForwardAppeal: return QStringLiteral("appeal-forward");
    case A::WithdrawAppeal: return QStringLiteral("appeal-withdraw");
    }
    return {};
}

QString displayName(CaseAction action)
{
    switch (action) {
    case A::StartCompletenessCheck:
        return QCoreApplication::translate("fv::CaseStatus", "start the completeness check");
    case A::MarkComplete: return QCoreApplication::translate("fv::CaseStatus", "mark the application complete");
    case A::RequestInfo: return QCoreApplication::translate("fv::CaseStatus", "ask the applicant for information");
    case A::InfoReceived: return QCoreApplication::translate("fv::CaseStatus", "record the applicant's answer");
    case A::Draft: return QCoreApplication::translate("fv::CaseStatus", "draft the decision");
    case A::Submit: return QCoreApplication::translate("fv::CaseStatus", "submit the decision for approval");
    case A::Approve: return QCoreApplication::translate("fv::CaseStatus", "approve the decision");
    case A::Return: return QCoreApplication::translate("fv::CaseStatus", "return the decision");
    case A::SendLetter: return QCoreApplication::translate("fv::CaseStatus", "send the decision letter");
    case A::Close: return QCoreApplication::translate("fv::CaseStatus", "close the case");
    case A::Forward: return QCoreApplication::translate("fv::CaseStatus", "forward the case");
    case A::Withdraw: return QCoreApplication::translate("fv::CaseStatus", "record the withdrawal");
    case A::RejectNoReply: return QCoreApplication::translate("fv::CaseStatus", "reject for want of an answer");
    case A::ReopenForAppeal: return QCoreApplication::translate("fv::CaseStatus", "take up the appeal for preparation");
    case A::ForwardAppeal:
        return QCoreApplication::translate("fv::CaseStatus", "forward the appeal to the appeal body");
    case A::WithdrawAppeal: return QCoreApplication::translate("fv::CaseStatus", "record the appeal's withdrawal");
    }
    return {};
}

Result<CaseStatus> transition(CaseStatus from, CaseAction action, std::optional<CaseStatus> resumeTo)
{
    for (const Rule &r : rules()) {
        if (r.action != action)
            continue;
        if (std::find(r.from.begin(), r.from.end(), from) == r.from.end())
            break;
        // The answer returns the case to where it was when the information was requested.
        if (action == A::InfoReceived && resumeTo) {
            const auto back = legalActions(*resumeTo);
            if (std::find(back.begin(), back.end(), A::RequestInfo) != back.end())
                return *resumeTo;
        }
        return r.to;
    }
    QStringList allowed;
    for (CaseAction a : legalActions(from))
        allowed << displayName(a);
    return fail(QCoreApplication::translate("fv::CaseStatus", "While the case is %1, nobody can %2 (possible now: %3)")
                    .arg(displayName(from), displayName(action),
                         allowed.isEmpty() ? QCoreApplication::translate("fv::CaseStatus", "nothing")
                                           : allowed.join(QStringLiteral(", "))));
}

std::vector<CaseAction> legalActions(CaseStatus from)
{
    std::vector<CaseAction> out;
    for (const Rule &r : rules())
        if (std::find(r.from.begin(), r.from.end(), from) != r.from.end())
            out.push_back(r.action);
    return out;
}

} // namespace fv
