// A team server's backup as docs/TEAM.md section 7 tells IT to take it: pg_dump -Fc of the
// database, the database gone, pg_restore -C. The restored copy is checked with the program
// itself (`check` and `audit verify` green), holds every row as it was, still refuses the
// drafter's approval and takes the next approval, continuing the same audit chain. Needs
// $FV_TEST_PG_URI (tools/pg-cluster.sh); skipped without it.
#include "ServerTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::ServerTestDb;

namespace {

// The superuser's address of `database` on the test cluster (pg_dump reads it whole).
QString superUriOf(const QString &database)
{
    QUrl url(qEnvironmentVariable("FV_TEST_PG_URI"));
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

test::CliRun run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Every row that matters, read as the administrator: cases, decisions, documents with their
// hashes, the journal, users and their roles, the audit trail and its head.
QString everything(const ServerTestDb &s)
{
    const QString sql = QStringLiteral(
        "SELECT concat_ws(E'\\n', "
        "(SELECT string_agg(concat_ws(' ', id, case_number, status, row_version, next_document), ';' ORDER BY id) "
        "FROM fv_case), "
        "(SELECT string_agg(concat_ws(' ', id, case_id, status, revision, drafted_by, approved_by), ';' ORDER BY id) "
        "FROM decision), "
        "(SELECT string_agg(concat_ws(' ', case_id, doc_no, sha256, encode(sha256(content), 'hex')), ';' "
        "ORDER BY case_id, doc_no) FROM document), "
        "(SELECT string_agg(concat_ws(' ', login, full_name, roles, active), ';' ORDER BY id) FROM app_user), "
        "(SELECT string_agg(concat_ws(' ', id, case_id, at, actor, kind, hash), ';' ORDER BY id) FROM event), "
        "(SELECT concat_ws(' ', last_id, last_hash) FROM audit_head))");
    auto out = s.psql(s.it(), sql);
    REQUIRE(out.status == 0);
    return out.out;
}

} // namespace

TEST_CASE("team server: pg_dump and pg_restore -C give back a database that check and audit verify find whole",
          "[server][backup]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    const auto ada = [&](const QStringList &a) { return s.cli(s.ada(), a); };
    const auto bo = [&](const QStringList &a) { return s.cli(s.bo(), a); };

    // Two cases (the example application under two references): the first decided and its letter
    // sent; the second submitted by Ada.
    QTemporaryDir dir;
    QStringList numbers;
    for (int i = 0; i < 2; ++i) {
        QByteArray text = test::readFile(test::specFile(QStringLiteral("example-application.json")));
        text.replace("HD-2026-000417", QByteArray("HD-2026-00095") + QByteArray::number(i));
        const QString file = dir.filePath(QStringLiteral("application-%1.json").arg(i));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        auto imported = ada({QStringLiteral("import"), file});
        REQUIRE(imported.status == 0);
        const QString n = imported.out.section(QLatin1Char('\t'), 0, 0);
        numbers << n;
        REQUIRE(ada({QStringLiteral("assign"), n, s.ada()}).status == 0);
        REQUIRE(ada({QStringLiteral("complete"), n}).status == 0);
        REQUIRE(ada({QStringLiteral("draft"), n}).status == 0);
        for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                                 "society-interest", "linkage", "deletion"})
            REQUIRE(bo({QStringLiteral("assess"), n, QLatin1String(item), QStringLiteral("fulfilled")}).status == 0);
        REQUIRE(ada({QStringLiteral("submit"), n}).status == 0);
    }
    REQUIRE(bo({QStringLiteral("approve"), numbers[0]}).status == 0);
    REQUIRE(ada({QStringLiteral("send"), numbers[0], QStringLiteral("--kind"), QStringLiteral("decision")}).status
            == 0);
    const QString before = everything(s);

    // Section 7: the nightly dump; the database lost; restored with -C (its settings come back).
    const QString dump = dir.filePath(QStringLiteral("fellesvedtak.dump"));
    auto dumped = run(
        QStringLiteral("pg_dump"), {QStringLiteral("-Fc"), QStringLiteral("-f"), dump, superUriOf(s.name())});
    INFO(dumped.err.toStdString());
    REQUIRE(dumped.status == 0);
    REQUIRE(ServerTestDb::superPsql(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(s.name())).status == 0);
    REQUIRE(ada({QStringLiteral("check")}).status != 0); // gone
    auto restored = run(QStringLiteral("pg_restore"),
                        {QStringLiteral("-C"), QStringLiteral("--exit-on-error"), QStringLiteral("-d"),
                         superUriOf(QStringLiteral("postgres")), dump});
    INFO(restored.err.toStdString());
    REQUIRE(restored.status == 0);

    // Every row as it was, and the program finds the copy whole.
    CHECK(everything(s) == before);
    auto check = ada({QStringLiteral("check")});
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.status == 0);
    auto verify = bo({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.status == 0);
    auto shown = ada({QStringLiteral("show"), numbers[0], QStringLiteral("--json")});
    CHECK(shown.status == 0);
    CHECK(shown.out.contains(numbers[0]));

    // The guards came back with it: Ada's approval of her own draft is refused by the server,
    // from psql too, and changes nothing; Bo's is taken and continues the same chain.
    const QString revision =
        s.psql(s.ada(),
               QStringLiteral("SELECT d.revision FROM decision d JOIN fv_case c ON "
                              "c.id = d.case_id WHERE c.case_number = '%1'")
                   .arg(numbers[1]))
            .out.trimmed();
    auto own = s.psql(s.ada(), QStringLiteral("SELECT fv_approve_decision('%1', %2)").arg(numbers[1], revision));
    CHECK(own.status != 0);
    CHECK(own.err.contains(QStringLiteral("fv:four-eyes")));
    CHECK(everything(s) == before);
    REQUIRE(bo({QStringLiteral("approve"), numbers[1]}).status == 0);
    CHECK(bo({QStringLiteral("audit"), QStringLiteral("verify")}).status == 0);
    CHECK(ada({QStringLiteral("check")}).status == 0);
}
