// The decision letter a court would uphold (issue 14, items 2–5, 10 and 13): the reasons come from
// the case (the lawyer's notes, the registry managers' statements, REK and DPIA, the rule for each
// refused registry), the legal basis names each registry's regulation and the GDPR's national basis
// and safeguards, the exemption fits the purpose and runs to the deletion date, the linkage names only
// what is granted, the end-of-project report falls due after the end, the fee is stated, and a change
// decision names the decision it replaces. Five cases in bokmål, nynorsk and English, each against a
// golden text in tests/data/letters/decision/ (regenerate after an intended change and read the diff:
//   FV_UPDATE_GOLDEN=1 build/tests/DecisionLetterTests "[golden]"
// FV_LETTER_PDF_DIR=dir writes each PDF there too, to be looked at).
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "casework/CaseworkService.h"
#include "casework/OfficeSettings.h"
#include "decision/DecisionService.h"
#include "decision/ForeignBasis.h"
#include "decision/StandardTexts.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "storage/Migrations.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <optional>

using namespace fv;
using fv::test::TempDb;

namespace {

const QDate decisionDay(2026, 11, 20);

std::string str(const QString &s)
{
    return s.toStdString();
}

QJsonObject example(const char *file = "example-application.json", const char *reference = nullptr)
{
    QJsonObject app = QJsonDocument::fromJson(test::readFile(test::specFile(QLatin1String(file)))).object();
    if (reference) // several cases in one database
        app.insert(QStringLiteral("reference"), QLatin1String(reference));
    return app;
}

QString import(TempDb &t, const QJsonObject &app)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.importApplication(QJsonDocument(app).toJson(), QStringLiteral("application.json"));
    INFO((number ? std::string() : str(number.error().toString())));
    REQUIRE(number.ok());
    return number.value();
}

// The draft's texts are in the application's language, so each language's letter is drafted in it.
QString drafted(TempDb &t, QJsonObject app, Language language = Language::Bokmaal)
{
    app.insert(QStringLiteral("language"), toCode(language));
    const QString number = import(t, app);
    test::prepareForDraft(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).draft(number).ok());
    return number;
}

void edit(TempDb &t, const QString &number, const std::function<void(Decision &)> &change)
{
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola)
                .editDraft(number,
                           [&](const CaseRecord &, Decision &d) -> Status {
                               change(d);
                               return ok();
                           })
                .ok());
}

RegistryDecision &entry(Decision &d, const char *code)
{
    for (RegistryDecision &e : d.entries)
        if (e.registry == QLatin1String(code))
            return e;
    FAIL("no entry " << code);
    return d.entries.front();
}

void assess(TempDb &t, const QString &number, AssessmentItem item, AssessmentResult result, const char *note)
{
    auto lise = t.as(QStringLiteral("lise"));
    REQUIRE(CaseworkService(lise).assess(number, item, result, QString::fromUtf8(note)).ok());
}

void statement(TempDb &t, const QString &number, const char *registry, ConsultationAnswer answer, const char *note)
{
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    REQUIRE(work.consult(number, QLatin1String(registry), decisionDay.addDays(10), QDate(2026, 10, 1)).ok());
    REQUIRE(work.consulted(number, QLatin1String(registry), answer, QString::fromUtf8(note), QDate(2026, 10, 20)).ok());
}

void approve(TempDb &t, const QString &number)
{
    test::settleAssessment(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).submit(number).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(number).ok());
}

RenderedLetter render(TempDb &t, const QString &number, Language language)
{
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto input = LetterService(ola).input(number, LetterKind::Decision, language);
    INFO((input ? std::string() : str(input.error().toString())));
    REQUIRE(input.ok());
    auto letter = renderLetterPdf(input.value());
    REQUIRE(letter.ok());
    return letter.value();
}

