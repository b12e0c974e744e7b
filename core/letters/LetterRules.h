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
Status letterMakesSense(const CaseRecord &record, LetterKind kind);

// The registries a registry notice is written about, one per registry manager that delivers
// under the approved decision (a registry granted or partly granted), in the decision's order:
// one notice goes to each manager. With `registry` given, only the one for its manager, and a
// refusal when the decision grants nothing from it.
Result<QStringList> noticeRegistries(const CaseRecord &record, const std::map<QString, Registry> &catalogue,
                                     const QString &registry = {});

} // namespace fv
