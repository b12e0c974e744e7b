// How an appeal ends besides a reversal or a result: the appellant withdraws it (the case returns
// to "letter sent", the decision stands); and a granted suspension of implementation (fvl § 42)
// ends by itself the day the appeal is finally decided or withdrawn. Every day is fixed.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "appeal/AppealService.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "revocation/RevocationService.h"
#include "rules/Permissions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// The example, everything granted, decided 2026-10-01, the letter sent Monday 2026-10-05 (last
// day to appeal 2026-10-29).
QString sentCase(TempDb &t, const QString &reference)
{
    QString number;
    {
        ScopedToday day(QDate(2026, 10, 1));
        number = test::importAs(t, QStringLiteral("ola"), reference);
        auto ola = t.as(QStringLiteral("ola"));
        test::prepareForDraft(t, number);
        REQUIRE(DecisionService(ola).draft(number).ok());
        test::settleAssessment(t, number);
        REQUIRE(DecisionService(ola).submit(number).ok());
        auto kari = t.as(QStringLiteral("kari"));
        REQUIRE(DecisionService(kari).approve(number).ok());
    }
    ScopedToday day(QDate(2026, 10, 5));
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto sent = DocumentService(ola).send(number, LetterKind::Decision);
    INFO((sent ? std::string() : sent.error().toString().toStdString()));
    REQUIRE(sent.ok());
    return number;
}

AppealInput appealOn(const QDate &received)
{
    AppealInput in;
    in.receivedOn = received;
    in.appellant = QStringLiteral("Kari Nordmann, Universitetet i Oslo");
    in.contests = QStringLiteral("Vilkåret om sletting");
    in.text = QStringLiteral("Vi klager på vilkåret om sletting etter fem år.");
    return in;
}

CaseRecord loaded(TempDb &t, const QString &number)
{
    auto r = t.as(QStringLiteral("ola")).load(number);
    REQUIRE(r.ok());
    return r.value();
}

// What a withdrawal or the end of a suspension would touch.
QString state(TempDb &t)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM event", "SELECT group_concat(row_version || status) FROM fv_case",
          "SELECT group_concat(outcome || coalesce(outcome_on, '')) FROM appeal",
          "SELECT group_concat(coalesce(granted, '') || coalesce(ended_on, '')) FROM suspension"})
        parts << t.db().scalar(QLatin1String(sql))->toString();
    return parts.join(QLatin1Char('|'));
}

void refusedUnchanged(TempDb &t, const std::function<Status()> &op, const QString &mention)
{
    const QString before = state(t);
    const Status s = op();
    REQUIRE_FALSE(s.ok());
    INFO(s.error().toString().toStdString());
    CHECK(s.error().toString().contains(mention));
    CHECK(state(t) == before);
}

int events(const CaseRecord &r, const QString &kind, const QString &mention = {})
{
    int n = 0;
    for (const Event &e : r.events)
        if (e.kind == kind && e.detail.contains(mention))
            ++n;
    return n;
}

// A suspension of implementation requested and granted (the case at "letter sent").
void suspend(TempDb &t, const QString &n, const QDate &requested)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(RevocationService(ola).requestSuspension(n, requested, QStringLiteral("UiO")).ok());
    auto granted = RevocationService(kari).decideSuspension(n, true, QStringLiteral("Klagen reiser tvil om vilkåret."));
    INFO((granted ? std::string() : granted.error().toString().toStdString()));
    REQUIRE(granted.ok());
    REQUIRE(loaded(t, n).revocation.suspended());
}

} // namespace

