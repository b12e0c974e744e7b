// After the decision letter in the GUI: the "Levering og avslutning" page of a decided case
// (each granted registry's delivery, recorded by keyboard through the rule book; the end of the
// project) and the work queue's follow-up views. Days are fixed with ScopedToday.
#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "casework/CaseView.h"
#include "decision/DecisionService.h"
#include "followup/FollowUpPage.h"
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
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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

// Decided on 2026-10-01 (LMR refused), its decision letter sent on 2026-10-05.
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
        number = sentCase(t, QStringLiteral("HD-2026-8001"));
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

TEST_CASE("the delivery page lists the granted registries, says what is late and records by keyboard", "[followup][ui]")
{
    Desk desk("ola");
    ScopedToday day(QDate(2026, 12, 1)); // eight weeks after the letter: 30 November
    setUiLanguage(UiLanguage::English);
    FollowUpPage page;
    page.setSession(desk.session.get(), [&](const Status &s, const QString &) {
        desk.last = s;
        page.showCase(desk.load());
    });
    page.resize(1000, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCase(desk.load());

    QTableWidget *table = page.deliveryTable();
    REQUIRE(table->rowCount() == 3); // LMR was refused: nothing to deliver
    CHECK(table->item(0, 0)->text() == QStringLiteral("MFR"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Not reported – overdue"));
    CHECK_FALSE(table->item(1, 1)->icon().isNull());
    CHECK(page.summary()->text().contains(QStringLiteral("Not delivered in time: MFR, NPR, DAR")));
    for (QWidget *w : std::initializer_list<QWidget *>{
             table, page.registryChoice(), page.stepChoice(), page.deliveryDate()->lineEdit(), page.delayReason(),
             page.reportDate()->lineEdit(), page.deletionDate()->lineEdit()})
        CHECK_FALSE(w->accessibleName().isEmpty());

    // Keyboard only: the registry, "Delayed", the reason, Enter.
    page.registryChoice()->setFocus();
    QTest::keyClick(page.registryChoice(), Qt::Key_Down); // NPR
    CHECK(page.registryChoice()->currentText() == QStringLiteral("NPR"));
    page.stepChoice()->setFocus();
    QTest::keyClick(page.stepChoice(), Qt::Key_Down); // Delayed
    REQUIRE(page.delayReason()->isVisible());
    page.delayReason()->setFocus();
    QTest::keyClicks(page.delayReason(), QStringLiteral("Venter på koblingsnøkkel"));
    QTest::keyClick(page.delayReason(), Qt::Key_Return);
    REQUIRE(desk.last.ok());
    const CaseRecord after = desk.load();
    REQUIRE(after.followUp.delivery(QStringLiteral("NPR")));
    CHECK(after.followUp.delivery(QStringLiteral("NPR"))->delayReason == QStringLiteral("Venter på koblingsnøkkel"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Delayed – overdue"));
    // The reason is the last column (it takes what room is left) and its whole text is the tooltip.
    CHECK(table->horizontalHeaderItem(5)->text() == QStringLiteral("Reason for delay"));
    CHECK(table->item(1, 5)->text() == QStringLiteral("Venter på koblingsnøkkel"));
    CHECK(table->item(1, 5)->toolTip() == QStringLiteral("Venter på koblingsnøkkel"));
    CHECK(page.registryChoice()->currentText() == QStringLiteral("NPR")); // the choice stays

    // MFR delivered on a typed day.
    page.registryChoice()->setCurrentIndex(0);
    page.stepChoice()->setCurrentIndex(FollowUpPage::Delivered);
    page.deliveryDate()->lineEdit()->setText(QStringLiteral("20.11.2026"));
    QTest::mouseClick(page.recordDeliveryButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(table->item(0, 4)->text() == QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat));
    CHECK(page.summary()->text().contains(QStringLiteral("Not delivered in time: NPR, DAR")));
    saveScreenshot(page, QStringLiteral("followup-page-en.png"));

    // A day in the future is refused by the core, and nothing changes.
    const qint64 version = desk.load().rowVersion;
    page.reportDate()->lineEdit()->setText(QStringLiteral("10.02.2031"));
    QTest::mouseClick(page.recordReportButton(), Qt::LeftButton);
    REQUIRE_FALSE(desk.last.ok());
    CHECK(desk.last.error().message.contains(QStringLiteral("10.02.2031")));
    CHECK(desk.load().rowVersion == version);
    CHECK_FALSE(desk.load().followUp.end.reportOn.isValid());
}

TEST_CASE("a decision-maker sees the delivery page but its controls say why they are disabled", "[followup][ui]")
{
    Desk desk("kari");
    ScopedToday day(QDate(2026, 12, 1));
    setUiLanguage(UiLanguage::English);
    FollowUpPage page;
    page.setSession(desk.session.get(), [&](const Status &s, const QString &) { desk.last = s; });
    page.showCase(desk.load());
    CHECK(page.deliveryTable()->rowCount() == 3);
    CHECK_FALSE(page.recordDeliveryButton()->isEnabled());
    CHECK(page.recordDeliveryButton()->toolTip().contains(QStringLiteral("kari")));
    CHECK_FALSE(page.recordReportButton()->isEnabled());
    CHECK(page.recordReportButton()->toolTip().contains(QStringLiteral("kari")));
}

TEST_CASE("the main window has the delivery page and the work queue's follow-up views, in both languages",
          "[followup][ui][workqueue]")
{
    Desk desk("ola");
    ScopedToday day(QDate(2031, 2, 2)); // data never delivered, the end report late
    for (UiLanguage language : {UiLanguage::Bokmal, UiLanguage::English}) {
        setUiLanguage(language);
        const QString suffix = language == UiLanguage::Bokmal ? QStringLiteral("nb") : QStringLiteral("en");
        MainWindow window(*desk.session);
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        WorkQueueView *queue = window.workQueue();
        CHECK(queue->count(QueueKind::DataNotDelivered) == 1);
        CHECK(queue->count(QueueKind::EndReportMissing) == 1);
        CHECK(queue->count(QueueKind::DeletionNotConfirmed) == 0);
        queue->showKind(QueueKind::DataNotDelivered);
        REQUIRE(queue->table()->model()->rowCount() == 1);
        CHECK(queue->table()->model()->index(0, WorkQueueModel::Number).data().toString() == desk.number);
        if (language == UiLanguage::English) {
            CHECK(queue->table()->model()->index(0, WorkQueueModel::Task).data().toString()
                  == QStringLiteral("Data not delivered (MFR, NPR, DAR)"));
            CHECK(queue->views()->item(7)->text().startsWith(QStringLiteral("Data not delivered")));
        }
        // Alt+0 chooses the tenth view (deletion not confirmed); Alt+9 the ninth.
        QTest::keyClick(&window, Qt::Key_9, Qt::AltModifier);
        CHECK(queue->currentKind() == QueueKind::EndReportMissing);
        saveScreenshot(window, QStringLiteral("followup-queue-%1.png").arg(suffix));
        QTest::keyClick(&window, Qt::Key_0, Qt::AltModifier);
        CHECK(queue->currentKind() == QueueKind::DeletionNotConfirmed);

        REQUIRE(window.openCase(desk.number));
        window.caseView()->showTab(CaseView::FollowUpTab);
        FollowUpPage *page = window.caseView()->followUpPage();
        CHECK(page->isVisible());
        CHECK(page->deliveryTable()->rowCount() == 3);
        CHECK(page->endSummary()->text().contains(QStringLiteral("⚠")));
        saveScreenshot(window, QStringLiteral("followup-case-%1.png").arg(suffix));
    }
    setUiLanguage(UiLanguage::English);
}
