// migrate --to: an SQLite case database copied whole onto an empty team server database, through
// the real program. Needs $FV_TEST_PG_URI (tools/pg-cluster.sh); without it the server tests SKIP.
#include "ServerTestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::CliRun;
using fv::test::ServerTestDb;

namespace {

#define REQUIRE_SERVER() \
    if (!ServerTestDb::available()) \
    SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)")

// A new server database made by `init` alone (no users, no cases), as IT leaves it for migrate.
class EmptyServerDb
{
public:
    EmptyServerDb()
        : m_name(QStringLiteral("fv_mig_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->bounded(1000000)))
    {
        REQUIRE(
            ServerTestDb::superPsql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name))
                .status
            == 0);
        REQUIRE(run({QStringLiteral("--db"), uri(), QStringLiteral("init")}).status == 0);
    }
    ~EmptyServerDb()
    {
        (void)ServerTestDb::superPsql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    EmptyServerDb(const EmptyServerDb &) = delete;
    EmptyServerDb &operator=(const EmptyServerDb &) = delete;

    // The cluster's superuser on this database.
    QString uri() const
    {
        QUrl url(qEnvironmentVariable("FV_TEST_PG_URI"));
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString(QUrl::FullyEncoded);
    }
    QString sql(const QString &query) const
    {
        const CliRun r = ServerTestDb::superPsql(query, m_name);
        REQUIRE(r.status == 0);
        return r.out.trimmed();
    }
    // The server's clock only: a test's fixed date never reaches the program.
    static CliRun run(const QStringList &args)
    {
        test::CliSurroundings surroundings;
        surroundings.unset << QStringLiteral("FELLESVEDTAK_TODAY");
        return test::cliProcess(args, surroundings);
    }

private:
    QString m_name;
};

// One value from the SQLite file.
QString sqliteValue(const QString &path, const QString &query)
{
    const QString name = QStringLiteral("migrate-test-%1").arg(QRandomGenerator::global()->generate());
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(query));
        REQUIRE(q.next());
        value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Every document's case, number and SHA-256 computed from its bytes, in order.
QString sqliteDocumentHashes(const QString &path)
{
    const QString name = QStringLiteral("migrate-test-%1").arg(QRandomGenerator::global()->generate());
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT case_id, doc_no, content FROM document ORDER BY case_id, doc_no")));
        while (q.next())
            lines
                << QStringLiteral("%1|%2|%3")
                       .arg(
                           q.value(0).toString(), q.value(1).toString(),
                           QString::fromLatin1(
                               QCryptographicHash::hash(q.value(2).toByteArray(), QCryptographicHash::Sha256).toHex()));
    }
    QSqlDatabase::removeDatabase(name);
    return lines.join(QLatin1Char('\n'));
}

QString serverDocumentHashes(const EmptyServerDb &server)
{
    return server.sql(QStringLiteral("SELECT case_id || '|' || doc_no || '|' || encode(sha256(content), 'hex') "
                                     "FROM fv.document ORDER BY case_id, doc_no"));
}

QString makeDemo(const QTemporaryDir &dir)
{
    test::ensureGuiApplication(); // the demo sends decision letters
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(test::cli({QStringLiteral("--db"), path, QStringLiteral("demo")}).status == 0);
    return path;
}

