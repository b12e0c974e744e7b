#pragma once

#include "Result.h"
#include "application/Application.h"

#include <QVariantList>

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
    // Inside the caller's transaction: the file's bytes for the attachment the application lists
    // at `position` (the caller has checked they are the listed file).
    static Status storeAttachmentContent(Database &db, qint64 caseId, int position, const QByteArray &bytes);

    // The `application` row: its columns, and their values for one case in the same order
    // (shared with the generator's bulk writer).
    static const QString &rowColumns();
    static QVariantList rowValues(qint64 caseId, const Application &app);
};

} // namespace fv
