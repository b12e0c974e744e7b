// The demo is always today: made on any day, the same eleven stories stand in the same states with
// the same picture in the work queue, counted in working days on the Norwegian calendar. Ten are
// this year's open or recent cases; one was decided early last year and is in its follow-up.
#include "Clock.h"
#include "TestSupport.h"
#include "casework/Deadlines.h"
#include "demo/DemoCasework.h"
#include "demo/DemoData.h"
#include "followup/FollowUp.h"
#include "search/WorkQueue.h"
#include "storage/DatabaseKind.h"

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <map>

using namespace fv;
using fv::test::TempDb;

namespace {

// One case as a caseworker sees it on the day: what is due and how soon, in working days.
struct CaseLook
{
    QString number;
    CaseStatus status = CaseStatus::Received;
    QDate received;
    QString changeOf;
    bool paused = false;
    bool pastStatutory = false;
    int statutoryLeft = 0; // working days; meaningful when the deadline is known
    bool deadlineKnown = false;
    std::optional<CaseTask> urgent;
    int overdueTasks = 0;

    // What must not depend on the day the demo was made (the preliminary reply is due a
    // calendar month after receipt, so only whether it is overdue is compared).
    QString picture() const
    {
        QString s = toCode(status) + QStringLiteral(" paused=%1 late=%2").arg(paused).arg(pastStatutory);
        if (deadlineKnown)
            s += QStringLiteral(" left=%1").arg(statutoryLeft);
        if (urgent) {
            s += QStringLiteral(" urgent=") + toCode(urgent->kind) + QStringLiteral(" overdue=%1").arg(urgent->overdue);
            if (urgent->kind != TaskKind::PreliminaryReply)
                s += QStringLiteral(" in=%1").arg(urgent->workingDaysLeft);
        }
        return s + QStringLiteral(" overdueTasks=%1 change=%2").arg(overdueTasks).arg(!changeOf.isEmpty());
    }
};

struct DemoMade
{
    QDate day;
    std::map<QString, CaseLook> cases;   // by the application's reference number (without its year)
    std::map<QueueKind, int> queue;      // the decision-maker sofie.aas's work queue
    std::map<QueueKind, int> adminQueue; // the demo's maker, who holds every role
    DatabaseKind kind = DatabaseKind::Real;
    int events = 0;
};

DemoMade makeDemo(const QDate &day)
{
    test::ensureGuiApplication(); // the demo sends decision letters
    ScopedToday fixed(day);
    TempDb t;
    const Status made = createDemoData(t.db(), QStringLiteral("admin"));
    INFO(day.toString(Qt::ISODate).toStdString()
         << ": " << (made ? std::string() : made.error().toString().toStdString()));
    REQUIRE(made.ok());
    DemoMade d;
    d.day = day;
    d.kind = databaseKind(t.db()).value();
    d.events = t.db().scalar(QStringLiteral("SELECT count(*) FROM event")).value().toInt();
    CaseService admin = t.as(QStringLiteral("admin"));
    auto list = admin.list(CaseFilter{});
    REQUIRE(list.ok());
    for (const CaseSummary &summary : list.value()) {
        auto rec = admin.load(summary.caseNumber);
        REQUIRE(rec.ok());
        const DeadlineStatus &dl = rec->casework.deadlines;
        CaseLook c;
        c.number = summary.caseNumber;
        c.status = summary.status;
        c.received = summary.received;
        c.changeOf = rec->changeOfCaseNumber;
        c.paused = dl.paused;
        c.pastStatutory = dl.overdue;
        c.deadlineKnown = dl.statutoryDeadline.isValid() && !dl.decidedOn.isValid();
        c.statutoryLeft = dl.remainingWorkingDays;
        if (const CaseTask *task = dl.mostUrgent())
            c.urgent = *task;
        for (const CaseTask &task : dl.tasks)
            c.overdueTasks += task.overdue;
        d.cases.emplace(summary.reference.section(QLatin1Char('-'), 2), c);
    }
    for (const auto &[login, queue] :
         {std::pair{QStringLiteral("sofie.aas"), &d.queue}, std::pair{QStringLiteral("admin"), &d.adminQueue}}) {
        auto user = Users::actor(t.db(), login);
        REQUIRE(user.ok());
        auto wq = WorkQueue::load(t.db(), user.value(), today());
        REQUIRE(wq.ok());
        for (QueueKind k : allQueueKinds())
            (*queue)[k] = wq->count(k);
    }
    return d;
}

// The application decided early last year whose project ended without an end report.
const QString followUpCase = QStringLiteral("000093");

int countIf(const DemoMade &d, const std::function<bool(const CaseLook &)> &pred)
{
    int n = 0;
    for (const auto &[ref, c] : d.cases)
        n += pred(c);
    return n;
}

bool isOpen(const CaseLook &c)
{
    return c.status != CaseStatus::Decided && c.status != CaseStatus::LetterSent && c.status != CaseStatus::Closed;
}

// The picture the issue asks for, on whatever day the demo was made.
void checkPicture(const DemoMade &d)
{
    INFO("demo made on " << d.day.toString(Qt::ISODate).toStdString());
    WorkingDayCalendar calendar;
    calendar.setExtraClosedMonthDays({{12, 24}, {12, 31}}); // the office's default closing days
    REQUIRE(d.cases.size() == 11);
    CHECK(d.kind == DatabaseKind::Demo);

    std::map<CaseStatus, int> perStatus;
    for (const auto &[ref, c] : d.cases)
        ++perStatus[c.status];
    CHECK(perStatus[CaseStatus::Decided] == 1);    // its letter waiting to be sent
    CHECK(perStatus[CaseStatus::LetterSent] == 2); // delivery under way; the old case's project over
    CHECK(perStatus[CaseStatus::AwaitingApproval] == 2);
    CHECK(perStatus[CaseStatus::DecisionDraft] == 2);
    CHECK(perStatus[CaseStatus::WaitingForApplicant] == 1);
    CHECK(perStatus[CaseStatus::Received] == 1);

    // Exactly one open case past its statutory deadline, and it waits for approval.
    CHECK(countIf(d, [](const CaseLook &c) { return c.pastStatutory; }) == 1);
    CHECK(countIf(d, [](const CaseLook &c) { return c.pastStatutory && c.status == CaseStatus::AwaitingApproval; })
          == 1);
    // One awaiting approval in good time.
    CHECK(countIf(d,
                  [](const CaseLook &c) {
                      return c.status == CaseStatus::AwaitingApproval && c.deadlineKnown && c.statutoryLeft > 5;
                  })
          == 1);
    // One due this week: the statutory deadline within five working days, not yet passed.
    CHECK(countIf(d,
                  [](const CaseLook &c) {
                      return c.deadlineKnown && !c.pastStatutory && c.statutoryLeft >= 0 && c.statutoryLeft <= 5;
                  })
          == 1);
    // One waiting for the applicant, the answer due in a few working days.
    CHECK(countIf(d,
                  [](const CaseLook &c) {
                      return c.paused && c.urgent && c.urgent->kind == TaskKind::ApplicantAnswer && !c.urgent->overdue
                          && c.urgent->workingDaysLeft >= 1 && c.urgent->workingDaysLeft <= 5;
                  })
          == 1);
    // Open cases mostly in time: no more than three have anything overdue.
    CHECK(countIf(d, [](const CaseLook &c) { return isOpen(c) && c.overdueTasks > 0; }) == 3);

    // Numbers of the year each case was received; nothing received after today; the newest
    // case just in, the decided ones from the last months.
    QDate newest;
    for (const auto &[ref, c] : d.cases) {
        INFO(c.number.toStdString());
        CHECK(c.number.left(2).toInt() == c.received.year() % 100);
        CHECK(c.received <= d.day);
        if (ref == followUpCase) // decided early last year; its project has ended since
            CHECK((c.received >= d.day.addMonths(-24) && c.received <= d.day.addMonths(-18)));
        else
            CHECK(c.received >= d.day.addMonths(-7));
        newest = std::max(newest, c.received);
    }
    CHECK(calendar.workingDaysBetween(newest, d.day) <= 5);
    // The change applications point at the right earlier cases.
    CHECK(d.cases.at(QStringLiteral("000688")).changeOf == d.cases.at(QStringLiteral("000212")).number);
    CHECK(d.cases.at(QStringLiteral("000702")).changeOf == d.cases.at(QStringLiteral("000261")).number);
}

const std::vector<QDate> &days()
{
    static const std::vector<QDate> list = {
        QDate(2026, 11, 22),                     // the Sunday the stories were written for
        QDate(2026, 12, 6),                      // the day this was built
        QDate(2027, 1, 4),                       // the first working day of a new year
        QDate(2027, 3, 29),                      // Easter Monday
        QDate(2027, 3, 24),                      // Wednesday before Easter
        QDate(2027, 5, 17),                      // Constitution Day
        QDate(2027, 6, 15),  QDate(2027, 12, 6), // a year on
        QDate(2027, 12, 24),                     // Christmas Eve (closed)
        QDate(2028, 1, 2),                       // a Sunday after New Year
        QDate(2031, 12, 30),
    };
    return list;
}

} // namespace

