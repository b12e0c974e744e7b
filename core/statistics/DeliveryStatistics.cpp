// Time from the decision letter to the registry manager's delivery, per registry.
#include "Clock.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace fv {
namespace {

QDate day(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Median and 90th percentile (nearest rank), as for the processing times.
void summarise(std::vector<int> days, DeliveryFigures &out)
{
    out.delivered = static_cast<int>(days.size());
    if (days.empty())
        return;
    std::sort(days.begin(), days.end());
    const size_t n = days.size();
    out.median = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    out.p90 = days[static_cast<size_t>(std::ceil(0.9 * static_cast<double>(n))) - 1];
}

} // namespace

Status addDeliveryTimes(Database &db, Statistics &s)
{
    std::map<QString, std::vector<int>> days;
    std::map<QString, int> waiting;
    // Each delivery against the latest decision letter sent on or before it.
    auto q = db.exec(QStringLiteral(
        "SELECT l.registry, l.delivered_on, (SELECT max(d.created_at) FROM document d WHERE d.case_id = l.case_id AND "
        "d.kind = 'decision' AND substr(d.created_at, 1, 10) <= l.delivered_on) FROM delivery l WHERE l.delivered_on "
        "IS NOT NULL"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate delivered = day(q->value(1));
        const QDate letter = day(q->value(2));
        if (!letter.isValid() || (s.from.isValid() && delivered < s.from) || (s.to.isValid() && delivered > s.to))
            continue;
        days[q->value(0).toString()].push_back(static_cast<int>(letter.daysTo(delivered)));
    }
    // Waiting now: granted by the approved decision of a case whose decision letter is sent.
    // The cases and their latest approval come from indexes (case_status, decision_approved):
    // the latest decision with an approval is the approved one (an earlier one is superseded
    // only when a later one is approved), so no wide decision or case row is read.
    SqliteStatement w(
        db,
        QStringLiteral(
            "SELECT e.registry, count(*) FROM fv_case c INDEXED BY case_status JOIN decision d INDEXED BY "
            "decision_approved ON d.case_id = c.id AND d.approved_at IS NOT NULL JOIN decision_entry e ON "
            "e.decision_id = d.id WHERE c.status IN ('letter-sent', 'closed') AND e.outcome IN ('granted', "
            "'partly-granted') AND NOT EXISTS (SELECT 1 FROM decision v INDEXED BY decision_approved WHERE v.case_id "
            "= d.case_id AND v.approved_at IS NOT NULL AND v.version > d.version) AND NOT EXISTS (SELECT 1 FROM "
            "delivery l WHERE l.case_id = d.case_id AND l.registry = e.registry AND (l.delivered_on IS NOT NULL OR "
            "l.stopped_on IS NOT NULL)) GROUP BY e.registry"));
    while (w.next())
        waiting[w.text(0)] = w.integer(1);
    if (auto st = w.status(); !st)
        return st.error();
    for (const RegistryFigures &r : s.registries) {
        if (!days.count(r.code) && !waiting.count(r.code))
            continue;
        DeliveryFigures f;
        f.code = r.code;
        f.name = r.name;
        f.waiting = waiting.count(r.code) ? waiting[r.code] : 0;
        summarise(days.count(r.code) ? days[r.code] : std::vector<int>{}, f);
        s.deliveries.push_back(f);
    }
    std::sort(s.deliveries.begin(), s.deliveries.end(), [](const DeliveryFigures &a, const DeliveryFigures &b) {
        return a.code < b.code;
    });
    return ok();
}

} // namespace fv