// The part of the letter from one heading to the next of `ends`; the headings follow the
// background (the decision section names "Vurdering" too).
QString section(const QString &text, const QString &heading, const QStringList &ends)
{
    const qsizetype from = text.indexOf(heading, text.indexOf(QStringLiteral("Personer med tilgang")));
    if (from < 0)
        return {};
    qsizetype to = text.size();
    for (const QString &end : ends) {
        const qsizetype at = text.indexOf(end, from + heading.size());
        if (at >= 0 && at < to)
            to = at;
    }
    return text.mid(from, to - from);
}

const QStringList nbHeadings = {QStringLiteral("Rettslig grunnlag"), QStringLiteral("Vilkår"), QStringLiteral("Gebyr"),
                                QStringLiteral("Klageadgang")};

// The golden text as the letter reads when made today(): the same on SQLite (the day is fixed at
// decisionDay there). On the team server the day is the server's (a fixed one is refused by design),
// so the dates that follow from the day a case is decided (the letter's date, an earlier decision's
// date) and the year in case numbers are the server's: every other word must be the golden's.
QString onToday(QString golden, Language language)
{
    const QDate day = today();
    if (day == decisionDay)
        return golden;
    // Every "20. november 2026" of the golden texts is such a date; a fixed date of a case never is.
    golden.replace(letterDate(decisionDay, language), letterDate(day, language));
    static const QRegularExpression caseNumber(
        QStringLiteral("(?<![0-9/])%1/([0-9]{5})(?![0-9])").arg(decisionDay.year() % 100, 2, 10, QLatin1Char('0')));
    golden.replace(caseNumber, QStringLiteral("%1/\\1").arg(day.year() % 100, 2, 10, QLatin1Char('0')));
    return golden;
}

