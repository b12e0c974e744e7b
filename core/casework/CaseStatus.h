#pragma once

#include "Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace fv {

// Where a case is in its life, and the actions that move it. The table in
// CaseStatus.cpp is the one place that says which transitions are legal.
enum class CaseStatus {
    Received,
    CompletenessCheck,
    WaitingForApplicant,
    UnderAssessment,
    DecisionDraft,
    AwaitingApproval,
    Decided,
    LetterSent,
    Closed,
    Forwarded,
    Withdrawn,
    RejectedNoReply,
};

enum class CaseAction {
    StartCompletenessCheck,
    MarkComplete,
    RequestInfo,
    InfoReceived,
    Draft,
    Submit,
    Approve,
    Return,
    SendLetter,
    Close,
    Forward,
    Withdraw,
    RejectNoReply,
    ReopenForAppeal, // an appeal to prepare (fvl § 33) puts a decided case back into assessment
    ForwardAppeal,   // an upheld appeal is forwarded to the appeal body: the decision stands
    WithdrawAppeal,  // the appellant withdraws an appeal being prepared: the decision stands
};

QString toCode(CaseStatus status);
std::optional<CaseStatus> caseStatusFromCode(const QString &code);
QString displayName(CaseStatus status); // translated, for the GUI
const std::vector<CaseStatus> &allCaseStatuses();
bool isOpen(CaseStatus status); // still work to do

QString toCode(CaseAction action);
QString displayName(CaseAction action); // "approve the decision", translated

// The status after `action`, or a refusal that says what the case's status allows.
// `resumeTo` is where InfoReceived returns (the status before the request).
Result<CaseStatus> transition(CaseStatus from, CaseAction action, std::optional<CaseStatus> resumeTo = std::nullopt);
std::vector<CaseAction> legalActions(CaseStatus from);

} // namespace fv
