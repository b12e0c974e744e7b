#include "statistics/Statistics.h"

#include "Clock.h"
#include "calendar/NorwegianCalendar.h"
#include "casework/Deadlines.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace fv {
namespace {

// One decided case: when it was complete and decided, and what was decided per registry.
struct DecidedCase
{
    qint64 caseId = 0;
    QDate complete;
    QDate decided;
    bool linked = false;
    QString entries; // "REG:outcome,REG:outcome"
    int workingDays = 0;
    bool inTime = false;
};

class TimeCollector
{
public:
    void add(const DecidedCase &c)
    {
        m_days.push_back(c.workingDays);
        m_within += c.inTime ? 1 : 0;
    }
    ProcessingTimes result()
    {
        ProcessingTimes t;
        t.cases = static_cast<int>(m_days.size());
        t.withinDeadline = m_within;
        if (m_days.empty())
            return t;
        std::sort(m_days.begin(), m_days.end());
        const size_t n = m_days.size();
        t.median = n % 2 ? m_days[n / 2] : (m_days[n / 2 - 1] + m_days[n / 2]) / 2.0;
        t.p90 = m_days[static_cast<size_t>(std::ceil(0.9 * static_cast<double>(n))) - 1];
        return t;
    }

private:
    std::vector<int> m_days;
    int m_within = 0;
};

QString periodCondition(const QString &column, const QDate &from, const QDate &to, QVariantList &binds)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        binds << toStorage(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND %1 <= ?").arg(column);
        binds << toStorage(to);
    }
    return sql;
}

// The first approval of each case decided in the period (a later decision superseding it
// does not count the case twice).
Result<std::vector<DecidedCase>> decidedCases(Database &db, const QDate &from, const QDate &to)
{
    QVariantList binds;
    const QString period = periodCondition(QStringLiteral("substr(d.approved_at, 1, 10)"), from, to, binds);
    // Every column comes from an index (decision_approved, application_linked_external): the
    // decision and application rows themselves are wide and are never read here.
    auto q = db.exec(
        QStringLiteral(
            "SELECT d.case_id, coalesce(c.completed_on, a.received), substr(d.approved_at, 1, 10), "
            "(SELECT count(*) FROM data_source s WHERE s.case_id = d.case_id) > 1 OR EXISTS (SELECT 1 FROM "
            "application x WHERE x.case_id = d.case_id AND x.has_linkage = 1 AND x.linkage_external <> '[]'), "
            "(SELECT group_concat(e.registry || ':' || e.outcome, ',') FROM decision_entry e WHERE e.decision_id "
            "= d.id) FROM decision d INDEXED BY decision_approved JOIN fv_case c ON c.id = d.case_id JOIN "
            "application a ON a.case_id = d.case_id WHERE d.approved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
            "decision p INDEXED BY decision_approved WHERE p.case_id = d.case_id AND p.approved_at IS NOT NULL "
            "AND p.version < d.version)")
            + period,
        binds);
    if (!q)
        return q.error();
    std::vector<DecidedCase> out;
    while (q->next()) {
        DecidedCase c;
        c.caseId = q->value(0).toLongLong();
        c.complete = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        c.decided = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        c.linked = q->value(3).toBool();
        c.entries = q->value(4).toString();
        out.push_back(std::move(c));
    }
    return out;
}

// The dialogue's pauses of every case, from the requests for information.
Result<std::unordered_map<qint64, std::vector<Pause>>> pausesByCase(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT case_id, requested_on, answered_on FROM info_request"));
    if (!q)
        return q.error();
    std::unordered_map<qint64, std::vector<Pause>> out;
    while (q->next())
        out[q->value(0).toLongLong()].push_back({QDate::fromString(q->value(1).toString(), Qt::ISODate),
                                                 QDate::fromString(q->value(2).toString(), Qt::ISODate)});
    return out;
}

Status countReceived(Database &db, Statistics &s, std::map<QString, MonthFigures> &months)
{
    QVariantList binds;
    const QString period = periodCondition(QStringLiteral("received"), s.from, s.to, binds);
    auto q = db.exec(QStringLiteral("SELECT substr(received, 1, 7), count(*) FROM application WHERE 1 = 1") + period
                         + QStringLiteral(" GROUP BY 1"),
                     binds);
    if (!q)
        return q.error();
    while (q->next()) {
        MonthFigures &m = months[q->value(0).toString()];
        m.received = q->value(1).toInt();
        s.received += m.received;
    }
    binds.clear();
    // The received dates come from their index (application_received), not the wide rows.
    const QString requestedPeriod = periodCondition(QStringLiteral("received"), s.from, s.to, binds);
    auto r = db.exec(QStringLiteral("SELECT registry, count(*) FROM data_source WHERE case_id IN (SELECT case_id "
                                    "FROM application WHERE 1 = 1%1) GROUP BY 1")
                         .arg(requestedPeriod),
                     binds);
    if (!r)
        return r.error();
    while (r->next())
        for (RegistryFigures &f : s.registries)
            if (f.code == r->value(0).toString())
                f.requested = r->value(1).toInt();
    return ok();
}

