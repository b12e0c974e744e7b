// Every window at 200 % on a 1920×1080 screen (issue 19: "Screenshots at 200 % of every window,
// nothing clipped"). Its own main(): Qt's scale factor 2 and a 1920×1080 offscreen screen must be
// set before the application object exists. Each window, each of its tabs and each work-queue
// view opens within the screen's available area, and no visible label, button or group title is
// cut: its text fits its width (or, wrapped, its height). FV_SCREENSHOT_DIR=… writes a PNG per
// window, tab and language; FV_UI_TEST_PLATFORM=xcb runs it under `xvfb-run -s "-screen 0
// 1920x1080x24"` instead.
#include "CaseActions.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "admin/RegistryCatalogueDialog.h"
#include "admin/UsersDialog.h"
#include "application/ApplicationForm.h"
#include "archive/JournalWindow.h"
#include "casework/CaseView.h"
#include "decision/ConditionLibraryDialog.h"
#include "decision/DecisionEditor.h"
#include "decision/PriceTableDialog.h"
#include "followup/FollowUp.h"
#include "help/HelpWindow.h"
#include "letters/LetterTemplateDialog.h"
#include "search/WorkQueueView.h"
#include "statistics/StatisticsView.h"
#include "widgets/ServerDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace fv;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

QString language()
{
    return installedUiLanguage() == UiLanguage::English ? QStringLiteral("en") : QStringLiteral("nb");
}

QString plain(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    QString out = rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    if (!rich) // the &-mnemonic is not drawn; && is one &
        out.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
            .remove(QLatin1Char('&'))
            .replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return out;
}

int widest(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    QString lines = text;
    lines.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    for (const QString &line : lines.split(QLatin1Char('\n')))
        w = qMax(w, fm.horizontalAdvance(line));
    return w;
}

QString where(QWidget *w, const QString &text)
{
    return QStringLiteral("%1#%2 \"%3\" (%4×%5)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(50))
        .arg(w->width())
        .arg(w->height());
}

// The visible texts of the window that do not fit the room they were given.
QStringList clipped(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = plain(label->text(), label->textFormat()).trimmed();
            if (text.isEmpty())
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    problems << where(w, text) + QStringLiteral(": wrapped text taller than the label");
            } else if (widest(label->fontMetrics(), text) > label->contentsRect().width() + 1) {
                problems << where(w, text) + QStringLiteral(": text wider than the label");
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            auto *tool = qobject_cast<QToolButton *>(w);
            if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            if (tool && tool->parentWidget() && tool->parentWidget()->inherits("QTabBar"))
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                problems << where(w, button->text()) + QStringLiteral(": text wider than the button");
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const QString title = plain(group->title(), Qt::PlainText);
            if (!title.isEmpty() && widest(group->fontMetrics(), title) > group->width())
                problems << where(w, title) + QStringLiteral(": title wider than the group");
        }
    }
    return problems;
}

struct Findings
{
    QStringList problems;
    int shots = 0;
};

// The window as shown now: within the screen, nothing clipped, and its picture.
void look(QWidget *window, const QString &name, Findings &found)
{
    settle();
    const QRect room = window->screen()->availableGeometry();
    // The window manager's title bar and frame come on top of the window's own size.
    const QSize withFrame = window->frameGeometry().size().expandedTo(window->size() + QSize(0, 32));
    if (withFrame.width() > room.width() || withFrame.height() > room.height())
        found.problems << QStringLiteral("%1: %2×%3 (with its title bar) on a screen of %4×%5")
                              .arg(name)
                              .arg(withFrame.width())
                              .arg(withFrame.height())
                              .arg(room.width())
                              .arg(room.height());
    for (const QString &p : clipped(window))
        found.problems << name + QStringLiteral(": ") + p;
    // A page that scrolls sideways hides its right-hand buttons (the Klage page's rows did): no
    // scroll area of the window may, whichever page or tab it is on.
    for (QScrollArea *area : window->findChildren<QScrollArea *>())
        if (area->isVisible() && area->window() == window && area->widget()
            && (area->horizontalScrollBar()->isVisible() || area->widget()->width() > area->viewport()->width()))
            found.problems << QStringLiteral("%1: %2 scrolls sideways (%3 wide in %4)")
                                  .arg(name, where(area->widget(), QString()))
                                  .arg(area->widget()->minimumSizeHint().width())
                                  .arg(area->viewport()->width());
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QString file = name;
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
        if (window->grab().save(QStringLiteral("%1/200-%2-%3.png").arg(dir, language(), file)))
            ++found.shots;
    }
}

