// The Noark 5 extract: every XML file validates against Arkivverket's schemas (xmllint), on a
// handful of cases, the demo database and a generated archive; the consistency checks of
// Arkivverket's test tool hold; a non-empty folder and a non-admin are refused; never half-written.
#include "ArchiveSupport.h"
#include "ReliabilitySupport.h"
#include "archive/JournalService.h"
#include "demo/Generator.h"

using namespace fv;
using fv::test::TempDb;

namespace {

std::string joined(const QStringList &problems)
{
    return problems.join(u'\n').toStdString();
}

Result<ExportSummary> exportAs(TempDb &t, const QString &login, const QString &dir)
{
    auto cases = t.as(login);
    return ArchiveExport(cases).write(QDate(2000, 1, 1), today(), dir);
}

QStringList besideFiles(const QString &dir)
{
    return QDir(QFileInfo(dir).absolutePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST_CASE("an extract of closed cases validates against Arkivverket's schemas and passes their consistency checks",
          "[archive]")
{
    TempDb t;
    const QString first = test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-8001")));
    Application personal = test::exampleApplication(QStringLiteral("HD-2026-8002"));
    personal.projectLeader.name = QStringLiteral("Kari Mykkeltveit Haugland");
    personal.controller.name = QStringLiteral("Kari Mykkeltveit Haugland ENK");
    const QString second = test::decidedAndSent(t, personal);
    test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-8003"))); // open: not extracted
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(JournalService(ola).screen(first, 2, QStringLiteral("Offl. § 13 jf. fvl. § 13")).ok());

    const QString dir = t.dir() + QStringLiteral("/uttrekk");
    std::vector<std::pair<qint64, qint64>> seen;
    auto admin = t.as(QStringLiteral("admin"));
    auto summary = ArchiveExport(admin).write(QDate(2000, 1, 1), today(), dir, [&](qint64 done, qint64 total) {
        seen.push_back({done, total});
        return true;
    });
    INFO((summary ? std::string() : summary.error().toString().toStdString()));
    REQUIRE(summary.ok());
    CHECK(summary->cases == 2);
    CHECK(summary->entries == 4);
    CHECK(summary->documents == 2);
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.back().first == seen.back().second);
    CHECK(QFileInfo::exists(
        dir + QStringLiteral("/DOKUMENT/") + QString(first).replace(u'/', u'-') + QStringLiteral("-1.pdf")));
    for (const QString &f : ArchiveExport::xmlFiles() + ArchiveExport::schemaFiles())
        CHECK(QFileInfo::exists(dir + QLatin1Char('/') + f));
    // The schemas travel unchanged.
    CHECK(test::sha256Of(dir + QStringLiteral("/arkivstruktur.xsd"))
          == test::sha256Of(QStringLiteral(FV_NOARK5_FALLBACK_DIR "/arkivstruktur.xsd")));
    CHECK(joined(test::extractProblems(dir)) == std::string());
    const QString structure = QString::fromUtf8(test::readFile(dir + QStringLiteral("/arkivstruktur.xml")));
    CHECK(structure.count(QStringLiteral("<saksstatus>Avsluttet</saksstatus>")) == 2);
    CHECK(structure.count(QStringLiteral("<journalstatus>Arkivert</journalstatus>")) == 4);
    CHECK(structure.contains(QStringLiteral("<sjekksumAlgoritme>SHA256</sjekksumAlgoritme>")));
    // The letters identify as PDF/A-2b (their XMP), and the extract names that format.
    CHECK(structure.contains(QStringLiteral("<format>fmt/477</format>")));
    CHECK(structure.contains(QStringLiteral("<formatDetaljer>PDF/A-2b</formatDetaljer>")));
    CHECK(structure.contains(QStringLiteral("<skjermingshjemmel>Offl. § 13 jf. fvl. § 13</skjermingshjemmel>")));
    const QString published = QString::fromUtf8(test::readFile(dir + QStringLiteral("/offentligJournal.xml")));
    CHECK_FALSE(published.contains(QStringLiteral("Mykkeltveit")));
    CHECK(ola.load(second).ok());
    // The export is audited.
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'archive-exported'"))->toInt() == 1);
    if (!test::haveXmllint())
        SKIP("xmllint is not installed: the extract was not validated against Arkivverket's schemas");
    test::requireValidExtract(dir);
}

TEST_CASE("the consistency checks find a changed document, a stray file and a wrong checksum", "[archive]")
{
    TempDb t;
    const QString number = test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-8101")));
    const QString dir = t.dir() + QStringLiteral("/uttrekk");
    REQUIRE(exportAs(t, QStringLiteral("admin"), dir).ok());
    REQUIRE(test::extractProblems(dir).isEmpty());
    const QString pdf = dir + QStringLiteral("/DOKUMENT/") + QString(number).replace(u'/', u'-')
        + QStringLiteral("-1.pdf");
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::Append));
        f.write("x");
    }
    {
        QFile stray(dir + QStringLiteral("/DOKUMENT/stray.pdf"));
        REQUIRE(stray.open(QIODevice::WriteOnly));
        stray.write("%PDF-1.4");
    }
    {
        QFile log(dir + QStringLiteral("/endringslogg.xml"));
        REQUIRE(log.open(QIODevice::Append));
        log.write("\n");
    }
    const QString problems = test::extractProblems(dir).join(u'\n');
    CHECK(problems.contains(QStringLiteral("sjekksum of DOKUMENT/")));
    CHECK(problems.contains(QStringLiteral("DOKUMENT/stray.pdf is not referenced")));
    CHECK(problems.contains(QStringLiteral("checksum of endringslogg.xml")));
}