TEST_CASE("an appeal being prepared is withdrawn: the case returns to letter sent, audited, a suspension ends",
          "[appeal][withdraw]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8201"));
    ScopedToday day(QDate(2026, 10, 22));
    auto ola = t.as(QStringLiteral("ola"));
    // Nothing to withdraw before an appeal is registered.
    refusedUnchanged(
        t, [&] { return AppealService(ola).withdraw(n); }, QStringLiteral("No appeal"));
    {
        // Implementation suspended while the appeal is dealt with (§ 42).
        ScopedToday asked(QDate(2026, 10, 20));
        suspend(t, n, QDate(2026, 10, 20));
    }
    REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
    REQUIRE(loaded(t, n).summary.status == CaseStatus::UnderAssessment);

    // A decision-maker does not record it; not in the future, nor before the appeal came in.
    auto kari = t.as(QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return AppealService(kari).withdraw(n); }, QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return AppealService(ola).withdraw(n, QDate(2026, 10, 23)); }, QStringLiteral("future"));
    refusedUnchanged(
        t, [&] { return AppealService(ola).withdraw(n, QDate(2026, 10, 19)); },
        QStringLiteral("before it was received"));

    REQUIRE(AppealService(ola).withdraw(n, QDate(2026, 10, 21)).ok());
    const CaseRecord r = loaded(t, n);
    REQUIRE(r.appeals.current());
    CHECK(r.appeals.current()->outcome == HdsOutcome::Withdrawn);
    CHECK(r.appeals.current()->outcomeOn == QDate(2026, 10, 21));
    CHECK(r.appeals.current()->state() == AppealState::Withdrawn);
    CHECK(r.summary.status == CaseStatus::LetterSent);
    CHECK(r.decisions.size() == 1);
    CHECK(r.currentDecision()->status == DecisionStatus::Approved);
    CHECK(events(r, QStringLiteral("appeal-withdrawn"), QStringLiteral("2026-10-21")) == 1);
    CHECK(events(r, QStringLiteral("appeal-withdraw")) == 1);
    // The suspension ended the same day, and the event says why.
    CHECK_FALSE(r.revocation.suspended());
    CHECK(r.revocation.suspensions.back().endedOn == QDate(2026, 10, 21));
    CHECK(events(r, QStringLiteral("suspension-ended"), QStringLiteral("automatically: the appeal was withdrawn"))
          == 1);

    // Withdrawn once is withdrawn: a second time is refused; a new appeal may come.
    refusedUnchanged(
        t, [&] { return AppealService(ola).withdraw(n); }, QStringLiteral("withdrawn"));
    CHECK(can(Action::RegisterAppeal, ola.actor(), loaded(t, n)).ok());
}

TEST_CASE("an appeal with the appeal body is withdrawn: the case stays at letter sent", "[appeal][withdraw]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8202"));
    ScopedToday day(QDate(2026, 10, 26));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
    REQUIRE(AppealService(ola).forward(n, QStringLiteral("Vilkåret følger av loven.")).ok());
    REQUIRE(loaded(t, n).summary.status == CaseStatus::LetterSent);
    REQUIRE(AppealService(ola).withdraw(n).ok());
    const CaseRecord r = loaded(t, n);
    CHECK(r.appeals.current()->state() == AppealState::Withdrawn);
    CHECK(r.appeals.current()->outcomeOn == QDate(2026, 10, 26));
    CHECK(r.summary.status == CaseStatus::LetterSent);
    refusedUnchanged(
        t, [&] { return AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2026, 10, 26)); },
        QStringLiteral("withdrawn"));
}

TEST_CASE("a granted suspension ends the day the appeal body's result is recorded", "[appeal][suspension]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8203"));
    auto ola = t.as(QStringLiteral("ola"));
    {
        ScopedToday day(QDate(2026, 10, 26));
        REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
        REQUIRE(AppealService(ola).forward(n, QStringLiteral("Vilkåret følger av loven.")).ok());
        suspend(t, n, QDate(2026, 10, 26));
    }
    ScopedToday day(QDate(2026, 11, 20));
    // Sent back for new consideration: the appeal is not decided, the suspension runs on.
    REQUIRE(AppealService(ola).recordResult(n, BodyResult::SentBack, QDate(2026, 11, 18)).ok());
    CHECK(loaded(t, n).revocation.suspended());
    REQUIRE(AppealService(ola).forward(n, QStringLiteral("Vilkåret følger fortsatt av loven.")).ok());
    REQUIRE(AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2026, 11, 20)).ok());
    const CaseRecord r = loaded(t, n);
    CHECK_FALSE(r.revocation.suspended());
    CHECK(r.revocation.suspensions.back().endedOn == QDate(2026, 11, 20));
    CHECK(events(r, QStringLiteral("suspension-ended"), QStringLiteral("the appeal body decided the appeal")) == 1);
}

TEST_CASE("a granted suspension ends the day HDS's reversal of the appealed decision is approved",
          "[appeal][suspension]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8204"));
    ScopedToday day(QDate(2026, 10, 23));
    auto ola = t.as(QStringLiteral("ola"));
    suspend(t, n, QDate(2026, 10, 21));
    REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
    REQUIRE(AppealService(ola).reverse(n, false).ok());
    REQUIRE(DecisionService(ola).submit(n).ok());
    // Drafted and submitted only: the suspension still runs.
    CHECK(loaded(t, n).revocation.suspended());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    const CaseRecord r = loaded(t, n);
    CHECK_FALSE(r.revocation.suspended());
    CHECK(r.revocation.suspensions.back().endedOn == QDate(2026, 10, 23));
    CHECK(events(r, QStringLiteral("suspension-ended"), QStringLiteral("HDS reversed")) == 1);
}

