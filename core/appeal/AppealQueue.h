#pragma once

#include "Result.h"
#include "casework/CaseworkTypes.h"
#include "search/WorkQueue.h"

#include <QDate>

#include <unordered_map>

namespace fv {

class Database;
class WorkingDayCalendar;

// The work queue's "appeals to prepare": the cases whose current appeal HDS is preparing (in
// time or considered under § 31, no outcome yet, or sent back by the appeal body), by case id,
// with HDS's own preparation deadline. One query however large the archive.
Result<std::unordered_map<qint64, QDate>> appealsInPreparation(Database &db);
// The queue's task for such a case: the preparation deadline as of `today`.
CaseTask appealTask(const QDate &due, const WorkingDayCalendar &calendar, const QDate &today);
// Also appeals to work on: the cases whose appeal body reversed the decision and whose body
// decision is not yet recorded as a new version (the case at "letter sent" or "closed"), or is
// approved but its letter and registry notices not yet sent (the case at "decided"). Due ten
// working days after the body's decision.
Result<std::vector<QueueItem>> appealBodyDecisionsToCarryOut(
    Database &db, const WorkingDayCalendar &calendar, const QDate &today);

} // namespace fv
