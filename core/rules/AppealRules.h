#pragma once

#include "Result.h"

namespace fv {

struct CaseRecord;

// The rules of appeals (klage) that the permission table (Permissions.cpp) and the appeal
// service apply: ok, or the refusal in a caseworker's words, translated ("fv::Permissions").
namespace caserules {

// An appeal can be registered once a decision or rejection letter has been sent, and while no
// other appeal of the case is still being dealt with.
Status appealable(const CaseRecord &record);
// The current appeal came in late and nobody has yet said whether it is considered (§ 31).
Status lateAppealUndecided(const CaseRecord &record);
// The current appeal is being prepared (§ 33): in time or considered, no outcome yet.
Status appealInPreparation(const CaseRecord &record);
// The current appeal was forwarded to the appeal body, whose result is not recorded yet.
Status appealWithBody(const CaseRecord &record);
// The current appeal is still being dealt with (late and undecided, prepared, or with the appeal
// body): the appellant may withdraw it.
Status appealOpen(const CaseRecord &record);
// The appeal body reversed the decision wholly or partly and HDS has not yet recorded the body's
// decision as a new decision version of the case.
Status bodyReversalToRecord(const CaseRecord &record);

} // namespace caserules
} // namespace fv
