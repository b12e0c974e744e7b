// Revocation, reversal without appeal (fvl § 35) and suspended implementation (fvl § 42).
#include "Clock.h"
#include "cli/CliContext.h"
#include "revocation/RevocationJson.h"
#include "revocation/RevocationService.h"

#include <QJsonDocument>

namespace fv::cli {
namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

std::optional<QDate> parseDate(Context &ctx, const QString &option, const QString &text, int *exitCode)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        *exitCode = ctx.refuse(Error{CliText::tr("%1: not a real date in the form YYYY-MM-DD").arg(option), text});
        return std::nullopt;
    }
    return d;
}

void printLetters(Context &ctx, const std::vector<SentLetter> &letters)
{
    for (const SentLetter &l : letters)
        ctx.out << CliText::tr("%1: %2 sent as document %3%4")
                       .arg(l.caseNumber, toCode(l.kind), l.reference(),
                            l.registry.isEmpty() || l.kind != LetterKind::StopDelivery
                                ? QString()
                                : CliText::tr(" (to the manager of %1)").arg(l.registry))
                << Qt::endl;
}

int sent(Context &ctx, const Result<std::vector<SentLetter>> &letters, const QString &done, const QString &caseNumber)
{
    if (!letters)
        return ctx.refuse(letters.error());
    ctx.out << done.arg(caseNumber) << Qt::endl;
    printLetters(ctx, letters.value());
    return Exit::Done;
}

void printRevocation(Context &ctx, const Revocation &r)
{
    ctx.out << CliText::tr("%1: %2").arg(displayName(r.kind), displayName(r.state())) << Qt::endl
            << CliText::tr("  registries: %1%2")
                   .arg(r.registries.join(QStringLiteral(", ")),
                        r.allRegistries ? CliText::tr(" (all granted)") : QString())
            << Qt::endl
            << CliText::tr("  notice sent %1 by %2; comment by %3; comment received: %4")
                   .arg(iso(r.notifiedOn), r.notifiedBy, iso(r.commentDue), iso(r.commentOn))
            << Qt::endl
            << CliText::tr("  grounds: %1").arg(r.grounds) << Qt::endl;
    if (r.outcome)
        ctx.out << CliText::tr("  decision: %1 (%2), proposed by %3; approved by %4 on %5")
                       .arg(displayName(*r.outcome), r.revokedRegistries.join(QStringLiteral(", ")), r.proposedBy,
                            r.approvedBy.isEmpty() ? QStringLiteral("—") : r.approvedBy, iso(r.decidedOn))
                << Qt::endl
                << CliText::tr("  reason: %1").arg(r.reason) << Qt::endl;
}

void printSuspension(Context &ctx, const Suspension &s)
{
    const QString state = s.pending() ? CliText::tr("not decided")
        : s.inForce()                 ? CliText::tr("granted on %1: implementation suspended").arg(iso(s.decidedOn))
        : *s.granted                  ? CliText::tr("granted on %1, ended %2").arg(iso(s.decidedOn), iso(s.endedOn))
                                      : CliText::tr("refused on %1").arg(iso(s.decidedOn));
    ctx.out << CliText::tr("Suspension requested %1 by %2: %3").arg(iso(s.requestedOn), s.requestedBy, state)
            << Qt::endl;
    if (!s.reason.isEmpty())
        ctx.out << CliText::tr("  reason: %1").arg(s.reason) << Qt::endl;
}

int show(Context &ctx, const QString &caseNumber)
{
    auto rec = ctx.loadCase(caseNumber);
    if (!rec)
        return ctx.refuse(rec.error());
    const RevocationRecord &r = rec->revocation;
    if (ctx.json) {
        QJsonObject o = revocationToJson(r);
        o.insert(QStringLiteral("caseNumber"), rec->summary.caseNumber);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Exit::Done;
    }
    if (r.revocations.empty() && r.suspensions.empty())
        ctx.out << CliText::tr("%1: no revocation, reversal or suspension").arg(rec->summary.caseNumber) << Qt::endl;
    for (const Revocation &x : r.revocations)
        printRevocation(ctx, x);
    for (const Suspension &s : r.suspensions)
        printSuspension(ctx, s);
    return Exit::Done;
}

int notify(Context &ctx, Args &args, RevocationService &service)
{
    const QString name = QStringLiteral("revoke notify");
    RevocationRequest request;
    // --text is the contract's name (spec/cli.md), --grounds the descriptive one.
    request.grounds =
        args.option(QStringLiteral("grounds")).value_or(args.option(QStringLiteral("text")).value_or(QString()));
    request.registries = args.options(QStringLiteral("registry"));
    request.kind = args.flag(QStringLiteral("reversal")) ? RevocationKind::Reversal : RevocationKind::Revocation;
    if (const auto days = args.option(QStringLiteral("comment-days"))) {
        bool ok = false;
        const int n = days->toInt(&ok);
        if (!ok)
            return ctx.usage(name, CliText::tr("--comment-days takes a number of days, not \"%1\"").arg(*days));
        request.commentDays = n;
    }
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    if (request.grounds.trimmed().isEmpty())
        return ctx.usage(name, CliText::tr("give the grounds: --grounds TEXT"));
    const QString caseNumber = args.positionals().at(1);
    return sent(ctx, service.notify(caseNumber, request), CliText::tr("%1: advance notice recorded"), caseNumber);
}

