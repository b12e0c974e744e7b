// Crash safety: fellesvedtak-cli is killed with SIGKILL at random moments while it imports,
// drafts, edits, submits, approves and returns. After every kill the database must open, pass
// `check` (PRAGMA integrity_check, foreign keys, the audit chain, every case whole) and every
// operation must be wholly there or wholly absent.
//
// FV_CRASH_RUNS=N kills N times (default 40, the CI run; 200 for the full run);
// FV_CRASH_SEED=S repeats a run exactly (the seed is printed).
#include "ReliabilitySupport.h"
#include "storage/Check.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace fv;
using fv::test::TempDb;

namespace {

enum class Op { Import, Draft, Outcome, Submit, Approve, Return };

const char *name(Op op)
{
    switch (op) {
    case Op::Import: return "import";
    case Op::Draft: return "draft";
    case Op::Outcome: return "outcome";
    case Op::Submit: return "submit";
    case Op::Approve: return "approve";
    case Op::Return: return "return";
    }
    return "";
}

struct Run
{
    Op op = Op::Import;
    QString as;
    QStringList args;
    QStringList references; // an import's files, in order
    QString caseNumber;
};

struct Figures
{
    int runs = 0;
    int kills = 0;
    int killedDone = 0;   // the operation was found complete
    int killedAbsent = 0; // the operation was found not done at all
    int killedPartly = 0; // an import batch cut between two files (each file whole or absent)
    int completed = 0;    // runs that finished before their kill moment
    std::map<Op, int> killsPerOp;
};

class Harness
{
public:
    Harness()
    {
        bool given = false;
        const quint32 seed = qEnvironmentVariableIntValue("FV_CRASH_SEED", &given);
        m_seed = given ? seed : QRandomGenerator::global()->generate();
        m_rng.seed(m_seed);
        m_t.close();
    }
    quint32 seed() const { return m_seed; }
    const Figures &figures() const { return m_figures; }
    QString path() const { return m_t.path(); }

    // One run: pick an operation the cases allow, start it, kill it at a random moment, verify.
    void once();
    void checkWithTheProgram();

private:
    std::unique_ptr<Database> open();
    QStringList casesWhere(Database &db, const QString &condition);
    Run choose(Database &db);
    void verify(const Run &run, bool killed, const QString &statusBefore);
    static QString statusOf(Database &db, const QString &caseNumber);

