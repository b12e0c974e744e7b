// Issue 13: on the team server a case is read ahead in one round trip (storage/ReadAhead.h).
// What is read ahead must be exactly what the stores read one statement at a time: every case
// of the demo database and of a generated archive, migrated to the server, loaded both ways
// and compared whole (and with the same cases loaded from the SQLite file). Needs
// $FV_TEST_PG_URI (tools/pg-cluster.sh); skipped without it.
#include "ServerTestSupport.h"
#include "TestSupport.h"
#include "casework/CaseJson.h"
#include "casework/CaseService.h"
#include "casework/Users.h"
#include "storage/Database.h"
#include "storage/ReadAhead.h"
#include "storage/StatementCount.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::CliRun;
using fv::test::ServerTestDb;

namespace {

// An empty server database, made and dropped by the cluster's superuser.
class EmptyServerDb
{
public:
    EmptyServerDb()
        : m_name(QStringLiteral("fv_ra_%1_%2")
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

    QString uri() const
    {
        QUrl url(qEnvironmentVariable("FV_TEST_PG_URI"));
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString(QUrl::FullyEncoded);
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

struct Opened
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CaseService> cases;
};

Opened openAs(const QString &path)
{
    auto db = Database::open(path);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    User actor;
    if (auto known = Users::actor(*db.value(), db.value()->serverLogin()); known.ok())
        actor = known.value();
    else
        actor.login = db.value()->isServer() ? db.value()->serverLogin() : QStringLiteral("ola");
    Opened o{std::move(db.value()), nullptr};
    o.cases = std::make_unique<CaseService>(*o.db, actor);
    return o;
}

QStringList caseNumbers(Database &db)
{
    QStringList numbers;
    auto q = db.exec(QStringLiteral("SELECT case_number FROM fv_case ORDER BY id"));
    REQUIRE(q.ok());
    while (q->next())
        numbers << q->value(0).toString();
    return numbers;
}

// Everything a load gives, as text to compare: the record as `show --json` writes it, and what
// that leaves out (the version stamp of the concurrency guard among it).
QString whole(CaseService &cases, const QString &number)
{
    auto rec = cases.load(number);
    INFO(number.toStdString() << ": " << (rec ? QString() : rec.error().toString()).toStdString());
    REQUIRE(rec.ok());
    QJsonObject o = caseToJson(rec.value());
    o.insert(QStringLiteral("test:rowVersion"), rec->rowVersion);
    o.insert(QStringLiteral("test:completedOn"), rec->completedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("test:changeOf"), rec->changeOfCaseNumber);
    o.insert(QStringLiteral("test:events"), static_cast<qint64>(rec->events.size()));
    o.insert(QStringLiteral("test:documents"), static_cast<qint64>(rec->documents.size()));
    o.insert(QStringLiteral("test:decisions"), static_cast<qint64>(rec->decisions.size()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// The statements of a log, one a line and cut short (the bundle is long).
std::string listing(const QStringList &log)
{
    QStringList lines;
    for (const QString &sql : log)
        lines << sql.simplified().left(140);
    return lines.join(QLatin1Char('\n')).toStdString();
}

struct ReadAheadOn
{
    ~ReadAheadOn() { ReadAhead::setEnabled(true); }
};

void compareAll(const QString &sqlitePath, const QString &serverUri)
{
    ReadAheadOn restore;
    Opened local = openAs(sqlitePath);
    const QStringList numbers = caseNumbers(*local.db);
    REQUIRE(numbers.size() > 5);

    ReadAhead::setEnabled(false);
    Opened plain = openAs(serverUri);
    ReadAhead::setEnabled(true);
    Opened ahead = openAs(serverUri);
    qint64 plainStatements = 0;
    qint64 aheadStatements = 0;
    for (int round = 0; round < 2; ++round) // the second round with the plan every case has taught
        for (const QString &n : numbers) {
            ReadAhead::setEnabled(false);
            qint64 before = statementsRun();
            const QString one = whole(*plain.cases, n);
            plainStatements += statementsRun() - before;
            ReadAhead::setEnabled(true);
            before = statementsRun();
            const QString two = whole(*ahead.cases, n);
            aheadStatements += statementsRun() - before;
            INFO("case " << n.toStdString() << ", round " << round);
            REQUIRE(two == one);
            if (round == 0)
                CHECK(whole(*local.cases, n) == one); // the same on both engines
        }
    INFO("statements, " << numbers.size() << " cases twice: one by one " << plainStatements << ", read ahead "
                        << aheadStatements);
    CHECK(aheadStatements * 3 < plainStatements); // a change application also reads the earlier case
}

} // namespace

TEST_CASE("team server: every case of the demo loads the same read ahead as one statement at a time",
          "[server][casework][perf]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    test::ensureGuiApplication(); // the demo sends decision letters
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(test::cli({QStringLiteral("--db"), demo, QStringLiteral("demo")}).status == 0);
    EmptyServerDb server;
    REQUIRE(EmptyServerDb::run(
                {QStringLiteral("--db"), demo, QStringLiteral("migrate"), QStringLiteral("--to"), server.uri()})
                .status
            == 0);
    compareAll(demo, server.uri());
}

TEST_CASE("team server: every case of a generated archive loads the same read ahead as one statement at a time",
          "[server][casework][perf]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("archive.db"));
    REQUIRE(test::cli({QStringLiteral("--db"), archive, QStringLiteral("init"), QStringLiteral("--test")}).status == 0);
    REQUIRE(test::cli({QStringLiteral("--db"), archive, QStringLiteral("generate"), QStringLiteral("--cases"),
                       QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("13")})
                .status
            == 0);
    EmptyServerDb server;
    REQUIRE(EmptyServerDb::run(
                {QStringLiteral("--db"), archive, QStringLiteral("migrate"), QStringLiteral("--to"), server.uri()})
                .status
            == 0);
    compareAll(archive, server.uri());
}

TEST_CASE("team server: a colleague's change between two loads shows, with the new version stamp",
          "[server][casework][perf]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    const QString n = QStringLiteral("%1/00001").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    const auto L = [](const char *w) { return QString::fromUtf8(w); };
    REQUIRE(s.cli(s.ada(), {L("import"), test::specFile(L("example-application.json"))}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("assign"), n, s.ada()}).status == 0);

    Opened ada = openAs(s.uri(s.ada()));
    REQUIRE(ada.cases->load(n).ok()); // learns what to read ahead
    const auto before = ada.cases->load(n);
    REQUIRE(before.ok());
    REQUIRE(before->casework.notes.empty());

    REQUIRE(s.cli(s.ada(), {L("note"), n, L("--text"), L("Ringt søker")}).status == 0); // another session
    QStringList log;
    setStatementLog(&log);
    const qint64 counted = statementsRun();
    const auto after = ada.cases->load(n);
    setStatementLog(nullptr);
    REQUIRE(after.ok());
    INFO(listing(log));
    CHECK(statementsRun() - counted <= 3); // read ahead, yet fresh:
    CHECK(after->rowVersion > before->rowVersion);
    REQUIRE(after->casework.notes.size() == 1);
    CHECK(after->casework.notes.front().text == L("Ringt søker"));
    CHECK(after->events.size() == before->events.size() + 1);
}

TEST_CASE("team server: inside a transaction a case is read one statement at a time", "[server][casework][perf]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    const QString n = QStringLiteral("%1/00001").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    REQUIRE(
        s.cli(s.ada(), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))}).status
        == 0);
    Opened ada = openAs(s.uri(s.ada()));
    qint64 counted = statementsRun();
    REQUIRE(ada.cases->load(n).ok());
    const qint64 learning = statementsRun() - counted;
    counted = statementsRun();
    REQUIRE(ada.cases->load(n).ok());
    const qint64 readAhead = statementsRun() - counted;
    INFO("statements: learning " << learning << ", read ahead " << readAhead);

