// The team server (PostgreSQL) through the real program: two caseworkers, each signed in as
// their own login, take one case from import to the stored decision letter; the server holds
// the four-eyes rule also against psql. Needs $FV_TEST_PG_URI (tools/pg-cluster.sh; tools/test.sh
// starts a cluster); without it every test here is skipped.
#include "Clock.h"
#include "ServerTestSupport.h"
#include "storage/Migrations.h"

#include <QDate>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::ServerTestDb;

namespace {

#define REQUIRE_SERVER() \
    if (!ServerTestDb::available()) \
    SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)")

QString thisYearsCase(int seq)
{
    return QStringLiteral("%1/%2")
        .arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'))
        .arg(seq, 5, 10, QLatin1Char('0'));
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

TEST_CASE("team server: import, draft by one login, approval by the other, letter, search, check", "[server][cli]")
{
    REQUIRE_SERVER();
    ServerTestDb s;
    const QString n = thisYearsCase(1);
    const auto ada = [&](const QStringList &a) { return s.cli(s.ada(), a); };
    const auto bo = [&](const QStringList &a) { return s.cli(s.bo(), a); };

    auto imported = ada({QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    REQUIRE(imported.status == 0);
    CHECK(imported.out.startsWith(n + QLatin1Char('\t')));
    REQUIRE(ada({QStringLiteral("assign"), n, s.ada()}).status == 0);
    REQUIRE(ada({QStringLiteral("complete"), n}).status == 0);
    auto drafted = ada({QStringLiteral("draft"), n});
    REQUIRE(drafted.status == 0);
    CHECK(drafted.out.contains(QStringLiteral("4 registries")));
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        REQUIRE(bo({QStringLiteral("assess"), n, QLatin1String(item), QStringLiteral("fulfilled")}).status == 0);
    REQUIRE(ada({QStringLiteral("submit"), n}).status == 0);

    // The drafter may not approve: refused by the program, and by the server when sent from psql.
    const QString before = s.psql(s.it(), QStringLiteral("SELECT status || ' ' || revision FROM decision")).out;
    auto own = ada({QStringLiteral("approve"), n});
    CHECK(own.status == 1);
    CHECK(own.err.contains(QStringLiteral("four-eyes")));
    auto fromPsql = s.psql(s.ada(), QStringLiteral("SELECT fv_approve_decision('%1', 1)").arg(n));
    CHECK(fromPsql.status != 0);
    CHECK(fromPsql.err.contains(QStringLiteral("fv:four-eyes")));
    CHECK(s.psql(s.it(), QStringLiteral("SELECT status || ' ' || revision FROM decision")).out == before);
    CHECK(before.trimmed() == QStringLiteral("submitted 1"));

    REQUIRE(bo({QStringLiteral("approve"), n}).status == 0);
    auto approvedBy = s.psql(
        s.it(),
        QStringLiteral("SELECT u.login FROM decision d JOIN app_user u ON u.id = "
                       "d.approved_by"));
    CHECK(approvedBy.out.trimmed() == s.bo());

    // The letter is stored by the server, its bytes hashed there.
    auto sent = ada({QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("decision")});
    REQUIRE(sent.status == 0);
    auto doc = s.psql(s.it(),
                      QStringLiteral("SELECT d.doc_no || ' ' || u.login || ' ' || (encode(sha256(d.content), "
                                     "'hex') = d.sha256) FROM document d JOIN app_user u ON u.id = d.created_by"));
    CHECK(doc.out.trimmed() == QStringLiteral("1 %1 true").arg(s.ada()));
    auto status = s.psql(s.it(), QStringLiteral("SELECT status FROM fv_case"));
    CHECK(status.out.trimmed() == QStringLiteral("letter-sent"));

    // Search folds Norwegian letters as on SQLite.
    for (const QString &typed : {QStringLiteral("odegard"), QStringLiteral("oedegaard"), QStringLiteral("Ødegård")}) {
        auto found = ada({QStringLiteral("list"), QStringLiteral("--search"), typed});
        CHECK(found.status == 0);
        CHECK(found.out.startsWith(n + QLatin1Char('\t')));
    }
    auto none = ada({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("xylofonkvartett")});
    CHECK(none.status == 0);
    CHECK(none.out.isEmpty());

    auto stats = ada({QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(stats.status == 0);
    CHECK(stats.out.contains(QStringLiteral("\"received\": 1")));
    auto check = ada({QStringLiteral("check")});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("ok")));
    auto verify = ada(args({"audit", "verify"}));
    CHECK(verify.status == 0);
    // Every event's actor is the login that did it, set by the server.
    auto actors = s.psql(s.it(),
                         QStringLiteral("SELECT string_agg(DISTINCT actor, ' ' ORDER BY actor) FROM event "
                                        "WHERE case_id IS NOT NULL"));
    CHECK(actors.out.trimmed() == QStringLiteral("%1 %2").arg(s.ada(), s.bo()));
}

TEST_CASE("team server: --as, a fixed date, a password in the address and backup are refused", "[server][cli]")
{
    REQUIRE_SERVER();
    ServerTestDb s;
    auto as = s.cli(s.ada(), {QStringLiteral("--as"), s.bo(), QStringLiteral("list")});
    CHECK(as.status == 1);
    CHECK(as.err.contains(QStringLiteral("--as cannot be used on the team server")));
    CHECK(as.err.contains(s.ada()));

    auto today = s.cli(s.ada(), {QStringLiteral("list")}, {QStringLiteral("FELLESVEDTAK_TODAY=2026-01-05")});
    CHECK(today.status == 1);
    CHECK(today.err.contains(QStringLiteral("FELLESVEDTAK_TODAY")));

    QString withPassword = s.uri(s.ada());
    withPassword.replace(QStringLiteral("postgresql://"), QStringLiteral("postgresql://%1:secret@").arg(s.ada()));
    auto password = test::cliProcess({QStringLiteral("--db"), withPassword, QStringLiteral("list")});
    CHECK(password.status == 1);
    CHECK(password.err.contains(QStringLiteral("password")));
    CHECK(!password.err.contains(QStringLiteral("secret")));

    // generate on the server is IT's superuser's, on an empty database (ServerScaleTests).
    auto generate = s.cli(s.it(), {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5")});
    CHECK(generate.status == 1);
    CHECK(generate.err.contains(QStringLiteral("superuser")));
    auto demo = s.cli(s.it(), {QStringLiteral("demo")});
    CHECK(demo.status == 1);
    CHECK(demo.err.contains(QStringLiteral("never onto the team server")));
    CHECK(s.psql(s.it(), QStringLiteral("SELECT count(*) FROM fv_case")).out.trimmed() == QStringLiteral("0"));

    for (const char *command : {"backup", "restore"}) {
        auto r = s.cli(s.ada(), {QLatin1String(command), QStringLiteral("/tmp/fv-never-written.db")});
        CHECK(r.status == 1);
        CHECK(r.err.contains(QStringLiteral("pg_dump")));
    }

    // Someone who is not a user of the database: the server's refusal, in the program's words.
    REQUIRE(ServerTestDb::superPsql(QStringLiteral("CREATE ROLE stranger_%1 LOGIN").arg(s.name().mid(8))).status == 0);
    auto stranger = s.cli(QStringLiteral("stranger_") + s.name().mid(8),
                          {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    (void)ServerTestDb::superPsql(
        QStringLiteral("DROP OWNED BY stranger_%1; DROP ROLE stranger_%1").arg(s.name().mid(8)));
    CHECK(stranger.status == 1);
    CHECK(stranger.err.contains(QStringLiteral("is not an active user of Fellesvedtak")));
    CHECK(s.psql(s.it(), QStringLiteral("SELECT count(*) FROM fv_case")).out.trimmed() == QStringLiteral("0"));

    // A second user add of the same login: refused by the server (user-exists), nothing added.
    auto again = s.cli(
        s.it(),
        {QStringLiteral("user"), QStringLiteral("add"), s.ada(), QStringLiteral("--role"), QStringLiteral("adviser")});
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("exists already")));
}

TEST_CASE("team server: the server's clock and the session's login", "[server]")
{
    REQUIRE_SERVER();
    ServerTestDb s;
    auto db = Database::open(s.uri(s.ada()));
    REQUIRE(db);
    CHECK(db.value()->isServer());
    CHECK(db.value()->serverLogin() == s.ada());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    auto serverToday = db.value()->scalar(QStringLiteral("SELECT fv_today()::text"));
    REQUIRE(serverToday);
    CHECK(today().toString(Qt::ISODate) == serverToday->toString());
    CHECK(serverClock());
    db.value().reset();
    CHECK(!serverClock());
}

TEST_CASE("team server: user administration goes through the server's functions", "[server][cli]")
{
    REQUIRE_SERVER();
    ServerTestDb s;
    const auto it = [&](const QStringList &a) { return s.cli(s.it(), a); };
    const auto memberOf = [&](const QString &login) {
        return s
            .psql(s.it(),
                  QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                                 "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                 "WHERE u.rolname = '%1'")
                      .arg(login))
            .out.trimmed();
    };
    CHECK(memberOf(s.bo()) == QStringLiteral("fv_decision_maker,fv_lawyer"));

    auto role = it({QStringLiteral("user"), QStringLiteral("role"), s.bo(), QStringLiteral("--add"),
                    QStringLiteral("adviser"), QStringLiteral("--remove"), QStringLiteral("decision-maker")});
    CHECK(role.status == 0);
    CHECK(memberOf(s.bo()) == QStringLiteral("fv_adviser,fv_lawyer"));
    auto set = it({QStringLiteral("user"), QStringLiteral("set"), s.bo(), QStringLiteral("--title"),
                   QStringLiteral("seniorrådgiver")});
    CHECK(set.status == 0);
    auto off = it({QStringLiteral("user"), QStringLiteral("deactivate"), s.bo()});
    CHECK(off.status == 0);
    CHECK(s.psql(s.it(), QStringLiteral("SELECT title || ' ' || active FROM app_user WHERE login = '%1'").arg(s.bo()))
              .out.trimmed()
          == QStringLiteral("seniorrådgiver false"));
    // A deactivated login can no longer act, whatever its memberships.
    auto gone = s.cli(s.bo(), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    CHECK(gone.status == 1);
    CHECK(it({QStringLiteral("user"), QStringLiteral("activate"), s.bo()}).status == 0);

    // Nobody changes their own roles: refused, and the memberships stay.
    auto own = it({QStringLiteral("user"), QStringLiteral("role"), s.it(), QStringLiteral("--add"),
                   QStringLiteral("decision-maker")});
    CHECK(own.status == 1);
    CHECK(memberOf(s.it()) == QStringLiteral("fv_admin"));
    // Every change is in the audit trail, recorded by the server as the administrator.
    auto events = s.psql(
        s.it(),
        QStringLiteral("SELECT count(*) FROM event WHERE case_id IS NULL AND actor = '%1' "
                       "AND kind <> 'user-added'")
            .arg(s.it()));
    CHECK(events.out.trimmed().toInt() >= 4);
}

// cli.md: "on a server NAME is a login role (mapped if it exists, else created without a
// password)". fv_owner has CREATEROLE for it (v13.sql); without it the name must exist first.
TEST_CASE("team server: user add creates a missing login without a password, and refuses group and reserved names",
          "[server][cli]")
{
    REQUIRE_SERVER();
    ServerTestDb s;
    const QString fresh = QStringLiteral("ny_") + s.name();
    const auto it = [&](const QStringList &a) { return s.cli(s.it(), a); };
    const auto super = [&](const QString &sql) { return ServerTestDb::superPsql(sql).out.trimmed(); };
    const auto users = [&] { return s.psql(s.it(), QStringLiteral("SELECT count(*) FROM app_user")).out.trimmed(); };
    REQUIRE(super(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(fresh))
            == QStringLiteral("0"));

    auto added = it({QStringLiteral("user"), QStringLiteral("add"), fresh, QStringLiteral("--role"),
                     QStringLiteral("adviser"), QStringLiteral("--full-name"), QStringLiteral("Nora Øye")});
    INFO(added.err.toStdString());
    CHECK(added.status == 0);
    // A login, no password, a member of fv_adviser only; a user row with the name given.
    CHECK(super(QStringLiteral("SELECT rolcanlogin, rolpassword IS NULL, rolsuper, rolcreaterole FROM pg_authid "
                               "WHERE rolname = '%1'")
                    .arg(fresh))
          == QStringLiteral("t|t|f|f"));
    CHECK(super(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON "
                               "g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'")
                    .arg(fresh))
          == QStringLiteral("fv_adviser"));
    CHECK(s.psql(s.it(), QStringLiteral("SELECT full_name FROM app_user WHERE login = '%1'").arg(fresh)).out.trimmed()
          == QStringLiteral("Nora Øye"));
    // The new login can act at once (the test cluster trusts its socket; a real one asks Kerberos).
    CHECK(s.cli(fresh, {QStringLiteral("list")}).status == 0);

    // Group roles, reserved and odd names are refused; nothing is made.
    const QString before = users();
    // ("a b" the program itself refuses before it reaches the server: not a login name.)
    CHECK(it({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a b"), QStringLiteral("--role"),
              QStringLiteral("adviser")})
              .status
          == 1);
    for (const QString &name : {QStringLiteral("fv_admin"), QStringLiteral("pg_monitor"), QStringLiteral("fv_ny")}) {
        auto refused = it(
            {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), QStringLiteral("adviser")});
        INFO(name.toStdString());
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(QStringLiteral("cannot be a caseworker's login")));
    }
    CHECK(users() == before);
    CHECK(super(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('fv_ny', 'a b')"))
          == QStringLiteral("0"));
    // A caseworker cannot create logins through it.
    auto byAdviser = s.cli(s.ada(),
                           {QStringLiteral("user"), QStringLiteral("add"), fresh + QStringLiteral("2"),
                            QStringLiteral("--role"), QStringLiteral("adviser")});
    CHECK(byAdviser.status == 1);
    CHECK(super(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(fresh + QStringLiteral("2")))
          == QStringLiteral("0"));

    // (IT taking CREATEROLE back from fv_owner, after which user add maps existing logins only,
    // is not tried here: a role is the whole cluster's, and other tests run beside this one.)
    super(QStringLiteral("DROP OWNED BY \"%1\"; DROP ROLE \"%1\"").arg(fresh));
}

TEST_CASE("team server: init by a caseworker is refused and leaves the empty database empty", "[server][cli]")
{
    REQUIRE_SERVER();
    ServerTestDb s; // for its logins
    const QString empty = s.name() + QStringLiteral("_empty");
    REQUIRE(ServerTestDb::superPsql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(empty))
                .status
            == 0);
    QString uri = s.uri(s.ada());
    uri.replace(s.name(), empty);
    auto init = test::cliProcess({QStringLiteral("--db"), uri, QStringLiteral("init")});
    const auto left = ServerTestDb::superPsql(
        QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'fv'"), empty);
    (void)ServerTestDb::superPsql(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(empty));
    CHECK(init.status == 1);
    CHECK(init.err.contains(QStringLiteral("the server's schema could not be created")));
    CHECK(left.out.trimmed() == QStringLiteral("0"));
}
