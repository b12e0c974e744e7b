// Appeals in the GUI: the "Klage" page of a case (register, consider or reject a late appeal,
// reverse or forward, the appeal body's result, each through the rule book) and the work queue's
// "appeals to prepare". Days are fixed with ScopedToday.
#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "appeal/AppealPage.h"
#include "appeal/AppealService.h"
#include "casework/CaseView.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "search/WorkQueueModel.h"
#include "search/WorkQueueView.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

// Decided on 2026-10-01 (LMR refused), its decision letter sent on Monday 2026-10-05: the last
// day to appeal is Thursday 2026-10-29.
QString sentCase(test::TempDb &t, const QString &reference)
{
    ScopedToday day(QDate(2026, 10, 1));
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.importApplication(
        [&] {
            QJsonObject o =
                QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))))
                    .object();
            o.insert(QStringLiteral("reference"), reference);
            return QJsonDocument(o).toJson();
        }(),
        reference + QStringLiteral(".json"));
    REQUIRE(number.ok());
    const QString n = number.value();
    test::prepareForDraft(t, n);
    REQUIRE(DecisionService(ola).draft(n).ok());
    auto rec = ola.load(n);
    REQUIRE(rec.ok());
    Decision d = *rec->currentDecision();
    for (RegistryDecision &e : d.entries)
        if (e.registry == QLatin1String("LMR")) {
            e.outcome = Outcome::Refused;
            e.reason = QStringLiteral("Ikke nødvendig for formålet.");
        }
    REQUIRE(DecisionService(ola).saveDraft(n, d, rec->rowVersion).ok());
    test::settleAssessment(t, n);
    REQUIRE(DecisionService(ola).submit(n).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    ScopedToday letterDay(QDate(2026, 10, 5));
    REQUIRE(DocumentService(ola).send(n, LetterKind::Decision).ok());
    return n;
}

struct Desk
{
    test::TempDb t;
    QString number;
    std::unique_ptr<Session> session;
    Status last = ok();

    explicit Desk(const char *login)
    {
        number = sentCase(t, QStringLiteral("HD-2026-8201"));
        const QString path = t.path();
        t.close();
        qputenv("FELLESVEDTAK_USER", login);
        session = std::make_unique<Session>();
        REQUIRE(session->open(path).ok());
        qunsetenv("FELLESVEDTAK_USER");
    }
    CaseRecord load() { return session->cases().load(number).value(); }
};

} // namespace