QTabWidget *enclosingTabs(QWidget *w, QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(p))
            return tabs;
    return nullptr;
}

// The window, and every tab of every tab widget in it, nested ones too.
void lookEverywhere(QWidget *root, QWidget *window, const QString &name, Findings &found)
{
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || enclosingTabs(tabs, root) || tabs->window() != window)
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            const QString tabName = name + QLatin1Char('-')
                + plain(tabs->tabText(i), Qt::PlainText).section(QLatin1Char(' '), 0, 1);
            look(window, tabName, found);
            lookEverywhere(tabs->widget(i), window, tabName, found);
        }
        tabs->setCurrentIndex(0);
    }
}

void lookAt(QWidget *window, const QString &name, Findings &found)
{
    window->show();
    settle();
    look(window, name, found);
    lookEverywhere(window, window, name, found);
}

// A window a menu item opens modally: looked at while it is open, then closed.
bool lookAtModal(const std::function<void()> &open, const QString &name, Findings &found)
{
    bool seen = false;
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer.stop();
        seen = true;
        lookAt(modal, name, found);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    timer.start();
    open();
    timer.stop();
    return seen;
}

// Where the focused control is out of sight: the part of it that has the focus (a list's current
// row, an editor's cursor; else the whole control) outside the viewport of a scroll area it is in.
QString outOfView(QWidget *focus)
{
    const QRect cursor = focus->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const bool ownCursor = cursor != focus->QWidget::inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const QRect focusRect = ownCursor ? cursor : focus->rect();
    for (QWidget *p = focus->parentWidget(); p; p = p->parentWidget()) {
        auto *area = qobject_cast<QScrollArea *>(p);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(focus))
            continue;
        const QRect shown = area->viewport()->rect();
        const QRect at(focus->mapTo(area->viewport(), focusRect.topLeft()), focusRect.size());
        const bool fits = at.width() <= shown.width() && at.height() <= shown.height();
        if (fits ? !shown.contains(at) : !shown.intersects(at))
            return where(focus, focus->accessibleName())
                + QStringLiteral(" out of view at %1,%2 in %3×%4")
                      .arg(at.x())
                      .arg(at.y())
                      .arg(shown.width())
                      .arg(shown.height());
    }
    return {};
}

bool tabbable(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

QGroupBox *groupOf(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *g = qobject_cast<QGroupBox *>(p))
            return g;
    return nullptr;
}

// Tab goes top to bottom and left to right within a group, and from a group never back up to one
// above it in the same column (the registration form's right column comes after its left one).
bool goesBack(QWidget *page, QWidget *before, QWidget *after)
{
    if (before->isAncestorOf(after) || after->isAncestorOf(before))
        return false; // a scroll area's own stop and a control in it
    QWidget *fromBox = groupOf(before) ? groupOf(before) : before;
    QWidget *toBox = groupOf(after) ? groupOf(after) : after;
    if (fromBox != toBox) {
        before = fromBox;
        after = toBox;
    }
    const QRect from(before->mapTo(page, QPoint(0, 0)), before->size());
    const QRect to(after->mapTo(page, QPoint(0, 0)), after->size());
    if (fromBox != toBox)
        return to.top() < from.top() && to.left() < from.right() && from.left() < to.right();
    const bool sameLine = to.top() < from.bottom() && from.top() < to.bottom();
    return sameLine ? to.left() < from.left() : to.top() < from.top();
}

