// Deadlines as a caseworker lives them: the statutory clock from the completeness date with
// the dialogue's pauses left out, the applicant's 10 + 5 working days, the § 11 a preliminary
// reply, consultations, overdue flags, and the office's extra closing days. Expected dates are
// counted by hand on the calendar (and cross-checked with an independent day-by-day count).
#include "Clock.h"
#include "TestSupport.h"
#include "casework/CaseworkService.h"
#include "casework/CaseworkStore.h"
#include "casework/OfficeSettings.h"
#include "casework/Timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

void setToday(const char *day)
{
    qputenv("FELLESVEDTAK_TODAY", day);
}

// The example application received on `received`, asking for one registry (30 working days)
// or all four, linked (60).
QString importExample(TempDb &t, const QString &received, bool oneSource)
{
    QJsonObject o =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json")))).object();
    static int imported = 0;
    o.insert(QStringLiteral("received"), received);
    o.insert(QStringLiteral("reference"), QStringLiteral("HD-2026-8%1").arg(++imported, 5, 10, QLatin1Char('0')));
    if (oneSource) {
        o.insert(QStringLiteral("dataSources"), QJsonArray{o.value(u"dataSources").toArray().first()});
        o.insert(QStringLiteral("linkage"), QJsonValue::Null);
    }
    auto ola = t.as(QStringLiteral("ola"));
    auto n = ola.importApplication(QJsonDocument(o).toJson(), QStringLiteral("example.json"));
    INFO((n ? QString() : n.error().toString()).toStdString());
    REQUIRE(n.ok());
    return n.value();
}

DeadlineStatus deadlinesOf(TempDb &t, const QString &n)
{
    auto rec = t.as(QStringLiteral("ola")).load(n);
    REQUIRE(rec.ok());
    return rec->casework.deadlines;
}

} // namespace

TEST_CASE("a deadline with two pauses is right to the day", "[deadline][pause]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2026-08-31");
    const QString n = importExample(t, QStringLiteral("2026-08-24"), true);
    REQUIRE(work.complete(n).ok()); // Monday 31 August: the clock starts on Tuesday
    // Without pauses: 22 working days in September, then 1, 2, 5–9 and 12 October.
    CHECK(deadlinesOf(t, n).statutoryDeadline == QDate(2026, 10, 12));
    CHECK(deadlinesOf(t, n).limit == 30);

    setToday("2026-09-09"); // pause 1: Wednesday 9 to Wednesday 16 September = 9, 10, 11, 14, 15
    REQUIRE(work.requestInfo(n, QStringLiteral("Send the DPIA")).ok());
    CHECK(deadlinesOf(t, n).paused);
    CHECK_FALSE(deadlinesOf(t, n).statutoryDeadline.isValid()); // unknown while we wait
    setToday("2026-09-16");
    REQUIRE(work.infoReceived(n).ok());
    CHECK(deadlinesOf(t, n).statutoryDeadline == QDate(2026, 10, 19)); // five working days later

    setToday("2026-10-05"); // pause 2: Monday 5 to Monday 19 October = ten working days
    REQUIRE(work.requestInfo(n, QStringLiteral("Send the REK approval")).ok());
    setToday("2026-10-19");
    REQUIRE(work.infoReceived(n).ok());
    // 17 working days in September outside the pause, 1–2 October, then 19–23, 26–30 October
    // and Monday 2 November: the 30th working day.
    DeadlineStatus d = deadlinesOf(t, n);
    CHECK(d.statutoryDeadline == QDate(2026, 11, 2));
    CHECK(d.usedWorkingDays == 20); // the answer day counts again
    CHECK(d.remainingWorkingDays == 10);
    REQUIRE(d.pauses.size() == 2);
    CHECK(d.pauses[1].from == QDate(2026, 10, 5));
    CHECK(d.pauses[1].to == QDate(2026, 10, 19));

    setToday("2026-11-02");
    d = deadlinesOf(t, n);
    CHECK_FALSE(d.overdue);
    CHECK(d.remainingWorkingDays == 0);
    setToday("2026-11-03");
    d = deadlinesOf(t, n);
    CHECK(d.overdue);
    CHECK(d.remainingWorkingDays == -1);
    CHECK(d.anyOverdue());

    // The timeline shows both pauses with the working days they cost, and the deadline overdue.
    int pauses = 0;
    bool deadlineShown = false;
    for (const TimelineEntry &e : buildTimeline(*ola.load(n), today())) {
        if (e.kind == TimelineEntry::Kind::Pause)
            CHECK(e.workingDays == (pauses++ == 0 ? 5 : 10));
        if (e.code == QLatin1String("statutory-deadline")) {
            deadlineShown = true;
            CHECK(e.date == QDate(2026, 11, 2));
            CHECK(e.state == TimelineEntry::State::Overdue);
        }
    }
    CHECK(pauses == 2);
    CHECK(deadlineShown);
}

