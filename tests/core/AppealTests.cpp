// Appeals (klage): the § 29 deadline with its delivery allowance and holidays, § 30 (posted in
// time), § 31 (late: considered or rejected), HDS's preparation (§ 33) ending in a reversal by a
// new decision version or a forwarding to the appeal body, and the appeal body's result. Every
// day is fixed (ScopedToday), so the tests do not depend on when they run.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "appeal/AppealService.h"
#include "calendar/NorwegianCalendar.h"
#include "decision/Fees.h"
#include "decision/StandardTexts.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "rules/Permissions.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// The example asks for MFR, NPR, DAR and LMR. Decided on 2026-10-01 with LMR refused; the
// decision letter is sent on Monday 2026-10-05, so the last day to appeal is Thursday
// 2026-10-29 (3 days' delivery + 3 weeks).
QString sentCase(TempDb &t, const QString &reference)
{
    QString number;
    {
        ScopedToday day(QDate(2026, 10, 1));
        number = test::importAs(t, QStringLiteral("ola"), reference);
        auto ola = t.as(QStringLiteral("ola"));
        test::prepareForDraft(t, number);
        REQUIRE(DecisionService(ola).draft(number).ok());
        auto rec = ola.load(number);
        REQUIRE(rec.ok());
        Decision d = *rec->currentDecision();
        for (RegistryDecision &e : d.entries)
            if (e.registry == QLatin1String("LMR")) {
                e.outcome = Outcome::Refused;
                e.reason = QStringLiteral("Legemiddelbruk er ikke nødvendig for formålet.");
            }
        REQUIRE(DecisionService(ola).saveDraft(number, d, rec->rowVersion).ok());
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

AppealInput appealOn(const QDate &received, const QDate &posted = {})
{
    AppealInput in;
    in.receivedOn = received;
    in.postedOn = posted;
    in.appellant = QStringLiteral("Kari Nordmann, Universitetet i Oslo");
    in.contests = QStringLiteral("Avslaget på LMR");
    in.text = QStringLiteral("Vi klager på avslaget på data fra Legemiddelregisteret.");
    return in;
}

Result<Appeal> registered(TempDb &t, const QString &number, const AppealInput &in)
{
    auto ola = t.as(QStringLiteral("ola"));
    return AppealService(ola).registerAppeal(number, in);
}

const Appeal &current(const CaseRecord &r)
{
    REQUIRE(r.appeals.current());
    return *r.appeals.current();
}

CaseRecord loaded(TempDb &t, const QString &number)
{
    auto r = t.as(QStringLiteral("ola")).load(number);
    REQUIRE(r.ok());
    return r.value();
}

// What any appeal change would touch.
QString state(TempDb &t)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM event", "SELECT group_concat(row_version || status) FROM fv_case",
          "SELECT count(*) FROM decision", "SELECT count(*) FROM journal_entry",
          "SELECT group_concat(late_handling || outcome || body_result || coalesce(forwarded_on, "
          "'') || coalesce(body_result_on, '')) FROM appeal",
          "SELECT count(*) FROM appeal"})
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

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r ? ok() : Status(r.error());
}

// The text of a letter of the case as it would be sent now, in `language`.
QString letterText(TempDb &t, const QString &number, LetterKind kind, Language language)
{
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto input = LetterService(ola).input(number, kind, language);
    INFO((input ? std::string() : input.error().toString().toStdString()));
    REQUIRE(input.ok());
    auto html = letterHtml(input.value());
    REQUIRE(html.ok());
    QTextDocument doc;
    doc.setHtml(html.value());
    return doc.toPlainText().simplified();
}

bool hasEvent(const CaseRecord &r, const QString &kind)
{
    for (const Event &e : r.events)
        if (e.kind == kind)
            return true;
    return false;
}

} // namespace

