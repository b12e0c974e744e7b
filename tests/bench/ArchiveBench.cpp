// fv-archive-bench: search, statistics and the GUI on a large archive, timed inside the
// program (tools/bench-archive.sh times the whole processes with hyperfine).
//   fv-archive-bench search DB TERM...   CaseSearch as `list --search TERM --limit 100`
//   fv-archive-bench sql DB TERM         that query as SQL for the sqlite3 shell (the floor)
//   fv-archive-bench stats DB            computeStatistics over everything
//   fv-archive-bench startup DB          process start to an interactive work queue
//   fv-archive-bench keystrokes DB TERM  the case list's search, typed a letter at a time
#include "MainWindow.h"
#include "Session.h"
#include "search/CaseListModel.h"
#include "search/CaseSearch.h"
#include "search/WorkQueueView.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"
#include "storage/ReadAhead.h"
#include "storage/StatementCount.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

QElapsedTimer sinceStart;
QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString literal(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + v.toString().replace(QLatin1String("'"), QLatin1String("''")) + QLatin1Char('\'');
    return v.toString();
}

std::unique_ptr<fv::Database> openDb(const QString &path)
{
    auto db = fv::Database::open(path, fv::Database::Mode::ReadOnly);
    if (!db) {
        out << db.error().toString() << Qt::endl;
        return nullptr;
    }
    return std::move(db.value());
}

fv::CaseFilter searchFor(const QString &term)
{
    fv::CaseFilter f;
    f.search = term;
    f.limit = 100;
    return f;
}

int search(const QString &path, const QStringList &terms)
{
    auto db = openDb(path);
    if (!db)
        return 1;
    for (const QString &term : terms) {
        std::vector<double> ms;
        size_t rows = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            auto list = fv::CaseSearch(*db).list(searchFor(term));
            ms.push_back(t.nsecsElapsed() / 1e6);
            rows = list ? list->size() : 0;
        }
        auto n = fv::CaseSearch(*db).count(searchFor(term));
        out << QStringLiteral("search %1: %2 ms median (21 runs), %3 rows of %4 matches")
                   .arg(term)
                   .arg(median(ms), 0, 'f', 2)
                   .arg(rows)
                   .arg(n ? n.value() : -1)
            << Qt::endl;
    }
    return 0;
}

int sql(const QString &term)
{
    const auto q = fv::CaseSearch::listQuery(searchFor(term));
    QString text = q.sql;
    // Positional '?' in order; the search text has no '?' of its own after folding.
    for (const QVariant &v : q.bindings)
        text.replace(text.indexOf(QLatin1Char('?')), 1, literal(v));
    out << text << QLatin1Char(';') << Qt::endl;
    return 0;
}

int stats(const QString &path)
{
    auto db = openDb(path);
    if (!db)
        return 1;
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto s = fv::computeStatistics(*db);
        ms.push_back(t.nsecsElapsed() / 1e6);
        if (!s)
            return 1;
    }
    out << QStringLiteral("stats: %1 ms median (5 runs)").arg(median(ms), 0, 'f', 1) << Qt::endl;
    return 0;
}

int startup(const QString &path)
{
    fv::Session session;
    if (auto s = session.open(path); !s) {
        out << s.error().toString() << Qt::endl;
        return 1;
    }
    fv::MainWindow window(session);
    window.show();
    // Interactive: the first events after the window is shown have been handled.
    QTimer::singleShot(0, &window, [&window] {
        const fv::WorkQueueView *q = window.workQueue();
        out << QStringLiteral("startup: %1 ms from process start to an interactive work queue (overdue %2, "
                              "my cases %3; the work queue took %4 ms)")
                   .arg(sinceStart.elapsed())
                   .arg(q->count(fv::QueueKind::Overdue))
                   .arg(q->count(fv::QueueKind::Mine))
                   .arg(q->lastRefreshMs())
            << Qt::endl;
        if (qEnvironmentVariableIsSet("FV_BENCH_LINGER"))
            QTimer::singleShot(1500, qApp, &QApplication::quit); // let the RSS settle for /usr/bin/time
        else
            QApplication::quit();
    });
    return QApplication::exec();
}

