#pragma once

#include "calendar/NorwegianCalendar.h"
#include "casework/Assessment.h"
#include "casework/CaseStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fv {

// The working life of a case between receipt and decision: consultations with the registry
// managers, the dialogue with the applicant, notes, forwarding, and the deadlines that follow.

enum class ConsultationAnswer { Grant, Partly, Refuse };
QString toCode(ConsultationAnswer answer);
std::optional<ConsultationAnswer> consultationAnswerFromCode(const QString &code);

// One request to a registry manager for its view on one requested registry.
struct Consultation
{
    qint64 id = 0;
    QString registry;
    QDate sentOn;
    QDate due;
    QString sentBy; // login
    QDate answeredOn;
    std::optional<ConsultationAnswer> answer;
    QString note;
    QString answeredBy;

    bool answered() const { return answeredOn.isValid(); }
    bool isOverdue(const QDate &today) const { return !answered() && today > due; }
};

// A request for information from the applicant; the deadline clock stands still from
// requestedOn until answeredOn.
struct InfoRequest
{
    qint64 id = 0;
    QDate requestedOn;
    QString text;
    QDate answerDue;
    QString requestedBy;
    CaseStatus resumeTo = CaseStatus::UnderAssessment; // where the case goes when the answer comes
    QDate remindedOn;
    QDate reminderDue;
    QDate answeredOn;

    bool isOpen() const { return !answeredOn.isValid(); }
};

enum class NoteAudience { Internal, Applicant };
QString toCode(NoteAudience audience);

// Internal notes stay in the office; notes for the applicant may go into letters.
struct CaseNote
{
    qint64 id = 0;
    NoteAudience audience = NoteAudience::Internal;
    QString text;
    QString writtenBy;
    QDateTime writtenAt;
};

// The case (registry empty) or one registry of it sent to the registry manager, who
// decides it itself.
struct Forwarding
{
    QString registry;
    QString reason;
    QDate forwardedOn;
    QString forwardedBy;

    bool wholeCase() const { return registry.isEmpty(); }
};

// Work with a date on it: what the case list and the case view warn about.
enum class TaskKind {
    StatutoryDeadline, // the decision is due (helseregisterloven § 19 f)
    PreliminaryReply,  // forvaltningsloven § 11 a
    ApplicantAnswer,   // the applicant's 10 working days; afterwards: send a reminder
    Reminder,          // the reminder's 5 working days; afterwards: propose rejection
    Consultation,      // a registry manager's answer
    // after the decision letter (core/followup)
    DataDelivery,         // the registry managers' delivery, N weeks after the decision letter
    EndReport,            // the applicant's end report, after the project's end and a grace
    DeletionConfirmation, // the confirmation of deletion or anonymisation, after the deletion date
    AppealPreparation,    // HDS's own deadline to prepare an appeal (fvl § 33; core/appeal)
    AppealBodyDecision,   // the appeal body reversed: record its decision, then send the letters
};
QString toCode(TaskKind kind);

struct CaseTask
{
    TaskKind kind = TaskKind::StatutoryDeadline;
    QDate due;
    QString registry;        // for consultations
    bool overdue = false;    // today is after `due`
    int workingDaysLeft = 0; // negative: working days overdue
};

// The statutory clock and everything due on a case, computed for one day.
struct DeadlineStatus
{
    QDate received;
    bool complete = false;
    QDate completedOn;
    bool linked = false;
    int limit = 30;                     // working days allowed
    std::vector<Pause> pauses;          // from the dialogue with the applicant
    std::vector<int> pausedWorkingDays; // per pause: working days the clock stood still (so far)
    bool paused = false;                // waiting for the applicant now
    QDate statutoryDeadline;            // invalid while not complete or paused
    int usedWorkingDays = 0;
    int remainingWorkingDays = 0; // negative when overdue
    bool overdue = false;
    QDate decidedOn; // the day the decision was approved, if it has been
    bool decidedInTime = false;
    QDate preliminaryReplyDue; // received + one month
    QDate preliminaryReplySentOn;
    std::vector<CaseTask> tasks; // open work with a date, most urgent first

    const CaseTask *mostUrgent() const { return tasks.empty() ? nullptr : &tasks.front(); }
    bool anyOverdue() const { return !tasks.empty() && tasks.front().overdue; }
};

// Everything of the casework that CaseService::load() adds to a CaseRecord.
struct CaseworkRecord
{
    Assessment assessment;
    std::vector<Consultation> consultations; // oldest first
    std::vector<InfoRequest> infoRequests;   // oldest first
    std::vector<CaseNote> notes;             // oldest first
    std::vector<Forwarding> forwardings;
    QDate preliminaryReplyOn;
    DeadlineStatus deadlines;

    const InfoRequest *openRequest() const;
    const Consultation *openConsultation(const QString &registry) const;
    const Forwarding *forwarding(const QString &registry) const;
};

} // namespace fv