TEST_CASE("the last day to appeal is three weeks after the letter arrived, moved past weekends and holidays",
          "[appeal][deadline]")
{
    const WorkingDayCalendar calendar;
    // Monday 5 October 2026 + 3 days to arrive + 21 days: Thursday 29 October.
    CHECK(appeal::lastDayToAppeal(QDate(2026, 10, 5), 3, calendar) == QDate(2026, 10, 29));
    // Landing on Saturday 31 October: Monday 2 November.
    CHECK(appeal::lastDayToAppeal(QDate(2026, 10, 7), 3, calendar) == QDate(2026, 11, 2));
    // Easter 2026 is 5 April: landing on skjærtorsdag (2 April) or langfredag (3 April), the
    // Friday before Easter, moves past Easter Monday to Tuesday 7 April.
    CHECK(appeal::lastDayToAppeal(QDate(2026, 3, 9), 3, calendar) == QDate(2026, 4, 7));
    CHECK(appeal::lastDayToAppeal(QDate(2026, 3, 10), 3, calendar) == QDate(2026, 4, 7));
    // Across Christmas with the office's extra closing days (24 and 31 December).
    WorkingDayCalendar office;
    office.setExtraClosedMonthDays({{12, 24}, {12, 31}});
    // 24 December (closed), 25 (1. juledag), 26 (Saturday) and 27 (Sunday): Monday 28 December.
    CHECK(appeal::lastDayToAppeal(QDate(2026, 11, 30), 3, office) == QDate(2026, 12, 28));
    CHECK(appeal::lastDayToAppeal(QDate(2026, 11, 30), 3, calendar) == QDate(2026, 12, 24));
    // 31 December (closed), 1 January (nyttårsdag), a weekend: Monday 4 January 2027; without the
    // office's closing day the 31st itself is the last day.
    CHECK(appeal::lastDayToAppeal(QDate(2026, 12, 7), 3, office) == QDate(2027, 1, 4));
    CHECK(appeal::lastDayToAppeal(QDate(2026, 12, 7), 3, calendar) == QDate(2026, 12, 31));
    // Without the allowance the three weeks run from the day the letter was sent.
    CHECK(appeal::lastDayToAppeal(QDate(2026, 10, 5), 0, calendar) == QDate(2026, 10, 26));
    // § 30: posted by the last day counts even when it arrives later.
    CHECK(appeal::inTime(QDate(2026, 10, 29), QDate(2026, 11, 2), QDate(2026, 10, 29)));
    CHECK_FALSE(appeal::inTime(QDate(2026, 10, 29), QDate(2026, 11, 2), QDate(2026, 10, 30)));
    CHECK_FALSE(appeal::inTime(QDate(2026, 10, 29), QDate(2026, 10, 30), {}));
    CHECK(appeal::inTime(QDate(2026, 10, 29), QDate(2026, 10, 29), {}));
}

TEST_CASE("the status table takes a decided case back into assessment for an appeal, and out when forwarded",
          "[appeal][states]")
{
    for (CaseStatus from : {CaseStatus::LetterSent, CaseStatus::Closed, CaseStatus::RejectedNoReply})
        CHECK(transition(from, CaseAction::ReopenForAppeal).value() == CaseStatus::UnderAssessment);
    CHECK(transition(CaseStatus::UnderAssessment, CaseAction::ForwardAppeal).value() == CaseStatus::LetterSent);
    for (CaseStatus from : allCaseStatuses()) {
        INFO(toCode(from).toStdString());
        const bool reopens = from == CaseStatus::LetterSent || from == CaseStatus::Closed
            || from == CaseStatus::RejectedNoReply;
        CHECK(transition(from, CaseAction::ReopenForAppeal).ok() == reopens);
        CHECK(transition(from, CaseAction::ForwardAppeal).ok() == (from == CaseStatus::UnderAssessment));
    }
}

