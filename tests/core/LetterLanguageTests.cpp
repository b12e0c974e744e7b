// A letter's language is the whole letter (issue 14, item 6): standard texts and standard
// conditions print in the letter's own language; a letter whose case-written texts are in
// another language asks for confirmation (core, command line) and the event records it; and the
// other letters on the command line (--reason, --kind rejection, --despite-language).
#include "TestSupport.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "decision/StandardTexts.h"
#include "letters/DocumentService.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "registry/RegistryCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QString importExample(CaseService &ola, const QString &reference = QStringLiteral("HD-2026-000417"))
{
    QJsonObject o =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json")))).object();
    o.insert(QStringLiteral("reference"), reference);
    auto n = ola.importApplication(QJsonDocument(o).toJson(), QStringLiteral("example-application.json"));
    REQUIRE(n.ok());
    return n.value();
}

// The example (a bokmål application) drafted, DAR refused with a reason written in bokmål, approved.
QString approvedCase(TempDb &t)
{
    auto ola = t.as(QStringLiteral("ola"));
    const QString n = importExample(ola);
    REQUIRE(test::prepareForDraft(ola, n).ok());
    REQUIRE(DecisionService(ola).draft(n).ok());
    auto refuseDar = [](const CaseRecord &, Decision &d) {
        for (RegistryDecision &e : d.entries) {
            if (e.registry == QLatin1String("DAR")) {
                e.outcome = Outcome::Refused;
                e.reason = QStringLiteral("Dødsårsak er ikke nødvendig for formålet, og søkeren har ikke vist hvorfor "
                                          "opplysningene trengs.");
            }
        }
        return ok();
    };
    REQUIRE(DecisionService(ola).editDraft(n, refuseDar).ok());
    test::settleAssessment(t, n);
    REQUIRE(DecisionService(ola).submit(n).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    return n;
}

int count(TempDb &t, const char *table)
{
    return t.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
}

} // namespace

TEST_CASE("the words of a text show its language", "[letters][language][no-database]")
{
    CHECK(writtenLanguage(QStringLiteral("The variable is not necessary for the purpose of the project."))
          == Language::English);
    CHECK(writtenLanguage(QStringLiteral("Variabelen er ikkje naudsynt for føremålet med prosjektet."))
          == Language::Nynorsk);
    CHECK(writtenLanguage(QStringLiteral("Variabelen er ikke nødvendig for formålet med prosjektet."))
          == Language::Bokmaal);
    CHECK_FALSE(writtenLanguage(QStringLiteral("OK")).has_value());
}

TEST_CASE("an English decision letter prints the standard texts and conditions in English", "[letters][language]")
{
    test::fixTodayOnSqlite("2026-11-22");
    TempDb t;
    test::ensureGuiApplication();
    const QString n = approvedCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto input = LetterService(ola).input(n, LetterKind::Decision, Language::English);
    REQUIRE(input.ok());
    REQUIRE_FALSE(input->decision->conditions.empty());
    CHECK(input->decision->conditions.front().text
          == conditionText(QStringLiteral("storage"), input->application, Language::English));
    auto pdf = renderLetterPdf(input.value());
    REQUIRE(pdf.ok());
    const QString text = pdf->text.simplified();
    CHECK(text.contains(QStringLiteral("The data shall be stored and processed only in")));
    CHECK_FALSE(text.contains(QStringLiteral("skal bare lagres")));
    CHECK(text.contains(standardText(QStringLiteral("reasons"), input->application, Language::English).left(60)));
}

TEST_CASE("a letter whose case texts are in another language asks first, and the event records the answer",
          "[letters][language]")
{
    test::fixTodayOnSqlite("2026-11-22");
    TempDb t;
    test::ensureGuiApplication();
    const QString n = approvedCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto rec = ola.load(n);
    REQUIRE(rec.ok());
    CHECK_FALSE(languageWarning(rec.value(), LetterKind::Decision, Language::Bokmaal).has_value());
    const auto warning = languageWarning(rec.value(), LetterKind::Decision, Language::English);
    REQUIRE(warning.has_value());
    CHECK(warning->contains(QStringLiteral("the reason for DAR")));
    CHECK(warning->contains(QStringLiteral("bokmål")));

    const int documents = count(t, "document"), events = count(t, "event");
    SendOptions english;
    english.language = Language::English;
    auto refused = DocumentService(ola).sendWith(n, LetterKind::Decision, english);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == *warning);
    CHECK(refused.error().where == n);
    CHECK(count(t, "document") == documents);
    CHECK(count(t, "event") == events);
    CHECK(ola.load(n)->summary.status == CaseStatus::Decided);

    english.despiteLanguage = true;
    auto sent = DocumentService(ola).sendWith(n, LetterKind::Decision, english);
    INFO(str(sent ? QString() : sent.error().toString()));
    REQUIRE(sent.ok());
    const CaseRecord after = ola.load(n).value();
    CHECK(after.summary.status == CaseStatus::LetterSent);
    CHECK(after.events.back().detail.contains(QStringLiteral("another language (confirmed)")));
}