// The tab `index` chosen, Tab from its tab bar as a user does until the focus leaves the page:
// every control it lands on is in view and in reading order, and every control that takes Tab
// is reached.
void tabThrough(QTabWidget *tabs, int index, const QString &name, Findings &found)
{
    tabs->setCurrentIndex(index);
    QWidget *page = tabs->widget(index);
    tabs->tabBar()->setFocus(Qt::TabFocusReason);
    settle();
    // Scrolled to the end first: the page's first control must come into view when Tab enters it.
    QList<QScrollArea *> areas = page->findChildren<QScrollArea *>();
    if (auto *area = qobject_cast<QScrollArea *>(page))
        areas << area;
    for (QScrollArea *area : areas)
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QList<QWidget *> reached;
    for (int i = 0; i < 200; ++i) {
        REQUIRE(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        settle();
        QWidget *now = QApplication::focusWidget();
        const bool inPage = now && (now == page || page->isAncestorOf(now));
        if (!inPage && reached.isEmpty() && now && tabs->isAncestorOf(now))
            continue; // the tab bar's own scroll buttons, at 200 %
        if (inPage && !reached.isEmpty() && now == reached.constLast())
            continue; // Tab from link to link in a document
        if (!inPage || reached.contains(now))
            break;
        if (const QString problem = outOfView(now); !problem.isEmpty())
            found.problems << name + QStringLiteral(": ") + problem;
        if (!reached.isEmpty() && goesBack(page, reached.constLast(), now))
            found.problems << name + QStringLiteral(": Tab goes back from ") + where(reached.constLast(), {})
                    + QStringLiteral(" to ") + where(now, {});
        reached << now;
    }
    QList<QWidget *> controls = page->findChildren<QWidget *>();
    controls << page;
    for (QWidget *w : controls)
        if (tabbable(w) && !reached.contains(w))
            found.problems << name + QStringLiteral(": Tab never reaches ") + where(w, w->accessibleName());
}

void report(const Findings &found)
{
    INFO(language().toStdString() << ": " << found.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(found.problems.isEmpty());
}

QString caseWith(Session &session, const std::function<bool(const CaseRecord &)> &wanted)
{
    return test::firstCase(session.cases(), wanted);
}

struct Demo
{
    QTemporaryDir dir;
    Session session;
    Demo() { REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok()); }
};

// Each test in English and in bokmål, the windows made after the switch as the program does.
void inBothLanguages(const std::function<void(Findings &)> &body)
{
    for (UiLanguage l : {UiLanguage::English, UiLanguage::Bokmal}) {
        setUiLanguage(l);
        Findings found;
        body(found);
        report(found);
    }
    setUiLanguage(UiLanguage::English);
}

} // namespace

TEST_CASE("the test screen is 1920×1080 at 200 %", "[ui][a11y][size]")
{
    QScreen *screen = QGuiApplication::primaryScreen();
    REQUIRE(screen);
    CHECK(screen->devicePixelRatio() == 2.0);
    CHECK(screen->geometry().size() == QSize(960, 540));
    // The check sees a cut label: a long text in a narrow fixed-width label.
    QWidget w;
    auto *label = new QLabel(QStringLiteral("Søknaden er registrert og venter på behandling"), &w);
    label->setFixedWidth(60);
    w.show();
    settle();
    CHECK(clipped(&w).size() == 1);
    // And a page that scrolls sideways.
    QWidget page;
    auto *area = new QScrollArea(&page);
    auto *wide = new QWidget;
    wide->setMinimumWidth(2000);
    area->setWidget(wide);
    area->setWidgetResizable(true);
    area->resize(400, 300);
    page.resize(400, 300);
    page.show();
    Findings found;
    look(&page, QStringLiteral("self-check"), found);
    CHECK(found.problems.filter(QStringLiteral("scrolls sideways")).size() == 1);
}

