#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

class Database;

struct Event
{
    qint64 id = 0;
    qint64 caseId = 0; // 0: not about one case (users, settings)
    QString caseNumber;
    QDateTime at;
    QString actor;     // login
    QString actorName; // the user's full name, when read with it (latestGlobal)
    QString kind;      // e.g. "imported", "decision-approved"
    QString detail;
};

// The hash of one audit event in the chain: the previous event's hash, the event's own id,
// its case (0: none) and its stored fields. The one definition for the audit trail and for
// the generator, which computes the chain ahead of writing it.
QString auditHash(const QString &prev, qint64 id, qint64 caseId, const QString &at, const QString &actor,
                  const QString &kind, const QString &detail);

// The append-only, hash-chained audit trail. Every change a core operation makes is
// recorded here inside the same transaction.
class AuditLog
{
public:
    static Status append(Database &db, qint64 caseId, const QString &actor, const QString &kind, const QString &detail);
    static Result<std::vector<Event>> forCase(Database &db, qint64 caseId);
    // The newest event not about one case whose kind is one of `kinds` and whose detail begins
    // with `detailPrefix` (empty: any); nullopt when there is none. For settings' versions.
    static Result<std::optional<Event>> latestGlobal(Database &db, const QStringList &kinds,
                                                     const QString &detailPrefix = {});

    // Re-computes the chain; the error names the first event that does not fit.
    static Status verify(Database &db);

    // What verify() saw when the chain is intact: the number of events and the last hash
    // (write it down elsewhere to anchor the chain: a rewritten chain ends differently).
    struct Chain
    {
        qint64 events = 0;
        QString headHash;
    };
    static Result<Chain> verifyChain(Database &db);
};

} // namespace fv
