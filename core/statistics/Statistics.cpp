#include "statistics/Statistics.h"

#include "Clock.h"
#include "calendar/NorwegianCalendar.h"
#include "casework/Deadlines.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace fv {
namespace {

enum class EntryOutcome : char { Granted, PartlyGranted, Refused, Forwarded, Other };

// What was decided for one registry: its place in the statistics' registry list (-1 when the
// catalogue does not have it) and the outcome.
struct Entry
{
    int registry = -1;
    EntryOutcome outcome = EntryOutcome::Other;
};

// One decided case: when it was complete and decided, and what was decided per registry.
struct DecidedCase
{
    qint64 caseId = 0;
    QDate complete;
    QDate decided;
    bool linked = false;
    std::vector<Entry> entries;
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

void bindAll(SqliteStatement &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds.at(i).toString());
}

EntryOutcome outcomeOf(QStringView text)
{
    if (text == u"granted")
        return EntryOutcome::Granted;
    if (text == u"partly-granted")
        return EntryOutcome::PartlyGranted;
    if (text == u"refused")
        return EntryOutcome::Refused;
    if (text == u"forwarded")
        return EntryOutcome::Forwarded;
    return EntryOutcome::Other;
}

// What the decided cases need of every case, read in bulk in index order: over the whole
// archive, one pass over each narrow index costs far less than looking each decided case up
// in the wide application and decision_entry rows (callgrind/perf: 356 → 155 ms of SQLite).
struct CaseFacts
{
    std::unordered_map<qint64, QDate> received; // every case with its application
    std::unordered_map<qint64, int> sources;
    std::unordered_set<qint64> linkedExternal;
};

Result<CaseFacts> caseFacts(Database &db)
{
    CaseFacts facts;
    SqliteStatement received(
        db, QStringLiteral("SELECT case_id, received FROM application INDEXED BY application_received"));
    while (received.next())
        facts.received.emplace(received.int64(0), received.date(1));
    if (auto st = received.status(); !st)
        return st.error();
    SqliteStatement sources(db, QStringLiteral("SELECT case_id, count(*) FROM data_source GROUP BY case_id"));
    while (sources.next())
        facts.sources.emplace(sources.int64(0), sources.integer(1));
    if (auto st = sources.status(); !st)
        return st.error();
    // SQLite uses the partial index only when the condition is written as the index's own.
    SqliteStatement linked(
        db,
        db.isServer()
            ? QStringLiteral("SELECT case_id FROM application WHERE has_linkage AND "
                             "linkage_external <> '[]'")
            : QStringLiteral("SELECT case_id FROM application INDEXED BY "
                             "application_linked_external WHERE has_linkage = 1 AND "
                             "linkage_external <> '[]'"));
    while (linked.next())
        facts.linkedExternal.insert(linked.int64(0));
    if (auto st = linked.status(); !st)
        return st.error();
    return facts;
}

// Each wanted decision's entries, from one pass over decision_entry.
Status readEntries(Database &db, std::unordered_map<qint64, std::vector<Entry>> &wanted,
                   const std::vector<RegistryFigures> &registries)
{
    SqliteStatement q(db, QStringLiteral("SELECT decision_id, registry, outcome FROM decision_entry"));
    while (q.next()) {
        const auto it = wanted.find(q.int64(0));
        if (it == wanted.end())
            continue;
        Entry entry;
        const QString code = q.text(1);
        const auto known = std::find_if(registries.begin(), registries.end(), [&code](const RegistryFigures &r) {
            return r.code == code;
        });
        if (known != registries.end())
            entry.registry = static_cast<int>(known - registries.begin());
        entry.outcome = outcomeOf(q.text(2));
        it->second.push_back(entry);
    }
    return q.status();
}

// The first approval of each case decided in the period (a later decision superseding it
// does not count the case twice).
Result<std::vector<DecidedCase>> decidedCases(Database &db, const QDate &from, const QDate &to,
                                              const std::vector<RegistryFigures> &registries)
{
    auto facts = caseFacts(db);
    if (!facts)
        return facts.error();
    QVariantList binds;
    const QString period = periodCondition(QStringLiteral("substr(d.approved_at, 1, 10)"), from, to, binds);
    // The decision columns come from an index (decision_approved): the wide decision rows are
    // never read. Raw statements: Qt's per-value QVariant handling cost more than SQLite's work.
    SqliteStatement q(
        db,
        QStringLiteral("SELECT d.case_id, d.id, c.completed_on, substr(d.approved_at, 1, 10) FROM decision "
                       "d INDEXED BY decision_approved JOIN fv_case c ON c.id = d.case_id WHERE "
                       "d.approved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decision p INDEXED BY "
                       "decision_approved WHERE p.case_id = d.case_id AND p.approved_at IS NOT NULL AND "
                       "p.version < d.version)")
            + period);
    if (auto st = q.status(); !st)
        return st.error();
    bindAll(q, binds);
    std::vector<DecidedCase> out;
    std::vector<qint64> decisions;
    while (q.next()) {
        const auto received = facts->received.find(q.int64(0));
        if (received == facts->received.end())
            continue; // no application: not a case the statistics count
        DecidedCase c;
        c.caseId = q.int64(0);
        c.complete = q.isNull(2) ? received->second : q.date(2);
        c.decided = q.date(3);
        const auto sources = facts->sources.find(c.caseId);
        c.linked = (sources != facts->sources.end() && sources->second > 1) || facts->linkedExternal.count(c.caseId);
        decisions.push_back(q.int64(1));
        out.push_back(std::move(c));
    }
    if (auto st = q.status(); !st)
        return st.error();
    std::unordered_map<qint64, std::vector<Entry>> entries;
    for (qint64 id : decisions)
        entries[id];
    if (auto st = readEntries(db, entries, registries); !st)
        return st.error();
    for (size_t i = 0; i < out.size(); ++i)
        out[i].entries = std::move(entries[decisions[i]]);
    return out;
}

// The dialogue's pauses of every case, from the requests for information.
Result<std::unordered_map<qint64, std::vector<Pause>>> pausesByCase(Database &db)
{
    SqliteStatement q(db, QStringLiteral("SELECT case_id, requested_on, answered_on FROM info_request"));
    if (auto st = q.status(); !st)
        return st.error();
    std::unordered_map<qint64, std::vector<Pause>> out;
    while (q.next())
        out[q.int64(0)].push_back({q.date(1), q.date(2)});
    if (auto st = q.status(); !st)
        return st.error();
    return out;
}

// A month as a number, yyyymm: the map of months is keyed by it, the text made once at the end.
int monthNumber(const QDate &d)
{
    return d.year() * 100 + d.month();
}

Status countReceived(Database &db, Statistics &s, std::map<int, MonthFigures> &months)
{
    QVariantList binds;
    const QString period = periodCondition(QStringLiteral("received"), s.from, s.to, binds);
    // Per day from the received index, in its order (no sort), then per month here.
    SqliteStatement q(
        db,
        QStringLiteral("SELECT received, count(*) FROM application INDEXED BY application_received "
                       "WHERE 1 = 1%1 GROUP BY received")
            .arg(period));
    if (auto st = q.status(); !st)
        return st.error();
    bindAll(q, binds);
    while (q.next()) {
        const int n = q.integer(1);
        months[monthNumber(q.date(0))].received += n;
        s.received += n;
    }
    if (auto st = q.status(); !st)
        return st.error();
    // Without a period every requested source counts; with one, those of applications in it.
    const QString requestedPeriod = binds.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE case_id IN (SELECT case_id FROM application WHERE 1 = 1%1)").arg(period);
    SqliteStatement r(
        db, QStringLiteral("SELECT registry, count(*) FROM data_source%1 GROUP BY 1").arg(requestedPeriod));
    if (auto st = r.status(); !st)
        return st.error();
    bindAll(r, binds);
    while (r.next()) {
        const QString code = r.text(0);
        for (RegistryFigures &f : s.registries)
            if (f.code == code)
                f.requested = r.integer(1);
    }
    return r.status();
}

QString overallOutcome(const std::vector<Entry> &entries)
{
    int decided = 0;
    int granted = 0;
    int refused = 0;
    for (const Entry &e : entries) {
        if (e.outcome == EntryOutcome::Forwarded)
            continue;
        ++decided;
        granted += e.outcome == EntryOutcome::Granted ? 1 : 0;
        refused += e.outcome == EntryOutcome::Refused ? 1 : 0;
    }
    if (decided == 0 || refused == decided)
        return QStringLiteral("refused");
    return granted == decided ? QStringLiteral("granted") : QStringLiteral("partly-granted");
}

void addDecided(Statistics &s, std::vector<DecidedCase> &cases, std::map<int, MonthFigures> &months)
{
    std::vector<TimeCollector> byRegistry(s.registries.size());
    std::map<QString, TimeCollector> byOutcome;
    std::map<QString, int> outcomeCounts;
    TimeCollector all;
    for (DecidedCase &c : cases) {
        ++months[monthNumber(c.decided)].decided;
        all.add(c);
        const QString overall = overallOutcome(c.entries);
        byOutcome[overall].add(c);
        ++outcomeCounts[overall];
        for (const Entry &e : c.entries) {
            if (e.registry < 0)
                continue;
            byRegistry[static_cast<size_t>(e.registry)].add(c);
            RegistryFigures &f = s.registries[static_cast<size_t>(e.registry)];
            ++f.decided;
            f.granted += e.outcome == EntryOutcome::Granted;
            f.partlyGranted += e.outcome == EntryOutcome::PartlyGranted;
            f.refused += e.outcome == EntryOutcome::Refused;
            f.forwarded += e.outcome == EntryOutcome::Forwarded;
        }
    }
    s.decided = static_cast<int>(cases.size());
    s.times = all.result();
    for (size_t i = 0; i < s.registries.size(); ++i)
        s.registries[i].times = byRegistry[i].result();
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
    std::map<int, MonthFigures> months;
    if (auto st = countReceived(db, s, months); !st)
        return st.error();
    auto cases = decidedCases(db, from, to, s.registries);
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
    if (auto st = addDeliveryTimes(db, s); !st)
        return st.error();
    for (auto &[month, figures] : months) {
        figures.month =
            QStringLiteral("%1-%2").arg(month / 100, 4, 10, QLatin1Char('0')).arg(month % 100, 2, 10, QLatin1Char('0'));
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
