// After the decision letter: the registry managers' deliveries and the end of the project.
#include "Clock.h"
#include "cli/CliContext.h"
#include "followup/FollowUp.h"
#include "followup/FollowUpService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {
namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(iso(d)) : QJsonValue(QJsonValue::Null);
}

// A date given on the command line: YYYY-MM-DD, a real day; the refusal names the option.
std::optional<QDate> parseDate(Context &ctx, const QString &option, const QString &text, int *exitCode)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        *exitCode = ctx.refuse(Error{CliText::tr("%1: not a real date in the form YYYY-MM-DD").arg(option), text});
        return std::nullopt;
    }
    return d;
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

QJsonObject deliveriesJson(const CaseRecord &r)
{
    const QStringList overdue = followup::overdueDeliveries(r, today());
    QJsonArray rows;
    for (const QString &registry : followup::deliveringRegistries(r)) {
        const Delivery *d = r.followUp.delivery(registry);
        const Delivery shown = d ? *d : Delivery{registry, {}, {}, {}, {}, {}};
        rows.append(QJsonObject{
            {QStringLiteral("registry"), registry},
            {QStringLiteral("state"), toCode(shown.state())},
            {QStringLiteral("orderedOn"), jsonDate(shown.orderedOn)},
            {QStringLiteral("delayedOn"), jsonDate(shown.delayedOn)},
            {QStringLiteral("delayReason"), shown.delayReason},
            {QStringLiteral("deliveredOn"), jsonDate(shown.deliveredOn)},
            {QStringLiteral("overdue"), overdue.contains(registry)}});
    }
    return QJsonObject{
        {QStringLiteral("caseNumber"), r.summary.caseNumber},
        {QStringLiteral("decisionLetterSent"), jsonDate(followup::decisionLetterSentOn(r))},
        {QStringLiteral("deliveryDue"), jsonDate(followup::deliveryDue(r))},
        {QStringLiteral("deliveries"), rows}};
}

void printDeliveries(Context &ctx, const CaseRecord &r)
{
    const QStringList overdue = followup::overdueDeliveries(r, today());
    if (!followup::decisionLetterSentOn(r).isValid())
        ctx.out << CliText::tr("The decision letter has not been sent yet.") << Qt::endl;
    else
        ctx.out << CliText::tr("Decision letter sent: %1; data due by: %2")
                       .arg(iso(followup::decisionLetterSentOn(r)), iso(followup::deliveryDue(r)))
                << Qt::endl;
    for (const QString &registry : followup::deliveringRegistries(r)) {
        const Delivery *d = r.followUp.delivery(registry);
        const Delivery shown = d ? *d : Delivery{registry, {}, {}, {}, {}, {}};
        QString line = QStringLiteral("%1\t%2").arg(registry, displayName(shown.state()));
        if (shown.orderedOn.isValid())
            line += QLatin1Char('\t') + CliText::tr("ordered %1").arg(iso(shown.orderedOn));
        if (shown.delayedOn.isValid())
            line += QLatin1Char('\t') + CliText::tr("delayed %1: %2").arg(iso(shown.delayedOn), shown.delayReason);
        if (shown.deliveredOn.isValid())
            line += QLatin1Char('\t') + CliText::tr("delivered %1").arg(iso(shown.deliveredOn));
        if (overdue.contains(registry))
            line += QLatin1Char('\t') + CliText::tr("OVERDUE");
        ctx.out << line << Qt::endl;
    }
}

int listDeliveries(Context &ctx, const QString &caseNumber)
{
    auto rec = ctx.loadCase(caseNumber);
    if (!rec)
        return ctx.refuse(rec.error());
    if (ctx.json)
        printJson(ctx, deliveriesJson(rec.value()));
    else
        printDeliveries(ctx, rec.value());
    return Exit::Done;
}

enum class DeliveryStep { Ordered, Delayed, Delivered };

// Records one delivery report and says so (or, with --json, lists the case's deliveries).
int recordDelivery(Context &ctx, const QString &caseNumber, const QString &registry, DeliveryStep step, const QDate &on,
                   const QString &reason)
{
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    FollowUpService service(*cases.value());
    const Status s = step == DeliveryStep::Ordered ? service.ordered(caseNumber, registry, on)
        : step == DeliveryStep::Delayed
        ? service.delayed(caseNumber, registry, reason, on)
        : service.delivered(caseNumber, registry, on);
    if (!s)
        return ctx.refuse(s.error());
    if (ctx.json)
        return listDeliveries(ctx, caseNumber);
    ctx.out << (step == DeliveryStep::Ordered       ? CliText::tr("%1: the data from %2 are recorded as ordered")
                    : step == DeliveryStep::Delayed ? CliText::tr("%1: the delivery from %2 is recorded as delayed")
                                                    : CliText::tr("%1: the data from %2 are recorded as delivered"))
                   .arg(caseNumber, registry.toUpper())
            << Qt::endl;
    return Exit::Done;
}

