// fv-practice-bench: how long earlier practice (Practice::queryForCase + Practice::find, 10
// answers) takes on a generated archive, as the decision editor asks it.
// Usage: fv-practice-bench DB [CASES]   (see docs/PERFORMANCE.md)
// CASES (default 200) cases are spread evenly over the archive, the drafts among them; each is
// asked three times and the median, 90th percentile and maximum of each round are printed.
#include "decision/Practice.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

QTextStream out(stdout);

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// CPU time of this thread: on a machine shared with compilers, the wall clock measures them too.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

QStringList sample(fv::Database &db, int n)
{
    QStringList cases;
    // The drafts first: the cases a caseworker opens the editor on.
    auto drafts = db.exec(QStringLiteral("SELECT c.case_number FROM decision d JOIN fv_case c ON c.id = d.case_id "
                                         "WHERE d.status = 'draft' ORDER BY d.id LIMIT ?"),
                          {n / 2});
    while (drafts && drafts->next())
        cases << drafts->value(0).toString();
    auto count = db.scalar(QStringLiteral("SELECT MAX(id) FROM fv_case"));
    const qint64 last = count ? count->toLongLong() : 0;
    const qint64 rest = n - cases.size();
    for (qint64 i = 1; i <= rest && last > 0; ++i) {
        auto number = db.scalar(QStringLiteral("SELECT case_number FROM fv_case WHERE id = ?"), {i * last / rest});
        if (number && number->isValid())
            cases << number->toString();
    }
    return cases;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: fv-practice-bench DB [CASES]\n";
        return 2;
    }
    auto db = fv::Database::open(args[1], fv::Database::Mode::ReadOnly);
    if (!db) {
        out << db.error().toString() << "\n";
        return 1;
    }
    const QStringList cases = sample(*db.value(), args.size() > 2 ? args[2].toInt() : 200);
    out << "cases asked: " << cases.size() << ", candidate pool " << fv::Practice::candidatePool << "\n";
    for (int round = 1; round <= 3; ++round) {
        std::vector<double> times;
        std::vector<double> cpu;
        size_t answers = 0;
        for (const QString &number : cases) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = cpuMs();
            auto query = fv::Practice::queryForCase(*db.value(), number);
            if (!query) {
                out << query.error().toString() << "\n";
                return 1;
            }
            auto found = fv::Practice::find(*db.value(), query.value());
            if (!found) {
                out << found.error().toString() << "\n";
                return 1;
            }
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - cpuStart);
            answers += found->size();
        }
        out << "round " << round << ": median " << QString::number(percentile(times, 0.5), 'f', 1) << " ms, p90 "
            << QString::number(percentile(times, 0.9), 'f', 1) << " ms, max "
            << QString::number(percentile(times, 1.0), 'f', 1) << " ms wall; CPU median "
            << QString::number(percentile(cpu, 0.5), 'f', 1) << " ms, p90 "
            << QString::number(percentile(cpu, 0.9), 'f', 1) << " ms, max "
            << QString::number(percentile(cpu, 1.0), 'f', 1) << " ms; " << answers << " answers\n";
        out.flush();
    }
    return 0;
}