QString makeArchive(const QTemporaryDir &dir, int cases)
{
    const QString path = dir.filePath(QStringLiteral("archive.db"));
    REQUIRE(test::cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    REQUIRE(test::cli({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--cases"),
                       QString::number(cases), QStringLiteral("--seed"), QStringLiteral("13")})
                .status
            == 0);
    return path;
}

CliRun migrate(const QString &sqlite, const QString &to)
{
    return EmptyServerDb::run({QStringLiteral("--db"), sqlite, QStringLiteral("migrate"), QStringLiteral("--to"), to});
}

// Everything a user would compare after a migration: the counts, the documents' bytes, the
// server's own check and audit verify, and the old chain head kept in the migration event.
void requireWhole(const QString &sqlite, const EmptyServerDb &server)
{
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.fv_case"))
          == sqliteValue(sqlite, QStringLiteral("SELECT count(*) FROM fv_case")));
    CHECK(server.sql(QStringLiteral("SELECT string_agg(case_number, ',' ORDER BY id) FROM fv.fv_case"))
          == sqliteValue(sqlite,
                         QStringLiteral("SELECT group_concat(case_number, ',') FROM (SELECT case_number "
                                        "FROM fv_case ORDER BY id)")));
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.document"))
          == sqliteValue(sqlite, QStringLiteral("SELECT count(*) FROM document")));
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.app_user"))
          == sqliteValue(sqlite, QStringLiteral("SELECT count(*) FROM app_user")));
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.journal_entry"))
          == sqliteValue(sqlite, QStringLiteral("SELECT count(*) FROM journal_entry")));
    CHECK(serverDocumentHashes(server) == sqliteDocumentHashes(sqlite));
    const QString oldHead = sqliteValue(sqlite, QStringLiteral("SELECT hash FROM event ORDER BY id DESC LIMIT 1"));
    const QString oldEvents = sqliteValue(sqlite, QStringLiteral("SELECT count(*) FROM event"));
    // The old events' text, each in its place, and one more naming the old head.
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.event WHERE kind <> 'migrated'")) == oldEvents);
    const QByteArray oldText =
        sqliteValue(sqlite,
                    QStringLiteral("SELECT group_concat(kd, '') FROM (SELECT kind "
                                   "|| detail AS kd FROM event ORDER BY id)"))
            .toUtf8();
    CHECK(server.sql(QStringLiteral("SELECT md5(string_agg(kind || detail, '' ORDER BY id)) FROM fv.event WHERE "
                                    "kind <> 'migrated'"))
          == QString::fromLatin1(QCryptographicHash::hash(oldText, QCryptographicHash::Md5).toHex()));
    CHECK(server.sql(QStringLiteral("SELECT detail FROM fv.event WHERE kind = 'migrated'")).contains(oldHead));
    const CliRun check = EmptyServerDb::run({QStringLiteral("--db"), server.uri(), QStringLiteral("check")});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral(" ok ")));
    const CliRun verify = EmptyServerDb::run(
        {QStringLiteral("--db"), server.uri(), QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.status == 0);
}

} // namespace

TEST_CASE("migrate: the demo database onto an empty server, then check and audit verify green", "[server][migrate]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString demo = makeDemo(dir);
    EmptyServerDb server;
    const CliRun r = migrate(demo, server.uri());
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(r.err.contains(QStringLiteral("fv_case: 11 rows copied")));
    CHECK(r.err.contains(QStringLiteral("re-chained")));
    CHECK(r.out.contains(QStringLiteral("11 cases")));
    requireWhole(demo, server);

    // A migrated caseworker signs in as their own login and finds their cases, by folded search too.
    const QString adviser = server.sql(QStringLiteral(
        "SELECT login FROM fv.app_user WHERE roles LIKE '%adviser%' "
        "AND login <> session_user ORDER BY id LIMIT 1"));
    QUrl url(server.uri());
    url.setQuery(
        url.query().replace(QRegularExpression(QStringLiteral("user=[^&]*")), QStringLiteral("user=") + adviser));
    const CliRun listed = EmptyServerDb::run(
        {QStringLiteral("--db"), url.toString(QUrl::FullyEncoded), QStringLiteral("list")});
    CHECK(listed.status == 0);
    CHECK(listed.out.count(QLatin1Char('\n')) == 11);
}

TEST_CASE("migrate: a generated archive with its documents byte for byte", "[server][migrate]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString archive = makeArchive(dir, 120);
    REQUIRE(sqliteValue(archive, QStringLiteral("SELECT count(*) FROM document")).toInt() > 20);
    EmptyServerDb server;
    const CliRun r = migrate(archive, server.uri());
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    requireWhole(archive, server);
    // With no events on the target the re-chained ids and hashes are the old ones.
    CHECK(server.sql(QStringLiteral("SELECT hash FROM fv.event WHERE kind <> 'migrated' ORDER BY id DESC LIMIT 1"))
          == sqliteValue(archive, QStringLiteral("SELECT hash FROM event ORDER BY id DESC LIMIT 1")));
}

