// Two caseworkers, each signed in as their own login, each with their own window on one case on
// the team server (issue 13, "Must show"): Ada drafts and submits in her window, Bo's window
// shows it within a second through LISTEN fv_case and Bo approves there; Ada's approval is
// refused by her window and by the server from psql; an edit built on an old version is
// refused with who changed the case and when, and the caseworker's text stays in the editor.
// Both windows live in this one process: each Session has its own named connection. Needs
// $FV_TEST_PG_URI (tools/pg-cluster.sh); skipped without it.
#include "MainWindow.h"
#include "ServerTestSupport.h"
#include "Session.h"
#include "Translations.h"
#include "casework/CaseView.h"
#include "decision/DecisionEditor.h"
#include "decision/DecisionService.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace fv;
using fv::test::ServerTestDb;

namespace {

#define REQUIRE_SERVER() \
    if (!ServerTestDb::available()) \
    SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)")

// The server's clock only: the test program's fixed date is set aside while a test runs.
struct ServerClock
{
    QByteArray day = qgetenv("FELLESVEDTAK_TODAY");
    ServerClock() { qunsetenv("FELLESVEDTAK_TODAY"); }
    ~ServerClock() { qputenv("FELLESVEDTAK_TODAY", day); }
};

// The GUI's language for as long as it lives; English (the tests' language) afterwards.
struct GuiLanguage
{
    explicit GuiLanguage(UiLanguage language) { setUiLanguage(language); }
    ~GuiLanguage() { setUiLanguage(UiLanguage::English); }
};

// One caseworker at her desk: a session signed in as her login, and her main window.
struct Desk
{
    Session session;
    std::unique_ptr<MainWindow> window;

    Desk(const ServerTestDb &server, const QString &login, int x)
    {
        REQUIRE(session.open(server.uri(login)).ok());
        REQUIRE(session.user().login == login);
        window = std::make_unique<MainWindow>(session);
        window->setGeometry(x, 0, 1280, 760);
        window->show();
    }
    ~Desk() { window.reset(); }
    QAction *action(const char *name) const { return window->action(QString::fromLatin1(name)); }
    // The keyboard goes to this window (shortcuts work in the active window only).
    void activate() const
    {
        window->activateWindow(); // the platform's window too: Qt sends keys to the active one
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers) const
    {
        activate();
        QTest::keyClick(window.get(), key, modifiers);
    }
    CaseStatus shownStatus() const
    {
        const auto &rec = window->caseView()->currentCase();
        return rec ? rec->summary.status : CaseStatus::Received;
    }
    QString statusBarText() const
    {
        QStringList texts;
        for (const QLabel *l : window->statusBar()->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('\n'));
    }
};

