#pragma once

#include "Result.h"
#include "casework/Assessment.h"
#include "casework/Users.h"

#include <QDate>
#include <QStringList>

namespace fv {

struct CaseRecord;

// The rules beyond role and status that the permission table (Permissions.cpp) applies to a
// case: each returns ok or the refusal in a caseworker's words, translated ("fv::Permissions").
namespace caserules {

QString itemName(AssessmentItem item); // translated

Status assessmentOpen(const CaseRecord &record);  // assess, consult, forward one registry
Status notClosed(const CaseRecord &record);       // assign, take
Status stillOpen(const CaseRecord &record);       // preliminary reply
Status caseOpen(const CaseRecord &record);        // consultation answers
Status applicationOpen(const CaseRecord &record); // correct the application
Status infoRequestOpen(const CaseRecord &record);
Status canRemind(const CaseRecord &record, const QDate &today);
Status canRejectNoReply(const CaseRecord &record, const QDate &today);
Status readyForDraft(const CaseRecord &record); // assigned, complete, under assessment
Status draftEditable(const CaseRecord &record); // the current decision is a draft
Status readyToSubmit(const CaseRecord &record); // a draft, the assessment settled, refusals reasoned
Status reasonsGiven(const CaseRecord &record);  // every partly granted or refused registry has a reason
// The registries (codes) whose registry manager has not answered a consultation yet: submitting
// then needs the caseworker's confirmation (DecisionService::submit).
QStringList openConsultations(const CaseRecord &record);
Status awaitsApproval(const CaseRecord &record); // a submitted decision
Status fourEyes(const User &user, const CaseRecord &record);
Status mayAssessItem(const User &user, AssessmentItem item);

} // namespace caserules
} // namespace fv
