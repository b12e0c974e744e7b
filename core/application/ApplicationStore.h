#pragma once

#include "Result.h"
#include "application/Application.h"

namespace fv {

class Database;

// Writes and reads the application of one case, every field of application-v1.
class ApplicationStore
{
public:
    // Inside the caller's transaction. Replaces what the case had.
    static Status save(Database &db, qint64 caseId, const Application &app);
    static Result<Application> load(Database &db, qint64 caseId);
    static Result<bool> referenceExists(Database &db, const QString &reference);
};

} // namespace fv
