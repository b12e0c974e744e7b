// list, stats and generate: finding cases, the figures managers answer for, and
// synthetic archives for demos and benchmarks.
#include "application/Application.h"
#include "casework/CaseJson.h"
#include "cli/CliContext.h"
#include "demo/Generator.h"
#include "demo/GeneratorServer.h"
#include "search/CaseSearch.h"
#include "statistics/Statistics.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {
namespace {

std::optional<QDate> parseDate(const std::optional<QString> &text, QString &problem, const char *option)
{
    if (!text)
        return QDate();
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid()) {
        problem = QStringLiteral("--%1 needs a date YYYY-MM-DD, not \"%2\"").arg(QLatin1String(option), *text);
        return std::nullopt;
    }
    return d;
}

// Reads list's options into a filter; an empty problem when all was understood.
QString readListFilter(Args &args, CaseFilter &filter)
{
    const auto status = args.option(QStringLiteral("status"));
    const auto registry = args.option(QStringLiteral("registry"));
    const auto search = args.option(QStringLiteral("search"));
    const auto limit = args.option(QStringLiteral("limit"));
    const auto purpose = args.option(QStringLiteral("purpose"));
    const auto assignee = args.option(QStringLiteral("assignee"));
    const auto from = args.option(QStringLiteral("from"));
    const auto to = args.option(QStringLiteral("to"));
    filter.unassigned = args.flag(QStringLiteral("unassigned"));
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return p;
    if (status) {
        filter.status = caseStatusFromCode(*status);
        if (!filter.status)
            return CliText::tr("unknown status \"%1\"").arg(*status);
    }
    if (limit) {
        bool okNumber = false;
        filter.limit = limit->toInt(&okNumber);
        if (!okNumber || filter.limit < 1)
            return CliText::tr("--limit needs a positive number");
    }
    if (purpose && !purposeCodes().contains(*purpose))
        return CliText::tr("unknown purpose \"%1\" (one of: %2)").arg(*purpose, purposeCodes().join(u", "));
    QString problem;
    const auto fromDate = parseDate(from, problem, "from");
    const auto toDate = parseDate(to, problem, "to");
    if (!fromDate || !toDate)
        return problem;
    filter.registry = registry.value_or(QString());
    filter.search = search.value_or(QString());
    filter.purpose = purpose.value_or(QString());
    filter.assignee = assignee.value_or(QString());
    filter.receivedFrom = *fromDate;
    filter.receivedTo = *toDate;
    return {};
}

} // namespace

int cmdList(Context &ctx, Args &args)
{
    CaseFilter filter;
    if (const QString p = readListFilter(args, filter); !p.isEmpty())
        return ctx.usage(QStringLiteral("list"), p);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    if (auto cases = ctx.cases(); !cases)
        return ctx.refuse(cases.error());
    // Streamed row by row: listing the whole archive never holds it in memory.
    bool first = true;
    const auto print = [&ctx, &first](CaseSummary &&s) {
        if (ctx.json) {
            ctx.out << (first ? "[\n" : ",\n")
                    << QString::fromUtf8(QJsonDocument(summaryToJson(s)).toJson(QJsonDocument::Compact));
        } else {
            ctx.out << s.caseNumber << '\t' << toCode(s.status) << '\t' << s.reference << '\t'
                    << s.registries.join(QLatin1Char(',')) << '\t' << s.title << '\n';
        }
        first = false;
        return true;
    };
    if (auto s = CaseSearch(*db.value()).forEach(filter, print); !s)
        return ctx.refuse(s.error());
    if (ctx.json)
        ctx.out << (first ? "[\n]\n" : "\n]\n"); // an empty list as QJsonDocument writes it
    ctx.out.flush();
    return Exit::Done;
}