// Compares the letter with its golden text (and writes both when asked to).
void golden(const RenderedLetter &letter, const QString &name, Language language)
{
    const QString file = test::dataFile(QStringLiteral("letters/decision/%1.%2.txt").arg(name, toCode(language)));
    if (qEnvironmentVariableIsSet("FV_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(file).path());
        QSaveFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(letter.text.toUtf8() + '\n');
        REQUIRE(out.commit());
    }
    if (const QString dir = qEnvironmentVariable("FV_LETTER_PDF_DIR"); !dir.isEmpty()) {
        QSaveFile pdf(QDir(dir).filePath(QStringLiteral("%1.%2.pdf").arg(name, toCode(language))));
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write(letter.pdf);
        REQUIRE(pdf.commit());
    }
    INFO(str(file));
    REQUIRE(QFile::exists(file));
    const QString expected = onToday(QString::fromUtf8(test::readFile(file)), language).simplified();
    const QString actual = letter.text.simplified();
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    INFO("first difference at " << at << ":\n  expected: " << str(expected.mid(at, 120))
                                << "\n  actual:   " << str(actual.mid(at, 120)));
    CHECK(actual == expected);
}

// Every case is made on the same day, so the golden texts hold still.
// On the server the day is the server's: a fixed one is refused there by design (onToday()).
struct Fixed
{
    std::optional<ScopedToday> day = TempDb::onServer()
        ? std::optional<ScopedToday>()
        : std::optional<ScopedToday>(std::in_place, decisionDay);
    TempDb t;
};

// A full refusal: the lawyer found the data not necessary, and the registry manager agreed.
QString fullRefusal(TempDb &t, Language language = Language::Bokmaal)
{
    const QString number = drafted(t, example("example-application.json", "HD-2026-000501"), language);
    assess(t, number, AssessmentItem::Minimisation, AssessmentResult::NotFulfilled,
           "Søknaden begrunner ikke hvorfor hele fødselskohorten 2008–2022 trengs; problemstillingen kan besvares med "
           "et utvalg.");
    statement(t, number, "NPR", ConsultationAnswer::Refuse,
              "Opplysningene om innleggelser finnes allerede i Hjerte- og karregisteret, som prosjektet kan bruke.");
    edit(t, number, [](Decision &d) {
        for (RegistryDecision &e : d.entries) {
            e.outcome = Outcome::Refused;
            e.reason = QStringLiteral("Søknaden viser ikke at opplysningene fra registeret er nødvendige for å besvare "
                                      "problemstillingen, og behovet veier ikke opp for inngrepet i personvernet.");
        }
        d.caseworkHours = 4.5;
    });
    return number;
}

// A partial refusal: NPR partly granted after its manager's statement, LMR refused, the rest granted.
QString partialRefusal(TempDb &t, Language language = Language::Bokmaal)
{
    const QString number = drafted(t, example("example-application.json", "HD-2026-000502"), language);
    assess(t, number, AssessmentItem::Purpose, AssessmentResult::Fulfilled,
           "Formålet er medisinsk og helsefaglig forskning på risiko etter svangerskapsdiabetes, forenlig med "
           "formålene til registrene.");
    statement(t, number, "NPR", ConsultationAnswer::Partly,
              "Prosedyrekoder er ikke nødvendige for utfallet og gir en høy risiko for bakveisidentifisering.");
    statement(t, number, "MFR", ConsultationAnswer::Grant, "Ingen merknader.");
    edit(t, number, [](Decision &d) {
        RegistryDecision &npr = entry(d, "NPR");
        for (VariableDecision &v : npr.variables)
            if (v.name == QStringLiteral("prosedyrekoder"))
                v = {v.name, false, QStringLiteral("Ikke nødvendig for å måle utfallet.")};
        npr.reason = QStringLiteral("Utfallet måles med hoveddiagnose og bidiagnoser; prosedyrekodene trengs ikke.");
        RegistryDecision &lmr = entry(d, "LMR");
        lmr.outcome = Outcome::Refused;
        lmr.reason = QStringLiteral(
            "Legemiddelbruk er ikke en del av problemstillingen slik protokollen beskriver den.");
        d.caseworkHours = 6;
    });
    return number;
}

// Anonymous statistics from one registry.
QString anonymousStatistics(TempDb &t, Language language = Language::Bokmaal)
{
    QJsonObject app = example("example-application.json", "HD-2026-000503");
    app.insert(QStringLiteral("identifiability"), QStringLiteral("anonymous"));
    QJsonObject project = app.value(u"project").toObject();
    project.insert(QStringLiteral("purpose"), QStringLiteral("statistics"));
    project.insert(QStringLiteral("title"), QStringLiteral("Dødsårsaker blant kvinner 2008–2025"));
    app.insert(QStringLiteral("project"), project);
    app.insert(QStringLiteral("legalBasis"), QJsonObject{{QStringLiteral("institutionApproved"), true}});
    app.remove(QStringLiteral("rek"));
    app.remove(QStringLiteral("linkage"));
    QJsonArray sources;
    sources.append(app.value(u"dataSources").toArray().at(2)); // DAR
    app.insert(QStringLiteral("dataSources"), sources);
    const QString number = drafted(t, app, language);
    assess(t, number, AssessmentItem::Purpose, AssessmentResult::Fulfilled,
           "Aggregerte tall per år og dødsårsak til en offentlig rapport.");
    edit(t, number, [](Decision &d) { d.caseworkHours = 1; });
    return number;
}

// Directly identifiable data for quality improvement (not research), approved.
QString directlyIdentifiable(TempDb &t, Language language = Language::Bokmaal)
{
    QJsonObject app = example();
    app.insert(QStringLiteral("identifiability"), QStringLiteral("directly-identifiable"));
    app.insert(QStringLiteral("directIdentifiersJustification"),
               QStringLiteral("Fødselsnummer trengs for å koble til det lokale kvalitetsregisteret."));
    QJsonObject project = app.value(u"project").toObject();
    project.insert(QStringLiteral("purpose"), QStringLiteral("quality-improvement"));
    app.insert(QStringLiteral("project"), project);
    app.remove(QStringLiteral("rek"));
    const QString number = drafted(t, app, language);
    assess(t, number, AssessmentItem::Minimisation, AssessmentResult::Fulfilled,
           "Fødselsnummer er nødvendig for koblingen og slettes når koblingen er gjort.");
    edit(t, number, [](Decision &d) { d.caseworkHours = 3; });
    approve(t, number);
    return number;
}

// A change application whose earlier case was decided and its letter sent in this database.
QString changeDecision(TempDb &t, QString *earlier = nullptr, Language language = Language::Bokmaal)
{
    const QString first = drafted(t, example(), language);
    approve(t, first);
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto sent = DocumentService(ola).send(first, LetterKind::Decision);
    REQUIRE(sent.ok());
    QJsonObject change = example("example-change-application.json");
    change.insert(QStringLiteral("changeOf"), first);
    const QString number = drafted(t, change, language);
    edit(t, number, [](Decision &d) { d.feeExemption = QStringLiteral("data-update"); });
    if (earlier)
        *earlier = first + QLatin1Char('-') + QString::number(sent->documentNumber);
    return number;
}

} // namespace

