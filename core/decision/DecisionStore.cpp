#include "decision/DecisionStore.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <map>

namespace fv {
namespace {

QVariant userId(Database &db, const QString &login)
{
    if (login.isEmpty())
        return sqlNull();
    auto id = db.scalar(QStringLiteral("SELECT id FROM app_user WHERE login = ?"), {login});
    return id ? id.value() : sqlNull();
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStorage(t)) : sqlNull();
}

Status saveEntries(Database &db, qint64 decisionId, const Decision &d)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM decision_entry WHERE decision_id = ?"), {decisionId}); !r)
        return r.error();
    if (auto r = db.exec(QStringLiteral("DELETE FROM decision_condition WHERE decision_id = ?"), {decisionId}); !r)
        return r.error();
    int pos = 0;
    for (const RegistryDecision &e : d.entries) {
        auto r = db.insert(
            QStringLiteral("INSERT INTO decision_entry (decision_id, pos, registry, outcome, period_from, "
                           "period_to, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {decisionId, pos++, e.registry, toCode(e.outcome), toStorage(e.periodFrom), toStorage(e.periodTo),
             e.reason});
        if (!r)
            return r.error();
        const qint64 entryId = r.value();
        int vpos = 0;
        for (const VariableDecision &v : e.variables) {
            if (auto vr = db.exec(
                    QStringLiteral("INSERT INTO decision_variable (entry_id, pos, name, approved, reason) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {entryId, vpos++, v.name, v.approved, v.reason});
                !vr)
                return vr.error();
        }
    }
    pos = 0;
    for (const Condition &c : d.conditions) {
        if (auto r = db.exec(
                QStringLiteral("INSERT INTO decision_condition (decision_id, pos, code, text) VALUES (?, ?, ?, ?)"),
                {decisionId, pos++, c.code, c.text});
            !r)
            return r.error();
    }
    return ok();
}

// The case's decisions by id, for the rows of their child tables.
std::map<qint64, Decision *> byId(std::vector<Decision> &decisions)
{
    std::map<qint64, Decision *> out;
    for (Decision &d : decisions)
        out[d.id] = &d;
    return out;
}

// The registries of every decision of the case, with their variables: two statements for the
// whole case, not one per decision and registry (issue 13).
Status loadEntries(Database &db, qint64 caseId, std::vector<Decision> &decisions)
{
    const auto decision = byId(decisions);
    auto q = db.exec(QStringLiteral("SELECT e.id, e.decision_id, e.registry, e.outcome, e.period_from, e.period_to, "
                                    "e.reason FROM decision_entry e JOIN decision d ON d.id = e.decision_id "
                                    "WHERE d.case_id = ? ORDER BY e.decision_id, e.pos"),
                     {caseId});
    if (!q)
        return q.error();
    std::map<qint64, std::pair<Decision *, size_t>> entry; // entry id → its decision and place
    while (q->next()) {
        const auto d = decision.find(q->value(1).toLongLong());
        if (d == decision.end())
            continue;
        RegistryDecision e;
        e.registry = q->value(2).toString();
        e.outcome = outcomeFromCode(q->value(3).toString()).value_or(Outcome::Granted);
        e.periodFrom = dateFromStorage(q->value(4));
        e.periodTo = dateFromStorage(q->value(5));
        e.reason = q->value(6).toString();
        entry[q->value(0).toLongLong()] = {d->second, d->second->entries.size()};
        d->second->entries.push_back(std::move(e));
    }
    auto v = db.exec(QStringLiteral("SELECT v.entry_id, v.name, v.approved, v.reason FROM decision_variable v "
                                    "JOIN decision_entry e ON e.id = v.entry_id JOIN decision d ON d.id = "
                                    "e.decision_id WHERE d.case_id = ? ORDER BY v.entry_id, v.pos"),
                     {caseId});
    if (!v)
        return v.error();
    while (v->next())
        if (const auto e = entry.find(v->value(0).toLongLong()); e != entry.end())
            e->second.first->entries[e->second.second].variables.push_back(
                {v->value(1).toString(), v->value(2).toBool(), v->value(3).toString()});
    return ok();
}

// The conditions and the contributors of every decision of the case: two statements.
Status loadConditionsAndContributors(Database &db, qint64 caseId, std::vector<Decision> &decisions)
{
    const auto decision = byId(decisions);
    auto c = db.exec(QStringLiteral("SELECT c.decision_id, c.code, c.text FROM decision_condition c JOIN decision d "
                                    "ON d.id = c.decision_id WHERE d.case_id = ? ORDER BY c.decision_id, c.pos"),
                     {caseId});
    if (!c)
        return c.error();
    while (c->next())
        if (const auto d = decision.find(c->value(0).toLongLong()); d != decision.end())
            d->second->conditions.push_back({c->value(1).toString(), c->value(2).toString()});
    auto q = db.exec(QStringLiteral("SELECT c.decision_id, u.login, c.act, c.at FROM decision_contributor c "
                                    "JOIN app_user u ON u.id = c.user_id JOIN decision d ON d.id = c.decision_id "
                                    "WHERE d.case_id = ? ORDER BY c.decision_id, c.at, u.login"),
                     {caseId});
    if (!q)
        return q.error();
    while (q->next())
        if (const auto d = decision.find(q->value(0).toLongLong()); d != decision.end())
            d->second->contributors.push_back({q->value(1).toString(), q->value(2).toString(),
                                               QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs)});
    return ok();
}

} // namespace

