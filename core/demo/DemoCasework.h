#pragma once

#include "Clock.h"
#include "Result.h"
#include "casework/Users.h"

#include <QDate>
#include <QString>

namespace fv {

class Database;

// Sets "today" while a demo step runs, so that its events and dates read like a real
// office's work; the previous day comes back at the end of the scope.
using DemoDay = ScopedToday;

// Who works the demo cases.
struct DemoPeople
{
    User me;       // the acting login, with every role
    User adviser;  // ingrid.hauge
    User adviser2; // erik.saether (also a decision-maker)
    User lawyer;   // lars.myklebust
    User approver; // sofie.aas
};

// Works demo case `index` (file order) from receipt as far as the demo wants it: assignment,
// completeness, dialogue with pauses, consultations, the legal assessment, notes, forwarding,
// the preliminary reply, draft, submission and approval, each on its own day. As of
// 22 November 2026 some cases are decided, some wait, and a few are overdue.
Status runDemoCasework(Database &db, const DemoPeople &people, int index, const QString &caseNumber);

} // namespace fv
