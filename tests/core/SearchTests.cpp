// Finding cases the way caseworkers type: without Norwegian letters, by parts of words,
// by case number, organisation number or variable, best match first, with filters.
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "decision/DecisionService.h"
#include "search/CaseSearch.h"
#include "search/SearchIndex.h"
#include "search/TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

Application example()
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    if (!app)
        throw std::runtime_error(app.error().toString().toStdString());
    return app.value();
}

// A small office: three applications that differ in what a search should tell apart.
struct Office
{
    test::TempDb t;
    QString odegard; // the example: Åse Kjærstad Ødegård, "Svangerskapsdiabetes …", MFR NPR DAR LMR
    QString diabetesInSummary;
    QString bergen;

    Office()
    {
        test::fixTodayOnSqlite("2026-11-22");
        CaseService ola = t.as(QStringLiteral("ola"));
        Application a = example();
        odegard = ola.registerApplication(a, QStringLiteral("a.json")).value();

        Application b = example();
        b.reference = QStringLiteral("HD-2026-000900");
        b.project.title = QStringLiteral("Hjertesvikt etter kreftbehandling");
        b.project.summary = QStringLiteral("Vi ser også på svangerskapsdiabetes som risikofaktor.");
        b.projectLeader.name = QStringLiteral("Per Hansen");
        b.projectLeader.email = QStringLiteral("per.hansen@example.uio.no");
        b.personsWithAccess = {{QStringLiteral("Per Hansen"), QStringLiteral("Universitetet i Oslo")}};
        b.dataSources.resize(1);
        b.dataSources[0].registry = QStringLiteral("KRG");
        b.dataSources[0].variables = {QStringLiteral("DIAGNOSEDATO")};
        diabetesInSummary = ola.registerApplication(b, QStringLiteral("b.json")).value();

        Application c = example();
        c.reference = QStringLiteral("HD-2025-000077");
        c.received = QDate(2025, 3, 3);
        c.project.title = QStringLiteral("Kikhoste hos spedbarn");
        c.project.summary = QStringLiteral("Vaksinasjon og sykehusinnleggelser.");
        c.project.purpose = QStringLiteral("preparedness");
        c.projectLeader.name = QStringLiteral("Kåre Aase");
        c.projectLeader.email = QStringLiteral("kare.aase@example.uib.no");
        c.personsWithAccess = {{QStringLiteral("Kåre Aase"), QStringLiteral("Universitetet i Bergen")}};
        c.controller.name = QStringLiteral("Universitetet i Bergen");
        c.controller.orgNumber = QStringLiteral("874789542");
        c.dataSources.resize(1);
        c.dataSources[0].registry = QStringLiteral("SYSVAK");
        c.dataSources[0].variables = {QStringLiteral("VAKSINEKODE")};
        c.linkage.reset();
        bergen = ola.registerApplication(c, QStringLiteral("c.json")).value();
    }

    QStringList find(const QString &text, CaseFilter filter = {})
    {
        filter.search = text;
        auto list = CaseSearch(t.db()).list(filter);
        if (!list)
            throw std::runtime_error(list.error().toString().toStdString());
        QStringList numbers;
        for (const CaseSummary &s : list.value())
            numbers << s.caseNumber;
        return numbers;
    }
};

} // namespace

TEST_CASE("Norwegian letters are folded the way people type them", "[search][no-database]")
{
    CHECK(foldForSearch(QStringLiteral("Ødegård")) == QStringLiteral("odegard"));
    CHECK(foldForSearch(QStringLiteral("Oedegaard")) == QStringLiteral("odegard"));
    CHECK(foldForSearch(QStringLiteral("Åse")) == foldForSearch(QStringLiteral("Aase")));
    CHECK(foldForSearch(QStringLiteral("ase")) == foldForSearch(QStringLiteral("Aase")));
    CHECK(foldForSearch(QStringLiteral("Sæther")) == QStringLiteral("saether"));
    // Typed text becomes prefix terms; nothing typed can break the query syntax.
    CHECK(ftsMatchExpression(QStringLiteral("26/00012")) == QStringLiteral("\"26\"* \"00012\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("\"* OR NOT (")) == QStringLiteral("\"or\"* \"not\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("\"*( - / :")).isEmpty());
    CHECK(ftsMatchExpression(QStringLiteral("Kåre \"Aase\"")) == QStringLiteral("\"kare\"* \"ase\"*"));
}

TEST_CASE("a search finds Ødegård however it is typed", "[search]")
{
    Office o;
    for (const char *typed : {"odegard", "Ødegård", "oedegaard", "ODEGÅRD", "ødeg", "Kjærstad", "kjaerstad"})
        CHECK(o.find(QString::fromUtf8(typed)) == QStringList{o.odegard});
    // Åse / Aase / Ase: the leader of the first case and the surname of the third.
    CHECK(o.find(QStringLiteral("aase")).size() == 2);
    CHECK(o.find(QStringLiteral("ase")).size() == 2);
    CHECK(o.find(QStringLiteral("kåre aase")) == QStringList{o.bergen});
}