    TempDb m_t;
    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    int m_nextReference = 0;
    std::map<Op, double> m_duration; // ms a whole run of the operation takes (moving average)
    Figures m_figures;
};

std::unique_ptr<Database> Harness::open()
{
    auto db = Database::open(m_t.path());
    INFO("seed " << m_seed);
    REQUIRE(db.ok());
    return std::move(db.value());
}

QStringList Harness::casesWhere(Database &db, const QString &condition)
{
    auto q = db.exec(QStringLiteral("SELECT case_number FROM fv_case WHERE %1 ORDER BY id").arg(condition));
    REQUIRE(q.ok());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QString Harness::statusOf(Database &db, const QString &caseNumber)
{
    return db.scalar(QStringLiteral("SELECT status FROM fv_case WHERE case_number = ?"), {caseNumber})->toString();
}

Run Harness::choose(Database &db)
{
    const QStringList drafting = casesWhere(db, QStringLiteral("status = 'decision-draft'"));
    const QStringList awaiting = casesWhere(db, QStringLiteral("status = 'awaiting-approval'"));
    const QStringList fresh = casesWhere(
        db, QStringLiteral("status IN ('received', 'completeness-check', 'under-assessment')"));
    std::vector<Op> possible = {Op::Import, Op::Import};
    if (!fresh.isEmpty())
        possible.insert(possible.end(), {Op::Draft, Op::Draft});
    if (!drafting.isEmpty())
        possible.insert(possible.end(), {Op::Outcome, Op::Submit, Op::Submit});
    if (!awaiting.isEmpty())
        possible.insert(possible.end(), {Op::Approve, Op::Approve, Op::Return});
    Run run;
    run.op = possible[m_rng.bounded(quint32(possible.size()))];
    const auto pick = [&](const QStringList &from) { return from.at(int(m_rng.bounded(quint32(from.size())))); };
    switch (run.op) {
    case Op::Import: {
        run.as = QStringLiteral("ola");
        run.args << QStringLiteral("import");
        const int files = 1 + int(m_rng.bounded(8u));
        for (int i = 0; i < files; ++i) {
            const QString reference = QStringLiteral("HD-2026-%1").arg(5000 + m_nextReference++);
            run.references << reference;
            run.args << test::writeExample(m_t.dir(), reference);
        }
        break;
    }
    case Op::Draft:
        run.as = QStringLiteral("ola");
        run.caseNumber = pick(fresh);
        {
            // Assigned and complete first (not under test), so the draft can go through.
            CaseService ola(db, Users::actor(db, QStringLiteral("ola")).value());
            REQUIRE(test::prepareForDraft(ola, run.caseNumber).ok());
        }
        run.args << QStringLiteral("draft") << run.caseNumber;
        break;
    case Op::Outcome:
        run.as = QStringLiteral("lise");
        run.caseNumber = pick(drafting);
        run.args << QStringLiteral("outcome") << run.caseNumber << QStringLiteral("NPR") << QStringLiteral("refused")
                 << QStringLiteral("--reason") << QStringLiteral("Ikke nødvendig for formålet.");
        break;
    case Op::Submit: {
        run.as = QStringLiteral("ola");
        run.caseNumber = pick(drafting);
        // The lawyer settles the assessment first (not under test), so the submit can go through.
        CaseService lise(db, Users::actor(db, QStringLiteral("lise")).value());
        REQUIRE(test::settleAssessment(lise, run.caseNumber).ok());
        run.args << QStringLiteral("submit") << run.caseNumber;
        break;
    }
    case Op::Approve:
        run.as = QStringLiteral("kari");
        run.caseNumber = pick(awaiting);
        run.args << QStringLiteral("approve") << run.caseNumber;
        break;
    case Op::Return:
        run.as = QStringLiteral("kari");
        run.caseNumber = pick(awaiting);
        run.args << QStringLiteral("return") << run.caseNumber << QStringLiteral("--text")
                 << QStringLiteral("Begrunn avslaget bedre.");
        break;
    }
    return run;
}

void Harness::once()
{
    Run run;
    QString statusBefore;
    {
        auto db = open();
        run = choose(*db);
        if (!run.caseNumber.isEmpty())
            statusBefore = statusOf(*db, run.caseNumber);
    }
    // The first run of each operation is timed, not killed; later ones die somewhere between
    // the end of the program's start-up and the end of its work.
    const auto known = m_duration.find(run.op);
    const int killAt = known == m_duration.end() ? -1 : int(known->second * (0.3 + 0.8 * m_rng.generateDouble()));
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(FV_CLI_PATH),
            QStringList{QStringLiteral("--db"), m_t.path(), QStringLiteral("--as"), run.as} + run.args);
    REQUIRE(p.waitForStarted());
    if (killAt >= 0 && !p.waitForFinished(killAt))
        p.kill(); // SIGKILL: no destructor, no rollback, no flush
    if (p.state() != QProcess::NotRunning)
        REQUIRE(p.waitForFinished(60000));
    // A program that finished just before the signal counts as finished.
    const bool killed = p.exitStatus() == QProcess::CrashExit;
    ++m_figures.runs;
    if (!killed) {
        INFO(name(run.op) << " " << run.args.join(QLatin1Char(' ')).toStdString() << ": "
                          << p.readAllStandardError().toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        REQUIRE(p.exitCode() == 0);
        const double took = double(timer.elapsed());
        m_duration[run.op] = known == m_duration.end() ? took : 0.7 * known->second + 0.3 * took;
        ++m_figures.completed;
    } else {
        ++m_figures.kills;
        ++m_figures.killsPerOp[run.op];
    }
    verify(run, killed, statusBefore);
}

void Harness::verify(const Run &run, bool killed, const QString &statusBefore)
{
    auto db = open();
    INFO("seed " << m_seed << ", run " << m_figures.runs << ": " << name(run.op) << " "
                 << run.args.join(QLatin1Char(' ')).toStdString() << (killed ? " (killed)" : ""));
    auto report = checkDatabase(*db);
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->ok());
    // Every decision has one entry per requested registry; one draft event per decision version
    // and one approve event per approved decision: nothing half-written, nothing unrecorded.
    for (const char *sql :
         {"SELECT count(*) FROM decision d WHERE (SELECT count(*) FROM decision_entry e WHERE e.decision_id = d.id) "
          "<> (SELECT count(*) FROM data_source s WHERE s.case_id = d.case_id)",
          "SELECT count(*) FROM fv_case c WHERE (SELECT count(*) FROM decision d WHERE d.case_id = c.id) "
          "<> (SELECT count(*) FROM event e WHERE e.case_id = c.id AND e.kind = 'draft')",
          "SELECT count(*) FROM fv_case c WHERE (SELECT count(*) FROM decision d WHERE d.case_id = c.id AND "
          "d.approved_by IS NOT NULL) <> (SELECT count(*) FROM event e WHERE e.case_id = c.id AND e.kind = 'approve')",
          "SELECT count(*) FROM fv_case c WHERE (SELECT count(*) FROM event e WHERE e.case_id = c.id AND "
          "e.kind = 'imported') <> 1"})
        CHECK(db->scalar(QLatin1String(sql))->toInt() == 0);
    if (run.op == Op::Import) {
        // Files are imported in order, each whole or not at all: the imported ones are a prefix.
        int present = 0;
        bool gap = false;
        for (const QString &reference : run.references) {
            const bool there =
                db->scalar(QStringLiteral("SELECT count(*) FROM application WHERE reference = ?"), {reference})->toInt()
                == 1;
            CHECK_FALSE((there && gap));
            gap = gap || !there;
            present += there ? 1 : 0;
        }
        if (!killed)
            CHECK(present == run.references.size());
        else if (present == run.references.size())
            ++m_figures.killedDone;
        else if (present == 0)
            ++m_figures.killedAbsent;
        else
            ++m_figures.killedPartly;
        return;
    }
    const bool changed = statusOf(*db, run.caseNumber) != statusBefore
        || (run.op == Op::Outcome
            && db->scalar(QStringLiteral("SELECT count(*) FROM event e JOIN fv_case c ON c.id = e.case_id WHERE "
                                         "c.case_number = ? AND e.kind = 'decision-edited' AND e.actor = 'lise'"),
                          {run.caseNumber})
                    ->toInt()
                > 0);
    if (!killed)
        CHECK(changed);
    else
        ++(changed ? m_figures.killedDone : m_figures.killedAbsent);
}

void Harness::checkWithTheProgram()
{
    const auto run = test::cliProcess(
        {QStringLiteral("--db"), m_t.path(), QStringLiteral("--as"), QStringLiteral("ola"), QStringLiteral("check")});
    INFO("seed " << m_seed << ": " << run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.status == 0);
}

} // namespace

