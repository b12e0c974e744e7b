// Every feature on both engines: one caseworker's day through the real program, run once on an
// SQLite test file and once on the team server (PostgreSQL, each step as its own login), with the
// same assertions. Attachments, letters of the dialogue, an admin's edited template and prices,
// the fee frozen at approval, Tidligere praksis, the journal and its screening, deliveries and
// the work queue, the registry catalogue, settings, the archive extract, check and audit verify.
// The server half needs $FV_TEST_PG_URI (tools/test.sh starts a cluster); without it, it SKIPs.
#include "Clock.h"
#include "ServerTestSupport.h"
#include "archive/Journal.h"
#include "casework/Deadlines.h"
#include "decision/ConditionLibrary.h"
#include "decision/Fees.h"
#include "followup/FollowUpQueue.h"
#include "letters/LetterRenderer.h"
#include "letters/TemplateStore.h"
#include "registry/RegistryCatalogue.h"
#include "search/WorkQueue.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace fv;
using fv::test::CliRun;
using fv::test::ServerTestDb;

namespace {

// Who acts: on SQLite TempDb's users, on the server ServerTestDb's logins.
enum class Who { Adviser, Lawyer, Approver, Admin };

struct Engine
{
    std::function<CliRun(Who, const QStringList &)> cli;
    Database *db = nullptr; // the admin's own connection, for what only the GUI edits
    QString adminLogin;
    QString adviserLogin;
    QString dir; // for files the program writes
};

CliRun must(const Engine &e, Who who, const QStringList &args)
{
    CliRun r = e.cli(who, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.status == 0);
    return r;
}

QJsonDocument json(const Engine &e, Who who, const QStringList &args)
{
    return QJsonDocument::fromJson(must(e, who, QStringList{QStringLiteral("--json")} + args).out.toUtf8());
}

// The example application under another reference, as a file in the engine's folder.
QString application(const Engine &e, int n)
{
    QByteArray text = test::readFile(test::specFile(QStringLiteral("example-application.json")));
    text.replace("HD-2026-000417", QStringLiteral("HD-2026-%1").arg(900 + n, 6, 10, QLatin1Char('0')).toUtf8());
    const QString path = e.dir + QStringLiteral("/application-%1.json").arg(n);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

QString imported(const Engine &e, int n)
{
    return must(e, Who::Adviser, {QStringLiteral("import"), application(e, n)}).out.section(QLatin1Char('\t'), 0, 0);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

User admin(const Engine &e)
{
    auto u = Users::actor(*e.db, e.adminLogin);
    REQUIRE(u.ok());
    return u.value();
}

// Import, the attachment's bytes, the dialogue's letters, an admin's template used by the next letter.
void intakeAndDialogue(const Engine &e, const QString &n)
{
    const QString attachment = e.dir + QStringLiteral("/protokoll-v3.pdf");
    QFile f(attachment);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("test"); // the bytes whose SHA-256 the application lists
    f.close();
    must(e, Who::Adviser, {QStringLiteral("attach"), n, attachment});
    const QString back = e.dir + QStringLiteral("/back.pdf");
    must(e, Who::Adviser,
         {QStringLiteral("attachment"), n, QStringLiteral("protokoll-v3.pdf"), QStringLiteral("--out"), back});
    CHECK(test::readFile(back) == QByteArray("test"));

    for (const char *step : {"take", "start-check", "complete"})
        must(e, Who::Adviser, {QLatin1String(step), n});
    must(e, Who::Adviser,
         {QStringLiteral("request-info"), n, QStringLiteral("--text"), QStringLiteral("Send REK-vedtaket")});
    must(e, Who::Adviser, {QStringLiteral("info-received"), n});
    must(e, Who::Adviser,
         {QStringLiteral("consult"), n, QStringLiteral("MFR"), QStringLiteral("--due"), QStringLiteral("2099-01-01")});
    must(e, Who::Adviser,
         {QStringLiteral("consulted"), n, QStringLiteral("MFR"), QStringLiteral("--answer"), QStringLiteral("partly"),
          QStringLiteral("--note"), QStringLiteral("Delvis")});
    must(e, Who::Adviser,
         {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("statement-for-comment"),
          QStringLiteral("--registry"), QStringLiteral("MFR")});
    must(e, Who::Adviser, {QStringLiteral("info-received"), n});

    // The admin edits the preliminary reply's template; the next one sent is written with it.
    auto packaged = letterTemplate(LetterKind::PreliminaryReply, Language::Bokmaal);
    REQUIRE(packaged.ok());
    QString edited = packaged.value();
    const qsizetype heading = edited.indexOf(QLatin1String("<h1>"));
    REQUIRE(heading >= 0);
    edited.insert(heading, QStringLiteral("<p>Malmerke fra IT: ærlig øvd åpning</p>"));
    REQUIRE(TemplateStore::save(*e.db, admin(e), LetterKind::PreliminaryReply, Language::Bokmaal, edited).ok());
    auto sent = must(e, Who::Adviser,
                     {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("preliminary-reply"),
                      QStringLiteral("--reason"), QStringLiteral("workload")});
    const QString docNo = sent.out.section(QLatin1Char('\t'), 1, 1).section(QLatin1Char('-'), 1);
    CHECK(docNo == QStringLiteral("2"));
    const QString pdf = e.dir + QStringLiteral("/preliminary.pdf");
    must(e, Who::Adviser, {QStringLiteral("document"), n, docNo, QStringLiteral("--out"), pdf});
    CHECK(pdfText(pdf).contains(QStringLiteral("Malmerke fra IT: ærlig øvd åpning")));
}

// The decision: conditions, the fee with the admin's prices, frozen at approval.
void decide(const Engine &e, const QString &n)
{
    must(e, Who::Adviser, {QStringLiteral("draft"), n});
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        must(e, Who::Lawyer, {QStringLiteral("assess"), n, QLatin1String(item), QStringLiteral("fulfilled")});
    must(e, Who::Adviser,
         {QStringLiteral("condition"), QStringLiteral("add"), n, QStringLiteral("--text"),
          QStringLiteral("Egne vilkår for løpenummer")});
    must(e, Who::Adviser, {QStringLiteral("fee"), n, QStringLiteral("--hours"), QStringLiteral("3")});
    must(e, Who::Adviser,
         {QStringLiteral("foreign-basis"), n, QStringLiteral("--text"), QStringLiteral("GDPR art. 6")});
    REQUIRE(PriceTables::save(*e.db, admin(e), {today(), 1600, 3200, 1200}).ok());
    must(e, Who::Adviser, {QStringLiteral("submit"), n});
    must(e, Who::Approver, {QStringLiteral("approve"), n});
    // 4 registries: the price for several sources, and 3 started hours.
    const auto fee = [&] {
        return json(e, Who::Adviser,
                    {QStringLiteral("show"), n})[QStringLiteral("decision")][QStringLiteral("feeTotal")]
            .toInt();
    };
    CHECK(fee() == 3200 + 3 * 1200);
    REQUIRE(PriceTables::save(*e.db, admin(e), {today(), 9000, 9000, 9000}).ok());
    CHECK(fee() == 3200 + 3 * 1200);
    auto shown = json(e, Who::Adviser, {QStringLiteral("show"), n}).object();
    bool own = false;
    for (const auto &c : shown[QStringLiteral("decision")][QStringLiteral("conditions")].toArray())
        own = own || c.toObject()[QStringLiteral("text")].toString() == QStringLiteral("Egne vilkår for løpenummer");
    CHECK(own);
    must(e, Who::Adviser, {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("decision")});
}

// The journal: every letter an outgoing entry, the registry catalogue's manager as its recipient,
// a screened case's names absent from the public journal but kept in the running one.
void journal(const Engine &e, const QString &n)
{
    auto registries = loadRegistryMap(*e.db);
    REQUIRE(registries.ok());
    Registry mfr = registries->at(QStringLiteral("MFR"));
    mfr.manager = QStringLiteral("Folkehelseinstituttet, avdeling for helseregistre");
    REQUIRE(saveRegistry(*e.db, admin(e), mfr).ok());
    must(e, Who::Adviser,
         {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("registry-notice"),
          QStringLiteral("--registry"), QStringLiteral("MFR")});

    const QJsonArray entries = json(e, Who::Adviser, {QStringLiteral("journal"), n}).array();
    QStringList shape;
    for (const auto &v : entries)
        shape << v[QStringLiteral("type")].toString() + QLatin1Char(':') + v[QStringLiteral("status")].toString();
    // The application and the answer in; the statement, the preliminary reply, the decision and
    // the notice out; the incoming entries closed by the decision.
    CHECK(shape.count(QStringLiteral("U:E")) == 4);
    for (const auto &v : entries)
        if (v[QStringLiteral("type")].toString() == QStringLiteral("I"))
            CHECK(v[QStringLiteral("closed")].isObject());
    CHECK(entries.last()[QStringLiteral("parties")][0][QStringLiteral("name")].toString() == mfr.manager);

    // The journal's search by party folds Norwegian letters on both engines: "odegard" finds Ødegård.
    JournalQuery byParty;
    byParty.party = QStringLiteral("odegard");
    byParty.type = JournalType::Outgoing;
    auto found = Journal::find(*e.db, byParty);
    REQUIRE(found.ok());
    CHECK(found->size() == 3); // the statement, the preliminary reply and the decision to the applicant

    must(e, Who::Adviser,
         {QStringLiteral("journal"), QStringLiteral("screen"), n, QStringLiteral("--basis"),
          QStringLiteral("Offl. § 13 jf. fvl. § 13")});
    const QString from = today().addDays(-1).toString(Qt::ISODate), to = today().addDays(1).toString(Qt::ISODate);
    const QString pub = e.dir + QStringLiteral("/offentligJournal.xml"),
                  run = e.dir + QStringLiteral("/loependeJournal.xml");
    must(e, Who::Adviser,
         {QStringLiteral("journal"), QStringLiteral("public"), QStringLiteral("--from"), from, QStringLiteral("--to"),
          to, QStringLiteral("--out"), pub});
    must(e, Who::Adviser,
         {QStringLiteral("journal"), QStringLiteral("running"), QStringLiteral("--from"), from, QStringLiteral("--to"),
          to, QStringLiteral("--out"), run});
    const QString publicXml = QString::fromUtf8(test::readFile(pub));
    CHECK(publicXml.contains(QStringLiteral("journalpost")));
    CHECK_FALSE(publicXml.contains(QStringLiteral("Ødegård")));
    CHECK(QString::fromUtf8(test::readFile(run)).contains(QStringLiteral("Ødegård")));
}

// After the letter: deliveries and the end report, the follow-up queue; then closed and archived.
void followUp(const Engine &e, const QString &n)
{
    must(e, Who::Adviser, {QStringLiteral("delivery"), n, QStringLiteral("MFR"), QStringLiteral("--ordered")});
    must(e, Who::Adviser,
         {QStringLiteral("delivery"), n, QStringLiteral("NPR"), QStringLiteral("--delivered"),
          today().toString(Qt::ISODate)});
    const QJsonArray deliveries =
        json(e, Who::Adviser, {QStringLiteral("delivery"), n})[QStringLiteral("deliveries")].toArray();
    QStringList states;
    for (const auto &d : deliveries)
        states << d[QStringLiteral("registry")].toString() + QLatin1Char('=') + d[QStringLiteral("state")].toString();
    CHECK(states.contains(QStringLiteral("MFR=ordered")));
    CHECK(states.contains(QStringLiteral("NPR=delivered")));
    // Twelve weeks on, the undelivered data are overdue in the queue.
    auto queue = loadFollowUpQueue(*e.db, CaseworkSettings{}, today().addDays(84));
    REQUIRE(queue.ok());
    bool late = false;
    for (const auto &[kind, item] : queue.value())
        late = late || (kind == QueueKind::DataNotDelivered && item.summary.caseNumber == n);
    CHECK(late);
    must(e, Who::Adviser,
         {QStringLiteral("project-end"), n, QStringLiteral("--report"), today().toString(Qt::ISODate)});
    CHECK(json(e, Who::Adviser, {QStringLiteral("project-end"), n})
              .toJson()
              .contains(today().toString(Qt::ISODate).toUtf8()));

    must(e, Who::Adviser, {QStringLiteral("close"), n});
    const QString out = e.dir + QStringLiteral("/extract");
    auto exported = must(
        e, Who::Admin,
        {QStringLiteral("archive"), QStringLiteral("export"), QStringLiteral("--from"),
         today().addDays(-400).toString(Qt::ISODate), QStringLiteral("--to"), today().addDays(1).toString(Qt::ISODate),
         QStringLiteral("--out"), out});
    CHECK(exported.out.contains(QStringLiteral("1 cases")));
    CHECK(QString::fromUtf8(test::readFile(out + QStringLiteral("/arkivstruktur.xml"))).contains(n));
}

// The other cases: Tidligere praksis finds the approved decision; the work queue sorts them.
void practiceAndQueue(const Engine &e, const QString &decided)
{
    const QString mine = imported(e, 2);
    const QString nobodys = imported(e, 3);
    const QJsonArray matches = json(e, Who::Adviser, {QStringLiteral("practice"), mine}).array();
    REQUIRE(matches.size() == 1);
    CHECK(matches[0][QStringLiteral("caseNumber")].toString() == decided);
    CHECK(matches[0][QStringLiteral("registrySimilarity")].toDouble() == 1.0);
    must(e, Who::Adviser, {QStringLiteral("take"), mine});
    auto adviser = Users::actor(*e.db, e.adviserLogin);
    REQUIRE(adviser.ok());
    auto queue = WorkQueue::load(*e.db, adviser.value(), today());
    REQUIRE(queue.ok());
    const auto has = [&](QueueKind kind, const QString &n) {
        for (const QueueItem &i : queue->items(kind))
            if (i.summary.caseNumber == n)
                return true;
        return false;
    };
    CHECK(has(QueueKind::Mine, mine));
    CHECK(has(QueueKind::Unassigned, nobodys));
    CHECK_FALSE(has(QueueKind::Mine, decided));
    CHECK(queue->openCases() == 2);
}

// An applicant who never answers: the request and the reminder sent, the case rejected, the
// rejection letter sent and journalled (dated in the past with --on, as a caseworker records late).
void rejection(const Engine &e)
{
    const QString n = imported(e, 4);
    const auto on = [](int daysAgo) { return today().addDays(-daysAgo).toString(Qt::ISODate); };
    must(e, Who::Adviser, {QStringLiteral("take"), n});
    must(e, Who::Adviser, {QStringLiteral("start-check"), n});
    must(e, Who::Adviser,
         {QStringLiteral("request-info"), n, QStringLiteral("--text"), QStringLiteral("Send protokollen"),
          QStringLiteral("--on"), on(40)});
    must(e, Who::Adviser, {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("info-request")});
    must(e, Who::Adviser, {QStringLiteral("remind"), n, QStringLiteral("--on"), on(20)});
    must(e, Who::Adviser, {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("reminder")});
    must(e, Who::Adviser, {QStringLiteral("reject-no-reply"), n});
    must(e, Who::Adviser, {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("rejection")});
    QStringList kinds;
    for (const auto &d : json(e, Who::Adviser, {QStringLiteral("show"), n})[QStringLiteral("documents")].toArray())
        kinds << d[QStringLiteral("kind")].toString();
    CHECK(kinds
          == QStringList{QStringLiteral("info-request"), QStringLiteral("reminder"), QStringLiteral("rejection")});
    const QJsonArray entries = json(e, Who::Adviser, {QStringLiteral("journal"), n}).array();
    REQUIRE(entries.size() == 4);
    CHECK(entries.last()[QStringLiteral("type")].toString() == QStringLiteral("U"));
    CHECK(entries.first()[QStringLiteral("closed")].isObject()); // the rejection answers the application
    CHECK(json(e, Who::Adviser, {QStringLiteral("show"), n})[QStringLiteral("status")].toString()
          == QStringLiteral("rejected-no-reply"));
}

// Settings and the condition library an admin edits; statistics; the database whole.
void adminAndChecks(const Engine &e)
{
    must(e, Who::Admin,
         {QStringLiteral("setting"), QStringLiteral("calendar.extraClosedMonthDays"), QStringLiteral("12-24,12-31")});
    CHECK(must(e, Who::Adviser, {QStringLiteral("setting"), QStringLiteral("calendar.extraClosedMonthDays")})
              .out.trimmed()
          == QStringLiteral("12-24,12-31"));
    auto conditions = ConditionLibrary::load(*e.db);
    REQUIRE(conditions.ok());
    REQUIRE_FALSE(conditions->empty());
    conditions->front().nb = QStringLiteral("Opplysningene skal lagres i en godkjent forskningsplattform.");
    auto saved = ConditionLibrary::save(*e.db, admin(e), conditions.value());
    INFO((saved.ok() ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());
    CHECK(ConditionLibrary::load(*e.db).value().front().nb == conditions->front().nb);
    CHECK_FALSE(ConditionLibrary::save(*e.db, Users::actor(*e.db, e.adviserLogin).value(), conditions.value()).ok());

    const QJsonObject stats = json(e, Who::Adviser, {QStringLiteral("stats")}).object();
    CHECK(stats[QStringLiteral("received")].toInt() == 4);
    CHECK(stats[QStringLiteral("decided")].toInt() == 1);
    CHECK(must(e, Who::Adviser, {QStringLiteral("check")}).out.contains(QStringLiteral(": ok (")));
    CHECK(must(e, Who::Adviser, {QStringLiteral("audit"), QStringLiteral("verify")})
              .out.contains(QStringLiteral("intact")));
}

void allPaths(const Engine &e)
{
    const QString n = imported(e, 1);
    intakeAndDialogue(e, n);
    decide(e, n);
    journal(e, n);
    practiceAndQueue(e, n);
    followUp(e, n);
    rejection(e);
    adminAndChecks(e);
}

} // namespace

TEST_CASE("every path on SQLite: attachments, letters, templates, fees, practice, journal, follow-up, archive",
          "[paths][cli]")
{
    test::TempDb t;
    const std::map<Who, QString> logins{
        {Who::Adviser, QStringLiteral("ola")},
        {Who::Lawyer, QStringLiteral("lise")},
        {Who::Approver, QStringLiteral("kari")},
        {Who::Admin, QStringLiteral("admin")}};
    Engine e;
    e.cli = [&](Who who, const QStringList &args) {
        test::CliSurroundings surroundings;
        surroundings.unset << QStringLiteral("FELLESVEDTAK_TODAY"); // the same real day as the server's
        return test::cliProcess(
            QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--as"), logins.at(who)} + args, surroundings);
    };
    e.db = &t.db();
    e.adminLogin = QStringLiteral("admin");
    e.adviserLogin = QStringLiteral("ola");
    e.dir = t.dir();
    allPaths(e);
}

TEST_CASE("every path on the team server, each step as its own login", "[paths][server][cli]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    QTemporaryDir dir;
    const std::map<Who, QString> logins{
        {Who::Adviser, s.ada()}, {Who::Lawyer, s.bo()}, {Who::Approver, s.bo()}, {Who::Admin, s.it()}};
    auto db = Database::open(s.uri(s.it()));
    REQUIRE(db.ok());
    Engine e;
    e.cli = [&](Who who, const QStringList &args) { return s.cli(logins.at(who), args); };
    e.db = db.value().get();
    e.adminLogin = s.it();
    e.adviserLogin = s.ada();
    e.dir = dir.path();
    allPaths(e);
    // Each step was recorded by the server as the login that took it: the casework by the
    // caseworkers, the admin's edits (template, prices, registry, conditions, setting) by IT.
    const auto sql = [&](const QString &query) { return s.psql(s.it(), query).out.trimmed().toStdString(); };
    CHECK(sql(QStringLiteral("SELECT string_agg(DISTINCT actor, ' ' ORDER BY actor) FROM event "
                             "WHERE case_id IS NOT NULL"))
          == QStringLiteral("%1 %2").arg(s.ada(), s.bo()).toStdString());
    CHECK(sql(QStringLiteral("SELECT string_agg(DISTINCT kind, ' ' ORDER BY kind) FROM event WHERE case_id IS NULL "
                             "AND actor = '%1' AND kind NOT LIKE 'user-%'")
                  .arg(s.it()))
          == "archive-exported conditions-edited letter-template-saved prices-edited registry-edited setting-changed");
    // Out: the first case's statement, preliminary reply, decision and notice; the request, reminder, rejection.
    CHECK(sql(QStringLiteral("SELECT count(*) FROM journal_entry WHERE type = 'U'")) == "7");
}

TEST_CASE("team server: letters sent at the same moment are all journalled, numbered without gaps", "[paths][server]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s;
    QTemporaryDir dir;
    Engine e;
    e.cli = [&](Who, const QStringList &args) { return s.cli(s.ada(), args); };
    e.dir = dir.path();
    const QStringList cases{imported(e, 1), imported(e, 2), imported(e, 3), imported(e, 4)};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FELLESVEDTAK_TODAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    constexpr int rounds = 3;
    int failed = 0;
    QString errors;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QString &n : cases) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(FV_CLI_PATH),
                     {QStringLiteral("--db"), s.uri(s.ada()), QStringLiteral("send"), n, QStringLiteral("--kind"),
                      QStringLiteral("receipt")});
            running.push_back(std::move(p));
        }
        for (auto &p : running) {
            p->waitForFinished(60000);
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                ++failed;
                errors += QString::fromUtf8(p->readAllStandardError());
            }
        }
    }
    INFO(errors.toStdString());
    CHECK(failed == 0);
    // The applications in, the receipts out: one journal number each, 1…N without a gap or a twin.
    const int entries = 4 + 4 * rounds;
    CHECK(s.psql(s.it(),
                 QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT journal_seq) || ' ' || "
                                "min(journal_seq) || ' ' || max(journal_seq) FROM journal_entry"))
              .out.trimmed()
              .toStdString()
          == QStringLiteral("%1 %1 1 %1").arg(entries).toStdString());
    CHECK(s.psql(s.it(), QStringLiteral("SELECT last FROM journal_sequence")).out.trimmed().toInt() == entries);
}

