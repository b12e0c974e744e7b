#include "followup/FollowUpStore.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "casework/Deadlines.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace fv {

Status FollowUpStore::load(Database &db, CaseRecord &record)
{
    FollowUpRecord &f = record.followUp;
    f = FollowUpRecord{};
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    f.deliveryWeeks = settings->deliveryWeeks;
    f.endReportGraceWeeks = settings->endReportGraceWeeks;
    const qint64 id = record.summary.id;
    auto q = db.exec(
        QStringLiteral("SELECT registry, ordered_on, delayed_on, delay_reason, delivered_on, stopped_on FROM delivery "
                       "WHERE case_id = ? ORDER BY registry"),
        {id});
    if (!q)
        return q.error();
    while (q->next()) {
        Delivery d;
        d.registry = q->value(0).toString();
        d.orderedOn = dateFromStorage(q->value(1));
        d.delayedOn = dateFromStorage(q->value(2));
        d.delayReason = q->value(3).toString();
        d.deliveredOn = dateFromStorage(q->value(4));
        d.stoppedOn = dateFromStorage(q->value(5));
        f.deliveries.push_back(std::move(d));
    }
    auto e = db.exec(QStringLiteral("SELECT report_on, deleted_on FROM project_end WHERE case_id = ?"), {id});
    if (!e)
        return e.error();
    if (e->next()) {
        f.end.reportOn = dateFromStorage(e->value(0));
        f.end.deletedOn = dateFromStorage(e->value(1));
    }
    return ok();
}

Status FollowUpStore::saveDelivery(Database &db, qint64 caseId, const Delivery &d, qint64 userId)
{
    return done(db.exec(
        QStringLiteral("INSERT INTO delivery (case_id, registry, ordered_on, delayed_on, delay_reason, delivered_on, "
                       "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, registry) DO "
                       "UPDATE SET ordered_on = excluded.ordered_on, delayed_on = excluded.delayed_on, delay_reason = "
                       "excluded.delay_reason, delivered_on = excluded.delivered_on, changed_by = excluded.changed_by, "
                       "changed_at = excluded.changed_at"),
        {caseId, d.registry, dateOrNull(d.orderedOn), dateOrNull(d.delayedOn), d.delayReason, dateOrNull(d.deliveredOn),
         userId, toStorage(now())}));
}

Status FollowUpStore::saveProjectEnd(Database &db, qint64 caseId, const ProjectEnd &end, qint64 userId)
{
    return done(db.exec(
        QStringLiteral("INSERT INTO project_end (case_id, report_on, deleted_on, changed_by, changed_at) VALUES (?, ?, "
                       "?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET report_on = excluded.report_on, deleted_on = "
                       "excluded.deleted_on, changed_by = excluded.changed_by, changed_at = excluded.changed_at"),
        {caseId, dateOrNull(end.reportOn), dateOrNull(end.deletedOn), userId, toStorage(now())}));
}

} // namespace fv
