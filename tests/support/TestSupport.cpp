#include "TestSupport.h"

#include "casework/CaseworkService.h"
#include "cli/Cli.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <catch2/catch_test_macros.hpp>
#include <stdexcept>

namespace fv::test {

Result<std::unique_ptr<Database>> createTestDatabase(const QString &path)
{
    return Database::create(path, DatabaseKind::Test);
}

Status settleAssessment(CaseService &lawyer, const QString &caseNumber)
{
    auto rec = lawyer.load(caseNumber);
    if (!rec)
        return rec.error();
    CaseworkService work(lawyer);
    for (const AssessmentEntry &e : rec->casework.assessment.entries)
        if (e.required && !e.settled())
            if (auto s = work.assess(caseNumber, e.item, AssessmentResult::Fulfilled, QString()); !s)
                return s;
    return ok();
}

void settleAssessment(TempDb &t, const QString &caseNumber)
{
    auto lise = t.as(QStringLiteral("lise"));
    if (auto s = settleAssessment(lise, caseNumber); !s)
        throw std::runtime_error(s.error().toString().toStdString());
}

Status prepareForDraft(CaseService &adviser, const QString &caseNumber)
{
    auto rec = adviser.load(caseNumber);
    if (!rec)
        return rec.error();
    CaseworkService work(adviser);
    if (rec->summary.assignee.isEmpty())
        if (auto s = work.take(caseNumber); !s)
            return s;
    if (rec->summary.status == CaseStatus::Received || rec->summary.status == CaseStatus::CompletenessCheck)
        if (auto s = work.complete(caseNumber); !s)
            return s;
    return ok();
}

void prepareForDraft(TempDb &t, const QString &caseNumber)
{
    auto ola = t.as(QStringLiteral("ola"));
    if (auto s = prepareForDraft(ola, caseNumber); !s)
        throw std::runtime_error(s.error().toString().toStdString());
}

CliRun cli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

CliRun cliProcess(const QStringList &args, const QStringList &environment)
{
    CliSurroundings surroundings;
    for (const QString &setting : environment)
        surroundings.set.append({setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1)});
    return cliProcess(args, surroundings);
}

CliRun cliProcess(const QStringList &args, const CliSurroundings &surroundings)
{
    // English unless a test asks for another language.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &name : surroundings.unset)
        env.remove(name);
    for (const auto &[name, value] : surroundings.set)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    if (surroundings.fileSizeLimitKib > 0)
        p.start(QStringLiteral("bash"),
                QStringList{
                    QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(surroundings.fileSizeLimitKib),
                    QStringLiteral(FV_CLI_PATH)}
                    + args);
    else
        p.start(QStringLiteral(FV_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString specFile(const QString &name)
{
    return QStringLiteral(FV_SPEC_DIR "/") + name;
}
QString dataFile(const QString &relative)
{
    return QStringLiteral(FV_TEST_DATA_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

QString firstCase(CaseService &cases, const std::function<bool(const CaseRecord &)> &wanted)
{
    auto list = cases.list();
    REQUIRE(list.ok());
    for (const CaseSummary &s : list.value()) {
        auto rec = cases.load(s.caseNumber);
        REQUIRE(rec.ok());
        if (wanted(rec.value()))
            return s.caseNumber;
    }
    return {};
}

QString firstCaseWithDraft(CaseService &cases)
{
    const QString number = firstCase(cases, [](const CaseRecord &c) {
        const Decision *d = c.currentDecision();
        return d && d->status == DecisionStatus::Draft;
    });
    if (number.isEmpty())
        FAIL("no case has a decision draft");
    return number;
}

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fellesvedtak-tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
}

} // namespace fv::test
