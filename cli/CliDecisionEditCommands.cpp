// Editing the decision draft from the command line: conditions and the fee basis.
#include "cli/CliContext.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionService.h"
#include "decision/Fees.h"
#include "decision/ForeignBasis.h"

#include <QCoreApplication>

namespace fv::cli {
namespace {

// Reads the current draft, lets `edit` change it and saves it through the core, all in one
// transaction: a colleague's change made meanwhile is kept, never overwritten.
int editDraft(Context &ctx, const QString &caseNumber,
              const std::function<Status(const CaseRecord &, Decision &)> &edit)
{
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    DecisionService decisions(*cases.value());
    if (auto s = decisions.editDraft(caseNumber, edit); !s)
        return ctx.refuse(s.error());
    return Exit::Done;
}

} // namespace

int cmdCondition(Context &ctx, Args &args)
{
    const auto text = args.option(QStringLiteral("text"));
    const QStringList pos = args.positionals();
    if (pos.value(0) != QLatin1String("add"))
        return ctx.usage(QStringLiteral("condition"),
                         CliText::tr("use 'condition add CASE CODE' or 'condition add CASE --text TEXT'"));
    if (const QString p = args.finish(text ? 2 : 3, text ? 2 : 3); !p.isEmpty())
        return ctx.usage(
            QStringLiteral("condition add"), p + CliText::tr(" (condition add CASE (CODE | --text TEXT))"));
    const QString caseNumber = pos.at(1);
    return editDraft(ctx, caseNumber, [&](const CaseRecord &rec, Decision &d) -> Status {
        if (text) {
            if (text->trimmed().isEmpty())
                return fail(QCoreApplication::translate("fv::Cli", "a custom condition needs its text"));
            d.conditions.push_back({QString(), text->trimmed()});
            return ok();
        }
        const QString code = pos.at(2);
        auto library = ConditionLibrary::load(*ctx.database().value());
        if (!library)
            return library.error();
        QStringList known;
        for (const StandardCondition &c : library.value()) {
            known << c.code;
            if (c.code != code)
                continue;
            for (const Condition &existing : d.conditions)
                if (existing.code == code)
                    return fail(
                        QCoreApplication::translate("fv::Cli", "the decision has the condition %1 already").arg(code));
            d.conditions.push_back({code, conditionText(c, rec.application, rec.application.language)});
            return ok();
        }
        return fail(QCoreApplication::translate("fv::Cli", "no standard condition \"%1\" (known: %2)")
                        .arg(code, known.join(QStringLiteral(", "))));
    });
}

int cmdFee(Context &ctx, Args &args)
{
    const auto hours = args.option(QStringLiteral("hours"));
    const auto exemption = args.option(QStringLiteral("exemption"));
    if (const QString p = args.finish(1, 1); !p.isEmpty() || (!hours && !exemption))
        return ctx.usage(QStringLiteral("fee"), p.isEmpty() ? CliText::tr("give --hours H and/or --exemption E") : p);
    double h = 0;
    if (hours) {
        bool okNumber = false;
        h = hours->toDouble(&okNumber);
        if (!okNumber || h < 0 || h > 10000)
            return ctx.usage(QStringLiteral("fee"), CliText::tr("--hours is a number of hours, e.g. 3.5"));
    }
    if (exemption && !feeExemptionFromCode(*exemption))
        return ctx.usage(QStringLiteral("fee"),
                         CliText::tr("--exemption is none, student-aggregated-anonymous, data-update or appeal"));
    return editDraft(ctx, args.positionals().first(), [&](const CaseRecord &, Decision &d) -> Status {
        if (hours)
            d.caseworkHours = h;
        if (exemption)
            d.feeExemption = *exemption;
        return ok();
    });
}

int cmdForeignBasis(Context &ctx, Args &args)
{
    const auto text = args.option(QStringLiteral("text"));
    const bool clear = args.flag(QStringLiteral("clear"));
    if (const QString p = args.finish(1, 1); !p.isEmpty() || text.has_value() == clear)
        return ctx.usage(
            QStringLiteral("foreign-basis"), p.isEmpty() ? CliText::tr("give either --text TEXT or --clear") : p);
    if (text && text->trimmed().isEmpty())
        return ctx.usage(QStringLiteral("foreign-basis"),
                         CliText::tr("--text is empty; use --clear to state no legal basis abroad"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    const QString number = args.positionals().first();
    if (auto s = ForeignBasis::set(*cases.value(), number, text.value_or(QString())); !s)
        return ctx.refuse(s.error());
    if (!ctx.json)
        ctx.out << (clear ? CliText::tr("%1: no legal basis abroad is stated").arg(number)
                          : CliText::tr("%1: the legal basis abroad is stated").arg(number))
                << Qt::endl;
    return Exit::Done;
}

} // namespace fv::cli
