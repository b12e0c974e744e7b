#pragma once

#include "Result.h"
#include "casework/Users.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace fv {

class Database;

// Sets "today" (FELLESVEDTAK_TODAY) while a demo step runs, so that its events and dates
// read like a real office's autumn; the previous value comes back at the end of the scope.
class DemoDay
{
public:
    explicit DemoDay(const QDate &day);
    ~DemoDay();
    DemoDay(const DemoDay &) = delete;
    DemoDay &operator=(const DemoDay &) = delete;

private:
    QByteArray m_previous;
    bool m_hadPrevious = false;
};

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
