#include "casework/CaseJson.h"
#include "cli/CliContext.h"
#include "decision/DecisionService.h"
#include "rules/CaseRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fv::cli {
namespace {

// The commands that take one case number and nothing else.
int onCase(Context &ctx, Args &args, const QString &name,
           const std::function<Status(DecisionService &, const QString &)> &op, const QString &doneText)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(name, p);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    DecisionService decisions(*cases.value());
    const QString caseNumber = args.positionals().first();
    if (auto s = op(decisions, caseNumber); !s)
        return ctx.refuse(s.error());
    if (!ctx.json)
        ctx.out << doneText.arg(caseNumber) << Qt::endl;
    return Exit::Done;
}

} // namespace

int cmdDraft(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("draft"), p);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    DecisionService decisions(*cases.value());
    auto d = decisions.draft(args.positionals().first());
    if (!d)
        return ctx.refuse(d.error());
    if (ctx.json)
        ctx.out << QString::fromUtf8(QJsonDocument(decisionToJson(d.value())).toJson());
    else
        ctx.out << CliText::tr("%1: decision draft %2 with %3 registries")
                       .arg(args.positionals().first())
                       .arg(d->version)
                       .arg(d->entries.size())
                << Qt::endl;
    return Exit::Done;
}

int cmdOutcome(Context &ctx, Args &args)
{
    const QStringList drop = args.options(QStringLiteral("drop-variable"));
    const auto reason = args.option(QStringLiteral("reason"));
    if (const QString p = args.finish(3, 3); !p.isEmpty())
        return ctx.usage(QStringLiteral("outcome"), p + CliText::tr(" (outcome CASE REGISTRY OUTCOME)"));
    const QStringList pos = args.positionals();
    const auto outcome = outcomeFromCode(pos.at(2));
    if (!outcome)
        return ctx.usage(
            QStringLiteral("outcome"),
            CliText::tr("unknown outcome \"%1\" (granted, partly-granted, refused, forwarded)").arg(pos.at(2)));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    // Read, change and write in one transaction: a colleague's edit made meanwhile is kept.
    DecisionService decisions(*cases.value());
    const auto edit = [&](const CaseRecord &, Decision &d) -> Status {
        auto entry = std::find_if(d.entries.begin(), d.entries.end(), [&](const RegistryDecision &e) {
            return e.registry.compare(pos.at(1), Qt::CaseInsensitive) == 0;
        });
        if (entry == d.entries.end())
            return fail(QCoreApplication::translate("fv::Cli", "the application does not ask for the registry %1")
                            .arg(pos.at(1)));
        entry->outcome = *outcome;
        if (reason)
            entry->reason = reason->trimmed();
        for (const QString &v : drop) {
            auto var = std::find_if(entry->variables.begin(), entry->variables.end(), [&](const VariableDecision &x) {
                return x.name == v;
            });
            if (var == entry->variables.end())
                return fail(QCoreApplication::translate("fv::Cli", "%1 has no requested variable \"%2\"")
                                .arg(entry->registry, v));
            var->approved = false;
            var->reason = reason.value_or(QString());
        }
        return ok();
    };
    if (auto s = decisions.editDraft(pos.at(0), edit); !s)
        return ctx.refuse(s.error());
    return Exit::Done;
}

int cmdSubmit(Context &ctx, Args &args)
{
    // --despite-open-consultation: the caseworker's confirmation that the draft goes for approval
    // before every consulted registry manager has answered (the core refuses it otherwise).
    const auto open = args.flag(QStringLiteral("despite-open-consultation"))
        ? DecisionService::OpenConsultations::Confirmed
        : DecisionService::OpenConsultations::Refuse;
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("submit"), p);
    if (open == DecisionService::OpenConsultations::Refuse) {
        auto cases = ctx.cases();
        if (!cases)
            return ctx.refuse(cases.error());
        auto rec = cases.value()->load(args.positionals().first());
        if (const QStringList waiting = rec ? caserules::openConsultations(rec.value()) : QStringList();
            !waiting.isEmpty())
            return ctx.refuse(
                CliText::tr("%1: the registry managers have not answered the consultation on %2; add "
                            "--despite-open-consultation to send the draft for approval without their "
                            "answer")
                    .arg(args.positionals().first(), waiting.join(QStringLiteral(", "))));
    }
    return onCase(
        ctx, args, QStringLiteral("submit"),
        [open](DecisionService &d, const QString &c) { return d.submit(c, {}, open); },
        CliText::tr("%1: submitted for approval"));
}

int cmdApprove(Context &ctx, Args &args)
{
    // --version N: the decision's revision the approver read (`show` prints it); refused if it moved.
    const auto version = args.option(QStringLiteral("version"));
    Seen seen;
    if (version) {
        bool okNumber = false;
        const int n = version->toInt(&okNumber);
        if (!okNumber || n < 1)
            return ctx.usage(QStringLiteral("approve"),
                             CliText::tr("--version is the decision's revision as 'show' prints it, e.g. 3"));
        seen.decisionRevision = n;
    }
    return onCase(
        ctx, args, QStringLiteral("approve"), [&](DecisionService &d, const QString &c) { return d.approve(c, seen); },
        CliText::tr("%1: decision approved"));
}

int cmdReturn(Context &ctx, Args &args)
{
    const auto text = args.option(QStringLiteral("text"));
    if (!text)
        return ctx.usage(QStringLiteral("return"), CliText::tr("--text TEXT is required: say why the draft goes back"));
    return onCase(
        ctx, args, QStringLiteral("return"),
        [&](DecisionService &d, const QString &c) { return d.returnDraft(c, *text); },
        CliText::tr("%1: draft returned to the drafter"));
}

} // namespace fv::cli