// A case imported by Ada on the command line, hers, complete: ready for a draft.
QString importedCase(const ServerTestDb &server)
{
    auto imported = server.cli(
        server.ada(), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    REQUIRE(imported.status == 0);
    const QString number = imported.out.section(QLatin1Char('\t'), 0, 0);
    REQUIRE(server.cli(server.ada(), {QStringLiteral("assign"), number, server.ada()}).status == 0);
    REQUIRE(server.cli(server.ada(), {QStringLiteral("complete"), number}).status == 0);
    return number;
}

// Bo, the lawyer, settles the legal assessment from the command line.
void assessAsBo(const ServerTestDb &server, const QString &number)
{
    for (const char *item : {"purpose", "legal-basis", "rek", "institution-approval", "minimisation", "security",
                             "society-interest", "linkage", "deletion"})
        REQUIRE(
            server
                .cli(server.bo(), {QStringLiteral("assess"), number, QLatin1String(item), QStringLiteral("fulfilled")})
                .status
            == 0);
}

// Ctrl+E in the window opens the decision editor on the current case.
DecisionEditor *openEditor(const Desk &desk)
{
    desk.press(Qt::Key_E, Qt::ControlModifier);
    auto *editor = desk.window->findChild<DecisionEditor *>();
    REQUIRE(editor);
    editor->activateWindow();
    QApplication::setActiveWindow(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    return editor;
}

// Types `text` at the end of the editor's main reasons.
void typeReasons(DecisionEditor *editor, const QString &text)
{
    editor->pages()->setCurrentIndex(DecisionEditor::TextsPage);
    QPlainTextEdit *reasons = editor->reasonsEdit();
    reasons->setFocus();
    reasons->moveCursor(QTextCursor::End);
    QTest::keyClicks(reasons, text);
}

void closeEditor(DecisionEditor *editor)
{
    QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// What the server holds of the case's decision and its audit trail, read as the administrator.
QString serverState(const ServerTestDb &server)
{
    auto decisions = server.psql(
        server.it(),
        QStringLiteral("SELECT string_agg(status || ' ' || revision || ' ' || "
                       "coalesce(approved_by::text, '-'), ';' ORDER BY id) FROM decision"));
    auto events = server.psql(server.it(), QStringLiteral("SELECT count(*) || ' ' || max(id) FROM event"));
    auto head = server.psql(server.it(), QStringLiteral("SELECT last_id || ' ' || last_hash FROM audit_head"));
    REQUIRE(decisions.status == 0);
    REQUIRE(events.status == 0);
    REQUIRE(head.status == 0);
    return decisions.out + events.out + head.out;
}

// For a wait: notes the moment `condition` is first seen true.
bool showsNow(bool condition, QDateTime &at)
{
    if (condition && !at.isValid())
        at = QDateTime::currentDateTimeUtc();
    return condition;
}

// Milliseconds from the server's time of the newest change of a case (its event's time: the
// start of the transaction that recorded it, in the office's zone) to `shown`.
qint64 sinceLastChange(const ServerTestDb &server, QDateTime &shown)
{
    auto at = server.psql(server.it(), QStringLiteral("SELECT max(at) FROM event WHERE case_id IS NOT NULL"));
    REQUIRE(at.status == 0);
    QDateTime changed = QDateTime::fromString(at.out.trimmed(), Qt::ISODateWithMs);
    REQUIRE(changed.isValid());
    changed.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Oslo"))); // fv_time_zone()
    const qint64 ms = changed.msecsTo(shown);
    shown = QDateTime(); // ready for the next wait
    return ms;
}

void screenshot(const Desk &desk, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !dir.isEmpty())
        desk.window->grab().save(QDir(dir).filePath(QStringLiteral("screenshot-%1.png").arg(name)));
}

// Both windows as they are, in bokmål too: the same sessions in windows built in that language.
void screenshotsInBokmal(Desk &ada, Desk &bo, const QString &number)
{
    if (qEnvironmentVariable("FV_SCREENSHOT_DIR").isEmpty())
        return;
    GuiLanguage nb(UiLanguage::Bokmal);
    for (Desk *desk : {&ada, &bo}) {
        MainWindow window(desk->session);
        window.setGeometry(desk->window->geometry());
        window.show();
        REQUIRE(window.selectCase(number));
        window.caseView()->showTab(CaseView::DecisionTab);
        const QString name = desk == &ada ? QStringLiteral("two-gui-ada-nb") : QStringLiteral("two-gui-bo-nb");
        window.grab().save(QDir(qEnvironmentVariable("FV_SCREENSHOT_DIR")).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace

TEST_CASE("two caseworkers in two windows on the server: Ada drafts and submits, Bo sees it within a second and "
          "approves, Ada's own approval refused by the window and by the server",
          "[ui][server][four-eyes]")
{
    REQUIRE_SERVER();
    ServerClock clock;
    ServerTestDb server;
    const QString number = importedCase(server);
    Desk ada(server, server.ada(), 0);
    Desk bo(server, server.bo(), 1300);
    CHECK(ada.statusBarText().contains(QStringLiteral("Ada Ødegård")));
    CHECK(ada.statusBarText().contains(QStringLiteral("%1@localhost/%2").arg(server.ada(), server.name())));
    CHECK(bo.statusBarText().contains(QStringLiteral("Bo Sæther")));
    CHECK(bo.statusBarText().contains(QStringLiteral("%1@localhost/%2").arg(server.bo(), server.name())));

    // Ada makes the draft with Ctrl+D; Bo, the lawyer, settles the assessment on the command line.
    REQUIRE(ada.window->selectCase(number));
    REQUIRE(bo.window->selectCase(number));
    ada.press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(ada.session.cases().load(number)->currentDecision());
    assessAsBo(server, number);

    // She adds to the reasons in the decision editor and saves with Ctrl+S.
    CHECK(QTest::qWaitFor([&] { return ada.action("submit")->isEnabled(); }, 2000)); // the assessment, by NOTIFY
    DecisionEditor *editor = openEditor(ada);
    CHECK_FALSE(editor->isReadOnly());
    const QString added = QStringLiteral(" Vurdert sammen med juristen; nytten for pasientene veier tyngst.");
    typeReasons(editor, added);
    QTest::keyClick(editor->reasonsEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(editor->isModified());
    closeEditor(editor);
    CHECK(ada.session.cases().load(number)->currentDecision()->reasons.endsWith(added));

    // Ctrl+Shift+G submits; Bo's window shows it, untouched, through the server's notification,
    // within a second of the server's time of the change. Both windows share this thread, so
    // Ada's window's own refresh comes first: an upper bound of what two machines would see.
    CHECK_FALSE(bo.action("approve")->isEnabled());
    QSqlDriver *boDriver = bo.session.database().connection().driver();
    QSignalSpy notified(boDriver, &QSqlDriver::notification);
    QSignalSpy boChanged(&bo.session, &Session::casesChanged);
    QElapsedTimer latency;
    qint64 noticeAt = -1;
    QObject::connect(boDriver, &QSqlDriver::notification, &bo.session, [&] {
        if (noticeAt < 0)
            noticeAt = latency.elapsed();
    });
    latency.start();
    ada.press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 submitted = latency.elapsed();
    REQUIRE(ada.session.cases().load(number)->summary.status == CaseStatus::AwaitingApproval); // committed
    QDateTime shown;
    const bool arrived = QTest::qWaitFor([&] { return showsNow(bo.action("approve")->isEnabled(), shown); }, 2000);
    const qint64 pressed = latency.elapsed();
    REQUIRE(arrived);
    const qint64 ms = sinceLastChange(server, shown);
    qInfo("Bo's window showed Ada's submission %lld ms after the server's time of it (%lld ms after her "
          "Ctrl+Shift+G; her submit and her own window's refresh took %lld ms; the notice reached Bo's "
          "connection at %lld ms)",
          ms, pressed, submitted, noticeAt);
    CHECK(ms >= 0);
    CHECK(ms <= 1000);
    CHECK(bo.shownStatus() == CaseStatus::AwaitingApproval);
    // It came by NOTIFY from Ada's connection, not by anything Bo's window did.
    REQUIRE_FALSE(notified.isEmpty());
    CHECK(notified.first().at(0).toString() == QStringLiteral("fv_case"));
    CHECK(notified.first().at(1).value<QSqlDriver::NotificationSource>() == QSqlDriver::OtherSource);
    CHECK(boChanged.count() >= 1);
    bo.window->caseView()->showTab(CaseView::DecisionTab);
    ada.window->caseView()->showTab(CaseView::DecisionTab);
    screenshot(ada, QStringLiteral("two-gui-ada-en"));
    screenshot(bo, QStringLiteral("two-gui-bo-en"));
    screenshotsInBokmal(ada, bo, number);

    // Ada holds the decision-maker role, but drafted this version: her window offers no approval and
    // says why, the core refuses it, and so does the server when she sends it from psql.
    const QString before = serverState(server);
    QAction *adaApprove = ada.action("approve");
    CHECK_FALSE(adaApprove->isEnabled());
    CHECK(adaApprove->toolTip().contains(QStringLiteral("may not approve it")));
    CHECK(adaApprove->toolTip().contains(QStringLiteral("four-eyes")));
    Dialogs::setNextConfirmation(true);
    ada.press(Qt::Key_G, Qt::ControlModifier); // a disabled action does nothing
    Dialogs::setNextConfirmation(false);       // the scripted answer, if still unused, says no
    const Status own = DecisionService(ada.session.cases()).approve(number);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().message.contains(QStringLiteral("four-eyes")));
    const int revision = ada.session.cases().load(number)->currentDecision()->revision;
    auto fromPsql = server.psql(
        server.ada(), QStringLiteral("SELECT fv_approve_decision('%1', %2)").arg(number).arg(revision));
    CHECK(fromPsql.status != 0);
    CHECK(fromPsql.err.contains(QStringLiteral("fv:four-eyes")));
    CHECK(serverState(server) == before);
    CHECK(before.startsWith(QStringLiteral("submitted %1 -").arg(revision)));

    // Bo approves with Ctrl+G in his window; Ada's window shows the approval, also within a second.
    Dialogs::setNextConfirmation(true);
    latency.restart();
    bo.press(Qt::Key_G, Qt::ControlModifier);
    CHECK(bo.session.cases().load(number)->summary.status == CaseStatus::Decided);
    REQUIRE(QTest::qWaitFor([&] { return showsNow(ada.shownStatus() == CaseStatus::Decided, shown); }, 2000));
    const qint64 back = sinceLastChange(server, shown);
    qInfo("Ada's window showed Bo's approval %lld ms after the server's time of it (%lld ms after his Ctrl+G)", back,
          latency.elapsed());
    CHECK(back >= 0);
    CHECK(back <= 1000);
    auto approvedBy = server.psql(
        server.it(), QStringLiteral("SELECT u.login FROM decision d JOIN app_user u ON u.id = d.approved_by"));
    CHECK(approvedBy.out.trimmed() == server.bo());
    CHECK(server.cli(server.it(), {QStringLiteral("audit"), QStringLiteral("verify")}).status == 0);
}

TEST_CASE("a stale edit in the window is refused with who changed the case and when, in bokmål, and the text stays",
          "[ui][server][stale]")
{
    REQUIRE_SERVER();
    ServerClock clock;
    GuiLanguage nb(UiLanguage::Bokmal);
    ServerTestDb server;
    const QString number = importedCase(server);
    Desk ada(server, server.ada(), 0);
    Desk bo(server, server.bo(), 1300);
    REQUIRE(ada.window->selectCase(number));
    ada.press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(ada.session.cases().load(number)->currentDecision());
    REQUIRE(bo.window->selectCase(number));

    // Both open the draft. Ada types; meanwhile Bo changes the legal basis and saves.
    DecisionEditor *adaEditor = openEditor(ada);
    const QString mine = QStringLiteral(" Søker har godtgjort at formålet ikke kan nås uten disse opplysningene.");
    typeReasons(adaEditor, mine);
    REQUIRE(adaEditor->isModified());
    DecisionEditor *boEditor = openEditor(bo);
    REQUIRE_FALSE(boEditor->isReadOnly());
    const QString theirs = QStringLiteral(" Se også helseregisterloven § 19 e.");
    boEditor->edit(QStringLiteral("legal basis"), [&](DecisionEditorState &s) { s.decision.legalBasis += theirs; });
    QTest::keyClick(boEditor, Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(boEditor->isModified());
    closeEditor(boEditor);
    const QString stored = serverState(server);

    // Ada saves: refused, naming Bo and the time of his change, in her language (bokmål).
    adaEditor->activateWindow();
    QApplication::setActiveWindow(adaEditor);
    REQUIRE(QTest::qWaitForWindowActive(adaEditor));
    QTest::keyClick(adaEditor->reasonsEdit(), Qt::Key_S, Qt::ControlModifier);
    const QString refusal = adaEditor->messageBar()->text();
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("Saken ble endret av Bo Sæther (%1)").arg(server.bo())));
    // The server's own time of his change (local time in the office's zone, as stored).
    auto at = server.psql(server.it(), QStringLiteral("SELECT max(at) FROM event"));
    REQUIRE(at.status == 0);
    const QString when =
        QDateTime::fromString(at.out.trimmed(), Qt::ISODateWithMs).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    REQUIRE_FALSE(when.isEmpty());
    CHECK(refusal.contains(when));
    CHECK(refusal.contains(QStringLiteral("endringen din ble ikke lagret")));

    // Nothing lost: her text is still in the editor, unsaved; Bo's change is what the server holds.
    CHECK(adaEditor->isModified());
    CHECK(adaEditor->reasonsEdit()->toPlainText().endsWith(mine));
    CHECK(adaEditor->state().decision.reasons.endsWith(mine));
    CHECK(serverState(server) == stored);
    const auto rec = ada.session.cases().load(number);
    CHECK(rec->currentDecision()->legalBasis.endsWith(theirs));
    CHECK_FALSE(rec->currentDecision()->reasons.contains(mine));
    if (const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !dir.isEmpty())
        adaEditor->grab().save(QDir(dir).filePath(QStringLiteral("screenshot-two-gui-stale-nb.png")));

    // She is offered to put her changes on Bo's version: his legal basis stays, her reasons go on
    // top, and her save is taken.
    QPushButton *reapply = adaEditor->reapplyButton();
    REQUIRE(reapply->isVisible());
    CHECK(reapply->objectName() == QStringLiteral("reapplyDecision"));
    QTest::mouseClick(reapply, Qt::LeftButton);
    CHECK_FALSE(reapply->isVisible());
    CHECK(adaEditor->state().decision.legalBasis.endsWith(theirs));
    CHECK(adaEditor->state().decision.reasons.endsWith(mine));
    CHECK(adaEditor->reasonsEdit()->toPlainText().endsWith(mine));
    CHECK(adaEditor->messageBar()->text()
          == QCoreApplication::translate("fv::DecisionEditor",
                                         "Your changes are now on the version your colleague "
                                         "saved; check them and save (Ctrl+S)."));
    CHECK(serverState(server) == stored); // nothing saved until she saves
    QTest::keyClick(adaEditor->reasonsEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(adaEditor->isModified());
    const Decision both = *ada.session.cases().load(number)->currentDecision();
    CHECK(both.legalBasis.endsWith(theirs));
    CHECK(both.reasons.endsWith(mine));
    if (const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !dir.isEmpty())
        adaEditor->grab().save(QDir(dir).filePath(QStringLiteral("screenshot-two-gui-reapplied-nb.png")));
    closeEditor(adaEditor);
}

TEST_CASE("changes reapplied on a colleague's version name the part both changed", "[ui][server][stale]")
{
    REQUIRE_SERVER();
    ServerClock clock;
    ServerTestDb server;
    const QString number = importedCase(server);
    Desk ada(server, server.ada(), 0);
    Desk bo(server, server.bo(), 1300);
    REQUIRE(ada.window->selectCase(number));
    ada.press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(bo.window->selectCase(number));
    DecisionEditor *adaEditor = openEditor(ada);
    typeReasons(adaEditor, QStringLiteral(" Ada's sentence."));
    DecisionEditor *boEditor = openEditor(bo);
    typeReasons(boEditor, QStringLiteral(" Bo's sentence."));
    QTest::keyClick(boEditor->reasonsEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(boEditor->isModified());
    closeEditor(boEditor);

    adaEditor->activateWindow();
    QApplication::setActiveWindow(adaEditor);
    REQUIRE(QTest::qWaitForWindowActive(adaEditor));
    CHECK_FALSE(adaEditor->save());
    REQUIRE(adaEditor->reapplyButton()->isVisible());
    CHECK(adaEditor->reapplyOnNewVersion());
    CHECK(adaEditor->messageBar()->text().contains(QStringLiteral("you both changed the reasons")));
    CHECK(adaEditor->state().decision.reasons.endsWith(QStringLiteral(" Ada's sentence.")));
    // Her earlier steps were on a version that is gone: no undo puts it back over Bo's; still modified.
    CHECK_FALSE(adaEditor->undoStack()->canUndo());
    CHECK(adaEditor->isModified());
    Dialogs::setNextConfirmation(true);
    adaEditor->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(ada.session.cases().load(number)->currentDecision()->reasons.endsWith(QStringLiteral(" Bo's sentence.")));
}
