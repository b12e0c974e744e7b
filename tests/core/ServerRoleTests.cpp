// IT taking CREATEROLE back from fv_owner (`ALTER ROLE fv_owner NOCREATEROLE`, docs/TEAM.md): `user
// add` on the server still maps a login IT made, and refuses a missing one with a message in the
// user's language, changing nothing. A role attribute is the whole cluster's, so CTest runs these
// tests alone (RUN_SERIAL, tests/CMakeLists.txt), and the attribute is given back however a test
// ends. Needs $FV_TEST_PG_URI (tools/pg-cluster.sh); skipped without it.
#include "ServerTestSupport.h"

#include <catch2/catch_test_macros.hpp>

using fv::test::ServerTestDb;

namespace {

QString super(const QString &sql)
{
    return ServerTestDb::superPsql(sql).out.trimmed();
}

QString createRole()
{
    return super(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = 'fv_owner'"));
}

// fv_owner without CREATEROLE while the guard lives; CREATEROLE again at its end, also when a check
// throws.
class WithoutCreateRole
{
public:
    WithoutCreateRole()
    {
        const auto revoked = ServerTestDb::superPsql(QStringLiteral("ALTER ROLE fv_owner NOCREATEROLE"));
        if (revoked.status != 0)
            throw std::runtime_error(revoked.err.toStdString());
    }
    ~WithoutCreateRole() { (void)ServerTestDb::superPsql(QStringLiteral("ALTER ROLE fv_owner CREATEROLE")); }
    WithoutCreateRole(const WithoutCreateRole &) = delete;
    WithoutCreateRole &operator=(const WithoutCreateRole &) = delete;
};

// Login roles this test makes, dropped at its end (after the database that names them).
struct Logins
{
    QStringList names;
    ~Logins()
    {
        for (const QString &name : std::as_const(names))
            (void)ServerTestDb::superPsql(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
    }
};

} // namespace

TEST_CASE("without CREATEROLE, user add maps an existing login and refuses a missing one, changing nothing",
          "[server][cli][roles]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    Logins logins;
    ServerTestDb s;
    const QString existing = QStringLiteral("it_made_") + s.name();
    const QString missing = QStringLiteral("ny_") + s.name();
    logins.names << existing << missing;
    REQUIRE(createRole() == QStringLiteral("t")); // init gave it (v13.sql)
    // IT makes the login itself, as it must once fv_owner may not.
    REQUIRE(ServerTestDb::superPsql(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(existing)).status == 0);
    const auto it = [&](const QStringList &args, const QStringList &environment = {}) {
        return s.cli(s.it(), QStringList{QStringLiteral("user"), QStringLiteral("add")} + args, environment);
    };
    const auto count = [&](const QString &sql) { return s.psql(s.it(), sql).out.trimmed(); };
    const auto roleExists = [&](const QString &name) {
        return super(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(name))
            == QStringLiteral("1");
    };
    {
        WithoutCreateRole guard;
        REQUIRE(createRole() == QStringLiteral("f"));

        // A missing login: refused in the user's words, in English and in bokmål; nothing made.
        const QString users = count(QStringLiteral("SELECT count(*) FROM app_user"));
        const QString events = count(QStringLiteral("SELECT count(*) FROM event"));
        const QStringList add{missing, QStringLiteral("--role"), QStringLiteral("adviser"),
                              QStringLiteral("--full-name"), QStringLiteral("Nora Øye")};
        auto refused = it(add);
        INFO(refused.err.toStdString());
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(
            QStringLiteral("%1 has no login on the database server. IT must create it first.").arg(missing)));
        auto refusedNb = it(add, {QStringLiteral("LANG=nb_NO.UTF-8")});
        INFO(refusedNb.err.toStdString());
        CHECK(refusedNb.status == 1);
        CHECK(refusedNb.err.contains(
            QStringLiteral("%1 har ingen pålogging på databaseserveren. IT må opprette den først.").arg(missing)));
        CHECK_FALSE(roleExists(missing));
        CHECK(count(QStringLiteral("SELECT count(*) FROM app_user")) == users);
        CHECK(count(QStringLiteral("SELECT count(*) FROM event")) == events);

        // The login IT made: mapped, a member of the group role asked for, nothing else.
        auto mapped = it({existing, QStringLiteral("--role"), QStringLiteral("lawyer"), QStringLiteral("--full-name"),
                          QStringLiteral("Åse Ødegård")});
        INFO(mapped.err.toStdString());
        CHECK(mapped.status == 0);
        CHECK(count(QStringLiteral("SELECT full_name FROM app_user WHERE login = '%1'").arg(existing))
              == QStringLiteral("Åse Ødegård"));
        CHECK(super(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON "
                                   "g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'")
                        .arg(existing))
              == QStringLiteral("fv_lawyer"));
        CHECK(s.cli(existing, {QStringLiteral("list")}).status == 0);
    }
    // Given back: a missing login is made again.
    CHECK(createRole() == QStringLiteral("t"));
    auto made = it({missing, QStringLiteral("--role"), QStringLiteral("adviser")});
    INFO(made.err.toStdString());
    CHECK(made.status == 0);
    CHECK(roleExists(missing));
}
