#pragma once

#include "application/Application.h"

#include <QStringList>

namespace fv {

struct Appeal;
struct CaseRecord;
struct Decision;

// The appeal body's reversal carried into the case (fvl § 34): HDS records the body's decision as
// a new decision version. No column marks it: the version is the appeal's reversingVersion while
// the appeal was upheld and forwarded by HDS and reversed (wholly or partly) by the appeal body;
// HDS's own reversal (§ 33) has the outcome "reversed" instead.
namespace appeal {

// The appeal whose body decision `version` records, or nullptr.
const Appeal *implementedBy(const CaseRecord &record, int version);
// Whether the case's current decision records the appeal body's decision.
bool implementsBody(const CaseRecord &record);
// The appeal body reversed the decision and HDS has not yet recorded its decision as a new
// version: until then what the registry managers are told would be the old decision.
bool awaitsBodyDecision(const CaseRecord &record);
// The registries whose decision the version recording the appeal body's decision changes from
// the version it supersedes: new, changed (outcome, period or variables) or no longer granted.
// Empty when the current decision records no decision of the appeal body.
QStringList changedByBody(const CaseRecord &record);
// The draft starts from `before`, the approved decision the appeal body reversed, and says in its
// legal basis which decision of `body` it records, in the letter's language; its reasons only say
// that they follow that decision (the letter's introduction names it, once).
void prefillFromBody(Decision &draft, const Decision &before, const Appeal &appeal, const QString &body,
                     Language language);

} // namespace appeal
} // namespace fv
