// The window acts on the case the user sees: one current case for the work queue, the case
// list and the detail pane; the search finds cases by number and says when it finds nothing;
// every action's enabled state and tooltip come from the rule book.
#include "CaseActions.h"
#include "Clock.h"
#include "CurrentCase.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "application/ApplicationJson.h"
#include "casework/CaseView.h"
#include "casework/CaseworkDialogs.h"
#include "casework/CaseworkService.h"
#include "casework/CaseworkStore.h"
#include "decision/DecisionEditor.h"
#include "decision/DecisionService.h"
#include "rules/Permissions.h"
#include "search/CaseListModel.h"
#include "search/CaseSearch.h"
#include "search/WorkQueueView.h"
#include "statistics/StatisticsView.h"
#include "storage/StatementCount.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

Application example(const QString &reference)
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    if (!app)
        throw std::runtime_error(app.error().toString().toStdString());
    Application a = app.value();
    a.reference = reference;
    a.dataSources.resize(1);
    a.linkage.reset();
    return a;
}

// Three cases taken by the adviser "ola", complete and assessed; `drafts` of them with a
// decision draft, and `submitted` of those sent for approval.
struct Office
{
    test::TempDb t;
    QStringList cases;

    Office(int drafts, int submitted)
    {
        CaseService ola = t.as(QStringLiteral("ola"));
        CaseworkService work(ola);
        DecisionService decisions(ola);
        for (int i = 1; i <= 3; ++i) {
            const QString n =
                ola.registerApplication(
                       example(QStringLiteral("HD-%1").arg(QLatin1String(
                           i == 1       ? "ALFA"
                               : i == 2 ? "BETA"
                                        : "GAMMA"))),
                       QStringLiteral("x"))
                    .value();
            REQUIRE(work.take(n).ok());
            REQUIRE(work.complete(n).ok());
            test::settleAssessment(t, n);
            if (i <= drafts)
                REQUIRE(decisions.draft(n).ok());
            if (i <= submitted)
                REQUIRE(decisions.submit(n).ok());
            cases << n;
        }
        t.close();
    }
};

// The window on `path` as `login`, shown and active (shortcuts need the focus).
struct Window
{
    Session session;
    std::unique_ptr<MainWindow> window;

    Window(const QString &path, const char *login)
    {
        qputenv("FELLESVEDTAK_USER", login);
        const Status opened = session.open(path);
        qunsetenv("FELLESVEDTAK_USER");
        REQUIRE(opened.ok());
        window = std::make_unique<MainWindow>(session);
        window->resize(1500, 900);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    // Selects `number` in the work queue's `kind` view, as a click would.
    void chooseInQueue(QueueKind kind, const QString &number)
    {
        window->pages()->setCurrentIndex(0);
        window->workQueue()->showKind(kind);
        QTableView *table = window->workQueue()->table();
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString() == number) {
                table->setFocus();
                table->setCurrentIndex(table->model()->index(r, 0));
                return;
            }
        FAIL("the case is not in that view of the work queue");
    }

    CaseRecord load(const QString &number)
    {
        auto rec = session.cases().load(number);
        REQUIRE(rec.ok());
        return rec.value();
    }
};

} // namespace

TEST_CASE("Ctrl+G approves the case chosen in the work queue, not the one opened before", "[ui][current]")
{
    Office o(2, 2);
    Window w(o.t.path(), "kari");
    const QString opened = o.cases[0], chosen = o.cases[1];
    REQUIRE(w.window->selectCase(opened));
    CHECK(w.window->caseView()->currentCase()->summary.caseNumber == opened);

    w.chooseInQueue(QueueKind::AwaitingMyApproval, chosen);
    CHECK(w.window->selectedCase() == chosen);
    CHECK(w.window->caseView()->currentCase()->summary.caseNumber == chosen);
    REQUIRE(w.window->action(QStringLiteral("approve"))->isEnabled());
    Dialogs::setNextConfirmation(true);
    QTest::keyClick(w.window.get(), Qt::Key_G, Qt::ControlModifier);
    CHECK(Dialogs::lastQuestion().contains(chosen));
    CHECK_FALSE(Dialogs::lastQuestion().contains(opened));
    CHECK(w.load(chosen).currentDecision()->status == DecisionStatus::Approved);
    CHECK(w.load(opened).currentDecision()->status == DecisionStatus::Submitted);
}

TEST_CASE("returning a draft asks about the case chosen in the work queue", "[ui][current]")
{
    Office o(2, 2);
    Window w(o.t.path(), "kari");
    const QString opened = o.cases[0], chosen = o.cases[1];
    REQUIRE(w.window->selectCase(opened));
    w.chooseInQueue(QueueKind::AwaitingMyApproval, chosen);
    REQUIRE(w.window->action(QStringLiteral("return"))->isEnabled());
    Dialogs::setNextText(QStringLiteral("Mangler vilkår om sletting."));
    w.window->action(QStringLiteral("return"))->trigger();
    CHECK(Dialogs::lastQuestion().contains(chosen));
    CHECK(w.load(chosen).currentDecision()->status == DecisionStatus::Draft);
    CHECK(w.load(opened).currentDecision()->status == DecisionStatus::Submitted);
}

