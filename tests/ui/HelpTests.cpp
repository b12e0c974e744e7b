// The user guide behind F1: in the program's language, at the chapter for where the user is,
// with every link and picture in place; and a demo database that says it is one.
#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "admin/RegistryCatalogueDialog.h"
#include "admin/UsersDialog.h"
#include "archive/JournalWindow.h"
#include "decision/ConditionLibraryDialog.h"
#include "decision/DecisionEditor.h"
#include "decision/PriceTableDialog.h"
#include "help/HelpWindow.h"
#include "letters/LetterTemplateDialog.h"
#include "search/WorkQueueView.h"
#include "statistics/StatisticsView.h"
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

namespace {

// F1 landed on `topic`'s section: the help window shows the chapter with the section's heading
// (which exists in the chapter's source) at the cursor and in view; `about` is in the heading.
void checkLanding(HelpWindow *h, const QString &topic, const QString &about)
{
    INFO("expected " << topic.toStdString());
    REQUIRE(h);
    const QString chapter = topic.section(QLatin1Char('#'), 0, 0);
    const QString section = topic.section(QLatin1Char('#'), 1);
    CHECK(h->currentChapter() == chapter);
    CHECK(h->currentSection() == section);
    const QString heading = HelpWindow::sectionHeading(h->language(), chapter, section);
    INFO("heading " << heading.toStdString());
    REQUIRE(!heading.isEmpty());
    CHECK(heading.contains(about, Qt::CaseInsensitive));
    CHECK(h->browser()->textCursor().block().text() == heading);
    CHECK(h->browser()->textCursor().block().blockFormat().headingLevel() > 0);
    CHECK(h->browser()->viewport()->rect().contains(h->browser()->cursorRect().center()));
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QString caseWithStatus(Session &session, CaseStatus status)
{
    const auto cases = session.cases().list(CaseFilter{});
    REQUIRE(cases.ok());
    for (const CaseSummary &c : cases.value())
        if (c.status == status)
            return c.caseNumber;
    return {};
}

} // namespace

TEST_CASE("F1 on each case tab opens the section that explains it", "[ui][help]")
{
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::NorwegianBokmal)}) {
        DemoWindow d(locale);
        const bool nb = locale.language() == QLocale::NorwegianBokmal;
        INFO((nb ? "nb" : "en"));
        REQUIRE(d.window->selectCase(caseWithStatus(d.session, CaseStatus::LetterSent)));
        auto *tabs = d.window->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        REQUIRE(tabs);
        REQUIRE(tabs->count() == 8);
        const std::vector<std::pair<QString, QString>> expected = {
            {QStringLiteral("03-from-import-to-letter#application"),
             nb ? QStringLiteral("Søknaden") : QStringLiteral("application")},
            {QStringLiteral("03-from-import-to-letter#casework"),
             nb ? QStringLiteral("komplett") : QStringLiteral("complete")},
            {QStringLiteral("03-from-import-to-letter#decision-draft"),
             nb ? QStringLiteral("Vedtaksutkastet") : QStringLiteral("decision draft")},
            {QStringLiteral("06-deadlines#where"), nb ? QStringLiteral("fristene") : QStringLiteral("deadlines")},
            {QStringLiteral("03-from-import-to-letter#events"),
             nb ? QStringLiteral("Hendelse") : QStringLiteral("events")},
            {QStringLiteral("03-from-import-to-letter#letter"),
             nb ? QStringLiteral("Brevet") : QStringLiteral("letter")},
            {QStringLiteral("12-delivery-and-project-end#delivery"),
             nb ? QStringLiteral("Levering") : QStringLiteral("Delivery")},
            {QStringLiteral("14-appeals#appeals"), nb ? QStringLiteral("klage") : QStringLiteral("appeal")},
        };
        for (int i = 0; i < tabs->count(); ++i) {
            INFO("tab " << withoutMnemonic(tabs->tabText(i)).toStdString());
            tabs->setCurrentIndex(i);
            tabs->currentWidget()->setFocus();
            checkLanding(d.pressF1(), expected[i].first, expected[i].second);
        }
    }
}