Result<qint64> DecisionStore::save(Database &db, qint64 caseId, const Decision &d)
{
    const QVariantList common = {
        toCode(d.status),
        d.exemption.required,
        d.exemption.granted,
        d.exemption.legalBasis,
        d.exemption.reasons,
        d.legalBasis,
        d.reasons,
        userId(db, d.draftedBy),
        toStorage(d.draftedAt),
        userId(db, d.submittedBy),
        timeOrNull(d.submittedAt),
        userId(db, d.approvedBy),
        timeOrNull(d.approvedAt),
        d.returnComment,
        d.supersedes ? QVariant(*d.supersedes) : sqlNull(),
        d.caseworkHours,
        d.feeExemption,
        d.feeTotal ? QVariant(*d.feeTotal) : sqlNull(),
        d.feePriceFrom.isValid() ? QVariant(toStorage(d.feePriceFrom)) : sqlNull()};
    qint64 id = d.id;
    if (id == 0) {
        QVariantList values = {caseId, d.version};
        values << common;
        auto r = db.insert(
            QStringLiteral("INSERT INTO decision (case_id, version, status, exemption_required, exemption_granted, "
                           "exemption_legal_basis, exemption_reasons, legal_basis, reasons, drafted_by, drafted_at, "
                           "submitted_by, submitted_at, approved_by, approved_at, return_comment, supersedes, "
                           "casework_hours, fee_exemption, fee_total, fee_price_from) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
        if (!r)
            return r.error();
        id = r.value();
    } else {
        auto status = db.scalar(QStringLiteral("SELECT status FROM decision WHERE id = ?"), {id});
        if (!status)
            return status.error();
        if (status->toString() == toCode(DecisionStatus::Approved)
            || status->toString() == toCode(DecisionStatus::Superseded))
            return fail(QCoreApplication::translate(
                "fv::Decision", "An approved decision is locked; it can only be replaced by a new decision"));
        // The revision counts the changes of a draft (edits, a return): what an approver read.
        QVariantList values = common;
        values << toCode(d.status) << id;
        auto r = db.exec(
            QStringLiteral(
                "UPDATE decision SET status = ?, exemption_required = ?, exemption_granted = ?, "
                "exemption_legal_basis = ?, exemption_reasons = ?, legal_basis = ?, reasons = ?, "
                "drafted_by = ?, drafted_at = ?, submitted_by = ?, submitted_at = ?, approved_by = ?, "
                "approved_at = ?, return_comment = ?, supersedes = ?, casework_hours = ?, "
                "fee_exemption = ?, fee_total = ?, fee_price_from = ?, "
                "revision = revision + CASE WHEN ? = 'draft' THEN 1 ELSE 0 END WHERE id = ?"),
            values);
        if (!r)
            return r.error();
    }
    if (auto s = saveEntries(db, id, d); !s)
        return s.error();
    return id;
}

Result<std::vector<Decision>> DecisionStore::loadAll(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT d.id, d.version, d.status, d.exemption_required, d.exemption_granted, d.exemption_legal_basis, "
            "d.exemption_reasons, d.legal_basis, d.reasons, ud.login, d.drafted_at, us.login, d.submitted_at, "
            "ua.login, d.approved_at, d.return_comment, d.supersedes, ud.full_name, ua.full_name, d.casework_hours, "
            "d.fee_exemption, d.fee_total, d.fee_price_from, d.revision FROM decision d "
            "JOIN app_user ud ON ud.id = d.drafted_by LEFT JOIN app_user us ON us.id = d.submitted_by "
            "LEFT JOIN app_user ua ON ua.id = d.approved_by WHERE d.case_id = ? ORDER BY d.version"),
        {caseId});
    if (!q)
        return q.error();
    std::vector<Decision> out;
    while (q->next()) {
        Decision d;
        d.id = q->value(0).toLongLong();
        d.version = q->value(1).toInt();
        d.status = decisionStatusFromCode(q->value(2).toString()).value_or(DecisionStatus::Draft);
        d.exemption = {q->value(3).toBool(), q->value(4).toBool(), q->value(5).toString(), q->value(6).toString()};
        d.legalBasis = q->value(7).toString();
        d.reasons = q->value(8).toString();
        d.draftedBy = q->value(9).toString();
        d.draftedAt = QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs);
        d.submittedBy = q->value(11).toString();
        d.submittedAt = QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
        d.approvedBy = q->value(13).toString();
        d.approvedAt = QDateTime::fromString(q->value(14).toString(), Qt::ISODateWithMs);
        d.returnComment = q->value(15).toString();
        if (!q->value(16).isNull())
            d.supersedes = q->value(16).toLongLong();
        d.draftedByName = q->value(17).toString();
        d.approvedByName = q->value(18).toString();
        d.caseworkHours = q->value(19).toDouble();
        d.feeExemption = q->value(20).toString();
        if (!q->value(21).isNull())
            d.feeTotal = q->value(21).toInt();
        d.feePriceFrom = dateFromStorage(q->value(22));
        d.revision = q->value(23).toInt();
        out.push_back(std::move(d));
    }
    if (out.empty())
        return out;
    if (auto s = loadEntries(db, caseId, out); !s)
        return s.error();
    if (auto s = loadConditionsAndContributors(db, caseId, out); !s)
        return s.error();
    return out;
}

