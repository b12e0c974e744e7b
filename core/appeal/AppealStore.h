#pragma once

#include "Result.h"
#include "appeal/Appeal.h"

namespace fv {

class Database;
struct CaseRecord;

// The SQL of appeals (schema 11). Writes run inside the caller's transaction (the operation
// runner's).
class AppealStore
{
public:
    // Fills record.appeals: the case's appeals, oldest first, and the settings they are judged by.
    static Status load(Database &db, CaseRecord &record);
    // A new appeal of the case; returns its id.
    static Result<qint64> insert(Database &db, qint64 caseId, const Appeal &appeal, qint64 userId);
    // Writes everything that may change after registration.
    static Status update(Database &db, const Appeal &appeal, qint64 userId);
};

} // namespace fv
