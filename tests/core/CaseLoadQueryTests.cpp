// Issue 13: opening a case costs few statements (on the team server one statement is one round
// trip). CaseService::load is counted with fv::statementsRun on SQLite and, with
// $FV_TEST_PG_URI, on the server; the count must stay under a bound and must not grow with the
// case's rows (no query per row).
#include "ServerTestSupport.h"
#include "TestSupport.h"
#include "casework/CaseService.h"
#include "casework/CaseworkService.h"
#include "casework/Users.h"
#include "decision/DecisionService.h"
#include "storage/StatementCount.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// The most statements one CaseService::load may run. Today 24 for a case with a decision: the
// settings (1), the case's header and summary (2), the application with its persons, sources
// and attachments (4), the decisions with their registries, variables, conditions and
// contributors (5), events (1), documents (1), the casework tables (5), follow-up (2),
// revocation (2), appeal (1). A little room for one more table; none for a query per row.
constexpr qint64 maxStatementsPerLoad = 26;
// On the team server, once the connection has loaded a case: the case's header (with the version
// stamp the concurrency guard checks) and everything else read ahead in one (storage/ReadAhead.h).
constexpr qint64 maxServerStatementsPerLoad = 2;

qint64 statementsOfLoad(CaseService &service, const QString &number)
{
    const qint64 before = statementsRun();
    auto rec = service.load(number);
    INFO((rec ? QString() : rec.error().toString()).toStdString());
    REQUIRE(rec.ok());
    REQUIRE(rec->summary.caseNumber == number);
    return statementsRun() - before;
}

} // namespace

TEST_CASE("a case is loaded in a bounded number of statements that does not grow with its rows", "[casework][perf]")
{
    test::TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    const auto n = ola.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                         QStringLiteral("example-application.json"));
    REQUIRE(n.ok());
    const qint64 fresh = statementsOfLoad(ola, n.value());
    CHECK(fresh > 0); // the counter counts
    CHECK(fresh <= maxStatementsPerLoad);

    // More rows of every kind: events, a decision with its entries, the legal assessment.
    test::prepareForDraft(t, n.value());
    test::settleAssessment(t, n.value());
    REQUIRE(DecisionService(ola).draft(n.value()).ok());
    const auto rec = ola.load(n.value());
    REQUIRE(rec.ok());
    REQUIRE(rec->events.size() > 3);
    REQUIRE(rec->decisions.size() == 1);

    const qint64 grown = statementsOfLoad(ola, n.value());
    INFO("statements of one load: fresh " << fresh << ", with a draft " << grown);
    CHECK(grown <= maxStatementsPerLoad);
    const qint64 again = statementsOfLoad(ola, n.value());
    CHECK(again == grown);

    // More rows in the tables already read: the same statements.
    CaseworkService work(ola);
    for (int i = 0; i < 3; ++i)
        REQUIRE(work.addNote(n.value(), QStringLiteral("Merknad %1").arg(i), NoteAudience::Internal).ok());
    REQUIRE(ola.load(n.value())->casework.notes.size() == 3);
    CHECK(statementsOfLoad(ola, n.value()) == grown);
}

TEST_CASE("a case that does not exist is refused after one statement", "[casework][perf]")
{
    test::TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    const qint64 before = statementsRun();
    const auto rec = ola.load(QStringLiteral("26/99999"));
    REQUIRE_FALSE(rec.ok());
    CHECK(rec.error().message == QStringLiteral("No case has the number 26/99999"));
    CHECK(statementsRun() - before == 1);
}

TEST_CASE("team server: a case is loaded in a bounded number of statements", "[server][casework][perf]")
{
    if (!test::ServerTestDb::available())
        SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    test::ServerTestDb s;
    const QString n = QStringLiteral("%1/00001").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    const auto L = [](const char *w) { return QString::fromUtf8(w); };
    REQUIRE(s.cli(s.ada(), {L("import"), test::specFile(L("example-application.json"))}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("assign"), n, s.ada()}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("complete"), n}).status == 0);
    REQUIRE(s.cli(s.ada(), {L("draft"), n}).status == 0);
    for (const char *item : {"purpose", "legal-basis", "rek"})
        REQUIRE(s.cli(s.bo(), {L("assess"), n, L(item), L("fulfilled")}).status == 0);

    auto db = Database::open(s.uri(s.ada()));
    REQUIRE(db.ok());
    auto actor = Users::actor(*db.value(), db.value()->serverLogin());
    REQUIRE(actor.ok());
    CaseService ada(*db.value(), actor.value());
    const qint64 first = statementsOfLoad(ada, n); // learns what a load reads
    const qint64 again = statementsOfLoad(ada, n);
    INFO("statements of one load on the server: the first " << first << ", then " << again);
    CHECK(first <= maxStatementsPerLoad);
    CHECK(again <= maxServerStatementsPerLoad);

    // Another case, with more rows (a note): the same two statements.
    REQUIRE(s.cli(s.ada(), {L("import"), test::specFile(L("example-change-application.json"))}).status == 0);
    const QString other = QStringLiteral("%1/00002").arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0'));
    REQUIRE(s.cli(s.ada(), {L("note"), other, L("--text"), L("Merknad")}).status == 0);
    CHECK(statementsOfLoad(ada, other) <= maxServerStatementsPerLoad);
    CHECK(statementsOfLoad(ada, n) <= maxServerStatementsPerLoad);
}
