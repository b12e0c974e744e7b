// The File menu's safety net as a caseworker uses it: back up, check, restore, and the banner
// on a write-protected database.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "decision/DecisionService.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

// A new database with three imported applications (26/00001–26/00003); the acting login
// holds every role.
void makeOffice(Session &session, const QString &path)
{
    REQUIRE(session.createEmpty(path, DatabaseKind::Test).ok());
    QJsonObject app =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json")))).object();
    for (int i = 1; i <= 3; ++i) {
        app.insert(QStringLiteral("reference"), QStringLiteral("HD-2026-700%1").arg(i));
        REQUIRE(session.cases().importApplication(QJsonDocument(app).toJson(), QStringLiteral("a.json")).ok());
    }
    session.notifyCasesChanged();
}

CaseStatus statusOf(Session &session, const QString &number)
{
    auto rec = session.cases().load(number);
    REQUIRE(rec.ok());
    return rec->summary.status;
}

} // namespace

TEST_CASE("back up, check and restore from the File menu", "[ui][backup]")
{
    QTemporaryDir dir;
    Session session;
    makeOffice(session, dir.filePath(QStringLiteral("cases.db")));
    MainWindow window(session);
    window.resize(1400, 860);
    window.show();
    const QString backup = dir.filePath(QStringLiteral("cases-backup.bak"));

    Dialogs::setNextFileName(backup);
    window.action(QStringLiteral("backupDatabase"))->trigger();
    INFO(window.messageBar()->text().toStdString());
    CHECK(window.messageBar()->text().contains(QStringLiteral("Backup written")));
    REQUIRE(QFileInfo::exists(backup));
    CHECK((QFileInfo(backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    // Work after the backup: 26/00002 gets a decision draft.
    REQUIRE(statusOf(session, QStringLiteral("26/00002")) == CaseStatus::Received);
    REQUIRE(test::prepareForDraft(session.cases(), QStringLiteral("26/00002")).ok());
    REQUIRE(DecisionService(session.cases()).draft(QStringLiteral("26/00002")).ok());
    REQUIRE(statusOf(session, QStringLiteral("26/00002")) == CaseStatus::DecisionDraft);

    window.action(QStringLiteral("checkDatabase"))->trigger();
    CHECK(window.messageBar()->text().contains(QStringLiteral("in order")));
    saveScreenshot(window, QStringLiteral("reliability-check.png"));

    // A restore the caseworker declines changes nothing.
    Dialogs::setNextFileName(backup);
    Dialogs::setNextConfirmation(false);
    window.action(QStringLiteral("restoreDatabase"))->trigger();
    CHECK(statusOf(session, QStringLiteral("26/00002")) == CaseStatus::DecisionDraft);

    Dialogs::setNextFileName(backup);
    Dialogs::setNextConfirmation(true);
    window.action(QStringLiteral("restoreDatabase"))->trigger();
    INFO(window.messageBar()->text().toStdString());
    CHECK(window.messageBar()->text().contains(QStringLiteral("Restored from cases-backup.bak")));
    REQUIRE(session.isOpen());
    CHECK(statusOf(session, QStringLiteral("26/00002")) == CaseStatus::Received);
    CHECK(window.caseTable()->model()->rowCount() == 3);
    saveScreenshot(window, QStringLiteral("reliability-restored.png"));
}

TEST_CASE("a restore refused leaves the database open as it was", "[ui][backup]")
{
    QTemporaryDir dir;
    Session session;
    makeOffice(session, dir.filePath(QStringLiteral("cases.db")));
    MainWindow window(session);
    const QString junk = dir.filePath(QStringLiteral("junk.bak"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a backup");
    f.close();
    Dialogs::setNextFileName(junk);
    Dialogs::setNextConfirmation(true);
    window.action(QStringLiteral("restoreDatabase"))->trigger();
    CHECK(window.messageBar()->text().contains(QStringLiteral("not a Fellesvedtak backup")));
    REQUIRE(session.isOpen());
    CHECK(window.caseTable()->model()->rowCount() == 3);
}

TEST_CASE("a write-protected database opens with a read-only banner and offers no changes", "[ui][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    {
        Session making;
        makeOffice(making, path);
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    Session session;
    REQUIRE(session.open(path).ok());
    MainWindow window(session);
    window.resize(1400, 860);
    window.show();
    CHECK(window.messageBar()->isVisible());
    CHECK(window.messageBar()->text().contains(QStringLiteral("read-only")));
    REQUIRE(window.selectCase(QStringLiteral("26/00002")));
    CHECK_FALSE(window.action(QStringLiteral("import"))->isEnabled());
    CHECK_FALSE(window.action(QStringLiteral("draft"))->isEnabled());
    saveScreenshot(window, QStringLiteral("reliability-read-only.png"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
