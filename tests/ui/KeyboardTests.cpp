// A caseworker with the keyboard alone and a screen reader: Tab leaves every table and text
// editor, Ctrl+Tab types a tab, Escape closes the statistics window, a refused import keeps
// the focus where the keyboard can reach the message, confirmations and refusals are read out,
// an invalid field names its error and a disabled action says why.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "application/ApplicationForm.h"
#include "decision/DecisionEditor.h"
#include "letters/LetterTemplateDialog.h"
#include "statistics/StatisticsView.h"
#include "widgets/AccessibleStyle.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyleOption>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

struct Demo
{
    QTemporaryDir dir;
    Session session;
    Demo() { REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok()); }
};

QString caseWithDraft(Session &session)
{
    return test::firstCaseWithDraft(session.cases());
}

void showActive(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

QString spoken(QObject *o, QAccessible::Text t = QAccessible::Name)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(o);
    return iface ? iface->text(t) : QString();
}

} // namespace

TEST_CASE("Tab and Shift+Tab leave every list and table", "[ui][keyboard]")
{
    Demo demo;
    MainWindow window(demo.session);
    showActive(window);
    REQUIRE(window.selectCase(QStringLiteral("26/00003")));
    DecisionEditor editor(demo.session, caseWithDraft(demo.session));
    StatisticsView stats(demo.session);
    for (QWidget *w :
         {static_cast<QWidget *>(&window), static_cast<QWidget *>(&editor), static_cast<QWidget *>(&stats)})
        for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>()) {
            if (view->inherits("QComboBoxListView") || view->inherits("QCalendarView"))
                continue; // popups: Tab there is the popup's own
            INFO(view->metaObject()->className() << "#" << view->objectName().toStdString());
            CHECK_FALSE(view->tabKeyNavigation());
        }

    window.caseTable()->setFocus();
    REQUIRE(window.caseTable()->hasFocus());
    QTest::keyClick(window.caseTable(), Qt::Key_Down);
    QTest::keyClick(window.caseTable(), Qt::Key_Tab);
    CHECK_FALSE(window.caseTable()->hasFocus());
    window.caseTable()->setFocus();
    QTest::keyClick(window.caseTable(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK_FALSE(window.caseTable()->hasFocus());
}

TEST_CASE("in the decision editor Tab moves on to Begrunnelse and Ctrl+Tab types a tab", "[ui][keyboard]")
{
    Demo demo;
    DecisionEditor editor(demo.session, caseWithDraft(demo.session));
    showActive(editor);
    editor.pages()->setCurrentIndex(DecisionEditor::TextsPage);
    auto *legalBasis = editor.findChild<QPlainTextEdit *>(QStringLiteral("legalBasis"));
    auto *reasons = editor.findChild<QPlainTextEdit *>(QStringLiteral("reasons"));
    REQUIRE(legalBasis);
    REQUIRE(reasons);
    for (QPlainTextEdit *e : editor.findChildren<QPlainTextEdit *>())
        CHECK(e->tabChangesFocus());

    legalBasis->setFocus();
    const QString before = legalBasis->toPlainText();
    QTest::keyClick(legalBasis, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(legalBasis->toPlainText().size() == before.size() + 1);
    CHECK(legalBasis->toPlainText().contains(QLatin1Char('\t')));
    CHECK(legalBasis->hasFocus());
    // Forward Tab reaches the reasons within a few presses (the standard-text button between).
    for (int i = 0; i < 4 && !reasons->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(reasons->hasFocus());
    CHECK_FALSE(legalBasis->toPlainText().endsWith(QStringLiteral("\t\t")));
}

TEST_CASE("the letter template editor lets Tab move on", "[ui][keyboard]")
{
    Demo demo;
    LetterTemplateDialog dialog(demo.session, QStringLiteral("26/00003"));
    showActive(dialog);
    dialog.editor()->setFocus();
    const QString before = dialog.editor()->toPlainText();
    QTest::keyClick(dialog.editor(), Qt::Key_Tab);
    CHECK_FALSE(dialog.editor()->hasFocus());
    CHECK(dialog.editor()->toPlainText() == before);
}

TEST_CASE("Escape closes the statistics window wherever the focus is", "[ui][keyboard]")
{
    Demo demo;
    MainWindow window(demo.session);
    window.show();
    window.action(QStringLiteral("statistics"))->trigger();
    StatisticsView *stats = window.statisticsView();
    REQUIRE(stats);
    REQUIRE(stats->isVisible());
    QApplication::setActiveWindow(stats);
    REQUIRE(QTest::qWaitForWindowActive(stats));
    auto *table = stats->tabs()->widget(1);
    stats->tabs()->setCurrentIndex(1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Escape);
    CHECK_FALSE(stats->isVisible());
}

TEST_CASE("a refused import is read out and the keyboard lands on the message", "[ui][keyboard][a11y]")
{
    Demo demo;
    QTemporaryDir files;
    const QString broken = files.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"application-v1\", \"reference\": ");
    }
    MainWindow window(demo.session);
    showActive(window);
    const int cases = window.caseTable()->model()->rowCount();
    window.setFocus();
    QApplication::focusWidget() ? QApplication::focusWidget()->clearFocus() : void();
    Dialogs::setNextFileName(broken);
    window.action(QStringLiteral("import"))->trigger();
    MessageBar *bar = window.messageBar();
    REQUIRE(bar->isVisible());
    // A screen reader gets an alert named by the message itself.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::AlertMessage);
    CHECK(iface->text(QAccessible::Name) == bar->text());
    CHECK(iface->text(QAccessible::Name).contains(QStringLiteral("0 of 1")));
    // The focus is somewhere the keyboard can go on from: the message's close button.
    REQUIRE(QApplication::focusWidget());
    CHECK(bar->isAncestorOf(QApplication::focusWidget()));
    CHECK(window.caseTable()->model()->rowCount() == cases); // refused: nothing imported
}

TEST_CASE("a confirmation in the status bar is read out", "[ui][a11y]")
{
    Demo demo;
    MainWindow window(demo.session);
    window.show();
    REQUIRE(test::prepareForDraft(demo.session.cases(), QStringLiteral("26/00005")).ok());
    REQUIRE(window.selectCase(QStringLiteral("26/00005")));
    window.action(QStringLiteral("draft"))->trigger();
    const QString message = window.statusBar()->currentMessage();
    CHECK(message.contains(QStringLiteral("26/00005")));
    CHECK(spoken(window.statusBar()) == message);
}

TEST_CASE("a disabled Submit for approval says why, to the mouse and to a screen reader", "[ui][a11y]")
{
    Demo demo;
    MainWindow window(demo.session);
    window.show();
    REQUIRE(window.selectCase(QStringLiteral("26/00005"))); // received: no draft to submit
    QAction *submit = window.action(QStringLiteral("submit"));
    REQUIRE_FALSE(submit->isEnabled());
    CHECK_FALSE(submit->toolTip().isEmpty());
    QToolButton *button = nullptr;
    for (QToolButton *b : window.findChildren<QToolButton *>())
        if (b->defaultAction() == submit)
            button = b;
    REQUIRE(button);
    CHECK(spoken(button, QAccessible::Description) == submit->toolTip());
}

TEST_CASE("an invalid field says so to a screen reader", "[ui][a11y][validation]")
{
    Demo demo;
    ApplicationForm form(demo.session);
    form.show();
    CHECK_FALSE(form.save());
    QWidget *reference = form.field(QStringLiteral("reference"));
    REQUIRE(reference);
    CHECK_FALSE(spoken(reference).isEmpty());
    const QString error = spoken(reference, QAccessible::Description);
    CHECK(error.contains(form.errorAt(QStringLiteral("reference")).remove(QStringLiteral("⚠ "))));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("focus marks, selected rows and placeholders meet WCAG AA in the palette in use", "[ui][a11y][contrast]")
{
    const QPalette saved = QApplication::palette();
    QStyle *style = new AccessibleStyle;
    QApplication::setStyle(style);
    const QPalette p = QApplication::palette();
    CHECK(AccessibleStyle::contrast(p.color(QPalette::Highlight), p.color(QPalette::HighlightedText)) >= 4.5);
    CHECK(AccessibleStyle::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);

    // The focus mark, drawn on the window's background and on a selected row.
    const auto markContrast = [style](const QPalette &palette, bool selected) {
        QImage image(40, 20, QImage::Format_RGB32);
        const QColor ground = palette.color(selected ? QPalette::Highlight : QPalette::Window);
        image.fill(ground);
        QStyleOptionFocusRect option;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_HasFocus | (selected ? QStyle::State_Selected : QStyle::State_None);
        QPainter painter(&image);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
        painter.end();
        return AccessibleStyle::contrast(image.pixelColor(1, 10), ground);
    };
    CHECK(markContrast(p, false) >= 3.0);
    CHECK(markContrast(p, true) >= 3.0);
    // A high-contrast desktop palette (white on black) is followed, not overridden.
    QPalette dark(Qt::white, Qt::black, Qt::gray, Qt::darkGray, Qt::gray, Qt::white, Qt::white, Qt::black, Qt::black);
    style->polish(dark);
    CHECK(markContrast(dark, false) >= 3.0);
    CHECK(dark.color(QPalette::Window) == QColor(Qt::black));
    CHECK(AccessibleStyle::contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= 4.5);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(saved);
}
