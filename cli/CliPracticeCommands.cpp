// practice: earlier approved decisions close to a case (same registries, variables, purpose),
// closest and newest first, with their outcomes, reasons and conditions.
#include "cli/CliContext.h"
#include "decision/Practice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fv::cli {
namespace {

constexpr int maxLimit = 100;

QJsonObject entryJson(const RegistryDecision &e)
{
    QJsonArray variables;
    for (const VariableDecision &v : e.variables)
        variables.append(QJsonObject{{QStringLiteral("name"), v.name},
                                     {QStringLiteral("approved"), v.approved},
                                     {QStringLiteral("reason"), v.reason}});
    return {{QStringLiteral("registry"), e.registry},
            {QStringLiteral("outcome"), toCode(e.outcome)},
            {QStringLiteral("variables"), variables},
            {QStringLiteral("reason"), e.reason}};
}

QJsonObject matchJson(const PracticeMatch &m)
{
    QJsonArray entries;
    for (const RegistryDecision &e : m.entries)
        entries.append(entryJson(e));
    QJsonArray conditions;
    for (const Condition &c : m.conditions)
        conditions.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("text"), c.text}});
    const auto rounded = [](double x) { return std::round(x * 1000) / 1000; };
    return {
        {QStringLiteral("caseNumber"), m.caseNumber},
        {QStringLiteral("decisionId"), m.decisionId},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("purpose"), m.purpose},
        {QStringLiteral("approvedOn"), m.approvedOn.toString(Qt::ISODate)},
        {QStringLiteral("overall"), toCode(m.overall)},
        {QStringLiteral("score"), rounded(m.score)},
        {QStringLiteral("registrySimilarity"), rounded(m.registrySimilarity)},
        {QStringLiteral("variableSimilarity"), rounded(m.variableSimilarity)},
        {QStringLiteral("samePurpose"), m.samePurpose},
        {QStringLiteral("sharedRegistries"), QJsonArray::fromStringList(m.sharedRegistries)},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("reasons"), m.reasons},
        {QStringLiteral("conditions"), conditions}};
}

void printMatch(QTextStream &o, const PracticeMatch &m)
{
    o << m.caseNumber << '\t' << m.approvedOn.toString(Qt::ISODate) << '\t' << toCode(m.overall) << '\t'
      << QString::number(m.score, 'f', 2) << '\t' << m.title << '\n';
    o << "  "
      << CliText::tr("registries %1 % alike, variables %2 % alike, %3")
             .arg(qRound(100 * m.registrySimilarity))
             .arg(qRound(100 * m.variableSimilarity))
             .arg(m.samePurpose ? CliText::tr("same purpose") : CliText::tr("another purpose"))
      << '\n';
    for (const RegistryDecision &e : m.entries) {
        o << "  " << e.registry << "  " << toCode(e.outcome);
        if (!e.reason.isEmpty())
            o << "  " << e.reason;
        o << '\n';
        for (const VariableDecision &v : e.variables)
            if (!v.approved)
                o << "    - " << v.name << (v.reason.isEmpty() ? QString() : QStringLiteral(": ") + v.reason) << '\n';
    }
    if (!m.reasons.isEmpty())
        o << "  " << CliText::tr("Reasons: %1").arg(m.reasons.simplified()) << '\n';
    for (const Condition &c : m.conditions)
        o << "  " << CliText::tr("Condition: %1").arg(c.text.simplified()) << '\n';
}

} // namespace

int cmdPractice(Context &ctx, Args &args)
{
    const auto limit = args.option(QStringLiteral("limit"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("practice"), p);
    int n = 10;
    if (limit) {
        bool okNumber = false;
        n = limit->toInt(&okNumber);
        if (!okNumber || n < 1 || n > maxLimit)
            return ctx.usage(QStringLiteral("practice"),
                             CliText::tr("--limit needs a number from 1 to %1, not \"%2\"").arg(maxLimit).arg(*limit));
    }
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    if (auto cases = ctx.cases(); !cases) // a known, active user reads
        return ctx.refuse(cases.error());
    auto query = Practice::queryForCase(*db.value(), args.positionals().first());
    if (!query)
        return ctx.refuse(query.error());
    query->limit = n;
    auto matches = Practice::find(*db.value(), query.value());
    if (!matches)
        return ctx.refuse(matches.error());
    if (ctx.json) {
        QJsonArray all;
        for (const PracticeMatch &m : matches.value())
            all.append(matchJson(m));
        ctx.out << QString::fromUtf8(QJsonDocument(all).toJson());
    } else {
        if (matches->empty())
            ctx.out << CliText::tr("No approved decision shares a registry with %1.").arg(args.positionals().first())
                    << '\n';
        for (const PracticeMatch &m : matches.value())
            printMatch(ctx.out, m);
    }
    ctx.out.flush();
    return Exit::Done;
}

} // namespace fv::cli