TEST_CASE("F1 on each page of the decision editor opens the section named like the page", "[ui][help]")
{
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::NorwegianBokmal)}) {
        DemoWindow d(locale);
        REQUIRE(d.window->selectCase(caseWithStatus(d.session, CaseStatus::DecisionDraft)));
        d.window->action(QStringLiteral("editDecision"))->trigger();
        auto *editor = d.window->findChild<DecisionEditor *>();
        REQUIRE(editor);
        auto *pages = editor->findChild<QTabWidget *>();
        REQUIRE(pages);
        const QStringList sections = {
            QStringLiteral("editor-registries"), QStringLiteral("editor-texts"), QStringLiteral("editor-conditions"),
            QStringLiteral("editor-fee"), QStringLiteral("editor-practice")};
        REQUIRE(pages->count() == sections.size());
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            pages->currentWidget()->setFocus();
            // The heading is the page's own name.
            checkLanding(d.pressF1(editor), QStringLiteral("05-decision#") + sections[i],
                         withoutMnemonic(pages->tabText(i)));
            if (i == 2)
                saveScreenshot(*d.window->helpWindow(),
                               QStringLiteral("screenshot-help-conditions-%1.png").arg(locale.name().left(2)));
        }
        editor->close();
    }
}

TEST_CASE("F1 in the statistics, the journal and the admin dialogs opens their sections", "[ui][help]")
{
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::NorwegianBokmal)}) {
        DemoWindow d(locale);
        const bool nb = locale.language() == QLocale::NorwegianBokmal;
        const auto press = [&](QWidget *w, const QString &topic, const QString &about) {
            INFO(w->metaObject()->className());
            w->show();
            QApplication::setActiveWindow(w);
            checkLanding(d.pressF1(w), topic, about);
            w->close();
        };
        StatisticsView statistics(d.session, d.window.get());
        statistics.setWindowFlag(Qt::Window);
        press(&statistics, QStringLiteral("06-deadlines#statistics"), statistics.windowTitle());
        JournalWindow journal(d.session, false, d.window.get());
        press(&journal, QStringLiteral("13-archive#journal"),
              nb ? QStringLiteral("Journalen") : QStringLiteral("journal"));
        JournalWindow restanse(d.session, true, d.window.get());
        press(&restanse, QStringLiteral("13-archive#restanse"),
              nb ? QStringLiteral("Restanse") : QStringLiteral("restanse"));

        // The admin dialogs are modal: F1 still reaches the guide.
        UsersDialog users(d.session, d.window.get());
        RegistryCatalogueDialog catalogue(d.session, d.window.get());
        ConditionLibraryDialog conditions(d.session, d.window.get());
        PriceTableDialog prices(d.session, d.window.get());
        LetterTemplateDialog templates(d.session, QString(), d.window.get());
        const std::vector<std::tuple<QDialog *, QString, QString>> dialogs = {
            {&users, QStringLiteral("09-user-administration#users"),
             nb ? QStringLiteral("administratoren") : QStringLiteral("administrator")},
            {&catalogue, QStringLiteral("09-user-administration#registry-catalogue"), catalogue.windowTitle()},
            {&conditions, QStringLiteral("05-decision#editor-conditions"),
             nb ? QStringLiteral("Vilkår") : QStringLiteral("Conditions")},
            {&prices, QStringLiteral("05-decision#editor-fee"), nb ? QStringLiteral("Gebyr") : QStringLiteral("Fee")},
            {&templates, QStringLiteral("09-user-administration#letter-templates"), templates.windowTitle()},
        };
        for (const auto &[dialog, topic, about] : dialogs) {
            dialog->setModal(true);
            press(dialog, topic, about);
        }
    }
}

TEST_CASE("every section F1 can open exists in both languages", "[ui][help]")
{
    const QStringList topics = {
        QStringLiteral("03-from-import-to-letter#application"),
        QStringLiteral("03-from-import-to-letter#casework"),
        QStringLiteral("03-from-import-to-letter#decision-draft"),
        QStringLiteral("03-from-import-to-letter#events"),
        QStringLiteral("03-from-import-to-letter#letter"),
        QStringLiteral("06-deadlines#where"),
        QStringLiteral("06-deadlines#statistics"),
        QStringLiteral("12-delivery-and-project-end#delivery"),
        QStringLiteral("14-appeals#appeals"),
        QStringLiteral("05-decision#editor"),
        QStringLiteral("13-archive#journal"),
        QStringLiteral("13-archive#restanse"),
        QStringLiteral("13-archive#archive-export"),
        QStringLiteral("09-user-administration#users"),
        QStringLiteral("09-user-administration#registry-catalogue"),
        QStringLiteral("09-user-administration#letter-templates")};
    for (const QString &topic : topics)
        for (const QString &language : {QStringLiteral("nb"), QStringLiteral("en")}) {
            INFO(language.toStdString() << " " << topic.toStdString());
            CHECK(!HelpWindow::sectionHeading(
                       language, topic.section(QLatin1Char('#'), 0, 0), topic.section(QLatin1Char('#'), 1))
                       .isEmpty());
        }
    CHECK(HelpWindow::sectionHeading(QStringLiteral("en"), QStringLiteral("05-decision"), QStringLiteral("nonsense"))
              .isEmpty());
}
