#pragma once

#include "Clock.h"
#include "Result.h"
#include "calendar/NorwegianCalendar.h"
#include "casework/Users.h"

#include <QDate>
#include <QString>

namespace fv {

class Database;

// Sets "today" while a demo step runs, so that its events and dates read like a real
// office's work; the previous day comes back at the end of the scope.
using DemoDay = ScopedToday;

// The demo's stories are written as of one working day, Friday 20 November 2026 (the dates in
// DemoCasework.cpp and resources/demo/*.json). Each written date is told the same number of
// WORKING days before (or after) the day the demo is made, on the office's calendar, so the
// picture is the same whatever the date: Easter, Christmas and the new year change nothing.
class StoryDays
{
public:
    static QDate writtenFor() { return QDate(2026, 11, 20); }

    StoryDays(const WorkingDayCalendar &calendar, const QDate &today);
    // The written date moved to the demo's own time; a closed day becomes the working day before.
    QDate operator()(const QDate &written) const;
    // Calendar months between a written date and its moved date (to move project periods).
    int monthsMoved(const QDate &written) const;
    const QDate &storyDay() const { return m_storyDay; } // the last working day on or before today

private:
    WorkingDayCalendar m_calendar;
    QDate m_storyDay;
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
// the preliminary reply, draft, submission and approval, each on its own day, moved by `days`.
// As of the day the demo is made: two cases decided in the last months, one just received,
// exactly one past its statutory deadline, one due within the week, one waiting for the
// applicant with the answer due in a few days, one awaiting approval in good time; a case
// never taken (its preliminary reply overdue) and a registry manager's late answer.
Status runDemoCasework(Database &db, const DemoPeople &people, const StoryDays &days, int index,
                       const QString &caseNumber);

} // namespace fv
