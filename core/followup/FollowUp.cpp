#include "followup/FollowUp.h"

#include "casework/CaseService.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {

QString toCode(DeliveryState state)
{
    switch (state) {
    case DeliveryState::NotReported: return QStringLiteral("not-reported");
    case DeliveryState::Ordered: return QStringLiteral("ordered");
    case DeliveryState::Delayed: return QStringLiteral("delayed");
    case DeliveryState::Delivered: return QStringLiteral("delivered");
    case DeliveryState::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString displayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::NotReported: return QCoreApplication::translate("fv::FollowUp", "Not reported");
    case DeliveryState::Ordered: return QCoreApplication::translate("fv::FollowUp", "Ordered");
    case DeliveryState::Delayed: return QCoreApplication::translate("fv::FollowUp", "Delayed");
    case DeliveryState::Delivered: return QCoreApplication::translate("fv::FollowUp", "Delivered");
    case DeliveryState::Stopped: return QCoreApplication::translate("fv::FollowUp", "Stopped (access revoked)");
    }
    return {};
}

DeliveryState Delivery::state() const
{
    if (stoppedOn.isValid())
        return DeliveryState::Stopped;
    if (deliveredOn.isValid())
        return DeliveryState::Delivered;
    if (delayedOn.isValid())
        return DeliveryState::Delayed;
    if (orderedOn.isValid())
        return DeliveryState::Ordered;
    return DeliveryState::NotReported;
}

const Delivery *FollowUpRecord::delivery(const QString &registry) const
{
    const auto it = std::find_if(deliveries.begin(), deliveries.end(), [&](const Delivery &d) {
        return d.registry == registry;
    });
    return it == deliveries.end() ? nullptr : &*it;
}

namespace followup {
namespace {

const Decision *approvedDecision(const CaseRecord &record)
{
    // A reversal's new draft does not stop what the approved version grants until it is approved.
    for (auto it = record.decisions.rbegin(); it != record.decisions.rend(); ++it)
        if (it->status == DecisionStatus::Approved)
            return &*it;
    return nullptr;
}

} // namespace

QDate decisionLetterSentOn(const CaseRecord &record)
{
    QDate latest;
    for (const StoredDocument &d : record.documents)
        if (d.kind == QLatin1String("decision") && (!latest.isValid() || d.createdAt.date() > latest))
            latest = d.createdAt.date();
    return latest;
}

QStringList deliveringRegistries(const CaseRecord &record)
{
    QStringList out;
    if (const Decision *d = approvedDecision(record))
        for (const RegistryDecision &e : d->entries)
            if (e.outcome == Outcome::Granted || e.outcome == Outcome::PartlyGranted)
                out << e.registry;
    return out;
}

QDate deliveryDue(const CaseRecord &record)
{
    const QDate sent = decisionLetterSentOn(record);
    return sent.isValid() ? sent.addDays(7LL * record.followUp.deliveryWeeks) : QDate();
}

QStringList overdueDeliveries(const CaseRecord &record, const QDate &today)
{
    const QDate due = deliveryDue(record);
    QStringList out;
    if (!due.isValid() || today <= due || record.revocation.suspended())
        return out;
    for (const QString &registry : deliveringRegistries(record)) {
        const Delivery *d = record.followUp.delivery(registry);
        if (!d || (!d->deliveredOn.isValid() && !d->stoppedOn.isValid()))
            out << registry;
    }
    return out;
}

QDate endReportDue(const CaseRecord &record)
{
    const QDate end = record.application.project.end;
    return end.isValid() ? end.addDays(7LL * record.followUp.endReportGraceWeeks) : QDate();
}

bool endReportLate(const CaseRecord &record, const QDate &today)
{
    const QDate due = endReportDue(record);
    return due.isValid() && today > due && !record.followUp.end.reportOn.isValid()
        && decisionLetterSentOn(record).isValid() && !deliveringRegistries(record).isEmpty();
}

bool deletionLate(const CaseRecord &record, const QDate &today)
{
    const QDate due = record.application.project.deletionDate;
    return due.isValid() && today > due && !record.followUp.end.deletedOn.isValid()
        && decisionLetterSentOn(record).isValid() && !deliveringRegistries(record).isEmpty();
}

int daysBetween(const QDate &from, const QDate &to)
{
    return static_cast<int>(from.daysTo(to));
}

} // namespace followup
} // namespace fv
