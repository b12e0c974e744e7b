#include "decision/DecisionService.h"

#include "Clock.h"
#include "casework/CaseVersion.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionStore.h"
#include "decision/Fees.h"
#include "decision/StandardTexts.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fv {

struct DecisionService::Current
{
    CaseRecord record;
    Decision decision;
};

DecisionService::DecisionService(CaseService &cases) : m_cases(cases)
{}

Decision DecisionService::buildDraft(const Application &app, const std::vector<StandardCondition> &library)
{
    const Language lang = app.language;
    const bool anonymous = app.identifiability == Identifiability::Anonymous;
    Decision d;
    for (const DataSource &s : app.dataSources) {
        RegistryDecision e;
        e.registry = s.registry;
        e.periodFrom = s.periodFrom;
        e.periodTo = s.periodTo;
        for (const QString &v : s.variables)
            e.variables.push_back({v, true, {}});
        d.entries.push_back(std::move(e));
    }
    d.exemption.required = !anonymous;
    d.exemption.granted = !anonymous;
    if (!anonymous) {
        d.exemption.legalBasis = standardText(QStringLiteral("exemptionBasis"), app, lang);
        d.exemption.reasons = standardText(QStringLiteral("exemptionReasons"), app, lang);
    }
    d.legalBasis = standardText(
        anonymous ? QStringLiteral("legalBasisAnonymous") : QStringLiteral("legalBasis"), app, lang);
    d.reasons = standardText(QStringLiteral("reasons"), app, lang);
    for (const StandardCondition &c : library)
        d.conditions.push_back({c.code, conditionText(c, app, lang)});
    return d;
}

Result<DecisionService::Current> DecisionService::current(const QString &caseNumber)
{
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    const Decision *d = rec->currentDecision();
    if (!d)
        return fail(QStringLiteral("case %1 has no decision draft; make one with 'draft'").arg(caseNumber), caseNumber);
    Decision copy = *d;
    return Current{std::move(rec.value()), std::move(copy)};
}

Result<Decision> DecisionService::draft(const QString &caseNumber)
{
    const User &actor = m_cases.actor();
    if (!actor.has(Role::Adviser) && !actor.has(Role::Lawyer))
        return fail(
            QStringLiteral("%1 may not draft decisions: that needs the role adviser or lawyer").arg(actor.login));
    Database &db = m_cases.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    auto library = ConditionLibrary::load(db);
    if (!library)
        return library.error();
    Decision d = buildDraft(rec->application, library.value());
    // Registries forwarded to their registry managers are decided there, not here.
    for (const Forwarding &f : rec->casework.forwardings)
        for (RegistryDecision &e : d.entries)
            if (!f.wholeCase() && e.registry == f.registry) {
                e.outcome = Outcome::Forwarded;
                e.reason = f.reason;
            }
    const Decision *previous = rec->currentDecision();
    if (previous) {
        d.version = previous->version + 1;
        if (previous->status == DecisionStatus::Approved)
            d.supersedes = previous->id;
    } else if (!rec->changeOfCaseNumber.isEmpty()) {
        // A change application's decision replaces the earlier case's approved decision.
        auto earlier = db.scalar(
            QStringLiteral("SELECT d.id FROM decision d JOIN fv_case c ON c.id = d.case_id "
                           "WHERE c.case_number = ? AND d.status = 'approved' ORDER BY d.version DESC LIMIT 1"),
            {rec->changeOfCaseNumber});
        if (!earlier)
            return earlier.error();
        if (earlier->isValid())
            d.supersedes = earlier->toLongLong();
    }
    d.draftedBy = actor.login;
    d.draftedAt = now();
    if (auto s = m_cases.applyAction(
            rec->summary.id, CaseAction::Draft,
            QStringLiteral("decision draft %1 made with %2 registries").arg(d.version).arg(d.entries.size()));
        !s)
        return Error{s.error().message, caseNumber};
    auto id = DecisionStore::save(db, rec->summary.id, d);
    if (!id)
        return id.error();
    d.id = id.value();
    if (auto c = tx.commit(); !c)
        return c.error();
    return d;
}

Status DecisionService::saveDraft(const QString &caseNumber, const Decision &edited,
                                  std::optional<qint64> expectedVersion)
{
    Database &db = m_cases.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto cur = current(caseNumber);
    if (!cur)
        return cur.error();
    if (expectedVersion) {
        if (auto s = requireCaseVersion(db, cur->record.summary.id, *expectedVersion); !s)
            return s;
    }
    if (cur->decision.status != DecisionStatus::Draft)
        return fail(QStringLiteral("the decision is %1 and can no longer be edited").arg(toCode(cur->decision.status)),
                    caseNumber);
    const User &actor = m_cases.actor();
    if (!actor.has(Role::Adviser) && !actor.has(Role::Lawyer))
        return fail(
            QStringLiteral("%1 may not edit decisions: that needs the role adviser or lawyer").arg(actor.login));
    Decision d = edited;
    d.id = cur->decision.id;
    d.version = cur->decision.version;
    d.status = DecisionStatus::Draft;
    d.draftedBy = cur->decision.draftedBy;
    d.draftedAt = cur->decision.draftedAt;
    d.supersedes = cur->decision.supersedes;
    if (auto id = DecisionStore::save(db, cur->record.summary.id, d); !id)
        return id.error();
    if (auto s = AuditLog::append(db, cur->record.summary.id, actor.login, QStringLiteral("decision-edited"),
                                  QStringLiteral("draft %1 edited").arg(d.version));
        !s)
        return s;
    return tx.commit();
}