TEST_CASE("a full refusal gives the rule, the facts and the weighing from the case", "[decision-letter][golden]")
{
    Fixed f;
    const QString number = fullRefusal(f.t);
    const RenderedLetter nb = render(f.t, number, Language::Bokmaal);
    const QString text = nb.text.simplified();
    INFO(str(text));
    const QString assessment = section(text, QStringLiteral("Vurdering"), nbHeadings);
    // The lawyer's note, the manager's statement and its date, the registry's own regulation.
    CHECK(assessment.contains(QStringLiteral("Dataminimering (ikke oppfylt): Søknaden begrunner ikke hvorfor")));
    CHECK(assessment.contains(QStringLiteral("Folkehelseinstituttet uttalte seg om registeret 20. oktober 2026 og "
                                             "anbefalte at søknaden avslås. Opplysningene om innleggelser")));
    CHECK(assessment.contains(QStringLiteral("norsk pasientregisterforskriften")));
    CHECK(assessment.contains(QStringLiteral("dataminimering, personvernforordningen artikkel 5 nr. 1 bokstav c")));
    CHECK(assessment.contains(QStringLiteral("behovet veier ikke opp for inngrepet i personvernet")));
    CHECK(assessment.contains(QStringLiteral("vilkårene for å gjøre opplysninger fra registeret tilgjengelige ikke er "
                                             "oppfylt")));
    CHECK(assessment.contains(QStringLiteral("REK) godkjente prosjektet 2. juni 2026 (ref. 2025/771204)")));
    CHECK_FALSE(text.contains(QStringLiteral("gir dispensasjon")));
    CHECK_FALSE(text.contains(QStringLiteral("ivaretatt gjennom vilkårene")));
    // The fee is stated even when nothing is granted; nothing is delivered, so no manager invoices.
    CHECK(text.contains(QStringLiteral("Gebyret er til sammen kr 8 775 uten merverdiavgift")));
    CHECK_FALSE(text.contains(QStringLiteral("Registerforvalterne fakturerer")));
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        Fixed g;
        golden(render(g.t, fullRefusal(g.t, language), language), QStringLiteral("full-refusal"), language);
    }
}