QString overallOutcome(const QString &entries)
{
    int decided = 0;
    int granted = 0;
    int refused = 0;
    for (const QString &e : entries.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString outcome = e.section(QLatin1Char(':'), 1);
        if (outcome == QLatin1String("forwarded"))
            continue;
        ++decided;
        granted += outcome == QLatin1String("granted") ? 1 : 0;
        refused += outcome == QLatin1String("refused") ? 1 : 0;
    }
    if (decided == 0 || refused == decided)
        return QStringLiteral("refused");
    return granted == decided ? QStringLiteral("granted") : QStringLiteral("partly-granted");
}

void addDecided(Statistics &s, std::vector<DecidedCase> &cases, std::map<QString, MonthFigures> &months)
{
    std::map<QString, TimeCollector> byRegistry;
    std::map<QString, TimeCollector> byOutcome;
    std::map<QString, int> outcomeCounts;
    TimeCollector all;
    for (DecidedCase &c : cases) {
        ++months[c.decided.toString(QStringLiteral("yyyy-MM"))].decided;
        all.add(c);
        const QString overall = overallOutcome(c.entries);
        byOutcome[overall].add(c);
        ++outcomeCounts[overall];
        for (const QString &e : c.entries.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = e.section(QLatin1Char(':'), 0, 0);
            const QString outcome = e.section(QLatin1Char(':'), 1);
            byRegistry[code].add(c);
            for (RegistryFigures &f : s.registries) {
                if (f.code != code)
                    continue;
                ++f.decided;
                f.granted += outcome == QLatin1String("granted");
                f.partlyGranted += outcome == QLatin1String("partly-granted");
                f.refused += outcome == QLatin1String("refused");
                f.forwarded += outcome == QLatin1String("forwarded");
            }
        }
    }
    s.decided = static_cast<int>(cases.size());
    s.times = all.result();
    for (RegistryFigures &f : s.registries)
        f.times = byRegistry[f.code].result();
    for (const QString &o : {QStringLiteral("granted"), QStringLiteral("partly-granted"), QStringLiteral("refused")})
        s.outcomes.push_back({o, outcomeCounts[o], byOutcome[o].result()});
}

} // namespace

Result<Statistics> computeStatistics(Database &db, const QDate &from, const QDate &to)
{
    Statistics s;
    s.from = from;
    s.to = to;
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    auto registries = loadRegistries(db);
    if (!registries)
        return registries.error();
    for (const Registry &r : registries.value()) {
        RegistryFigures f;
        f.code = r.code;
        f.name = r.name;
        s.registries.push_back(f);
    }
    std::map<QString, MonthFigures> months;
    if (auto st = countReceived(db, s, months); !st)
        return st.error();
    auto cases = decidedCases(db, from, to);
    if (!cases)
        return cases.error();
    auto pauses = pausesByCase(db);
    if (!pauses)
        return pauses.error();
    const WorkingDayCalendar &cal = settings->calendar;
    static const std::vector<Pause> none;
    for (DecidedCase &c : cases.value()) {
        const auto it = pauses->find(c.caseId);
        c.workingDays = usedWorkingDays(cal, c.complete, c.decided, it == pauses->end() ? none : it->second);
        c.inTime = c.workingDays <= (c.linked ? settings->linkedLimit : settings->singleSourceLimit);
    }
    addDecided(s, cases.value(), months);
    for (auto &[month, figures] : months) {
        figures.month = month;
        s.months.push_back(figures);
    }
    std::stable_sort(s.registries.begin(), s.registries.end(), [](const RegistryFigures &a, const RegistryFigures &b) {
        return a.requested > b.requested;
    });
    QStringList open;
    for (CaseStatus st : allCaseStatuses())
        if (isOpen(st))
            open << QLatin1Char('\'') + toCode(st) + QLatin1Char('\'');
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM fv_case WHERE status IN (%1)").arg(open.join(u',')));
    if (!n)
        return n.error();
    s.open = n->toInt();
    return s;
}

} // namespace fv
