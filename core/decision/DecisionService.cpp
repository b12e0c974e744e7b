#include "decision/DecisionService.h"

#include "Clock.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionStore.h"
#include "decision/Fees.h"
#include "decision/StandardTexts.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace fv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fv::Decision", text);
}

} // namespace

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

Result<Decision> DecisionService::draft(const QString &caseNumber)
{
    Database &db = m_cases.database();
    Decision made;
    Status s = Operation(m_cases, Action::DraftDecision).run(caseNumber, [&](CaseRecord &rec, const User &actor) {
        auto library = ConditionLibrary::load(db);
        if (!library)
            return Status(library.error());
        Decision d = buildDraft(rec.application, library.value());
        // Registries forwarded to their registry managers are decided there, not here.
        for (const Forwarding &f : rec.casework.forwardings)
            for (RegistryDecision &e : d.entries)
                if (!f.wholeCase() && e.registry == f.registry) {
                    e.outcome = Outcome::Forwarded;
                    e.reason = f.reason;
                }
        if (const Decision *previous = rec.currentDecision()) {
            d.version = previous->version + 1;
            if (previous->status == DecisionStatus::Approved)
                d.supersedes = previous->id;
        } else if (!rec.changeOfCaseNumber.isEmpty()) {
            // A change application's decision replaces the earlier case's approved decision.
            auto earlier = DecisionStore::latestApproved(db, rec.changeOfCaseNumber);
            if (!earlier)
                return Status(earlier.error());
            d.supersedes = earlier.value();
        }
        d.draftedBy = actor.login;
        d.draftedAt = now();
        if (auto a = m_cases.applyAction(
                rec.summary.id, CaseAction::Draft,
                QStringLiteral("decision draft %1 made with %2 registries").arg(d.version).arg(d.entries.size()));
            !a)
            return a;
        auto id = DecisionStore::save(db, rec.summary.id, d);
        if (!id)
            return Status(id.error());
        d.id = id.value();
        made = d;
        return DecisionStore::addContributor(db, d.id, actor.login, QStringLiteral("drafted"));
    });
    if (!s)
        return s.error();
    return made;
}

Status DecisionService::storeEdit(const CaseRecord &record, const User &actor, Decision d)
{
    // What an editor cannot change is taken from the stored draft, never from the editor's copy:
    // an edit made from an older copy must not erase a return comment written since.
    const Decision &stored = *record.currentDecision();
    d.id = stored.id;
    d.version = stored.version;
    d.revision = stored.revision;
    d.status = DecisionStatus::Draft;
    d.draftedBy = stored.draftedBy;
    d.draftedAt = stored.draftedAt;
    d.submittedBy.clear();
    d.submittedAt = {};
    d.approvedBy.clear();
    d.approvedAt = {};
    d.returnComment = stored.returnComment;
    d.supersedes = stored.supersedes;
    d.feeTotal = stored.feeTotal;
    d.feePriceFrom = stored.feePriceFrom;
    normalise(d);
    Database &db = m_cases.database();
    if (auto id = DecisionStore::save(db, record.summary.id, d); !id)
        return id.error();
    if (auto s = DecisionStore::addContributor(db, d.id, actor.login, QStringLiteral("edited")); !s)
        return s;
    return AuditLog::append(db, record.summary.id, actor.login, QStringLiteral("decision-edited"),
                            QStringLiteral("draft %1 edited (revision %2)").arg(d.version).arg(d.revision + 1));
}

Status DecisionService::saveDraft(const QString &caseNumber, const Decision &edited,
                                  std::optional<qint64> expectedVersion)
{
    Operation op(m_cases, Action::EditDecision);
    op.seen({expectedVersion, std::nullopt});
    return op.run(caseNumber, [&](CaseRecord &rec, const User &actor) { return storeEdit(rec, actor, edited); });
}

Status DecisionService::editDraft(const QString &caseNumber, const Edit &edit, const Seen &seen)
{
    Operation op(m_cases, Action::EditDecision);
    op.seen(seen);
    return op.run(caseNumber, [&](CaseRecord &rec, const User &actor) -> Status {
        Decision d = *rec.currentDecision();
        if (auto s = edit(rec, d); !s)
            return s;
        return storeEdit(rec, actor, d);
    });
}

Status DecisionService::submit(const QString &caseNumber, const Seen &seen)
{
    Operation op(m_cases, Action::SubmitDecision);
    op.seen(seen);
    return op.run(caseNumber, [&](CaseRecord &rec, const User &actor) -> Status {
        Decision d = *rec.currentDecision();
        if (auto s = m_cases.applyAction(rec.summary.id, CaseAction::Submit,
                                         QStringLiteral("decision %1 submitted for approval").arg(d.version));
            !s)
            return s;
        d.status = DecisionStatus::Submitted;
        d.submittedBy = actor.login;
        d.submittedAt = now();
        Database &db = m_cases.database();
        if (auto id = DecisionStore::save(db, rec.summary.id, d); !id)
            return id.error();
        return DecisionStore::addContributor(db, d.id, actor.login, QStringLiteral("submitted"));
    });
}

Status DecisionService::approve(const QString &caseNumber, std::optional<qint64> expectedVersion)
{
    return approve(caseNumber, Seen{expectedVersion, std::nullopt});
}

Status DecisionService::approve(const QString &caseNumber, const Seen &seen)
{
    Operation op(m_cases, Action::ApproveDecision);
    op.seen(seen);
    return op.run(caseNumber, [&](CaseRecord &rec, const User &actor) -> Status {
        Database &db = m_cases.database();
        Decision d = *rec.currentDecision();
        if (auto s = m_cases.applyAction(
                rec.summary.id, CaseAction::Approve,
                QStringLiteral("decision %1 approved (revision %2)").arg(d.version).arg(d.revision));
            !s)
            return s;
        // The decision this one supersedes is kept, marked as superseded.
        if (d.supersedes) {
            if (auto s = DecisionStore::markSuperseded(db, *d.supersedes); !s)
                return s;
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
        if (auto id = DecisionStore::save(db, rec.summary.id, d); !id)
            return id.error();
        return ok();
    });
}

Status DecisionService::returnDraft(const QString &caseNumber, const QString &comment, const Seen &seen)
{
    Operation op(m_cases, Action::ReturnDecision);
    op.seen(seen);
    return op.run(caseNumber, [&](CaseRecord &rec, const User &) -> Status {
        if (comment.trimmed().isEmpty())
            return fail(tr("Say why the draft goes back: the comment is required"));
        Decision d = *rec.currentDecision();
        if (auto s = m_cases.applyAction(
                rec.summary.id, CaseAction::Return,
                QStringLiteral("decision %1 returned: %2").arg(d.version).arg(comment.trimmed()));
            !s)
            return s;
        d.status = DecisionStatus::Draft;
        d.returnComment = comment.trimmed();
        d.submittedBy.clear();
        d.submittedAt = {};
        if (auto id = DecisionStore::save(m_cases.database(), rec.summary.id, d); !id)
            return id.error();
        return ok();
    });
}

} // namespace fv