TEST_CASE("a partial refusal gives the manager's statement and names what is granted", "[decision-letter][golden]")
{
    Fixed f;
    const QString number = partialRefusal(f.t);
    const QString text = render(f.t, number, Language::Bokmaal).text.simplified();
    INFO(str(text));
    const QString assessment = section(text, QStringLiteral("Vurdering"), nbHeadings);
    CHECK(assessment.contains(QStringLiteral("Norsk pasientregister – delvis innvilget")));
    CHECK(assessment.contains(QStringLiteral("Folkehelseinstituttet uttalte seg om registeret 20. oktober 2026 og "
                                             "anbefalte at søknaden innvilges delvis. Prosedyrekoder er ikke")));
    // The statement on a granted registry stands in the general part.
    CHECK(assessment.contains(QStringLiteral("Folkehelseinstituttet uttalte seg 20. oktober 2026 om Medisinsk "
                                             "fødselsregister og anbefalte at søknaden innvilges. Ingen merknader.")));
    CHECK(assessment.contains(QStringLiteral("Formål (oppfylt): Formålet er medisinsk og helsefaglig forskning")));
    CHECK(assessment.contains(QStringLiteral("Legemiddelregisteret – avslått")));
    // Each granted registry's regulation, under the legal basis; the GDPR's national basis and safeguards.
    const QString legal = section(text, QStringLiteral("Rettslig grunnlag"), {QStringLiteral("Vurdering")});
    CHECK(legal.contains(QStringLiteral(
        "Medisinsk fødselsregister: forskrift om innsamling og behandling av "
        "helseopplysninger i Medisinsk fødselsregister (medisinsk "
        "fødselsregisterforskriften)")));
    CHECK(legal.contains(QStringLiteral("Dødsårsaksregisteret: forskrift")));
    CHECK_FALSE(legal.contains(QStringLiteral("legemiddelregisterforskriften"))); // refused: under its reasons
    CHECK(legal.contains(QStringLiteral("artikkel 6 nr. 3")));
    CHECK(legal.contains(QStringLiteral("artikkel 89 nr. 1")));
    CHECK_FALSE(legal.contains(QStringLiteral("jf. forskriftene for de enkelte registrene")));
    // The linkage names only the granted sources.
    CHECK(text.contains(QStringLiteral("Opplysninger fra Medisinsk fødselsregister, Norsk pasientregister og "
                                       "Dødsårsaksregisteret sammenstilles.")));
    // The exemption: the data subjects, the research test, until the deletion date.
    CHECK(text.contains(QStringLiteral("hensynet til de registrertes integritet og velferd er ivaretatt")));
    CHECK(text.contains(QStringLiteral("etisk, medisinsk og helsefaglig forsvarlig")));
    CHECK(text.contains(QStringLiteral("fram til opplysningene skal være slettet eller anonymisert, senest 31. "
                                       "desember 2031")));
    CHECK_FALSE(text.contains(QStringLiteral("deltaker")));
    CHECK_FALSE(text.contains(QStringLiteral("bare i prosjektperioden")));
    // The end-of-project report falls due three months after the end, not on it.
    CHECK(text.contains(QStringLiteral("Sluttmelding skal sendes til Helsedataservice senest 31. mars 2031.")));
    CHECK(text.contains(QStringLiteral("Gebyret er til sammen kr 9 930 uten merverdiavgift")));
    CHECK(text.contains(QStringLiteral("Registerforvalterne fakturerer kostnadene ved å levere dataene selv.")));
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        Fixed g;
        golden(render(g.t, partialRefusal(g.t, language), language), QStringLiteral("partial-refusal"), language);
    }
}

TEST_CASE("anonymous statistics are reasoned without exemption or privacy conditions", "[decision-letter][golden]")
{
    Fixed f;
    const QString number = anonymousStatistics(f.t);
    const QString text = render(f.t, number, Language::Bokmaal).text.simplified();
    INFO(str(text));
    const QString assessment = section(text, QStringLiteral("Vurdering"), nbHeadings);
    CHECK(assessment.contains(QStringLiteral("Søknaden gjelder anonyme opplysninger")));
    CHECK(assessment.contains(QStringLiteral("Aggregerte tall per år og dødsårsak")));
    CHECK_FALSE(text.contains(QStringLiteral("personvernet er ivaretatt")));
    CHECK_FALSE(text.contains(QStringLiteral("ivaretatt gjennom vilkårene")));
    CHECK_FALSE(text.contains(QStringLiteral("etisk, medisinsk")));
    CHECK_FALSE(text.contains(QStringLiteral("gir dispensasjon")));
    CHECK_FALSE(text.contains(QStringLiteral("Dataene skal slettes")));
    CHECK(text.contains(QStringLiteral("Dødsårsaksregisteret: forskrift om innsamling og behandling av "
                                       "helseopplysninger i Dødsårsaksregisteret (dødsårsaksregisterforskriften)")));
    CHECK(text.contains(QStringLiteral("Opplysningene sammenstilles ikke med andre kilder.")));
    CHECK(text.contains(QStringLiteral("en grunnpris på kr 1 500 for søknader om opplysninger fra én kilde og "
                                       "kr 1 155 for hver påbegynte time saksbehandling, her 1 time ")));
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        Fixed g;
        golden(render(g.t, anonymousStatistics(g.t, language), language), QStringLiteral("anonymous-statistics"),
               language);
    }
}