TEST_CASE("the demo tells its stories relative to the day it is made", "[demo]")
{
    const DemoMade base = makeDemo(QDate(2026, 11, 22));
    checkPicture(base);
    for (const QDate &day : days()) {
        const DemoMade d = makeDemo(day);
        checkPicture(d);
        INFO("demo made on " << day.toString(Qt::ISODate).toStdString());
        for (const auto &[ref, c] : base.cases) {
            INFO("application " << ref.toStdString() << " (" << d.cases.at(ref).number.toStdString() << ")");
            CHECK(d.cases.at(ref).picture() == c.picture());
        }
        // The work queue shows the same picture.
        CHECK(d.queue == base.queue);
        CHECK(d.adminQueue == base.adminQueue);
        CHECK(d.queue.at(QueueKind::AwaitingMyApproval) == 2);
        CHECK(d.adminQueue.at(QueueKind::WaitingForApplicant) == 1);
        CHECK(d.adminQueue.at(QueueKind::Overdue) == 3);
        // The follow-up views show something: BIV not delivered months after the covid study's
        // letter, and the hip-fracture study past its end without a report.
        CHECK(d.adminQueue.at(QueueKind::DataNotDelivered) == 1);
        CHECK(d.adminQueue.at(QueueKind::EndReportMissing) == 1);
        CHECK(d.adminQueue.at(QueueKind::DeletionNotConfirmed) == 0);
        CHECK(d.events == base.events);
    }
}

