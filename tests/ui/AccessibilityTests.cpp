// What a blind caseworker's screen reader finds: every window's accessible tree (the one Qt
// hands AT-SPI and UI Automation) names every interactive object, without markup, in both
// languages; tables name their columns and rows; every Alt+letter means one thing per window.
#include "AccessibilityWalk.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "admin/RegistryCatalogueDialog.h"
#include "admin/UsersDialog.h"
#include "application/ApplicationForm.h"
#include "casework/CaseView.h"
#include "decision/ConditionLibraryDialog.h"
#include "decision/DecisionEditor.h"
#include "decision/PriceTableDialog.h"
#include "help/HelpWindow.h"
#include "letters/LetterTemplateDialog.h"
#include "statistics/StatisticsView.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <memory>

using namespace fv;

namespace {

struct Demo
{
    QTemporaryDir dir;
    Session session;
    Demo() { REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok()); }
};

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

QTabWidget *enclosingTabs(QWidget *w, QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(p))
            return tabs;
    return nullptr;
}

// Looks at the window as it is now and at every tab of every tab widget, nested ones too.
void lookEverywhere(QWidget *root, QWidget *window, QSet<QString> &names, QSet<QString> &mnemonics)
{
    const auto look = [&] {
        settle();
        for (const QString &p : test::unnamedObjects(window))
            names << p;
        for (const QString &p : test::duplicateMnemonics(window))
            mnemonics << p;
    };
    look();
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || enclosingTabs(tabs, root) || tabs->window() != window)
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            look();
            lookEverywhere(tabs->widget(i), window, names, mnemonics);
        }
        tabs->setCurrentIndex(0);
    }
}

// The bokmål in translations/pending/*.tsv (context, English, bokmål), not yet folded into the
// .ts: the Alt+letters are checked as they will be once folded, before and after the merge.
class PendingTranslator : public QTranslator
{
public:
    PendingTranslator()
    {
        const QDir dir(QStringLiteral(FV_TEST_DATA_DIR "/../../translations/pending"));
        for (const QString &name : dir.entryList({QStringLiteral("*.tsv")})) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
                const QStringList f = line.split(QLatin1Char('\t'));
                if (f.size() == 3 && !f[2].contains(QLatin1Char('|')))
                    m_texts[f[0] + QLatin1Char('\x1f') + f[1]] = f[2];
            }
        }
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_texts.value(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_texts;
};

// The window in English and in bokmål: no unnamed object, no Alt+letter with two meanings.
// The window is made in each language, as the program makes it after a language switch.
void requireAccessible(const std::function<std::unique_ptr<QWidget>()> &make)
{
    for (UiLanguage language : {UiLanguage::English, UiLanguage::Bokmal}) {
        setUiLanguage(language);
        // FV_EXTRA_QM: more bokmål compiled by hand.
        QTranslator pending;
        if (language == UiLanguage::Bokmal && pending.load(qEnvironmentVariable("FV_EXTRA_QM")))
            QCoreApplication::installTranslator(&pending);
        PendingTranslator tsv;
        if (language == UiLanguage::Bokmal)
            QCoreApplication::installTranslator(&tsv);
        const std::unique_ptr<QWidget> made = make();
        QWidget *window = made.get();
        window->show();
        QSet<QString> names, mnemonics;
        lookEverywhere(window, window, names, mnemonics);
        QStringList n = names.values(), m = mnemonics.values();
        const QStringList menus = test::duplicateMenuMnemonics(window) + test::menuItemsWithoutMnemonic(window);
        n.sort();
        m.sort();
        INFO(window->metaObject()->className() << (language == UiLanguage::English ? " (en)" : " (nb)"));
        INFO("unnamed:\n" << n.join(QLatin1Char('\n')).toStdString());
        INFO("mnemonics:\n" << m.join(QLatin1Char('\n')).toStdString());
        INFO("menus:\n" << menus.join(QLatin1Char('\n')).toStdString());
        CHECK(n.isEmpty());
        CHECK(m.isEmpty());
        CHECK(menus.isEmpty());
    }
    setUiLanguage(UiLanguage::English);
}

QString caseWithDraft(Session &session)
{
    return test::firstCaseWithDraft(session.cases());
}

} // namespace

TEST_CASE("the walker finds an unnamed field and a name with markup", "[ui][a11y]")
{
    QWidget w;
    auto *layout = new QVBoxLayout(&w);
    auto *unnamed = new QLineEdit(&w);
    auto *tagged = new QCheckBox(QStringLiteral("<b>Reason</b>"), &w);
    auto *label = new QLabel(QStringLiteral("&Name"), &w);
    auto *named = new QLineEdit(&w);
    label->setBuddy(named);
    auto *other = new QPushButton(QStringLiteral("&Next"), &w);
    for (QWidget *x : {static_cast<QWidget *>(unnamed), static_cast<QWidget *>(tagged), static_cast<QWidget *>(label),
                       static_cast<QWidget *>(named), static_cast<QWidget *>(other)})
        layout->addWidget(x);
    w.show();
    const QStringList problems = test::unnamedObjects(&w);
    CHECK(problems.size() == 2);
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("no name")));
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("markup")));
    CHECK(test::duplicateMnemonics(&w).size() == 1); // Alt+N: "&Name" and "&Next"
}