TEST_CASE("directly identifiable data for quality improvement: no research test, no re-identification condition",
          "[decision-letter][golden]")
{
    Fixed f;
    const QString number = directlyIdentifiable(f.t);
    const QString text = render(f.t, number, Language::Bokmaal).text.simplified();
    INFO(str(text));
    CHECK_FALSE(text.contains(QStringLiteral("UTKAST")));
    CHECK(text.contains(QStringLiteral("Dataminimering (oppfylt): Fødselsnummer er nødvendig for koblingen")));
    CHECK(text.contains(QStringLiteral("hensynet til de registrertes integritet og velferd er ivaretatt.")));
    CHECK_FALSE(text.contains(QStringLiteral("etisk, medisinsk")));
    CHECK_FALSE(text.contains(QStringLiteral("identifisere enkeltpersoner i datamaterialet")));
    CHECK(text.contains(QStringLiteral("artikkel 6 nr. 1 bokstav e og artikkel 9 nr. 2 bokstav j")));
    CHECK(text.contains(QStringLiteral("helseregisterloven § 19 a flg.")));
    CHECK(text.contains(QStringLiteral("Medisinsk fødselsregister: forskrift")));
    CHECK(text.contains(QStringLiteral("Legemiddelregisteret: forskrift om innsamling og behandling av "
                                       "helseopplysninger i Legemiddelregisteret")));
    // Approved: the fee is the one frozen with the decision.
    CHECK(text.contains(QStringLiteral("Gebyret er til sammen kr 6 465 uten merverdiavgift")));
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        Fixed g;
        golden(render(g.t, directlyIdentifiable(g.t, language), language), QStringLiteral("directly-identifiable"),
               language);
    }
}

TEST_CASE("a change decision names the earlier decision by date and document number", "[decision-letter][golden]")
{
    Fixed f;
    QString earlierRef;
    const QString number = changeDecision(f.t, &earlierRef);
    const QString text = render(f.t, number, Language::Bokmaal).text.simplified();
    INFO(str(text));
    // The earlier decision was approved today (the server's today on the server).
    CHECK(text.contains(
        QStringLiteral("erstatter vedtaket av %1 i sak %2 (vår ref. %3)")
            .arg(letterDate(today(), Language::Bokmaal), earlierRef.section(QLatin1Char('-'), 0, 0), earlierRef)));
    CHECK(text.contains(QStringLiteral("Søknaden endrer dette: Nye registre: Kreftregisteret")));
    CHECK(text.contains(QStringLiteral("Helsedataservice tar ikke gebyr for behandlingen av denne søknaden, fordi "
                                       "søknaden gjelder en oppdatering av data etter det opprinnelige vedtaket.")));
    const QString en = render(f.t, number, Language::English).text.simplified();
    CHECK(en.contains(
        QStringLiteral("replaces the decision of %1 in case %2 (our ref. %3)")
            .arg(letterDate(today(), Language::English), earlierRef.section(QLatin1Char('-'), 0, 0), earlierRef)));
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        Fixed g;
        golden(render(g.t, changeDecision(g.t, nullptr, language), language), QStringLiteral("change"), language);
    }
}

TEST_CASE("a change of a case not in the database is described from the application", "[decision-letter]")
{
    Fixed f;
    const QString number = drafted(f.t, example("example-change-application.json")); // 26/00012 is not here
    const QString text = render(f.t, number, Language::Bokmaal).text.simplified();
    INFO(str(text));
    CHECK(text.contains(QStringLiteral("erstatter vedtaket i sak 26/00012 fra tidspunktet for dette vedtaket.")));
    CHECK(text.contains(QStringLiteral("endringen er derfor beskrevet slik endringssøknaden selv angir den. Etter "
                                       "endringen gjelder søknaden: Legemiddelregisteret, ")));
    CHECK(text.contains(QStringLiteral("Kreftregisteret, ")));
    CHECK_FALSE(text.contains(QStringLiteral("Søknaden endrer dette:")));
    const QString nn = render(f.t, number, Language::Nynorsk).text.simplified();
    CHECK(nn.contains(QStringLiteral("Etter endringa gjeld søknaden: Legemiddelregisteret, ")));
}