TEST_CASE("Ctrl+E opens the decision of the case chosen in the work queue", "[ui][current]")
{
    Office o(2, 0);
    Window w(o.t.path(), "ola");
    const QString opened = o.cases[0], chosen = o.cases[1];
    REQUIRE(w.window->selectCase(opened));
    w.chooseInQueue(QueueKind::Mine, chosen);
    REQUIRE(w.window->action(QStringLiteral("editDecision"))->isEnabled());
    QTest::keyClick(w.window.get(), Qt::Key_E, Qt::ControlModifier);
    auto *editor = w.window->findChild<DecisionEditor *>();
    REQUIRE(editor != nullptr);
    CHECK(editor->caseNumber() == chosen);
    CHECK(editor->windowTitle().contains(chosen));
    editor->close();
}

TEST_CASE("a search that hides the current case leaves the pane and the actions on it", "[ui][current]")
{
    Office o(3, 0);
    Window w(o.t.path(), "ola");
    const QString shown = o.cases[0];
    REQUIRE(w.window->selectCase(shown));
    CHECK_FALSE(w.window->notInListNotice()->isVisible());
    w.window->search(QStringLiteral("beta")); // another case's reference
    QAbstractItemModel *model = w.window->caseTable()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == o.cases[1]);
    // The pane stays on the case and says it is not listed; the actions act on it.
    CHECK(w.window->selectedCase() == shown);
    CHECK(w.window->caseView()->currentCase()->summary.caseNumber == shown);
    REQUIRE(w.window->notInListNotice()->isVisible());
    CHECK(w.window->notInListNotice()->findChild<QLabel *>()->text().contains(shown));
    CHECK_FALSE(w.window->caseTable()->selectionModel()->currentIndex().isValid());
    w.window->action(QStringLiteral("editDecision"))->trigger();
    auto *editor = w.window->findChild<DecisionEditor *>();
    REQUIRE(editor != nullptr);
    CHECK(editor->caseNumber() == shown);
    editor->close();
    // The way back: the list shows the case again, highlighted.
    w.window->notInListNotice()->findChild<QPushButton *>(QStringLiteral("showInList"))->click();
    CHECK_FALSE(w.window->notInListNotice()->isVisible());
    const QModelIndex current = w.window->caseTable()->selectionModel()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data().toString() == shown);
}

TEST_CASE("a message about one case goes when another case is chosen", "[ui][current]")
{
    Office o(2, 0);
    Window w(o.t.path(), "ola");
    REQUIRE(w.window->selectCase(o.cases[0]));
    w.window->messageBar()->show(MessageBar::Kind::Error, QStringLiteral("about the first case"));
    REQUIRE(w.window->messageBar()->isVisible());
    const int top = w.window->pages()->mapTo(w.window.get(), QPoint()).y();
    w.chooseInQueue(QueueKind::Mine, o.cases[1]);
    CHECK(w.window->messageBar()->isHidden());
    // The bar takes no room of its own: showing or hiding it does not move the pages.
    CHECK(w.window->pages()->mapTo(w.window.get(), QPoint()).y() == top);
}

TEST_CASE("the search finds cases by number, says when nothing matches and hands over to the list", "[ui][search]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    const QString year = session.cases().list()->front().caseNumber.left(2);
    // In the core: "26/3" and "3" are case 26/00003.
    CaseFilter byNumber;
    byNumber.search = year + QStringLiteral("/3");
    byNumber.limit = 5;
    auto found = CaseSearch(session.database()).list(byNumber);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1); // a number with its year names one case
    CHECK(found->front().caseNumber == year + QStringLiteral("/00003"));
    CHECK(CaseSearch(session.database()).count(byNumber).value() == 1);
    byNumber.search = QStringLiteral("10");
    found = CaseSearch(session.database()).list(byNumber);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->empty());
    CHECK(found->front().caseNumber == year + QStringLiteral("/00010"));
    CHECK(CaseSearch(session.database()).count(byNumber).value() >= 1);

    MainWindow window(session);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QAbstractItemModel *model = window.caseTable()->model();
    window.search(year + QStringLiteral("/7"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == year + QStringLiteral("/00007"));

    // Nothing found: the list area says so.
    window.search(QStringLiteral("qqqzzzxx"));
    CHECK(model->rowCount() == 0);
    auto *none = window.findChild<QLabel *>(QStringLiteral("noMatches"));
    REQUIRE(none != nullptr);
    CHECK(none->isVisible());
    CHECK(none->text() == QStringLiteral("No matches"));
    window.search(QString());
    CHECK_FALSE(none->isVisible());

    // Down from the search field reaches the hits; Enter opens the first.
    window.search(year + QStringLiteral("/4"));
    QLineEdit *field = window.searchField();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Down);
    CHECK(window.caseTable()->hasFocus());
    CHECK(window.selectedCase() == year + QStringLiteral("/00004"));
    window.search(year + QStringLiteral("/5"));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(window.selectedCase() == year + QStringLiteral("/00005"));
    CHECK(window.caseView()->currentCase()->summary.caseNumber == year + QStringLiteral("/00005"));
}