TEST_CASE("a search covers numbers, references, institutions, variables and registries", "[search]")
{
    Office o;
    CHECK(o.find(o.bergen) == QStringList{o.bergen});                         // case number as shown
    CHECK(o.find(QString(o.bergen).remove(u'/')) == QStringList{o.bergen});   // and without the slash
    CHECK(o.find(QStringLiteral("HD-2025-000077")) == QStringList{o.bergen}); // Deres ref.
    CHECK(o.find(QStringLiteral("874789542")) == QStringList{o.bergen});      // organisation number
    CHECK(o.find(QStringLiteral("universitetet bergen")) == QStringList{o.bergen});
    CHECK(o.find(QStringLiteral("VAKSINEKODE")) == QStringList{o.bergen});
    CHECK(o.find(QStringLiteral("SYSVAK")) == QStringList{o.bergen});
    CHECK(o.find(QStringLiteral("fødselsregister")).contains(o.odegard));
    CHECK(o.find(QStringLiteral("nothing-like-this")).isEmpty());
    CHECK(o.find(QStringLiteral("\"* OR NOT (")).isEmpty()); // operators are words, not syntax
}

TEST_CASE("the best match comes first", "[search]")
{
    Office o;
    // In the first case's title and population; in the second only in its summary.
    CHECK(o.find(QStringLiteral("svangerskapsdiabetes")) == QStringList{o.odegard, o.diabetesInSummary});
    // Without search text: the newest case first.
    CHECK(o.find({}).first() == o.bergen);
}

TEST_CASE("filters narrow a list, with or without search text", "[search]")
{
    Office o;
    CaseFilter byRegistry;
    byRegistry.registry = QStringLiteral("krg");
    CHECK(o.find({}, byRegistry) == QStringList{o.diabetesInSummary});
    CaseFilter byPurpose;
    byPurpose.purpose = QStringLiteral("preparedness");
    CHECK(o.find({}, byPurpose) == QStringList{o.bergen});
    CaseFilter byDate;
    byDate.receivedTo = QDate(2025, 12, 31);
    CHECK(o.find({}, byDate) == QStringList{o.bergen});
    CaseFilter byStatus;
    byStatus.status = CaseStatus::Received;
    CHECK(o.find(QStringLiteral("universitetet"), byStatus).size() == 3);
    byStatus.status = CaseStatus::Decided;
    CHECK(o.find(QStringLiteral("universitetet"), byStatus).isEmpty());
    CaseFilter unassigned;
    unassigned.unassigned = true;
    CHECK(o.find({}, unassigned).size() == 3);
    CaseFilter mine;
    mine.assignee = o.t.login(QStringLiteral("ola"));
    CHECK(o.find({}, mine).isEmpty());
    CHECK(CaseSearch(o.t.db()).count(byRegistry).value() == 1);
}

TEST_CASE("the index follows every write in the same transaction", "[search]")
{
    Office o;
    CaseService ola = o.t.as(QStringLiteral("ola"));
    CaseService kari = o.t.as(QStringLiteral("kari"));
    DecisionService drafting(ola);
    DecisionService approving(kari);
    REQUIRE(test::prepareForDraft(ola, o.bergen).ok());
    REQUIRE(drafting.draft(o.bergen).ok());
    test::settleAssessment(o.t, o.bergen); // submit needs the legal assessment settled
    REQUIRE(drafting.submit(o.bergen).ok());
    REQUIRE(approving.returnDraft(o.bergen, QStringLiteral("Mangler vurdering av Trøndelag-utvalget")).ok());
    CHECK(o.find(QStringLiteral("trondelag-utvalget")) == QStringList{o.bergen});

    // A rebuild (schema step 3 on an older database) gives the same answers. SQLite's FTS5 table
    // only: the server keeps its index itself (a trigger on each event), nobody rebuilds it.
    if (test::TempDb::onServer())
        return;
    REQUIRE(o.t.db().exec(QStringLiteral("DELETE FROM case_fts")).ok());
    CHECK(o.find(QStringLiteral("odegard")).isEmpty());
    REQUIRE(SearchIndex::rebuild(o.t.db()).ok());
    CHECK(o.find(QStringLiteral("odegard")) == QStringList{o.odegard});
    CHECK(o.find(QStringLiteral("trondelag")) == QStringList{o.bergen});
}

TEST_CASE("list --search prints JSON best match first; bad options are usage errors", "[search][cli]")
{
    Office o;
    const QStringList asOla = o.t.cliArgs(QStringLiteral("ola"));
    o.t.close();
    const auto run = [&asOla](QStringList args) { return test::cli(asOla + args); };
    auto r = run({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("svangerskapsdiabetes"),
                  QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(arr.size() == 2);
    CHECK(arr.at(0).toObject().value(u"caseNumber").toString() == o.odegard);
    CHECK(arr.at(0).toObject().value(u"title").toString().startsWith(u"Svangerskapsdiabetes"));

    r = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("received"),
             QStringLiteral("--registry"), QStringLiteral("SYSVAK")});
    REQUIRE(r.status == 0);
    CHECK(r.out.startsWith(o.bergen + u'\t'));
    CHECK(run({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("zzzz"), QStringLiteral("--json")})
              .out.trimmed()
          == QStringLiteral("[\n]"));
    CHECK(run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("nonsense")}).status == 2);
    CHECK(run({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}).status == 2);
    CHECK(run({QStringLiteral("list"), QStringLiteral("--purpose"), QStringLiteral("fun")}).status == 2);
}