TEST_CASE("the assessment differs between cases according to what they hold", "[decision-letter]")
{
    Fixed f;
    const QStringList numbers = {fullRefusal(f.t), partialRefusal(f.t), anonymousStatistics(f.t)};
    QStringList assessments;
    for (const QString &number : numbers)
        assessments << section(
            render(f.t, number, Language::Bokmaal).text.simplified(), QStringLiteral("Vurdering"), nbHeadings);
    for (const QString &a : assessments)
        CHECK(a.size() > 200);
    CHECK(assessments.at(0) != assessments.at(1));
    CHECK(assessments.at(1) != assessments.at(2));
    CHECK(assessments.at(0) != assessments.at(2));
}

TEST_CASE("the end-of-project report falls due the setting's months after the end", "[decision-letter][conditions]")
{
    Fixed f;
    const QString key = QStringLiteral("decision.endReportMonths");
    auto admin = f.t.as(QStringLiteral("admin"));
    for (const char *bad : {"three", "-1", "25", ""}) {
        auto refused = changeSetting(f.t.db(), admin.actor(), key, QLatin1String(bad));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(key));
        CHECK(Settings::get(f.t.db(), key, QStringLiteral("unset")).value() == QStringLiteral("unset"));
    }
    REQUIRE(changeSetting(f.t.db(), admin.actor(), key, QStringLiteral("6")).ok());
    const QString number = drafted(f.t, example());
    auto rec = f.t.as(QStringLiteral("ola")).load(number);
    REQUIRE(rec.ok());
    const auto &conditions = rec->currentDecision()->conditions;
    const auto report = std::find_if(conditions.begin(), conditions.end(), [](const Condition &c) {
        return c.code == QStringLiteral("report-end");
    });
    REQUIRE(report != conditions.end());
    CHECK(report->text
          == QStringLiteral("Prosjektet avsluttes 31. desember 2030. Sluttmelding skal sendes til Helsedataservice "
                            "senest 30. juni 2031."));
}

TEST_CASE("a research purpose alone brings the research test into the exemption", "[decision-letter][no-database]")
{
    auto app = parseApplicationJson(QJsonDocument(example()).toJson(), QStringLiteral("a.json"));
    REQUIRE(app.ok());
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        Application a = app.value();
        a.language = language;
        const QString research = DecisionService::buildDraft(a).exemption.reasons;
        a.project.purpose = QStringLiteral("health-analysis");
        const QString analysis = DecisionService::buildDraft(a).exemption.reasons;
        INFO(str(research) << " / " << str(analysis));
        CHECK(research.startsWith(analysis));
        CHECK(research.size() > analysis.size());
        for (const QString &old : {QStringLiteral("deltaker"), QStringLiteral("deltakar"), QStringLiteral("particip")})
            CHECK_FALSE(research.contains(old));
    }
}

TEST_CASE("a foreign applicant's legal basis in its own law is stated in the letter", "[decision-letter][foreign]")
{
    Fixed f;
    const QString number = partialRefusal(f.t);
    const QString basis = QStringLiteral("Article 6(1)(e) GDPR with section 3 of the Swedish Act (2018:218)");
    auto ola = f.t.as(QStringLiteral("ola"));
    REQUIRE(ForeignBasis::set(ola, number, basis).ok());
    CHECK(ForeignBasis::of(f.t.db(), number).value() == basis);
    const std::vector<std::pair<Language, QString>> expected = {
        {Language::Bokmaal,
         QStringLiteral("Mottakerens rettslige grunnlag for behandlingen etter lovgivningen i sitt "
                        "eget land er: %1")},
        {Language::Nynorsk,
         QStringLiteral("Det rettslege grunnlaget mottakaren har for behandlinga etter lovgjevinga "
                        "i sitt eige land, er: %1")},
        {Language::English,
         QStringLiteral("The recipient's legal basis for the processing under the law of its own "
                        "country is: %1")}};
    for (const auto &[language, sentence] : expected) {
        const QString text = render(f.t, number, language).text.simplified();
        INFO(str(text));
        CHECK(text.contains(sentence.arg(basis)));
    }
    // Cleared: nothing said.
    REQUIRE(ForeignBasis::set(ola, number, {}).ok());
    CHECK_FALSE(render(f.t, number, Language::Bokmaal).text.contains(QStringLiteral("utenfor Norge")));
}