TEST_CASE("the other letters on the command line: --reason, rejection, --despite-language", "[letters][cli]")
{
    test::fixTodayOnSqlite("2026-11-22");
    TempDb t;
    const QString approved = approvedCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    const QString fresh = importExample(ola, QStringLiteral("HD-2026-000418"));
    t.close();
    const QStringList base = t.cliArgs(QStringLiteral("ola"));
    const auto send = [&](const QString &n, QStringList more) {
        return test::cliProcess(base + QStringList{QStringLiteral("send"), n, QStringLiteral("--kind")} + more);
    };
    auto noReason = send(fresh, {QStringLiteral("preliminary-reply")});
    CHECK(noReason.status == 1);
    CHECK(noReason.err.contains(QStringLiteral("must say why the case takes time")));
    auto withReason = send(
        fresh, {QStringLiteral("preliminary-reply"), QStringLiteral("--reason"), QStringLiteral("workload")});
    INFO(str(withReason.err));
    CHECK(withReason.status == 0);
    CHECK(withReason.out == QStringLiteral("%1\t%1-1\tpreliminary-reply\n").arg(fresh));
    auto rejection = send(fresh, {QStringLiteral("rejection")});
    CHECK(rejection.status == 1);
    CHECK(rejection.err.contains(QStringLiteral("not rejected for want of an answer")));
    auto english = send(approved, {QStringLiteral("decision"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.status == 1);
    CHECK(english.err.contains(QStringLiteral("the letter is in English")));
    auto confirmed = send(approved,
                          {QStringLiteral("decision"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--despite-language")});
    INFO(str(confirmed.err));
    CHECK(confirmed.status == 0);
    auto help = test::cliProcess({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("statement-for-comment")));
    CHECK(help.out.contains(QStringLiteral("--despite-language")));
}

// Issue 14 follow-up: an English letter names the sender, the registry managers and each
// registry's regulation in English (the letterhead from the setting letter.letterheadEn);
// bokmål and nynorsk letters keep the Norwegian names.
TEST_CASE("English letters of every kind have an English letterhead, managers and regulations", "[letters][language]")
{
    test::fixTodayOnSqlite("2026-11-22");
    TempDb t;
    test::ensureGuiApplication();
    const QString n = approvedCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    for (LetterKind kind : allLetterKinds()) {
        for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
            INFO(str(toCode(kind)) << "." << str(toCode(language)));
            auto input = LetterService(ola).input(n, kind, language);
            REQUIRE(input.ok());
            LetterInput in = input.value();
            // Every place a manager can appear: a forwarded registry, a statement, a notice.
            in.forwardRegistry = QStringLiteral("NPR");
            in.dialogue.statementRegistry = QStringLiteral("NPR");
            in.dialogue.statementText = QStringLiteral("Variablene er nødvendige.");
            in.dialogue.statementDate = QDate(2026, 11, 2);
            in.dialogue.delayReason = QStringLiteral("consultation");
            in.infoRequestText = QStringLiteral("Send REK-godkjenningen.");
            in.answerDue = QDate(2026, 12, 4);
            in.expectedDecision = QDate(2027, 2, 1);
            Consultation c;
            c.registry = QStringLiteral("NPR");
            c.answeredOn = QDate(2026, 11, 2);
            c.answer = ConsultationAnswer::Grant;
            in.consultations.push_back(c);
            auto pdf = renderLetterPdf(in);
            INFO((pdf ? std::string() : str(pdf.error().toString())));
            REQUIRE(pdf.ok());
            const QString text = pdf->text.simplified();
            if (language == Language::English) {
                CHECK_FALSE(text.contains(QStringLiteral("Folkehelseinstituttet")));
                CHECK(text.contains(QStringLiteral("Norwegian Institute of Public Health")));
                CHECK(text.contains(QStringLiteral("Health Data Service")));
            } else {
                CHECK(text.contains(QStringLiteral("Folkehelseinstituttet")));
                CHECK_FALSE(text.contains(QStringLiteral("Norwegian Institute of Public Health")));
            }
        }
    }
    // The decision's legal basis: each granted registry's regulation, in English in English.
    auto en = LetterService(ola).input(n, LetterKind::Decision, Language::English);
    auto nn = LetterService(ola).input(n, LetterKind::Decision, Language::Nynorsk);
    REQUIRE(en.ok());
    REQUIRE(nn.ok());
    const QString english = renderLetterPdf(en.value())->text.simplified();
    const QString nynorsk = renderLetterPdf(nn.value())->text.simplified();
    CHECK(english.contains(QStringLiteral("in English: Regulations on the collection and processing of health data in "
                                          "the Norwegian Patient Registry")));
    CHECK(nynorsk.contains(QStringLiteral("forskrift om innsamling og behandling av helseopplysninger i Norsk "
                                          "pasientregister (norsk pasientregisterforskriften)")));
    CHECK_FALSE(nynorsk.contains(QStringLiteral("in English")));
}

TEST_CASE("an edited regulation prints as edited in English letters, never a stale translation",
          "[letters][language][no-database]")
{
    Registry npr;
    npr.code = QStringLiteral("NPR");
    npr.regulation = QStringLiteral(
        "forskrift om innsamling og behandling av helseopplysninger i Norsk pasientregister "
        "(norsk pasientregisterforskriften)");
    CHECK(regulationInEnglish(npr).contains(QStringLiteral("in English: Regulations on")));
    npr.regulation = QStringLiteral("ny forskrift om Norsk pasientregister");
    CHECK(regulationInEnglish(npr) == npr.regulation);
    CHECK(managerInEnglish(QStringLiteral("Folkehelseinstituttet"))
          == QStringLiteral("Norwegian Institute of Public Health"));
    CHECK(managerInEnglish(QStringLiteral("Et annet organ")) == QStringLiteral("Et annet organ"));
}
