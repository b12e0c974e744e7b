#pragma once

#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace fv {

class Database;

// Processing time from the complete application to the decision, in Norwegian working
// days, with the days the clock was paused (waiting for the applicant) left out.
struct ProcessingTimes
{
    int cases = 0;
    double median = 0;
    double p90 = 0;         // 90th percentile (nearest rank)
    int withinDeadline = 0; // decided within the statutory 30 (one source) or 60 (linked) working days
    double withinDeadlineShare() const { return cases == 0 ? 0.0 : double(withinDeadline) / cases; }
};

struct MonthFigures
{
    QString month; // YYYY-MM
    int received = 0;
    int decided = 0;
};

struct RegistryFigures
{
    QString code;
    QString name;
    int requested = 0; // applications received in the period asking for it
    int decided = 0;   // decisions in the period covering it
    int granted = 0;
    int partlyGranted = 0;
    int refused = 0;
    int forwarded = 0;
    ProcessingTimes times;
};

struct OutcomeFigures
{
    QString outcome; // granted, partly-granted, refused (the decision as a whole)
    int decided = 0;
    ProcessingTimes times;
};

// Time from the decision letter to the registry manager's delivery, in calendar days, for the
// deliveries made in the period: what users most want shortened.
struct DeliveryFigures
{
    QString code;
    QString name;
    int delivered = 0;
    double median = 0;
    double p90 = 0;  // 90th percentile (nearest rank)
    int waiting = 0; // granted, the letter sent, not delivered yet (now)
};

// The figures managers answer for: volumes per month, processing times, the share decided
// within the statutory deadline, per registry and per outcome.
struct Statistics
{
    QDate from; // invalid: from the first case
    QDate to;   // invalid: up to today
    int received = 0;
    int decided = 0;
    int open = 0; // cases still being worked on now
    std::vector<MonthFigures> months;
    ProcessingTimes times;
    std::vector<RegistryFigures> registries; // most requested first
    std::vector<OutcomeFigures> outcomes;
    std::vector<DeliveryFigures> deliveries; // registries with a delivery or one waiting, by code
};

// Applications received and decisions made (first approval of a case) between from and to.
Result<Statistics> computeStatistics(Database &db, const QDate &from = {}, const QDate &to = {});

// The delivery times (DeliveryStatistics.cpp), added to `stats` for its period.
Status addDeliveryTimes(Database &db, Statistics &stats);

QJsonObject statisticsToJson(const Statistics &stats);

// Every table as CSV (comma-separated, UTF-8, a header row), named for the file.
struct CsvTable
{
    QString name; // e.g. "months"
    QString csv;
};
std::vector<CsvTable> statisticsTables(const Statistics &stats);

} // namespace fv
