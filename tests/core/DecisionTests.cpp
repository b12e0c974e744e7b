// The joint decision: drafting from the application, four-eyes approval, returns, locking.
#include "TestSupport.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStore.h"

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

QString importExample(TempDb &t)
{
    auto cases = t.as(QStringLiteral("ola"));
    auto number = cases.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                          QStringLiteral("example-application.json"));
    REQUIRE(number.ok());
    return number.value();
}

} // namespace

TEST_CASE("a draft has one entry per requested registry with every requested variable", "[decision]")
{
    TempDb t;
    const QString number = importExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    DecisionService decisions(ola);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    auto d = decisions.draft(number);
    REQUIRE(d.ok());
    REQUIRE(d->entries.size() == 4);
    CHECK(d->entries[0].registry == QStringLiteral("MFR"));
    CHECK(d->entries[0].variables.size() == 6);
    CHECK(d->entries[0].periodFrom == QDate(2008, 1, 1));
    CHECK(d->overall() == OverallResult::Granted);
    CHECK(d->exemption.required);
    CHECK(d->exemption.legalBasis.contains(QStringLiteral("helsepersonelloven § 29")));
    CHECK(d->conditions.size() == 8);
    auto rec = ola.load(number);
    CHECK(rec->summary.status == CaseStatus::DecisionDraft);
}

TEST_CASE("the drafter cannot approve, a second decision-maker can", "[decision][four-eyes]")
{
    TempDb t;
    // Both hold the decision-maker role, so only the four-eyes rule stands between them.
    t.addUser(QStringLiteral("per"), {Role::Adviser, Role::DecisionMaker}, QStringLiteral("Per Ås"));
    const QString number = importExample(t);
    auto per = t.as(QStringLiteral("per"));
    DecisionService asPer(per);
    REQUIRE(test::prepareForDraft(per, number).ok());
    REQUIRE(asPer.draft(number).ok());
    test::settleAssessment(t, number); // submit needs the legal assessment settled
    REQUIRE(asPer.submit(number).ok());
    auto refused = asPer.approve(number);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("four-eyes")));
    CHECK(per.load(number)->summary.status == CaseStatus::AwaitingApproval);

    auto kari = t.as(QStringLiteral("kari"));
    DecisionService asKari(kari);
    REQUIRE(asKari.approve(number).ok());
    auto rec = kari.load(number);
    CHECK(rec->summary.status == CaseStatus::Decided);
    CHECK(rec->currentDecision()->status == DecisionStatus::Approved);
    CHECK(rec->currentDecision()->approvedBy == t.login(QStringLiteral("kari")));
}

TEST_CASE("roles are checked in the core", "[decision][roles]")
{
    TempDb t;
    const QString number = importExample(t);
    auto kari = t.as(QStringLiteral("kari"));
    CHECK_FALSE(DecisionService(kari).draft(number).ok()); // a decision-maker alone does not draft
    auto ola = t.as(QStringLiteral("ola"));
    DecisionService asOla(ola);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(asOla.draft(number).ok());
    test::settleAssessment(t, number); // submit needs the legal assessment settled
    REQUIRE(asOla.submit(number).ok());
    auto refused = asOla.approve(number);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("decision-maker"), Qt::CaseInsensitive));
    CHECK_FALSE(asOla.returnDraft(number, QStringLiteral("nei")).ok());
}

TEST_CASE("a returned draft goes back with the comment and can be submitted again", "[decision]")
{
    TempDb t;
    const QString number = importExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    DecisionService asOla(ola);
    DecisionService asKari(kari);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(asOla.draft(number).ok());
    test::settleAssessment(t, number); // submit needs the legal assessment settled
    REQUIRE(asOla.submit(number).ok());
    CHECK_FALSE(asKari.returnDraft(number, QStringLiteral("  ")).ok());
    REQUIRE(asKari.returnDraft(number, QStringLiteral("Begrunn avslaget for LMR.")).ok());
    auto rec = ola.load(number);
    CHECK(rec->summary.status == CaseStatus::DecisionDraft);
    CHECK(rec->currentDecision()->returnComment == QStringLiteral("Begrunn avslaget for LMR."));
    REQUIRE(asOla.submit(number).ok());
    REQUIRE(asKari.approve(number).ok());
}

TEST_CASE("an approved decision cannot be changed", "[decision][lock]")
{
    TempDb t;
    const QString number = importExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    DecisionService asOla(ola);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(asOla.draft(number).ok());
    test::settleAssessment(t, number); // submit needs the legal assessment settled
    REQUIRE(asOla.submit(number).ok());
    REQUIRE(DecisionService(kari).approve(number).ok());

    Decision edited = *ola.load(number)->currentDecision();
    edited.entries.front().outcome = Outcome::Refused;
    CHECK_FALSE(asOla.saveDraft(number, edited).ok());
    CHECK_FALSE(DecisionStore::save(t.db(), ola.load(number)->summary.id, edited).ok());
    CHECK_FALSE(asOla.submit(number).ok());
    CHECK_FALSE(asOla.draft(number).ok()); // a decided case gets no new draft; a change application does
    CHECK(ola.load(number)->currentDecision()->entries.front().outcome == Outcome::Granted);
}

TEST_CASE("the overall result follows the entries", "[decision][no-database]")
{
    Decision d;
    d.entries = {{QStringLiteral("MFR"), Outcome::Granted, {}, {}, {}, {}},
                 {QStringLiteral("NPR"), Outcome::Granted, {}, {}, {}, {}}};
    CHECK(d.overall() == OverallResult::Granted);
    d.entries[1].outcome = Outcome::PartlyGranted;
    CHECK(d.overall() == OverallResult::PartlyGranted);
    d.entries[1].outcome = Outcome::Refused;
    CHECK(d.overall() == OverallResult::PartlyGranted);
    d.entries[0].outcome = Outcome::Refused;
    CHECK(d.overall() == OverallResult::Refused);
    d.entries[0].outcome = Outcome::Forwarded;
    CHECK(d.overall() == OverallResult::Refused);
    d.entries[1].outcome = Outcome::Granted;
    CHECK(d.overall() == OverallResult::Granted); // the forwarded part is the registry manager's to decide
}
