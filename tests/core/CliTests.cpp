// fellesvedtak-cli as automation uses it: exit codes, messages, and the whole path
// from import to the decision letter.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::cliProcess;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfFonts(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdf});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Office
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("x.db"));
    test::CliRun run(const QString &as, QStringList args)
    {
        return cliProcess(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), as} + args);
    }
};

} // namespace

TEST_CASE("import, draft, submit, approve and print the decision letter", "[cli][e2e]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    Office o;
    REQUIRE(o.run(QStringLiteral("boss"), {QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    REQUIRE(o.run(QStringLiteral("boss"), {QStringLiteral("init"), QStringLiteral("--test")}).status
            == 0); // idempotent
    REQUIRE(o.run(QStringLiteral("boss"),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ola"), QStringLiteral("--role"),
                   QStringLiteral("adviser"), QStringLiteral("--full-name"), QStringLiteral("Ola Nordmann")})
                .status
            == 0);
    REQUIRE(o.run(QStringLiteral("boss"),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kari"), QStringLiteral("--role"),
                   QStringLiteral("decision-maker"), QStringLiteral("--full-name"), QStringLiteral("Kari Sørensen")})
                .status
            == 0);

    auto imported = o.run(
        QStringLiteral("ola"), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    REQUIRE(imported.status == 0);
    CHECK(imported.out
          == QStringLiteral("26/00001\t%1\n").arg(test::specFile(QStringLiteral("example-application.json"))));

    // A decision is drafted on a complete case that has a caseworker.
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("assign"), QStringLiteral("26/00001"), QStringLiteral("ola")})
                .status
            == 0);
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("complete"), QStringLiteral("26/00001")}).status == 0);
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("draft"), QStringLiteral("26/00001")}).status == 0);
    // The legal assessment comes first: the lawyer settles every item this application needs.
    REQUIRE(o.run(QStringLiteral("boss"),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lise"), QStringLiteral("--role"),
                   QStringLiteral("lawyer"), QStringLiteral("--full-name"), QStringLiteral("Lise Bø")})
                .status
            == 0);
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        REQUIRE(o.run(QStringLiteral("lise"),
                      {QStringLiteral("assess"), QStringLiteral("26/00001"), QLatin1String(item),
                       QStringLiteral("fulfilled")})
                    .status
                == 0);
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("submit"), QStringLiteral("26/00001")}).status == 0);
    auto own = o.run(QStringLiteral("ola"), {QStringLiteral("approve"), QStringLiteral("26/00001")});
    CHECK(own.status == 1);
    CHECK(own.err.contains(QStringLiteral("26/00001")));
    REQUIRE(o.run(QStringLiteral("kari"), {QStringLiteral("approve"), QStringLiteral("26/00001")}).status == 0);

    const QString pdf = o.dir.filePath(QStringLiteral("v.pdf"));
    auto letter = o.run(QStringLiteral("ola"),
                        {QStringLiteral("letter"), QStringLiteral("26/00001"), QStringLiteral("--kind"),
                         QStringLiteral("decision"), QStringLiteral("--out"), pdf});
    REQUIRE(letter.status == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("26/00001")));
    CHECK(text.contains(QStringLiteral("HD-2026-000417")));
    for (const char *name :
         {"Medisinsk fødselsregister", "Norsk pasientregister", "Dødsårsaksregisteret", "Legemiddelregisteret"})
        CHECK(text.contains(QString::fromUtf8(name)));
    CHECK(text.contains(QStringLiteral("Åse Kjærstad Ødegård")));
    CHECK(text.contains(QStringLiteral("tre uker")));
    CHECK(text.contains(QStringLiteral("§ 18")));
    CHECK(text.contains(QStringLiteral("Dokumentet er elektronisk godkjent")));
    CHECK(text.contains(QStringLiteral("Ola Nordmann")));
    CHECK(text.contains(QStringLiteral("Kari Sørensen")));
    const QString fonts = pdfFonts(pdf);
    REQUIRE(fonts.contains(QStringLiteral("LiberationSans")));
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2, -1))
        if (!line.trimmed().isEmpty())
            CHECK(line.contains(QStringLiteral(" yes ")));
}

TEST_CASE("usage errors exit 2, refusals exit 1 with one message naming what and where", "[cli]")
{
    Office o;
    REQUIRE(o.run(QStringLiteral("boss"), {QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    CHECK(o.run(QStringLiteral("boss"), {QStringLiteral("frobnicate")}).status == 2);
    CHECK(o.run(QStringLiteral("boss"), {QStringLiteral("list"), QStringLiteral("--colour")}).status == 2);
    CHECK(o.run(QStringLiteral("boss"), {QStringLiteral("export"), QStringLiteral("26/00001")}).status == 2);

    auto missing = o.run(QStringLiteral("boss"), {QStringLiteral("show"), QStringLiteral("26/09999")});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("26/09999")));

    auto stranger = o.run(QStringLiteral("mallory"), {QStringLiteral("list")});
    CHECK(stranger.status == 1);
    CHECK(stranger.err.contains(QStringLiteral("mallory")));

    const QString bad = o.dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"helsedata-application/1\", ");
    f.close();
    auto refused = o.run(QStringLiteral("boss"), {QStringLiteral("import"), bad});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(bad));
    CHECK(refused.err.contains(QStringLiteral("line 1")));
    auto list = o.run(QStringLiteral("boss"), {QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.out.trimmed() == QStringLiteral("[\n]"));
}

TEST_CASE("show --json has the case number at the top and the decision", "[cli]")
{
    Office o;
    REQUIRE(o.run(QStringLiteral("boss"), {QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    REQUIRE(o.run(QStringLiteral("boss"),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ola"), QStringLiteral("--role"),
                   QStringLiteral("adviser")})
                .status
            == 0);
    auto imported = o.run(
        QStringLiteral("ola"), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    const QString number = imported.out.section(QLatin1Char('\t'), 0, 0);
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("assign"), number, QStringLiteral("ola")}).status == 0);
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("complete"), number}).status == 0);
    REQUIRE(o.run(QStringLiteral("ola"), {QStringLiteral("draft"), number}).status == 0);
    auto shown = o.run(QStringLiteral("ola"), {QStringLiteral("--json"), QStringLiteral("show"), number});
    REQUIRE(shown.status == 0);
    const QJsonObject obj = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(obj.value(u"caseNumber").toString() == number);
    CHECK(obj.value(u"decision").toObject().value(u"entries").toArray().size() == 4);
    CHECK(obj.value(u"application").toObject().value(u"reference").toString() == QStringLiteral("HD-2026-000417"));
}

TEST_CASE("demo after init fills a new database, the admin who made it working the cases", "[cli][demo]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-20");
    Office o;
    REQUIRE(o.run(QStringLiteral("boss"), {QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    const test::CliRun demo = o.run(QStringLiteral("boss"), {QStringLiteral("demo")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.status == 0);
    const test::CliRun list = o.run(QStringLiteral("boss"), {QStringLiteral("--json"), QStringLiteral("list")});
    REQUIRE(list.status == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 11);
    // Twice is refused: demo data only go into a database without cases.
    CHECK(o.run(QStringLiteral("boss"), {QStringLiteral("demo")}).status == 1);
    CHECK(o.run(QStringLiteral("boss"), {QStringLiteral("audit"), QStringLiteral("verify")}).status == 0);
}
