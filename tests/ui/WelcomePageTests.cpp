// A new database starts empty, on the welcome page: no demo cases or users slipped in, and the
// page leads to the first case (import, registration by hand) or to a demo database elsewhere.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "casework/Users.h"

#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// FV_SCREENSHOT_DIR: where to save a picture of the window; FV_EXTRA_QM: a translation to add
// on top of the built-in ones (strings waiting to be folded into the .ts file).
void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

// For a screenshot in bokmål (FV_SCREENSHOT_LANG=nb): the built-in translation and the extra one.
struct ScreenshotLanguage
{
    QTranslator extra;
    bool nb = qEnvironmentVariable("FV_SCREENSHOT_LANG") == QLatin1String("nb");
    ScreenshotLanguage()
    {
        if (!nb)
            return;
        installTranslations(QStringLiteral("nb"));
        if (extra.load(qEnvironmentVariable("FV_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
    }
    ~ScreenshotLanguage()
    {
        if (nb)
            installTranslations(QStringLiteral("en"));
    }
};

} // namespace

TEST_CASE("a new database opens empty on the welcome page, which leaves with the first case", "[ui][welcome]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createEmpty(dir.filePath(QStringLiteral("new.db")), DatabaseKind::Test).ok());
    // Empty: no demo cases, and the acting login is its only user.
    CHECK(session.cases().list()->empty());
    auto users = Users::all(session.database());
    REQUIRE(users.ok());
    REQUIRE(users->size() == 1);
    CHECK(users->front().login == Session::actingLogin());

    ScreenshotLanguage language;
    MainWindow window(session);
    window.resize(1200, 760);
    window.show();
    auto *welcome = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
    REQUIRE(welcome != nullptr);
    CHECK(window.pages()->currentWidget() == welcome);
    CHECK(window.pages()->indexOf(welcome) == 2); // after the work queue and the cases, which keep their places
    for (const char *button : {"welcomeImport", "welcomeRegister", "welcomeDemo", "welcomeOpen"}) {
        auto *b = welcome->findChild<QPushButton *>(QLatin1String(button));
        REQUIRE(b != nullptr);
        CHECK(b->isEnabled());
    }
    saveScreenshot(
        window, QStringLiteral("welcome-%1.png").arg(qEnvironmentVariable("FV_SCREENSHOT_LANG", QStringLiteral("en"))));

    // The first case arrives: the welcome page has done its work.
    auto number = session.cases().importApplication(
        test::readFile(test::specFile(QStringLiteral("example-application.json"))), QStringLiteral("a.json"));
    REQUIRE(number.ok());
    session.notifyCasesChanged();
    CHECK(window.pages()->indexOf(welcome) < 0);
    CHECK(window.selectCase(number.value()));
}

TEST_CASE("a database with cases opens without the welcome page", "[ui][welcome]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    auto *welcome = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
    REQUIRE(welcome != nullptr);
    CHECK(window.pages()->indexOf(welcome) < 0);
    CHECK(window.pages()->count() == 2);
}

TEST_CASE("a misspelt database is not made by opening it", "[ui][welcome]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("misspelt.db"));
    Session session;
    const Status s = session.open(missing);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == QStringLiteral("there is no case database at %1").arg(missing));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(session.isOpen());
}
