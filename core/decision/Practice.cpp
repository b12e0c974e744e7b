#include "decision/Practice.h"

#include "Clock.h"
#include "decision/DecisionStore.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace fv {
namespace {

// The score's weights: registries and variables decide closeness, the purpose and the kind of
// data refine it, and age breaks ties between equally close decisions (half-life two years).
constexpr double registryWeight = 0.35;
constexpr double variableWeight = 0.35;
constexpr double purposeWeight = 0.15;
constexpr double recencyWeight = 0.15;
constexpr double recencyHalfLifeDays = 730;

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

double jaccard(int shared, int mine, int theirs)
{
    const int together = mine + theirs - shared;
    return together > 0 ? static_cast<double>(shared) / together : 0.0;
}

struct Candidate
{
    qint64 decisionId = 0;
    qint64 caseId = 0;
    int registries = 0;
    int sharedRegistries = 0;
    int variables = 0;
    int sharedVariables = 0;
    QDate approvedOn;
    double score = 0; // without the purpose until it is known
};

// Whether `a` shares a larger part of its registries with the query (Jaccard, compared without
// division) or, as close, is newer (a higher id).
bool closer(const Candidate &a, const Candidate &b, int mine)
{
    const qint64 left = qint64(a.sharedRegistries) * (b.registries + mine - b.sharedRegistries);
    const qint64 right = qint64(b.sharedRegistries) * (a.registries + mine - a.sharedRegistries);
    return left != right ? left > right : a.decisionId > b.decisionId;
}

// Stage one: every decision's registry set against the query's, in one pass over the index of
// entries by decision, newest first (SQLite's own statement: Qt's per-value handling would cost
// more than the scan). Keeps the `keep` closest; stops as soon as they all have exactly the
// query's registries, since nothing older can then come closer.
Result<std::vector<Candidate>> closestRegistrySets(Database &db, const QStringList &registries, size_t keep)
{
    SqliteStatement scan(
        db,
        QStringLiteral("SELECT decision_id, registry IN (%1) FROM decision_entry "
                       "ORDER BY decision_id DESC")
            .arg(placeholders(registries.size())));
    for (int i = 0; i < registries.size(); ++i)
        scan.bind(i + 1, registries[i]);
    if (auto s = scan.status(); !s)
        return s.error();
    const int mine = static_cast<int>(registries.size());
    const auto worseFirst = [mine](const Candidate &a, const Candidate &b) { return closer(a, b, mine); };
    std::vector<Candidate> heap; // the worst kept candidate on top
    const auto offer = [&](const Candidate &c) {
        if (c.sharedRegistries == 0)
            return;
        if (heap.size() < keep) {
            heap.push_back(c);
            std::push_heap(heap.begin(), heap.end(), worseFirst);
        } else if (closer(c, heap.front(), mine)) {
            std::pop_heap(heap.begin(), heap.end(), worseFirst);
            heap.back() = c;
            std::push_heap(heap.begin(), heap.end(), worseFirst);
        }
    };
    const auto allExact = [&] {
        const Candidate &w = heap.front();
        return heap.size() == keep && w.sharedRegistries == mine && w.registries == mine;
    };
    Candidate current;
    while (scan.next()) {
        const qint64 id = scan.int64(0);
        if (id != current.decisionId) {
            offer(current);
            current = Candidate{};
            if (!heap.empty() && allExact())
                break;
            current.decisionId = id;
        }
        ++current.registries;
        current.sharedRegistries += scan.integer(1);
    }
    if (auto s = scan.status(); !s)
        return s.error();
    offer(current);
    std::sort(heap.begin(), heap.end(), worseFirst);
    return heap;
}

// Only approved decisions of other cases, with their dates; at most the pool.
Status keepApproved(Database &db, const PracticeQuery &query, std::vector<Candidate> &found)
{
    if (found.empty()) // no IN () on the server
        return ok();
    // "status || ''": by the ids (primary key), not through SQLite's index of every approved
    // decision (an expression no index covers; the same on both engines).
    QVariantList bindings = {query.caseId};
    for (const Candidate &c : found)
        bindings << c.decisionId;
    auto q = db.exec(QStringLiteral("SELECT id, case_id, approved_at FROM decision WHERE status || '' = 'approved' "
                                    "AND case_id <> ? AND id IN (%1)")
                         .arg(placeholders(static_cast<qsizetype>(found.size()))),
                     bindings);
    if (!q)
        return q.error();
    std::map<qint64, std::pair<qint64, QDate>> approved;
    while (q->next())
        approved[q->value(0).toLongLong()] = {
            q->value(1).toLongLong(), QDate::fromString(q->value(2).toString().left(10), Qt::ISODate)};
    std::vector<Candidate> out;
    for (Candidate &c : found) {
        const auto it = approved.find(c.decisionId);
        if (it == approved.end())
            continue;
        std::tie(c.caseId, c.approvedOn) = it->second;
        out.push_back(c);
        if (out.size() == size_t(Practice::candidatePool))
            break;
    }
    found = std::move(out);
    return ok();
}

// Stage two: how many of each candidate's requested variables the query also asks for.
Status countVariables(Database &db, const PracticeQuery &query, std::vector<Candidate> &found)
{
    QStringList pairs;
    for (const auto &[registry, variables] : query.wanted)
        for (const QString &v : variables)
            pairs << registry + QLatin1Char('/') + v;
    QVariantList bindings;
    for (const QString &p : pairs)
        bindings << p;
    for (const Candidate &c : found)
        bindings << c.decisionId;
    const QString sharedExpr = pairs.isEmpty()
        ? QStringLiteral("0")
        : QStringLiteral("SUM(CASE WHEN e.registry || '/' || v.name IN (%1) THEN 1 ELSE 0 END)")
              .arg(placeholders(pairs.size()));
    auto q = db.exec(
        QStringLiteral("SELECT e.decision_id, COUNT(*), %1 FROM decision_entry e "
                       "JOIN decision_variable v ON v.entry_id = e.id "
                       "WHERE e.decision_id IN (%2) GROUP BY e.decision_id")
            .arg(sharedExpr, placeholders(static_cast<qsizetype>(found.size()))),
        bindings);
    if (!q)
        return q.error();
    std::map<qint64, std::pair<int, int>> counts;
    while (q->next())
        counts[q->value(0).toLongLong()] = {q->value(1).toInt(), q->value(2).toInt()};
    for (Candidate &c : found) {
        const auto it = counts.find(c.decisionId);
        if (it != counts.end())
            std::tie(c.variables, c.sharedVariables) = it->second;
    }
    return ok();
}

// Stage three: the score. The purpose is read (from the wide application rows) only for the
// candidates it could still lift into the answer.
Result<std::vector<PracticeMatch>> rank(Database &db, const PracticeQuery &query, std::vector<Candidate> &found,
                                        int wantedVariables)
{
    const QDate asOf = query.asOf.isValid() ? query.asOf : today();
    const int wantedRegistries = static_cast<int>(query.wanted.size());
    for (Candidate &c : found) {
        const double age = std::max<qint64>(0, c.approvedOn.daysTo(asOf));
        c.score = registryWeight * jaccard(c.sharedRegistries, wantedRegistries, c.registries)
            + variableWeight * jaccard(c.sharedVariables, wantedVariables, c.variables)
            + recencyWeight * std::exp2(-age / recencyHalfLifeDays);
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    const size_t shown = std::min(found.size(), size_t(query.limit));
    const double bar = found[shown - 1].score;
    QVariantList ids;
    for (const Candidate &c : found)
        if (c.score + purposeWeight >= bar)
            ids << c.caseId;
    auto q = db.exec(QStringLiteral("SELECT case_id, purpose, identifiability FROM application WHERE case_id IN (%1)")
                         .arg(placeholders(ids.size())),
                     ids);
    if (!q)
        return q.error();
    std::map<qint64, std::pair<QString, QString>> purposes;
    while (q->next())
        purposes[q->value(0).toLongLong()] = {q->value(1).toString(), q->value(2).toString()};
    std::vector<PracticeMatch> out;
    for (const Candidate &c : found) {
        const auto it = purposes.find(c.caseId);
        if (it == purposes.end())
            continue; // cannot reach the answer
        PracticeMatch m;
        m.decisionId = c.decisionId;
        m.approvedOn = c.approvedOn;
        m.purpose = it->second.first;
        m.samePurpose = !query.purpose.isEmpty() && m.purpose == query.purpose;
        const bool sameKind = !query.identifiability.isEmpty() && it->second.second == query.identifiability;
        m.registrySimilarity = jaccard(c.sharedRegistries, wantedRegistries, c.registries);
        m.variableSimilarity = jaccard(c.sharedVariables, wantedVariables, c.variables);
        m.score = c.score + purposeWeight * ((m.samePurpose ? 0.7 : 0.0) + (sameKind ? 0.3 : 0.0));
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const PracticeMatch &a, const PracticeMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.approvedOn != b.approvedOn)
            return a.approvedOn > b.approvedOn;
        return a.decisionId > b.decisionId;
    });
    if (out.size() > shown)
        out.resize(shown);
    return out;
}

