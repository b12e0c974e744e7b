#include "appeal/AppealQueue.h"

#include "Clock.h"
#include "calendar/NorwegianCalendar.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace fv {

Result<std::unordered_map<qint64, QDate>> appealsInPreparation(Database &db)
{
    // The same rule as Appeal::state() == Preparing, on the current (latest) appeal of each case.
    auto q = db.exec(QStringLiteral(
        "SELECT a.case_id, a.preparation_due FROM appeal a WHERE a.id = (SELECT max(b.id) FROM appeal b WHERE "
        "b.case_id = a.case_id) AND a.late_handling <> 'rejected' AND ((a.outcome = 'none' AND (a.in_time = 1 OR "
        "a.late_handling = 'considered')) OR (a.outcome = 'upheld-forwarded' AND a.body_result = 'sent-back'))"));
    if (!q)
        return q.error();
    std::unordered_map<qint64, QDate> out;
    while (q->next())
        out[q->value(0).toLongLong()] = dateFromStorage(q->value(1));
    return out;
}

CaseTask appealTask(const QDate &due, const WorkingDayCalendar &calendar, const QDate &today)
{
    CaseTask t;
    t.kind = TaskKind::AppealPreparation;
    t.due = due;
    t.overdue = due.isValid() && today > due;
    t.workingDaysLeft = due.isValid() ? calendar.workingDaysBetween(today, due) : 0;
    return t;
}

} // namespace fv
