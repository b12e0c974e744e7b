#include "appeal/AppealQueue.h"

#include "Clock.h"
#include "calendar/NorwegianCalendar.h"
#include "search/CaseSearch.h"
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

Result<std::vector<QueueItem>> appealBodyDecisionsToCarryOut(
    Database &db, const WorkingDayCalendar &calendar, const QDate &today)
{
    auto q = db.exec(QStringLiteral(
        "SELECT c.id, c.case_number, p.reference, c.status, p.title, p.controller_name, p.leader_name, p.received, "
        "p.kind, COALESCE(u.full_name, ''), a.body_result_on, COALESCE(u.login, '') FROM appeal a JOIN fv_case c ON "
        "c.id = a.case_id JOIN application p ON p.case_id = c.id LEFT JOIN app_user u ON u.id = c.assignee WHERE a.id "
        "= (SELECT max(b.id) FROM appeal b WHERE b.case_id = a.case_id) AND a.outcome = 'upheld-forwarded' AND "
        "a.body_result IN ('reversed', 'partly-reversed') AND ((a.reversing_version = 0 AND c.status IN "
        "('letter-sent', 'closed')) OR (a.reversing_version > 0 AND c.status = 'decided'))"));
    if (!q)
        return q.error();
    std::vector<QueueItem> out;
    while (q->next()) {
        QueueItem item;
        item.summary = caseSummaryFromRow(q.value());
        item.assigneeLogin = q->value(11).toString();
        CaseTask t;
        t.kind = TaskKind::AppealBodyDecision;
        t.due = calendar.addWorkingDays(dateFromStorage(q->value(10)), 10);
        t.overdue = today > t.due;
        t.workingDaysLeft = calendar.workingDaysBetween(today, t.due);
        item.task = t;
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace fv
