#pragma once

#include "Result.h"
#include "followup/FollowUp.h"

namespace fv {

class Database;
struct CaseRecord;

// The SQL of the time after the decision (schema 9): deliveries per registry and the end of the
// project. Writes run inside the caller's transaction (the operation runner's).
class FollowUpStore
{
public:
    // Fills record.followUp: its deliveries, project end and the settings it is judged by.
    static Status load(Database &db, CaseRecord &record);
    // Inserts or replaces the row of the case's registry with `delivery`.
    static Status saveDelivery(Database &db, qint64 caseId, const Delivery &delivery, qint64 userId);
    static Status saveProjectEnd(Database &db, qint64 caseId, const ProjectEnd &end, qint64 userId);
};

} // namespace fv