TEST_CASE("the appeal page registers a late appeal, rejects a refused step unchanged, and forwards one considered",
          "[appeal][ui]")
{
    Desk desk("ola");
    ScopedToday day(QDate(2026, 11, 3));
    setUiLanguage(UiLanguage::English);
    AppealPage page;
    page.setSession(desk.session.get(), [&](const Status &s, const QString &) {
        desk.last = s;
        page.showCase(desk.load());
    });
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCase(desk.load());
    CHECK(page.summary()->text().contains(QStringLiteral("No appeal is registered")));
    CHECK(page.registerButton()->isEnabled());
    CHECK_FALSE(page.forwardButton()->isEnabled());
    CHECK(page.forwardButton()->toolTip().contains(QStringLiteral("forward appeals")));
    CHECK(page.recordResultButton()->toolTip().contains(QStringLiteral("No appeal")));
    for (QWidget *w : std::initializer_list<QWidget *>{
             page.receivedDate()->lineEdit(), page.postedDate()->lineEdit(), page.appellant(), page.contests(),
             page.appealText(), page.lateReason(), page.view(), page.resultChoice(), page.resultDate()->lineEdit(),
             page.resultReference()})
        CHECK_FALSE(w->accessibleName().isEmpty());

    // Without the appellant: refused by the core, nothing registered.
    page.receivedDate()->lineEdit()->setText(QStringLiteral("02.11.2026"));
    page.contests()->setText(QStringLiteral("Avslaget på LMR"));
    page.appealText()->setPlainText(QStringLiteral("Vi klager."));
    QTest::mouseClick(page.registerButton(), Qt::LeftButton);
    REQUIRE_FALSE(desk.last.ok());
    CHECK(desk.last.error().message.contains(QStringLiteral("who appeals")));
    CHECK(desk.load().appeals.appeals.empty());

    page.appellant()->setText(QStringLiteral("Kari Nordmann"));
    QTest::mouseClick(page.registerButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(page.summary()->text().contains(QStringLiteral("late")));
    CHECK(page.considerButton()->isEnabled());
    CHECK_FALSE(page.reverseButton()->isEnabled());
    CHECK_FALSE(page.registerButton()->isEnabled());
    page.lateReason()->setText(QStringLiteral("Klageren var syk."));
    QTest::mouseClick(page.considerButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(desk.load().summary.status == CaseStatus::UnderAssessment);
    CHECK(page.forwardButton()->isEnabled());
    CHECK(page.reverseButton()->isEnabled());
    page.view()->setPlainText(QStringLiteral("LMR er ikke nødvendig for formålet."));
    saveScreenshot(page, QStringLiteral("appeal-page-en.png"));
    QTest::mouseClick(page.forwardButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(page.summary()->text().contains(QStringLiteral("Forwarded to Helseklage")));
    CHECK(page.recordResultButton()->isEnabled());
    page.resultDate()->lineEdit()->setText(QStringLiteral("03.11.2026"));
    page.resultReference()->setText(QStringLiteral("HK 26/7"));
    QTest::mouseClick(page.recordResultButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(desk.load().appeals.current()->bodyResult == BodyResult::Upheld);
    CHECK(page.summary()->text().contains(QStringLiteral("HK 26/7")));
}

TEST_CASE("a decision-maker sees the appeal page with every step disabled and the reason", "[appeal][ui]")
{
    Desk desk("kari");
    ScopedToday day(QDate(2026, 10, 20));
    setUiLanguage(UiLanguage::English);
    AppealPage page;
    page.setSession(desk.session.get(), [&](const Status &s, const QString &) { desk.last = s; });
    page.showCase(desk.load());
    CHECK_FALSE(page.registerButton()->isEnabled());
    CHECK(page.registerButton()->toolTip().contains(QStringLiteral("kari")));
    CHECK_FALSE(page.withdrawButton()->isEnabled());
    auto *extra = new QLabel(QStringLiteral("revocation pane"));
    page.addSection(extra);
    CHECK(extra->parentWidget() == &page);
}

TEST_CASE("the appeal page records a withdrawn appeal: the case is back at letter sent, the button then off",
          "[appeal][ui][withdraw]")
{
    Desk desk("ola");
    ScopedToday day(QDate(2026, 10, 20));
    setUiLanguage(UiLanguage::English);
    AppealPage page;
    page.setSession(desk.session.get(), [&](const Status &s, const QString &) {
        desk.last = s;
        page.showCase(desk.load());
    });
    page.showCase(desk.load());
    CHECK_FALSE(page.withdrawButton()->isEnabled());
    CHECK(page.withdrawButton()->toolTip().contains(QStringLiteral("No appeal")));
    AppealInput in;
    in.receivedOn = QDate(2026, 10, 19);
    in.appellant = QStringLiteral("Kari Nordmann");
    in.contests = QStringLiteral("Avslaget på LMR");
    in.text = QStringLiteral("Vi klager.");
    REQUIRE(AppealService(desk.session->cases()).registerAppeal(desk.number, in).ok());
    page.showCase(desk.load());
    REQUIRE(page.withdrawButton()->isEnabled());
    QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    const CaseRecord r = desk.load();
    CHECK(r.summary.status == CaseStatus::LetterSent);
    CHECK(r.appeals.current()->outcome == HdsOutcome::Withdrawn);
    CHECK(page.summary()->text().contains(QStringLiteral("Withdrawn")));
    CHECK_FALSE(page.withdrawButton()->isEnabled());
    CHECK(page.withdrawButton()->toolTip().contains(QStringLiteral("withdrawn")));
}

TEST_CASE("the main window has the appeal tab and the work queue's appeals to prepare, in both languages",
          "[appeal][ui][workqueue]")
{
    Desk desk("ola");
    ScopedToday day(QDate(2026, 10, 20));
    {
        AppealInput in;
        in.receivedOn = QDate(2026, 10, 19);
        in.appellant = QStringLiteral("Kari Nordmann");
        in.contests = QStringLiteral("Avslaget på LMR");
        in.text = QStringLiteral("Vi klager på avslaget.");
        REQUIRE(AppealService(desk.session->cases()).registerAppeal(desk.number, in).ok());
    }
    for (UiLanguage language : {UiLanguage::Bokmal, UiLanguage::English}) {
        setUiLanguage(language);
        const QString suffix = language == UiLanguage::Bokmal ? QStringLiteral("nb") : QStringLiteral("en");
        MainWindow window(*desk.session);
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        WorkQueueView *queue = window.workQueue();
        CHECK(queue->count(QueueKind::AppealsToPrepare) == 1);
        queue->showKind(QueueKind::AppealsToPrepare);
        REQUIRE(queue->table()->model()->rowCount() == 1);
        CHECK(queue->table()->model()->index(0, WorkQueueModel::Number).data().toString() == desk.number);
        if (language == UiLanguage::English)
            CHECK(queue->table()->model()->index(0, WorkQueueModel::Task).data().toString()
                  == QStringLiteral("Appeal to prepare (§ 33)"));
        // The appeal is worked to its own deadline, not the application's long-passed one.
        CHECK(queue->count(QueueKind::Overdue) == 0);
        saveScreenshot(window, QStringLiteral("appeal-queue-%1.png").arg(suffix));
        REQUIRE(window.openCase(desk.number));
        window.caseView()->showTab(CaseView::AppealTab);
        AppealPage *page = window.caseView()->appealPage();
        CHECK(page->isVisible());
        CHECK(page->summary()->text().contains(QStringLiteral("Kari Nordmann")));
        CHECK(page->reverseButton()->isEnabled());
        saveScreenshot(window, QStringLiteral("appeal-case-%1.png").arg(suffix));
    }
    setUiLanguage(UiLanguage::English);
}

TEST_CASE("the appeal page records the appeal body's reversal as a new version; a decision-maker is refused",
          "[appeal][ui][body]")
{
    Desk desk("ola");
    {
        ScopedToday day(QDate(2026, 10, 22));
        AppealInput in;
        in.receivedOn = QDate(2026, 10, 20);
        in.appellant = QStringLiteral("Kari Nordmann");
        in.contests = QStringLiteral("Avslaget på LMR");
        in.text = QStringLiteral("Vi klager.");
        AppealService appeals(desk.session->cases());
        REQUIRE(appeals.registerAppeal(desk.number, in).ok());
        REQUIRE(appeals.forward(desk.number, QStringLiteral("LMR er ikke nødvendig.")).ok());
    }
    ScopedToday day(QDate(2026, 12, 1));
    setUiLanguage(UiLanguage::English);
    AppealPage page;
    page.setSession(desk.session.get(), [&](const Status &s, const QString &) {
        desk.last = s;
        page.showCase(desk.load());
    });
    page.showCase(desk.load());
    // With the appeal body, no result yet: off, and the rule book says why.
    CHECK_FALSE(page.recordBodyDecisionButton()->isEnabled());
    CHECK(page.recordBodyDecisionButton()->toolTip().contains(QStringLiteral("not reversed")));
    page.resultChoice()->setCurrentIndex(page.resultChoice()->findData(static_cast<int>(BodyResult::PartlyReversed)));
    page.resultDate()->lineEdit()->setText(QStringLiteral("30.11.2026"));
    page.resultReference()->setText(QStringLiteral("HK 26/0042"));
    QTest::mouseClick(page.recordResultButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    REQUIRE(page.recordBodyDecisionButton()->isEnabled());
    {
        // A decision-maker, on the same case at the same moment, sees the button off with the
        // rule book's reason.
        qputenv("FELLESVEDTAK_USER", "kari");
        Session kari;
        REQUIRE(kari.open(desk.t.path()).ok());
        qunsetenv("FELLESVEDTAK_USER");
        AppealPage kariPage;
        kariPage.setSession(&kari, [](const Status &, const QString &) {});
        kariPage.showCase(kari.cases().load(desk.number).value());
        CHECK_FALSE(kariPage.recordBodyDecisionButton()->isEnabled());
        CHECK(kariPage.recordBodyDecisionButton()->toolTip().contains(QStringLiteral("kari")));
    }
    QTest::mouseClick(page.recordBodyDecisionButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    const CaseRecord r = desk.load();
    REQUIRE(r.decisions.size() == 2);
    CHECK(r.summary.status == CaseStatus::DecisionDraft);
    CHECK(r.decisions.back().legalBasis.contains(QStringLiteral("HK 26/0042")));
    CHECK_FALSE(r.decisions.back().reasons.contains(QStringLiteral("HK 26/0042"))); // the letter's introduction says it
    CHECK(page.summary()->text().contains(QStringLiteral("recorded as decision version 2")));
    CHECK_FALSE(page.recordBodyDecisionButton()->isEnabled());
    // The whole page as the case pane shows it (QT_SCALE_FACTOR=2 for 200 %), in both languages.
    for (UiLanguage language : {UiLanguage::Bokmal, UiLanguage::English}) {
        setUiLanguage(language);
        AppealPage shown;
        shown.setSession(desk.session.get(), [](const Status &, const QString &) {});
        shown.showCase(desk.load());
        shown.resize(540, shown.sizeHint().height());
        shown.show();
        REQUIRE(QTest::qWaitForWindowExposed(&shown));
        CHECK(shown.minimumSizeHint().width() <= 540);
        saveScreenshot(shown,
                       QStringLiteral("appeal-body-%1.png")
                           .arg(language == UiLanguage::Bokmal ? QStringLiteral("nb") : QStringLiteral("en")));
    }
    setUiLanguage(UiLanguage::English);
}
