// User administration through the core and the command line: deactivate and reactivate, roles,
// full name and title. Every rule refuses with the core's words and changes nothing; every
// change is one audited event; two admins editing one user collide cleanly.
#include "ReliabilitySupport.h"
#include "casework/AuditLog.h"
#include "casework/CaseworkService.h"
#include "letters/LetterContext.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace fv;
using fv::test::TempDb;

namespace {

// The standard TempDb (admin, ola, lise, kari) and "berit", a second admin who is also a lawyer.
struct Office
{
    TempDb t;
    Office()
    {
        REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("berit"), {Role::Admin, Role::Lawyer},
                           QStringLiteral("Berit Dahl"))
                    .ok());
    }
    User user(const char *login)
    {
        auto u = Users::find(t.db(), QLatin1String(login));
        REQUIRE(u.ok());
        REQUIRE(u.value().has_value());
        return *u.value();
    }
    // Everything a user change could touch: the users and the audit trail.
    QString state()
    {
        QStringList parts;
        for (const char *sql :
             {"SELECT group_concat(login || '/' || full_name || '/' || title || '/' || roles || '/' || active || '/' "
              "|| row_version, ';') FROM (SELECT * FROM app_user ORDER BY id)",
              "SELECT count(*) FROM event",
              "SELECT group_concat(status || row_version || '/' || "
              "COALESCE(assignee, '-')) FROM fv_case"})
            parts << t.db().scalar(QLatin1String(sql))->toString();
        return parts.join(QLatin1Char('|'));
    }
    // `change` must be refused with a message containing `mention` and change nothing.
    void refused(const std::function<Result<User>()> &change, const QString &mention)
    {
        const QString before = state();
        const auto r = change();
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toString().toStdString());
        CHECK(r.error().message.contains(mention));
        CHECK(state() == before);
    }
    QString lastEvent(const char *column)
    {
        return t.db()
            .scalar(QStringLiteral("SELECT %1 FROM event ORDER BY id DESC LIMIT 1").arg(QLatin1String(column)))
            ->toString();
    }
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

const QString admin = QStringLiteral("admin");
const QString berit = QStringLiteral("berit");
const QString ola = QStringLiteral("ola");

} // namespace

TEST_CASE("a deactivated user cannot act until an administrator reactivates the account", "[users]")
{
    Office o;
    auto off = Users::deactivate(o.t.db(), admin, ola);
    REQUIRE(off.ok());
    CHECK_FALSE(off->active);
    CHECK(o.lastEvent("kind") == QLatin1String("user-deactivated"));
    CHECK(o.lastEvent("actor") == admin);

    auto acting = Users::actor(o.t.db(), ola);
    REQUIRE_FALSE(acting.ok());
    CHECK(acting.error().message == QLatin1String("ola is deactivated; an administrator can reactivate the account"));
    // Nor through any operation that starts from the acting user.
    o.refused([&] { return Users::add(o.t.db(), ola, QStringLiteral("eve"), {Role::Adviser}, QString()); },
              QStringLiteral("deactivated"));

    auto on = Users::reactivate(o.t.db(), admin, ola);
    REQUIRE(on.ok());
    CHECK(on->active);
    CHECK(o.lastEvent("kind") == QLatin1String("user-reactivated"));
    CHECK(Users::actor(o.t.db(), ola).ok());
    CHECK(AuditLog::verify(o.t.db()).ok());
}

TEST_CASE("a deactivated user is not assigned cases and not offered in pickers", "[users][casework]")
{
    Office o;
    const QString number = test::importAs(o.t, ola, QStringLiteral("HD-2026-3001"));
    REQUIRE(Users::deactivate(o.t.db(), admin, QStringLiteral("lise")).ok());
    auto asAdmin = o.t.as(admin);
    CaseworkService work(asAdmin);
    const QString before = o.state();
    const Status assigned = work.assign(number, QStringLiteral("lise"));
    REQUIRE_FALSE(assigned.ok());
    CHECK(assigned.error().message.contains(QStringLiteral("deactivated")));
    CHECK(o.state() == before);

    auto everyone = Users::all(o.t.db());
    auto active = Users::allActive(o.t.db());
    REQUIRE(everyone.ok());
    REQUIRE(active.ok());
    CHECK(everyone->size() == 5);
    CHECK(active->size() == 4);
    for (const User &u : active.value())
        CHECK(u.login != QLatin1String("lise"));
    CHECK(Users::active(everyone.value()).size() == 4);
}

