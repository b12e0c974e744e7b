// Change applications: what changes against the earlier decision.
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "application/ChangeDiff.h"
#include "decision/DecisionService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

Application parse(const QByteArray &bytes)
{
    auto a = parseApplicationJson(bytes, QStringLiteral("test.json"));
    REQUIRE(a.ok());
    return a.value();
}

QByteArray changeOf(const QString &caseNumber)
{
    QJsonObject o =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-change-application.json"))))
            .object();
    o.insert(QStringLiteral("changeOf"), caseNumber);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST_CASE("the change diff lists registries, variables, periods, dates and persons", "[change]")
{
    const Application earlier = parse(test::readFile(test::specFile(QStringLiteral("example-application.json"))));
    const Application change = parse(changeOf(QStringLiteral("26/00001")));
    // The earlier decision refused DAR and removed DDD from LMR.
    Decision decision = DecisionService::buildDraft(earlier);
    decision.entries[2].outcome = Outcome::Refused;
    for (VariableDecision &v : decision.entries[3].variables)
        if (v.name == QStringLiteral("DDD"))
            v.approved = false;

    const ChangeDiff d = diffChange(change, earlier, &decision);
    CHECK(d.registriesAdded == QStringList{QStringLiteral("KRG")});
    CHECK(d.registriesRemoved == QStringList({QStringLiteral("MFR"), QStringLiteral("NPR")})); // DAR was never granted
    REQUIRE(d.variables.empty()); // LMR: ATC-kode and utleveringsdato, as granted
    REQUIRE(d.periods.size() == 1);
    CHECK(d.periods[0].registry == QStringLiteral("LMR"));
    CHECK(d.periods[0].oldFrom == QDate(2008, 1, 1));
    CHECK(d.periods[0].newTo == QDate(2027, 12, 31));
    REQUIRE(d.projectEnd.has_value());
    CHECK(d.projectEnd->before == QDate(2030, 12, 31));
    CHECK(d.projectEnd->after == QDate(2032, 12, 31));
    REQUIRE(d.deletionDate.has_value());
    CHECK(d.deletionDate->after == QDate(2033, 6, 30));
    CHECK(d.personsAdded == QStringList{QStringLiteral("Sigrid Øvrebø (Universitetet i Bergen)")});
    CHECK(d.personsRemoved.size() == 2);
    CHECK_FALSE(d.isEmpty());

    // Against the full grant, LMR loses DDD.
    const ChangeDiff full = diffChange(change, earlier, nullptr);
    REQUIRE(full.variables.size() == 1);
    CHECK(full.variables[0].removed == QStringList{QStringLiteral("DDD")});
    CHECK(full.registriesRemoved.contains(QStringLiteral("DAR")));
}

TEST_CASE("an unchanged application has an empty diff", "[change]")
{
    const Application earlier = parse(test::readFile(test::specFile(QStringLiteral("example-application.json"))));
    CHECK(diffChange(earlier, earlier, nullptr).isEmpty());
}

TEST_CASE("a change application imported after its earlier case is linked and shows the diff", "[change]")
{
    test::TempDb t;
    auto cases = t.as(QStringLiteral("ola"));
    auto first = cases.importApplication(
        test::readFile(test::specFile(QStringLiteral("example-application.json"))), QStringLiteral("a.json"));
    REQUIRE(first.ok());
    auto second = cases.importApplication(changeOf(first.value()), QStringLiteral("b.json"));
    REQUIRE(second.ok());
    auto rec = cases.load(second.value());
    REQUIRE(rec.ok());
    CHECK(rec->changeOfCaseNumber == first.value());
    REQUIRE(rec->changeDiff.has_value());
    CHECK(rec->changeDiff->registriesAdded == QStringList{QStringLiteral("KRG")});

    // A change of a case that is not in this database is kept, but not linked.
    QJsonObject other =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-change-application.json"))))
            .object();
    other.insert(QStringLiteral("reference"), QStringLiteral("HD-2026-000999"));
    auto orphan = cases.importApplication(QJsonDocument(other).toJson(), QStringLiteral("c.json"));
    REQUIRE(orphan.ok());
    auto orphanRec = cases.load(orphan.value());
    CHECK(orphanRec->changeOfCaseNumber.isEmpty());
    CHECK_FALSE(orphanRec->changeDiff.has_value());
    CHECK(orphanRec->application.changeOf == QStringLiteral("26/00012"));
}

TEST_CASE("a change application's decision references the earlier one, which is kept as superseded",
          "[change][decision]")
{
    test::TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    DecisionService drafting(ola);
    DecisionService approving(kari);
    const auto decide = [&](const QString &number) {
        REQUIRE(test::prepareForDraft(ola, number).ok());
        REQUIRE(drafting.draft(number).ok());
        test::settleAssessment(t, number);
        REQUIRE(drafting.submit(number).ok());
        REQUIRE(approving.approve(number).ok());
    };
    auto first = ola.importApplication(
        test::readFile(test::specFile(QStringLiteral("example-application.json"))), QStringLiteral("a.json"));
    REQUIRE(first.ok());
    decide(first.value());
    const qint64 earlierId = ola.load(first.value())->currentDecision()->id;

    auto second = ola.importApplication(changeOf(first.value()), QStringLiteral("b.json"));
    REQUIRE(second.ok());
    decide(second.value());
    auto secondCase = ola.load(second.value());
    REQUIRE(secondCase.ok());
    const Decision *replacing = secondCase->currentDecision();
    REQUIRE(replacing);
    REQUIRE(replacing->supersedes.has_value());
    CHECK(*replacing->supersedes == earlierId);
    // The earlier decision is not changed, only marked: still there, with its approval.
    auto earlierCase = ola.load(first.value());
    REQUIRE(earlierCase.ok());
    REQUIRE(earlierCase->decisions.size() == 1);
    CHECK(earlierCase->decisions.front().status == DecisionStatus::Superseded);
    CHECK(earlierCase->decisions.front().approvedBy == QStringLiteral("kari"));
}
