#pragma once

#include "letters/LetterInput.h"

#include <QVariantList>
#include <QVariantMap>

namespace fv {

// What a registry notice tells one registry manager beyond its own registries (LetterContext.h,
// forward.*): the rows it delivers (granted or partly granted only), the decision's date, the
// other managers that deliver, and who links the data (the manager of the decision's first
// granted registry: the others send their extracts with the linkage key to it).
//   forward.{rows, decisionDate, hasDecisionDate, otherManagers, hasOtherManagers, linker,
//   linksHere, linksElsewhere}
// `managerRows` are the rows of the addressed manager, `allRows` every row of the decision.
QVariantMap noticeDetails(const LetterInput &input, const QVariantList &managerRows, const QVariantList &allRows);

} // namespace fv