TEST_CASE("nobody changes their own roles or deactivates themselves", "[users][rules]")
{
    Office o;
    o.refused([&] { return Users::removeRole(o.t.db(), berit, berit, Role::Lawyer); },
              QStringLiteral("Nobody changes their own roles"));
    o.refused([&] { return Users::addRole(o.t.db(), berit, berit, Role::DecisionMaker); },
              QStringLiteral("Nobody changes their own roles"));
    o.refused([&] { return Users::deactivate(o.t.db(), berit, berit); },
              QStringLiteral("Nobody deactivates their own account"));
    // Their own name and title they may change.
    auto renamed = Users::setDetails(o.t.db(), berit, berit, {QStringLiteral("Berit Dahl Olsen"), std::nullopt});
    REQUIRE(renamed.ok());
    CHECK(renamed->fullName == QLatin1String("Berit Dahl Olsen"));
}

TEST_CASE("the last active administrator stays one", "[users][rules]")
{
    Office o;
    REQUIRE(Users::deactivate(o.t.db(), admin, berit).ok());
    // admin is now the only active administrator; give it a second role so removing admin
    // would leave it a role.
    REQUIRE(Users::grantRoles(o.t.db(), admin, admin, {Role::Adviser}).ok());
    o.refused([&] { return Users::removeRole(o.t.db(), admin, admin, Role::Admin); },
              QStringLiteral("admin is the last active administrator"));
    o.refused([&] { return Users::deactivate(o.t.db(), admin, admin); },
              QStringLiteral("admin is the last active administrator"));
    // A deactivated admin does not count: berit back, and admin may go.
    REQUIRE(Users::reactivate(o.t.db(), admin, berit).ok());
    auto gone = Users::deactivate(o.t.db(), berit, admin);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->active);
}

TEST_CASE("only an administrator administers users", "[users][rules]")
{
    Office o;
    for (const auto &change : std::vector<std::function<Result<User>()>>{
             [&] { return Users::deactivate(o.t.db(), ola, QStringLiteral("kari")); },
             [&] { return Users::addRole(o.t.db(), ola, QStringLiteral("kari"), Role::Admin); },
             [&] { return Users::addRole(o.t.db(), ola, ola, Role::Admin); },
             [&] {
                 return Users::setDetails(o.t.db(), ola, ola, {std::nullopt, QStringLiteral("sjef")});
             },
         })
        o.refused(change, QStringLiteral("ola may not administer users"));
}

TEST_CASE("roles are added and removed, one audited event a change", "[users]")
{
    Office o;
    const qint64 events = o.t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toLongLong();
    auto added = Users::changeRoles(o.t.db(), admin, ola, {Role::Lawyer, Role::DecisionMaker}, {});
    REQUIRE(added.ok());
    CHECK(added->roleCodes() == words({"adviser", "lawyer", "decision-maker"}));
    auto removed = Users::removeRole(o.t.db(), admin, ola, Role::Adviser);
    REQUIRE(removed.ok());
    CHECK(removed->roleCodes() == words({"lawyer", "decision-maker"}));
    CHECK(o.user("ola").roleCodes() == words({"lawyer", "decision-maker"}));
    CHECK(o.lastEvent("kind") == QLatin1String("user-roles"));
    CHECK(o.lastEvent("detail") == QLatin1String("ola (lawyer, decision-maker; was adviser, lawyer, decision-maker)"));
    CHECK(o.t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toLongLong() == events + 2);

    // Nothing to change: nothing written.
    const QString before = o.state();
    CHECK(Users::addRole(o.t.db(), admin, ola, Role::Lawyer).ok());
    CHECK(o.state() == before);
    // A user keeps a role; a role is not both added and removed.
    o.refused(
        [&] {
            return Users::changeRoles(o.t.db(), admin, ola, {}, {Role::Lawyer, Role::DecisionMaker});
        },
        QStringLiteral("no role left"));
    o.refused([&] { return Users::changeRoles(o.t.db(), admin, ola, {Role::Admin}, {Role::Admin}); },
              QStringLiteral("both added and removed"));
    o.refused([&] { return Users::addRole(o.t.db(), admin, QStringLiteral("nobody"), Role::Admin); },
              QStringLiteral("nobody is not a user"));
    CHECK(AuditLog::verify(o.t.db()).ok());
}

