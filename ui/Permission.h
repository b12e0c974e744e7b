#pragma once

#include "Result.h"
#include "casework/Assessment.h"
#include "rules/Permissions.h"

class QAction;

namespace fv {

struct CaseRecord;
class Session;

// What the GUI offers comes from the core's rule book (rules/Permissions.h): one question
// for every enabled state, so a disabled action's tooltip is the very refusal the command-line
// tool prints. Only the read-only database is added here (the window shows it in a banner).
Status permitted(Action action, Session &session, const CaseRecord *record = nullptr);

// One item of the legal assessment (some need a lawyer).
Status permittedAssessment(AssessmentItem item, Session &session, const CaseRecord &record);

// Enables `action` when `allowed`, with `tip` (or its text) as tooltip; disabled, the tooltip
// is the refusal.
void applyPermission(QAction *action, const Status &allowed, const QString &tip = {});

} // namespace fv