    ReadAhead::setEnabled(false);
    counted = statementsRun();
    REQUIRE(ada.cases->load(n).ok());
    const qint64 plain = statementsRun() - counted;
    ReadAhead::setEnabled(true);
    CHECK(readAhead < plain);

    Transaction tx(*ada.db); // a read that may follow the transaction's own writes
    REQUIRE(tx.isOpen());
    counted = statementsRun();
    REQUIRE(ada.cases->load(n).ok());
    CHECK(statementsRun() - counted == plain);
}

TEST_CASE("team server: a statement that may write ends the reading ahead and is never sent ahead",
          "[server][casework][perf]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    REQUIRE(
        s.cli(s.ada(), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))}).status
        == 0);
    Opened ada = openAs(s.uri(s.ada()));
    const QString read = QStringLiteral("SELECT count(*) FROM fv_case WHERE id = ?");
    // Taken for a write (the word DELETE in it), yet changes nothing: what a SELECT that calls a
    // server function that decides (fv_approve_decision) or a sequence looks like to ReadAhead.
    const QString neverRun = QStringLiteral("SELECT 1 AS \"delete\" FROM fv_case WHERE false");
    const auto reading = [&](bool withWrite) {
        QStringList log;
        setStatementLog(&log);
        const qint64 before = statementsRun();
        {
            const ReadAhead ahead(*ada.db, QStringLiteral("test"));
            ReadAhead::keysKnown(*ada.db, {qint64(1)});
            REQUIRE(ada.db->scalar(read, {qint64(1)}).value().toInt() == 1);
            if (withWrite) {
                REQUIRE(ada.db->exec(neverRun).ok());
                REQUIRE(ada.db->scalar(read, {qint64(1)}).value().toInt() == 1);
            }
        }
        setStatementLog(nullptr);
        INFO(listing(log));
        CHECK_FALSE(log.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("(SELECT coalesce(json_agg(t), '[]') FROM "
                                                 "(SELECT 1 AS \"delete\"")));
        return statementsRun() - before;
    };
    CHECK(reading(false) == 1); // learns
    CHECK(reading(false) == 1); // the bundle, and the read answered from it
    CHECK(reading(true) == 3);  // the bundle, the write, the read again: not answered after a write
    CHECK(reading(true) == 3);  // the write was not learnt
}