TEST_CASE("full name and title are set, checked and audited", "[users]")
{
    Office o;
    auto set = Users::setDetails(o.t.db(), admin, QStringLiteral("kari"),
                                 {QStringLiteral("  Kari Sørensen Lie "), QStringLiteral("seksjonssjef")});
    REQUIRE(set.ok());
    CHECK(set->fullName == QStringLiteral("Kari Sørensen Lie"));
    CHECK(o.user("kari").title == QLatin1String("seksjonssjef"));
    CHECK(o.lastEvent("kind") == QLatin1String("user-details"));
    CHECK(o.lastEvent("detail").contains(QStringLiteral("title \"seksjonssjef\" (was \"\")")));

    o.refused(
        [&] {
            return Users::setDetails(o.t.db(), admin, ola, {QStringLiteral("  "), std::nullopt});
        },
        QStringLiteral("The full name cannot be empty."));
    o.refused(
        [&] {
            return Users::setDetails(o.t.db(), admin, ola, {std::nullopt, QString(101, QLatin1Char('x'))});
        },
        QStringLiteral("longer than 100 characters"));
    o.refused(
        [&] {
            return Users::setDetails(o.t.db(), admin, ola, {std::nullopt, QStringLiteral("a\nb")});
        },
        QStringLiteral("one line"));
    o.refused(
        [&] {
            return Users::add(
                o.t.db(), admin, QStringLiteral("eve"), {Role::Adviser}, QStringLiteral("Eve"), QStringLiteral("x\ty"));
        },
        QStringLiteral("one line"));

    auto added = Users::add(
        o.t.db(), admin, QStringLiteral("eve"), {Role::Adviser}, QStringLiteral("Eve Ås"), QStringLiteral("rådgiver"));
    REQUIRE(added.ok());
    CHECK(o.user("eve").title == QStringLiteral("rådgiver"));
    CHECK(AuditLog::verify(o.t.db()).ok());
}

TEST_CASE("two admins editing one user collide: the second is refused, naming who and when", "[users][concurrency]")
{
    Office o;
    const User seen = o.user("ola"); // both admins opened ola
    REQUIRE(Users::setDetails(o.t.db(), berit, ola, {std::nullopt, QStringLiteral("seniorrådgiver")}, seen.rowVersion)
                .ok());
    for (const auto &late : std::vector<std::function<Result<User>()>>{
             [&] {
                 return Users::setDetails(
                     o.t.db(), admin, ola, {std::nullopt, QStringLiteral("rådgiver")}, seen.rowVersion);
             },
             [&] { return Users::addRole(o.t.db(), admin, ola, Role::Lawyer, seen.rowVersion); },
             [&] { return Users::deactivate(o.t.db(), admin, ola, seen.rowVersion); },
         }) {
        const QString before = o.state();
        const auto r = late();
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.startsWith(QStringLiteral("Berit Dahl (berit) changed the user ola at ")));
        CHECK(r.error().message.contains(QRegularExpression(QStringLiteral("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d"))));
        CHECK(r.error().message.contains(QStringLiteral("nothing was saved")));
        CHECK(o.state() == before);
    }
    CHECK(o.user("ola").title == QStringLiteral("seniorrådgiver")); // berit's change stays
    // Reloaded, the change goes through.
    auto again = Users::setDetails(
        o.t.db(), admin, ola, {std::nullopt, QStringLiteral("rådgiver")}, o.user("ola").rowVersion);
    REQUIRE(again.ok());
    CHECK(again->rowVersion == seen.rowVersion + 2);
}

TEST_CASE("the signers' titles stand under their names in the decision letter", "[users][letters]")
{
    TempDb t;
    const QString number = test::decidedCase(t, QStringLiteral("HD-2026-3002"));
    auto asOla = t.as(QStringLiteral("ola"));
    LetterService letters(asOla);

    SECTION("from the user records")
    {
        REQUIRE(Users::setDetails(
                    t.db(), admin, QStringLiteral("kari"), {std::nullopt, QStringLiteral("avdelingsdirektør")})
                    .ok());
        REQUIRE(Users::setDetails(t.db(), admin, ola, {std::nullopt, QStringLiteral("seniorrådgiver")}).ok());
        auto in = letters.input(number, LetterKind::Decision, Language::Bokmaal);
        REQUIRE(in.ok());
        CHECK(in->approverTitle == QStringLiteral("avdelingsdirektør"));
        CHECK(in->drafterTitle == QStringLiteral("seniorrådgiver"));
        auto html = letterHtml(in.value());
        REQUIRE(html.ok());
        CHECK(html->contains(QStringLiteral("Kari Sørensen<br><span class=\"small\">avdelingsdirektør")));
        CHECK(html->contains(QStringLiteral("Ola Nordmann<br><span class=\"small\">seniorrådgiver")));
        CHECK_FALSE(html->contains(QStringLiteral("seksjonssjef")));
    }
    SECTION("the language's default when the record has none")
    {
        auto nb = letters.input(number, LetterKind::Decision, Language::Bokmaal);
        auto en = letters.input(number, LetterKind::Decision, Language::English);
        REQUIRE(nb.ok());
        REQUIRE(en.ok());
        CHECK(letterHtml(nb.value())->contains(QStringLiteral("Kari Sørensen<br><span class=\"small\">seksjonssjef")));
        CHECK(
            letterHtml(en.value())->contains(QStringLiteral("Kari Sørensen<br><span class=\"small\">Head of Section")));
        const QVariantMap context = letterContext(en.value());
        CHECK(context.value(QStringLiteral("approverTitle")).toString() == QLatin1String("Head of Section"));
        CHECK(context.value(QStringLiteral("drafterTitle")).toString() == QLatin1String("Adviser"));
    }
}

