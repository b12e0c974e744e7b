#pragma once

#include <QDate>
#include <QDateTime>

namespace fv {

// "Today" for every rule: $FELLESVEDTAK_TODAY=YYYY-MM-DD fixes it for tests and demos.
QDate today();
// Now, on today()'s date: the local time of day, so events still sort in order.
QDateTime now();
// ISO 8601 text with milliseconds and offset, as stored in the database.
QString toStorage(const QDateTime &t);
QString toStorage(const QDate &d);
QDate dateFromStorage(const QVariant &v);

} // namespace fv