Status DecisionService::submit(const QString &caseNumber)
{
    const User &actor = m_cases.actor();
    if (!actor.has(Role::Adviser) && !actor.has(Role::Lawyer))
        return fail(
            QStringLiteral("%1 may not submit decisions: that needs the role adviser or lawyer").arg(actor.login));
    Database &db = m_cases.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto cur = current(caseNumber);
    if (!cur)
        return cur.error();
    if (auto s = m_cases.applyAction(cur->record.summary.id, CaseAction::Submit,
                                     QStringLiteral("decision %1 submitted for approval").arg(cur->decision.version));
        !s)
        return Error{s.error().message, caseNumber};
    // Every required legal-assessment item must be settled before a second person looks at it.
    if (const QStringList open = cur->record.casework.assessment.unsettledRequired(); !open.isEmpty())
        return fail(QStringLiteral("the draft cannot go for approval while the legal assessment is unsettled for: %1 "
                                   "(record each with 'assess CASE ITEM RESULT')")
                        .arg(open.join(QStringLiteral(", "))),
                    caseNumber);
    cur->decision.status = DecisionStatus::Submitted;
    cur->decision.submittedBy = actor.login;
    cur->decision.submittedAt = now();
    if (auto id = DecisionStore::save(db, cur->record.summary.id, cur->decision); !id)
        return id.error();
    return tx.commit();
}

Status DecisionService::approve(const QString &caseNumber, std::optional<qint64> expectedVersion)
{
    const User &actor = m_cases.actor();
    if (auto s = requireRole(actor, Role::DecisionMaker, QStringLiteral("approve decisions")); !s)
        return Error{s.error().message, caseNumber};
    Database &db = m_cases.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto cur = current(caseNumber);
    if (!cur)
        return cur.error();
    if (expectedVersion) {
        if (auto s = requireCaseVersion(db, cur->record.summary.id, *expectedVersion); !s)
            return s;
    }
    Decision &d = cur->decision;
    if (d.draftedBy == actor.login)
        return fail(QStringLiteral("%1 drafted this decision and may not approve it: a second person must approve "
                                   "(the four-eyes principle)")
                        .arg(actor.login),
                    caseNumber);
    if (auto s = m_cases.applyAction(
            cur->record.summary.id, CaseAction::Approve, QStringLiteral("decision %1 approved").arg(d.version));
        !s)
        return Error{s.error().message, caseNumber};
    // The decision this one supersedes is kept, marked as superseded.
    if (d.supersedes) {
        if (auto r = db.exec(QStringLiteral("UPDATE decision SET status = ? WHERE id = ?"),
                             {toCode(DecisionStatus::Superseded), *d.supersedes});
            !r)
            return r.error();
    }
    d.status = DecisionStatus::Approved;
    d.approvedBy = actor.login;
    d.approvedAt = now();
    // The fee is fixed with the prices in force on the day of the decision.
    auto prices = PriceTables::on(db, today());
    if (!prices)
        return prices.error();
    const auto exemption = feeExemptionFromCode(d.feeExemption).value_or(FeeExemption::None);
    d.feeTotal = computeFee(prices.value(), static_cast<int>(d.entries.size()), d.caseworkHours, exemption).total;
    d.feePriceFrom = prices->validFrom;
    if (auto id = DecisionStore::save(db, cur->record.summary.id, d); !id)
        return id.error();
    return tx.commit();
}

Status DecisionService::returnDraft(const QString &caseNumber, const QString &comment)
{
    const User &actor = m_cases.actor();
    if (auto s = requireRole(actor, Role::DecisionMaker, QStringLiteral("return decisions")); !s)
        return Error{s.error().message, caseNumber};
    if (comment.trimmed().isEmpty())
        return fail(QStringLiteral("say why the draft goes back: --text is required"), caseNumber);
    Database &db = m_cases.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto cur = current(caseNumber);
    if (!cur)
        return cur.error();
    if (auto s = m_cases.applyAction(
            cur->record.summary.id, CaseAction::Return,
            QStringLiteral("decision %1 returned: %2").arg(cur->decision.version).arg(comment.trimmed()));
        !s)
        return Error{s.error().message, caseNumber};
    cur->decision.status = DecisionStatus::Draft;
    cur->decision.returnComment = comment.trimmed();
    cur->decision.submittedBy.clear();
    cur->decision.submittedAt = {};
    if (auto id = DecisionStore::save(db, cur->record.summary.id, cur->decision); !id)
        return id.error();
    return tx.commit();
}

} // namespace fv
