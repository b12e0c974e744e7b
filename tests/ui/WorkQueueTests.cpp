// The caseworker's home view and the statistics window: the views of the work queue with
// their counts, overdue work shown in words and icons as well as colour, the case list that
// loads lazily and searches as you type, and the statistics charts and CSV export.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "casework/CaseView.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "demo/Generator.h"
#include "search/CaseListModel.h"
#include "search/WorkQueue.h"
#include "search/WorkQueueModel.h"
#include "search/WorkQueueView.h"
#include "statistics/StatisticsView.h"
#include "widgets/Dialogs.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

Application example(const QString &reference, int sources)
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    if (!app)
        throw std::runtime_error(app.error().toString().toStdString());
    Application a = app.value();
    a.reference = reference;
    a.dataSources.resize(static_cast<size_t>(sources));
    if (sources == 1)
        a.linkage.reset();
    return a;
}

// A small office on 2026-11-22 with one case in each situation the views tell apart.
struct Office
{
    test::TempDb t;
    QString overdue, waiting, consulting, submitted, fresh;

    Office()
    {
        qputenv("FELLESVEDTAK_TODAY", "2026-09-15"); // the example was received 14 September
        CaseService ola = t.as(QStringLiteral("ola"));
        CaseworkService work(ola);
        const auto reg = [&](const char *ref, int sources) {
            return ola.registerApplication(example(QLatin1String(ref), sources), QStringLiteral("x")).value();
        };
        overdue = reg("HD-Q-1", 1);
        waiting = reg("HD-Q-2", 1);
        consulting = reg("HD-Q-3", 2);
        submitted = reg("HD-Q-4", 1);
        fresh = reg("HD-Q-5", 1);
        for (const QString &n : {overdue, waiting, consulting, submitted})
            REQUIRE(work.take(n).ok());
        qputenv("FELLESVEDTAK_TODAY", "2026-10-01");
        for (const QString &n : {overdue, waiting, consulting, submitted}) // forvaltningsloven § 11 a
            REQUIRE(work.recordPreliminaryReply(n).ok());
        qputenv("FELLESVEDTAK_TODAY", "2026-09-15");
        REQUIRE(work.complete(overdue).ok()); // 30 working days from 15 September: overdue by 22 November
        REQUIRE(work.complete(consulting).ok());
        qputenv("FELLESVEDTAK_TODAY", "2026-11-20");
        REQUIRE(work.complete(waiting, QDate(2026, 11, 16)).ok());
        REQUIRE(work.requestInfo(waiting, QStringLiteral("Send protokollen")).ok());
        REQUIRE(work.consult(consulting, QStringLiteral("MFR"), QDate(2026, 12, 4)).ok());
        CaseService lise = t.as(QStringLiteral("lise"));
        CaseworkService lawyer(lise);
        auto rec = ola.load(submitted);
        REQUIRE(rec.ok());
        for (const AssessmentEntry &e : rec->casework.assessment.entries)
            if (e.required)
                REQUIRE(CaseworkService(needsLawyer(e.item) ? lise : ola)
                            .assess(submitted, e.item, AssessmentResult::Fulfilled, {})
                            .ok());
        DecisionService drafting(ola);
        REQUIRE(test::prepareForDraft(ola, submitted).ok());
        REQUIRE(drafting.draft(submitted).ok());
        REQUIRE(drafting.submit(submitted).ok());
        qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    }

    QStringList numbers(const WorkQueue &q, QueueKind kind)
    {
        QStringList out;
        for (const QueueItem &i : q.items(kind))
            out << i.summary.caseNumber;
        return out;
    }
};

} // namespace

