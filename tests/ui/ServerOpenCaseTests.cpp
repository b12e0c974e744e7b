// Issue 13: opening a case in the window on the team server costs at most 15 round trips (one
// statement is one round trip there; storage/ReadAhead.h reads the case and its panes ahead in
// one), by both ways in: the case opened by its number and the case chosen in a list. Needs
// $FV_TEST_PG_URI (tools/pg-cluster.sh); skipped without it.
#include "CurrentCase.h"
#include "MainWindow.h"
#include "ServerTestSupport.h"
#include "Session.h"
#include "casework/CaseView.h"
#include "storage/StatementCount.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::ServerTestDb;

namespace {

// The statements of a log, one a line and cut short (the bundle is long).
std::string listing(const QStringList &log)
{
    QStringList lines;
    for (const QString &sql : log)
        lines << sql.simplified().left(140);
    return lines.join(QLatin1Char('\n')).toStdString();
}

constexpr qint64 maxStatementsPerOpening = 15;

QString caseNumber(int n)
{
    return QStringLiteral("%1/%2")
        .arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'))
        .arg(n, 5, 10, QLatin1Char('0'));
}

// The statements one opening runs, listed for the failure message.
template<typename Open>
qint64 statementsOf(const QString &what, Open open, MainWindow &window, const QString &number)
{
    QStringList log;
    setStatementLog(&log);
    const qint64 before = statementsRun();
    open();
    QApplication::processEvents();
    const qint64 run = statementsRun() - before;
    setStatementLog(nullptr);
    INFO(what.toStdString() << ": " << run << " statements\n" << listing(log));
    REQUIRE(window.caseView()->currentCase());
    CHECK(window.caseView()->currentCase()->summary.caseNumber == number);
    CHECK(run <= maxStatementsPerOpening);
    return run;
}

} // namespace

TEST_CASE("team server: a case opens in the window in at most 15 round trips", "[ui][server][perf]")
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

    ServerTestDb s;
    const auto L = [](const char *w) { return QString::fromUtf8(w); };
    QTemporaryDir dir;
    const QString another = dir.filePath(L("another.json")); // the example again, with its own reference
    {
        QFile f(another);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(test::readFile(test::specFile(L("example-application.json")))
                    .replace(QByteArrayLiteral("HD-2026-000417"), QByteArrayLiteral("HD-2026-000418")));
    }
    REQUIRE(s.cli(s.ada(), {L("import"), test::specFile(L("example-application.json"))}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("import"), another}).status == 0);
    const QString first = caseNumber(1);
    const QString second = caseNumber(2);
    // The second case with a decision draft and an assessment: more panes with rows.
    REQUIRE(s.cli(s.ada(), {L("assign"), second, s.ada()}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("complete"), second}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("draft"), second}).status == 0);
    for (const char *item : {"purpose", "legal-basis", "rek"})
        REQUIRE(s.cli(s.bo(), {L("assess"), second, L(item), L("fulfilled")}).status == 0);

    Session session;
    REQUIRE(session.open(s.uri(s.ada())).ok());
    MainWindow window(session);
    window.resize(1400, 800);
    window.show();
    QApplication::processEvents();

    // The window opened the newest case when it started: that opening taught the window what an
    // opening reads (ReadAhead), so every opening from here on is bounded.
    REQUIRE(window.caseView()->currentCase());
    const qint64 openedFirst = statementsOf(
        L("the first case opened by its number"), [&] { REQUIRE(window.openCase(first)); }, window, first);
    const qint64 byNumber = statementsOf(
        L("opened by its number"), [&] { REQUIRE(window.openCase(second)); }, window, second);
    const qint64 fromList = statementsOf(
        L("chosen in a list"), [&] { window.currentCase()->set(first); }, window, first);
    CHECK(openedFirst >= 2); // the case's header (its version stamp) and what was read ahead
    CHECK(byNumber >= 2);
    CHECK(fromList >= 2);
}
