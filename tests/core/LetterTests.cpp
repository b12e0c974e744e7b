#include "TestSupport.h"
#include "decision/StandardTexts.h"
#include "letters/LetterContext.h"
#include "letters/LetterRenderer.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace fv;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

Registry registry(const char *code, const QString &nb, const QString &nn, const QString &en)
{
    Registry r;
    r.code = QString::fromLatin1(code);
    r.name = nb;
    r.nameNn = nn;
    r.nameEn = en;
    r.manager = QStringLiteral("Folkehelseinstituttet");
    return r;
}

DataSource source(const char *code, QStringList variables)
{
    return {QString::fromLatin1(code), QDate(2008, 1, 1), QDate(2025, 12, 31), std::move(variables),
            QStringLiteral("Nødvendig for problemstillingen.")};
}

// The application of shared/spec/example-application.json, built by hand.
Application exampleApplication(Language language)
{
    Application app;
    app.reference = QStringLiteral("HD-2026-000417");
    app.received = QDate(2026, 9, 14);
    app.language = language;
    app.project.title = QStringLiteral("Svangerskapsdiabetes og hjerte- og karsykdom hos mødre etter fødsel");
    app.project.summary = QStringLiteral("Kohortstudie av kvinner som fødte i Norge 2008–2022.");
    app.project.purpose = QStringLiteral("medical-health-research");
    app.project.start = QDate(2026, 11, 1);
    app.project.end = QDate(2030, 12, 31);
    app.project.deletionDate = QDate(2031, 12, 31);
    app.projectLeader = {
        QStringLiteral("Åse Kjærstad Ødegård"),
        QStringLiteral("ase.odegard@example.uio.no"),
        {},
        QStringLiteral("Professor")};
    app.controller = {QStringLiteral("Universitetet i Oslo"),
                      QStringLiteral("971035854"),
                      {QStringLiteral("Postboks 1072 Blindern"), QStringLiteral("0316"), QStringLiteral("Oslo"), {}}};
    app.legalBasis = {QStringLiteral("e"), QStringLiteral("j"), QStringLiteral("done"), true, true};
    app.rek = RekApproval{QStringLiteral("2025/771204"), QDate(2026, 6, 2)};
    app.population = QStringLiteral("Alle kvinner registrert som mor i MFR med fødsel 2008–2022.");
    app.linkage = Linkage{
        QStringLiteral("Mødre i MFR kobles til NPR, DAR og LMR."), {QStringLiteral("løpenummer mor")}, {}};
    app.storage = {QStringLiteral("TSD"), QStringLiteral("Tjenester for sensitive data, UiO")};
    app.personsWithAccess = {{QStringLiteral("Åse Kjærstad Ødegård"), QStringLiteral("Universitetet i Oslo")},
                             {QStringLiteral("Jørgen Bråten"), QStringLiteral("Universitetet i Oslo")}};
    app.dataSources = {
        source("MFR",
               {QStringLiteral("FAAR"), QStringLiteral("MORS_ALDER"), QStringLiteral("DIABETES_SVLS"),
                QStringLiteral("PREEKLAMPSI")}),
        source("NPR", {QStringLiteral("hovedtilstand"), QStringLiteral("innDato")}),
        source("DAR", {QStringLiteral("DODSDATO"), QStringLiteral("UNDERLIGGENDE_DODSARSAK")}),
        source("LMR", {QStringLiteral("ATC-kode"), QStringLiteral("utleveringsdato")}),
    };
    return app;
}

// MFR partly granted (one variable removed), NPR and DAR granted, LMR refused.
Decision exampleDecision(const Application &app, Language language)
{
    Decision d;
    RegistryDecision mfr{QStringLiteral("MFR"), Outcome::PartlyGranted, QDate(2008, 1, 1), QDate(2022, 12, 31), {}, {}};
    for (const QString &v : app.dataSources[0].variables)
        mfr.variables.push_back(
            {v, v != QStringLiteral("PREEKLAMPSI"),
             v == QStringLiteral("PREEKLAMPSI") ? QStringLiteral("Ikke nødvendig for formålet.") : QString()});
    d.entries = {
        mfr,
        {QStringLiteral("NPR"), Outcome::Granted, {}, {}, {}, {}},
        {QStringLiteral("DAR"), Outcome::Granted, {}, {}, {}, {}},
        {QStringLiteral("LMR"),
         Outcome::Refused,
         {},
         {},
         {},
         QStringLiteral("Legemiddelbruk er ikke godt nok begrunnet.")}};
    d.exemption = {true, true, standardText(QStringLiteral("exemptionBasis"), app, language),
                   standardText(QStringLiteral("exemptionReasons"), app, language)};
    d.legalBasis = standardText(QStringLiteral("legalBasis"), app, language);
    d.reasons = standardText(QStringLiteral("reasons"), app, language);
    for (const StandardCondition &c : standardConditions())
        d.conditions.push_back({c.code, conditionText(c.code, app, language)});
    return d;
}

