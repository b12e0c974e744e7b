// Letters only when they make sense (issue 14, items 6, 7 and 17): refused sends change
// nothing, a registry notice goes to every registry manager that delivers and lists only what
// that manager delivers, and applicant text cannot reorder the letter around it.
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "application/BidiControls.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRules.h"
#include "letters/LetterService.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

Application exampleApplication()
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    return app.value();
}

QString registered(TempDb &t, const Application &app)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.registerApplication(app, QStringLiteral("example-application.json"));
    REQUIRE(number.ok());
    return number.value();
}

// The example application (MFR, NPR, DAR, LMR: all Folkehelseinstituttet's) with BIV as well
// (Direktoratet for medisinske produkter): two registry managers deliver.
Application twoManagerApplication()
{
    Application app = exampleApplication();
    DataSource biv = app.dataSources.front();
    biv.registry = QStringLiteral("BIV");
    biv.variables = QStringList{QStringLiteral("legemiddel"), QStringLiteral("bivirkning")};
    biv.justification = QStringLiteral("Bivirkningsmeldinger som utfall.");
    app.dataSources.push_back(biv);
    return app;
}

QString draftedCase(TempDb &t, const Application &app)
{
    const QString number = registered(t, app);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    return number;
}

// Drafted by ola with DAR refused, approved by kari.
QString approvedCase(TempDb &t, const Application &app)
{
    const QString number = draftedCase(t, app);
    auto ola = t.as(QStringLiteral("ola"));
    auto refuseDar = [](const CaseRecord &, Decision &d) {
        for (RegistryDecision &e : d.entries) {
            if (e.registry == QLatin1String("DAR")) {
                e.outcome = Outcome::Refused;
                e.reason = QStringLiteral("Dødsårsak er ikke nødvendig for formålet.");
            }
        }
        return ok();
    };
    REQUIRE(DecisionService(ola).editDraft(number, refuseDar).ok());
    test::settleAssessment(t, number);
    REQUIRE(DecisionService(ola).submit(number).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(number).ok());
    return number;
}

struct Snapshot
{
    int documents = 0;
    int events = 0;
    int nextDocument = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TempDb &t)
{
    return {t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt(),
            t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt(),
            t.db().scalar(QStringLiteral("SELECT sum(next_document) FROM fv_case"))->toInt()};
}

// Sending `kind` is refused with words containing `expected`, and nothing changes.
void refusedUnchanged(TempDb &t, const QString &number, LetterKind kind, const QString &expected)
{
    test::ensureGuiApplication();
    const Snapshot before = snapshot(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto refused = DocumentService(ola).sendAll(number, kind);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toString().toStdString());
    CHECK(refused.error().message.contains(expected));
    CHECK(refused.error().where == number);
    CHECK(snapshot(t) == before);
    // The GUI asks the same rule.
    auto rec = ola.load(number);
    REQUIRE(rec.ok());
    auto verdict = letterMakesSense(rec.value(), kind);
    REQUIRE_FALSE(verdict.ok());
    CHECK(verdict.error().message == refused.error().message);
}