Status DecisionStore::addContributor(Database &db, qint64 decisionId, const QString &login, const QString &act)
{
    // ON CONFLICT DO NOTHING: both engines; the table refuses updates and deletes.
    auto r = db.exec(QStringLiteral("INSERT INTO decision_contributor (decision_id, user_id, act, at) "
                                    "SELECT ?, id, ?, ? FROM app_user WHERE login = ? ON CONFLICT DO NOTHING"),
                     {decisionId, act, toStorage(now()), login});
    return r ? ok() : Status(r.error());
}

Status DecisionStore::markSuperseded(Database &db, qint64 decisionId)
{
    auto r = db.exec(QStringLiteral("UPDATE decision SET status = ? WHERE id = ?"),
                     {toCode(DecisionStatus::Superseded), decisionId});
    return r ? ok() : Status(r.error());
}

Result<std::optional<qint64>> DecisionStore::latestApproved(Database &db, const QString &caseNumber)
{
    auto earlier = db.scalar(
        QStringLiteral("SELECT d.id FROM decision d JOIN fv_case c ON c.id = d.case_id "
                       "WHERE c.case_number = ? AND d.status = 'approved' ORDER BY d.version DESC LIMIT 1"),
        {caseNumber});
    if (!earlier)
        return earlier.error();
    if (!earlier->isValid() || earlier->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(earlier->toLongLong());
}

} // namespace fv