TEST_CASE("linked sources have 60 working days; the office's Christmas closing days count", "[deadline][settings]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2026-12-10");
    const QString linked = importExample(t, QStringLiteral("2026-09-14"), false);
    REQUIRE(work.complete(linked, QDate(2026, 9, 16)).ok());
    CHECK(deadlinesOf(t, linked).limit == 60);
    CHECK(deadlinesOf(t, linked).statutoryDeadline == QDate(2026, 12, 9));
    CHECK(deadlinesOf(t, linked).overdue);

    const QString single = importExample(t, QStringLiteral("2026-12-01"), true);
    REQUIRE(work.complete(single).ok());
    // 11, 14–18, 21–23 and 28–30 December (24 and 31 closed, 25 a holiday), then 4–27 January.
    CHECK(deadlinesOf(t, single).statutoryDeadline == QDate(2027, 1, 27));
    auto admin = t.as(QStringLiteral("admin"));
    REQUIRE(changeSetting(t.db(), admin.actor(), QStringLiteral("calendar.extraClosedMonthDays"), QString()).ok());
    CHECK(deadlinesOf(t, single).statutoryDeadline == QDate(2027, 1, 25)); // 24 and 31 December are working days
    REQUIRE(
        changeSetting(t.db(), admin.actor(), QStringLiteral("calendar.extraClosedDates"), QStringLiteral("2027-01-04"))
            .ok());
    CHECK(deadlinesOf(t, single).statutoryDeadline == QDate(2027, 1, 26));
    auto bad = changeSetting(
        t.db(), admin.actor(), QStringLiteral("calendar.extraClosedMonthDays"), QStringLiteral("12-24,13-01"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().toString().contains(QStringLiteral("13-01")));
    CHECK(bad.error().toString().contains(QStringLiteral("calendar.extraClosedMonthDays")));
}

TEST_CASE("the applicant has 10 working days, a reminder gives 5 more, then rejection", "[deadline][dialogue]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2027-03-19"); // a Friday before Easter 2027 (25, 26 and 29 March are holidays)
    const QString n = importExample(t, QStringLiteral("2027-03-15"), true);
    REQUIRE(work.startCompletenessCheck(n).ok());
    REQUIRE(work.requestInfo(n, QStringLiteral("Legg ved protokollen")).ok());
    REQUIRE(work.recordPreliminaryReply(n).ok()); // so that only the dialogue is due
    auto rec = ola.load(n);
    REQUIRE(rec->casework.infoRequests.size() == 1);
    // 22–24 March, 30–31 March, 1–2 April, 5–7 April.
    CHECK(rec->casework.infoRequests.front().answerDue == QDate(2027, 4, 7));
    REQUIRE(rec->casework.deadlines.tasks.size() >= 1);
    CHECK(rec->casework.deadlines.tasks.front().kind == TaskKind::ApplicantAnswer);
    CHECK(rec->casework.deadlines.tasks.front().workingDaysLeft == 10);

    setToday("2027-04-07");
    auto early = work.remind(n);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("until 07.04.2027")));
    auto noReminder = work.rejectNoReply(n);
    REQUIRE_FALSE(noReminder.ok());
    CHECK(noReminder.error().message.contains(QStringLiteral("reminder first")));

    setToday("2027-04-08");
    CHECK(deadlinesOf(t, n).anyOverdue()); // the answer is late: time for the reminder
    REQUIRE(work.remind(n).ok());
    CHECK_FALSE(work.remind(n).ok()); // one reminder
    rec = ola.load(n);
    CHECK(rec->casework.infoRequests.front().reminderDue == QDate(2027, 4, 15)); // 9, 12–15 April
    CHECK(rec->casework.deadlines.tasks.front().kind == TaskKind::Reminder);
    CHECK_FALSE(rec->casework.deadlines.anyOverdue());

    setToday("2027-04-15");
    CHECK_FALSE(work.rejectNoReply(n).ok());
    setToday("2027-04-16");
    CHECK(deadlinesOf(t, n).anyOverdue()); // time to propose rejection
    REQUIRE(work.rejectNoReply(n).ok());
    CHECK(ola.load(n)->summary.status == CaseStatus::RejectedNoReply);
    CHECK(deadlinesOf(t, n).tasks.empty()); // nothing due on a closed case
}

