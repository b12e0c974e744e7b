#include "decision/StandardTexts.h"
#include "letters/LetterContext.h"
#include "letters/LetterRenderer.h"

#include <catch2/catch_test_macros.hpp>

#include <QGuiApplication>

#include <string>

using namespace fv;

namespace {

// Rendering needs fonts, and fonts need a QGuiApplication; Catch2's main does not make one.
void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "LetterTests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives until the process ends
}

std::string str(const QString &s) { return s.toStdString(); }

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
    app.projectLeader = {QStringLiteral("Åse Kjærstad Ødegård"), QStringLiteral("ase.odegard@example.uio.no"), {},
                         QStringLiteral("Professor")};
    app.controller = {QStringLiteral("Universitetet i Oslo"), QStringLiteral("971035854"),
                      {QStringLiteral("Postboks 1072 Blindern"), QStringLiteral("0316"), QStringLiteral("Oslo"), {}}};
    app.legalBasis = {QStringLiteral("e"), QStringLiteral("j"), QStringLiteral("done"), true, true};
    app.rek = RekApproval{QStringLiteral("2025/771204"), QDate(2026, 6, 2)};
    app.population = QStringLiteral("Alle kvinner registrert som mor i MFR med fødsel 2008–2022.");
    app.linkage = Linkage{QStringLiteral("Mødre i MFR kobles til NPR, DAR og LMR."), {QStringLiteral("løpenummer mor")}, {}};
    app.storage = {QStringLiteral("TSD"), QStringLiteral("Tjenester for sensitive data, UiO")};
    app.personsWithAccess = {{QStringLiteral("Åse Kjærstad Ødegård"), QStringLiteral("Universitetet i Oslo")},
                             {QStringLiteral("Jørgen Bråten"), QStringLiteral("Universitetet i Oslo")}};
    app.dataSources = {
        source("MFR", {QStringLiteral("FAAR"), QStringLiteral("MORS_ALDER"), QStringLiteral("DIABETES_SVLS"),
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
        mfr.variables.push_back({v, v != QStringLiteral("PREEKLAMPSI"),
                                 v == QStringLiteral("PREEKLAMPSI") ? QStringLiteral("Ikke nødvendig for formålet.")
                                                                    : QString()});
    d.entries = {mfr,
                 {QStringLiteral("NPR"), Outcome::Granted, {}, {}, {}, {}},
                 {QStringLiteral("DAR"), Outcome::Granted, {}, {}, {}, {}},
                 {QStringLiteral("LMR"), Outcome::Refused, {}, {}, {}, QStringLiteral("Legemiddelbruk er ikke godt nok begrunnet.")}};
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
        {QStringLiteral("MFR"), registry("MFR", QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Medical Birth Registry of Norway"))},
        {QStringLiteral("NPR"), registry("NPR", QStringLiteral("Norsk pasientregister"), QStringLiteral("Norsk pasientregister"), QStringLiteral("Norwegian Patient Registry"))},
        {QStringLiteral("DAR"), registry("DAR", QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Norwegian Cause of Death Registry"))},
        {QStringLiteral("LMR"), registry("LMR", QStringLiteral("Legemiddelregisteret"), QStringLiteral("Legemiddelregisteret"), QStringLiteral("Norwegian Prescribed Drug Registry"))},
    };
    return in;
}

RenderedLetter render(const LetterInput &in)
{
    ensureGuiApplication();
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
    REQUIRE(allLetterKinds().size() == 7);
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
        QString appeal, approved, page, names[4];
    };
    const Expect cases[] = {
        {Language::Bokmaal, QStringLiteral("tre uker"), QStringLiteral("Dokumentet er elektronisk godkjent"),
         QStringLiteral("Side 1 av"),
         {QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Norsk pasientregister"),
          QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Legemiddelregisteret")}},
        {Language::Nynorsk, QStringLiteral("tre veker"), QStringLiteral("Dokumentet er elektronisk godkjent"),
         QStringLiteral("Side 1 av"),
         {QStringLiteral("Medisinsk fødselsregister"), QStringLiteral("Norsk pasientregister"),
          QStringLiteral("Dødsårsaksregisteret"), QStringLiteral("Legemiddelregisteret")}},
        {Language::English, QStringLiteral("three weeks"), QStringLiteral("This document is approved electronically"),
         QStringLiteral("Page 1 of"),
         {QStringLiteral("Medical Birth Registry of Norway"), QStringLiteral("Norwegian Patient Registry"),
          QStringLiteral("Norwegian Cause of Death Registry"), QStringLiteral("Norwegian Prescribed Drug Registry")}},
    };
    for (const Expect &e : cases) {
        INFO("language " << str(toCode(e.language)));
        const RenderedLetter letter = render(exampleLetter(e.language));
        REQUIRE(letter.pdf.startsWith("%PDF-"));
        CHECK(letter.pdf.contains("pdfaid:part"));
        CHECK(letter.pages >= 2);
        requireText(letter, QStringLiteral("26/00012-5"));
        requireText(letter, QStringLiteral("HD-2026-000417"));
        requireText(letter, QStringLiteral("Åse Kjærstad Ødegård"));
        requireText(letter, e.appeal);
        requireText(letter, QStringLiteral("§ 18"));
        requireText(letter, e.approved);
        requireText(letter, e.page);
        const QString lastPage = letterLabels(e.language).value(QStringLiteral("page")).toString();
        requireText(letter, lastPage.arg(letter.pages).arg(letter.pages));
        for (const QString &name : e.names)
            requireText(letter, name);
        CHECK_FALSE(letter.text.contains(e.language == Language::English ? QStringLiteral("DRAFT") : QStringLiteral("UTKAST")));
    }
}
