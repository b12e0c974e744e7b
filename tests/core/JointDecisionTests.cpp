// Issue 5 as a caseworker lives it: one application to all 11 registries, one refused, one
// partly granted, one forwarded, a custom condition; approval by a second person; locked.
#include "TestSupport.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionService.h"
#include "decision/Fees.h"
#include "decision/Permit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

const QStringList allRegistries = {
    QStringLiteral("DAR"),    QStringLiteral("KRG"), QStringLiteral("MFR"), QStringLiteral("MSIS"),
    QStringLiteral("SYSVAK"), QStringLiteral("NPR"), QStringLiteral("HKR"), QStringLiteral("BIV"),
    QStringLiteral("KPR"),    QStringLiteral("LMR"), QStringLiteral("HAR")};

// The shared example, asking for every registry.
QByteArray elevenRegistries()
{
    QJsonObject o =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json")))).object();
    QJsonArray sources;
    for (const QString &code : allRegistries)
        sources.append(QJsonObject{
            {QStringLiteral("registry"), code},
            {QStringLiteral("periodFrom"), QStringLiteral("2010-01-01")},
            {QStringLiteral("periodTo"), QStringLiteral("2024-12-31")},
            {QStringLiteral("variables"),
             QJsonArray{QStringLiteral("A_%1").arg(code), QStringLiteral("B_%1").arg(code)}},
            {QStringLiteral("justification"), QStringLiteral("Nødvendig for å besvare problemstillingen.")}});
    o.insert(QStringLiteral("dataSources"), sources);
    return QJsonDocument(o).toJson();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

// [sqlite-only]: its own SQLite file made by `init --test` and used with --as and a fixed date; the
// same journey on the server, one login per caseworker, is ServerTests' first case.
TEST_CASE(
    "one joint decision for all 11 registries, with a refusal, a partial grant, a forwarding and a custom condition",
    "[decision][e2e][sqlite-only]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    const auto run = [&](const QString &as, const QStringList &args) {
        return test::cliProcess(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), as} + args);
    };
    REQUIRE(run(QStringLiteral("boss"), {QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    for (const auto &[login, role, name] :
         {std::tuple{"ola", "adviser", "Ola Nordmann"}, std::tuple{"lise", "lawyer", "Lise Bø"},
          std::tuple{"kari", "decision-maker", "Kari Sørensen"}})
        REQUIRE(run(QStringLiteral("boss"),
                    {QStringLiteral("user"), QStringLiteral("add"), QLatin1String(login), QStringLiteral("--role"),
                     QLatin1String(role), QStringLiteral("--full-name"), QString::fromUtf8(name)})
                    .status
                == 0);
    const QString file = dir.filePath(QStringLiteral("eleven.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(elevenRegistries());
    f.close();
    auto imported = run(QStringLiteral("ola"), {QStringLiteral("import"), file});
    REQUIRE(imported.status == 0);
    const QString c = imported.out.section(QLatin1Char('\t'), 0, 0);

    REQUIRE(run(QStringLiteral("ola"), {QStringLiteral("assign"), c, QStringLiteral("ola")}).status == 0);
    REQUIRE(run(QStringLiteral("ola"), {QStringLiteral("complete"), c}).status == 0);
    REQUIRE(run(QStringLiteral("ola"), {QStringLiteral("draft"), c}).status == 0);
    REQUIRE(run(QStringLiteral("ola"),
                {QStringLiteral("outcome"), c, QStringLiteral("HAR"), QStringLiteral("refused"),
                 QStringLiteral("--reason"), QStringLiteral("Journalene gjelder ikke prosjektets utvalg.")})
                .status
            == 0);
    REQUIRE(run(QStringLiteral("ola"),
                {QStringLiteral("outcome"), c, QStringLiteral("NPR"), QStringLiteral("partly-granted"),
                 QStringLiteral("--drop-variable"), QStringLiteral("B_NPR"), QStringLiteral("--reason"),
                 QStringLiteral("Ikke nødvendig for formålet.")})
                .status
            == 0);
    REQUIRE(run(QStringLiteral("ola"),
                {QStringLiteral("outcome"), c, QStringLiteral("KPR"), QStringLiteral("forwarded"),
                 QStringLiteral("--reason"), QStringLiteral("Registerforvalter avgjør selv.")})
                .status
            == 0);
    REQUIRE(run(QStringLiteral("ola"),
                {QStringLiteral("condition"), QStringLiteral("add"), c, QStringLiteral("--text"),
                 QStringLiteral("Resultatene skal sendes Helsedataservice før publisering.")})
                .status
            == 0);
    REQUIRE(
        run(QStringLiteral("ola"), {QStringLiteral("fee"), c, QStringLiteral("--hours"), QStringLiteral("2.5")}).status
        == 0);
    // The legal assessment is the lawyer's, and must be settled before approval is asked for.
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion", "security-screening"})
        REQUIRE(
            run(QStringLiteral("lise"), {QStringLiteral("assess"), c, QLatin1String(item), QStringLiteral("fulfilled")})
                .status
            == 0);
    REQUIRE(run(QStringLiteral("ola"), {QStringLiteral("submit"), c}).status == 0);

    auto own = run(QStringLiteral("ola"), {QStringLiteral("approve"), c});
    CHECK(own.status == 1);
    REQUIRE(run(QStringLiteral("kari"), {QStringLiteral("approve"), c}).status == 0);

    auto after = run(QStringLiteral("ola"), {QStringLiteral("--json"), QStringLiteral("show"), c});
    const QJsonObject obj = QJsonDocument::fromJson(after.out.toUtf8()).object();
    const QJsonObject decision = obj.value(u"decision").toObject();
    CHECK(decision.value(u"status").toString() == QStringLiteral("approved"));
    CHECK(decision.value(u"overall").toString() == QStringLiteral("partly-granted"));
    CHECK(decision.value(u"entries").toArray().size() == 11);
    CHECK(decision.value(u"feeTotal").toInt() == 3000 + 3 * 1155);
    const QJsonObject permit = obj.value(u"permit").toObject();
    CHECK(permit.value(u"datasets").toArray().size() == 11);
    CHECK(permit.value(u"secureEnvironment").toObject().value(u"name").toString() == QStringLiteral("TSD"));
    CHECK(permit.value(u"conditions")
              .toArray()
              .last()
              .toObject()
              .value(u"text")
              .toString()
              .contains(QStringLiteral("før publisering")));

    const QString pdf = dir.filePath(QStringLiteral("v.pdf"));
    REQUIRE(run(QStringLiteral("ola"),
                {QStringLiteral("letter"), c, QStringLiteral("--kind"), QStringLiteral("decision"),
                 QStringLiteral("--out"), pdf})
                .status
            == 0);
    // FV_KEEP_LETTER=FILE.pdf keeps the letter, for reading its pages (pdftoppm).
    if (const QString keep = qEnvironmentVariable("FV_KEEP_LETTER"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdf, keep);
    }
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("delvis innvilget"), Qt::CaseInsensitive));
    CHECK(text.contains(QStringLiteral("Helsearkivregisteret")));
    CHECK(text.contains(QStringLiteral("Journalene gjelder ikke prosjektets utvalg.")));
    CHECK(text.contains(QStringLiteral("B_NPR")));
    CHECK(text.contains(QStringLiteral("Registerforvalter avgjør selv.")));
    CHECK(text.contains(QStringLiteral("Resultatene skal sendes Helsedataservice før publisering.")));
    CHECK_FALSE(text.contains(QStringLiteral("UTKAST")));

    // Locked: no path changes it.
    CHECK(run(QStringLiteral("ola"), {QStringLiteral("outcome"), c, QStringLiteral("MFR"), QStringLiteral("refused")})
              .status
          == 1);
    CHECK(run(QStringLiteral("ola"),
              {QStringLiteral("condition"), QStringLiteral("add"), c, QStringLiteral("--text"), QStringLiteral("x")})
              .status
          == 1);
    CHECK(run(QStringLiteral("ola"), {QStringLiteral("fee"), c, QStringLiteral("--hours"), QStringLiteral("9")}).status
          == 1);
    CHECK(run(QStringLiteral("kari"), {QStringLiteral("return"), c, QStringLiteral("--text"), QStringLiteral("nei")})
              .status
          == 1);
    CHECK(run(QStringLiteral("ola"), {QStringLiteral("submit"), c}).status == 1);
    auto unchanged = QJsonDocument::fromJson(
                         run(QStringLiteral("ola"), {QStringLiteral("--json"), QStringLiteral("show"), c}).out.toUtf8())
                         .object();
    CHECK(unchanged.value(u"decision") == obj.value(u"decision"));
}

TEST_CASE("fees follow the dated price table", "[decision][fees]")
{
    PriceTable prices{QDate(2024, 1, 1), 1500, 3000, 1155};
    CHECK(computeFee(prices, 1, 0, FeeExemption::None).total == 1500);
    CHECK(computeFee(prices, 4, 0, FeeExemption::None).total == 3000);
    CHECK(computeFee(prices, 1, 1.0, FeeExemption::None).total == 1500 + 1155);
    CHECK(computeFee(prices, 1, 1.1, FeeExemption::None).total == 1500 + 2 * 1155); // every started hour
    CHECK(computeFee(prices, 2, 5, FeeExemption::Appeal).total == 0);
    CHECK(computeFee(prices, 1, 5, FeeExemption::StudentAggregatedAnonymous).total == 0);

    test::TempDb t;
    auto admin = Users::actor(t.db(), t.login(QStringLiteral("admin"))).value();
    auto ola = Users::actor(t.db(), t.login(QStringLiteral("ola"))).value();
    CHECK(PriceTables::on(t.db(), QDate(2026, 6, 1))->hourlyRate == 1155);
    CHECK_FALSE(PriceTables::save(t.db(), ola, {QDate(2027, 1, 1), 1600, 3200, 1200}).ok());
    REQUIRE(PriceTables::save(t.db(), admin, {QDate(2027, 1, 1), 1600, 3200, 1200}).ok());
    CHECK(PriceTables::on(t.db(), QDate(2026, 12, 31))->hourlyRate == 1155);
    CHECK(PriceTables::on(t.db(), QDate(2027, 1, 1))->hourlyRate == 1200);
}

TEST_CASE("the condition library is data: an admin edits it, a draft starts from it", "[decision][conditions]")
{
    test::TempDb t;
    auto library = ConditionLibrary::load(t.db());
    REQUIRE(library.ok());
    REQUIRE(library->size() == 8);
    CHECK(library->front().nn.contains(QStringLiteral("behandlast")));
    auto admin = Users::actor(t.db(), t.login(QStringLiteral("admin"))).value();
    auto edited = library.value();
    edited.pop_back();
    edited.push_back(
        {QStringLiteral("annual-report"), QStringLiteral("Det skal sendes en årlig rapport."),
         QStringLiteral("Det skal sendast ein årleg rapport."), QStringLiteral("An annual report shall be sent.")});
    CHECK_FALSE(
        ConditionLibrary::save(t.db(), Users::actor(t.db(), t.login(QStringLiteral("ola"))).value(), edited).ok());
    REQUIRE(ConditionLibrary::save(t.db(), admin, edited).ok());
    auto cases = t.as(QStringLiteral("ola"));
    auto n = cases.importApplication(
        test::readFile(test::specFile(QStringLiteral("example-application.json"))), QStringLiteral("x"));
    REQUIRE(test::prepareForDraft(cases, n.value()).ok());
    auto d = DecisionService(cases).draft(n.value());
    REQUIRE(d.ok());
    CHECK(d->conditions.back().code == QStringLiteral("annual-report"));
    CHECK(d->conditions.back().text == QStringLiteral("Det skal sendes en årlig rapport."));
}