LetterInput exampleLetter(Language language = Language::Bokmaal)
{
    LetterInput in;
    in.language = language;
    in.caseNumber = QStringLiteral("26/00012");
    in.documentNumber = 5;
    in.date = QDate(2026, 11, 20);
    in.caseworkerName = QStringLiteral("Kari Sæther");
    in.drafterName = QStringLiteral("Kari Sæther");
    in.approverName = QStringLiteral("Øystein Ålgård");
    in.application = exampleApplication(language);
    in.decision = exampleDecision(in.application, language);
    in.registries = {
        {QStringLiteral("MFR"),
         registry("MFR", QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Medisinsk fødselsregister"),
                  QStringLiteral("Medical Birth Registry of Norway"))},
        {QStringLiteral("NPR"),
         registry("NPR", QStringLiteral("Norsk pasientregister"), QStringLiteral("Norsk pasientregister"),
                  QStringLiteral("Norwegian Patient Registry"))},
        {QStringLiteral("DAR"),
         registry("DAR", QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Dødsårsaksregisteret"),
                  QStringLiteral("Norwegian Cause of Death Registry"))},
        {QStringLiteral("LMR"),
         registry("LMR", QStringLiteral("Legemiddelregisteret"), QStringLiteral("Legemiddelregisteret"),
                  QStringLiteral("Norwegian Prescribed Drug Registry"))},
    };
    return in;
}

RenderedLetter render(const LetterInput &in)
{
    test::ensureGuiApplication();
    auto letter = renderLetterPdf(in);
    INFO((letter ? std::string() : str(letter.error().toString())));
    REQUIRE(letter.ok());
    return letter.value();
}

void requireText(const RenderedLetter &letter, const QString &needle)
{
    INFO("missing: " << str(needle));
    CHECK(letter.text.contains(needle));
}

} // namespace

TEST_CASE("letter kinds have stable codes", "[letters]")
{
    REQUIRE(allLetterKinds().size() == 18); // + the four revocation and four appeal letters (issue 15)
    for (LetterKind kind : allLetterKinds())
        CHECK(letterKindFromCode(toCode(kind)) == kind);
    CHECK(toCode(LetterKind::InfoRequest) == QStringLiteral("info-request"));
    CHECK_FALSE(letterKindFromCode(QStringLiteral("vedtak")).has_value());
}

