#include "followup/FollowUpQueue.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "followup/FollowUp.h"
#include "search/CaseSearch.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

namespace fv {
namespace {

const QString decidedStatuses = QStringLiteral("'letter-sent', 'closed'");

QDate day(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Enough of each decided case for followup::'s rules: summary, project dates, the decision
// letter's day, the approved decision's granted registries and what was reported.
Status loadCases(Database &db, const CaseworkSettings &settings, std::vector<CaseRecord> &out,
                 std::unordered_map<qint64, size_t> &byId)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT c.id, c.case_number, a.reference, c.status, a.title, a.controller_name, a.leader_name, a.received, "
            "a.kind, COALESCE(u.full_name, ''), a.project_end, a.deletion_date, (SELECT max(d.created_at) FROM "
            "document "
            "d WHERE d.case_id = c.id AND d.kind = 'decision'), e.report_on, e.deleted_on FROM fv_case c JOIN "
            "application a ON a.case_id = c.id LEFT JOIN app_user u ON u.id = c.assignee LEFT JOIN project_end e ON "
            "e.case_id = c.id WHERE c.status IN (%1)")
            .arg(decidedStatuses));
    if (!q)
        return q.error();
    while (q->next()) {
        CaseRecord r;
        r.summary = caseSummaryFromRow(q.value());
        r.application.project.end = day(q->value(10));
        r.application.project.deletionDate = day(q->value(11));
        if (!q->value(12).isNull()) {
            StoredDocument letter;
            letter.kind = QStringLiteral("decision");
            letter.createdAt = QDateTime(day(q->value(12)), QTime(12, 0));
            r.documents.push_back(letter);
        }
        r.followUp.end.reportOn = day(q->value(13));
        r.followUp.end.deletedOn = day(q->value(14));
        r.followUp.deliveryWeeks = settings.deliveryWeeks;
        r.followUp.endReportGraceWeeks = settings.endReportGraceWeeks;
        Decision approved;
        approved.status = DecisionStatus::Approved;
        r.decisions.push_back(approved);
        byId[r.summary.id] = out.size();
        out.push_back(std::move(r));
    }
    return ok();
}

Status loadGrantedAndDelivered(Database &db, std::vector<CaseRecord> &cases,
                               const std::unordered_map<qint64, size_t> &byId)
{
    auto g = db.exec(
        QStringLiteral(
            "SELECT d.case_id, e.registry FROM decision d JOIN decision_entry e ON e.decision_id = d.id JOIN fv_case c "
            "ON c.id = d.case_id WHERE c.status IN (%1) AND d.status = 'approved' AND e.outcome IN ('granted', "
            "'partly-granted') AND d.version = (SELECT max(v.version) FROM decision v WHERE v.case_id = d.case_id AND "
            "v.status = 'approved') ORDER BY d.case_id, e.pos")
            .arg(decidedStatuses));
    if (!g)
        return g.error();
    while (g->next()) {
        const auto it = byId.find(g->value(0).toLongLong());
        if (it == byId.end())
            continue;
        RegistryDecision entry;
        entry.registry = g->value(1).toString();
        entry.outcome = Outcome::Granted;
        cases[it->second].decisions.front().entries.push_back(entry);
    }
    auto d = db.exec(QStringLiteral(
        "SELECT case_id, registry, delivered_on, stopped_on FROM delivery WHERE delivered_on IS NOT "
        "NULL OR stopped_on IS NOT NULL"));
    if (!d)
        return d.error();
    while (d->next()) {
        const auto it = byId.find(d->value(0).toLongLong());
        if (it == byId.end())
            continue;
        Delivery delivery;
        delivery.registry = d->value(1).toString();
        delivery.deliveredOn = day(d->value(2));
        delivery.stoppedOn = day(d->value(3));
        cases[it->second].followUp.deliveries.push_back(delivery);
    }
    // Implementation suspended (fvl § 42): its deliveries are not chased meanwhile.
    auto s = db.exec(QStringLiteral("SELECT case_id FROM suspension WHERE granted AND ended_on IS NULL"));
    if (!s)
        return s.error();
    while (s->next()) {
        const auto it = byId.find(s->value(0).toLongLong());
        if (it == byId.end())
            continue;
        Suspension suspension;
        suspension.granted = true;
        cases[it->second].revocation.suspensions.push_back(suspension);
    }
    return ok();
}

QueueItem itemOf(const CaseRecord &r, TaskKind kind, const QDate &due, const QString &registry,
                 const CaseworkSettings &settings, const QDate &today)
{
    QueueItem item;
    item.summary = r.summary;
    CaseTask t;
    t.kind = kind;
    t.due = due;
    t.registry = registry;
    t.overdue = today > due;
    t.workingDaysLeft = settings.calendar.workingDaysBetween(today, due);
    item.task = t;
    return item;
}

} // namespace

Result<std::vector<std::pair<QueueKind, QueueItem>>> loadFollowUpQueue(
    Database &db, const CaseworkSettings &settings, const QDate &today)
{
    std::vector<CaseRecord> cases;
    std::unordered_map<qint64, size_t> byId;
    if (auto s = loadCases(db, settings, cases, byId); !s)
        return s.error();
    if (auto s = loadGrantedAndDelivered(db, cases, byId); !s)
        return s.error();
    std::vector<std::pair<QueueKind, QueueItem>> out;
    for (const CaseRecord &r : cases) {
        const QStringList overdue = followup::overdueDeliveries(r, today);
        if (!overdue.isEmpty())
            out.emplace_back(QueueKind::DataNotDelivered,
                             itemOf(r, TaskKind::DataDelivery, followup::deliveryDue(r),
                                    overdue.join(QStringLiteral(", ")), settings, today));
        if (followup::endReportLate(r, today))
            out.emplace_back(QueueKind::EndReportMissing,
                             itemOf(r, TaskKind::EndReport, followup::endReportDue(r), {}, settings, today));
        if (followup::deletionLate(r, today))
            out.emplace_back(
                QueueKind::DeletionNotConfirmed,
                itemOf(r, TaskKind::DeletionConfirmation, r.application.project.deletionDate, {}, settings, today));
    }
    // The most overdue first within each view.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second.task->due < b.second.task->due;
    });
    return out;
}

} // namespace fv