TEST_CASE("the walker finds a letter used twice inside a menu and an item without a letter", "[ui][a11y]")
{
    QMainWindow w;
    QMenu *menu = w.menuBar()->addMenu(QStringLiteral("&Case"));
    menu->addAction(QStringLiteral("&Edit application…"));
    menu->addSeparator();
    menu->addAction(QStringLiteral("&Edit decision draft…"));
    menu->addAction(QStringLiteral("Send letter"));
    QAction *hidden = menu->addAction(QStringLiteral("&Send"));
    hidden->setVisible(false); // a hidden item takes no letter
    QMenu *sub = menu->addMenu(QStringLiteral("&More"));
    sub->addAction(QStringLiteral("&One"));
    sub->addAction(QStringLiteral("&Other"));
    auto *button = new QToolButton(&w);
    button->setMenu(new QMenu(button));
    button->menu()->addAction(QStringLiteral("&Insert"));
    button->menu()->addAction(QStringLiteral("&Include"));
    w.setCentralWidget(button);
    const QStringList repeats = test::duplicateMenuMnemonics(&w);
    INFO(repeats.join(QLatin1Char('\n')).toStdString());
    REQUIRE(repeats.size() == 3);
    CHECK(repeats.join(QLatin1Char('\n')).contains(QStringLiteral("&Case menu, Alt+E")));
    CHECK(repeats.join(QLatin1Char('\n')).contains(QStringLiteral("&More menu, Alt+O")));
    CHECK(repeats.join(QLatin1Char('\n')).contains(QStringLiteral("Alt+I")));
    const QStringList bare = test::menuItemsWithoutMnemonic(&w);
    REQUIRE(bare.size() == 1);
    CHECK(bare.constFirst().contains(QStringLiteral("Send letter")));
}

TEST_CASE("the main window names everything: the work queue, the case list and each tab of a case", "[ui][a11y]")
{
    Demo demo;
    requireAccessible([&] {
        auto window = std::make_unique<MainWindow>(demo.session);
        window->resize(1400, 860);
        REQUIRE(window->selectCase(QStringLiteral("26/00003")));
        window->pages()->setCurrentIndex(0);
        return window;
    });
}

TEST_CASE("the decision editor names everything on every page", "[ui][a11y]")
{
    Demo demo;
    const QString number = caseWithDraft(demo.session);
    requireAccessible([&] { return std::make_unique<DecisionEditor>(demo.session, number); });
}

TEST_CASE("Registrer søknad names every field", "[ui][a11y]")
{
    Demo demo;
    requireAccessible([&] { return std::make_unique<ApplicationForm>(demo.session); });
}

TEST_CASE("Statistikk names its dates, tables and charts", "[ui][a11y]")
{
    Demo demo;
    requireAccessible([&] {
        auto stats = std::make_unique<StatisticsView>(demo.session);
        stats->refresh();
        return stats;
    });
    // A chart is read as its table: named by its title, described by its figures.
    StatisticsView stats(demo.session);
    stats.refresh();
    const QList<QChartView *> charts = stats.findChildren<QChartView *>();
    REQUIRE(charts.size() == 4);
    for (QChartView *chart : charts) {
        CHECK(chart->accessibleName() == chart->chart()->title());
        CHECK_FALSE(chart->accessibleDescription().isEmpty());
        CHECK(chart->focusPolicy() & Qt::TabFocus);
    }
    CHECK(charts.constFirst()->accessibleDescription().contains(QStringLiteral("Received: ")));
}

TEST_CASE("the admin dialogs name everything", "[ui][a11y]")
{
    Demo demo;
    SECTION("users")
    {
        requireAccessible([&] { return std::make_unique<UsersDialog>(demo.session); });
    }
    SECTION("registry catalogue")
    {
        requireAccessible([&] { return std::make_unique<RegistryCatalogueDialog>(demo.session); });
    }
    SECTION("condition library")
    {
        requireAccessible([&] { return std::make_unique<ConditionLibraryDialog>(demo.session); });
    }
    SECTION("price tables")
    {
        requireAccessible([&] { return std::make_unique<PriceTableDialog>(demo.session); });
    }
    SECTION("letter templates")
    {
        requireAccessible([&] {
            return std::make_unique<LetterTemplateDialog>(demo.session, QStringLiteral("26/00003"));
        });
    }
}

TEST_CASE("the user guide names everything", "[ui][a11y]")
{
    requireAccessible([] {
        auto help = std::make_unique<HelpWindow>();
        help->showChapter(HelpWindow::chapters().constFirst());
        return help;
    });
}

