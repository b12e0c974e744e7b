// Appeals on the team server (PostgreSQL) through the real program: the appeal table of schema
// 11 (resources/postgres/v11.sql), an appeal registered by one login, reversed in part by a new
// decision version that the other login approves, the old version kept. Needs $FV_TEST_PG_URI
// (tools/pg-cluster.sh); without it the test is skipped.
#include "ServerTestSupport.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::ServerTestDb;

TEST_CASE("team server: an appeal is registered, reversed in part and the new version approved by another login",
          "[server][appeal][cli]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    const QString n = QStringLiteral("%1/00001").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    const auto ada = [&](const QStringList &a) { return s.cli(s.ada(), a); };
    const auto bo = [&](const QStringList &a) { return s.cli(s.bo(), a); };
    const auto L = [](const char *w) { return QString::fromUtf8(w); };

    REQUIRE(ada({L("import"), test::specFile(L("example-application.json"))}).status == 0);
    REQUIRE(ada({L("assign"), n, s.ada()}).status == 0);
    REQUIRE(ada({L("complete"), n}).status == 0);
    REQUIRE(ada({L("draft"), n}).status == 0);
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        REQUIRE(bo({L("assess"), n, L(item), L("fulfilled")}).status == 0);
    REQUIRE(ada({L("submit"), n}).status == 0);
    REQUIRE(bo({L("approve"), n}).status == 0);
    REQUIRE(ada({L("send"), n, L("--kind"), L("decision")}).status == 0);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto registered = ada({L("appeal"), L("register"), n, L("--received"), today, L("--from"), L("Kari Nordmann"),
                           L("--contests"), L("Avslaget"), L("--text"), L("Vi klager.")});
    INFO(registered.err.toStdString());
    REQUIRE(registered.status == 0);
    CHECK(s.psql(s.it(), L("SELECT in_time || ' ' || outcome FROM appeal")).out.trimmed() == L("1 none"));
    CHECK(s.psql(s.it(), L("SELECT status FROM fv_case")).out.trimmed() == L("under-assessment"));

    auto reversed = ada({L("appeal"), L("reverse"), n, L("--partly")});
    INFO(reversed.err.toStdString());
    REQUIRE(reversed.status == 0);
    REQUIRE(ada({L("submit"), n}).status == 0);
    CHECK(ada({L("approve"), n}).status == 1); // the drafter may not approve
    REQUIRE(bo({L("approve"), n}).status == 0);
    CHECK(s.psql(s.it(), L("SELECT string_agg(version || ' ' || status, ',' ORDER BY version) FROM decision"))
              .out.trimmed()
          == L("1 superseded,2 approved"));
    CHECK(s.psql(s.it(), L("SELECT outcome || ' ' || reversing_version FROM appeal")).out.trimmed()
          == L("partly-reversed 2"));
    auto listed = ada({L("--json"), L("appeal"), L("list"), n});
    REQUIRE(listed.status == 0);
    CHECK(listed.out.contains(L("\"state\": \"reversed\"")));
}

