// The team server at scale and over time: a server database made at schema version 7 upgraded
// by the program with its cases kept; generate on the server; migrate's set-wise search index the
// same as the server's own per-case one. Needs $FV_TEST_PG_URI (tools/pg-cluster.sh); without it
// every test here SKIPs.
#include "ServerTestSupport.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::CliRun;
using fv::test::ServerTestDb;

namespace {

#define REQUIRE_SERVER() \
    if (!ServerTestDb::available()) \
    SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)")

// A database of its own on the test cluster, with logins of its own; dropped at the end.
class ScratchServerDb
{
public:
    explicit ScratchServerDb(const QStringList &logins = {})
        : m_tag(QStringLiteral("%1_%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QRandomGenerator::global()->bounded(1000000)))
        , m_name(QStringLiteral("fv_scale_") + m_tag)
    {
        REQUIRE(super(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name)).status == 0);
        for (const QString &login : logins) {
            m_logins << login + QLatin1Char('_') + m_tag;
            REQUIRE(super(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_logins.last())).status == 0);
        }
    }
    ~ScratchServerDb()
    {
        (void)super(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const QString &login : m_logins)
            (void)super(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }
    ScratchServerDb(const ScratchServerDb &) = delete;
    ScratchServerDb &operator=(const ScratchServerDb &) = delete;

    const QString &name() const { return m_name; }
    // The login made for `short` (its name with this database's tag).
    QString login(const QString &shortName) const { return shortName + QLatin1Char('_') + m_tag; }

    // This database as `login`; the cluster's superuser when empty.
    QString uri(const QString &login = QString()) const
    {
        QUrl url(qEnvironmentVariable("FV_TEST_PG_URI"));
        url.setPath(QLatin1Char('/') + m_name);
        if (!login.isEmpty()) {
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("user"));
            query.addQueryItem(QStringLiteral("user"), login);
            url.setQuery(query);
        }
        return url.toString(QUrl::FullyEncoded);
    }
    // psql on this database (ON_ERROR_STOP, unaligned, tuples only); `login` empty: the superuser.
    CliRun psql(const QString &sql, const QString &login = QString()) const
    {
        return runPsql({uri(login), QStringLiteral("-c"), sql});
    }
    QString value(const QString &sql, const QString &login = QString()) const
    {
        const CliRun r = psql(sql, login);
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        return r.out.trimmed();
    }
    // fellesvedtak-cli --db uri(login) ARGS, on the server's clock only.
    CliRun cli(const QStringList &args, const QString &login = QString()) const
    {
        return run(QStringList{QStringLiteral("--db"), uri(login)} + args);
    }
    static CliRun run(const QStringList &args)
    {
        test::CliSurroundings surroundings;
        surroundings.unset << QStringLiteral("FELLESVEDTAK_TODAY");
        return test::cliProcess(args, surroundings);
    }
    static CliRun runPsql(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("psql"),
                QStringList{QStringLiteral("-XAtq"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private:
    static CliRun super(const QString &sql) { return ServerTestDb::superPsql(sql); }

    QString m_tag;
    QString m_name;
    QStringList m_logins;
};

// The server schema files the program carries, written out as they are in resources/postgres/.
QString writeServerSchemaFiles(const QTemporaryDir &dir)
{
    QDirIterator it(QStringLiteral(":/postgres"));
    while (it.hasNext()) {
        it.next();
        QFile in(it.filePath());
        QFile out(dir.filePath(it.fileName()));
        REQUIRE(in.open(QIODevice::ReadOnly));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.readAll());
    }
    return dir.filePath(QStringLiteral("schema.sql"));
}

QString thisYearsCase(int seq)
{
    return QStringLiteral("%1/%2")
        .arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'))
        .arg(seq, 5, 10, QLatin1Char('0'));
}

// A case registered at schema version 7 the way the program of that version did it: the number
// from fv_new_case, the application, the 'imported' event and a receipt in one transaction.
const char *const kVersion7Case = R"sql(
BEGIN;
CREATE TEMPORARY TABLE c AS SELECT * FROM fv.fv_new_case();
INSERT INTO fv.application (case_id, reference, kind, received, language, title, summary, purpose,
    project_start, project_end, deletion_date, leader_name, leader_email, controller_name, controller_org,
    controller_street, controller_postal_code, controller_city, institution_approved, identifiability,
    population, storage_environment)
SELECT id, 'UPG-7-1', 'new', '2026-12-01', 'nb', 'Hjertesvikt på sykehjem i Ålesund', 'Oppfølging av pasienter',
    'research', '2027-01-01', '2029-12-31', '2035-12-31', 'Kåre Ødegård', 'kare@example.no',
    'Universitetet i Bergen', '997341074', 'Postboks 7800', '5020', 'Bergen', true, 'indirect',
    'Pasienter over 65 år', 'tsd' FROM c;
INSERT INTO fv.data_source (case_id, pos, registry, period_from, period_to, justification)
SELECT id, 1, 'NPR', '2015-01-01', '2024-12-31', 'Innleggelser for hjertesvikt' FROM c;
SELECT fv.fv_append_event((SELECT id FROM c), 'imported', 'UPG-7-1');
SELECT fv.fv_store_document((SELECT id FROM c), 1, 'receipt', 'nb', 'Kvittering', convert_to('kvittering', 'UTF8'));
SELECT fv.fv_append_event((SELECT id FROM c), 'letter-sent', 'receipt');
COMMIT;
)sql";

} // namespace

