// The appeal and the appeal body's decision as received files (schema 13): stored byte for byte
// with their SHA-256, the main document of their incoming journal entries, in the journal and the
// Noark 5 extract; `check` finds a changed byte; a missing, empty or too large file is refused
// naming it, and nothing is stored. Every day is fixed (ScopedToday).
#include "ArchiveSupport.h"
#include "Clock.h"
#include "appeal/AppealService.h"
#include "archive/IncomingDocuments.h"
#include "archive/Journal.h"
#include "casework/Users.h"
#include "storage/Check.h"
#include "storage/Migrations.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// A decided case whose letter was sent on Monday 2026-10-05.
QString sentCase(TempDb &t, const QString &reference)
{
    ScopedToday day(QDate(2026, 10, 5));
    return test::decidedAndSent(t, test::exampleApplication(reference));
}

// A real PDF (the sent letter's bytes, a PDF/A the archive takes as it is) as the appellant's
// letter, and a scanned page as PNG for the appeal body's decision.
QByteArray appealPdf(TempDb &t)
{
    const QByteArray pdf = t.db().scalar(QStringLiteral("SELECT content FROM document ORDER BY doc_no"))->toByteArray();
    REQUIRE(pdf.startsWith("%PDF-"));
    return pdf;
}

QByteArray scannedPng()
{
    test::ensureGuiApplication();
    QImage page(120, 170, QImage::Format_RGB32);
    page.fill(Qt::white);
    for (int y = 20; y < 150; y += 10)
        for (int x = 10; x < 110; ++x)
            page.setPixel(x, y, qRgb(20, 20, 20));
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(page.save(&buffer, "PNG"));
    return png;
}

QString writeFile(TempDb &t, const QString &name, const QByteArray &bytes)
{
    const QString path = t.dir() + QLatin1Char('/') + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// What registering or recording a result would touch.
QString state(Database &db)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM event", "SELECT count(*) FROM journal_entry", "SELECT count(*) FROM appeal",
          "SELECT count(*) FROM incoming_document", "SELECT group_concat(status || row_version) FROM fv_case",
          "SELECT group_concat(body_result) FROM appeal"})
        parts << db.scalar(QLatin1String(sql))->toString();
    return parts.join(QLatin1Char('|'));
}

test::CliRun run(const QString &path, const QStringList &words)
{
    return test::cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("ola")} + words);
}

} // namespace

