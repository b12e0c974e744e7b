// Roles everywhere: one test per refusal, for every core operation that checks a role. Each
// refusal names who lacks which role, and changes nothing.
#include "ReliabilitySupport.h"
#include "application/Attachments.h"
#include "casework/CaseworkService.h"
#include "casework/OfficeSettings.h"
#include "demo/DemoData.h"
#include "demo/Generator.h"
#include "storage/Backup.h"

#include <QDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// A database with one received case and one case whose decision awaits approval (drafted
// by ola), and "per", who is both adviser and decision-maker.
struct Office
{
    TempDb t;
    QString received;
    QString awaiting;
    Office()
    {
        REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("per"), {Role::Adviser, Role::DecisionMaker},
                           QStringLiteral("Per Hansen"))
                    .ok());
        received = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-2001"));
        awaiting = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-2002"));
        auto ola = t.as(QStringLiteral("ola"));
        test::prepareForDraft(t, awaiting);
        REQUIRE(DecisionService(ola).draft(awaiting).ok());
        test::settleAssessment(t, awaiting);
        REQUIRE(DecisionService(ola).submit(awaiting).ok());
    }
    // What any change would touch: events, cases, decisions, users, settings.
    QString state()
    {
        QStringList parts;
        for (const char *sql :
             {"SELECT count(*) FROM event", "SELECT group_concat(status || row_version) FROM fv_case",
              "SELECT group_concat(status) FROM decision", "SELECT count(*) FROM app_user",
              "SELECT count(*) FROM setting"})
            parts << t.db().scalar(QLatin1String(sql))->toString();
        return parts.join(QLatin1Char('|'));
    }
    // Runs `op` as `login`: it must be refused with a message naming `mention`, and change nothing.
    void refused(const QString &login, const std::function<Status(CaseService &)> &op, const QString &mention)
    {
        const QString before = state();
        auto cases = t.as(login);
        const Status s = op(cases);
        REQUIRE_FALSE(s.ok());
        INFO(s.error().toString().toStdString());
        CHECK(s.error().message.contains(login));
        CHECK(s.error().message.contains(mention, Qt::CaseInsensitive)); // the role's display name
        CHECK(state() == before);
    }
};

Status statusOf(const Result<QString> &r)
{
    return r ? ok() : Status(r.error());
}

} // namespace

TEST_CASE("only an admin adds users", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("ola"),
        [&](CaseService &) {
            auto u = Users::add(o.t.db(), QStringLiteral("ola"), QStringLiteral("eve"), {Role::Admin}, QString());
            return u ? ok() : Status(u.error());
        },
        QStringLiteral("admin"));
}

TEST_CASE("someone who is not a user does nothing", "[roles]")
{
    Office o;
    auto stranger = Users::actor(o.t.db(), QStringLiteral("mallory"));
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().message.contains(QStringLiteral("not a user of this database")));
    auto add = Users::add(o.t.db(), QStringLiteral("mallory"), QStringLiteral("eve"), {Role::Admin}, QString());
    CHECK_FALSE(add.ok());
}

TEST_CASE("a deactivated user does nothing", "[roles]")
{
    Office o;
    REQUIRE(o.t.db().exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE login = 'ola'")).ok());
    auto ola = Users::actor(o.t.db(), QStringLiteral("ola"));
    REQUIRE_FALSE(ola.ok());
    CHECK(ola.error().message.contains(QStringLiteral("deactivated")));
}

TEST_CASE("a decision-maker alone does not import applications", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("kari"),
        [](CaseService &c) {
            return statusOf(c.importApplication(
                test::exampleWithReference(QStringLiteral("HD-2026-2003")), QStringLiteral("x.json")));
        },
        QStringLiteral("adviser"));
}

TEST_CASE("a decision-maker alone does not draft", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("kari"),
        [&](CaseService &c) {
            auto d = DecisionService(c).draft(o.received);
            return d ? ok() : Status(d.error());
        },
        QStringLiteral("adviser or lawyer"));
}

TEST_CASE("a decision-maker alone does not edit a draft", "[roles]")
{
    Office o;
    auto ola = o.t.as(QStringLiteral("ola"));
    test::prepareForDraft(o.t, o.received);
    REQUIRE(DecisionService(ola).draft(o.received).ok());
    const Decision d = *ola.load(o.received)->currentDecision();
    o.refused(
        QStringLiteral("kari"), [&](CaseService &c) { return DecisionService(c).saveDraft(o.received, d); },
        QStringLiteral("adviser or lawyer"));
}

TEST_CASE("a decision-maker alone does not submit", "[roles]")
{
    Office o;
    auto ola = o.t.as(QStringLiteral("ola"));
    test::prepareForDraft(o.t, o.received);
    REQUIRE(DecisionService(ola).draft(o.received).ok());
    test::settleAssessment(o.t, o.received);
    o.refused(
        QStringLiteral("kari"), [&](CaseService &c) { return DecisionService(c).submit(o.received); },
        QStringLiteral("adviser or lawyer"));
}

TEST_CASE("an adviser does not approve", "[roles][four-eyes]")
{
    Office o;
    o.refused(
        QStringLiteral("ola"), [&](CaseService &c) { return DecisionService(c).approve(o.awaiting); },
        QStringLiteral("decision-maker"));
}

