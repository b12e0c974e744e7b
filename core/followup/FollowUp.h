#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace fv {

struct CaseRecord;

// Where a registry manager's delivery of the data a decision grants stands, as last reported.
enum class DeliveryState { NotReported, Ordered, Delayed, Delivered, Stopped };
QString toCode(DeliveryState state);
QString displayName(DeliveryState state); // translated

// One registry's delivery: one row per case and registry, kept current (schema 9); each change
// is an event in the case's history.
struct Delivery
{
    QString registry;
    QDate orderedOn;
    QDate delayedOn;
    QString delayReason;
    QDate deliveredOn;
    QDate stoppedOn; // told to stop delivering: access was revoked (core/revocation)

    DeliveryState state() const;
};

// The end of the project: the applicant's end report and the confirmation that the data were
// deleted or anonymised, each with the day it was received.
struct ProjectEnd
{
    QDate reportOn;
    QDate deletedOn;
};

// What CaseService::load() adds to a case about the time after the decision letter.
struct FollowUpRecord
{
    std::vector<Delivery> deliveries; // reported ones, by registry code
    ProjectEnd end;
    int deliveryWeeks = 8;       // setting followup.deliveryWeeks
    int endReportGraceWeeks = 4; // setting followup.endReportGraceWeeks

    const Delivery *delivery(const QString &registry) const;
};

// The rules of the time after the decision, on a loaded case, for one day.
namespace followup {

// The day the latest decision letter was sent (a case document of kind "decision"); invalid if none.
QDate decisionLetterSentOn(const CaseRecord &record);
// The registries the approved current decision grants (wholly or partly), in the decision's
// order: the ones whose managers deliver. Empty without an approved decision.
QStringList deliveringRegistries(const CaseRecord &record);
// The day by which the data should be delivered: the decision letter plus the setting's weeks.
QDate deliveryDue(const CaseRecord &record);
// The delivering registries not delivered although deliveryDue() has passed; none while
// implementation is suspended (fvl § 42), and never one whose delivery was stopped.
QStringList overdueDeliveries(const CaseRecord &record, const QDate &today);
// The project's end date plus the grace weeks: when the end report is late.
QDate endReportDue(const CaseRecord &record);
bool endReportLate(const CaseRecord &record, const QDate &today);
bool deletionLate(const CaseRecord &record, const QDate &today);

// Whole days from `from` to `to`, the figures statistics are made of.
int daysBetween(const QDate &from, const QDate &to);

} // namespace followup
} // namespace fv
