// The decision's content follows what it decides (issue 14, defects 1, 2 and 5): a decision that
// grants nothing grants no exemption and sets no conditions; a refusal is not submitted without its
// reason; a submission while a consultation is open is confirmed and recorded; the conditions fit
// the data granted and say what follows a breach.
#include "Clock.h"
#include "TestSupport.h"
#include "casework/AuditLog.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "decision/StandardTexts.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QString importExample(TempDb &t)
{
    auto cases = t.as(QStringLiteral("ola"));
    auto number = cases.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                          QStringLiteral("example-application.json"));
    REQUIRE(number.ok());
    return number.value();
}

// The example case with a fresh draft (MFR, NPR, DAR, LMR; indirectly identifiable data).
QString drafted(TempDb &t)
{
    const QString number = importExample(t);
    test::prepareForDraft(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).draft(number).ok());
    return number;
}

Status setOutcome(TempDb &t, const QString &number, const QString &registry, Outcome outcome, const QString &reason)
{
    auto ola = t.as(QStringLiteral("ola"));
    return DecisionService(ola).editDraft(number, [&](const CaseRecord &, Decision &d) -> Status {
        for (RegistryDecision &e : d.entries)
            if (e.registry == registry) {
                e.outcome = outcome;
                e.reason = reason;
            }
        return ok();
    });
}

void refuseAll(TempDb &t, const QString &number)
{
    for (const char *code : {"MFR", "NPR", "DAR", "LMR"})
        REQUIRE(setOutcome(t, number, QLatin1String(code), Outcome::Refused,
                           QStringLiteral("Opplysningene er ikke nødvendige for formålet (personvernforordningen "
                                          "artikkel 5 nr. 1 bokstav c)."))
                    .ok());
}

QString letterText(TempDb &t, const QString &number, Language language)
{
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto input = LetterService(ola).input(number, LetterKind::Decision, language);
    REQUIRE(input.ok());
    auto letter = renderLetterPdf(input.value());
    REQUIRE(letter.ok());
    return letter->text.simplified();
}

bool hasCode(const Decision &d, const char *code)
{
    return std::any_of(d.conditions.begin(), d.conditions.end(), [&](const Condition &c) {
        return c.code == QLatin1String(code);
    });
}

qint64 eventCount(TempDb &t, const QString &number)
{
    auto rec = t.as(QStringLiteral("ola")).load(number);
    REQUIRE(rec.ok());
    auto events = AuditLog::forCase(t.db(), rec->summary.id);
    REQUIRE(events.ok());
    return static_cast<qint64>(events->size());
}

} // namespace

TEST_CASE("a decision that grants nothing grants no exemption and sets no conditions", "[decision][refusal]")
{
    TempDb t;
    const QString number = drafted(t);
    refuseAll(t, number);
    auto rec = t.as(QStringLiteral("ola")).load(number);
    REQUIRE(rec.ok());
    const Decision &d = *rec->currentDecision();
    CHECK(d.overall() == OverallResult::Refused);
    CHECK(d.exemption.required);
    CHECK_FALSE(d.exemption.granted);
    CHECK(d.conditions.empty());
    CHECK_FALSE(d.exemption.reasons.contains(QStringLiteral("vesentlig interesse")));
    // The general assessment speaks of nothing granted; the registries' reasons carry the refusal.
    CHECK(d.reasons == standardText(QStringLiteral("reasonsRefused"), rec->application, Language::Bokmaal));
    CHECK_FALSE(d.reasons.contains(QStringLiteral("nødvendige")));
    // Nor does it name a legal basis for processing that nothing is granted for.
    CHECK(d.legalBasis == standardText(QStringLiteral("legalBasisRefused"), rec->application, Language::Bokmaal));
    CHECK_FALSE(d.legalBasis.contains(QStringLiteral("Behandlingsgrunnlaget")));

    // Granting again brings the exemption, the conditions and the general reasons back.
    REQUIRE(setOutcome(t, number, QStringLiteral("NPR"), Outcome::Granted, {}).ok());
    auto again = t.as(QStringLiteral("ola")).load(number);
    const Decision &g = *again->currentDecision();
    CHECK(g.exemption.granted);
    CHECK(g.conditions.size() == 8);
    CHECK(g.reasons == standardText(QStringLiteral("reasons"), again->application, Language::Bokmaal));
    CHECK(g.legalBasis == standardText(QStringLiteral("legalBasis"), again->application, Language::Bokmaal));
}