TEST_CASE("the work queue sorts open cases into the caseworker's views", "[workqueue]")
{
    Office o;
    auto ola = Users::actor(o.t.db(), QStringLiteral("ola"));
    auto kari = Users::actor(o.t.db(), QStringLiteral("kari"));
    auto q = WorkQueue::load(o.t.db(), ola.value(), QDate(2026, 11, 22));
    REQUIRE(q.ok());
    CHECK(q->openCases() == 5);
    CHECK(o.numbers(q.value(), QueueKind::Mine).size() == 4);
    CHECK(o.numbers(q.value(), QueueKind::Unassigned) == QStringList{o.fresh});
    CHECK(o.numbers(q.value(), QueueKind::Overdue).contains(o.overdue));
    CHECK(o.numbers(q.value(), QueueKind::WaitingForApplicant) == QStringList{o.waiting});
    CHECK(o.numbers(q.value(), QueueKind::WaitingForRegistry) == QStringList{o.consulting});
    // Four eyes: the drafter's queue has no approvals; the decision-maker's has the draft.
    CHECK(q->count(QueueKind::AwaitingMyApproval) == 0);
    auto k = WorkQueue::load(o.t.db(), kari.value(), QDate(2026, 11, 22));
    REQUIRE(k.ok());
    CHECK(o.numbers(k.value(), QueueKind::AwaitingMyApproval) == QStringList{o.submitted});
    CHECK(k->count(QueueKind::Mine) == 0);
    // The most urgent first: the overdue case leads the list of my cases.
    CHECK(o.numbers(q.value(), QueueKind::Mine).first() == o.overdue);
}

TEST_CASE("overdue work reads without colour: words and an icon", "[workqueue][ui]")
{
    Office o;
    auto ola = Users::actor(o.t.db(), QStringLiteral("ola"));
    auto q = WorkQueue::load(o.t.db(), ola.value(), QDate(2026, 11, 22));
    REQUIRE(q.ok());
    WorkQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(q->items(QueueKind::Overdue), q->day());
    // The unassigned case owes its preliminary reply (due 14 October); the other is past the
    // statutory 30 working days (due 27 October).
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, WorkQueueModel::Number).data().toString() == o.fresh);
    CHECK(model.index(0, WorkQueueModel::Task).data().toString().contains(QStringLiteral("Preliminary reply")));
    CHECK(model.index(1, WorkQueueModel::Number).data().toString() == o.overdue);
    const QModelIndex urgency = model.index(1, WorkQueueModel::Urgency);
    CHECK(urgency.data().toString() == QStringLiteral("Overdue by 18 working days"));
    CHECK(!urgency.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(1, WorkQueueModel::Task).data().toString().contains(QStringLiteral("statutory")));
    model.setItems(q->items(QueueKind::WaitingForRegistry), q->day());
    CHECK(model.index(0, WorkQueueModel::Task).data().toString().contains(QStringLiteral("MFR")));
}

TEST_CASE("the home view shows counts, switches views by keyboard and opens a case", "[workqueue][ui]")
{
    Office o;
    const QString path = o.t.path();
    o.t.close();
    qputenv("FELLESVEDTAK_USER", "ola");
    Session session;
    REQUIRE(session.open(path).ok());
    MainWindow window(session);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.pages()->currentIndex() == 0); // home: the work queue
    WorkQueueView *queue = window.workQueue();
    CHECK(queue->views()->item(0)->text() == QStringLiteral("My cases  (4)"));
    CHECK(queue->views()->item(3)->text() == QStringLiteral("Overdue  (%1)").arg(queue->count(QueueKind::Overdue)));
    QTest::keyClick(&window, Qt::Key_6, Qt::AltModifier);
    CHECK(queue->currentKind() == QueueKind::WaitingForApplicant);
    CHECK(queue->table()->model()->rowCount() == 1);
    // Sortable: by case number, both ways.
    queue->showKind(QueueKind::Mine);
    queue->table()->sortByColumn(WorkQueueModel::Number, Qt::AscendingOrder);
    const QString first = queue->table()->model()->index(0, 0).data().toString();
    queue->table()->sortByColumn(WorkQueueModel::Number, Qt::DescendingOrder);
    CHECK(queue->table()->model()->index(0, 0).data().toString() > first);
    // Enter on a row opens the case in the detail pane beside the queue.
    queue->table()->setFocus();
    queue->table()->setCurrentIndex(queue->table()->model()->index(1, 0));
    queue->table()->setCurrentIndex(queue->table()->model()->index(0, 0));
    QTest::keyClick(queue->table(), Qt::Key_Return);
    CHECK(window.pages()->currentIndex() == 0);
    const QString opened = queue->table()->model()->index(0, 0).data().toString();
    CHECK(window.selectedCase() == opened);
    REQUIRE(window.caseView()->currentCase().has_value());
    CHECK(window.caseView()->currentCase()->summary.caseNumber == opened);
    CHECK(window.caseView()->isVisible());
    qunsetenv("FELLESVEDTAK_USER");
}