// The end of the project: the dates, what was received and what is late.
int showProjectEnd(Context &ctx, const QString &caseNumber)
{
    auto rec = ctx.loadCase(caseNumber);
    if (!rec)
        return ctx.refuse(rec.error());
    const CaseRecord &r = rec.value();
    const QDate day = today();
    const Project &project = r.application.project;
    if (ctx.json) {
        printJson(
            ctx,
            QJsonObject{
                {QStringLiteral("caseNumber"), r.summary.caseNumber},
                {QStringLiteral("projectEnd"), jsonDate(project.end)},
                {QStringLiteral("endReportDue"), jsonDate(followup::endReportDue(r))},
                {QStringLiteral("endReportReceived"), jsonDate(r.followUp.end.reportOn)},
                {QStringLiteral("endReportLate"), followup::endReportLate(r, day)},
                {QStringLiteral("deletionDate"), jsonDate(project.deletionDate)},
                {QStringLiteral("deletionConfirmed"), jsonDate(r.followUp.end.deletedOn)},
                {QStringLiteral("deletionLate"), followup::deletionLate(r, day)}});
        return Exit::Done;
    }
    const QString none = CliText::tr("not received");
    ctx.out << CliText::tr("Project end: %1; end report due by %2; received: %3%4")
                   .arg(iso(project.end), iso(followup::endReportDue(r)),
                        r.followUp.end.reportOn.isValid() ? iso(r.followUp.end.reportOn) : none,
                        followup::endReportLate(r, day) ? CliText::tr(" (LATE)") : QString())
            << Qt::endl
            << CliText::tr("Deletion date: %1; deletion confirmed: %2%3")
                   .arg(iso(project.deletionDate),
                        r.followUp.end.deletedOn.isValid() ? iso(r.followUp.end.deletedOn) : none,
                        followup::deletionLate(r, day) ? CliText::tr(" (LATE)") : QString())
            << Qt::endl;
    return Exit::Done;
}

} // namespace

int cmdDelivery(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("delivery");
    const auto deliveredText = args.option(QStringLiteral("delivered"));
    const auto reasonText = args.option(QStringLiteral("reason"));
    const auto onText = args.option(QStringLiteral("on"));
    const bool ordered = args.flag(QStringLiteral("ordered"));
    const bool delayed = args.flag(QStringLiteral("delayed"));
    const int chosen = int(ordered) + int(delayed) + int(deliveredText.has_value());
    if (chosen == 0) {
        if (reasonText || onText)
            return ctx.usage(name, CliText::tr("--reason and --on go with --ordered, --delivered or --delayed"));
        if (const QString p = args.finish(1, 1); !p.isEmpty())
            return ctx.usage(name, p);
        return listDeliveries(ctx, args.positionals().first());
    }
    if (chosen > 1)
        return ctx.usage(name, CliText::tr("give one of --ordered, --delivered DATE and --delayed REASON"));
    // --ordered DATE and --delayed REASON take their value as the third word.
    const bool thirdWord = (ordered && !onText) || (delayed && !reasonText);
    if (const QString p = args.finish(2, thirdWord ? 3 : 2); !p.isEmpty())
        return ctx.usage(name, p);
    const QStringList p = args.positionals();
    const QString extra = p.size() > 2 ? p.at(2) : QString();
    if (deliveredText && onText)
        return ctx.usage(name, CliText::tr("--delivered takes its date itself: --delivered DATE"));
    // The day: --delivered DATE, --ordered DATE (or --on), --delayed … --on DATE; else today.
    const std::optional<QString> dayText = deliveredText ? deliveredText
        : onText                                         ? onText
        : ordered && !extra.isEmpty()
        ? std::optional<QString>(extra)
        : std::nullopt;
    QDate on;
    if (dayText) {
        int code = Exit::Done;
        const auto d = parseDate(
            ctx,
            deliveredText ? QStringLiteral("--delivered")
                : onText  ? QStringLiteral("--on")
                          : QStringLiteral("--ordered"),
            *dayText, &code);
        if (!d)
            return code;
        on = *d;
    }
    const QString reason = reasonText.value_or(extra);
    if (delayed && reason.trimmed().isEmpty())
        return ctx.usage(name, CliText::tr("--delayed needs the reason: --delayed REASON"));
    return recordDelivery(
        ctx, p.at(0), p.at(1),
        ordered       ? DeliveryStep::Ordered
            : delayed ? DeliveryStep::Delayed
                      : DeliveryStep::Delivered,
        on, reason);
}

int cmdProjectEnd(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("project-end");
    const auto reportText = args.option(QStringLiteral("report"));
    const auto deletedText = args.option(QStringLiteral("deleted"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(name, p);
    if (reportText && deletedText)
        return ctx.usage(name, CliText::tr("give one of --report DATE and --deleted DATE at a time"));
    const QString caseNumber = args.positionals().first();
    if (reportText || deletedText) {
        int code = Exit::Done;
        auto on = parseDate(ctx, reportText ? QStringLiteral("--report") : QStringLiteral("--deleted"),
                            reportText.value_or(deletedText.value_or(QString())), &code);
        if (!on)
            return code;
        auto cases = ctx.cases();
        if (!cases)
            return ctx.refuse(cases.error());
        FollowUpService service(*cases.value());
        const Status s = reportText
            ? service.endReportReceived(caseNumber, *on)
            : service.deletionConfirmed(caseNumber, *on);
        if (!s)
            return ctx.refuse(s.error());
        if (!ctx.json) {
            ctx.out << (reportText ? CliText::tr("%1: the end report is recorded as received")
                                   : CliText::tr("%1: deletion or anonymisation is recorded as confirmed"))
                           .arg(caseNumber)
                    << Qt::endl;
            return Exit::Done;
        }
    }
    return showProjectEnd(ctx, caseNumber);
}

} // namespace fv::cli