TEST_CASE("the letter of a refusal carries no exemption and no conditions in any language", "[decision][refusal]")
{
    TempDb t;
    const QString number = drafted(t);
    refuseAll(t, number);
    // Forwarded and refused only: still nothing granted here.
    REQUIRE(setOutcome(t, number, QStringLiteral("DAR"), Outcome::Forwarded, QStringLiteral("FHI avgjør selv.")).ok());

    struct Expect
    {
        Language language;
        const char *noExemption;
        QStringList absent;
    };
    const std::vector<Expect> expected = {
        {Language::Bokmaal,
         "Helsedataservice gir ikke dispensasjon fra taushetsplikten, fordi ingen opplysninger er innvilget.",
         {QStringLiteral("gir dispensasjon"), QStringLiteral("vesentlig interesse for samfunnet"),
          QStringLiteral("er nødvendige for å besvare"), QStringLiteral("Vilkår"), QStringLiteral("TSD.")}},
        {Language::Nynorsk,
         "Helsedataservice gjev ikkje dispensasjon frå teieplikta, fordi ingen opplysningar er innvilga.",
         {QStringLiteral("gjev dispensasjon"), QStringLiteral("vesentleg interesse"),
          QStringLiteral("vesentlig interesse"), QStringLiteral("Vilkår"), QStringLiteral("TSD.")}},
        {Language::English,
         "Helsedataservice does not grant an exemption from the duty of confidentiality, as no data are granted.",
         {QStringLiteral("grants an exemption"), QStringLiteral("substantial interest to society"),
          QStringLiteral("vesentlig interesse"), QStringLiteral("Conditions"), QStringLiteral("TSD.")}},
    };
    for (const Expect &e : expected) {
        const QString text = letterText(t, number, e.language);
        INFO(str(toCode(e.language)) << ": " << str(text));
        CHECK(text.contains(QString::fromUtf8(e.noExemption)));
        for (const QString &word : e.absent) {
            INFO("must not say: " << str(word));
            CHECK_FALSE(text.contains(word));
        }
    }
}

TEST_CASE("conditions fit the data granted and say what follows a breach", "[decision][conditions]")
{
    TempDb t;
    const QString number = drafted(t);
    auto rec = t.as(QStringLiteral("ola")).load(number);
    REQUIRE(rec.ok());
    Application app = rec->application;
    CHECK(hasCode(*rec->currentDecision(), "no-reidentification")); // indirectly identifiable: all eight
    CHECK(rec->currentDecision()->conditions.size() == 8);

    app.identifiability = Identifiability::DirectlyIdentifiable;
    const Decision direct = DecisionService::buildDraft(app);
    CHECK_FALSE(hasCode(direct, "no-reidentification"));
    CHECK(hasCode(direct, "deletion"));

    app.identifiability = Identifiability::Anonymous;
    const Decision anonymous = DecisionService::buildDraft(app);
    CHECK_FALSE(hasCode(anonymous, "deletion"));
    CHECK_FALSE(hasCode(anonymous, "no-onward-disclosure"));
    CHECK(hasCode(anonymous, "publication"));

    const std::vector<std::pair<Language, QStringList>> breach = {
        {Language::Bokmaal,
         {QStringLiteral("kan Helsedataservice trekke tilbake tilgangen og dispensasjonen"),
          QStringLiteral("skal meldes til Helsedataservice straks"), QStringLiteral("artikkel 33")}},
        {Language::Nynorsk,
         {QStringLiteral("kan Helsedataservice trekkje tilbake tilgangen og dispensasjonen"),
          QStringLiteral("skal meldast til Helsedataservice straks"), QStringLiteral("artikkel 33")}},
        {Language::English,
         {QStringLiteral("Helsedataservice may revoke the access and the exemption"),
          QStringLiteral("shall be reported to Helsedataservice as soon as it is discovered"),
          QStringLiteral("Article 33")}},
    };
    for (const auto &[language, needles] : breach) {
        const QString text = letterText(t, number, language);
        for (const QString &needle : needles) {
            INFO(str(toCode(language)) << " must say: " << str(needle));
            CHECK(text.contains(needle));
        }
    }
}

TEST_CASE("anonymous statistics: conditions without exemption, deletion or onward disclosure", "[decision][conditions]")
{
    TempDb t;
    const QString number = drafted(t);
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto input = LetterService(ola).input(number, LetterKind::Decision, Language::Bokmaal);
    REQUIRE(input.ok());
    input->application.identifiability = Identifiability::Anonymous;
    input->decision = DecisionService::buildDraft(input->application);
    auto letter = renderLetterPdf(input.value());
    REQUIRE(letter.ok());
    const QString text = letter->text.simplified();
    INFO(str(text));
    CHECK(text.contains(QStringLiteral("Dere får tilgang på disse vilkårene:")));
    CHECK(text.contains(QStringLiteral("kan Helsedataservice trekke tilbake tilgangen. ")));
    CHECK(text.contains(QStringLiteral("skal meldes til Helsedataservice straks")));
    CHECK_FALSE(text.contains(QStringLiteral("artikkel 33")));
    CHECK_FALSE(text.contains(QStringLiteral("Opplysningene skal slettes")));
    CHECK_FALSE(text.contains(QStringLiteral("utleveres videre")));
}