QString pdfText(const QByteArray &pdf, const QString &dir)
{
    const QString path = dir + QStringLiteral("/letter.pdf");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("an info request without a request text is refused and changes nothing", "[letters][sense]")
{
    TempDb t;
    const QString number = registered(t, exampleApplication());
    refusedUnchanged(t, number, LetterKind::InfoRequest, QStringLiteral("no request for information"));
    refusedUnchanged(t, number, LetterKind::Reminder, QStringLiteral("nothing to remind"));
    // With a request recorded, the same letter goes.
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(CaseworkService(ola).requestInfo(number, QStringLiteral("Send the REK approval")).ok());
    REQUIRE(DocumentService(ola).send(number, LetterKind::InfoRequest).ok());
}

TEST_CASE("a forwarding letter when nothing is forwarded is refused and changes nothing", "[letters][sense]")
{
    TempDb t;
    const QString number = registered(t, exampleApplication());
    refusedUnchanged(t, number, LetterKind::Forwarding, QStringLiteral("nothing in this case is forwarded"));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(
        CaseworkService(ola).forward(number, QStringLiteral("NPR"), QStringLiteral("registerforvalter avgjør")).ok());
    auto sent = DocumentService(ola).send(number, LetterKind::Forwarding);
    REQUIRE(sent.ok());
}

TEST_CASE("a registry notice before the decision is approved is refused and changes nothing", "[letters][sense]")
{
    TempDb t;
    const QString none = registered(t, exampleApplication());
    refusedUnchanged(t, none, LetterKind::RegistryNotice, QStringLiteral("not approved"));
    const QString drafted = draftedCase(t, [] {
        Application app = exampleApplication();
        app.reference = QStringLiteral("HD-2026-000418");
        return app;
    }());
    refusedUnchanged(t, drafted, LetterKind::RegistryNotice, QStringLiteral("not approved"));
}

TEST_CASE("a preliminary reply or receipt is never marked as a draft, a decision preview is", "[letters][sense]")
{
    TempDb t;
    test::ensureGuiApplication();
    const QString number = draftedCase(t, exampleApplication());
    auto ola = t.as(QStringLiteral("ola"));
    LetterService letters(ola);
    for (LetterKind kind : {LetterKind::PreliminaryReply, LetterKind::Receipt}) {
        auto in = letters.input(number, kind);
        REQUIRE(in.ok());
        CHECK_FALSE(in->draft);
        auto pdf = renderLetterPdf(in.value());
        REQUIRE(pdf.ok());
        CHECK_FALSE(pdfText(pdf->pdf, t.dir()).contains(QStringLiteral("UTKAST")));
    }
    auto decision = letters.input(number, LetterKind::Decision);
    REQUIRE(decision.ok());
    CHECK(decision->draft);
    SendOptions withReason; // a preliminary reply says why the case takes time
    withReason.delayReason = QStringLiteral("workload");
    auto sent = DocumentService(ola).sendWith(number, LetterKind::PreliminaryReply, withReason);
    REQUIRE(sent.ok());
    CHECK_FALSE(pdfText(sent->front().pdf, t.dir()).contains(QStringLiteral("UTKAST")));
}

TEST_CASE("a registry notice goes to every registry manager that delivers, each its own document", "[letters][notice]")
{
    TempDb t;
    test::ensureGuiApplication();
    const QString number = approvedCase(t, twoManagerApplication());
    auto ola = t.as(QStringLiteral("ola"));
    auto sent = DocumentService(ola).sendAll(number, LetterKind::RegistryNotice);
    INFO((sent ? std::string() : sent.error().toString().toStdString()));
    REQUIRE(sent.ok());
    REQUIRE(sent->size() == 2);
    CHECK(sent->at(0).documentNumber == 1);
    CHECK(sent->at(1).documentNumber == 2);
    auto rec = ola.load(number);
    REQUIRE(rec->documents.size() == 2);
    for (const StoredDocument &d : rec->documents)
        CHECK(d.kind == QStringLiteral("registry-notice"));

    const QString fhi = pdfText(sent->at(0).pdf, t.dir());
    const QString dmp = pdfText(sent->at(1).pdf, t.dir());
    INFO(fhi.toStdString());
    INFO(dmp.toStdString());
    // Folkehelseinstituttet's: its granted registries with the catalogue names, not the refused
    // one nor another manager's; the recipient, the decision's date, and that it links.
    CHECK(fhi.contains(QStringLiteral("Medisinsk fødselsregister")));
    CHECK(fhi.contains(QStringLiteral("Mors alder ved fødsel"))); // MORS_ALDER by its catalogue name
    CHECK(fhi.contains(QStringLiteral("Norsk pasientregister")));
    CHECK_FALSE(fhi.contains(QStringLiteral("Dødsårsaksregisteret")));
    CHECK_FALSE(fhi.contains(QStringLiteral("bivirkningsrapportering")));
    CHECK(fhi.contains(QStringLiteral("utleveres til Universitetet i Oslo")));
    CHECK(fhi.contains(QStringLiteral("Dere står for sammenstillingen: Direktoratet for medisinske produkter sender")));
    CHECK(fhi.contains(letterDate(rec->currentDecision()->approvedAt.date(), Language::Bokmaal)));
    // Direktoratet for medisinske produkter's: only BIV, and where to send it for linkage.
    CHECK(dmp.contains(QStringLiteral("Direktoratet for medisinske produkter")));
    CHECK(dmp.contains(QStringLiteral("System for bivirkningsrapportering")));
    CHECK(dmp.contains(QStringLiteral("Bivirkning (MedDRA)"))); // "bivirkning" by its catalogue name
    CHECK_FALSE(dmp.contains(QStringLiteral("Medisinsk fødselsregister")));
    CHECK_FALSE(dmp.contains(QStringLiteral("Mors alder")));
    CHECK(dmp.contains(QStringLiteral("Folkehelseinstituttet står for sammenstillingen")));
    CHECK(dmp.contains(QStringLiteral("utleveres til Universitetet i Oslo")));
}

TEST_CASE("one registry manager's notice alone, and none for a registry the decision refused", "[letters][notice]")
{
    TempDb t;
    test::ensureGuiApplication();
    const QString number = approvedCase(t, twoManagerApplication());
    auto ola = t.as(QStringLiteral("ola"));
    auto one = DocumentService(ola).sendAll(
        number, LetterKind::RegistryNotice, Language::English, QStringLiteral("BIV"));
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    const QString text = pdfText(one->front().pdf, t.dir());
    CHECK(text.contains(QStringLiteral("Adverse Drug Reaction Reporting System")));
    CHECK_FALSE(text.contains(QStringLiteral("Medical Birth Registry")));

    // DAR is refused, but its manager delivers MFR: asking by DAR gives that manager's notice.
    CHECK(DocumentService(ola).sendAll(number, LetterKind::RegistryNotice, {}, QStringLiteral("DAR"))->size() == 1);
    const Snapshot before = snapshot(t);
    auto refused = DocumentService(ola).sendAll(number, LetterKind::RegistryNotice, {}, QStringLiteral("HAR"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("grants nothing from the registry HAR")));
    CHECK(snapshot(t) == before);
}

TEST_CASE("the command line sends a registry notice to each registry manager", "[letters][notice][cli]")
{
    TempDb t;
    test::ensureGuiApplication();
    const QString number = approvedCase(t, twoManagerApplication());
    const auto run = test::cli(
        t.cliArgs(QStringLiteral("ola"))
        + QStringList{QStringLiteral("send"), number, QStringLiteral("--kind"), QStringLiteral("registry-notice")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == number + QStringLiteral("\t") + number + QStringLiteral("-1\tregistry-notice"));
    CHECK(lines.at(1) == number + QStringLiteral("\t") + number + QStringLiteral("-2\tregistry-notice"));
}

TEST_CASE("direction controls are found and taken out of every value", "[letters][bidi][no-database]")
{
    CHECK(firstBidiControl(u"Ola \u202ENordmann") == char32_t(0x202E));
    CHECK(firstBidiControl(u"a\u2066b\u2069") == char32_t(0x2066));
    CHECK(firstBidiControl(u"\u061C") == char32_t(0x061C));
    CHECK_FALSE(firstBidiControl(u"Åse Ødegård عربي").has_value());
    const QVariantMap map{{QStringLiteral("a"), QStringLiteral("x\u200Fy")},
                          {QStringLiteral("b"), QVariantList{QStringLiteral("\u202Bz")}}};
    const QVariantMap clean = withoutBidiControls(QVariant(map)).toMap();
    CHECK(clean.value(QStringLiteral("a")).toString() == QStringLiteral("xy"));
    CHECK(clean.value(QStringLiteral("b")).toList().value(0).toString() == QStringLiteral("z"));
}

TEST_CASE("a right-to-left override in a registered name cannot reverse the letter around it", "[letters][bidi]")
{
    TempDb t;
    test::ensureGuiApplication();
    // Registered by hand (not imported): the importer would refuse it.
    Application app = exampleApplication();
    app.project.title = QStringLiteral("Svangerskapsdiabetes \u202Eog hjertesykdom");
    app.projectLeader.name = QStringLiteral("Åse \u202EKjærstad Ødegård");
    const QString number = registered(t, app);
    auto ola = t.as(QStringLiteral("ola"));
    for (Language language : {Language::Bokmaal, Language::English}) {
        auto sent = DocumentService(ola).send(number, LetterKind::Receipt, language);
        REQUIRE(sent.ok());
        const QString text = pdfText(sent->pdf, t.dir());
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QChar(0x202E)));
        if (language == Language::English) {
            CHECK(text.contains(QStringLiteral("Svangerskapsdiabetes og hjertesykdom”. The application arrived on")));
        } else {
            CHECK(text.contains(QStringLiteral("Svangerskapsdiabetes og hjertesykdom»")));
        }
        CHECK(text.contains(QStringLiteral("Åse Kjærstad Ødegård Postboks 1072 Blindern")));
    }
}