TEST_CASE("the demo is the same picture on every day of a year", "[demo][slow]")
{
    const DemoMade base = makeDemo(QDate(2026, 11, 22));
    for (QDate day(2027, 1, 1); day.year() == 2027; day = day.addDays(23)) {
        const DemoMade d = makeDemo(day);
        INFO("demo made on " << day.toString(Qt::ISODate).toStdString());
        for (const auto &[ref, c] : base.cases)
            CHECK(d.cases.at(ref).picture() == c.picture());
        CHECK(d.adminQueue == base.adminQueue);
    }
}

TEST_CASE("across a new year, each case has the number of the year it was received", "[demo]")
{
    const DemoMade d = makeDemo(QDate(2027, 1, 8)); // the newest case came in after New Year
    std::map<int, int> perYear;
    for (const auto &[ref, c] : d.cases)
        ++perYear[c.received.year()];
    // The stories span the turn of the year, and the follow-up case is from the year before:
    // each year's number series starts at 00001.
    REQUIRE(perYear.size() == 3);
    for (const auto &[ref, c] : d.cases) {
        INFO(c.number.toStdString());
        CHECK(c.number.left(2).toInt() == c.received.year() % 100);
    }
    int firstOfEach = 0;
    for (const auto &[ref, c] : d.cases)
        firstOfEach += c.number.endsWith(QStringLiteral("/00001"));
    CHECK(firstOfEach == 3);
}

TEST_CASE("a day moved by the demo keeps its distance from today in working days", "[demo]")
{
    WorkingDayCalendar calendar;
    calendar.setExtraClosedMonthDays({{12, 24}, {12, 31}});
    const StoryDays easter(calendar, QDate(2027, 3, 29)); // Easter Monday: the story day is the Wednesday before
    CHECK(easter.storyDay() == QDate(2027, 3, 24));
    CHECK(easter(StoryDays::writtenFor()) == QDate(2027, 3, 24));
    CHECK(easter(QDate(2026, 11, 19)) == QDate(2027, 3, 23));
    // Two working days after the story day: over Maundy Thursday, Good Friday and Easter Monday.
    CHECK(easter(QDate(2026, 11, 24)) == QDate(2027, 3, 31));
    const StoryDays same(calendar, QDate(2026, 11, 22));
    CHECK(same(QDate(2026, 6, 8)) == QDate(2026, 6, 8));
    CHECK(same(QDate(2026, 11, 26)) == QDate(2026, 11, 26));
}

