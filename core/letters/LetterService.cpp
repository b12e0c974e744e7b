#include "letters/LetterService.h"

#include "Clock.h"
#include "application/ApplicationJson.h"
#include "casework/Deadlines.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionService.h"
#include "decision/Fees.h"
#include "decision/ForeignBasis.h"
#include "followup/FollowUp.h"
#include "letters/AppealContext.h"
#include "letters/DialogueInput.h"
#include "letters/LetterLanguage.h"
#include "letters/RevocationLetters.h"
#include "letters/TemplateStore.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace fv {
namespace {

// Who signs: the full name and title from the user record (the login when there is none).
struct Signer
{
    QString name;
    QString title;
};

Signer signer(Database &db, const QString &login)
{
    if (login.isEmpty())
        return {};
    auto u = Users::find(db, login);
    if (!u || !u.value())
        return {login, {}};
    return {u.value()->fullName, u.value()->title};
}

Result<Application> sampleApplication()
{
    const QString path = QStringLiteral(":/demo/01-covid-vaksine-myokarditt.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fv::Letters", "the sample application is missing"), path);
    return parseApplicationJson(f.readAll(), path);
}

// HDS's fee as the decision states it: frozen at approval, else by today's price table.
Status fillFee(Database &db, LetterInput &in)
{
    const Decision &d = *in.decision;
    auto prices = PriceTables::on(db, d.feePriceFrom.isValid() ? d.feePriceFrom : today());
    if (!prices)
        return prices.error();
    in.feeSources = static_cast<int>(d.entries.size());
    Fee fee = computeFee(prices.value(), in.feeSources, d.caseworkHours,
                         feeExemptionFromCode(d.feeExemption).value_or(FeeExemption::None));
    if (d.feeTotal)
        fee.total = *d.feeTotal;
    in.fee = fee;
    return ok();
}

} // namespace

LetterService::LetterService(CaseService &cases) : m_cases(cases)
{}

// A change decision names the decision it replaces: the earlier case's approved decision and
// the number of its decision letter, when that case is in this database.
Status LetterService::fillEarlierDecision(LetterInput &in, const QString &earlierCase)
{
    if (earlierCase.isEmpty())
        return ok();
    auto earlier = m_cases.load(earlierCase);
    if (!earlier)
        return earlier.error();
    for (auto it = earlier->decisions.rbegin(); it != earlier->decisions.rend(); ++it) {
        if (it->approvedAt.isValid()) {
            in.earlierDecisionDate = it->approvedAt.date();
            break;
        }
    }
    for (auto it = earlier->documents.rbegin(); it != earlier->documents.rend(); ++it) {
        if (it->kind == toCode(LetterKind::Decision)) {
            in.earlierDecisionReference = earlier->summary.caseNumber + QLatin1Char('-') + QString::number(it->number);
            break;
        }
    }
    return ok();
}

namespace {

// What the case itself says about the letters of the dialogue and the forwarding: the latest
// request for information and its deadline (the reminder's, once reminded), the expected
// decision for a preliminary reply, and the registry a forwarding or notice is about.
void fillFromCase(LetterInput &in, const CaseRecord &rec)
{
    const CaseworkRecord &work = rec.casework;
    if (!work.infoRequests.empty()) {
        const InfoRequest &r = work.infoRequests.back();
        in.infoRequestText = r.text;
        in.answerDue = in.kind == LetterKind::Reminder && r.reminderDue.isValid() ? r.reminderDue : r.answerDue;
    }
    in.expectedDecision = work.deadlines.statutoryDeadline;
    if (in.kind == LetterKind::ProjectEndReminder) {
        in.endReportLate = followup::endReportLate(rec, today());
        in.endReportDue = followup::endReportDue(rec);
        in.deletionLate = followup::deletionLate(rec, today());
        in.answerDue = today().addDays(21); // three weeks to answer
    }
    if (in.kind == LetterKind::Forwarding) {
        // The latest forwarding (of one registry or the whole case), else a registry the
        // decision forwards.
        if (!work.forwardings.empty()) {
            const Forwarding &f = work.forwardings.back();
            in.forwardRegistry = f.wholeCase() ? QString() : f.registry;
            in.forwardReason = f.reason;
        }
        if (in.forwardRegistry.isEmpty() && in.decision) {
            const auto &entries = in.decision->entries;
            const auto it = std::find_if(entries.begin(), entries.end(), [](const RegistryDecision &e) {
                return e.outcome == Outcome::Forwarded;
            });
            if (it != entries.end()) {
                in.forwardRegistry = it->registry;
                in.forwardReason = it->reason;
            }
        }
    }
    if (in.kind == LetterKind::RegistryNotice && in.decision) {
        // The first registry the decision grants: its manager is the first to be told.
        const auto &entries = in.decision->entries;
        const auto it = std::find_if(entries.begin(), entries.end(), [](const RegistryDecision &e) {
            return e.outcome == Outcome::Granted || e.outcome == Outcome::PartlyGranted;
        });
        if (it != entries.end())
            in.forwardRegistry = it->registry;
    }
    if (in.forwardRegistry.isEmpty() && !in.application.dataSources.empty())
        in.forwardRegistry = in.application.dataSources.front().registry;
}

} // namespace

