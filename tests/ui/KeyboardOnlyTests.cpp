// The whole job without a mouse: import an application file, take the case, mark it complete,
// settle the legal assessment, draft, submit, approve as another user and send the decision
// letter, with key events alone (shortcuts, Alt+letters, Tab, arrows, Enter). The file,
// date and letter choices are answered through the dialogs' scripting facades, as in every
// GUI test; nothing calls a slot or clicks.
#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "casework/CaseView.h"
#include "casework/CaseworkDialogs.h"
#include "letters/LetterChoice.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void activate(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), static_cast<Qt::Key>(k), modifiers);
    QApplication::processEvents();
}

// Opens a menu of the menu bar by its Alt+letter and picks an item by its letters in turn
// (a letter two items share moves between them; Enter takes the one reached).
void menu(QWidget &window, Qt::Key menuKey, const QList<Qt::Key> &itemKeys)
{
    QTest::keyClick(focused(), menuKey, Qt::AltModifier);
    for (int i = 0; i < 20 && !QApplication::activePopupWidget(); ++i)
        QTest::qWait(10);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    for (Qt::Key k : itemKeys)
        if (QApplication::activePopupWidget() == popup) // a letter only one enabled item has takes it
            QTest::keyClick(popup, k);
    if (QApplication::activePopupWidget() == popup)
        QTest::keyClick(popup, Qt::Key_Return);
    QApplication::processEvents();
    // The offscreen platform does not hand the activation back when a popup closes, as a
    // window manager does.
    if (!QApplication::activePopupWidget() && !QApplication::activeModalWidget())
        QApplication::setActiveWindow(&window);
}

// Presses Tab until `target` has the focus (at most `presses` times).
bool tabTo(QWidget *target, int presses = 60)
{
    for (int i = 0; i < presses && !target->hasFocus(); ++i)
        key(Qt::Key_Tab);
    return target->hasFocus();
}

CaseRecord load(Session &session, const QString &number)
{
    auto rec = session.cases().load(number);
    REQUIRE(rec.ok());
    return rec.value();
}

} // namespace

TEST_CASE("from an application file to a sent decision letter with the keyboard alone", "[ui][keyboard][e2e]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    Session session;
    REQUIRE(session.createDemo(path).ok());
    MainWindow window(session);
    window.resize(1400, 860);
    activate(window);

    // Import (Ctrl+I): the new case is the current one.
    Dialogs::setNextFileName(test::specFile(QStringLiteral("example-application.json")));
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    const QString number = window.selectedCase();
    REQUIRE_FALSE(number.isEmpty());
    REQUIRE(QApplication::focusWidget()); // the import leaves the keyboard somewhere
    CHECK(load(session, number).summary.status == CaseStatus::Received);

    // Case → Take the case (Alt+C, T); Case → Application is complete (Alt+C, P), on
    // today's date.
    menu(window, Qt::Key_C, {Qt::Key_T});
    CHECK_FALSE(load(session, number).summary.assignee.isEmpty()); // taken
    Dialogs::setNextConfirmation(true);
    CaseworkDialogs::setNextDate(today());
    menu(window, Qt::Key_C, {Qt::Key_P});
    REQUIRE(load(session, number).completedOn.isValid());

    // The casework tab (Alt+K), Tab into the assessment table; each check: Tab to the result
    // (Fulfilled is offered), Tab to the note, Enter saves; Shift+Tab twice back, Down.
    QTest::keyClick(&window, Qt::Key_K, Qt::AltModifier);
    auto *assessment = window.findChild<QTableView *>(QStringLiteral("assessmentTable"));
    REQUIRE(assessment);
    window.findChild<QWidget *>(QStringLiteral("caseTabs"))->setFocus(Qt::TabFocusReason);
    REQUIRE(tabTo(assessment));
    const int rows = assessment->model()->rowCount();
    REQUIRE(rows > 0);
    key(Qt::Key_Home, Qt::ControlModifier);
    for (int r = 0; r < rows; ++r) {
        if (r > 0) {
            key(Qt::Key_Backtab, Qt::ShiftModifier);
            key(Qt::Key_Backtab, Qt::ShiftModifier);
            REQUIRE(assessment->hasFocus());
            key(Qt::Key_Down);
        }
        REQUIRE(assessment->currentIndex().row() == r);
        key(Qt::Key_Tab); // the result
        key(Qt::Key_Tab); // the note
        REQUIRE(focused()->objectName() == QStringLiteral("assessmentNote"));
        key(Qt::Key_Return);
    }
    for (const AssessmentEntry &e : load(session, number).casework.assessment.entries)
        CHECK((!e.required || e.settled()));

    // Draft (Ctrl+D) and submit (Ctrl+Shift+G).
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(load(session, number).currentDecision());
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(load(session, number).currentDecision()->status == DecisionStatus::Submitted);

    // Another user approves: finds the case (Ctrl+F, typing its number, Tab to the list,
    // Down to its row) and approves (Ctrl+G, confirmed).
    {
        qputenv("FELLESVEDTAK_USER", "sofie.aas");
        Session other;
        const Status opened = other.open(path);
        qunsetenv("FELLESVEDTAK_USER");
        REQUIRE(opened.ok());
        MainWindow approver(other);
        approver.resize(1400, 860);
        activate(approver);
        QTest::keyClick(&approver, Qt::Key_F, Qt::ControlModifier);
        REQUIRE(approver.searchField()->hasFocus());
        QTest::keyClicks(approver.searchField(), number);
        QTest::qWait(50);
        QTest::qWait(400); // the search runs as the typing pauses
        key(Qt::Key_Tab);
        INFO("after Tab: " << focused()->metaObject()->className() << " " << focused()->objectName().toStdString());
        REQUIRE(approver.caseTable()->hasFocus());
        key(Qt::Key_Down);
        key(Qt::Key_Up);
        REQUIRE(approver.selectedCase() == number);
        Dialogs::setNextConfirmation(true);
        QTest::keyClick(&approver, Qt::Key_G, Qt::ControlModifier);
        CHECK(load(other, number).currentDecision()->status == DecisionStatus::Approved);
    }

    // Back in the first window: Case → Send letter (Alt+C, L), the decision letter.
    activate(window);
    window.refresh();
    setNextLetterChoice(LetterChoice{LetterKind::Decision, load(session, number).application.language});
    menu(window, Qt::Key_C, {Qt::Key_L});
    const CaseRecord sent = load(session, number);
    INFO("send enabled " << window.action(QStringLiteral("sendLetter"))->isEnabled() << " message "
                         << window.messageBar()->text().toStdString() << " current "
                         << window.selectedCase().toStdString());
    REQUIRE(sent.documents.size() == 1); // the decision letter, stored as sent
    CHECK(sent.documents.front().kind == QStringLiteral("decision"));
}
