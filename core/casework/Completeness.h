#pragma once

#include "application/Application.h"

#include <QString>

#include <vector>

namespace fv {

// What a complete application has and this one lacks.
enum class CompletenessGap {
    Protocol,       // the project protocol (attachment "protocol")
    RekReference,   // the REK approval's reference and date
    RekApproval,    // the REK approval letter (attachment "rek-approval")
    DataProtection, // a DPIA or the data protection officer's assessment ("dpia", "dpo-assessment")
};

// The project protocol always; the REK approval where medical and health research uses
// identifiable data (helseforskningsloven § 33); a DPIA or the data protection officer's
// assessment unless the data are anonymous (GDPR art. 35). The caseworker decides: marking
// an application complete lists its gaps, it does not refuse them.
std::vector<CompletenessGap> completenessGaps(const Application &app);

// One line naming the item and the attachment kind that would fill it, in English: the event
// log stores it so (the events view translates it on display).
QString describe(CompletenessGap gap);
// The same line in the user's language (the CLI's warning).
QString describeTranslated(CompletenessGap gap);

} // namespace fv