TEST_CASE("an appeal in time is reversed in part by HDS: a new version approved by a second person, the old kept",
          "[appeal][reversal]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8101"));
    ScopedToday day(QDate(2026, 10, 20));
    auto appeal = registered(t, n, appealOn(QDate(2026, 10, 19)));
    INFO((appeal ? std::string() : appeal.error().toString().toStdString()));
    REQUIRE(appeal.ok());
    CHECK(appeal->inTime);
    CHECK(appeal->lastDay == QDate(2026, 10, 29));
    CHECK(appeal->decisionVersion == 1);
    CHECK(appeal->letterSentOn == QDate(2026, 10, 5));
    // Back into assessment with HDS's own preparation deadline: 30 working days (§ 33).
    CaseRecord r = loaded(t, n);
    CHECK(r.summary.status == CaseStatus::UnderAssessment);
    CHECK(current(r).state() == AppealState::Preparing);
    CHECK(current(r).preparationDue == WorkingDayCalendar().addWorkingDays(QDate(2026, 10, 19), 30));
    CHECK(hasEvent(r, QStringLiteral("appeal-received")));
    CHECK(hasEvent(r, QStringLiteral("appeal-reopen")));
    // The appeal is an incoming document in the journal.
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM journal_entry WHERE source = 'appeal'"))->toInt() == 1);

    // A decision-maker does not prepare appeals; nothing changes.
    auto kari = t.as(QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(kari).reverse(n, true)); }, QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return AppealService(kari).forward(n, QStringLiteral("Vedtaket står.")); }, QStringLiteral("kari"));

    auto ola = t.as(QStringLiteral("ola"));
    auto version = AppealService(ola).reverse(n, true);
    INFO((version ? std::string() : version.error().toString().toStdString()));
    REQUIRE(version.ok());
    CHECK(version.value() == 2);
    r = loaded(t, n);
    CHECK(current(r).state() == AppealState::Reversed);
    CHECK(current(r).outcome == HdsOutcome::PartlyReversed);
    CHECK(current(r).reversingVersion == 2);
    REQUIRE(r.decisions.size() == 2);
    CHECK(r.summary.status == CaseStatus::DecisionDraft);
    CHECK(r.decisions.back().feeExemption == toCode(FeeExemption::Appeal));
    CHECK(r.decisions.back().supersedes == r.decisions.front().id);

    // HDS grants LMR after all: a partial reversal.
    REQUIRE(DecisionService(ola)
                .editDraft(n,
                           [](const CaseRecord &, Decision &d) -> Status {
                               for (RegistryDecision &e : d.entries)
                                   if (e.registry == QLatin1String("LMR")) {
                                       e.outcome = Outcome::Granted;
                                       e.reason.clear();
                                   }
                               return ok();
                           })
                .ok());
    REQUIRE(DecisionService(ola).submit(n).ok());
    // The drafter cannot approve it; a second person does.
    refusedUnchanged(
        t, [&] { return DecisionService(ola).approve(n); }, QStringLiteral("ola"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    r = loaded(t, n);
    CHECK(r.decisions.front().status == DecisionStatus::Superseded);
    CHECK(r.decisions.back().status == DecisionStatus::Approved);
    CHECK(r.decisions.back().approvedBy == QStringLiteral("kari"));
    CHECK(r.decisions.back().feeTotal.value_or(-1) == 0);
    CHECK(hasEvent(r, QStringLiteral("appeal-reversed")));

    // The reversal decision letter says which decision it reverses, after which appeal, in each
    // language; the acknowledgement says when HDS expects to be done.
    const QString nb = letterText(t, n, LetterKind::Decision, Language::Bokmaal);
    INFO(nb.toStdString());
    CHECK(nb.contains(QStringLiteral("Vedtaket er truffet etter klagen deres, mottatt 19. oktober 2026, over vedtaket "
                                     "vårt av 5. oktober 2026")));
    CHECK(nb.contains(QStringLiteral("tar klagen delvis til følge")));
    CHECK(nb.contains(QStringLiteral("gebyrfrie")));
    const QString nn = letterText(t, n, LetterKind::Decision, Language::Nynorsk);
    CHECK(nn.contains(QStringLiteral("Vedtaket er gjort etter klaga dykkar, motteken 19. oktober 2026")));
    CHECK(nn.contains(QStringLiteral("tek klaga delvis til følgje")));
    const QString en = letterText(t, n, LetterKind::Decision, Language::English);
    CHECK(en.contains(QStringLiteral("following your appeal, received on 19 October 2026, against our decision of 5 "
                                     "October 2026")));
    CHECK(en.contains(QStringLiteral("allow the appeal in part")));
    const QString ack = letterText(t, n, LetterKind::AppealReceived, Language::Bokmaal);
    CHECK(ack.contains(QStringLiteral("Vi har mottatt klagen deres")));
    CHECK(ack.contains(QStringLiteral("innen ") + letterDate(current(r).preparationDue, Language::Bokmaal)));
    // The earlier decision letter (before the appeal) says nothing of it.
    auto sent = DocumentService(ola).send(n, LetterKind::Decision);
    REQUIRE(sent.ok());
    CHECK(loaded(t, n).summary.status == CaseStatus::LetterSent);
}

TEST_CASE("an appeal upheld by HDS is forwarded to the appeal body, whose result is recorded", "[appeal][forward]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8102"));
    ScopedToday day(QDate(2026, 11, 2));
    // Posted on the last day, received after it: in time (§ 30).
    auto appeal = registered(t, n, appealOn(QDate(2026, 11, 2), QDate(2026, 10, 29)));
    REQUIRE(appeal.ok());
    CHECK(appeal->inTime);
    auto ola = t.as(QStringLiteral("ola"));
    refusedUnchanged(
        t, [&] { return AppealService(ola).forward(n, QStringLiteral("  ")); }, QStringLiteral("HDS's view"));
    refusedUnchanged(
        t, [&] { return AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2026, 11, 2)); },
        QStringLiteral("forwarded"));
    REQUIRE(AppealService(ola).forward(n, QStringLiteral("LMR er ikke nødvendig for formålet.")).ok());
    CaseRecord r = loaded(t, n);
    CHECK(r.summary.status == CaseStatus::LetterSent);
    CHECK(current(r).state() == AppealState::WithAppealBody);
    CHECK(current(r).forwardedOn == QDate(2026, 11, 2));
    CHECK(current(r).commentDue == QDate(2026, 11, 16)); // appeal.commentDays, 14 by default
    CHECK(current(r).hdsView == QStringLiteral("LMR er ikke nødvendig for formålet."));
    CHECK(hasEvent(r, QStringLiteral("appeal-forward")));
    // The forwarding letter goes to the appeal body with HDS's view and the case documents; the
    // appellant's copy gives the deadline to comment. Both are sent and journalled.
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        const QString forwarding = letterText(t, n, LetterKind::AppealForwarding, language);
        INFO(forwarding.toStdString());
        CHECK(forwarding.startsWith(QStringLiteral("Helseklage")));
        CHECK(forwarding.contains(QStringLiteral("LMR er ikke nødvendig for formålet.")));
        CHECK(forwarding.contains(n + QStringLiteral("-1")));
        const QString copy = letterText(t, n, LetterKind::AppealCopy, language);
        CHECK(copy.contains(
            language == Language::English ? QStringLiteral("16 November 2026") : QStringLiteral("16. november 2026")));
    }
    test::ensureGuiApplication();
    REQUIRE(DocumentService(ola).send(n, LetterKind::AppealForwarding).ok());
    REQUIRE(DocumentService(ola).send(n, LetterKind::AppealCopy).ok());
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT count(*) FROM journal_entry WHERE source IN ('letter:appeal-forwarding', "
                                     "'letter:appeal-copy')"))
              ->toInt()
          == 2);
    // A second appeal while this one is with the appeal body is refused.
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, n, appealOn(QDate(2026, 11, 2)))); },
        QStringLiteral("still being dealt with"));

    ScopedToday later(QDate(2027, 1, 15));
    refusedUnchanged(
        t, [&] { return AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2026, 11, 1)); },
        QStringLiteral("before the appeal was forwarded"));
    refusedUnchanged(
        t, [&] { return AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2027, 1, 16)); },
        QStringLiteral("future"));
    REQUIRE(
        AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2027, 1, 12), QStringLiteral("HK 27/0012")).ok());
    r = loaded(t, n);
    CHECK(current(r).state() == AppealState::Decided);
    CHECK(current(r).bodyResult == BodyResult::Upheld);
    CHECK(current(r).bodyReference == QStringLiteral("HK 27/0012"));
    CHECK(hasEvent(r, QStringLiteral("appeal-result")));
}