TEST_CASE("demo cases go only into a database without cases, and a refusal changes nothing", "[demo]")
{
    test::ensureGuiApplication();
    ScopedToday fixed(QDate(2026, 12, 6));
    TempDb t;
    REQUIRE(createDemoData(t.db(), QStringLiteral("admin")).ok());
    const int events = t.db().scalar(QStringLiteral("SELECT count(*) FROM event")).value().toInt();
    const Status again = createDemoData(t.db(), QStringLiteral("admin"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already has cases")));
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM event")).value().toInt() == events);
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM fv_case")).value().toInt() == 11);
}

TEST_CASE("the demo has deliveries and a project past its end, so the follow-up has something to show", "[demo]")
{
    test::ensureGuiApplication();
    for (const QDate &day : {QDate(2026, 12, 7), QDate(2027, 1, 4), QDate(2027, 3, 24), QDate(2027, 3, 29)}) {
        INFO("demo made on " << day.toString(Qt::ISODate).toStdString());
        ScopedToday fixed(day);
        TempDb t;
        REQUIRE(createDemoData(t.db(), QStringLiteral("admin")).ok());
        CaseService admin = t.as(QStringLiteral("admin"));
        auto list = admin.list(CaseFilter{});
        REQUIRE(list.ok());
        std::map<QString, CaseRecord> byRef;
        for (const CaseSummary &s : list.value())
            byRef.emplace(s.reference.section(QLatin1Char('-'), 2), admin.load(s.caseNumber).value());

        // The covid study: letter sent months ago; four delivered, KPR delayed with a reason, BIV ordered.
        const CaseRecord &covid = byRef.at(QStringLiteral("000212"));
        CHECK(covid.summary.status == CaseStatus::LetterSent);
        const QDate letter = followup::decisionLetterSentOn(covid);
        REQUIRE(letter.isValid());
        CHECK(letter < day.addMonths(-3));
        for (const char *r : {"SYSVAK", "MSIS", "NPR", "DAR"}) {
            const Delivery *dl = covid.followUp.delivery(QLatin1String(r));
            REQUIRE(dl);
            CHECK(dl->state() == DeliveryState::Delivered);
            CHECK((dl->deliveredOn > letter && dl->deliveredOn < day));
        }
        REQUIRE(covid.followUp.delivery(QStringLiteral("KPR")));
        CHECK(covid.followUp.delivery(QStringLiteral("KPR"))->state() == DeliveryState::Delayed);
        CHECK_FALSE(covid.followUp.delivery(QStringLiteral("KPR"))->delayReason.isEmpty());
        REQUIRE(covid.followUp.delivery(QStringLiteral("BIV")));
        CHECK(covid.followUp.delivery(QStringLiteral("BIV"))->state() == DeliveryState::Ordered);
        CHECK(followup::deliveryDue(covid) < day); // overdue, not years ago
        CHECK(followup::deliveryDue(covid) > day.addMonths(-6));

        // The hip-fracture study: delivered, its project ended some months ago, no end report.
        const CaseRecord &old = byRef.at(followUpCase);
        CHECK(old.summary.status == CaseStatus::LetterSent);
        for (const char *r : {"NPR", "LMR"}) {
            const Delivery *dl = old.followUp.delivery(QLatin1String(r));
            REQUIRE(dl);
            CHECK(dl->state() == DeliveryState::Delivered);
        }
        CHECK_FALSE(old.followUp.delivery(QStringLiteral("LMR"))->delayReason.isEmpty());
        CHECK(old.application.project.end < day.addMonths(-1));
        CHECK(old.application.project.end > day.addMonths(-6));
        CHECK(old.application.project.deletionDate > day); // deletion not yet due
        CHECK_FALSE(old.followUp.end.reportOn.isValid());

        // Antibiotics: approved, its decision letter waiting to be sent.
        CHECK(byRef.at(QStringLiteral("000261")).summary.status == CaseStatus::Decided);
    }
}