TEST_CASE("Escape closes the statistics window", "[ui][statistics]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    window.show();
    window.action(QStringLiteral("statistics"))->trigger();
    StatisticsView *stats = window.statisticsView();
    REQUIRE(stats != nullptr);
    REQUIRE(stats->isVisible());
    QTest::keyClick(stats, Qt::Key_Escape);
    CHECK_FALSE(stats->isVisible());
}

TEST_CASE("a disabled action's tooltip is the rule book's refusal", "[ui][rules]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    {
        Session demo;
        REQUIRE(demo.createDemo(path).ok());
    }
    for (const char *login : {"sofie.aas", "ingrid.hauge"}) {
        Window w(path, login);
        REQUIRE(w.window->selectCase(w.session.cases().list()->front().caseNumber));
        const CaseRecord rec = *w.window->caseView()->currentCase();
        const User &user = w.session.user();
        const std::pair<const char *, Action> actions[] = {
            {"draft", Action::DraftDecision},
            {"approve", Action::ApproveDecision},
            {"return", Action::ReturnDecision},
            {"takeCase", Action::Take},
            {"assignCase", Action::Assign},
            {"import", Action::ImportApplication},
            {"registerManually", Action::RegisterApplication}};
        int refused = 0;
        for (const auto &[name, rule] : actions) {
            QAction *a = w.window->action(QLatin1String(name));
            REQUIRE(a != nullptr);
            const Status may = can(rule, user, &rec);
            if (may)
                continue;
            ++refused;
            INFO(login << " " << name);
            CHECK_FALSE(a->isEnabled());
            CHECK(a->toolTip() == may.error().message);
        }
        CHECK(refused >= 2);
    }
}

TEST_CASE("the completeness prompt says the DPIA attachment is missing when the application says it is done",
          "[ui][casework]")
{
    test::TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    const Application app = example(QStringLiteral("HD-DPIA"));
    REQUIRE(app.legalBasis.dpia == QStringLiteral("done")); // and no "dpia" attachment
    const QString number = ola.registerApplication(app, QStringLiteral("x")).value();
    REQUIRE(CaseworkService(ola).take(number).ok());
    t.close();
    Window w(t.path(), "ola");
    REQUIRE(w.window->selectCase(number));
    const CaseStatus before = w.load(number).summary.status;
    QAction *complete = w.window->action(QStringLiteral("markComplete"));
    REQUIRE(complete->isEnabled());
    Dialogs::setNextConfirmation(false);
    complete->trigger();
    CHECK(Dialogs::lastQuestion().contains(QStringLiteral("DPIA as an attachment")));
    CHECK(Dialogs::lastQuestion().contains(QStringLiteral("says it is done")));
    CHECK(w.load(number).summary.status == before); // declined: nothing changed
}

TEST_CASE("the date prompt reads dd.MM.yyyy and its title is not cut", "[ui][casework]")
{
    QWidget parent;
    const QString title = QStringLiteral("Søknaden er komplett – en lang tittel i Fellesvedtak");
    QString format;
    int width = 0;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        format = dialog->findChild<QDateEdit *>()->displayFormat();
        width = dialog->minimumWidth();
        dialog->reject();
    });
    CHECK_FALSE(CaseworkDialogs::date(&parent, title, QStringLiteral("Når?"), QDate(2026, 11, 22), {}, {}));
    CHECK(format == QStringLiteral("dd.MM.yyyy"));
    CHECK(width > parent.fontMetrics().horizontalAdvance(title));
}

