// The pages reflowed for 200 % (Saksbehandling, Levering og avslutning, Klage and Registrer
// søknad's Rettslig grunnlag): a control reached by its label's Alt+letter scrolls into view, and
// pictures of each page whole, as tall as it scrolls, in a hidden test run by
//   FV_SCREENSHOT_DIR=/tmp/shots build/tests/Scale200Tests "[screenshots]"
// and at 100 % with FV_SCALE_FACTOR=1 as well. Part of Scale200Tests (its main() sets the screen).
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "application/ApplicationForm.h"
#include "casework/CaseView.h"
#include "followup/FollowUp.h"
#include "followup/FollowUpPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// The page's whole content: the widget its scroll area scrolls, at the width it is shown.
bool save(QWidget *page, const QString &name)
{
    QApplication::processEvents();
    auto *area = qobject_cast<QScrollArea *>(page);
    if (!area)
        area = page->findChild<QScrollArea *>();
    QWidget *whole = area && area->widget() ? area->widget() : page;
    const QString lang = installedUiLanguage() == UiLanguage::English ? QStringLiteral("en") : QStringLiteral("nb");
    const QString file =
        QStringLiteral("%1/page-%2-%3-%4.png")
            .arg(qEnvironmentVariable("FV_SCREENSHOT_DIR"), qEnvironmentVariable("QT_SCALE_FACTOR"), lang, name);
    return whole->grab().save(file);
}

QString caseWithLetterSent(Session &session)
{
    return test::firstCase(session.cases(), [](const CaseRecord &c) {
        return followup::decisionLetterSentOn(c).isValid();
    });
}

} // namespace

TEST_CASE("a control reached by its label's Alt+letter scrolls into view at 200 %", "[ui][a11y][keyboard]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    const QString sent = caseWithLetterSent(session);
    REQUIRE(!sent.isEmpty());
    MainWindow window(session);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.pages()->setCurrentIndex(1);
    REQUIRE(window.selectCase(sent));
    window.caseView()->showTab(CaseView::FollowUpTab);
    auto *registry = window.findChild<QComboBox *>(QStringLiteral("deliveryRegistry"));
    REQUIRE(registry);
    auto *area = qobject_cast<QScrollArea *>(window.caseView()->followUpPage()->parentWidget()->parentWidget());
    REQUIRE(area);
    // The page scrolled to its end: the registry list is out of sight above.
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QApplication::processEvents();
    const QRect shown = area->viewport()->rect();
    REQUIRE_FALSE(shown.contains(QRect(registry->mapTo(area->viewport(), QPoint(0, 0)), registry->size())));
    window.caseView()->followUpPage()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier); // Re&gistry:
    QApplication::processEvents();
    REQUIRE(registry->hasFocus());
    CHECK(shown.contains(QRect(registry->mapTo(area->viewport(), QPoint(0, 0)), registry->size())));
}

TEST_CASE("pictures of the reflowed pages", "[.][screenshots]")
{
    REQUIRE(!qEnvironmentVariable("FV_SCREENSHOT_DIR").isEmpty());
    QDir().mkpath(qEnvironmentVariable("FV_SCREENSHOT_DIR"));
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    const QString sent = caseWithLetterSent(session);
    REQUIRE(!sent.isEmpty());
    for (UiLanguage l : {UiLanguage::English, UiLanguage::Bokmal}) {
        setUiLanguage(l);
        MainWindow window(session);
        window.show();
        window.pages()->setCurrentIndex(1);
        auto *tabs = window.caseView()->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        REQUIRE(tabs);
        REQUIRE(window.selectCase(QStringLiteral("26/00003")));
        tabs->setCurrentIndex(CaseView::CaseworkTab);
        CHECK(save(tabs->currentWidget(), QStringLiteral("casework")));
        REQUIRE(window.selectCase(sent));
        tabs->setCurrentIndex(CaseView::FollowUpTab);
        CHECK(save(tabs->currentWidget(), QStringLiteral("delivery")));
        tabs->setCurrentIndex(CaseView::AppealTab);
        CHECK(save(tabs->currentWidget(), QStringLiteral("appeals")));
        ApplicationForm form(session);
        form.show();
        auto *formTabs = form.findChild<QTabWidget *>();
        REQUIRE(formTabs);
        formTabs->setCurrentIndex(2);
        CHECK(save(formTabs->currentWidget(), QStringLiteral("legal-basis")));
    }
    setUiLanguage(UiLanguage::English);
}