TEST_CASE("the answer returns the case to where the request was made", "[deadline][dialogue]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2026-09-20");
    const QString n = importExample(t, QStringLiteral("2026-09-14"), false);
    REQUIRE(work.startCompletenessCheck(n).ok());
    REQUIRE(work.requestInfo(n, QStringLiteral("Søknaden mangler DPIA")).ok());
    CHECK(ola.load(n)->summary.status == CaseStatus::WaitingForApplicant);
    CHECK_FALSE(work.requestInfo(n, QStringLiteral("igjen")).ok());
    CHECK_FALSE(work.infoReceived(n, QDate(2026, 9, 19)).ok()); // before the request
    CHECK_FALSE(work.infoReceived(n, QDate(2026, 9, 21)).ok()); // in the future
    setToday("2026-09-25");
    REQUIRE(work.infoReceived(n, QDate(2026, 9, 24)).ok());
    auto rec = ola.load(n);
    CHECK(rec->summary.status == CaseStatus::CompletenessCheck);
    CHECK(rec->casework.infoRequests.front().answeredOn == QDate(2026, 9, 24));
    CHECK(rec->events.back().detail.contains(QStringLiteral("back to completeness-check")));
    // A pause before the application was complete costs the clock nothing.
    REQUIRE(work.complete(n).ok());
    CHECK(deadlinesOf(t, n).statutoryDeadline == QDate(2026, 12, 18));
    CHECK(deadlinesOf(t, n).usedWorkingDays == 0);
}

TEST_CASE("forvaltningsloven § 11 a: a preliminary reply is a task until it is sent", "[deadline][preliminary]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2026-10-15");
    const QString n = importExample(t, QStringLiteral("2026-09-14"), true);
    DeadlineStatus d = deadlinesOf(t, n);
    CHECK(d.preliminaryReplyDue == QDate(2026, 10, 14));
    REQUIRE_FALSE(d.tasks.empty());
    CHECK(d.tasks.front().kind == TaskKind::PreliminaryReply);
    CHECK(d.tasks.front().overdue);
    CHECK_FALSE(work.recordPreliminaryReply(n, QDate(2026, 10, 16)).ok()); // not yet happened
    REQUIRE(work.recordPreliminaryReply(n, QDate(2026, 10, 13)).ok());
    CHECK_FALSE(work.recordPreliminaryReply(n).ok()); // once
    d = deadlinesOf(t, n);
    CHECK(d.preliminaryReplySentOn == QDate(2026, 10, 13));
    CHECK(d.tasks.empty());

    // No reply is needed when the decision is due within the month anyway.
    auto admin = t.as(QStringLiteral("admin"));
    REQUIRE(
        changeSetting(t.db(), admin.actor(), QStringLiteral("deadline.singleSourceWorkingDays"), QStringLiteral("15"))
            .ok());
    const QString quick = importExample(t, QStringLiteral("2026-10-15"), true);
    REQUIRE(work.complete(quick).ok());
    d = deadlinesOf(t, quick);
    CHECK(d.statutoryDeadline == QDate(2026, 11, 5));
    CHECK(d.tasks.size() == 1);
    CHECK(d.tasks.front().kind == TaskKind::StatutoryDeadline);
}

