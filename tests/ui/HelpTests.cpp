// The user guide behind F1: in the program's language, at the chapter for where the user is,
// with every link and picture in place; and a demo database that says it is one.
#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "decision/DecisionEditor.h"
#include "help/HelpWindow.h"
#include "search/WorkQueueView.h"
#include "storage/DatabaseKind.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name));
}

struct DemoWindow
{
    explicit DemoWindow(const QLocale &locale)
    {
        // The program's language with it, so a Norwegian window (and its screenshots) is
        // Norwegian throughout.
        setUiLanguage(locale.language() == QLocale::NorwegianBokmal ? UiLanguage::Bokmal : UiLanguage::English);
        QLocale::setDefault(locale);
        REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
        window = std::make_unique<MainWindow>(session);
        window->resize(1500, 900);
        window->show();
        QApplication::setActiveWindow(window.get());
    }
    ~DemoWindow()
    {
        setUiLanguage(UiLanguage::English);
        QLocale::setDefault(QLocale::c());
    }

    // Presses F1 in `where` (the main window unless said) and returns the help window.
    HelpWindow *pressF1(QWidget *where = nullptr)
    {
        QWidget *target = where ? where : window.get();
        QApplication::setActiveWindow(target);
        QTest::keyClick(target, Qt::Key_F1);
        return window->helpWindow();
    }

    QTemporaryDir dir;
    Session session;
    std::unique_ptr<MainWindow> window;
};

QString pageText(HelpWindow *help)
{
    return help->browser()->document()->toPlainText();
}

// Every "](target)" of a Markdown chapter: links and pictures.
QStringList linkTargets(const QString &markdown)
{
    QStringList targets;
    static const QRegularExpression link(QStringLiteral(R"(\]\(([^)\s]+)\))"));
    for (auto it = link.globalMatch(markdown); it.hasNext();)
        targets << it.next().captured(1);
    return targets;
}

