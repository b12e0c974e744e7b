#pragma once

#include "Result.h"
#include "revocation/Revocation.h"

namespace fv {

class Database;
struct CaseRecord;

// The SQL of revocations, reversals and suspensions (schema 12). Writes run inside the caller's
// transaction (the operation runner's).
class RevocationStore
{
public:
    // Fills record.revocation: its revocations, suspensions and the comment-days setting.
    static Status load(Database &db, CaseRecord &record);
    // A new revocation from its advance notice; returns its id.
    static Result<qint64> addNotice(Database &db, qint64 caseId, const Revocation &notice, qint64 userId);
    static Status saveComment(Database &db, qint64 revocationId, const QDate &on, const QString &comment,
                              qint64 userId);
    // The proposed decision: outcome, reason and the registries it revokes.
    static Status savePropose(Database &db, const Revocation &revocation, qint64 userId);
    static Status saveApproval(Database &db, qint64 revocationId, const QDate &on, qint64 userId);
    // The registry manager was told to stop delivering.
    static Status stopDelivery(Database &db, qint64 caseId, const QString &registry, const QDate &on, qint64 userId);

    static Result<qint64> addSuspensionRequest(Database &db, qint64 caseId, const QDate &on, const QString &by,
                                               qint64 userId);
    static Status saveSuspensionDecision(Database &db, const Suspension &suspension, qint64 userId);
};

} // namespace fv
