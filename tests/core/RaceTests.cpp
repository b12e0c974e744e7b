// Racing processes on one decision, as two people at two desks would: two edits of one draft,
// an edit against a return, an approval against an edit. Each race is run many times; the
// rule under test holds every time: no change is lost, no approval of a version the approver
// did not read.
#include "ReliabilitySupport.h"

#include <QProcess>

#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace fv;
using fv::test::TempDb;

namespace {

constexpr int rounds = 20;

// A fellesvedtak-cli process started now, finished by finish().
class Desk
{
public:
    // As `as` on `t`: --as on SQLite, signed in as that login on the server.
    Desk(const TempDb &t, const QString &as, const QStringList &args)
    {
        m_process.start(QStringLiteral(FV_CLI_PATH), t.cliArgs(as) + args);
    }
    test::CliRun finish()
    {
        m_process.waitForFinished(60000);
        return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
                QString::fromUtf8(m_process.readAllStandardOutput()),
                QString::fromUtf8(m_process.readAllStandardError())};
    }

private:
    QProcess m_process;
};

struct Office
{
    TempDb t;
    int references = 0;

    Office() { t.addUser(QStringLiteral("sofie"), {Role::DecisionMaker}, QStringLiteral("Sofie Aas")); }
    CaseRecord load(const QString &n) { return t.as(QStringLiteral("ola")).load(n).value(); }
    const Decision &decisionOf(const CaseRecord &r) { return *r.currentDecision(); }

    // A draft made by ola, its assessment settled by lise.
    QString drafted()
    {
        const QString n = test::importAs(
            t, QStringLiteral("ola"), QStringLiteral("HD-2026-7%1").arg(++references, 3, 10, QLatin1Char('0')));
        auto ola = t.as(QStringLiteral("ola"));
        REQUIRE(test::prepareForDraft(ola, n).ok());
        REQUIRE(DecisionService(ola).draft(n).ok());
        test::settleAssessment(t, n);
        return n;
    }
    QString submitted()
    {
        const QString n = drafted();
        auto ola = t.as(QStringLiteral("ola"));
        REQUIRE(DecisionService(ola).submit(n).ok());
        return n;
    }
    void submit(const QString &n)
    {
        auto ola = t.as(QStringLiteral("ola"));
        REQUIRE(DecisionService(ola).submit(n).ok());
    }
};

bool hasCondition(const Decision &d, const QString &text)
{
    return std::any_of(d.conditions.begin(), d.conditions.end(), [&](const Condition &c) { return c.text == text; });
}

} // namespace

TEST_CASE("two people edit one draft at once: both changes are kept, every time", "[race]")
{
    Office o;
    const QString n = o.drafted();
    const QString registry = o.load(n).application.registryCodes().first();
    const size_t conditionsBefore = o.decisionOf(o.load(n)).conditions.size();
    for (int i = 0; i < rounds; ++i) {
        const QString reason = QStringLiteral("Ikke nødvendig, runde %1.").arg(i);
        const QString condition = QStringLiteral("Vilkår fra runde %1.").arg(i);
        Desk lise(
            o.t, QStringLiteral("lise"),
            {QStringLiteral("outcome"), n, registry, QStringLiteral("refused"), QStringLiteral("--reason"), reason});
        Desk ola(o.t, QStringLiteral("ola"),
                 {QStringLiteral("condition"), QStringLiteral("add"), n, QStringLiteral("--text"), condition});
        const auto byLise = lise.finish();
        const auto byOla = ola.finish();
        INFO("round " << i << ": " << byLise.err.toStdString() << byOla.err.toStdString());
        REQUIRE(byLise.status == 0);
        REQUIRE(byOla.status == 0);
        const Decision d = o.decisionOf(o.load(n));
        CHECK(d.entries.front().reason == reason);
        CHECK(d.entries.front().outcome == Outcome::Refused);
        CHECK(hasCondition(d, condition));
    }
    const Decision d = o.decisionOf(o.load(n));
    CHECK(d.conditions.size() == conditionsBefore + rounds); // not one lost
    CHECK(d.revision == 1 + 2 * rounds);                     // every saved edit moved it
}