TEST_CASE("the case list loads lazily and searches as you type", "[workqueue][ui][search]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb t;
    REQUIRE(generateCases(t.db(), QStringLiteral("admin"), {700, 21}).ok());
    const QString path = t.path();
    t.close();
    qputenv("FELLESVEDTAK_USER", "astrid.lovas");
    Session session;
    REQUIRE(session.open(path).ok());
    MainWindow window(session);
    window.show();
    CaseFilter newest;
    newest.limit = 1;
    const QString last = session.cases().list(newest)->front().caseNumber;
    QAbstractItemModel *model = window.caseTable()->model();
    CHECK(model->rowCount() == 100); // a page, not the whole archive
    CHECK(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 200);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->index(0, CaseListModel::Number).data().toString() == last);

    window.search(QStringLiteral("ode"));
    const int ode = model->rowCount();
    window.search(QStringLiteral("odegard"));
    CHECK(model->rowCount() <= ode);
    REQUIRE(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        auto rec = session.cases().load(model->index(r, 0).data().toString());
        REQUIRE(rec.ok());
        QString people = rec->application.projectLeader.name;
        for (const Person &p : rec->application.personsWithAccess)
            people += p.name;
        CHECK(people.contains(QStringLiteral("Ødegård")));
    }
    // Back to everything, newest first.
    window.search(QString());
    CHECK(model->index(0, CaseListModel::Number).data().toString() == last);
    qunsetenv("FELLESVEDTAK_USER");
}

TEST_CASE("the statistics window draws its charts and exports every table", "[statistics][ui]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb t;
    REQUIRE(generateCases(t.db(), QStringLiteral("admin"), {3000, 42}).ok());
    const QString path = t.path();
    const QString dir = t.dir();
    t.close();
    qputenv("FELLESVEDTAK_USER", "astrid.lovas");
    Session session;
    REQUIRE(session.open(path).ok());
    {
        MainWindow window(session);
        window.resize(1500, 900);
        window.show();
        window.workQueue()->showKind(QueueKind::Overdue);
        CHECK(window.workQueue()->count(QueueKind::Overdue) > 0);
        CHECK(window.workQueue()->count(QueueKind::Mine) > 0);
        QApplication::processEvents();
        saveScreenshot(window, QStringLiteral("screenshot-workqueue.png"));

        window.action(QStringLiteral("statistics"))->trigger();
        StatisticsView *stats = window.statisticsView();
        REQUIRE(stats != nullptr);
        REQUIRE(stats->statistics().has_value());
        CHECK(stats->statistics()->registries.size() == 11);
        stats->resize(1500, 950);
        QApplication::processEvents();
        saveScreenshot(*stats, QStringLiteral("screenshot-statistics.png"));

        Dialogs::setNextFileName(QDir(dir).filePath(QStringLiteral("tall.csv")));
        stats->findChild<QPushButton *>(QStringLiteral("exportStatistics"))->click();
        for (const char *name : {"months", "processing-times", "registries", "outcomes"})
            CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("tall-%1.csv").arg(QLatin1String(name)))));
        CHECK(test::readFile(QDir(dir).filePath(QStringLiteral("tall-registries.csv")))
                  .startsWith("code,name,requested"));
    }
    qunsetenv("FELLESVEDTAK_USER");
}