TEST_CASE("an appeal registered with its PDF and the appeal body's decision as a scan: kept byte for byte, "
          "journalled, in the extract",
          "[appeal][file][archive]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8201"));
    const QByteArray pdf = appealPdf(t);
    const QByteArray png = scannedPng();
    const QString pdfPath = writeFile(t, QStringLiteral("klage fra UiO.pdf"), pdf);
    const QString pngPath = writeFile(t, QStringLiteral("klagevedtak.png"), png);
    const QString path = t.path();
    t.close();
    // Nothing received yet: `show` has no section for it.
    CHECK_FALSE(run(path, {QStringLiteral("show"), n}).out.contains(QStringLiteral("Received files:")));
    {
        ScopedToday day(QDate(2026, 10, 19));
        auto r = run(
            path,
            {QStringLiteral("appeal"), QStringLiteral("register"), n, QStringLiteral("--received"),
             QStringLiteral("2026-10-19"), QStringLiteral("--from"), QStringLiteral("Kari Nordmann"),
             QStringLiteral("--contests"), QStringLiteral("Avslaget på LMR"), QStringLiteral("--file"), pdfPath});
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        auto f = run(path,
                     {QStringLiteral("appeal"), QStringLiteral("forward"), n, QStringLiteral("--view"),
                      QStringLiteral("HDS mener vedtaket er riktig.")});
        INFO(f.err.toStdString());
        REQUIRE(f.status == 0);
    }
    {
        ScopedToday day(QDate(2026, 11, 16));
        auto r = run(path,
                     {QStringLiteral("appeal"), QStringLiteral("result"), n, QStringLiteral("--upheld"),
                      QStringLiteral("--date"), QStringLiteral("2026-11-13"), QStringLiteral("--reference"),
                      QStringLiteral("HK 26/0042"), QStringLiteral("--file"), pngPath});
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        auto listed = run(path, {QStringLiteral("appeal"), QStringLiteral("list"), n});
        CHECK(listed.out.contains(QStringLiteral("klage fra UiO.pdf (application/pdf, %1 bytes)").arg(pdf.size())));
        CHECK(listed.out.contains(QStringLiteral("klagevedtak.png (image/png, %1 bytes)").arg(png.size())));
        // `show` lists the received files: name, media type, size, the day received, the appeal.
        auto shown = run(path, {QStringLiteral("show"), n});
        INFO(shown.out.toStdString());
        CHECK(shown.out.contains(
            QStringLiteral("\nReceived files:\n  klage fra UiO.pdf (application/pdf, %1 bytes), "
                           "received 2026-10-19: appeal 1 as received\n  klagevedtak.png "
                           "(image/png, %2 bytes), received 2026-11-16: the appeal body's "
                           "decision on appeal 1\n")
                .arg(pdf.size())
                .arg(png.size())));
        auto journal = run(path, {QStringLiteral("journal"), n});
        INFO(journal.out.toStdString());
        CHECK(journal.out.contains(QStringLiteral("file: klage fra UiO.pdf")));
        CHECK(journal.out.contains(QStringLiteral("file: klagevedtak.png")));
        CHECK(journal.out.contains(QStringLiteral("Helseklage")));
        auto json = run(path, {QStringLiteral("--json"), QStringLiteral("appeal"), QStringLiteral("list"), n});
        CHECK(json.out.contains(QStringLiteral("\"sha256\": \"%1\"").arg(incoming::sha256Hex(pdf))));
        CHECK(json.out.contains(QStringLiteral("\"sha256\": \"%1\"").arg(incoming::sha256Hex(png))));
    }

    auto db = Database::open(path);
    REQUIRE(db.ok());
    Database &d = *db.value();
    // The bytes read back are the bytes received; the appeal's row names them.
    const qint64 caseId = d.scalar(QStringLiteral("SELECT id FROM fv_case WHERE case_number = ?"), {n})->toLongLong();
    const qint64 appealFile = d.scalar(QStringLiteral("SELECT attachment_id FROM appeal"))->toLongLong();
    const qint64 bodyFile = d.scalar(QStringLiteral("SELECT body_document_id FROM appeal"))->toLongLong();
    REQUIRE(appealFile > 0);
    REQUIRE(bodyFile > 0);
    CHECK(IncomingDocumentStore::content(d, caseId, appealFile).value() == pdf);
    CHECK(IncomingDocumentStore::content(d, caseId, bodyFile).value() == png);
    // Each the main document of an incoming entry: the appeal from the applicant, the decision from
    // the appeal body; the sent letters stay the case's only documents.
    auto entries = Journal::forCase(d, caseId);
    REQUIRE(entries.ok());
    std::map<QString, JournalEntry> bySource;
    for (const JournalEntry &e : entries.value())
        bySource[e.source] = e;
    REQUIRE(bySource.count(QStringLiteral("appeal")) == 1);
    REQUIRE(bySource.count(QStringLiteral("appeal-result")) == 1);
    CHECK(bySource[QStringLiteral("appeal")].type == JournalType::Incoming);
    CHECK(bySource[QStringLiteral("appeal")].fileId == appealFile);
    CHECK(bySource[QStringLiteral("appeal-result")].fileId == bodyFile);
    CHECK(bySource[QStringLiteral("appeal-result")].type == JournalType::Incoming);
    CHECK(bySource[QStringLiteral("appeal-result")].documentDate == QDate(2026, 11, 13));
    REQUIRE(bySource[QStringLiteral("appeal-result")].parties.size() == 1);
    CHECK(bySource[QStringLiteral("appeal-result")].parties.front().name == QStringLiteral("Helseklage"));
    // A final decision is taken for information: it does not wait in the restanse list.
    REQUIRE(bySource[QStringLiteral("appeal-result")].closure);
    CHECK(bySource[QStringLiteral("appeal-result")].closure->method == QStringLiteral("TO"));
    CHECK(d.scalar(QStringLiteral("SELECT count(*) FROM document WHERE case_id = ?"), {caseId})->toInt() >= 1);
    CHECK(d.scalar(QStringLiteral("SELECT count(*) FROM attachment WHERE content IS NOT NULL"))->toInt() == 0);
    // The audit trail names each file with its SHA-256.
    CHECK(d.scalar(QStringLiteral("SELECT count(*) FROM event WHERE detail LIKE ?"),
                   {QStringLiteral("%SHA-256 ") + incoming::sha256Hex(pdf) + QLatin1Char('%')})
              ->toInt()
          == 1);

    // The extract: both files under DOKUMENT/ as they came, each the Hoveddokument of its entry.
    {
        ScopedToday day(QDate(2026, 11, 16));
        auto actor = Users::actor(d, QStringLiteral("admin"));
        REQUIRE(actor.ok());
        CaseService admin(d, actor.value());
        const QString dir = QFileInfo(path).absolutePath() + QStringLiteral("/uttrekk");
        auto summary = ArchiveExport(admin).write(QDate(2000, 1, 1), today(), dir);
        INFO((summary ? std::string() : summary.error().toString().toStdString()));
        REQUIRE(summary.ok());
        CHECK(summary->notArchived.isEmpty());
        CHECK(test::extractProblems(dir).join(u'\n').toStdString() == std::string());
        const QDir documents(dir + QStringLiteral("/DOKUMENT"));
        const QStringList pdfs = documents.entryList({QStringLiteral("*-m*.pdf")});
        const QStringList pngs = documents.entryList({QStringLiteral("*-m*.png")});
        REQUIRE(pdfs.size() == 1);
        REQUIRE(pngs.size() == 1);
        CHECK(test::readFile(documents.filePath(pdfs.front())) == pdf);
        CHECK(test::readFile(documents.filePath(pngs.front())) == png);
        const QString structure = QString::fromUtf8(test::readFile(dir + QStringLiteral("/arkivstruktur.xml")));
        CHECK(structure.contains(QStringLiteral("DOKUMENT/") + pdfs.front()));
        CHECK(structure.contains(QStringLiteral("DOKUMENT/") + pngs.front()));
        CHECK(structure.contains(QStringLiteral("<format>fmt/13</format>")));
        if (test::haveXmllint())
            test::requireValidExtract(dir);
        else
            WARN("xmllint is not installed: the extract was not validated against Arkivverket's schemas");
    }

    // A stored file is never changed or removed, and `check` finds a changed byte.
    CHECK_FALSE(d.exec(QStringLiteral("UPDATE incoming_document SET file_name = 'x'")).ok());
    CHECK_FALSE(d.exec(QStringLiteral("DELETE FROM incoming_document")).ok());
    auto clean = checkDatabase(d);
    REQUIRE(clean.ok());
    CHECK(clean->problems.isEmpty());
    REQUIRE(d.exec(QStringLiteral("DROP TRIGGER incoming_document_no_update")).ok());
    QByteArray tampered = pdf;
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
    REQUIRE(
        d.exec(QStringLiteral("UPDATE incoming_document SET content = ? WHERE id = ?"), {tampered, appealFile}).ok());
    auto damaged = checkDatabase(d);
    REQUIRE(damaged.ok());
    REQUIRE(damaged->problems.size() == 1);
    CHECK(damaged->problems.front().contains(QStringLiteral("klage fra UiO.pdf")));
    CHECK(damaged->problems.front().contains(n));
    CHECK_FALSE(IncomingDocumentStore::content(d, caseId, appealFile).ok());
}

