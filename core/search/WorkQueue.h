#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "casework/CaseworkTypes.h"

#include <QDate>

#include <optional>
#include <vector>

namespace fv {

class Database;

// The views of a caseworker's home screen. A case can be in several (mine and overdue).
enum class QueueKind {
    Mine,                // open cases assigned to me
    Unassigned,          // open cases nobody is responsible for
    AwaitingMyApproval,  // submitted decisions I may approve (not ones I drafted: four eyes)
    Overdue,             // a deadline has passed
    DueSoon,             // the most urgent deadline is within 5 working days
    WaitingForApplicant, // the clock is paused
    WaitingForRegistry,  // a registry manager has not answered a consultation yet
    // After the decision letter (core/followup/FollowUpQueue.h): decided cases, not open ones.
    DataNotDelivered,     // data not delivered N weeks after the decision letter
    EndReportMissing,     // the project ended (plus a grace) without an end report
    DeletionNotConfirmed, // past the deletion date without a confirmation of deletion
    AppealsToPrepare,     // appeals HDS prepares (core/appeal/AppealQueue.h), by their own deadline
};

QString toCode(QueueKind kind);
const std::vector<QueueKind> &allQueueKinds();

// One open case with its most urgent dated task.
struct QueueItem
{
    CaseSummary summary;
    QString assigneeLogin;
    QString drafterLogin; // of the current decision, if any
    std::optional<CaseTask> task;
    QDate statutoryDeadline;
    bool paused = false;
    bool waitingForRegistry = false;

    bool overdue() const { return task && task->overdue; }
};

// Every open case of the office with its deadlines as of one day, sorted into the views.
// Loaded in a few queries however large the archive: only open cases are read.
class WorkQueue
{
public:
    static Result<WorkQueue> load(Database &db, const User &user, const QDate &today);

    int count(QueueKind kind) const { return static_cast<int>(members(kind).size()); }
    std::vector<QueueItem> items(QueueKind kind) const; // most urgent first
    int openCases() const { return m_openCases; }
    const QDate &day() const { return m_today; }

private:
    const std::vector<int> &members(QueueKind kind) const;

    QDate m_today;
    int m_openCases = 0;
    std::vector<QueueItem> m_items;
    std::vector<std::vector<int>> m_members; // by QueueKind
};

} // namespace fv
