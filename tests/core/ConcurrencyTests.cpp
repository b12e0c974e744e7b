// Two people on the same case (two GUIs, or the GUI and the command line): a save on top of
// someone else's change is refused with "changed by X at T", and neither person's work is lost.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "casework/CaseVersion.h"
#include "casework/CaseworkService.h"

#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// A second connection to the same database, as another program has (signed in as `login` on the
// server).
struct Desk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CaseService> cases;
    Desk(TempDb &t, const QString &login)
    {
        auto opened = Database::open(t.location(login));
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        cases = std::make_unique<CaseService>(*db, Users::actor(*db, t.login(login)).value());
    }
    CaseRecord load(const QString &number)
    {
        auto rec = cases->load(number);
        REQUIRE(rec.ok());
        return rec.value();
    }
};

} // namespace

TEST_CASE("a stale save is refused naming who changed the case and when; nobody's work is lost", "[concurrency]")
{
    test::fixTodayOnSqlite("2026-10-02"); // after the application was received
    TempDb t;
    const QString day = today().toString(QStringLiteral("dd.MM.yyyy"));
    const QString number = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-3001"));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    Desk olaDesk(t, QStringLiteral("ola"));
    Desk liseDesk(t, QStringLiteral("lise"));

    // Both open the case.
    const CaseRecord olaSees = olaDesk.load(number);
    const CaseRecord liseSees = liseDesk.load(number);
    REQUIRE(olaSees.currentDecision()->entries.size() >= 2);

    // Lise refuses the first registry and saves first.
    Decision liseEdit = *liseSees.currentDecision();
    liseEdit.entries[0].outcome = Outcome::Refused;
    liseEdit.entries[0].reason = QStringLiteral("Ikke nødvendig.");
    REQUIRE(DecisionService(*liseDesk.cases).saveDraft(number, liseEdit, liseSees.rowVersion).ok());

    // Ola, still looking at the old version, grants the second registry partly.
    Decision olaEdit = *olaSees.currentDecision();
    olaEdit.entries[1].outcome = Outcome::PartlyGranted;
    auto stale = DecisionService(*olaDesk.cases).saveDraft(number, olaEdit, olaSees.rowVersion);
    REQUIRE_FALSE(stale.ok());
    INFO(stale.error().toString().toStdString());
    CHECK(stale.error().where == number);
    CHECK(stale.error().message.contains(
        QStringLiteral("changed by Lise Bø (%1) at %2 ").arg(t.login(QStringLiteral("lise")), day)));
    CHECK(QRegularExpression(QStringLiteral("at %1 \\d\\d:\\d\\d").arg(QRegularExpression::escape(day)))
              .match(stale.error().message)
              .hasMatch());
    CHECK(stale.error().message.contains(QStringLiteral("your change was not saved")));

    // Lise's work stands.
    const CaseRecord after = olaDesk.load(number);
    CHECK(after.currentDecision()->entries[0].outcome == Outcome::Refused);
    CHECK(after.currentDecision()->entries[1].outcome == Outcome::Granted);

    // Ola reloads and makes the change again: now both are there.
    Decision again = *after.currentDecision();
    again.entries[1].outcome = Outcome::PartlyGranted;
    REQUIRE(DecisionService(*olaDesk.cases).saveDraft(number, again, after.rowVersion).ok());
    const CaseRecord both = liseDesk.load(number);
    CHECK(both.currentDecision()->entries[0].outcome == Outcome::Refused);
    CHECK(both.currentDecision()->entries[1].outcome == Outcome::PartlyGranted);
    qunsetenv("FELLESVEDTAK_TODAY");
}

TEST_CASE("an approval of a decision that changed since it was read is refused", "[concurrency][four-eyes]")
{
    TempDb t;
    t.addUser(QStringLiteral("sofie"), {Role::DecisionMaker}, QStringLiteral("Sofie Aas"));
    const QString number = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-3002"));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    test::settleAssessment(t, number);
    REQUIRE(DecisionService(ola).submit(number).ok());

    Desk kariDesk(t, QStringLiteral("kari"));
    const CaseRecord kariSees = kariDesk.load(number); // Kari reads the submitted decision

    // Meanwhile Sofie sends it back, and Ola changes it and submits again.
    auto sofie = t.as(QStringLiteral("sofie"));
    REQUIRE(DecisionService(sofie).returnDraft(number, QStringLiteral("Begrunn bedre.")).ok());
    Decision changed = *ola.load(number)->currentDecision();
    changed.entries[0].outcome = Outcome::Refused;
    changed.entries[0].reason = QStringLiteral("Ikke nødvendig for formålet.");
    REQUIRE(DecisionService(ola).saveDraft(number, changed).ok());
    REQUIRE(DecisionService(ola).submit(number).ok());

    // Kari approves what she read: refused, she has not seen the change.
    auto stale = DecisionService(*kariDesk.cases).approve(number, kariSees.rowVersion);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(
        QStringLiteral("changed by Ola Nordmann (%1)").arg(t.login(QStringLiteral("ola")))));
    CHECK(kariDesk.load(number).summary.status == CaseStatus::AwaitingApproval);
    // After reading it again she can.
    CHECK(DecisionService(*kariDesk.cases).approve(number, kariDesk.load(number).rowVersion).ok());
}

TEST_CASE("every recorded change of a case moves its version", "[concurrency]")
{
    TempDb t;
    const QString number = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-3003"));
    auto ola = t.as(QStringLiteral("ola"));
    qint64 last = ola.load(number)->rowVersion;
    const auto moved = [&] {
        const qint64 now = ola.load(number)->rowVersion;
        const bool up = now > last;
        last = now;
        return up;
    };
    CaseworkService work(ola);
    REQUIRE(work.take(number).ok());
    CHECK(moved());
    REQUIRE(work.addNote(number, QStringLiteral("Ringte søker."), NoteAudience::Internal).ok());
    CHECK(moved());
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    CHECK(moved());
    Decision d = *ola.load(number)->currentDecision();
    d.reasons += QStringLiteral(" Mer.");
    REQUIRE(DecisionService(ola).saveDraft(number, d).ok());
    CHECK(moved());
    // The check itself, for any editor.
    CHECK(requireCaseVersion(t.db(), ola.load(number)->summary.id, last).ok());
    CHECK_FALSE(requireCaseVersion(t.db(), ola.load(number)->summary.id, last - 1).ok());
}

TEST_CASE("the command line writes while a window keeps the database open", "[concurrency]")
{
    TempDb t; // the "window": an open connection, reading
    QStringList files;
    for (int i = 0; i < 5; ++i)
        files << test::writeExample(t.dir(), QStringLiteral("HD-2026-31%1").arg(i));
    auto reader = t.db().exec(QStringLiteral("SELECT code FROM registry"));
    REQUIRE(reader.ok());
    REQUIRE(reader->next()); // a read in progress
    const auto run = test::cliProcess(t.cliArgs(QStringLiteral("ola")) << QStringLiteral("import") << files);
    CHECK(run.status == 0);
    reader->finish();
    CHECK(t.as(QStringLiteral("ola")).list()->size() == 5);
}