TEST_CASE("an appeal sent back by the appeal body is prepared again", "[appeal][forward]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8103"));
    ScopedToday day(QDate(2026, 10, 20));
    REQUIRE(registered(t, n, appealOn(QDate(2026, 10, 20))).ok());
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(AppealService(ola).forward(n, QStringLiteral("Vedtaket opprettholdes."), 21).ok());
    CHECK(current(loaded(t, n)).commentDue == QDate(2026, 11, 10));
    REQUIRE(AppealService(ola).recordResult(n, BodyResult::SentBack, QDate(2026, 10, 20)).ok());
    const CaseRecord r = loaded(t, n);
    CHECK(r.summary.status == CaseStatus::UnderAssessment);
    CHECK(current(r).state() == AppealState::Preparing);
    // Now HDS may reverse after all.
    CHECK(can(Action::ReverseAppeal, *Users::find(t.db(), QStringLiteral("ola")).value(), r).ok());
}

TEST_CASE("a late appeal is rejected with reasons, another is considered anyway under § 31", "[appeal][late]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8104"));
    ScopedToday day(QDate(2026, 11, 10));
    auto ola = t.as(QStringLiteral("ola"));
    auto late = registered(t, n, appealOn(QDate(2026, 11, 9), QDate(2026, 11, 6)));
    REQUIRE(late.ok());
    CHECK_FALSE(late->inTime);
    CaseRecord r = loaded(t, n);
    CHECK(r.summary.status == CaseStatus::LetterSent); // not into assessment before someone decides
    CHECK(current(r).state() == AppealState::AwaitingLateDecision);
    refusedUnchanged(
        t, [&] { return AppealService(ola).forward(n, QStringLiteral("Står.")); },
        QStringLiteral("nobody can forward appeals"));
    refusedUnchanged(
        t, [&] { return AppealService(ola).rejectLate(n, QString()); }, QStringLiteral("reason"));
    REQUIRE(AppealService(ola).rejectLate(n, QStringLiteral("Klagen kom inn etter klagefristen uten grunn.")).ok());
    r = loaded(t, n);
    CHECK(current(r).state() == AppealState::Rejected);
    CHECK(current(r).late == LateHandling::Rejected);
    CHECK(r.summary.status == CaseStatus::LetterSent);
    CHECK(hasEvent(r, QStringLiteral("appeal-rejected")));
    // The rejection is a decision with its own appeal information, in each language.
    const QString nb = letterText(t, n, LetterKind::AppealRejection, Language::Bokmaal);
    INFO(nb.toStdString());
    CHECK(nb.contains(QStringLiteral("Klagen avvises")));
    CHECK(nb.contains(QStringLiteral("fristen gikk ut 29. oktober 2026")));
    CHECK(nb.contains(QStringLiteral("Klagen kom inn etter klagefristen uten grunn.")));
    CHECK(nb.contains(QStringLiteral("Klageadgang")));
    CHECK(nb.contains(QStringLiteral("Dere kan klage på vedtaket")));
    CHECK(
        letterText(t, n, LetterKind::AppealRejection, Language::Nynorsk).contains(QStringLiteral("Klaga vert avvist")));
    const QString en = letterText(t, n, LetterKind::AppealRejection, Language::English);
    CHECK(en.contains(QStringLiteral("The appeal is rejected")));
    CHECK(en.contains(QStringLiteral("Right of appeal")));
    test::ensureGuiApplication();
    REQUIRE(DocumentService(ola).send(n, LetterKind::AppealRejection).ok());
    // An acknowledgement makes no sense for a rejected appeal.
    CHECK_FALSE(DocumentService(ola).send(n, LetterKind::AppealReceived).ok());
    refusedUnchanged(
        t, [&] { return AppealService(ola).considerLate(n, QString()); }, QStringLiteral("late"));

    // A new late appeal, considered anyway: prepared like one in time.
    REQUIRE(registered(t, n, appealOn(QDate(2026, 11, 10))).ok());
    REQUIRE(AppealService(ola).considerLate(n, QStringLiteral("Klageren var innlagt på sykehus.")).ok());
    r = loaded(t, n);
    CHECK(current(r).state() == AppealState::Preparing);
    CHECK(current(r).late == LateHandling::Considered);
    CHECK(current(r).lateReason == QStringLiteral("Klageren var innlagt på sykehus."));
    CHECK(r.summary.status == CaseStatus::UnderAssessment);
    CHECK(hasEvent(r, QStringLiteral("appeal-late-considered")));
    CHECK(letterText(t, n, LetterKind::AppealReceived, Language::Bokmaal)
              .contains(QStringLiteral("Vi behandler den likevel, jf. forvaltningsloven § 31")));
}