TEST_CASE("killed at random moments while writing, the database stays whole", "[crash]")
{
    bool given = false;
    const int wanted = qEnvironmentVariableIntValue("FV_CRASH_RUNS", &given);
    const int kills = given && wanted > 0 ? wanted : 40;
    Harness h;
    WARN("crash harness: seed " << h.seed() << ", " << kills << " kills wanted");
    QElapsedTimer timer;
    timer.start();
    while (h.figures().kills < kills && h.figures().runs < 6 * kills) {
        h.once();
        if (h.figures().runs % 25 == 0)
            h.checkWithTheProgram();
    }
    h.checkWithTheProgram();
    const Figures &f = h.figures();
    CHECK(f.kills >= kills);
    QStringList perOp;
    for (const auto &[op, n] : f.killsPerOp)
        perOp << QStringLiteral("%1 %2").arg(QLatin1String(name(op))).arg(n);
    auto db = Database::open(h.path());
    REQUIRE(db.ok());
    WARN("crash harness: "
         << f.runs << " runs, " << f.kills << " SIGKILLs (" << perOp.join(QStringLiteral(", ")).toStdString()
         << "); after a kill the operation was done " << f.killedDone << "x, absent " << f.killedAbsent
         << "x, an import batch cut between files " << f.killedPartly << "x; " << f.completed
         << " runs finished first; integrity, check and every case whole after each; "
         << db.value()->scalar(QStringLiteral("SELECT count(*) FROM fv_case"))->toInt() << " cases, "
         << db.value()->scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt() << " events; "
         << timer.elapsed() / 1000.0 << " s");
}
