// fv-archive-export-bench: the Noark 5 extract of a generated archive, timed inside the program.
//   fv-archive-export-bench N [DIR]   generate N cases (seed 16) into a new database in DIR (a
//                                     temporary folder when absent), then time `archive export`
//                                     of every closed case into DIR/uttrekk (docs/PERFORMANCE.md)
//   FV_BENCH_PLAIN_LETTERS=1           without a QGuiApplication: the generator stores its small
//                                     plain PDFs, not the rendered PDF/A letter (the "before")
//   FV_BENCH_GENERATE_ONLY=1           stop after generating
#include "archive/ArchiveExport.h"
#include "casework/CaseService.h"
#include "casework/Users.h"
#include "demo/Generator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace fv;

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication: with one the generator stores a rendered PDF/A-2b letter.
    const bool plain = qEnvironmentVariableIsSet("FV_BENCH_PLAIN_LETTERS");
    if (!plain && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = plain
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QGuiApplication>(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int n = args.value(1).toInt();
    if (n <= 0) {
        out << "usage: fv-archive-export-bench N [DIR]" << Qt::endl;
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = args.size() > 2 ? args.at(2) : tmp.path();
    QDir().mkpath(dir);
    auto db = Database::create(dir + QStringLiteral("/bench.db"), DatabaseKind::Test);
    if (!db) {
        out << db.error().toString() << Qt::endl;
        return 1;
    }
    if (auto u = Users::add(*db.value(), QStringLiteral("bench"), QStringLiteral("bench"), {Role::Admin},
                            QStringLiteral("Bench Admin"));
        !u) {
        out << u.error().toString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    GenerateOptions options;
    options.cases = n;
    options.seed = 16;
    auto report = generateCases(*db.value(), QStringLiteral("bench"), options);
    if (!report) {
        out << report.error().toString() << Qt::endl;
        return 1;
    }
    out << "generated " << n << " cases in " << timer.elapsed() / 1000.0 << " s ("
        << (plain ? "plain PDF letters" : "rendered PDF/A-2b letters") << ")" << Qt::endl;
    if (qEnvironmentVariableIsSet("FV_BENCH_GENERATE_ONLY"))
        return 0;
    auto actor = Users::actor(*db.value(), QStringLiteral("bench"));
    CaseService cases(*db.value(), actor.value());
    timer.restart();
    auto summary = ArchiveExport(cases).write(
        QDate(2000, 1, 1), QDate::currentDate().addYears(1), dir + QStringLiteral("/uttrekk"));
    if (!summary) {
        out << summary.error().toString() << Qt::endl;
        return 1;
    }
    out << "extract: " << summary->cases << " closed cases, " << summary->entries << " journal entries, "
        << summary->documents << " documents in " << timer.elapsed() / 1000.0 << " s -> " << dir << "/uttrekk"
        << Qt::endl;
    if (!summary->notArchived.isEmpty())
        out << summary->notArchived.size() << " files left out, e.g. " << summary->notArchived.front() << Qt::endl;
    return 0;
}