namespace {

void printTimes(QTextStream &o, const QString &label, const ProcessingTimes &t)
{
    o << label
      << CliText::tr("%1 decided, median %2, 90th percentile %3 working days; %4 % within the deadline")
             .arg(t.cases)
             .arg(t.median)
             .arg(t.p90)
             .arg(QString::number(100.0 * t.withinDeadlineShare(), 'f', 1))
      << "\n";
}

void printStatistics(QTextStream &o, const Statistics &s)
{
    o << CliText::tr("Received: %1   Decided: %2   Open now: %3").arg(s.received).arg(s.decided).arg(s.open) << "\n";
    printTimes(o, CliText::tr("Processing time (complete → decided, paused days left out): "), s.times);
    o << "\n" << CliText::tr("Month     received  decided") << "\n";
    for (const MonthFigures &m : s.months)
        o << m.month << "  " << QString::number(m.received).rightJustified(8) << "  "
          << QString::number(m.decided).rightJustified(7) << "\n";
    o << "\n" << CliText::tr("Registry  requested  decided  median  p90  within deadline") << "\n";
    for (const RegistryFigures &r : s.registries)
        o << r.code.leftJustified(8) << "  " << QString::number(r.requested).rightJustified(9) << "  "
          << QString::number(r.decided).rightJustified(7) << "  " << QString::number(r.times.median).rightJustified(6)
          << "  " << QString::number(r.times.p90).rightJustified(3) << "  "
          << QString::number(100.0 * r.times.withinDeadlineShare(), 'f', 1).rightJustified(6) << " %\n";
    o << "\n";
    for (const OutcomeFigures &x : s.outcomes)
        printTimes(o, x.outcome.leftJustified(15) + QStringLiteral(": "), x.times);
}

} // namespace

int cmdStats(Context &ctx, Args &args)
{
    const auto from = args.option(QStringLiteral("from"));
    const auto to = args.option(QStringLiteral("to"));
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("stats"), p);
    QString problem;
    const auto fromDate = parseDate(from, problem, "from");
    const auto toDate = parseDate(to, problem, "to");
    if (!fromDate || !toDate)
        return ctx.usage(QStringLiteral("stats"), problem);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    if (auto cases = ctx.cases(); !cases)
        return ctx.refuse(cases.error());
    auto stats = computeStatistics(*db.value(), *fromDate, *toDate);
    if (!stats)
        return ctx.refuse(stats.error());
    if (ctx.json)
        ctx.out << QString::fromUtf8(QJsonDocument(statisticsToJson(stats.value())).toJson(QJsonDocument::Indented));
    else
        printStatistics(ctx.out, stats.value());
    ctx.out.flush();
    return Exit::Done;
}

int cmdGenerate(Context &ctx, Args &args)
{
    const auto cases = args.option(QStringLiteral("cases"));
    const auto seed = args.option(QStringLiteral("seed"));
    if (const QString p = args.finish(0, 0); !p.isEmpty() || !cases)
        return ctx.usage(QStringLiteral("generate"), p.isEmpty() ? CliText::tr("--cases N is required") : p);
    GenerateOptions options;
    bool okNumber = false;
    options.cases = cases->toInt(&okNumber);
    if (!okNumber || options.cases < 1)
        return ctx.usage(QStringLiteral("generate"), CliText::tr("--cases needs a positive number"));
    if (seed) {
        options.seed = seed->toUInt(&okNumber);
        if (!okNumber)
            return ctx.usage(QStringLiteral("generate"), CliText::tr("--seed needs a number"));
    }
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    const auto progress = [&ctx](int done, int total) {
        ctx.err << "\rgenerated " << done << " of " << total << " cases" << (done == total ? "\n" : "");
        ctx.err.flush();
    };
    // On the team server: generated in a temporary SQLite file, then loaded as migrate does.
    auto report = db.value()->isServer()
        ? generateOnServer(*db.value(), options, progress, [&ctx](const QString &line) { ctx.err << line << Qt::endl; })
        : generateCases(*db.value(), ctx.actingLogin(), options, progress);
    if (!report)
        return ctx.refuse(report.error());
    if (ctx.json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("cases"), report->cases},
                                      {QStringLiteral("decided"), report->decided},
                                      {QStringLiteral("events"), report->events},
                                      {QStringLiteral("first"), report->firstCase},
                                      {QStringLiteral("last"), report->lastCase}})
                .toJson(QJsonDocument::Indented));
    else
        ctx.out << report->cases << " cases generated (" << report->firstCase << " – " << report->lastCase << "), "
                << report->decided << " decided, " << report->events << " events\n";
    ctx.out.flush();
    return Exit::Done;
}

} // namespace fv::cli