TEST_CASE("an edit racing a return: the return comment is never erased, the edit never lost", "[race]")
{
    Office o;
    const QString n = o.submitted();
    const QString registry = o.load(n).application.registryCodes().first();
    int editsFirst = 0;
    int returnsFirst = 0;
    for (int i = 0; i < rounds; ++i) {
        const QString comment = QStringLiteral("Begrunn bedre, runde %1.").arg(i);
        const QString reason = QStringLiteral("Delvis, runde %1.").arg(i);
        Desk kari(o.t, QStringLiteral("kari"), {QStringLiteral("return"), n, QStringLiteral("--text"), comment});
        Desk lise(
            o.t, QStringLiteral("lise"),
            {QStringLiteral("outcome"), n, registry, QStringLiteral("refused"), QStringLiteral("--reason"), reason});
        const auto returned = kari.finish();
        const auto edited = lise.finish();
        INFO("round " << i << ": " << returned.err.toStdString() << edited.err.toStdString());
        REQUIRE(returned.status == 0); // nothing stands in the way of the return
        const CaseRecord r = o.load(n);
        CHECK(r.summary.status == CaseStatus::DecisionDraft);
        CHECK(o.decisionOf(r).returnComment == comment);
        if (edited.status == 0) {
            ++returnsFirst; // the edit came after the return, on the returned draft
            CHECK(o.decisionOf(r).entries.front().reason == reason);
        } else {
            ++editsFirst; // the edit came while it awaited approval: refused, in words
            CHECK(edited.status == 1);
            CHECK(edited.err.contains(QStringLiteral("awaits approval")));
            CHECK(o.decisionOf(r).entries.front().reason != reason);
        }
        o.submit(n);
    }
    CHECK(editsFirst + returnsFirst == rounds);
    WARN("edit first " << editsFirst << ", return first " << returnsFirst << " of " << rounds);
}

TEST_CASE("an approval racing an edit approves only the revision the approver read", "[race][four-eyes]")
{
    Office o;
    int approvedFirst = 0;
    int changedFirst = 0;
    for (int i = 0; i < rounds; ++i) {
        const QString n = o.submitted();
        const CaseRecord read = o.load(n); // what kari reads
        const int revision = o.decisionOf(read).revision;
        const QString registry = read.application.registryCodes().first();
        const QString reason = QStringLiteral("Endret mens hun leste, runde %1.").arg(i);
        Desk kari(o.t, QStringLiteral("kari"),
                  {QStringLiteral("approve"), n, QStringLiteral("--version"), QString::number(revision)});
        // Meanwhile sofie sends it back, lise changes it and ola submits it again.
        auto back = Desk(o.t, QStringLiteral("sofie"),
                         {QStringLiteral("return"), n, QStringLiteral("--text"), QStringLiteral("Se på NPR.")})
                        .finish();
        if (back.status == 0) {
            REQUIRE(Desk(o.t, QStringLiteral("lise"),
                         {QStringLiteral("outcome"), n, registry, QStringLiteral("refused"), QStringLiteral("--reason"),
                          reason})
                        .finish()
                        .status
                    == 0);
            o.submit(n);
        }
        const auto approval = kari.finish();
        const CaseRecord after = o.load(n);
        INFO("round " << i << ": " << approval.err.toStdString() << back.err.toStdString());
        CHECK((approval.status == 0) != (back.status == 0)); // one of them came first
        if (approval.status == 0) {
            ++approvedFirst;
            CHECK(after.summary.status == CaseStatus::Decided);
            CHECK(o.decisionOf(after).approvedBy == o.t.login(QStringLiteral("kari")));
            CHECK(o.decisionOf(after).revision == revision);             // what she read
            CHECK(o.decisionOf(after).entries.front().reason != reason); // not the change
        } else {
            ++changedFirst;
            CHECK(approval.status == 1);
            CHECK(after.summary.status == CaseStatus::AwaitingApproval);
            CHECK(o.decisionOf(after).approvedBy.isEmpty());
            // Approving what she read is refused for good: it changed since.
            auto stale = Desk(o.t, QStringLiteral("kari"),
                              {QStringLiteral("approve"), n, QStringLiteral("--version"), QString::number(revision)})
                             .finish();
            CHECK(stale.status == 1);
            CHECK(stale.err.contains(QStringLiteral("changed by")));
            CHECK(o.load(n).summary.status == CaseStatus::AwaitingApproval);
            // Read again, she approves.
            const int now = o.decisionOf(o.load(n)).revision;
            CHECK(Desk(o.t, QStringLiteral("kari"),
                       {QStringLiteral("approve"), n, QStringLiteral("--version"), QString::number(now)})
                      .finish()
                      .status
                  == 0);
        }
    }
    CHECK(approvedFirst + changedFirst == rounds);
    WARN("approval first " << approvedFirst << ", change first " << changedFirst << " of " << rounds);
}