TEST_CASE("server upgrade: a database made at schema 7 is brought to this version with its case kept",
          "[server][upgrade]")
{
    REQUIRE_SERVER();
    ScratchServerDb s({QStringLiteral("adm"), QStringLiteral("ada")});
    const QString adm = s.login(QStringLiteral("adm"));
    const QString ada = s.login(QStringLiteral("ada"));
    // As docs/TEAM.md section 3 sets a server up by hand: schema.sql alone is version 7.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliRun made = ScratchServerDb::runPsql({s.uri(), QStringLiteral("-f"), writeServerSchemaFiles(dir)});
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    REQUIRE(s.value(QStringLiteral("SELECT version FROM fv.schema_version")) == QStringLiteral("7"));
    REQUIRE(s.value(QStringLiteral("SELECT to_regclass('fv.journal_entry') IS NULL")) == QStringLiteral("t"));

    // Users and a case, at version 7, through the server's own functions.
    s.value(QStringLiteral("GRANT fv_admin TO %1").arg(adm));
    s.value(QStringLiteral("SELECT fv.fv_add_user('%1', 'IT-admin', ARRAY['admin'])").arg(adm), adm);
    s.value(QStringLiteral("SELECT fv.fv_add_user('%1', 'Ada Ødegård', ARRAY['adviser', 'decision-maker'])").arg(ada),
            adm);
    s.value(QStringLiteral("INSERT INTO fv.registry (code, name, name_nn, name_en, manager, regulation, sort_order) "
                           "VALUES ('NPR', 'Norsk pasientregister', 'Norsk pasientregister', 'Norwegian Patient "
                           "Registry', 'Helsedirektoratet', 'NPR-forskriften', 1)"),
            adm);
    s.value(QString::fromUtf8(kVersion7Case), ada);
    const QString n = thisYearsCase(1);
    REQUIRE(s.value(QStringLiteral("SELECT case_number FROM fv.fv_case")) == n);
    const QString headBefore = s.value(QStringLiteral("SELECT last_hash FROM fv.audit_head"));

    // A caseworker's program may not upgrade: told what to do, and nothing changes.
    const CliRun refused = s.cli({QStringLiteral("list")}, ada);
    CHECK(refused.status != 0);
    CHECK(refused.err.contains(QStringLiteral("version 7")));
    CHECK(refused.err.contains(QStringLiteral("superuser")));
    CHECK(s.value(QStringLiteral("SELECT version FROM fv.schema_version")) == QStringLiteral("7"));

    // IT's superuser runs init once: every later vN.sql, in one transaction.
    const CliRun upgraded = s.cli({QStringLiteral("init")});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.status == 0);
    CHECK_FALSE(upgraded.err.contains(QStringLiteral("WARNING")));
    CHECK(s.value(QStringLiteral("SELECT version FROM fv.schema_version")) == QString::number(currentSchemaVersion()));

    // The case, its document and the audit trail survived, untouched.
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM fv.fv_case")) == QStringLiteral("1"));
    CHECK(s.value(QStringLiteral("SELECT title FROM fv.application"))
          == QStringLiteral("Hjertesvikt på sykehjem i Ålesund"));
    CHECK(s.value(QStringLiteral("SELECT convert_from(content, 'UTF8') FROM fv.document"))
          == QStringLiteral("kvittering"));
    CHECK(s.value(QStringLiteral("SELECT last_hash FROM fv.audit_head")) == headBefore);
    const CliRun verified = s.cli({QStringLiteral("audit"), QStringLiteral("verify")}, ada);
    INFO(verified.err.toStdString());
    CHECK(verified.status == 0);
    const CliRun checked = s.cli({QStringLiteral("check")}, ada);
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.status == 0);

    // The new tables work: v8's journal was built from the stored application and letter, and
    // takes new entries; v9's deliveries and v10's foreign legal basis are writable as granted.
    CHECK(s.value(QStringLiteral("SELECT string_agg(source, ',' ORDER BY entry_no) FROM fv.journal_entry"))
          == QStringLiteral("application,letter:receipt"));
    s.value(QStringLiteral("INSERT INTO fv.delivery (case_id, registry, ordered_on, changed_by, changed_at) "
                           "SELECT c.id, 'NPR', '2026-12-02', u.id, fv.fv_now() FROM fv.fv_case c, fv.app_user u "
                           "WHERE u.login = session_user"),
            ada);
    s.value(QStringLiteral("UPDATE fv.fv_case SET foreign_legal_basis = 'GDPR art. 6 (1) e'"), ada);
    CHECK(s.value(QStringLiteral("SELECT c.foreign_legal_basis || ' ' || d.registry FROM fv.fv_case c JOIN "
                                 "fv.delivery d ON d.case_id = c.id"))
          == QStringLiteral("GDPR art. 6 (1) e NPR"));
    const CliRun shown = s.cli({QStringLiteral("show"), n, QStringLiteral("--json")}, ada);
    INFO(shown.err.toStdString());
    CHECK(shown.status == 0);
    CHECK(shown.out.contains(QStringLiteral("Hjertesvikt på sykehjem i Ålesund")));
    // Run again, init has nothing left to do.
    CHECK(s.cli({QStringLiteral("init")}).status == 0);
    CHECK(s.value(QStringLiteral("SELECT version FROM fv.schema_version")) == QString::number(currentSchemaVersion()));
}