// The command line: the same operations, exit 1 with one message on a refusal, nothing changed.
namespace {

struct CliOffice : Office
{
    test::CliRun run(const QString &as, const QStringList &words)
    {
        return test::cli(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--as"), as} + words);
    }
    // Refused with exit 1, one line on stderr containing `mention`, and nothing changed.
    void refused(const QString &as, const QStringList &words, const QString &mention)
    {
        const QString before = state();
        const auto r = run(as, words);
        INFO(r.err.toStdString());
        CHECK(r.status == 1);
        CHECK(r.err.contains(mention));
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(state() == before);
    }
};

} // namespace

TEST_CASE("cli: user deactivate, activate, role and set", "[users][cli]")
{
    CliOffice o;
    auto r = o.run(admin, words({"user", "deactivate", "ola"}));
    CHECK(r.status == 0);
    CHECK(r.out.trimmed() == QLatin1String("user ola deactivated"));
    o.refused(ola, words({"list"}), QStringLiteral("ola is deactivated; an administrator can reactivate the account"));
    CHECK(o.run(admin, words({"user", "activate", "ola"})).status == 0);
    CHECK(o.user("ola").active);

    r = o.run(admin,
              words({"user", "role", "ola", "--add", "lawyer", "--add", "decision-maker", "--remove", "adviser"}));
    CHECK(r.status == 0);
    CHECK(o.user("ola").roleCodes() == words({"lawyer", "decision-maker"}));

    r = o.run(admin, words({"user", "set", "ola", "--full-name", "Ola Nordmann Berg", "--title", "seniorrådgiver"}));
    CHECK(r.status == 0);
    CHECK(o.user("ola").fullName == QLatin1String("Ola Nordmann Berg"));
    CHECK(o.user("ola").title == QStringLiteral("seniorrådgiver"));

    r = o.run(admin,
              words({"user", "add", "eve", "--role", "adviser", "--full-name", "Eve Ås", "--title", "rådgiver"}));
    CHECK(r.status == 0);
    CHECK(o.user("eve").title == QStringLiteral("rådgiver"));

    r = o.run(admin, words({"--json", "user", "list"}));
    REQUIRE(r.status == 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(users.size() == 6);
    bool sawOla = false;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        CHECK(u.contains(QStringLiteral("active")));
        CHECK(u.contains(QStringLiteral("title")));
        if (u.value(QStringLiteral("login")).toString() == ola) {
            sawOla = true;
            CHECK(u.value(QStringLiteral("title")).toString() == QStringLiteral("seniorrådgiver"));
            CHECK(u.value(QStringLiteral("active")).toBool());
        }
    }
    CHECK(sawOla);
    CHECK(o.run(admin, words({"audit", "verify"})).status == 0);
}

TEST_CASE("cli: user list shows who is deactivated and the titles", "[users][cli]")
{
    CliOffice o;
    REQUIRE(o.run(admin, words({"user", "set", "kari", "--title", "seksjonssjef"})).status == 0);
    REQUIRE(o.run(admin, words({"user", "deactivate", "lise"})).status == 0);
    const auto r = o.run(admin, words({"user", "list"}));
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("kari\tKari Sørensen\tdecision-maker\tactive\tseksjonssjef\n")));
    CHECK(r.out.contains(QStringLiteral("lise\tLise Bø\tlawyer\tdeactivated\t\n")));
}

