#pragma once

#include "Result.h"
#include "casework/Deadlines.h"
#include "search/WorkQueue.h"

#include <utility>
#include <vector>

namespace fv {

class Database;

// The work queue's views after the decision letter, as of `today`: decided cases (letter sent or
// closed) whose data are not delivered deliveryWeeks after the decision letter, whose project
// ended endReportGraceWeeks ago without an end report, or whose deletion date has passed without
// a confirmation. One row per view a case is in, most overdue first; judged by the rules of
// followup:: (FollowUp.h) on what a few queries read, however large the archive.
Result<std::vector<std::pair<QueueKind, QueueItem>>> loadFollowUpQueue(
    Database &db, const CaseworkSettings &settings, const QDate &today);

} // namespace fv