TEST_CASE("registering an appeal is refused on impossible input and before any letter, and changes nothing",
          "[appeal][refused]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8105"));
    ScopedToday day(QDate(2026, 10, 20));
    AppealInput future = appealOn(QDate(2026, 10, 21));
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, n, future)); }, QStringLiteral("future"));
    AppealInput before = appealOn(QDate(2026, 10, 4));
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, n, before)); }, QStringLiteral("before the letter"));
    AppealInput posted = appealOn(QDate(2026, 10, 19), QDate(2026, 10, 20));
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, n, posted)); }, QStringLiteral("after it was received"));
    AppealInput nobody = appealOn(QDate(2026, 10, 19));
    nobody.appellant = QStringLiteral(" ");
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, n, nobody)); }, QStringLiteral("who appeals"));
    AppealInput empty = appealOn(QDate(2026, 10, 19));
    empty.text.clear();
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, n, empty)); }, QStringLiteral("text"));
    auto kari = t.as(QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(kari).registerAppeal(n, appealOn(QDate(2026, 10, 19)))); },
        QStringLiteral("kari"));

    // A case without any letter has nothing to appeal.
    const QString fresh = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-8106"));
    refusedUnchanged(
        t, [&] { return statusOf(registered(t, fresh, appealOn(QDate(2026, 10, 19)))); },
        QStringLiteral("nothing to appeal"));
}