TEST_CASE("migrate: awkward text, nulls and tables of many INSERTs' worth arrive exactly as they were",
          "[server][migrate]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString archive = makeArchive(dir, 250);
    // Rows go many to one INSERT with their values written into the statement: a value that
    // looks like SQL, a placeholder, quotes or an escape must arrive as text, byte for byte.
    const QString awkward = QStringLiteral("O'Brien \\x00 ? $$ '' \"q\" ; DROP TABLE fv.event; --\nØdegård, æøå");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("awkward"));
        db.setDatabaseName(archive);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE fv_case SET foreign_legal_basis = ? WHERE id = (SELECT max(id) FROM "
                                         "fv_case)")));
        q.addBindValue(awkward);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("awkward"));
    // More rows than one INSERT carries (1000), so the batches' seams are crossed.
    REQUIRE(sqliteValue(archive, QStringLiteral("SELECT count(*) FROM event")).toInt() > 1000);
    REQUIRE(sqliteValue(archive, QStringLiteral("SELECT count(*) FROM assessment")).toInt() > 1000);
    EmptyServerDb server;
    const CliRun r = migrate(archive, server.uri());
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    requireWhole(archive, server);
    CHECK(server.sql(QStringLiteral("SELECT encode(convert_to(foreign_legal_basis, 'UTF8'), 'hex') FROM fv.fv_case "
                                    "ORDER BY id DESC LIMIT 1"))
          == QString::fromLatin1(awkward.toUtf8().toHex()));
    for (const QString &query :
         {QStringLiteral("SELECT count(*) FROM %1fv_case WHERE preliminary_reply_on IS NULL"),
          QStringLiteral("SELECT count(*) FROM %1assessment"),
          QStringLiteral("SELECT count(*) FROM %1journal_entry WHERE doc_no IS NULL")})
        CHECK(server.sql(query.arg(QStringLiteral("fv."))) == sqliteValue(archive, query.arg(QString())));
}

TEST_CASE("migrate: a non-empty target is refused and left unchanged", "[server][migrate]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString demo = makeDemo(dir);
    EmptyServerDb server;
    REQUIRE(migrate(demo, server.uri()).status == 0);
    const QString before = server.sql(QStringLiteral(
        "SELECT (SELECT count(*) FROM fv.fv_case) || '/' || (SELECT "
        "count(*) FROM fv.event) || '/' || (SELECT last_hash FROM "
        "fv.audit_head) || '/' || (SELECT count(*) FROM fv.app_user)"));
    const CliRun again = migrate(demo, server.uri());
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("not empty")));
    CHECK(server.sql(QStringLiteral("SELECT (SELECT count(*) FROM fv.fv_case) || '/' || (SELECT count(*) FROM "
                                    "fv.event) || '/' || (SELECT last_hash FROM fv.audit_head) || '/' || (SELECT "
                                    "count(*) FROM fv.app_user)"))
          == before);
}

TEST_CASE("migrate: a failure half-way leaves the target as it was", "[server][migrate]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString archive = makeArchive(dir, 40);
    // One stored letter's bytes changed behind the program's back (its guard trigger dropped):
    // found when the documents are copied, after the cases and users are in.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(archive);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS document_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE document SET content = content || x'00' WHERE rowid = (SELECT "
                                      "max(rowid) FROM document)")));
        REQUIRE(q.numRowsAffected() == 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    EmptyServerDb server;
    const QString before = server.sql(QStringLiteral(
        "SELECT (SELECT count(*) FROM fv.app_user) || '/' || (SELECT "
        "count(*) FROM fv.registry) || '/' || (SELECT count(*) FROM "
        "fv.event)"));
    const CliRun r = migrate(archive, server.uri());
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("does not match its SHA-256")));
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.fv_case")) == QStringLiteral("0"));
    CHECK(server.sql(QStringLiteral("SELECT (SELECT count(*) FROM fv.app_user) || '/' || (SELECT count(*) FROM "
                                    "fv.registry) || '/' || (SELECT count(*) FROM fv.event)"))
          == before);
}

TEST_CASE("migrate: only the server's superuser migrates; nothing changes for anyone else", "[server][migrate]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString demo = makeDemo(dir);
    ServerTestDb team; // a server database with its users: not empty, and ada is no superuser
    const CliRun r = migrate(demo, team.uri(team.ada()));
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("superuser")));
    CHECK(team.psql(team.it(), QStringLiteral("SELECT count(*) FROM fv_case")).out.trimmed() == QStringLiteral("0"));
}