TEST_CASE("the main window with each work-queue view and each tab of a case fits at 200 %", "[ui][a11y][size]")
{
    Demo demo;
    inBothLanguages([&](Findings &found) {
        MainWindow window(demo.session);
        window.show();
        settle();
        QListWidget *views = window.workQueue()->views();
        for (int i = 0; i < views->count(); ++i) {
            views->setCurrentRow(i);
            look(&window, QStringLiteral("main-queue-%1").arg(i + 1), found);
        }
        REQUIRE(window.selectCase(QStringLiteral("26/00003")));
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            look(&window, QStringLiteral("main-page-%1").arg(page + 1), found);
        }
        lookEverywhere(&window, &window, QStringLiteral("main"), found);
    });
}

// Each case's tabs show what that case has (deliveries, appeals, requests, notes): every case of
// the demo, every tab of the case, on the Cases page where the case has the least room.
TEST_CASE("every tab of every case fits at 200 % without scrolling sideways", "[ui][a11y][size]")
{
    Demo demo;
    auto cases = demo.session.cases().list();
    REQUIRE(cases.ok());
    REQUIRE(cases.value().size() >= 10);
    inBothLanguages([&](Findings &found) {
        MainWindow window(demo.session);
        window.show();
        window.pages()->setCurrentIndex(1);
        QTabWidget *tabs = window.caseView()->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        REQUIRE(tabs);
        for (const CaseSummary &c : cases.value()) {
            REQUIRE(window.selectCase(c.caseNumber));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(&window, QStringLiteral("case-%1-%2").arg(c.caseNumber, plain(tabs->tabText(i), Qt::PlainText)),
                     found);
            }
        }
    });
}

TEST_CASE("the decision editor, Registrer søknad and Statistikk fit at 200 % on every page", "[ui][a11y][size]")
{
    Demo demo;
    const QString draft = caseWith(demo.session, [](const CaseRecord &r) {
        const Decision *d = r.currentDecision();
        return d && d->status == DecisionStatus::Draft;
    });
    REQUIRE(!draft.isEmpty());
    inBothLanguages([&](Findings &found) {
        {
            DecisionEditor editor(demo.session, draft);
            lookAt(&editor, QStringLiteral("decision-editor"), found);
        }
        {
            ApplicationForm form(demo.session);
            lookAt(&form, QStringLiteral("register-application"), found);
        }
        {
            // The same dialog with a case's application in it (Sak → Rediger søknad).
            auto record = demo.session.cases().load(draft);
            REQUIRE(record.ok());
            ApplicationForm form(demo.session, record.value());
            lookAt(&form, QStringLiteral("edit-application"), found);
        }
        {
            StatisticsView stats(demo.session);
            stats.refresh();
            lookAt(&stats, QStringLiteral("statistics"), found);
        }
    });
}

TEST_CASE("the journal, the restanse list and the admin dialogs fit at 200 %", "[ui][a11y][size]")
{
    Demo demo;
    inBothLanguages([&](Findings &found) {
        {
            JournalWindow journal(demo.session, false);
            lookAt(&journal, QStringLiteral("journal"), found);
        }
        {
            JournalWindow restanse(demo.session, true);
            lookAt(&restanse, QStringLiteral("restanse"), found);
        }
        {
            UsersDialog users(demo.session);
            lookAt(&users, QStringLiteral("admin-users"), found);
        }
        {
            RegistryCatalogueDialog registries(demo.session);
            lookAt(&registries, QStringLiteral("admin-registries"), found);
        }
        {
            ConditionLibraryDialog conditions(demo.session);
            lookAt(&conditions, QStringLiteral("admin-conditions"), found);
        }
        {
            PriceTableDialog prices(demo.session);
            lookAt(&prices, QStringLiteral("admin-prices"), found);
        }
        {
            LetterTemplateDialog templates(demo.session, QStringLiteral("26/00003"));
            lookAt(&templates, QStringLiteral("admin-templates"), found);
        }
        {
            HelpWindow help;
            help.showChapter(HelpWindow::chapters().constFirst());
            lookAt(&help, QStringLiteral("help"), found);
        }
        {
            ServerDialog server;
            lookAt(&server, QStringLiteral("server-connect"), found);
        }
    });
}