int decide(Context &ctx, Args &args, RevocationService &service)
{
    const QString name = QStringLiteral("revoke decide");
    const QString outcomeText = args.option(QStringLiteral("outcome")).value_or(QStringLiteral("revoked"));
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString());
    const QStringList registries = args.options(QStringLiteral("registry"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    const auto outcome = revocationOutcomeFromCode(outcomeText);
    if (!outcome)
        return ctx.usage(name, CliText::tr("--outcome is revoked, partly or dropped, not \"%1\"").arg(outcomeText));
    const QString caseNumber = args.positionals().at(1);
    if (const Status s = service.propose(caseNumber, *outcome, reason, registries); !s)
        return ctx.refuse(s.error());
    ctx.out << CliText::tr("%1: decision proposed (%2); a decision-maker other than you approves it")
                   .arg(caseNumber, toCode(*outcome))
            << Qt::endl;
    return Exit::Done;
}

int comment(Context &ctx, Args &args, RevocationService &service)
{
    const QString name = QStringLiteral("revoke comment");
    const auto received = args.option(QStringLiteral("received"));
    const QString text = args.option(QStringLiteral("text")).value_or(QString());
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    QDate on;
    if (received) {
        int code = Exit::Done;
        const auto d = parseDate(ctx, QStringLiteral("--received"), *received, &code);
        if (!d)
            return code;
        on = *d;
    }
    const QString caseNumber = args.positionals().at(1);
    if (const Status s = service.comment(caseNumber, on, text); !s)
        return ctx.refuse(s.error());
    ctx.out << CliText::tr("%1: the applicant's comment is recorded").arg(caseNumber) << Qt::endl;
    return Exit::Done;
}

} // namespace

int cmdRevoke(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("revoke");
    const QStringList p = args.positionals();
    const QString sub = p.value(0);
    if (p.size() < 2)
        return ctx.usage(name, CliText::tr("give notify, comment, decide, approve or show, and the case"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    RevocationService service(*cases.value());
    if (sub == QLatin1String("notify"))
        return notify(ctx, args, service);
    if (sub == QLatin1String("comment"))
        return comment(ctx, args, service);
    if (sub == QLatin1String("decide"))
        return decide(ctx, args, service);
    if (sub == QLatin1String("approve") || sub == QLatin1String("show")) {
        if (const QString problem = args.finish(2, 2); !problem.isEmpty())
            return ctx.usage(name, problem);
        if (sub == QLatin1String("show"))
            return show(ctx, p.at(1));
        return sent(ctx, service.approve(p.at(1)), CliText::tr("%1: the decision is approved"), p.at(1));
    }
    return ctx.usage(
        name, CliText::tr("unknown sub-command \"%1\": notify, comment, decide, approve or show").arg(sub));
}

int cmdSuspension(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("suspension");
    const auto requested = args.option(QStringLiteral("requested"));
    const auto by = args.option(QStringLiteral("by"));
    const bool grant = args.flag(QStringLiteral("grant"));
    const bool refuse = args.flag(QStringLiteral("refuse"));
    const auto reason = args.option(QStringLiteral("reason"));
    const auto ended = args.option(QStringLiteral("end"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(name, p);
    const QString caseNumber = args.positionals().first();
    const int chosen = int(requested.has_value()) + int(grant) + int(refuse) + int(ended.has_value());
    if (chosen == 0)
        return show(ctx, caseNumber);
    if (chosen > 1)
        return ctx.usage(name, CliText::tr("give one of --requested DATE, --grant, --refuse and --end DATE"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    RevocationService service(*cases.value());
    if (grant || refuse)
        return sent(ctx, service.decideSuspension(caseNumber, grant, reason.value_or(QString())),
                    grant ? CliText::tr("%1: suspended implementation granted")
                          : CliText::tr("%1: suspended implementation refused"),
                    caseNumber);
    int code = Exit::Done;
    const auto day = parseDate(ctx, requested ? QStringLiteral("--requested") : QStringLiteral("--end"),
                               requested.value_or(ended.value_or(QString())), &code);
    if (!day)
        return code;
    if (requested) {
        if (const Status s = service.requestSuspension(caseNumber, *day, by.value_or(QString())); !s)
            return ctx.refuse(s.error());
        ctx.out << CliText::tr("%1: the request for suspended implementation is recorded").arg(caseNumber) << Qt::endl;
        return Exit::Done;
    }
    if (const Status s = service.endSuspension(caseNumber, *day); !s)
        return ctx.refuse(s.error());
    ctx.out << CliText::tr("%1: suspended implementation ended; deliveries are followed up again").arg(caseNumber)
            << Qt::endl;
    return Exit::Done;
}

} // namespace fv::cli