TEST_CASE("migrate: a bad address or an unreachable server is a clear error", "[migrate]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.db"));
    REQUIRE(test::cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--test")}).status == 0);

    const CliRun noUri = migrate(path, QStringLiteral("/tmp/somewhere.db"));
    CHECK(noUri.status == 2);
    CHECK(noUri.err.contains(QStringLiteral("postgresql://")));

    const CliRun missing = EmptyServerDb::run({QStringLiteral("--db"), path, QStringLiteral("migrate")});
    CHECK(missing.status == 2);

    // Nobody listens on port 1 of this machine.
    const CliRun unreachable = migrate(path, QStringLiteral("postgresql://127.0.0.1:1/fellesvedtak?connect_timeout=3"));
    CHECK(unreachable.status == 1);
    CHECK(unreachable.err.contains(QStringLiteral("cannot connect to the server")));
    CHECK(unreachable.err.contains(QStringLiteral("127.0.0.1:1/fellesvedtak")));
}

TEST_CASE("migrate: the appeal's received file arrives byte for byte; a damaged one stops the migration",
          "[server][migrate][appeal][file]")
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    const QString demo = makeDemo(dir);
    const QString n = sqliteValue(
        demo, QStringLiteral("SELECT case_number FROM fv_case WHERE status = 'letter-sent' ORDER BY id LIMIT 1"));
    REQUIRE_FALSE(n.isEmpty());
    const QString login = sqliteValue(
        demo, QStringLiteral("SELECT login FROM app_user WHERE roles LIKE '%adviser%' ORDER BY id LIMIT 1"));
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% klage, æøå\n1 0 obj <<>> endobj\n%%EOF\n");
    const QString file = dir.filePath(QStringLiteral("klage.pdf"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(pdf) == pdf.size());
    }
    const auto registered = test::cli(
        {QStringLiteral("--db"), demo, QStringLiteral("--as"), login, QStringLiteral("appeal"),
         QStringLiteral("register"), n, QStringLiteral("--received"), QDate::currentDate().toString(Qt::ISODate),
         QStringLiteral("--from"), QStringLiteral("Kari Nordmann"), QStringLiteral("--contests"),
         QStringLiteral("Avslaget"), QStringLiteral("--file"), file});
    INFO(registered.err.toStdString());
    REQUIRE(registered.status == 0);

    // A copy with a changed byte is refused, naming the file, and the server is left empty.
    const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
    REQUIRE(QFile::copy(demo, damaged));
    {
        const QString name = QStringLiteral("migrate-damage");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(damaged);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER incoming_document_no_update")));
            REQUIRE(q.exec(QStringLiteral("UPDATE incoming_document SET content = X'25504446'")));
        }
        QSqlDatabase::removeDatabase(name);
    }
    {
        EmptyServerDb server;
        const CliRun refused = migrate(damaged, server.uri());
        CHECK(refused.status != 0);
        CHECK(refused.err.contains(QStringLiteral("klage.pdf")));
        CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.incoming_document")) == QStringLiteral("0"));
        CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.fv_case")) == QStringLiteral("0"));
    }

    EmptyServerDb server;
    const CliRun r = migrate(demo, server.uri());
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    requireWhole(demo, server);
    CHECK(server.sql(QStringLiteral("SELECT encode(content, 'hex') FROM fv.incoming_document"))
          == QString::fromLatin1(pdf.toHex()));
    CHECK(server.sql(QStringLiteral("SELECT count(*) FROM fv.appeal a JOIN fv.incoming_document f ON f.id = "
                                    "a.attachment_id JOIN fv.journal_entry j ON j.id = f.journal_entry_id"))
          == QStringLiteral("1"));
    // New files get new ids after the copied ones (the identity moved past them).
    CHECK(server.sql(QStringLiteral("SELECT nextval(pg_get_serial_sequence('fv.incoming_document', 'id')) > "
                                    "(SELECT max(id) FROM fv.incoming_document)"))
          == QStringLiteral("t"));
}