TEST_CASE("a missing, empty or too large file is refused naming it, and nothing is stored", "[appeal][file]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8202"));
    const QString empty = writeFile(t, QStringLiteral("tom.pdf"), {});
    const QString large = writeFile(t, QStringLiteral("stor.pdf"), QByteArray(incoming::maxBytes() + 1, 'x'));
    const QString missing = t.dir() + QStringLiteral("/finnes-ikke.pdf");
    const QString before = state(t.db());
    {
        ScopedToday day(QDate(2026, 10, 19));
        const auto refused = [&](const QString &file, const QString &why) {
            const QStringList words = {
                QStringLiteral("appeal"),
                QStringLiteral("register"),
                n,
                QStringLiteral("--received"),
                QStringLiteral("2026-10-19"),
                QStringLiteral("--from"),
                QStringLiteral("Kari"),
                QStringLiteral("--contests"),
                QStringLiteral("Avslaget"),
                QStringLiteral("--file"),
                file};
            auto r = run(t.path(), words);
            INFO(r.err.toStdString());
            CHECK(r.status != 0);
            CHECK(r.err.contains(file));
            CHECK(r.err.contains(why));
            CHECK(state(t.db()) == before);
        };
        refused(missing, QStringLiteral("no such file"));
        refused(empty, QStringLiteral("empty"));
        refused(large, QStringLiteral("20 MB"));
        // The service refuses the same, whoever calls it (the GUI reads the file itself).
        auto ola = t.as(QStringLiteral("ola"));
        AppealInput in;
        in.receivedOn = QDate(2026, 10, 19);
        in.appellant = QStringLiteral("Kari");
        in.contests = QStringLiteral("Avslaget");
        in.file = IncomingFile{QStringLiteral("tom.pdf"), {}};
        auto made = AppealService(ola).registerAppeal(n, in);
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().toString().contains(QStringLiteral("tom.pdf")));
        in.file = IncomingFile{QStringLiteral("stor.pdf"), QByteArray(incoming::maxBytes() + 1, 'x')};
        CHECK_FALSE(AppealService(ola).registerAppeal(n, in).ok());
        CHECK(state(t.db()) == before);
    }
    // A plain-text file (an e-mail saved as text) is also the appeal's text when no --text is given.
    const QString mail = writeFile(
        t, QStringLiteral("klage.eml"),
        QStringLiteral("From: kari@uio.no\nSubject: Klage\n\nVi klager på avslaget; æøå.\n").toUtf8());
    ScopedToday day(QDate(2026, 10, 19));
    auto r = run(t.path(),
                 {QStringLiteral("appeal"), QStringLiteral("register"), n, QStringLiteral("--received"),
                  QStringLiteral("2026-10-19"), QStringLiteral("--from"), QStringLiteral("Kari"),
                  QStringLiteral("--contests"), QStringLiteral("Avslaget"), QStringLiteral("--file"), mail});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(t.db().scalar(QStringLiteral("SELECT text FROM appeal"))->toString().contains(QStringLiteral("æøå")));
    CHECK(t.db().scalar(QStringLiteral("SELECT media_type FROM incoming_document"))->toString()
          == QStringLiteral("message/rfc822"));
    // The result with a missing file is refused before anything is written.
    ScopedToday later(QDate(2026, 10, 20));
    REQUIRE(run(t.path(),
                {QStringLiteral("appeal"), QStringLiteral("forward"), n, QStringLiteral("--view"),
                 QStringLiteral("Riktig.")})
                .status
            == 0);
    const QString forwarded = state(t.db());
    auto result = run(t.path(),
                      {QStringLiteral("appeal"), QStringLiteral("result"), n, QStringLiteral("--upheld"),
                       QStringLiteral("--date"), QStringLiteral("2026-10-20"), QStringLiteral("--file"), missing});
    CHECK(result.status != 0);
    CHECK(result.err.contains(missing));
    CHECK(state(t.db()) == forwarded);
}

TEST_CASE("a version 12 database gains the table of received files, its appeals kept", "[appeal][file][migration]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8203"));
    {
        ScopedToday day(QDate(2026, 10, 19));
        auto ola = t.as(QStringLiteral("ola"));
        AppealInput in;
        in.receivedOn = QDate(2026, 10, 19);
        in.appellant = QStringLiteral("Kari");
        in.contests = QStringLiteral("Avslaget");
        in.text = QStringLiteral("Vi klager.");
        REQUIRE(AppealService(ola).registerAppeal(n, in).ok());
    }
    for (const char *sql : {"DROP TABLE incoming_document", "PRAGMA user_version = 12"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM incoming_document"))->toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT appellant || ' ' || text FROM appeal"))->toString()
          == QStringLiteral("Kari Vi klager."));
    CHECK(db.value()
              ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                      "'incoming_document'"))
              ->toInt()
          == 2);
}
