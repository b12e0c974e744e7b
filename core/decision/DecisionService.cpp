#include "decision/DecisionService.h"

#include "Clock.h"
#include "appeal/AppealService.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionServer.h"
#include "decision/DecisionStore.h"
#include "decision/Fees.h"
#include "decision/StandardTexts.h"
#include "rules/CaseRules.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace fv {

namespace {

// lupdate and the running program agree on the context only through a declared one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Decision)
};

// A standard condition that makes no sense for this application: no "do not re-identify" when
// directly identifiable data are granted; no deletion or onward-disclosure condition for
// anonymous data, which are statistics meant for publication.
bool conditionFits(const QString &code, const Application &app)
{
    if (app.identifiability == Identifiability::DirectlyIdentifiable)
        return code != QLatin1String("no-reidentification");
    if (app.identifiability == Identifiability::Anonymous)
        return code != QLatin1String("deletion") && code != QLatin1String("no-onward-disclosure");
    return true;
}

std::vector<Condition> fittingConditions(const Application &app, const std::vector<StandardCondition> &library)
{
    std::vector<Condition> out;
    for (const StandardCondition &c : library)
        if (conditionFits(c.code, app))
            out.push_back({c.code, conditionText(c, app, app.language)});
    return out;
}

// The standard texts that fit the application: anonymous data need no privacy safeguards of
// the conditions; "ethically, medically and professionally sound" is the test for research only.
const char *reasonsKey(const Application &app)
{
    return app.identifiability == Identifiability::Anonymous ? "reasonsAnonymous" : "reasons";
}

QString exemptionReasons(const Application &app)
{
    const bool research = app.project.purpose == QLatin1String("medical-health-research")
        || app.project.purpose == QLatin1String("other-research");
    return standardText(
        research ? QStringLiteral("exemptionReasonsResearch") : QStringLiteral("exemptionReasons"), app, app.language);
}

// The draft's standard texts follow its outcomes, where the caseworker left them as drafted:
// a decision that grants nothing neither says that the data are necessary nor exempts them
// from confidentiality; granting again after that brings back the texts and conditions.
// Replaces `text` by the standard text `to` when it is still the standard text `from`.
void swapStandardText(QString &text, const char *from, const char *to, const Application &app)
{
    if (text.trimmed() == standardText(QLatin1String(from), app, app.language))
        text = standardText(QLatin1String(to), app, app.language);
}

void fitToOutcomes(Decision &d, const Decision &before, const Application &app,
                   const std::vector<StandardCondition> &library)
{
    if (!d.grantsAnything()) {
        swapStandardText(d.reasons, reasonsKey(app), "reasonsRefused", app);
        swapStandardText(d.legalBasis, "legalBasis", "legalBasisRefused", app);
        if (d.exemption.reasons.trimmed() == exemptionReasons(app))
            d.exemption.reasons.clear();
        return;
    }
    if (before.grantsAnything())
        return;
    swapStandardText(d.reasons, "reasonsRefused", reasonsKey(app), app);
    swapStandardText(d.legalBasis, "legalBasisRefused", "legalBasis", app);
    if (d.exemption.required) {
        d.exemption.granted = true;
        if (d.exemption.reasons.trimmed().isEmpty())
            d.exemption.reasons = exemptionReasons(app);
    }
    if (d.conditions.empty())
        d.conditions = fittingConditions(app, library);
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
        d.exemption.reasons = exemptionReasons(app);
    }
    d.legalBasis = standardText(
        anonymous ? QStringLiteral("legalBasisAnonymous") : QStringLiteral("legalBasis"), app, lang);
    d.reasons = standardText(QLatin1String(reasonsKey(app)), app, lang);
    d.conditions = fittingConditions(app, library);
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
        if (!d.grantsAnything()) // every registry forwarded: nothing of HDS's own to grant
            fitToOutcomes(d, Decision{}, rec.application, library.value());
        normalise(d);
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
        if (db.isServer()) { // the server numbers the version, moves the status and records it
            auto id = serverdecision::draft(db, rec.summary.caseNumber, d);
            if (!id)
                return Status(id.error());
            d.id = id.value();
            made = d;
            return ok();
        }
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
    auto library = ConditionLibrary::load(db);
    if (!library)
        return library.error();
    fitToOutcomes(d, stored, record.application, library.value());
    if (db.isServer())
        return serverdecision::save(db, record.summary.caseNumber, d);
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

Status DecisionService::submit(const QString &caseNumber, const Seen &seen, OpenConsultations open)
{
    Operation op(m_cases, Action::SubmitDecision);
    op.seen(seen);
    op.check([open](const User &, const CaseRecord &rec) -> Status {
        const QStringList waiting = caserules::openConsultations(rec);
        if (waiting.isEmpty() || open == OpenConsultations::Confirmed)
            return ok();
        return fail(Tr::tr("The registry managers have not yet answered the consultation on %1: confirm that the "
                           "decision goes for approval without their answer")
                        .arg(waiting.join(QStringLiteral(", "))));
    });
    return op.run(caseNumber, [&](CaseRecord &rec, const User &actor) -> Status {
        Decision d = *rec.currentDecision();
        if (m_cases.database().isServer())
            return serverdecision::submit(m_cases.database(), rec.summary.caseNumber, d.revision);
        QString event = QStringLiteral("decision %1 submitted for approval").arg(d.version);
        if (const QStringList waiting = caserules::openConsultations(rec); !waiting.isEmpty())
            event +=
                QStringLiteral(", confirmed with consultations still open: %1").arg(waiting.join(QStringLiteral(", ")));
        if (auto s = m_cases.applyAction(rec.summary.id, CaseAction::Submit, event); !s)
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
        // HDS reverses the appealed decision: a suspension of implementation ends with it.
        if (const Appeal *a = rec.appeals.current(); a && a->reversingVersion == d.version) {
            if (auto s = endSuspensionWithAppeal(
                    db, rec, actor, today(), QStringLiteral("HDS reversed the appealed decision"));
                !s)
                return s;
        }
        if (db.isServer()) // the server also holds the four-eyes rule against any client
            return serverdecision::approve(db, rec.summary.caseNumber, d.revision);
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
            return fail(Tr::tr("Say why the draft goes back: the comment is required"));
        Decision d = *rec.currentDecision();
        if (m_cases.database().isServer())
            return serverdecision::returnDraft(
                m_cases.database(), rec.summary.caseNumber, d.revision, comment.trimmed());
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