int keystrokes(const QString &path, const QString &term)
{
    fv::Session session;
    if (auto s = session.open(path); !s)
        return 1;
    fv::MainWindow window(session);
    window.show();
    QApplication::processEvents();
    std::vector<double> ms;
    for (qsizetype i = 1; i <= term.size(); ++i) {
        QElapsedTimer t;
        t.start();
        window.search(term.left(i));
        QApplication::processEvents(); // the view repaints with the new rows
        ms.push_back(t.nsecsElapsed() / 1e6);
        out << QStringLiteral("  \"%1\": %2 ms, %3 rows loaded")
                   .arg(term.left(i))
                   .arg(ms.back(), 0, 'f', 1)
                   .arg(window.caseTable()->model()->rowCount())
            << Qt::endl;
    }
    out << QStringLiteral("keystrokes \"%1\": %2 ms median, %3 ms max")
               .arg(term)
               .arg(median(ms), 0, 'f', 1)
               .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
        << Qt::endl;
    return 0;
}

// CPU time of this process so far, user and system.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Opening a case in the GUI as a caseworker does (the case page with its tabs), `times` times
// after the window is up; 0 times measures the start alone (round trips: run both behind
// tools/pg-latency-proxy.py, the difference is the opening's).
int openCases(const QString &path, const QString &caseNumber, int times)
{
    if (qEnvironmentVariableIsSet("FV_BENCH_NO_READ_AHEAD")) // the figures before ReadAhead
        fv::ReadAhead::setEnabled(false);
    fv::Session session;
    if (auto s = session.open(path); !s) {
        out << s.error().toString() << Qt::endl;
        return 1;
    }
    const bool listing = qEnvironmentVariableIsSet("FV_BENCH_STATEMENTS");
    QStringList log; // what the window's start runs, then the last opening's statements
    if (listing)
        fv::setStatementLog(&log);
    const qint64 atStart = fv::statementsRun();
    fv::MainWindow window(session);
    window.show();
    QApplication::processEvents();
    fv::setStatementLog(nullptr);
    if (listing) {
        out << QStringLiteral("the window's start: %1 statements").arg(fv::statementsRun() - atStart) << Qt::endl;
        for (const QString &sql : log)
            out << QStringLiteral("  ") << sql.simplified().left(160) << Qt::endl;
    }
    std::vector<double> ms;
    std::vector<qint64> statements; // per opening: on the server, round trips
    std::vector<double> cpu;        // per opening: this process's CPU time (the machine's load aside)
    for (int i = 0; i < times; ++i) {
        log.clear();
        fv::setStatementLog(&log);
        const qint64 before = fv::statementsRun();
        QElapsedTimer t;
        t.start();
        const double cpuBefore = processCpuMs();
        if (!window.openCase(caseNumber)) {
            out << QStringLiteral("open: case %1 did not open").arg(caseNumber) << Qt::endl;
            return 1;
        }
        QApplication::processEvents(); // painted
        ms.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(processCpuMs() - cpuBefore);
        statements.push_back(fv::statementsRun() - before);
        fv::setStatementLog(nullptr);
    }
    if (times > 0) {
        out << QStringLiteral("open %1: %2 ms median, %3 ms max (%4 times); CPU %5 ms median; statements: first %6, "
                              "last %7")
                   .arg(caseNumber)
                   .arg(median(ms), 0, 'f', 1)
                   .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
                   .arg(times)
                   .arg(median(cpu), 0, 'f', 1)
                   .arg(statements.front())
                   .arg(statements.back())
            << Qt::endl;
        if (listing)
            for (const QString &sql : log)
                out << QStringLiteral("  ") << sql.simplified().left(160) << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    sinceStart.start();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments().mid(1);
    if (args.size() >= 2 && args[0] == QLatin1String("search"))
        return search(args[1], args.mid(2));
    if (args.size() == 3 && args[0] == QLatin1String("sql"))
        return sql(args[2]);
    if (args.size() == 2 && args[0] == QLatin1String("stats"))
        return stats(args[1]);
    if (args.size() == 2 && args[0] == QLatin1String("startup"))
        return startup(args[1]);
    if (args.size() == 3 && args[0] == QLatin1String("keystrokes"))
        return keystrokes(args[1], args[2]);
    if (args.size() == 4 && args[0] == QLatin1String("open"))
        return openCases(args[1], args[2], args[3].toInt());
    out << "usage: fv-archive-bench search DB TERM... | sql DB TERM | stats DB | startup DB | keystrokes DB TERM | "
           "open DB CASE TIMES"
        << Qt::endl;
    return 2;
}