TEST_CASE("an extract refuses a non-empty folder, a caseworker and an empty period, and is never half-written",
          "[archive]")
{
    TempDb t;
    test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-8201")));
    const QString dir = t.dir() + QStringLiteral("/uttrekk");
    REQUIRE(QDir().mkpath(dir));
    {
        QFile keep(dir + QStringLiteral("/keep.txt"));
        REQUIRE(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
    }
    const QStringList before = besideFiles(dir);
    const int events = t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt();
    auto full = exportAs(t, QStringLiteral("admin"), dir);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().message.contains(QStringLiteral("not empty")));
    CHECK(QDir(dir).entryList(QDir::Files) == QStringList{QStringLiteral("keep.txt")});
    const QString fresh = t.dir() + QStringLiteral("/ny");
    auto caseworker = exportAs(t, QStringLiteral("ola"), fresh);
    REQUIRE_FALSE(caseworker.ok());
    CHECK(caseworker.error().message.contains(QStringLiteral("ola")));
    auto admin = t.as(QStringLiteral("admin"));
    CHECK_FALSE(ArchiveExport(admin).write(QDate(2001, 1, 1), QDate(2001, 12, 31), fresh).ok());
    // Cancelled half-way: the working folder beside it is gone and the target never appeared.
    auto cancelled = ArchiveExport(admin).write(QDate(2000, 1, 1), today(), fresh, [](qint64 done, qint64) {
        return done < 1;
    });
    CHECK_FALSE(cancelled.ok());
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK(besideFiles(dir) == before);
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt() == events);
    // An empty folder is fine: it becomes the extract.
    REQUIRE(QDir().mkpath(fresh));
    REQUIRE(exportAs(t, QStringLiteral("admin"), fresh).ok());
    CHECK(QFileInfo::exists(fresh + QStringLiteral("/arkivuttrekk.xml")));
    CHECK(besideFiles(dir).size() == before.size() + 1); // the extract, and no working folder left
}