TEST_CASE("the window title is the database, and the statistics headline says what it counts", "[ui][statistics]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    window.show();
    // The system adds the program's name once; the title itself does not repeat it.
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("Fellesvedtak")));
    CHECK(window.windowFilePath() == session.path());
    window.action(QStringLiteral("statistics"))->trigger();
    StatisticsView *stats = window.statisticsView();
    REQUIRE(stats != nullptr);
    CHECK_FALSE(stats->windowTitle().contains(QStringLiteral("Fellesvedtak")));
    int overdue = 0;
    auto open = CaseworkStore::openCaseDeadlines(session.database(), today());
    REQUIRE(open.ok());
    for (const auto &[id, deadline] : open.value())
        overdue += deadline.overdue ? 1 : 0;
    REQUIRE(overdue > 0); // the demo has open cases past their deadline
    QString headline;
    for (QLabel *label : stats->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("within the statutory deadline")))
            headline = label->text();
    CHECK(headline.contains(QStringLiteral("Share of the decisions made within the statutory deadline")));
    const QString overdueCaption = QStringLiteral("Open cases already past the statutory deadline");
    CHECK(headline.contains(overdueCaption));
    // The caption stands above its figure, so "1" never precedes a plural noun ("1 åpne saker").
    const qsizetype caption = headline.indexOf(overdueCaption);
    CHECK(headline.indexOf(QStringLiteral(">%1<").arg(overdue), caption) > caption);
}

// Screenshots of the window in both languages, when asked for (a hidden test):
// FV_SCREENSHOT_DIR=/tmp/shots tests/CurrentCaseTests "[.screenshots]"
TEST_CASE("screenshots of the window in bokmål and English", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        installTranslations(language);
        // Strings not yet in the .ts file (translations/pending), compiled by hand, for the docs.
        QTranslator pending;
        if (language == QLatin1String("nb") && pending.load(qEnvironmentVariable("FV_EXTRA_QM")))
            QCoreApplication::installTranslator(&pending);
        QTemporaryDir tmp;
        Session session;
        REQUIRE(session.createDemo(tmp.filePath(QStringLiteral("demo.db"))).ok());
        MainWindow window(session);
        window.resize(1400, 860);
        window.show();
        const auto shoot = [&](const QString &name) {
            QApplication::processEvents();
            CHECK(window.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
        };
        window.workQueue()->showKind(QueueKind::Overdue);
        if (window.workQueue()->table()->model()->rowCount() > 0)
            window.workQueue()->table()->setCurrentIndex(window.workQueue()->table()->model()->index(0, 0));
        window.caseView()->showTab(CaseView::CaseworkTab);
        shoot(QStringLiteral("workqueue"));
        REQUIRE(window.selectCase(QStringLiteral("26/00004")));
        window.caseView()->showTab(CaseView::DecisionTab);
        shoot(QStringLiteral("main"));
        REQUIRE(window.selectCase(QStringLiteral("26/00002")));
        window.caseView()->showTab(CaseView::CaseworkTab);
        shoot(QStringLiteral("casework"));
        window.resize(1400, 1500);
        shoot(QStringLiteral("casework-tall"));
        window.resize(1400, 860);
        window.caseView()->showTab(CaseView::DecisionTab);
        shoot(QStringLiteral("decision"));
        window.caseView()->showTab(CaseView::ApplicationTab);
        shoot(QStringLiteral("application"));
        REQUIRE(window.selectCase(QStringLiteral("26/00006"))); // a draft
        window.action(QStringLiteral("editDecision"))->trigger();
        if (auto *editor = window.findChild<DecisionEditor *>()) {
            editor->pages()->setCurrentIndex(DecisionEditor::FeePage);
            QApplication::processEvents();
            CHECK(editor->grab().save(QDir(dir).filePath(QStringLiteral("fee-%1.png").arg(language))));
            editor->close();
            delete editor;
        }
        window.search(QStringLiteral("finnesikke"));
        shoot(QStringLiteral("nohits"));
        window.search(QStringLiteral("26/3"));
        shoot(QStringLiteral("search"));
        window.action(QStringLiteral("statistics"))->trigger();
        window.statisticsView()->resize(1400, 900);
        QApplication::processEvents();
        CHECK(window.statisticsView()->grab().save(
            QDir(dir).filePath(QStringLiteral("statistics-%1.png").arg(language))));
    }
}

// Issue 13: the window loads the case it opens once, and hands it to every pane (on the team
// server each statement is a round trip).
TEST_CASE("opening a case in the window loads it once", "[ui][current][perf]")
{
    Office o(1, 0);
    Window w(o.t.path(), "ola");
    const qint64 beforeLoad = statementsRun();
    REQUIRE(w.session.cases().load(o.cases[0]).ok());
    const qint64 oneLoad = statementsRun() - beforeLoad;
    REQUIRE(w.window->openCase(o.cases[1]));
    const qint64 beforeOpening = statementsRun();
    REQUIRE(w.window->openCase(o.cases[0]));
    const qint64 opening = statementsRun() - beforeOpening;
    INFO("one load: " << oneLoad << " statements, opening the case in the window: " << opening);
    CHECK(w.window->selectedCase() == o.cases[0]);
    CHECK(w.window->caseView()->currentCase()->summary.caseNumber == o.cases[0]);
    CHECK(opening < 2 * oneLoad);   // one load, not two
    CHECK(opening <= oneLoad + 12); // and the pane's few lookups (registries, users, journal…)
}