QString chapterSource(const QString &language, const QString &chapter)
{
    QFile f(HelpWindow::chapterUrl(language, chapter).path().prepend(QLatin1Char(':')));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("F1 opens the guide in bokmål at the work queue's chapter; Escape closes it", "[ui][help]")
{
    DemoWindow d(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QAction *help = d.window->action(QStringLiteral("help"));
    REQUIRE(help);
    CHECK(help->shortcut() == QKeySequence(Qt::Key_F1));
    HelpWindow *h = d.pressF1();
    REQUIRE(h);
    CHECK(h->isVisible());
    CHECK(h->currentChapter() == QStringLiteral("02-work-queue"));
    CHECK(h->browser()->source().path().contains(QStringLiteral("/nb/")));
    CHECK(pageText(h).startsWith(QStringLiteral("Arbeidslisten")));
    CHECK(h->contents()->count() == HelpWindow::chapters().size());
    CHECK(h->contents()->currentItem()->text() == QStringLiteral("Arbeidslisten"));
    saveScreenshot(*h, QStringLiteral("screenshot-help-nb.png"));

    QTest::keyClick(h, Qt::Key_Escape);
    CHECK_FALSE(h->isVisible());
}

TEST_CASE("F1 follows the English UI, and from the cases page opens the casework chapter", "[ui][help]")
{
    DemoWindow d(QLocale(QLocale::English, QLocale::UnitedKingdom));
    d.window->pages()->setCurrentIndex(1);
    HelpWindow *h = d.pressF1();
    REQUIRE(h);
    CHECK(h->currentChapter() == QStringLiteral("03-from-import-to-letter"));
    CHECK(h->browser()->source().path().contains(QStringLiteral("/en/")));
    CHECK(pageText(h).startsWith(QStringLiteral("From application to sent letter")));
    saveScreenshot(*h, QStringLiteral("screenshot-help-case-en.png"));
    h->showChapter(QStringLiteral("02-work-queue"));
    saveScreenshot(*h, QStringLiteral("screenshot-help-en.png"));
}

TEST_CASE("F1 in the decision editor opens the decision chapter", "[ui][help]")
{
    DemoWindow d(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QString draft;
    const auto cases = d.session.cases().list(CaseFilter{});
    REQUIRE(cases.ok());
    for (const CaseSummary &c : cases.value())
        if (c.status == CaseStatus::DecisionDraft)
            draft = c.caseNumber;
    REQUIRE(!draft.isEmpty());
    REQUIRE(d.window->selectCase(draft));
    d.window->action(QStringLiteral("editDecision"))->trigger();
    auto *editor = d.window->findChild<DecisionEditor *>();
    REQUIRE(editor);
    HelpWindow *h = d.pressF1(editor);
    REQUIRE(h);
    CHECK(h->currentChapter() == QStringLiteral("05-decision"));
    CHECK(pageText(h).startsWith(QStringLiteral("Vedtaket og vedtakseditoren")));
    saveScreenshot(*h, QStringLiteral("screenshot-help-decision-nb.png"));
}

TEST_CASE("every chapter is in both languages, and every link and picture in it resolves", "[ui][help]")
{
    const QStringList chapters = HelpWindow::chapters();
    REQUIRE(chapters.size() >= 10);
    QTextBrowser renderer;
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
        for (const QString &chapter : chapters) {
            INFO((language + QLatin1Char('/') + chapter).toStdString());
            const QUrl url = HelpWindow::chapterUrl(language, chapter);
            const QString text = chapterSource(language, chapter);
            CHECK(text.startsWith(QStringLiteral("# ")));
            for (const QString &target : linkTargets(text)) {
                INFO(target.toStdString());
                if (target.startsWith(QLatin1String("http")))
                    continue;
                const QUrl resolved = url.resolved(QUrl(target));
                CHECK(QFile::exists(QLatin1Char(':') + resolved.path()));
                // The help window loads it as the guide shows it: a picture as an image.
                if (target.endsWith(QLatin1String(".png"))) {
                    renderer.setSource(url, QTextDocument::MarkdownResource);
                    CHECK(renderer.loadResource(QTextDocument::ImageResource, resolved).isValid());
                }
            }
        }
    }
    // The chapters F1 chooses exist.
    for (int page : {0, 1})
        CHECK(chapters.contains(helpChapterFor(nullptr, page)));
    CHECK(chapters.contains(QStringLiteral("05-decision")));
    CHECK(chapters.contains(QStringLiteral("06-deadlines")));
}

TEST_CASE("the guide's pictures fit the page", "[ui][help]")
{
    for (const QLocale &locale : {QLocale(QLocale::NorwegianBokmal), QLocale(QLocale::English)}) {
        QLocale::setDefault(locale);
        HelpWindow h;
        int pictures = 0;
        for (const QString &chapter : HelpWindow::chapters()) {
            h.showChapter(chapter);
            const int page = h.browser()->viewport()->width();
            QTextDocument *doc = h.browser()->document();
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                    if (!image.isValid())
                        continue;
                    INFO(chapter.toStdString() << " " << image.name().toStdString() << " in " << page);
                    ++pictures;
                    CHECK(image.width() > 0);
                    CHECK(image.width() <= page);
                }
        }
        CHECK(pictures >= 5);
    }
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("the guide's search finds text in the following chapters", "[ui][help]")
{
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    HelpWindow h;
    h.showChapter(QStringLiteral("01-getting-started"));
    h.searchField()->setText(QStringLiteral("skjærtorsdag"));
    QTest::keyClick(h.searchField(), Qt::Key_Return);
    CHECK(h.currentChapter() == QStringLiteral("06-deadlines"));
    CHECK(h.browser()->textCursor().selectedText().compare(QStringLiteral("skjærtorsdag"), Qt::CaseInsensitive) == 0);
    CHECK_FALSE(h.find(QStringLiteral("ingen slik tekst finnes")));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("a demo database says it is one, in the title and the status bar", "[ui][help][demo]")
{
    DemoWindow d(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(d.window->windowTitle().endsWith(QStringLiteral("Demo database")));
    auto *label = d.window->findChild<QLabel *>(QStringLiteral("demoDatabaseLabel"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text() == QStringLiteral("Demo database"));

    // A database made empty is not a demo: neither says so (a test database, as the tests run
    // on a fixed day, which a real database refuses).
    QTemporaryDir dir;
    Session real;
    REQUIRE(real.createEmpty(dir.filePath(QStringLiteral("real.db")), DatabaseKind::Test).ok());
    MainWindow other(real);
    other.show();
    CHECK_FALSE(other.windowTitle().contains(QStringLiteral("Demo")));
    auto *none = other.findChild<QLabel *>(QStringLiteral("demoDatabaseLabel"));
    CHECK((!none || !none->isVisible()));
}

TEST_CASE("screenshot: the work queue of a demo made today, in bokmål", "[ui][help][screenshot]")
{
    // Made on the computer's date, not the tests' fixed one: the picture a newcomer sees today.
    qunsetenv("FELLESVEDTAK_TODAY");
    setFixedToday(std::nullopt);
    installTranslations(QStringLiteral("nb"));
    DemoWindow d(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    d.window->pages()->setCurrentIndex(0);
    CHECK(d.window->workQueue()->isVisible());
    auto *label = d.window->findChild<QLabel *>(QStringLiteral("demoDatabaseLabel"));
    REQUIRE(label);
    CHECK(label->isVisible());
    saveScreenshot(*d.window, QStringLiteral("screenshot-guide-workqueue-nb.png"));
}

TEST_CASE("screenshot: the work queue of a demo made today, in English", "[ui][help][screenshot]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    setFixedToday(std::nullopt);
    DemoWindow d(QLocale(QLocale::English, QLocale::UnitedKingdom));
    d.window->pages()->setCurrentIndex(0);
    CHECK(d.window->windowTitle().endsWith(QStringLiteral("Demo database")));
    saveScreenshot(*d.window, QStringLiteral("screenshot-guide-workqueue-en.png"));
}
