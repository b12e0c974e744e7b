// The GUI on the team server: File → Connect to server's address, the signed-in login in the
// status bar, and a colleague's change (another connection, another login) refreshing the open
// window within a second through LISTEN fv_case. The server parts need $FV_TEST_PG_URI
// (tools/pg-cluster.sh) and are skipped without it.
#include "MainWindow.h"
#include "ServerTestSupport.h"
#include "Session.h"
#include "search/CaseListModel.h"
#include "widgets/ServerDialog.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::ServerTestDb;

TEST_CASE("Connect to server makes a libpq address, with no password in it", "[ui][server]")
{
    CHECK(ServerDialog::uri(QStringLiteral("fellesvedtak.etat.local"), 5432, QStringLiteral("fellesvedtak"))
          == QStringLiteral("postgresql://fellesvedtak.etat.local:5432/fellesvedtak"));
    CHECK(ServerDialog::uri(QStringLiteral(" /run/postgresql "), 5433, QStringLiteral("fv"))
          == QStringLiteral("postgresql:///fv?host=/run/postgresql&port=5433"));
    CHECK(ServerDialog::uri(QStringLiteral("db"), 5432, QStringLiteral("sak og vedtak"))
          == QStringLiteral("postgresql://db:5432/sak%20og%20vedtak"));
}

TEST_CASE("Connect to server remembers host, port and database, and asks for no password", "[ui][server]")
{
    QSettings().remove(QStringLiteral("server"));
    {
        ServerDialog dialog;
        const auto fields = dialog.findChildren<QLineEdit *>();
        CHECK(std::none_of(fields.cbegin(), fields.cend(), [](const QLineEdit *f) {
            return f->echoMode() != QLineEdit::Normal;
        })); // no password
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("serverPort"));
        REQUIRE(host);
        REQUIRE(port);
        CHECK(port->value() == 5432);
        host->setText(QStringLiteral("fellesvedtak.etat.local"));
        port->setValue(5433);
        dialog.show();
        if (const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("screenshot-connect-server.png")));
        dialog.remember();
    }
    ServerDialog again;
    CHECK(again.uri() == QStringLiteral("postgresql://fellesvedtak.etat.local:5433/fellesvedtak"));
    QSettings().remove(QStringLiteral("server"));
}

TEST_CASE("a colleague's change on the server shows in the open window within a second", "[ui][server]")
{
    if (!ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    const QByteArray fixedDay = qgetenv("FELLESVEDTAK_TODAY");
    qunsetenv("FELLESVEDTAK_TODAY"); // the server's clock only
    struct Restore
    {
        QByteArray day;
        ~Restore() { qputenv("FELLESVEDTAK_TODAY", day); }
    } restore{fixedDay};

    ServerTestDb server;
    Session session;
    REQUIRE(session.open(server.uri(server.ada())).ok());
    CHECK(session.user().login == server.ada());
    MainWindow window(session);
    window.resize(1400, 800);
    window.show();
    QAbstractItemModel *model = window.caseTable()->model();
    CHECK(model->rowCount() == 0);
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
        return l->text().contains(QStringLiteral("Ada Ødegård"))
            && l->text().contains(QStringLiteral("%1@localhost/%2").arg(server.ada(), server.name()));
    });
    CHECK(shown);

    // Bo registers a case from another program: ada's window lists it without a refresh.
    QSignalSpy changed(&session, &Session::casesChanged);
    QElapsedTimer clock;
    clock.start();
    auto imported = server.cli(
        server.bo(), {QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    REQUIRE(imported.status == 0);
    const qint64 committedAfter = clock.elapsed();
    REQUIRE(changed.wait(1000));
    CHECK(clock.elapsed() - committedAfter < 1000);
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, CaseListModel::Number).data().toString() == imported.out.section(QLatin1Char('\t'), 0, 0));
    if (const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(QDir(dir).filePath(QStringLiteral("screenshot-server.png")));
}
