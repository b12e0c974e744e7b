#pragma once

#include "Result.h"
#include "calendar/NorwegianCalendar.h"
#include "casework/CaseworkTypes.h"

#include <QDate>
#include <QString>

#include <utility>
#include <vector>

namespace fv {

class Database;

// The office's deadline rules, from the settings (the limits are marked [check] in the domain
// notes, so none of them is hard-coded in the rules):
//   calendar.extraClosedMonthDays   "12-24,12-31"  yearly extra closing days (MM-DD, comma-separated)
//   calendar.extraClosedDates       ""             one-off closing days (YYYY-MM-DD, comma-separated)
//   deadline.singleSourceWorkingDays 30 / deadline.linkedWorkingDays 60
//   deadline.answerWorkingDays 10 / deadline.reminderWorkingDays 5
//   assessment.securityScreeningRequired  false
struct CaseworkSettings
{
    WorkingDayCalendar calendar;
    AssessmentRules assessment;
    int singleSourceLimit = 30;
    int linkedLimit = 60;
    int answerWorkingDays = 10;
    int reminderWorkingDays = 5;
    int deliveryWeeks = 8;                 // after the decision letter, before data not delivered are overdue
    int endReportGraceWeeks = 4;           // after the project's end, before a missing end report is late
    int revocationCommentDays = 14;        // calendar days to comment on an advance notice (fvl § 16)
    int appealDeliveryDays = 3;            // appeal.deliveryDays: days a letter takes to reach the party (fvl § 29)
    int appealPreparationWorkingDays = 30; // appeal.preparationWorkingDays: HDS's own deadline to prepare (§ 33)
    int appealCommentDays = 14;            // appeal.commentDays: the appellant's time to comment on a forwarding
};

// The settings with their defaults; a malformed value is refused naming the key.
Result<CaseworkSettings> loadCaseworkSettings(Database &db);
// Checks a value before it is stored (same rules as loading); unknown keys pass.
Status validateCaseworkSetting(const QString &key, const QString &value);

// "12-24,12-31" -> {12,24},{12,31}; refused with the bad part named.
Result<std::vector<std::pair<int, int>>> parseMonthDays(const QString &text);
Result<std::vector<QDate>> parseDates(const QString &text);

// What the deadlines of one case are computed from.
struct DeadlineInput
{
    CaseStatus status = CaseStatus::Received;
    QDate received;
    QDate completedOn;
    bool linked = false;
    std::vector<InfoRequest> infoRequests;
    std::vector<Consultation> consultations;
    QDate preliminaryReplyOn;
    QDate decidedOn;
};

// The statutory deadline from the completeness date with the dialogue's pauses left out,
// the § 11 a preliminary reply, the applicant's answer and reminder dates and the
// consultations, each with an overdue flag as of `today`.
DeadlineStatus computeDeadlines(const DeadlineInput &input, const CaseworkSettings &settings, const QDate &today);

} // namespace fv
