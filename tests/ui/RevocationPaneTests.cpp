// The revocation pane on its own (the lead places it on the case's appeal page): what stands and
// the steps the rule book allows, each one through RevocationService; refused steps are disabled
// with the refusal as their tooltip. Screenshots in bokmål and English with FV_SCREENSHOT_DIR.
#include "Clock.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "revocation/RevocationPane.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    QCoreApplication::sendPostedEvents(); // the layout follows the texts just set
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

// Decided on 2026-10-01, its decision letter sent on 2026-10-05.
QString sentCase(test::TempDb &t)
{
    ScopedToday day(QDate(2026, 10, 1));
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                        QStringLiteral("example-application.json"));
    REQUIRE(number.ok());
    const QString n = number.value();
    test::prepareForDraft(t, n);
    REQUIRE(DecisionService(ola).draft(n).ok());
    test::settleAssessment(t, n);
    REQUIRE(DecisionService(ola).submit(n).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    ScopedToday letterDay(QDate(2026, 10, 5));
    REQUIRE(DocumentService(ola).send(n, LetterKind::Decision).ok());
    return n;
}

// One database, a session per login (the pane acts as whoever is logged in).
struct Desk
{
    test::TempDb t;
    QString number;
    QString path;
    std::unique_ptr<Session> session;
    Status last = ok();
    QString done;

    Desk()
    {
        number = sentCase(t);
        path = t.path();
        t.close();
    }
    void logIn(const char *login)
    {
        session.reset();
        qputenv("FELLESVEDTAK_USER", login);
        session = std::make_unique<Session>();
        REQUIRE(session->open(path).ok());
        qunsetenv("FELLESVEDTAK_USER");
    }
    CaseRecord load() { return session->cases().load(number).value(); }
};

struct Shown
{
    Desk &desk;
    RevocationPane pane;

    explicit Shown(Desk &d) : desk(d)
    {
        pane.resize(900, 560);
        pane.show();
        REQUIRE(QTest::qWaitForWindowExposed(&pane));
        attach();
    }
    void attach()
    {
        pane.setSession(desk.session.get(), [this](const Status &s, const QString &text) {
            desk.last = s;
            desk.done = text;
            pane.setCase(desk.load());
        });
        pane.setCase(desk.load());
    }
};

} // namespace

TEST_CASE("the revocation pane: notice, deadline, proposal, approval by another, suspension", "[revocation][ui]")
{
    test::ensureGuiApplication();
    Desk desk;
    desk.logIn("ola");
    setUiLanguage(UiLanguage::English);
    ScopedToday day(QDate(2026, 11, 2));
    Shown shown(desk);
    RevocationPane &pane = shown.pane;

    CHECK(pane.revocationSummary()->text().contains(QStringLiteral("No advance notice")));
    CHECK(pane.notifyButton()->isEnabled());
    CHECK(pane.registries()->count() == 4);
    CHECK_FALSE(pane.approveButton()->isEnabled());
    CHECK(pane.approveButton()->toolTip().contains(QStringLiteral("needs the role")));
    CHECK_FALSE(pane.proposeButton()->isEnabled());
    CHECK(pane.proposeButton()->toolTip().contains(QStringLiteral("No advance notice")));
    CHECK_FALSE(pane.grantButton()->isEnabled());
    CHECK(pane.grantButton()->toolTip().contains(QStringLiteral("No request")));

    // Without grounds the core refuses and nothing is recorded.
    QTest::mouseClick(pane.notifyButton(), Qt::LeftButton);
    CHECK_FALSE(desk.last.ok());
    CHECK(desk.load().revocation.revocations.empty());

    pane.grounds()->setText(QStringLiteral("Opplysningene er lagret utenfor det godkjente miljøet."));
    pane.registries()->item(0)->setCheckState(Qt::Checked); // MFR only
    QTest::mouseClick(pane.notifyButton(), Qt::LeftButton);
    INFO((desk.last ? std::string() : desk.last.error().toString().toStdString()));
    REQUIRE(desk.last.ok());
    CHECK(desk.load().revocation.revocations.size() == 1);
    CHECK(pane.revocationSummary()->text().contains(QStringLiteral("Advance notice sent")));
    CHECK_FALSE(pane.notifyButton()->isEnabled());
    CHECK(pane.commentButton()->isEnabled());
    // Before the deadline the decision waits, and the tooltip says until when.
    CHECK_FALSE(pane.proposeButton()->isEnabled());
    CHECK(pane.proposeButton()->toolTip().contains(QStringLiteral("16.11.2026")));

    // A suspension request and its grant.
    pane.requestDate()->setDate(QDate(2026, 11, 1));
    pane.requestedBy()->setText(QStringLiteral("Universitetet i Oslo"));
    QTest::mouseClick(pane.requestButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(pane.grantButton()->isEnabled());
    CHECK_FALSE(pane.requestButton()->isEnabled());
    pane.suspensionReason()->setText(QStringLiteral("Klagen bør avgjøres først."));
    QTest::mouseClick(pane.grantButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(pane.suspensionSummary()->text().contains(QStringLiteral("Implementation suspended")));
    CHECK(pane.endButton()->isEnabled());
    saveScreenshot(pane, QStringLiteral("revocation-pane-en.png"));

    ScopedToday later(QDate(2026, 11, 20));
    shown.attach();
    REQUIRE(pane.proposeButton()->isEnabled());
    QTest::mouseClick(pane.proposeButton(), Qt::LeftButton);
    REQUIRE(desk.last.ok());
    CHECK(pane.revocationSummary()->text().contains(QStringLiteral("Awaiting approval")));

    // The decision-maker approves; the letters go out, the delivery of MFR is stopped.
    desk.logIn("kari");
    shown.attach();
    REQUIRE(pane.approveButton()->isEnabled());
    QTest::mouseClick(pane.approveButton(), Qt::LeftButton);
    INFO((desk.last ? std::string() : desk.last.error().toString().toStdString()));
    REQUIRE(desk.last.ok());
    CHECK(desk.done.contains(QStringLiteral("1 stop-delivery notice")));
    CHECK(pane.revocationSummary()->text().contains(QStringLiteral("approved by kari")));
    CHECK(desk.load().followUp.delivery(QStringLiteral("MFR"))->state() == DeliveryState::Stopped);

    setUiLanguage(UiLanguage::Bokmal);
    RevocationPane nb;
    nb.setSession(desk.session.get(), [](const Status &, const QString &) {});
    nb.resize(900, 560);
    nb.show();
    REQUIRE(QTest::qWaitForWindowExposed(&nb));
    nb.setCase(desk.load());
    // The bokmål words come with the translations folded in from translations/pending/i15revoke.tsv.
    CHECK(nb.suspensionSummary()->text()
          == QCoreApplication::translate(
              "fv::RevocationPane",
              "<span style=\"color:#b01c1c; font-weight:bold;\">Implementation suspended</span>: "
              "deliveries are not chased until the suspension ends."));
    saveScreenshot(nb, QStringLiteral("revocation-pane-nb.png"));
    setUiLanguage(UiLanguage::English);
}