TEST_CASE("the foreign legal basis is refused once the draft is submitted, and nothing changes",
          "[decision-letter][foreign]")
{
    Fixed f;
    const QString number = drafted(f.t, example());
    test::settleAssessment(f.t, number);
    auto ola = f.t.as(QStringLiteral("ola"));
    REQUIRE(ForeignBasis::set(ola, number, QStringLiteral("Basis A")).ok());
    REQUIRE(DecisionService(ola).submit(number).ok());
    const auto events = [&] { return ola.load(number)->events.size(); };
    const auto before = events();
    auto refused = ForeignBasis::set(ola, number, QStringLiteral("Basis B"));
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.error().message));
    CHECK(ForeignBasis::of(f.t.db(), number).value() == QStringLiteral("Basis A"));
    CHECK(events() == before);
    // Too long, and unchanged, are refused with what is wrong.
    auto other = drafted(f.t, example("example-application.json", "HD-2026-000504"));
    auto tooLong = ForeignBasis::set(ola, other, QString(ForeignBasis::maxLength + 1, u'x'));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QString::number(ForeignBasis::maxLength)));
    CHECK(ForeignBasis::of(f.t.db(), other).value().isEmpty());
    CHECK_FALSE(ForeignBasis::set(ola, other, {}).ok());
}

TEST_CASE("the command line states and clears the foreign legal basis", "[decision-letter][foreign][cli]")
{
    Fixed f;
    const QString number = drafted(f.t, example());
    const QString db = f.t.path();
    const QStringList asOla = f.t.cliArgs(QStringLiteral("ola"));
    f.t.close();
    const auto run = [&](QStringList args) {
        return test::cli(asOla + QStringList{QStringLiteral("foreign-basis"), number} + args);
    };
    CHECK(run({}).status == 2);
    CHECK(run({QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--clear")}).status == 2);
    CHECK(run({QStringLiteral("--text"), QStringLiteral(" ")}).status == 2);
    auto stated = run({QStringLiteral("--text"), QStringLiteral("Danish Data Protection Act § 10")});
    INFO(str(stated.err));
    CHECK(stated.status == 0);
    CHECK(stated.out.contains(QStringLiteral("the legal basis abroad is stated")));
    auto again = run({QStringLiteral("--text"), QStringLiteral("Danish Data Protection Act § 10")});
    CHECK(again.status == 1);
    CHECK(run({QStringLiteral("--clear")}).status == 0);
    auto reopened = Database::open(db);
    REQUIRE(reopened.ok());
    CHECK(ForeignBasis::of(*reopened.value(), number).value().isEmpty());
}

// SQLite's schema step (the server's steps are resources/postgres/vN.sql, upgraded in ServerScaleTests).
TEST_CASE("schema step 10 gives every case an empty foreign legal basis, cases kept",
          "[decision-letter][migration][sqlite-only]")
{
    TempDb t;
    const QString number = drafted(t, example());
    // The version before (9), without the later steps' tables either.
    for (const char *sql :
         {"DROP TABLE incoming_document", "DROP TABLE revocation_registry", "DROP TABLE revocation",
          "DROP TABLE suspension",
          "ALTER TABLE delivery DROP COLUMN stopped_on",         // schema 12
          "DROP TABLE appeal",                                   // schema 11
          "ALTER TABLE fv_case DROP COLUMN foreign_legal_basis", // schema 10
          "PRAGMA user_version = 9"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    auto basis = ForeignBasis::of(*db.value(), number);
    REQUIRE(basis.ok());
    CHECK(basis.value().isEmpty());
}