TEST_CASE("consultations are due and overdue per registry", "[deadline][consultation]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2026-10-01");
    const QString n = importExample(t, QStringLiteral("2026-09-14"), false);
    REQUIRE(work.recordPreliminaryReply(n).ok());
    CHECK_FALSE(work.consult(n, QStringLiteral("KRG"), QDate(2026, 10, 15)).ok()); // not requested
    CHECK_FALSE(work.consult(n, QStringLiteral("MFR"), QDate(2026, 10, 1)).ok());  // due must be later
    REQUIRE(work.consult(n, QStringLiteral("MFR"), QDate(2026, 10, 15)).ok());
    REQUIRE(work.consult(n, QStringLiteral("NPR"), QDate(2026, 10, 22)).ok());
    CHECK_FALSE(work.consult(n, QStringLiteral("MFR"), QDate(2026, 10, 20)).ok());             // already waiting
    CHECK_FALSE(work.consulted(n, QStringLiteral("DAR"), ConsultationAnswer::Grant, {}).ok()); // never asked

    setToday("2026-10-16");
    DeadlineStatus d = deadlinesOf(t, n);
    REQUIRE(d.tasks.size() == 2);
    CHECK(d.tasks[0].registry == QStringLiteral("MFR"));
    CHECK(d.tasks[0].overdue);
    CHECK(d.tasks[0].workingDaysLeft == -1);
    CHECK(d.tasks[1].registry == QStringLiteral("NPR"));
    CHECK_FALSE(d.tasks[1].overdue);
    REQUIRE(
        work.consulted(n, QStringLiteral("MFR"), ConsultationAnswer::Partly, QStringLiteral("Uten farens id")).ok());
    auto rec = ola.load(n);
    CHECK(rec->events.back().detail.contains(QStringLiteral("late; due 2026-10-15")));
    CHECK(rec->casework.consultations.front().answer == ConsultationAnswer::Partly);
    CHECK_FALSE(rec->casework.consultations.front().isOverdue(today()));
    CHECK(rec->casework.deadlines.tasks.size() == 1);

    // The case list's batch gives the same as loading the case.
    auto all = CaseworkStore::openCaseDeadlines(t.db(), today());
    REQUIRE(all.ok());
    REQUIRE(all->count(rec->summary.id) == 1);
    const DeadlineStatus &batch = all->at(rec->summary.id);
    REQUIRE(batch.tasks.size() == rec->casework.deadlines.tasks.size());
    CHECK(batch.tasks.front().due == rec->casework.deadlines.tasks.front().due);
    CHECK(batch.linked == rec->casework.deadlines.linked);
}

TEST_CASE("the batch for the case list agrees with each case, paused or running", "[deadline][batch]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    CaseworkService work(ola);
    setToday("2026-11-02");
    const QString running = importExample(t, QStringLiteral("2026-09-14"), false);
    const QString waiting = importExample(t, QStringLiteral("2026-09-15"), true);
    REQUIRE(work.complete(running, QDate(2026, 9, 16)).ok());
    REQUIRE(work.complete(waiting, QDate(2026, 9, 16)).ok());
    REQUIRE(work.requestInfo(waiting, QStringLiteral("?"), QDate(2026, 10, 1)).ok());
    auto all = CaseworkStore::openCaseDeadlines(t.db(), today());
    REQUIRE(all.ok());
    for (const QString &n : {running, waiting}) {
        auto rec = ola.load(n);
        const DeadlineStatus &one = rec->casework.deadlines;
        const DeadlineStatus &batch = all->at(rec->summary.id);
        CHECK(batch.statutoryDeadline == one.statutoryDeadline);
        CHECK(batch.paused == one.paused);
        CHECK(batch.usedWorkingDays == one.usedWorkingDays);
        REQUIRE(batch.tasks.size() == one.tasks.size());
        for (size_t i = 0; i < one.tasks.size(); ++i) {
            CHECK(batch.tasks[i].kind == one.tasks[i].kind);
            CHECK(batch.tasks[i].due == one.tasks[i].due);
            CHECK(batch.tasks[i].overdue == one.tasks[i].overdue);
        }
    }
    CHECK(all->at(ola.load(waiting)->summary.id).paused);
    CHECK(all->at(ola.load(waiting)->summary.id).usedWorkingDays == 10); // 17–30 September
}
