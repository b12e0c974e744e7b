#include "decision/Practice.h"

#include "Clock.h"
#include "decision/DecisionStore.h"
#include "storage/Database.h"

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
};

// Stage one, in SQL over the index of entries by registry: the approved decisions sharing a
// registry, the closest registry sets first and the newest among equals.
Result<std::vector<Candidate>> candidates(Database &db, const PracticeQuery &query, const QStringList &registries)
{
    const QString in = placeholders(registries.size());
    const QString sql =
        QStringLiteral(
            "SELECT d.id, d.case_id, COUNT(*), SUM(CASE WHEN e.registry IN (%1) THEN 1 ELSE 0 END) AS shared "
            "FROM (SELECT DISTINCT decision_id FROM decision_entry WHERE registry IN (%1)) hit "
            "JOIN decision d ON d.id = hit.decision_id JOIN decision_entry e ON e.decision_id = d.id "
            "WHERE d.status = 'approved' AND d.case_id <> ? GROUP BY d.id, d.case_id, d.approved_at "
            "ORDER BY CAST(shared AS REAL) / (COUNT(*) + ? - shared) DESC, d.approved_at DESC, d.id DESC LIMIT ?")
            .arg(in);
    QVariantList bindings;
    for (const QString &r : registries)
        bindings << r;
    for (const QString &r : registries)
        bindings << r;
    bindings << query.caseId << registries.size() << Practice::candidatePool;
    auto q = db.exec(sql, bindings);
    if (!q)
        return q.error();
    std::vector<Candidate> out;
    while (q->next()) {
        Candidate c;
        c.decisionId = q->value(0).toLongLong();
        c.caseId = q->value(1).toLongLong();
        c.registries = q->value(2).toInt();
        c.sharedRegistries = q->value(3).toInt();
        out.push_back(c);
    }
    return out;
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

// The case, application and approval date of each candidate, scored.
Result<std::vector<PracticeMatch>> score(Database &db, const PracticeQuery &query, const std::vector<Candidate> &found,
                                         int wantedVariables)
{
    QVariantList ids;
    std::map<qint64, const Candidate *> byId;
    for (const Candidate &c : found) {
        ids << c.decisionId;
        byId[c.decisionId] = &c;
    }
    auto q = db.exec(
        QStringLiteral("SELECT d.id, c.case_number, a.title, a.purpose, a.identifiability, d.approved_at "
                       "FROM decision d JOIN fv_case c ON c.id = d.case_id "
                       "JOIN application a ON a.case_id = d.case_id WHERE d.id IN (%1)")
            .arg(placeholders(ids.size())),
        ids);
    if (!q)
        return q.error();
    const QDate asOf = query.asOf.isValid() ? query.asOf : today();
    const int wantedRegistries = static_cast<int>(query.wanted.size());
    std::vector<PracticeMatch> out;
    while (q->next()) {
        const Candidate &c = *byId.at(q->value(0).toLongLong());
        PracticeMatch m;
        m.decisionId = c.decisionId;
        m.caseNumber = q->value(1).toString();
        m.title = q->value(2).toString();
        m.purpose = q->value(3).toString();
        m.approvedOn = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs).date();
        m.samePurpose = !query.purpose.isEmpty() && m.purpose == query.purpose;
        const bool sameKind = !query.identifiability.isEmpty() && q->value(4).toString() == query.identifiability;
        m.registrySimilarity = jaccard(c.sharedRegistries, wantedRegistries, c.registries);
        m.variableSimilarity = jaccard(c.sharedVariables, wantedVariables, c.variables);
        const double age = std::max<qint64>(0, m.approvedOn.daysTo(asOf));
        const double recency = std::exp2(-age / recencyHalfLifeDays);
        m.score = registryWeight * m.registrySimilarity + variableWeight * m.variableSimilarity
            + purposeWeight * ((m.samePurpose ? 0.7 : 0.0) + (sameKind ? 0.3 : 0.0)) + recencyWeight * recency;
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const PracticeMatch &a, const PracticeMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.approvedOn != b.approvedOn)
            return a.approvedOn > b.approvedOn;
        return a.decisionId > b.decisionId;
    });
    return out;
}

// Each shown match's outcomes, reasons and conditions, read as the decision store reads them.
Status fillContent(Database &db, const PracticeQuery &query, PracticeMatch &m)
{
    auto caseId = db.scalar(QStringLiteral("SELECT case_id FROM decision WHERE id = ?"), {m.decisionId});
    if (!caseId)
        return caseId.error();
    auto all = DecisionStore::loadAll(db, caseId->toLongLong());
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
    auto found = candidates(db, query, registries);
    if (!found)
        return found.error();
    if (found->empty())
        return std::vector<PracticeMatch>();
    if (auto s = countVariables(db, query, found.value()); !s)
        return s.error();
    auto ranked = score(db, query, found.value(), wantedVariables);
    if (!ranked)
        return ranked.error();
    std::vector<PracticeMatch> &matches = ranked.value();
    if (matches.size() > static_cast<size_t>(query.limit))
        matches.resize(static_cast<size_t>(query.limit));
    for (PracticeMatch &m : matches)
        if (auto s = fillContent(db, query, m); !s)
            return s.error();
    return std::move(matches);
}

} // namespace fv