TEST_CASE("the windows the menus open fit at 200 %: export, about, letter preview and sending", "[ui][a11y][size]")
{
    Demo demo;
    inBothLanguages([&](Findings &found) {
        MainWindow window(demo.session);
        window.show();
        settle();
        CHECK(lookAtModal(
            [&] { window.action(QStringLiteral("exportArchive"))->trigger(); }, QStringLiteral("export"), found));
        CHECK(lookAtModal([&] { window.action(QStringLiteral("about"))->trigger(); }, QStringLiteral("about"), found));
        // A case whose letter can be previewed and one whose letter can be sent.
        for (const QString &name : {QStringLiteral("printLetter"), QStringLiteral("sendLetter")}) {
            QAction *action = window.action(name);
            REQUIRE(action);
            const QString number = caseWith(demo.session, [&](const CaseRecord &r) {
                return window.selectCase(r.summary.caseNumber) && action->isEnabled();
            });
            INFO(name.toStdString());
            REQUIRE(!number.isEmpty());
            REQUIRE(window.selectCase(number));
            CHECK(lookAtModal([&] { action->trigger(); }, QStringLiteral("letter-") + name, found));
        }
    });
}

TEST_CASE("Tab at 200 % reaches every control of the reflowed pages in order and in view", "[ui][a11y][keyboard]")
{
    Demo demo;
    // One in progress, one just received, and one whose letter is sent (delivery and appeals open).
    const QString sent = caseWith(demo.session, [](const CaseRecord &r) {
        return followup::decisionLetterSentOn(r).isValid();
    });
    REQUIRE(!sent.isEmpty());
    inBothLanguages([&](Findings &found) {
        {
            MainWindow window(demo.session);
            window.show();
            QApplication::setActiveWindow(&window);
            REQUIRE(QTest::qWaitForWindowActive(&window));
            window.pages()->setCurrentIndex(1);
            auto *tabs = window.caseView()->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
            REQUIRE(tabs);
            for (const QString &number : {QStringLiteral("26/00003"), QStringLiteral("26/00010"), sent}) {
                REQUIRE(window.selectCase(number));
                for (int i = 0; i < tabs->count(); ++i)
                    tabThrough(tabs, i, number + QLatin1Char('-') + plain(tabs->tabText(i), Qt::PlainText), found);
            }
        }
        ApplicationForm form(demo.session);
        form.show();
        QApplication::setActiveWindow(&form);
        REQUIRE(QTest::qWaitForWindowActive(&form));
        auto *tabs = form.findChild<QTabWidget *>();
        REQUIRE(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            tabThrough(tabs, i, QStringLiteral("register-") + plain(tabs->tabText(i), Qt::PlainText), found);
    });
}

int main(int argc, char *argv[])
{
    // A 1920×1080 screen at Qt's scale factor 2: 960×540 logical pixels.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(
        R"({"screens":[{"name":"fhd","x":0,"y":0,"width":1920,"height":1080,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");
    file.close();
    const QByteArray platform = qgetenv("FV_UI_TEST_PLATFORM");
    qputenv("QT_QPA_PLATFORM", platform.isEmpty() ? "offscreen:configfile=" + config.toUtf8() : platform);
    // FV_SCALE_FACTOR=1 only for the pictures at 100 % (Scale200Pages.cpp); the tests expect 2.
    const QByteArray scale = qgetenv("FV_SCALE_FACTOR");
    qputenv("QT_SCALE_FACTOR", scale.isEmpty() ? QByteArray("2") : scale);
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Helsedataservice-tests"));
    QApplication::setApplicationName(QStringLiteral("fellesvedtak-tests"));
    return Catch::Session().run(argc, argv);
}