TEST_CASE("a lawyer does not approve", "[roles][four-eyes]")
{
    Office o;
    o.refused(
        QStringLiteral("lise"), [&](CaseService &c) { return DecisionService(c).approve(o.awaiting); },
        QStringLiteral("decision-maker"));
}

TEST_CASE("the drafter does not approve, even as a decision-maker", "[roles][four-eyes]")
{
    Office o;
    const QString own = test::importAs(o.t, QStringLiteral("per"), QStringLiteral("HD-2026-2004"));
    auto per = o.t.as(QStringLiteral("per"));
    REQUIRE(test::prepareForDraft(per, own).ok());
    REQUIRE(DecisionService(per).draft(own).ok());
    test::settleAssessment(o.t, own);
    REQUIRE(DecisionService(per).submit(own).ok());
    o.refused(
        QStringLiteral("per"), [&](CaseService &c) { return DecisionService(c).approve(own); },
        QStringLiteral("four-eyes"));
}

TEST_CASE("an adviser does not return a draft", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("ola"),
        [&](CaseService &c) { return DecisionService(c).returnDraft(o.awaiting, QStringLiteral("nei")); },
        QStringLiteral("decision-maker"));
}

TEST_CASE("an admin alone does not approve", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("admin"), [&](CaseService &c) { return DecisionService(c).approve(o.awaiting); },
        QStringLiteral("decision-maker"));
}

TEST_CASE("only an admin changes settings", "[roles][settings]")
{
    Office o;
    o.refused(
        QStringLiteral("ola"),
        [&](CaseService &c) {
            return changeSetting(
                o.t.db(), c.actor(), QStringLiteral("calendar.extraClosedMonthDays"), QStringLiteral("12-24"));
        },
        QStringLiteral("admin"));
}

TEST_CASE("only an admin generates synthetic cases", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("ola"),
        [&](CaseService &) {
            auto r = generateCases(o.t.db(), QStringLiteral("ola"), GenerateOptions{5, 1});
            return r ? ok() : Status(r.error());
        },
        QStringLiteral("admin"));
}

TEST_CASE("only an admin restores a backup", "[roles][backup]")
{
    Office o;
    const QString backup = QDir(o.t.dir()).filePath(QStringLiteral("b.bak"));
    REQUIRE(backupDatabase(o.t.db(), backup).ok());
    o.t.close();
    auto r = restoreDatabase(backup, o.t.path(), QStringLiteral("kari"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("kari may not restore the database")));
}

TEST_CASE("a decision-maker alone does not assign cases", "[roles][casework]")
{
    Office o;
    o.refused(
        QStringLiteral("kari"),
        [&](CaseService &c) { return CaseworkService(c).assign(o.received, QStringLiteral("ola")); },
        QStringLiteral("adviser"));
}

TEST_CASE("an adviser does not assess the legal basis", "[roles][casework]")
{
    Office o;
    o.refused(
        QStringLiteral("ola"),
        [&](CaseService &c) {
            return CaseworkService(c).assess(
                o.received, AssessmentItem::LegalBasis, AssessmentResult::Fulfilled, QString());
        },
        QStringLiteral("lawyer"));
}

TEST_CASE("a decision-maker alone does not do the casework", "[roles][casework]")
{
    Office o;
    const QString number = o.received;
    const std::vector<std::function<Status(CaseworkService &)>> ops = {
        [&](CaseworkService &w) { return w.complete(number); },
        [&](CaseworkService &w) { return w.requestInfo(number, QStringLiteral("Send REK-godkjenningen.")); },
        [&](CaseworkService &w) { return w.withdraw(number, QStringLiteral("trukket")); },
        [&](CaseworkService &w) { return w.forward(number, QString(), QStringLiteral("grunn")); },
        [&](CaseworkService &w) {
            return w.assess(number, AssessmentItem::Purpose, AssessmentResult::Fulfilled, QString());
        },
        [&](CaseworkService &w) { return w.consult(number, QStringLiteral("MFR"), QDate(2026, 12, 1)); },
    };
    for (const auto &op : ops)
        o.refused(
            QStringLiteral("kari"),
            [&](CaseService &c) {
                CaseworkService work(c);
                return op(work);
            },
            QStringLiteral("kari may not"));
}

TEST_CASE("an admin alone writes no case notes", "[roles][casework]")
{
    Office o;
    o.refused(
        QStringLiteral("admin"),
        [&](CaseService &c) {
            return CaseworkService(c).addNote(o.received, QStringLiteral("notat"), NoteAudience::Internal);
        },
        QStringLiteral("admin may not"));
}

TEST_CASE("a decision-maker alone attaches no files", "[roles]")
{
    Office o;
    o.refused(
        QStringLiteral("kari"),
        [&](CaseService &c) {
            auto r = Attachments(c).attach(o.received, QStringLiteral("protokoll.pdf"), QByteArray("%PDF-1.4"));
            return r ? ok() : Status(r.error());
        },
        QStringLiteral("adviser or lawyer"));
}

TEST_CASE("demo cases go in only by an admin", "[roles]")
{
    TempDb t; // users, no cases
    const auto before = t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt();
    auto s = createDemoData(t.db(), QStringLiteral("ola"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("admin")));
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt() == before);
}