TEST_CASE("team server: init says nothing about transactions, and each schema step commits with its version",
          "[paths][server][cli]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    ServerTestDb s; // for its name
    const QString fresh = s.name() + QStringLiteral("_init");
    REQUIRE(ServerTestDb::superPsql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(fresh))
                .status
            == 0);
    QUrl url(qEnvironmentVariable("FV_TEST_PG_URI"));
    url.setPath(QLatin1Char('/') + fresh);
    test::CliSurroundings surroundings;
    surroundings.unset << QStringLiteral("FELLESVEDTAK_TODAY");
    auto init = test::cliProcess(
        {QStringLiteral("--db"), url.toString(QUrl::FullyEncoded), QStringLiteral("init"), QStringLiteral("--test")},
        surroundings);
    const auto version = ServerTestDb::superPsql(QStringLiteral("SELECT version FROM fv.schema_version"), fresh);
    (void)ServerTestDb::superPsql(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(fresh));
    INFO(init.err.toStdString());
    CHECK(init.status == 0);
    // The vN.sql files' own BEGIN/COMMIT (for psql) used to nest in the program's transaction.
    CHECK_FALSE(init.err.contains(QStringLiteral("transaction")));
    CHECK_FALSE(init.err.contains(QStringLiteral("WARNING")));
    CHECK(version.out.trimmed().toInt() == currentSchemaVersion());
}
