#pragma once

#include "Result.h"

namespace fv {

struct CaseRecord;
struct User;

// The rules of revocation, reversal without appeal (fvl § 35) and suspension (fvl § 42) that the
// permission table (Permissions.cpp) applies: ok, or the refusal in a caseworker's words,
// translated ("fv::Permissions").
namespace caserules {

// An advance notice needs a decision letter sent (an individual decision to take back) and no
// other revocation under way.
Status revocationNoticeAllowed(const CaseRecord &record);
// The applicant's comment is recorded while the notice waits for its decision (once).
Status revocationAwaitsComment(const CaseRecord &record);
// A decision is proposed once the deadline to comment has passed or the applicant commented.
Status revocationDecidable(const CaseRecord &record);
// A proposed decision is approved by someone other than its proposer (the four-eyes rule).
Status revocationApprovable(const User &user, const CaseRecord &record);
// Suspension concerns a decision whose letter is sent.
Status suspensionAllowed(const CaseRecord &record);
// A request for suspension waits for its decision; or a granted one is in force (to end it).
Status suspensionPending(const CaseRecord &record);
Status suspensionInForce(const CaseRecord &record);

} // namespace caserules
} // namespace fv