TEST_CASE("an extract of the demo database, its decided cases' letters sent, validates", "[archive][demo]")
{
    test::ensureGuiApplication(); // the demo sends decision letters
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("demo.db"));
    auto made = test::cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("arkivar"), QStringLiteral("demo")});
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    auto open = Database::open(db);
    REQUIRE(open.ok());
    Database &d = *open.value();
    auto adviser = Users::actor(d, QStringLiteral("ingrid.hauge"));
    REQUIRE(adviser.ok());
    CaseService ingrid(d, adviser.value());
    test::ensureGuiApplication();
    CaseFilter decided;
    decided.status = CaseStatus::Decided;
    auto waiting = ingrid.list(decided);
    REQUIRE(waiting.ok());
    REQUIRE_FALSE(waiting->empty());
    for (const CaseSummary &c : waiting.value()) {
        auto sent = DocumentService(ingrid).send(c.caseNumber, LetterKind::Decision);
        INFO(c.caseNumber.toStdString() << ": " << (sent ? std::string() : sent.error().toString().toStdString()));
        REQUIRE(sent.ok());
    }
    auto arkivar = Users::actor(d, QStringLiteral("arkivar"));
    REQUIRE(arkivar.ok());
    CaseService admin(d, arkivar.value());
    const QString dir = tmp.filePath(QStringLiteral("uttrekk"));
    auto summary = ArchiveExport(admin).write(QDate(2000, 1, 1), today(), dir);
    INFO((summary ? std::string() : summary.error().toString().toStdString()));
    REQUIRE(summary.ok());
    CHECK(summary->cases >= 1);
    CHECK(summary->documents == summary->cases);
    CHECK(joined(test::extractProblems(dir)) == std::string());
    if (!test::haveXmllint())
        SKIP("xmllint is not installed: the extract was not validated against Arkivverket's schemas");
    test::requireValidExtract(dir);
}

TEST_CASE("an extract of a generated archive, with its documents, validates and is consistent", "[archive][generated]")
{
    TempDb t;
    test::ensureGuiApplication(); // fonts: the generated letters are rendered PDF/A-2b
    GenerateOptions options;
    options.cases = 300;
    options.seed = 16;
    auto report = generateCases(t.db(), QStringLiteral("admin"), options);
    REQUIRE(report.ok());
    const int documents = t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt();
    CHECK(documents > 100);
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT count(*) FROM fv_case c WHERE NOT EXISTS "
                                     "(SELECT 1 FROM journal_entry j WHERE j.case_id = c.id)"))
              ->toInt()
          == 0);
    const QString dir = t.dir() + QStringLiteral("/uttrekk");
    auto admin = t.as(QStringLiteral("admin"));
    auto summary = ArchiveExport(admin).write(QDate(2000, 1, 1), today(), dir);
    INFO((summary ? std::string() : summary.error().toString().toStdString()));
    REQUIRE(summary.ok());
    CHECK(summary->documents == documents);
    CHECK(summary->notArchived.isEmpty());
    const QString structure = QString::fromUtf8(test::readFile(dir + QStringLiteral("/arkivstruktur.xml")));
    CHECK(structure.count(QStringLiteral("<format>fmt/477</format>")) == documents);
    CHECK(summary->cases > 200);
    CHECK(joined(test::extractProblems(dir)) == std::string());
    if (!test::haveXmllint())
        SKIP("xmllint is not installed: the extract was not validated against Arkivverket's schemas");
    test::requireValidExtract(dir);
}

TEST_CASE("archive export on the command line: progress, exit codes", "[archive][cli]")
{
    TempDb t;
    test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-8301")));
    const QString db = t.path();
    t.close();
    const QString dir = QFileInfo(db).absolutePath() + QStringLiteral("/x");
    const auto args = [&](const QString &as) {
        return QStringList{
            QStringLiteral("--db"),    db,
            QStringLiteral("--as"),    as,
            QStringLiteral("archive"), QStringLiteral("export"),
            QStringLiteral("--from"),  QStringLiteral("2000-01-01"),
            QStringLiteral("--to"),    today().toString(Qt::ISODate),
            QStringLiteral("--out"),   dir};
    };
    CHECK(test::cli(args(QStringLiteral("ola"))).status == 1);
    auto done = test::cli(args(QStringLiteral("admin")));
    INFO(done.err.toStdString());
    REQUIRE(done.status == 0);
    CHECK(done.out.contains(QStringLiteral("1 cases")));
    CHECK(done.err.contains(QStringLiteral("100 %")));
    CHECK(test::cli(args(QStringLiteral("admin"))).status == 1); // not empty now
    CHECK(test::cli({QStringLiteral("--db"), db, QStringLiteral("archive"), QStringLiteral("export"),
                     QStringLiteral("--from"), QStringLiteral("2026-01-01")})
              .status
          == 2);
}
