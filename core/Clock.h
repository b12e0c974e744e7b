#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace fv {

// "Today" for every rule: the computer's date, unless a fixed day is set in this process.
// A fixed day comes only from a demo or test database ($FELLESVEDTAK_TODAY, honoured once such a
// database is opened: Database::open allows it, and refuses a real database while it is set) or
// from the demo writing its stories (ScopedToday); never from a real one.
QDate today();
// Now, on today()'s date: the local time of day, so events still sort in order.
QDateTime now();

// On the team server the clock is the server's: Database sets how far the server's wall clock
// (fv_now(), the office's zone) is from this computer's, and today()/now() follow it, whatever
// fixed day is set. None: this computer's clock.
void setServerClockOffset(std::optional<qint64> msecs);
bool serverClock();

// The fixed day of this process, or none (the computer's date).
void setFixedToday(std::optional<QDate> day);
std::optional<QDate> fixedToday();

// Whether $FELLESVEDTAK_TODAY may fix today(): Database::open allows it for a demo or test
// database and disallows it for a real one. Read on each call, so a test may move the day on.
void allowTodayFromEnvironment(bool allowed);
bool todayFromEnvironmentAllowed();

// $FELLESVEDTAK_TODAY as a date: none when it is unset or empty; an error naming the variable
// when it is not a valid YYYY-MM-DD date.
Result<std::optional<QDate>> fixedTodayFromEnvironment();

// Fixes "today" for a scope (the demo telling a case's story day by day); the previous fixed
// day, or none, comes back at the end of the scope.
class ScopedToday
{
public:
    explicit ScopedToday(const QDate &day);
    ~ScopedToday();
    ScopedToday(const ScopedToday &) = delete;
    ScopedToday &operator=(const ScopedToday &) = delete;

private:
    std::optional<QDate> m_previous;
};

// ISO 8601 text with milliseconds and offset, as stored in the database.
QString toStorage(const QDateTime &t);
QString toStorage(const QDate &d);
QDate dateFromStorage(const QVariant &v);

} // namespace fv