namespace {

// The focus events a screen reader would hear, with the object each names.
struct FocusEvents
{
    static inline QList<QPointer<QObject>> seen;
    static inline int all = 0;
    static void record(QAccessibleEvent *event)
    {
        ++all;
        if (event->type() == QAccessible::Focus)
            seen << event->object();
    }
    static inline QStringList alerts;
    static void recordAlerts(QAccessibleEvent *event)
    {
        if (event->type() == QAccessible::Alert && event->accessibleInterface())
            alerts << event->accessibleInterface()->text(QAccessible::Name);
    }
    QAccessible::UpdateHandler previous;
    explicit FocusEvents(QAccessible::UpdateHandler handler = &record)
    {
        seen.clear();
        alerts.clear();
        QAccessible::setActive(true);
        previous = QAccessible::installUpdateHandler(handler);
    }
    ~FocusEvents()
    {
        QAccessible::installUpdateHandler(previous);
        QAccessible::setActive(false);
    }
    // Focus events from objects that do not have the keyboard focus.
    static QStringList strays()
    {
        QStringList out;
        for (const QPointer<QObject> &o : std::as_const(seen)) {
            auto *w = qobject_cast<QWidget *>(o.data());
            if (w && !w->hasFocus())
                out << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        }
        return out;
    }
};

} // namespace

TEST_CASE("only the view the user is in raises focus events", "[ui][a11y][events]")
{
    Demo demo;
    MainWindow window(demo.session);
    window.show();
    QApplication::setActiveWindow(&window);
    window.caseTable()->setFocus();
    settle();
    FocusEvents events;
    for (int i = 0; i < 40 && !QAccessible::isActive(); ++i)
        QTest::qWait(50); // the AT-SPI bridge turns on once it reaches the accessibility bus
    // The CTest AccessibilityEvents runs this in an AT-SPI session (tests/ui/atspi/session.sh),
    // where the bridge must come up; elsewhere (offscreen) there is no platform accessibility.
    if (!QAccessible::isActive() && qEnvironmentVariableIsSet("FV_REQUIRE_ATSPI"))
        FAIL("Qt's AT-SPI bridge did not become active in the AT-SPI session");
    if (!QAccessible::isActive())
        SKIP("no accessibility on this platform: the test AccessibilityEvents runs this under AT-SPI");
    // The work queue, the case list and the case's tables follow the current case; the
    // refresh after every change reloads them.
    REQUIRE(window.selectCase(QStringLiteral("26/00005")));
    window.refresh();
    REQUIRE(window.selectCase(QStringLiteral("26/00003")));
    window.caseView()->showTab(CaseView::CaseworkTab);
    window.refresh();
    settle();
    INFO(FocusEvents::strays().join(QLatin1Char('\n')).toStdString());
    CHECK(window.caseTable()->hasFocus());
    INFO("events " << FocusEvents::all << " active " << QAccessible::isActive());
    CHECK(!FocusEvents::seen.isEmpty()); // the list the user is in does speak
    CHECK(FocusEvents::strays().isEmpty());
}

namespace {

// At 200 % on a 1920×1080 screen a window has 960×540 logical pixels, less the desktop's panel
// and the title bar: it must open within that and be able to shrink to it.
const QSize room200(960, 540 - 48);

void requireFitsAt200(QWidget *window)
{
    window->show();
    settle();
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    INFO(window->metaObject()->className() << " needs at least " << least.width() << "×" << least.height());
    CHECK(least.width() <= room200.width());
    CHECK(least.height() <= room200.height());
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window->resize(window->size().boundedTo(room200));
        settle();
        window->grab().save(dir + QStringLiteral("/a11y-200-")
                            + QString::fromLatin1(window->metaObject()->className()).remove(QStringLiteral("fv::"))
                            + QStringLiteral(".png"));
    }
}

} // namespace

TEST_CASE("every window fits or scrolls at 200 % on a 1920×1080 screen", "[ui][a11y][size]")
{
    Demo demo;
    MainWindow window(demo.session);
    REQUIRE(window.selectCase(QStringLiteral("26/00003")));
    requireFitsAt200(&window);
    DecisionEditor editor(demo.session, caseWithDraft(demo.session));
    requireFitsAt200(&editor);
    ApplicationForm form(demo.session);
    requireFitsAt200(&form);
    StatisticsView stats(demo.session);
    stats.refresh();
    requireFitsAt200(&stats);
    UsersDialog users(demo.session);
    requireFitsAt200(&users);
    RegistryCatalogueDialog registries(demo.session);
    requireFitsAt200(&registries);
    ConditionLibraryDialog conditions(demo.session);
    requireFitsAt200(&conditions);
    PriceTableDialog prices(demo.session);
    requireFitsAt200(&prices);
    LetterTemplateDialog templates(demo.session, QStringLiteral("26/00003"));
    requireFitsAt200(&templates);
    HelpWindow help;
    requireFitsAt200(&help);
}