TEST_CASE("a partly granted or refused registry is not submitted without its reason", "[decision][submit]")
{
    TempDb t;
    const QString number = drafted(t);
    test::settleAssessment(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    DecisionService decisions(ola);
    REQUIRE(setOutcome(t, number, QStringLiteral("LMR"), Outcome::Refused, {}).ok());
    REQUIRE(setOutcome(t, number, QStringLiteral("NPR"), Outcome::PartlyGranted, {}).ok());
    const qint64 before = eventCount(t, number);

    auto refused = decisions.submit(number);
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.error().message));
    CHECK(refused.error().message.contains(QStringLiteral("NPR, LMR")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("MFR")));
    auto rec = ola.load(number);
    CHECK(rec->summary.status == CaseStatus::DecisionDraft);
    CHECK(rec->currentDecision()->status == DecisionStatus::Draft);
    CHECK(eventCount(t, number) == before);

    // A partial grant is reasoned by its own reason or by the reason of each variable it drops.
    REQUIRE(setOutcome(t, number, QStringLiteral("LMR"), Outcome::Refused, QStringLiteral("Ikke nødvendig.")).ok());
    REQUIRE(decisions
                .editDraft(number,
                           [](const CaseRecord &, Decision &d) -> Status {
                               for (RegistryDecision &e : d.entries)
                                   if (e.registry == QStringLiteral("NPR"))
                                       e.variables.front() = {e.variables.front().name, false, {}};
                               return ok();
                           })
                .ok());
    auto stillRefused = decisions.submit(number);
    REQUIRE_FALSE(stillRefused.ok());
    CHECK(stillRefused.error().message.contains(QStringLiteral("NPR")));
    CHECK_FALSE(stillRefused.error().message.contains(QStringLiteral("LMR")));
    REQUIRE(decisions
                .editDraft(number,
                           [](const CaseRecord &, Decision &d) -> Status {
                               for (RegistryDecision &e : d.entries)
                                   if (e.registry == QStringLiteral("NPR"))
                                       e.variables.front().reason = QStringLiteral("Ikke nødvendig for formålet.");
                               return ok();
                           })
                .ok());
    REQUIRE(decisions.submit(number).ok());
    CHECK(ola.load(number)->summary.status == CaseStatus::AwaitingApproval);
}

TEST_CASE("submitting while a consultation is open needs confirmation, and the event records it", "[decision][submit]")
{
    TempDb t;
    const QString number = drafted(t);
    test::settleAssessment(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(CaseworkService(ola).consult(number, QStringLiteral("NPR"), today().addDays(20)).ok());
    const qint64 before = eventCount(t, number);
    DecisionService decisions(ola);

    auto refused = decisions.submit(number);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("NPR")));
    CHECK(ola.load(number)->summary.status == CaseStatus::DecisionDraft);
    CHECK(eventCount(t, number) == before);

    REQUIRE(decisions.submit(number, {}, DecisionService::OpenConsultations::Confirmed).ok());
    auto rec = ola.load(number);
    CHECK(rec->summary.status == CaseStatus::AwaitingApproval);
    auto events = AuditLog::forCase(t.db(), rec->summary.id);
    REQUIRE(events.ok());
    const bool recorded = std::any_of(events->begin(), events->end(), [](const Event &e) {
        return e.detail.contains(QStringLiteral("submitted for approval"))
            && e.detail.contains(QStringLiteral("consultations still open: NPR"));
    });
    CHECK(recorded);
}

TEST_CASE("the command line submits past an open consultation only when told to", "[decision][submit][cli]")
{
    TempDb t;
    const QString number = drafted(t);
    test::settleAssessment(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(CaseworkService(ola).consult(number, QStringLiteral("NPR"), today().addDays(20)).ok());
    const QString db = t.path();
    t.close();
    const auto run = [&](QStringList args) {
        return test::cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola")} + args);
    };
    auto refused = run({QStringLiteral("submit"), number});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("NPR")));
    CHECK(refused.err.contains(QStringLiteral("--despite-open-consultation")));

    CHECK(run({QStringLiteral("outcome"), number, QStringLiteral("LMR"), QStringLiteral("refused")}).status == 0);
    auto unreasoned = run({QStringLiteral("submit"), number, QStringLiteral("--despite-open-consultation")});
    CHECK(unreasoned.status == 1);
    CHECK(unreasoned.err.contains(QStringLiteral("LMR")));

    CHECK(run({QStringLiteral("outcome"), number, QStringLiteral("LMR"), QStringLiteral("refused"),
               QStringLiteral("--reason"), QStringLiteral("Ikke nødvendig for formålet.")})
              .status
          == 0);
    auto done = run({QStringLiteral("submit"), number, QStringLiteral("--despite-open-consultation")});
    INFO(str(done.err));
    CHECK(done.status == 0);
    CHECK(done.out.contains(QStringLiteral("submitted for approval")));
}
