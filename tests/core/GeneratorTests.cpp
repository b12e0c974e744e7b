// Synthetic archives: realistic, reproducible, and written exactly as the real operations
// write cases (read back through the stores, audit chain intact, searchable).
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "application/ApplicationStore.h"
#include "casework/AuditLog.h"
#include "demo/Generator.h"
#include "search/CaseSearch.h"
#include "search/SearchIndex.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

QStringList column(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        throw std::runtime_error(q.error().toString().toStdString());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

TEST_CASE("generate makes realistic cases in every state and every registry", "[generator]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb t;
    int calls = 0;
    auto report = generateCases(t.db(), QStringLiteral("admin"), {1500, 7}, [&calls](int done, int total) {
        ++calls;
        CHECK(done <= total);
    });
    REQUIRE(report.ok());
    CHECK(report->cases == 1500);
    CHECK(calls >= 1);

    const QStringList statuses = column(t.db(), QStringLiteral("SELECT DISTINCT status FROM fv_case"));
    for (CaseStatus s : allCaseStatuses())
        CHECK(statuses.contains(toCode(s)));
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT registry FROM data_source")).size() == 11);
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT outcome FROM decision_entry")).size() == 4);
    // Change applications point at an earlier, decided case of this database.
    const QStringList changes = column(
        t.db(), QStringLiteral("SELECT e.status FROM fv_case c JOIN fv_case e ON e.id = c.change_of"));
    CHECK(changes.size() > 100);
    // Names with æ, ø and å, and search finds them without.
    CHECK(
        !column(t.db(), QStringLiteral("SELECT leader_name FROM application WHERE leader_name LIKE '%ø%'")).isEmpty());
    CaseFilter f;
    f.search = QStringLiteral("odegard");
    CHECK(CaseSearch(t.db()).count(f).value() > 10);
    // Both years have cases; numbers are gap-free per year.
    CHECK(column(t.db(), QStringLiteral("SELECT year FROM fv_case GROUP BY year HAVING count(*) = max(seq)")).size()
          == 2);
}

TEST_CASE("generated cases read back through the stores and keep the audit trail whole", "[generator]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb t;
    REQUIRE(generateCases(t.db(), QStringLiteral("admin"), {300, 11}).ok());
    CHECK(AuditLog::verify(t.db()).ok());
    CaseService ola = t.as(QStringLiteral("ola"));
    auto all = ola.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 300);
    for (size_t i = 0; i < all->size(); i += 17) {
        auto rec = ola.load(all->at(i).caseNumber);
        REQUIRE(rec.ok());
        // Every application is valid by the exchange format's rules and survives a round trip.
        CHECK(validateApplication(rec->application).empty());
        auto again = parseApplicationJson(applicationToJsonBytes(rec->application), QStringLiteral("x"));
        REQUIRE(again.ok());
        CHECK(applicationToJsonBytes(again.value()) == applicationToJsonBytes(rec->application));
        CHECK(!rec->events.empty());
        CHECK(rec->events.front().kind == QStringLiteral("imported"));
        const Decision *d = rec->currentDecision();
        if (rec->summary.status == CaseStatus::Decided || rec->summary.status == CaseStatus::LetterSent) {
            REQUIRE(d != nullptr);
            CHECK(d->status == DecisionStatus::Approved);
            CHECK(d->approvedBy != d->draftedBy); // four eyes
        }
    }
    // Generating again continues the numbering and the audit chain.
    REQUIRE(generateCases(t.db(), QStringLiteral("admin"), {50, 12}).ok());
    CHECK(AuditLog::verify(t.db()).ok());
    CHECK(ola.list()->size() == 350);
}

TEST_CASE("the generator writes the index rows the triggers would write", "[generator][search]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb t;
    REQUIRE(generateCases(t.db(), QStringLiteral("admin"), {250, 13}).ok());
    const QString sql = QStringLiteral("SELECT rowid || ':' || ids || '|' || title || '|' || people || '|' || body "
                                       "FROM case_fts ORDER BY rowid");
    const auto normalised = [](QStringList rows) {
        for (QString &r : rows)
            r = r.simplified();
        return rows;
    };
    const QStringList written = normalised(column(t.db(), sql));
    REQUIRE(written.size() == 250);
    REQUIRE(SearchIndex::rebuild(t.db()).ok()); // the triggers' SQL
    CHECK(normalised(column(t.db(), sql)) == written);
    // The bulk-load flag is gone once the generator is done: the triggers index again.
    CHECK(column(t.db(), QStringLiteral("SELECT count(*) FROM search_bulk_load")) == QStringList{QStringLiteral("0")});
    CHECK(column(t.db(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

TEST_CASE("the same seed gives the same archive; only an admin generates", "[generator]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb a;
    test::TempDb b;
    REQUIRE(generateCases(a.db(), QStringLiteral("admin"), {200, 5}).ok());
    REQUIRE(generateCases(b.db(), QStringLiteral("admin"), {200, 5}).ok());
    const QString sql = QStringLiteral("SELECT c.case_number || c.status || a.title || a.leader_name FROM fv_case c "
                                       "JOIN application a ON a.case_id = c.id ORDER BY c.id");
    CHECK(column(a.db(), sql) == column(b.db(), sql));

    auto refused = generateCases(a.db(), QStringLiteral("ola"), {10, 1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("admin")));
}

TEST_CASE("generate on the command line reports progress on stderr", "[generator][cli]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    test::TempDb t;
    const QString db = t.path();
    t.close();
    auto r = test::cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("generate"),
         QStringLiteral("--cases"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")});
    REQUIRE(r.status == 0);
    CHECK(r.err.contains(QStringLiteral("generated 120 of 120 cases")));
    CHECK(r.out.contains(QStringLiteral("120 cases generated")));
    CHECK(test::cli({QStringLiteral("--db"), db, QStringLiteral("generate")}).status == 2);
}