TEST_CASE("team server: the appeal's PDF and the appeal body's decision are kept byte for byte, and no caseworker "
          "can change or remove them",
          "[server][appeal][file][cli]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    const QString n = QStringLiteral("%1/00001").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    const auto ada = [&](const QStringList &a) { return s.cli(s.ada(), a); };
    const auto bo = [&](const QStringList &a) { return s.cli(s.bo(), a); };
    const auto L = [](const char *w) { return QString::fromUtf8(w); };

    REQUIRE(ada({L("import"), test::specFile(L("example-application.json"))}).status == 0);
    REQUIRE(ada({L("assign"), n, s.ada()}).status == 0);
    REQUIRE(ada({L("complete"), n}).status == 0);
    REQUIRE(ada({L("draft"), n}).status == 0);
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        REQUIRE(bo({L("assess"), n, L(item), L("fulfilled")}).status == 0);
    REQUIRE(ada({L("submit"), n}).status == 0);
    REQUIRE(bo({L("approve"), n}).status == 0);
    REQUIRE(ada({L("send"), n, L("--kind"), L("decision")}).status == 0);

    // The appellant's letter and the appeal body's decision: two PDFs, written to files here.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray letter = QByteArrayLiteral(
        "%PDF-1.4\n% klage fra Kari Nordmann, æøå\n1 0 obj <<>> endobj\n%%EOF\n");
    const QByteArray decision = QByteArrayLiteral("%PDF-1.4\n% Helseklages vedtak\n1 0 obj <<>> endobj\n%%EOF\n");
    const QString letterPath = dir.filePath(L("klage.pdf"));
    const QString decisionPath = dir.filePath(L("klagevedtak.pdf"));
    for (const auto &[path, bytes] : {std::pair{letterPath, letter}, std::pair{decisionPath, decision}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // Refused (an empty file): nothing stored, nothing journalled.
    const QString empty = dir.filePath(L("tom.pdf"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const auto counts = [&] {
        return s
            .psql(s.it(),
                  L("SELECT (SELECT count(*) FROM incoming_document) || ' ' || (SELECT count(*) FROM "
                    "journal_entry) || ' ' || (SELECT count(*) FROM appeal)"))
            .out.trimmed();
    };
    const QString before = counts();
    auto refused = ada({L("appeal"), L("register"), n, L("--received"), today, L("--from"), L("Kari Nordmann"),
                        L("--contests"), L("Avslaget"), L("--file"), empty});
    CHECK(refused.status != 0);
    CHECK(refused.err.contains(empty));
    CHECK(counts() == before);

    auto registered = ada({L("appeal"), L("register"), n, L("--received"), today, L("--from"), L("Kari Nordmann"),
                           L("--contests"), L("Avslaget"), L("--file"), letterPath});
    INFO(registered.err.toStdString());
    REQUIRE(registered.status == 0);
    REQUIRE(ada({L("appeal"), L("forward"), n, L("--view"), L("HDS mener vedtaket er riktig.")}).status == 0);
    auto result = ada({L("appeal"), L("result"), n, L("--upheld"), L("--date"), today, L("--file"), decisionPath});
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);

    // The bytes on the server are the bytes received, linked from the appeal and the journal.
    CHECK(s.psql(s.it(), L("SELECT string_agg(encode(content, 'hex'), ',' ORDER BY id) FROM incoming_document"))
              .out.trimmed()
          == QString::fromLatin1(letter.toHex() + ',' + decision.toHex()));
    CHECK(s.psql(s.it(),
                 L("SELECT count(*) FROM appeal a JOIN incoming_document f ON f.id = a.attachment_id "
                   "JOIN incoming_document g ON g.id = a.body_document_id "
                   "WHERE f.kind = 'appeal' AND g.kind = 'appeal-result'"))
              .out.trimmed()
          == L("1"));
    CHECK(s.psql(s.it(),
                 L("SELECT string_agg(j.source || ' ' || j.type, ',' ORDER BY j.id) FROM incoming_document f "
                   "JOIN journal_entry j ON j.id = f.journal_entry_id"))
              .out.trimmed()
          == L("appeal I,appeal-result I"));
    auto journal = ada({L("journal"), n});
    CHECK(journal.out.contains(L("file: klage.pdf")));
    CHECK(journal.out.contains(L("file: klagevedtak.pdf")));

    // psql as a caseworker: the stored bytes can be neither changed nor removed.
    const QString stored = counts();
    for (const char *sql :
         {"UPDATE incoming_document SET content = '\\x00'::bytea", "UPDATE incoming_document SET file_name = 'x.pdf'",
          "DELETE FROM incoming_document", "TRUNCATE incoming_document"}) {
        INFO(sql);
        auto attempt = s.psql(s.ada(), L(sql));
        CHECK(attempt.status != 0);
    }
    // Not even the schema's owner: the trigger refuses with the key the program translates.
    auto owner = ServerTestDb::superPsql(
        L("SET ROLE fv_owner; UPDATE fv.incoming_document SET file_name = 'x.pdf'"), s.name());
    CHECK(owner.status != 0);
    CHECK(owner.err.contains(L("fv:document-received")));
    CHECK(counts() == stored);
    CHECK(s.psql(s.it(), L("SELECT count(*) FROM incoming_document WHERE sha256 = encode(sha256(content), 'hex')"))
              .out.trimmed()
          == L("2"));
    CHECK(ada({L("check")}).status == 0);
}

TEST_CASE("team server: the appeal body's partial reversal recorded as a new version by one login, approved by the "
          "other; the recorder's approval refused by the server too",
          "[server][appeal][body][cli]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    const QString n = QStringLiteral("%1/00001").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    const auto ada = [&](const QStringList &a) { return s.cli(s.ada(), a); };
    const auto bo = [&](const QStringList &a) { return s.cli(s.bo(), a); };
    const auto L = [](const char *w) { return QString::fromUtf8(w); };
    const auto sql = [&](const char *q) { return s.psql(s.it(), QString::fromUtf8(q)).out.trimmed(); };

    REQUIRE(ada({L("import"), test::specFile(L("example-application.json"))}).status == 0);
    REQUIRE(ada({L("assign"), n, s.ada()}).status == 0);
    REQUIRE(ada({L("complete"), n}).status == 0);
    REQUIRE(ada({L("draft"), n}).status == 0);
    REQUIRE(ada({L("outcome"), n, L("LMR"), L("refused"), L("--reason"), L("Ikke nødvendig.")}).status == 0);
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        REQUIRE(bo({L("assess"), n, L(item), L("fulfilled")}).status == 0);
    REQUIRE(ada({L("submit"), n}).status == 0);
    REQUIRE(bo({L("approve"), n}).status == 0);
    REQUIRE(ada({L("send"), n, L("--kind"), L("decision")}).status == 0);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    REQUIRE(ada({L("appeal"), L("register"), n, L("--received"), today, L("--from"), L("Kari Nordmann"),
                 L("--contests"), L("Avslaget på LMR"), L("--text"), L("Vi klager.")})
                .status
            == 0);
    REQUIRE(ada({L("appeal"), L("forward"), n, L("--view"), L("LMR er ikke nødvendig.")}).status == 0);
    CHECK(ada({L("appeal"), L("implement"), n}).status == 1); // no result yet: refused, nothing made
    CHECK(sql("SELECT count(*) FROM decision") == L("1"));
    REQUIRE(
        ada({L("appeal"), L("result"), n, L("--partly"), L("--date"), today, L("--reference"), L("HK 26/0042")}).status
        == 0);
    auto implemented = ada({L("appeal"), L("implement"), n});
    INFO(implemented.err.toStdString());
    REQUIRE(implemented.status == 0);
    CHECK(sql("SELECT outcome || ' ' || body_result || ' ' || reversing_version FROM appeal")
          == L("upheld-forwarded partly-reversed 2"));
    CHECK(sql("SELECT fee_exemption FROM decision WHERE version = 2") == L("appeal"));
    // The body's decision is named in the legal basis; the letter's introduction names it to the applicant.
    CHECK(sql("SELECT position('HK 26/0042' in legal_basis) > 0 FROM decision WHERE version = 2") == L("t"));
    CHECK(sql("SELECT position('HK 26/0042' in reasons) > 0 FROM decision WHERE version = 2") == L("f"));
    REQUIRE(ada({L("outcome"), n, L("LMR"), L("granted")}).status == 0);
    REQUIRE(ada({L("submit"), n}).status == 0);
    // The recorder may not approve: refused by the program, and by the server when sent from psql.
    auto own = ada({L("approve"), n});
    CHECK(own.status == 1);
    CHECK(own.err.contains(L("four-eyes")));
    auto fromPsql = s.psql(
        s.ada(),
        QStringLiteral("SELECT fv_approve_decision('%1', (SELECT revision FROM decision WHERE version = 2))").arg(n));
    CHECK(fromPsql.status != 0);
    CHECK(fromPsql.err.contains(L("fv:four-eyes")));
    CHECK(sql("SELECT status FROM decision WHERE version = 2") == L("submitted"));
    REQUIRE(bo({L("approve"), n}).status == 0);
    CHECK(sql("SELECT string_agg(version || ' ' || status, ',' ORDER BY version) FROM decision")
          == L("1 superseded,2 approved"));
    // The notice goes to the manager of the changed registry (LMR) only.
    auto notice = ada({L("send"), n, L("--kind"), L("registry-notice")});
    INFO(notice.err.toStdString());
    REQUIRE(notice.status == 0);
    CHECK(sql("SELECT count(*) FROM document WHERE kind = 'registry-notice'") == L("1"));
}