TEST_CASE("a decision letter holds what forvaltningsloven requires, in each language", "[letters]")
{
    struct Expect
    {
        Language language;
        QString appeal, approved, access, reversal, names[4];
    };
    const Expect cases[] = {
        {Language::Bokmaal,
         QStringLiteral("tre uker"),
         QStringLiteral("Dokumentet er elektronisk godkjent"),
         QStringLiteral("§ 18"),
         QStringLiteral("§ 33"),
         {QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Norsk pasientregister"),
          QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Legemiddelregisteret")}},
        {Language::Nynorsk,
         QStringLiteral("tre veker"),
         QStringLiteral("Dokumentet er elektronisk godkjent"),
         QStringLiteral("§ 18"),
         QStringLiteral("§ 33"),
         {QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Norsk pasientregister"),
          QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Legemiddelregisteret")}},
        {Language::English,
         QStringLiteral("three weeks"),
         QStringLiteral("This document has been approved electronically and therefore has no handwritten signature"),
         QStringLiteral("sections 18 and 19 of the Public Administration Act"),
         QStringLiteral("section 33"),
         {QStringLiteral("Medical Birth Registry of Norway"), QStringLiteral("Norwegian Patient Registry"),
          QStringLiteral("Norwegian Cause of Death Registry"), QStringLiteral("Norwegian Prescribed Drug Registry")}},
    };
    for (const Expect &e : cases) {
        INFO("language " << str(toCode(e.language)));
        const RenderedLetter letter = render(exampleLetter(e.language));
        const QVariantMap labels = letterLabels(e.language);
        REQUIRE(letter.pdf.startsWith("%PDF-"));
        CHECK(letter.pdf.contains("pdfaid:part=\"2\""));
        CHECK(letter.pdf.contains("pdfuaid:part=\"1\""));
        CHECK(letter.pdf.contains("pdfaid:conformance=\"B\""));
        CHECK(letter.pdf.contains("xmp:CreatorTool=\"Fellesvedtak\""));
        CHECK(letter.pdf.contains("26/00012-5</rdf:li>")); // the title metadata names the letter
        CHECK(letter.pages >= 2);
        requireText(letter, labels.value(QStringLiteral("decisionTitle")).toString());
        requireText(letter, labels.value(QStringLiteral("yourRef")).toString());
        requireText(letter, QStringLiteral("HD-2026-000417")); // Deres ref.
        requireText(letter, QStringLiteral("26/00012-5"));     // Vår ref.
        requireText(letter, QStringLiteral("Åse Kjærstad Ødegård"));
        requireText(letter, QStringLiteral("Postboks 1072 Blindern"));
        requireText(letter, e.appeal);
        requireText(letter, e.access);
        requireText(letter, e.reversal);
        requireText(letter, QStringLiteral("Helseklage"));
        requireText(letter, e.approved);
        requireText(letter, QStringLiteral("Øystein Ålgård"));
        requireText(letter, QStringLiteral("Kari Sæther"));
        requireText(letter, QStringLiteral("PREEKLAMPSI"));
        requireText(letter, QStringLiteral("Ikke nødvendig for formålet."));
        for (const QString &name : e.names)
            requireText(letter, name);
        const QString page = labels.value(QStringLiteral("page")).toString();
        requireText(letter, page.arg(1).arg(letter.pages));
        requireText(letter, page.arg(letter.pages).arg(letter.pages));
        CHECK_FALSE(letter.text.contains(labels.value(QStringLiteral("draftMark")).toString()));
    }
}

TEST_CASE("the decision table and texts say what was decided for each registry", "[letters]")
{
    const LetterInput in = exampleLetter();
    const QVariantMap context = letterContext(in);
    CHECK(context.value(QStringLiteral("ourRef")).toString() == QStringLiteral("26/00012-5"));
    CHECK(context.value(QStringLiteral("yourRef")).toString() == QStringLiteral("HD-2026-000417"));
    CHECK(context.value(QStringLiteral("date")).toString() == QStringLiteral("20. november 2026"));
    const QVariantMap decision = context.value(QStringLiteral("decision")).toMap();
    CHECK(decision.value(QStringLiteral("overallPartlyGranted")).toBool());
    const QVariantList rows = decision.value(QStringLiteral("rows")).toList();
    REQUIRE(rows.size() == 4);
    const QVariantMap mfr = rows[0].toMap(), npr = rows[1].toMap(), lmr = rows[3].toMap();
    CHECK(mfr.value(QStringLiteral("name")).toString() == QStringLiteral("Medisinsk fødselsregister"));
    CHECK(mfr.value(QStringLiteral("outcome")).toString() == QStringLiteral("delvis innvilget"));
    CHECK(mfr.value(QStringLiteral("approvedVariables")).toString()
          == QStringLiteral("FAAR, MORS_ALDER, DIABETES_SVLS"));
    CHECK(mfr.value(QStringLiteral("periodShort")).toString() == QStringLiteral("01.01.2008–31.12.2022"));
    // Granted as applied for: the requested variables and period.
    CHECK(npr.value(QStringLiteral("approvedVariables")).toString() == QStringLiteral("hovedtilstand, innDato"));
    CHECK(npr.value(QStringLiteral("period")).toString() == QStringLiteral("1. januar 2008 – 31. desember 2025"));
    CHECK(lmr.value(QStringLiteral("outcome")).toString() == QStringLiteral("avslått"));
    CHECK_FALSE(lmr.value(QStringLiteral("hasApprovedVariables")).toBool());
    // Copies go to the manager of the registries that deliver data, once.
    const QVariantList copyTo = decision.value(QStringLiteral("copyTo")).toList();
    REQUIRE(copyTo.size() == 1);
    CHECK(copyTo[0].toMap().value(QStringLiteral("registries")).toString()
          == QStringLiteral("Medisinsk fødselsregister, Norsk pasientregister og Dødsårsaksregisteret"));

    LetterInput preview = in;
    preview.documentNumber = 0;
    CHECK(letterContext(preview).value(QStringLiteral("ourRef")).toString() == QStringLiteral("26/00012"));
    CHECK(letterContext(exampleLetter(Language::Nynorsk))
              .value(QStringLiteral("decision"))
              .toMap()
              .value(QStringLiteral("overall"))
              .toString()
          == QStringLiteral("delvis innvilga"));
}

// Variables are named as the registry catalogue names them; a variable it does not list keeps
// its code (applicants may ask for those).
TEST_CASE("letters name variables by the catalogue's name, not their code", "[letters]")
{
    LetterInput in = exampleLetter();
    in.registries[QStringLiteral("DAR")].variables = {
        {QStringLiteral("DODSDATO"), QStringLiteral("Død"), QStringLiteral("Dødsdato")},
        {QStringLiteral("UNDERLIGGENDE_DODSARSAK"), QStringLiteral("Dødsårsak"),
         QStringLiteral("Underliggende dødsårsak (ICD-10)")}};
    in.registries[QStringLiteral("MFR")].variables = {
        {QStringLiteral("PREEKLAMPSI"), QStringLiteral("Svangerskap"), QStringLiteral("Preeklampsi")}};
    const RenderedLetter letter = render(in);
    requireText(letter, QStringLiteral("Dødsdato, Underliggende dødsårsak (ICD-10)"));
    requireText(letter, QStringLiteral("Preeklampsi (Medisinsk fødselsregister)"));
    CHECK_FALSE(letter.text.contains(QStringLiteral("UNDERLIGGENDE_DODSARSAK")));
    CHECK_FALSE(letter.text.contains(QStringLiteral("PREEKLAMPSI")));
    requireText(letter, QStringLiteral("FAAR, MORS_ALDER")); // not in this catalogue: the code

    // The notice to the registry manager and the forwarding letter name them too.
    for (LetterKind kind : {LetterKind::RegistryNotice, LetterKind::Forwarding}) {
        INFO(str(toCode(kind)));
        LetterInput notice = in;
        notice.kind = kind;
        notice.forwardRegistry = QStringLiteral("DAR");
        const RenderedLetter rendered = render(notice);
        requireText(rendered, QStringLiteral("Underliggende dødsårsak (ICD-10)"));
        CHECK_FALSE(rendered.text.contains(QStringLiteral("UNDERLIGGENDE_DODSARSAK")));
    }
}

TEST_CASE("a registry forwarded to its manager is said to be decided there", "[letters]")
{
    LetterInput in = exampleLetter();
    in.decision->entries[1].outcome = Outcome::Forwarded;
    const RenderedLetter letter = render(in);
    requireText(letter, QStringLiteral("Videresendt til registerforvalter"));
    requireText(letter,
                QStringLiteral("Søknaden om opplysninger fra Norsk pasientregister er videresendt til "
                               "Folkehelseinstituttet, som selv treffer vedtak"));
}

TEST_CASE("an unapproved decision is marked as a draft on every page", "[letters]")
{
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        LetterInput in = exampleLetter(language);
        in.draft = true;
        in.approverName.clear();
        const RenderedLetter letter = render(in);
        const QString mark = letterLabels(language).value(QStringLiteral("draftMark")).toString();
        INFO(str(mark));
        CHECK(letter.pages >= 2);
        CHECK(letter.text.count(mark) == letter.pages);
        CHECK_FALSE(letter.text.contains(QStringLiteral("elektronisk godkjent")));
    }
    CHECK(letterLabels(Language::Bokmaal).value(QStringLiteral("draftMark")).toString()
          == QStringLiteral("UTKAST – ikke godkjent"));
}

TEST_CASE("applicant text prints literally, never as markup", "[letters]")
{
    LetterInput in = exampleLetter();
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> & <b>fet</b>");
    in.application.project.title = hostile;
    in.application.project.summary = QStringLiteral("<script>alert(2)</script>");
    auto html = letterHtml(in);
    REQUIRE(html.ok());
    CHECK_FALSE(html->contains(QStringLiteral("<img")));
    CHECK_FALSE(html->contains(QStringLiteral("<script")));
    CHECK(html->contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    const RenderedLetter letter = render(in);
    requireText(letter, QStringLiteral("<img src=x onerror=alert(1)>"));
    requireText(letter, hostile);
    requireText(letter, QStringLiteral("<script>alert(2)</script>"));
}

// The text pdftotext finds on one page of a PDF file.
QString pdfPageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
             QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST_CASE("a long decision breaks over pages and keeps every page numbered", "[letters]")
{
    LetterInput in = exampleLetter();
    QString summary;
    while (summary.size() < 5000)
        summary += QStringLiteral("Kohortstudie av mødre med svangerskapsdiabetes, fulgt for hjerte- og karsykdom. ");
    in.application.project.summary = summary;
    QString reasons;
    while (reasons.size() < 5000)
        reasons += QStringLiteral("Formålet er av vesentlig samfunnsinteresse, og personvernet er godt ivaretatt. ");
    in.decision->reasons = reasons;
    std::vector<VariableDecision> &variables = in.decision->entries[0].variables;
    variables.clear();
    for (int i = 0; i < 30; ++i)
        variables.push_back({QStringLiteral("VARIABEL_%1").arg(i, 2, 10, QLatin1Char('0')), i % 10 != 9,
                             QStringLiteral("Ikke nødvendig.")});
    const RenderedLetter shortLetter = render(exampleLetter());
    const RenderedLetter letter = render(in);
    CHECK(letter.pages >= 2);
    CHECK(letter.pages > shortLetter.pages);
    for (int i = 0; i < 30; ++i)
        requireText(letter, QStringLiteral("VARIABEL_%1").arg(i, 2, 10, QLatin1Char('0')));
    for (int page = 1; page <= letter.pages; ++page)
        requireText(letter, QStringLiteral("Side %1 av %2").arg(page).arg(letter.pages));
    requireText(letter, QStringLiteral("Dokumentet er elektronisk godkjent"));
    requireText(letter, reasons.trimmed().left(200));

    // In the PDF itself: every page carries its own number.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(letter.pdf);
    file.close();
    for (int page = 1; page <= letter.pages; ++page) {
        INFO("page " << page);
        CHECK(pdfPageText(pdf, page).contains(QStringLiteral("Side %1 av %2").arg(page).arg(letter.pages)));
    }
}

// The whole text of the bokmål decision letter of exampleLetter(), compared with
// tests/data/letters/decision-nb.txt (whitespace normalised, so line breaks may move).
// After an intended change of template or layout, regenerate the file and review the diff:
//   FV_UPDATE_GOLDEN=1 build/tests/LetterTests "the bokmål decision letter reads as the golden text"
TEST_CASE("the bokmål decision letter reads as the golden text", "[letters][golden]")
{
    const RenderedLetter letter = render(exampleLetter(Language::Bokmaal));
    const QString golden = test::dataFile(QStringLiteral("letters/decision-nb.txt"));
    if (qEnvironmentVariableIsSet("FV_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(golden).path());
        QSaveFile out(golden);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(letter.text.toUtf8() + '\n');
        REQUIRE(out.commit());
    }
    REQUIRE(QFile::exists(golden));
    const QString expected = QString::fromUtf8(test::readFile(golden)).simplified();
    const QString actual = letter.text.simplified();
    if (actual != expected) {
        // Point at the first difference rather than printing two whole letters.
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        INFO("first difference at character "
             << at << ":\n  expected: " << str(expected.mid(at, 120)) << "\n  actual:   " << str(actual.mid(at, 120)));
        CHECK(actual == expected);
    }
}

TEST_CASE("anonymous data need no exemption from the duty of confidentiality", "[letters]")
{
    LetterInput in = exampleLetter();
    in.application.identifiability = Identifiability::Anonymous;
    in.decision->exemption.required = false;
    const RenderedLetter letter = render(in);
    requireText(letter, QStringLiteral("Vedtak om tilgjengeliggjøring av helseopplysninger"));
    CHECK_FALSE(letter.text.contains(QStringLiteral("helseopplysninger og dispensasjon fra taushetsplikt")));
    requireText(letter, QStringLiteral("ikke nødvendig med dispensasjon fra taushetsplikten"));
    requireText(letter, QStringLiteral("anonyme opplysninger"));
}

TEST_CASE("a decision letter needs a decision", "[letters]")
{
    LetterInput in = exampleLetter();
    in.decision.reset();
    CHECK_FALSE(letterHtml(in).ok());
}

TEST_CASE("every kind of letter has a template in every language", "[letters]")
{
    for (LetterKind kind : allLetterKinds()) {
        for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
            INFO(str(toCode(kind)) << "." << str(toCode(language)));
            LetterInput in = exampleLetter(language);
            in.kind = kind;
            in.infoRequestText = QStringLiteral("Send REK-godkjenningen.");
            in.answerDue = QDate(2026, 12, 4);
            in.expectedDecision = QDate(2027, 2, 1);
            in.forwardRegistry = QStringLiteral("NPR");
            auto html = letterHtml(in);
            REQUIRE(html.ok());
            CHECK_FALSE(html->contains(QStringLiteral("{{")));
            const RenderedLetter letter = render(in);
            CHECK(letter.pages >= 1);
            requireText(letter, QStringLiteral("26/00012-5"));
            requireText(letter,
                        letterLabels(language).value(QStringLiteral("page")).toString().arg(1).arg(letter.pages));
            requireText(letter, letterLabels(language).value(QStringLiteral("approvedElectronically")).toString());
            requireText(letter, letterLabels(language).value(QStringLiteral("ourRef")).toString());
            requireText(letter, in.settings.letterhead(language));
            if (kind == LetterKind::InfoRequest || kind == LetterKind::Reminder) {
                requireText(letter, QStringLiteral("Send REK-godkjenningen."));
                requireText(letter, letterDate(in.answerDue, language));
            }
            if (kind == LetterKind::PreliminaryReply)
                requireText(letter, letterDate(in.expectedDecision, language));
            if (kind == LetterKind::Forwarding || kind == LetterKind::RegistryNotice) {
                requireText(letter, registryName(in, QStringLiteral("NPR")));
                requireText(letter, QStringLiteral("Postboks 222 Skøyen")); // the manager's address
                requireText(letter, QStringLiteral("0213 Oslo"));
            }
        }
    }
}

TEST_CASE("a decision on a change application states what changes against the earlier decision", "[letters][change]")
{
    struct Expect
    {
        Language language;
        QString replaces;
        QString added;
        QString period;
        QString person;
    };
    const std::vector<Expect> expectations = {
        {Language::Bokmaal, QStringLiteral("erstatter vedtaket i sak 26/00003"),
         QStringLiteral("Nye registre: Legemiddelregisteret"), QStringLiteral("perioden endres fra"),
         QStringLiteral("Nye personer med tilgang: Sigrid Øvrebø")},
        {Language::Nynorsk, QStringLiteral("erstattar vedtaket i sak 26/00003"),
         QStringLiteral("Nye register: Legemiddelregisteret"), QStringLiteral("perioden vert endra frå"),
         QStringLiteral("Nye personar med tilgang: Sigrid Øvrebø")},
        {Language::English, QStringLiteral("replaces the decision in case 26/00003"),
         QStringLiteral("Registries added: Norwegian Prescribed Drug Registry"),
         QStringLiteral("the period changes from"), QStringLiteral("Persons given access: Sigrid Øvrebø")},
    };
    for (const Expect &e : expectations) {
        LetterInput in = exampleLetter(e.language);
        in.application.kind = ApplicationKind::Change;
        in.application.changeOf = QStringLiteral("26/00003");
        ChangeDiff diff;
        diff.registriesAdded = {QStringLiteral("LMR")};
        diff.periods.push_back(
            {QStringLiteral("LMR"), QDate(2010, 1, 1), QDate(2020, 12, 31), QDate(2010, 1, 1), QDate(2024, 12, 31)});
        diff.personsAdded = {QStringLiteral("Sigrid Øvrebø (Universitetet i Bergen)")};
        in.changes = diff;
        const RenderedLetter letter = render(in);
        const QString flat = letter.text.simplified();
        for (const QString &needle : {e.replaces, e.added, e.period, e.person}) {
            INFO("missing: " << str(needle));
            CHECK(flat.contains(needle));
        }
    }
}