TEST_CASE("appeal withdraw on the command line; a refusal changes nothing", "[appeal][withdraw][cli]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8205"));
    {
        ScopedToday day(QDate(2026, 10, 22));
        auto ola = t.as(QStringLiteral("ola"));
        REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
    }
    const QString path = t.path();
    t.close();
    ScopedToday day(QDate(2026, 10, 26));
    const auto run = [&](const QString &login, const QStringList &words) {
        return test::cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), login} + words);
    };
    const auto snapshot = [&] {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        return db.value()
            ->scalar(QStringLiteral("SELECT count(*) || '/' || (SELECT group_concat(outcome) FROM appeal) || '/' || "
                                    "(SELECT status FROM fv_case) FROM event"))
            ->toString();
    };
    const QStringList withdraw = {QStringLiteral("appeal"), QStringLiteral("withdraw"), n};
    const QString before = snapshot();
    auto bad = run(
        QStringLiteral("ola"), withdraw + QStringList{QStringLiteral("--date"), QStringLiteral("2026-10-32")});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("--date")));
    auto early = run(
        QStringLiteral("ola"), withdraw + QStringList{QStringLiteral("--date"), QStringLiteral("2026-10-01")});
    CHECK(early.status == 1);
    CHECK(early.err.contains(QStringLiteral("before it was received")));
    CHECK(run(QStringLiteral("kari"), withdraw).status == 1);
    CHECK(snapshot() == before);

    auto done = run(
        QStringLiteral("ola"), withdraw + QStringList{QStringLiteral("--date"), QStringLiteral("2026-10-24")});
    INFO(done.err.toStdString());
    REQUIRE(done.status == 0);
    CHECK(done.out.contains(QStringLiteral("withdrawn")));
    CHECK(snapshot().endsWith(QStringLiteral("/withdrawn/letter-sent")));
    auto list = run(QStringLiteral("ola"), {QStringLiteral("appeal"), QStringLiteral("list"), n});
    CHECK(list.out.contains(QStringLiteral("Withdrawn")));
}

TEST_CASE("a reversal by the appeal body says its decision is to be recorded first; notices wait for it",
          "[appeal][notice][cli]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8206"));
    {
        ScopedToday day(QDate(2026, 10, 22));
        auto ola = t.as(QStringLiteral("ola"));
        REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
        REQUIRE(AppealService(ola).forward(n, QStringLiteral("Vilkåret følger av loven.")).ok());
    }
    const QString path = t.path();
    t.close();
    ScopedToday day(QDate(2026, 12, 1));
    const auto run = [&](const QStringList &words) {
        return test::cli(
            QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("ola")} + words);
    };
    auto result = run({QStringLiteral("appeal"), QStringLiteral("result"), n, QStringLiteral("--partly"),
                       QStringLiteral("--date"), QStringLiteral("2026-11-30")});
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);
    CHECK(result.out.contains(QStringLiteral("appeal implement %1").arg(n)));
    CHECK(result.out.contains(QStringLiteral("send %1 --kind registry-notice").arg(n)));
    // Notices now would tell the managers the old decision: refused until the body's decision is
    // recorded as a new version (AppealBodyTests follows it to the notices).
    auto notice = run({QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("registry-notice"),
                       QStringLiteral("--registry"), QStringLiteral("MFR")});
    CHECK(notice.status == 1);
    CHECK(notice.err.contains(QStringLiteral("record its decision as a new decision version first")));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()
              ->scalar(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'appeal-result' AND detail LIKE "
                                      "'%new registry notices to be sent%'"))
              ->toInt()
          == 1);
}

TEST_CASE("an upheld result says nothing of new registry notices", "[appeal][notice]")
{
    CHECK_FALSE(changesDelivery(BodyResult::Upheld));
    CHECK_FALSE(changesDelivery(BodyResult::SentBack));
    CHECK(changesDelivery(BodyResult::Reversed));
    CHECK(changesDelivery(BodyResult::PartlyReversed));
}

TEST_CASE("suspended implementation can be asked for and granted while the appeal is being prepared",
          "[appeal][suspension]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8209"));
    ScopedToday day(QDate(2026, 10, 22));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(AppealService(ola).registerAppeal(n, appealOn(QDate(2026, 10, 20))).ok());
    // The case is back under assessment for the appeal; the request usually comes with it (fvl § 42).
    REQUIRE(loaded(t, n).summary.status == CaseStatus::UnderAssessment);
    suspend(t, n, QDate(2026, 10, 21));
    CHECK(events(loaded(t, n), QStringLiteral("suspension-granted")) == 1);
    // Withdrawing the appeal ends it the same day.
    REQUIRE(AppealService(ola).withdraw(n).ok());
    CHECK_FALSE(loaded(t, n).revocation.suspended());
}
