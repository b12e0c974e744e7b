#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <bitset>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fv {

// A Norwegian public holiday (lov om helligdager og høytidsdager), as the CLI and letters show it.
struct Holiday
{
    QDate date;
    QString nameNb;
    QString nameEn;
};

// Western (Gregorian) Easter Sunday; an invalid date outside 1583..9999.
QDate easterSunday(int year);

// The twelve Norwegian public holidays of `year`, sorted by date: nyttårsdag, skjærtorsdag,
// langfredag, 1. and 2. påskedag, 1 May, 17 May, Kristi himmelfartsdag, 1. and 2. pinsedag,
// 1. and 2. juledag. Easter Sunday and Whit Sunday are listed though they are Sundays. Two
// holidays can share a date (1 May and Ascension Day in 2008); both are listed. Today's rules are
// applied to every year; empty outside 1583..9999.
std::vector<Holiday> statutoryHolidays(int year);

// Which days the office works: not weekends, not public holidays, not the extra closing days
// set here. Reentrant but not thread-safe: the const functions fill a per-year cache, so give
// each thread its own copy.
class WorkingDayCalendar
{
public:
    WorkingDayCalendar(); // no extra closing days

    // Replace the specific extra closing dates (e.g. a bridge day decided by the office).
    void setExtraClosedDates(std::vector<QDate> dates);
    // Replace the yearly extra closing days as (month, day), e.g. {12, 24}, {12, 31}.
    void setExtraClosedMonthDays(std::vector<std::pair<int, int>> monthDays);

    bool isWorkingDay(const QDate &date) const; // false for an invalid date
    // The date n working days after `from` (from itself not counted); n = 0 returns `from`
    // even on a closed day, n < 0 counts backwards. Invalid in, invalid out.
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days d with from < d <= to; negative (minus the count in (to, from]) if to < from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    // One year's closed days and running working-day counts, both indexed by day of year
    // (1-based), so that spans are counted with two look-ups instead of a day-by-day walk.
    struct YearData
    {
        std::bitset<367> closed;
        std::array<quint16, 367> workingThrough{}; // working days among days 1..i of the year
    };

    const YearData &yearData(int year) const;
    YearData buildYear(int year) const;

    std::vector<QDate> m_extraDates;
    std::vector<std::pair<int, int>> m_extraMonthDays;
    mutable std::unordered_map<int, YearData> m_cache; // node-based: references stay valid
};

// A period in which the deadline clock stands still while HDS waits for the applicant.
// `to` invalid = still paused (open).
struct Pause
{
    QDate from;
    QDate to;
};

// The pause rule used by statutoryDeadline() and usedWorkingDays(): a day d is paused when
// from <= d < to for some pause. The day the information is requested does not count; the day
// the answer arrives counts again. So a pause from one Monday to the next costs exactly the
// five working days in between, and a pause with to <= from costs nothing. An open pause
// pauses every day from `from` on. Pauses may overlap and come in any order; one with an
// invalid `from` is ignored.

// The helseregisterloven § 19 f deadline: the day on which `limit` working days, counted from
// the day after `complete` and skipping paused days, have passed. Invalid if `complete` is
// invalid, limit < 0, or an open pause starts on or before that day (the clock stands still, so
// the deadline is not known); an open pause starting after it changes nothing.
QDate statutoryDeadline(const WorkingDayCalendar &calendar, const QDate &complete, int limit,
                        const std::vector<Pause> &pauses);

// Working days allowed: 30 for one source, 60 where sources are linked.
int statutoryLimit(bool linked);

// Forvaltningsloven § 11 a: a preliminary reply is due when a case cannot be answered within one
// month of receipt. Due date = `received` plus one calendar month (QDate::addMonths, so 31 Jan
// gives the last day of February).
QDate preliminaryReplyDue(const QDate &received);

// Working days counted so far: days d with complete < d <= asOf, not paused (same rule as
// statutoryDeadline). 0 when asOf <= complete.
int usedWorkingDays(const WorkingDayCalendar &calendar, const QDate &complete, const QDate &asOf,
                    const std::vector<Pause> &pauses);

} // namespace fv
