#pragma once

#include "Result.h"

#include <QString>

namespace fv {

struct CaseRecord;

// The rules of the time after the decision letter that the permission table (Permissions.cpp)
// and the follow-up service apply: ok, or the refusal in a caseworker's words, translated
// ("fv::Permissions").
namespace caserules {

// Deliveries and the end of the project are followed up once the decision letter of an approved
// decision that grants data is sent.
Status decisionLetterSent(const CaseRecord &record);
// The registry is one the approved decision grants (wholly or partly): its manager delivers.
Status deliversFrom(const CaseRecord &record, const QString &registry);

} // namespace caserules
} // namespace fv