TEST_CASE("a version 10 database gains the appeal table, its cases kept", "[appeal][migration]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8107"));
    // Back to version 10: without this step's table and the later step's (12: revocation).
    for (const char *sql :
         {"DROP TABLE incoming_document", "DROP TABLE revocation_registry", "DROP TABLE revocation",
          "DROP TABLE suspension", "ALTER TABLE delivery DROP COLUMN stopped_on", "DROP TABLE appeal",
          "PRAGMA user_version = 10"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM appeal"))->toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM fv_case WHERE case_number = ?"), {n})->toInt() == 1);
}

TEST_CASE("appeals on the command line: register, forward, result, list and show --json; refusals change nothing",
          "[appeal][cli]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-8108")); // letter 2026-10-05
    const QString path = t.path();
    const QString textFile = t.dir() + QStringLiteral("/klage.txt");
    {
        QFile f(textFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Vi klager på avslaget på LMR: dataene trengs for å følge opp bivirkninger.").toUtf8());
    }
    t.close();
    ScopedToday day(QDate(2026, 10, 26));
    const auto run = [&](const QString &login, const QStringList &words) {
        return test::cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), login} + words);
    };
    const auto snapshot = [&] {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        return db.value()
            ->scalar(QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM appeal) || '/' || (SELECT "
                                    "group_concat(outcome || body_result) FROM appeal) FROM event"))
            ->toString();
    };
    const QString ola = QStringLiteral("ola");
    const QStringList reg = {
        QStringLiteral("appeal"),        QStringLiteral("register"),   n,
        QStringLiteral("--received"),    QStringLiteral("2026-10-26"), QStringLiteral("--from"),
        QStringLiteral("Kari Nordmann"), QStringLiteral("--contests"), QStringLiteral("Avslaget på LMR")};

    // Usage errors: neither text nor file, a bad date; a file that is not there (--text and --file
    // may come together since schema 13: the file is kept as received, the text says what it is).
    CHECK(run(ola, reg).status == 2);
    QString before = snapshot();
    const QString gone = t.dir() + QStringLiteral("/borte.pdf");
    auto missing = run(
        ola, reg + QStringList{QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--file"), gone});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(gone));
    auto bad = run(
        ola,
        QStringList{QStringLiteral("appeal"), QStringLiteral("register"), n, QStringLiteral("--received"),
                    QStringLiteral("2026-02-30"), QStringLiteral("--from"), QStringLiteral("K"),
                    QStringLiteral("--contests"), QStringLiteral("c"), QStringLiteral("--text"), QStringLiteral("t")});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("--received")));
    // A decision-maker may not register it.
    CHECK(run(QStringLiteral("kari"), reg + QStringList{QStringLiteral("--file"), textFile}).status == 1);
    CHECK(snapshot() == before);

    auto made = run(ola, reg + QStringList{QStringLiteral("--file"), textFile});
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    CHECK(made.out.contains(QStringLiteral("2026-10-29")));

    before = snapshot();
    CHECK(run(ola, {QStringLiteral("appeal"), QStringLiteral("forward"), n}).status == 2);
    auto early = run(ola,
                     {QStringLiteral("appeal"), QStringLiteral("result"), n, QStringLiteral("--upheld"),
                      QStringLiteral("--date"), QStringLiteral("2026-10-26")});
    CHECK(early.status == 1);
    CHECK(snapshot() == before);
    REQUIRE(run(ola,
                {QStringLiteral("appeal"), QStringLiteral("forward"), n, QStringLiteral("--view"),
                 QStringLiteral("LMR er ikke nødvendig."), QStringLiteral("--comment-days"), QStringLiteral("10")})
                .status
            == 0);
    REQUIRE(run(ola,
                {QStringLiteral("appeal"), QStringLiteral("result"), n, QStringLiteral("--partly"),
                 QStringLiteral("--date"), QStringLiteral("2026-10-26"), QStringLiteral("--reference"),
                 QStringLiteral("HK 26/99")})
                .status
            == 0);
    auto list = run(ola, {QStringLiteral("appeal"), QStringLiteral("list"), n});
    REQUIRE(list.status == 0);
    CHECK(list.out.contains(QStringLiteral("Kari Nordmann")));
    CHECK(list.out.contains(QStringLiteral("HK 26/99")));
    auto show = run(ola, {QStringLiteral("--json"), QStringLiteral("show"), n});
    REQUIRE(show.status == 0);
    const QJsonArray appeals =
        QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("appeals")).toArray();
    REQUIRE(appeals.size() == 1);
    const QJsonObject a = appeals.first().toObject();
    CHECK(a.value(QStringLiteral("state")).toString() == QStringLiteral("decided"));
    CHECK(a.value(QStringLiteral("lastDay")).toString() == QStringLiteral("2026-10-29"));
    CHECK(a.value(QStringLiteral("commentDue")).toString() == QStringLiteral("2026-11-05"));
    CHECK(a.value(QStringLiteral("bodyResult")).toString() == QStringLiteral("partly-reversed"));
    CHECK(a.value(QStringLiteral("appealBody")).toString() == QStringLiteral("Helseklage"));
    CHECK(a.value(QStringLiteral("text")).toString().contains(QStringLiteral("bivirkninger")));
}