TEST_CASE("migrate: the set-wise search index is the server's own, case for case", "[server][migrate][search]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("source.db"));
    REQUIRE(ScratchServerDb::run({QStringLiteral("--db"), file, QStringLiteral("--as"), QStringLiteral("admin"),
                                  QStringLiteral("init"), QStringLiteral("--test")})
                .status
            == 0);
    REQUIRE(
        ScratchServerDb::run(
            {QStringLiteral("--db"), file, QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("generate"),
             QStringLiteral("--cases"), QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("13")})
            .status
        == 0);
    ScratchServerDb s;
    REQUIRE(s.cli({QStringLiteral("init")}).status == 0);
    const CliRun migrated = ScratchServerDb::run(
        {QStringLiteral("--db"), file, QStringLiteral("migrate"), QStringLiteral("--to"), s.uri()});
    INFO(migrated.err.toStdString());
    REQUIRE(migrated.status == 0);
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM fv.case_search")) == QStringLiteral("250"));
    CHECK(s.value(QStringLiteral("SET search_path = fv; SELECT count(*) FROM case_search WHERE document IS "
                                 "DISTINCT FROM fv_search_document(case_id)"))
          == QStringLiteral("0"));
    // The GIN index is back, under its name, and used for a search.
    CHECK(s.value(QStringLiteral("SELECT indexdef LIKE '%USING gin (document)' FROM pg_indexes WHERE indexname = "
                                 "'case_search_document'"))
          == QStringLiteral("t"));
}

TEST_CASE("generate on the server: synthetic cases by the server's rules, refused where they do not belong",
          "[server][generate]")
{
    REQUIRE_SERVER();
    ScratchServerDb s({QStringLiteral("ada")});
    REQUIRE(s.cli({QStringLiteral("init"), QStringLiteral("--test")}).status == 0);

    // Only IT's superuser generates on a server: a caseworker is refused, nothing written.
    s.value(QStringLiteral("GRANT fv_adviser TO %1").arg(s.login(QStringLiteral("ada"))));
    const CliRun notSuper = s.cli(
        {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5")}, s.login(QStringLiteral("ada")));
    CHECK(notSuper.status != 0);
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM fv.fv_case")) == QStringLiteral("0"));

    const CliRun generated = s.cli({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("120"),
                                    QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.status == 0);
    CHECK(generated.out.contains(QStringLiteral("\"cases\": 120")));
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM fv.fv_case")) == QStringLiteral("120"));
    // Gapless numbers per year, the chain the server's, documents matching their hash, the index whole.
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM (SELECT year, max(seq) = count(*) AS whole FROM fv.fv_case "
                                 "GROUP BY year) y WHERE NOT whole"))
          == QStringLiteral("0"));
    CHECK(s.value(QStringLiteral("SELECT bool_and(sha256 = encode(sha256(content), 'hex')) FROM fv.document"))
          == QStringLiteral("t"));
    CHECK(s.value(QStringLiteral("SET search_path = fv; SELECT count(*) FROM case_search WHERE document IS "
                                 "DISTINCT FROM fv_search_document(case_id)"))
          == QStringLiteral("0"));
    CHECK(s.value(QStringLiteral("SELECT value FROM fv.setting WHERE key = 'database.kind'"))
          == QStringLiteral("test"));
    const CliRun checked = s.cli({QStringLiteral("check")});
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.status == 0);
    CHECK(s.cli({QStringLiteral("audit"), QStringLiteral("verify")}).status == 0);

    // A database with cases is refused, even a test one: nothing changes.
    const QString head = s.value(QStringLiteral("SELECT last_id || last_hash FROM fv.audit_head"));
    const CliRun again = s.cli({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5")});
    CHECK(again.status != 0);
    CHECK(again.err.contains(QStringLiteral("holds cases")));
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM fv.fv_case")) == QStringLiteral("120"));
    CHECK(s.value(QStringLiteral("SELECT last_id || last_hash FROM fv.audit_head")) == head);
}
