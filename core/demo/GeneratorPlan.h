#pragma once

#include "application/Application.h"
#include "calendar/NorwegianCalendar.h"
#include "casework/CaseStatus.h"
#include "decision/Decision.h"
#include "demo/GeneratorData.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <vector>

namespace fv {

// The people a synthetic archive is worked by.
struct GeneratorStaff
{
    std::vector<QString> advisers; // logins
    std::vector<QString> lawyers;
    std::vector<QString> deciders;
    std::map<QString, QString> names; // login → full name
};

// One thing that happened to a case: the audit event and the status it left the case in.
struct PlannedEvent
{
    QDateTime at;
    QString atText; // as stored (formatted on the planner's thread)
    QString kind;
    QString actor;
    QString detail;
    std::optional<CaseStatus> status;
};

struct PlannedRequest
{
    QDate requestedOn;
    QDate answerDue;
    QDate remindedOn;
    QDate reminderDue;
    QDate answeredOn;
    QString text;
    QString by;
};

struct PlannedAssessment
{
    QString item;
    QString result;
    QString by;
    QDateTime at;
};

struct PlannedConsultation
{
    QString registry;
    QDate sentOn;
    QDate due;
    QDate answeredOn;
    QString by;
};

struct PlannedForwarding
{
    QString reason;
    QDate on;
    QString by;
};

struct PlannedNote
{
    QString text;
    QString by;
    QDateTime at;
};

// A synthetic case's life up to today, as the real operations would have left it.
struct CasePlan
{
    std::vector<PlannedEvent> events;
    CaseStatus status = CaseStatus::Received;
    QDate completedOn;
    QDate preliminaryReplyOn;
    QString assignee; // login, empty while unassigned
    std::optional<Decision> decision;
    QDate approvedOn; // when the decision is (or will be) approved: for change applications
    std::vector<PlannedRequest> requests;
    std::vector<PlannedAssessment> assessments;
    std::vector<PlannedConsultation> consultations;
    std::vector<PlannedForwarding> forwardings;
    std::vector<PlannedNote> notes;
};

// Plans the case's timeline from receipt: assignment and completeness, perhaps a request for
// information (the clock pauses), a registry-manager consultation, the legal assessment, the
// draft, four-eyes approval, the letter and closing, or forwarding, withdrawal or rejection
// for no reply. Only what happened by `today` is kept.
CasePlan planCase(Dice &dice, const WorkingDayCalendar &calendar, const QDate &today, const Application &app,
                  const GeneratorStaff &staff, const QString &source);

} // namespace fv