TEST_CASE("cli: every refusal of user administration exits 1 and changes nothing", "[users][cli]")
{
    CliOffice o;
    o.refused(berit, words({"user", "role", "berit", "--remove", "lawyer"}),
              QStringLiteral("Nobody changes their own roles"));
    o.refused(berit, words({"user", "deactivate", "berit"}), QStringLiteral("Nobody deactivates their own account"));
    o.refused(ola, words({"user", "deactivate", "kari"}), QStringLiteral("ola may not administer users"));
    o.refused(admin, words({"user", "set", "ola", "--full-name", ""}), QStringLiteral("cannot be empty"));
    o.refused(admin, words({"user", "activate", "nobody"}), QStringLiteral("nobody is not a user"));
    REQUIRE(o.run(admin, words({"user", "deactivate", "berit"})).status == 0);
    o.refused(admin, words({"user", "deactivate", "admin"}), QStringLiteral("admin is the last active administrator"));

    // Usage errors: exit 2, nothing changed.
    const QString before = o.state();
    CHECK(o.run(admin, words({"user", "role", "ola"})).status == 2);
    CHECK(o.run(admin, words({"user", "role", "ola", "--add", "boss"})).status == 2);
    CHECK(o.run(admin, words({"user", "set", "ola"})).status == 2);
    CHECK(o.run(admin, words({"user", "deactivate"})).status == 2);
    CHECK(o.run(admin, words({"user", "rename", "ola"})).status == 2);
    CHECK(o.state() == before);
}

TEST_CASE("cli: a refusal through the real program is exit 1 with the message on stderr", "[users][cli]")
{
    CliOffice o;
    const QString before = o.state();
    const auto r = test::cliProcess(
        QStringList{QStringLiteral("--db"), o.t.path(), QStringLiteral("--as"), QStringLiteral("kari")}
        + words({"user", "role", "ola", "--add", "admin"}));
    CHECK(r.status == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("kari may not administer users")));
    CHECK(o.state() == before);
}

TEST_CASE("racing processes: two admins deactivating each other never leave the office without one",
          "[users][concurrency][cli]")
{
    // Each round: the only two active admins, admin and berit, each deactivate the other at
    // the same moment from their own program. The write lock orders them: one goes through,
    // the other is refused (by then deactivated, or the last admin), and an admin remains.
    for (int round = 0; round < 6; ++round) {
        Office o;
        const QString path = o.t.path();
        o.t.close();
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(FV_CLI_PATH),
                QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), admin}
                    + words({"user", "deactivate", "berit"}));
        b.start(QStringLiteral(FV_CLI_PATH),
                QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), berit}
                    + words({"user", "deactivate", "admin"}));
        REQUIRE(a.waitForFinished(60000));
        REQUIRE(b.waitForFinished(60000));
        INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
        CHECK(a.exitCode() + b.exitCode() == 1); // exactly one refused
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()
                  ->scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE active = 1 AND "
                                          "(',' || roles || ',') LIKE '%,admin,%'"))
                  ->toInt()
              == 1);
        CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'user-deactivated'"))->toInt()
              == 1);
        CHECK(AuditLog::verify(*db.value()).ok());
    }
}

TEST_CASE("racing processes: simultaneous changes of one user are all kept, each audited", "[users][concurrency][cli]")
{
    Office o;
    const QString path = o.t.path();
    o.t.close();
    std::vector<std::unique_ptr<QProcess>> runs;
    const QList<QStringList> changes = {
        words({"user", "set", "ola", "--title", "seniorrådgiver"}), words({"user", "role", "ola", "--add", "lawyer"}),
        words({"user", "set", "ola", "--full-name", "Ola Nordmann Berg"}),
        words({"user", "role", "ola", "--add", "decision-maker"})};
    for (const QStringList &change : changes) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->start(QStringLiteral(FV_CLI_PATH),
                           QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), admin} + change);
    }
    for (auto &p : runs) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto ola = Users::find(*db.value(), QStringLiteral("ola"));
    REQUIRE(ola->has_value());
    CHECK(ola->value().title == QStringLiteral("seniorrådgiver"));
    CHECK(ola->value().fullName == QLatin1String("Ola Nordmann Berg"));
    CHECK(ola->value().roleCodes() == words({"adviser", "lawyer", "decision-maker"}));
    CHECK(ola->value().rowVersion == 5);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM event WHERE detail LIKE 'ola%'"))->toInt() == 5);
    CHECK(AuditLog::verify(*db.value()).ok());
}