Result<LetterInput> LetterService::input(const QString &caseNumber, LetterKind kind, std::optional<Language> language,
                                         const QString &registry)
{
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    Database &db = m_cases.database();
    auto registries = loadRegistryMap(db);
    if (!registries)
        return registries.error();

    LetterInput in;
    in.kind = kind;
    in.language = language.value_or(rec->application.language);
    in.caseNumber = rec->summary.caseNumber;
    in.date = today();
    in.application = rec->application;
    in.changes = rec->changeDiff;
    in.registries = std::move(registries.value());
    in.settings = Settings::letterSettings(db);
    auto stored = TemplateStore::stored(db, kind, in.language);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        in.templateText = stored->value().body;
    in.caseworkerName = rec->summary.assignee.isEmpty() ? m_cases.actor().fullName : rec->summary.assignee;
    if (const Decision *d = rec->currentDecision()) {
        in.decision = *d;
        const Signer drafter = signer(db, d->draftedBy);
        const Signer approver = signer(db, d->approvedBy);
        in.drafterName = drafter.name;
        in.drafterTitle = drafter.title;
        in.approverName = approver.name;
        in.approverTitle = approver.title;
        // Only what speaks of the decision waits for its approval; a receipt or a preliminary
        // reply is never a draft.
        in.draft = (kind == LetterKind::Decision || kind == LetterKind::RegistryNotice)
            && d->status != DecisionStatus::Approved;
        if (rec->summary.assignee.isEmpty())
            in.caseworkerName = in.drafterName;
        if (auto s = fillFee(db, in); !s)
            return s.error();
    } else if (kind == LetterKind::Decision) {
        return fail(QCoreApplication::translate("fv::Letters", "case %1 has no decision yet; make a draft first")
                        .arg(caseNumber),
                    caseNumber);
    }
    fillFromCase(in, rec.value());
    fillRevocation(in, rec.value(), db);
    fillAppealLetter(in, rec.value());
    in.assessment = rec->casework.assessment;
    in.consultations = rec->casework.consultations;
    if (kind == LetterKind::Decision) {
        if (auto s = fillEarlierDecision(in, rec->changeOfCaseNumber); !s)
            return s.error();
        auto foreign = ForeignBasis::of(db, in.caseNumber);
        if (!foreign)
            return foreign.error();
        in.foreignLegalBasis = foreign.value();
    }
    if (!registry.trimmed().isEmpty())
        in.forwardRegistry = registry.trimmed();
    if (auto s = fillDialogue(in, rec.value(), db, registry); !s)
        return s.error();
    auto library = ConditionLibrary::load(db);
    if (!library)
        return library.error();
    useLetterLanguage(in, library.value());
    // A preview before the request or reminder is recorded: the deadline it would set.
    const bool reminder = kind == LetterKind::Reminder;
    const bool reminded = !rec->casework.infoRequests.empty()
        && rec->casework.infoRequests.back().reminderDue.isValid();
    if ((kind == LetterKind::InfoRequest && !in.answerDue.isValid()) || (reminder && !reminded)) {
        auto settings = loadCaseworkSettings(db);
        if (!settings)
            return settings.error();
        in.answerDue = settings->calendar.addWorkingDays(today(), reminder ? 5 : 10);
    }
    return in;
}

Result<LetterInput> LetterService::sample(LetterKind kind, Language language)
{
    Database &db = m_cases.database();
    auto app = sampleApplication();
    auto registries = loadRegistryMap(db);
    auto library = ConditionLibrary::load(db);
    auto stored = TemplateStore::stored(db, kind, language);
    for (const Error *e : {app ? nullptr : &app.error(), registries ? nullptr : &registries.error(),
                           library ? nullptr : &library.error(), stored ? nullptr : &stored.error()})
        if (e)
            return *e;
    LetterInput in;
    in.kind = kind;
    in.language = language;
    in.caseNumber = QStringLiteral("%1/00000").arg(today().year() % 100, 2, 10, QLatin1Char('0'));
    in.documentNumber = 1;
    in.date = today();
    in.application = app.value();
    in.application.language = language;
    in.registries = std::move(registries.value());
    in.settings = Settings::letterSettings(db);
    in.caseworkerName = in.drafterName = m_cases.actor().fullName;
    in.drafterTitle = m_cases.actor().title;
    in.decision = DecisionService::buildDraft(in.application, library.value());
    in.draft = true;
    in.infoRequestText = QStringLiteral("…");
    in.answerDue = today().addDays(14);
    in.expectedDecision = today().addMonths(2);
    in.dialogue.delayReason = QStringLiteral("consultation");
    if (kind != LetterKind::Decision)
        fillSampleAppeal(in);
    in.dialogue.requestedOn = today().addDays(-30);
    in.dialogue.remindedOn = today().addDays(-14);
    in.dialogue.reminderDue = today().addDays(-7);
    in.dialogue.statementRegistry = in.application.dataSources.empty()
        ? QString()
        : in.application.dataSources.front().registry;
    in.dialogue.statementText = QStringLiteral("…");
    in.dialogue.statementDate = today().addDays(-3);
    if (!in.application.dataSources.empty())
        in.forwardRegistry = in.application.dataSources.front().registry;
    if (stored->has_value())
        in.templateText = stored->value().body;
    return in;
}

} // namespace fv
