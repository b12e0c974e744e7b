#pragma once

#include "casework/Deadlines.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace fv {

struct CaseRecord;

// One line of a case's timeline: something that happened, a date something is or was due,
// or a period in which the deadline clock stood still.
struct TimelineEntry
{
    enum class Kind { Pause, Event, Deadline };
    enum class State { Done, Upcoming, Overdue, Missed }; // deadlines; events and pauses are Done

    Kind kind = Kind::Event;
    State state = State::Done;
    QDate date;
    QDateTime at;  // events: when exactly
    QDate until;   // pauses: the day the clock ran again; invalid while still paused
    QString code;  // the event's kind, or the deadline's: statutory-deadline, preliminary-reply,
                   // applicant-answer, reminder, consultation
    QString actor; // events: the login
    QString registry;
    QString detail;
    int workingDays = 0; // pauses: working days the clock stood still (so far)
};

// Every event, deadline and pause of the case in time order (pauses, then events, then
// deadlines within one day), as of `today`.
std::vector<TimelineEntry> buildTimeline(const CaseRecord &record, const QDate &today);

} // namespace fv
