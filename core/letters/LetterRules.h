#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "letters/LetterInput.h"
#include "registry/Registry.h"

#include <QStringList>

#include <map>

namespace fv {

// Whether a letter of this kind makes sense for the case as it is now: a request for
// information needs its text, a reminder a request, a forwarding letter something forwarded,
// a decision letter and a registry notice an approved decision that, for a notice, grants a
// registry. The one place this rule lives: sending refuses with it, and the GUI shows it.
// A rejection needs a case rejected for want of an answer; a registry manager's statement is put
// to the applicant for comment only before the decision is drafted and only when the manager has
// given one (`registry`: that registry's statement, else the latest).
Status letterMakesSense(const CaseRecord &record, LetterKind kind, const QString &registry = {});

// A preliminary reply says why the case takes time (forvaltningsloven § 11 a): `reason` is a
// standard reason's code (DialogueContext.h) or the caseworker's own words, never empty.
Status delayReasonGiven(const QString &reason, const QString &caseNumber);

// The registries a registry notice is written about, one per registry manager that delivers
// under the approved decision (a registry granted or partly granted), in the decision's order:
// one notice goes to each manager. With `registry` given, only the one for its manager, and a
// refusal when the decision grants nothing from it.
Result<QStringList> noticeRegistries(const CaseRecord &record, const std::map<QString, Registry> &catalogue,
                                     const QString &registry = {});

} // namespace fv