// Each shown match's case, outcomes, reasons and conditions, read as the decision store reads them.
Status fillContent(Database &db, const PracticeQuery &query, PracticeMatch &m)
{
    auto head = db.exec(
        QStringLiteral("SELECT d.case_id, c.case_number, a.title FROM decision d "
                       "JOIN fv_case c ON c.id = d.case_id JOIN application a ON a.case_id = d.case_id "
                       "WHERE d.id = ?"),
        {m.decisionId});
    if (!head)
        return head.error();
    if (!head->next())
        return ok();
    m.caseNumber = head->value(1).toString();
    m.title = head->value(2).toString();
    auto all = DecisionStore::loadAll(db, head->value(0).toLongLong());
    if (!all)
        return all.error();
    for (Decision &d : all.value()) {
        if (d.id != m.decisionId)
            continue;
        m.overall = d.overall();
        m.entries = std::move(d.entries);
        m.reasons = std::move(d.reasons);
        m.conditions = std::move(d.conditions);
    }
    for (const RegistryDecision &e : m.entries)
        if (query.wanted.count(e.registry))
            m.sharedRegistries << e.registry;
    return ok();
}

} // namespace

Result<PracticeQuery> Practice::queryForCase(Database &db, const QString &caseNumber)
{
    auto head = db.exec(QStringLiteral("SELECT c.id, a.purpose, a.identifiability FROM fv_case c "
                                       "JOIN application a ON a.case_id = c.id WHERE c.case_number = ?"),
                        {caseNumber});
    if (!head)
        return head.error();
    if (!head->next())
        return fail(QCoreApplication::translate("fv::Casework", "No case has the number %1").arg(caseNumber),
                    caseNumber);
    PracticeQuery query;
    query.caseId = head->value(0).toLongLong();
    query.purpose = head->value(1).toString();
    query.identifiability = head->value(2).toString();
    auto sources = db.exec(
        QStringLiteral("SELECT s.registry, v.name FROM data_source s "
                       "LEFT JOIN data_source_variable v ON v.data_source_id = s.id "
                       "WHERE s.case_id = ? ORDER BY s.pos, v.pos"),
        {query.caseId});
    if (!sources)
        return sources.error();
    while (sources->next()) {
        QStringList &variables = query.wanted[sources->value(0).toString()];
        if (!sources->value(1).isNull())
            variables << sources->value(1).toString();
    }
    return query;
}

Result<std::vector<PracticeMatch>> Practice::find(Database &db, const PracticeQuery &query)
{
    QStringList registries;
    int wantedVariables = 0;
    for (const auto &[registry, variables] : query.wanted) {
        registries << registry;
        wantedVariables += static_cast<int>(QSet<QString>(variables.begin(), variables.end()).size());
    }
    if (registries.isEmpty() || query.limit < 1)
        return std::vector<PracticeMatch>();
    // Drafts and submissions are a few hundred at most: twice the pool leaves enough approved.
    auto found = closestRegistrySets(db, registries, size_t(2 * candidatePool));
    if (!found)
        return found.error();
    if (auto s = keepApproved(db, query, found.value()); !s)
        return s.error();
    if (found->empty())
        return std::vector<PracticeMatch>();
    if (auto s = countVariables(db, query, found.value()); !s)
        return s.error();
    auto ranked = rank(db, query, found.value(), wantedVariables);
    if (!ranked)
        return ranked.error();
    std::vector<PracticeMatch> &matches = ranked.value();
    for (PracticeMatch &m : matches)
        if (auto s = fillContent(db, query, m); !s)
            return s.error();
    return std::move(matches);
}

} // namespace fv
