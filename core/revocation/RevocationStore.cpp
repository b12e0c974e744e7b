#include "revocation/RevocationStore.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "casework/Deadlines.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace fv {
namespace {

Status loadRevocations(Database &db, qint64 caseId, std::vector<Revocation> &out)
{
    auto q = db.exec(
        QStringLiteral("SELECT r.id, r.kind, r.grounds, r.all_registries, r.notified_on, n.login, r.comment_due, "
                       "r.comment_on, r.comment, r.outcome, r.reason, p.login, r.proposed_at, a.login, r.decided_on "
                       "FROM revocation r JOIN app_user n ON n.id = r.notified_by LEFT JOIN app_user p ON p.id = "
                       "r.proposed_by LEFT JOIN app_user a ON a.id = r.approved_by WHERE r.case_id = ? ORDER BY r.id"),
        {caseId});
    if (!q)
        return q.error();
    while (q->next()) {
        Revocation r;
        r.id = q->value(0).toLongLong();
        r.kind = revocationKindFromCode(q->value(1).toString()).value_or(RevocationKind::Revocation);
        r.grounds = q->value(2).toString();
        r.allRegistries = q->value(3).toBool();
        r.notifiedOn = dateFromStorage(q->value(4));
        r.notifiedBy = q->value(5).toString();
        r.commentDue = dateFromStorage(q->value(6));
        r.commentOn = dateFromStorage(q->value(7));
        r.comment = q->value(8).toString();
        if (!q->value(9).isNull())
            r.outcome = revocationOutcomeFromCode(q->value(9).toString());
        r.reason = q->value(10).toString();
        r.proposedBy = q->value(11).toString();
        r.proposedAt = QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
        r.approvedBy = q->value(13).toString();
        r.decidedOn = dateFromStorage(q->value(14));
        out.push_back(std::move(r));
    }
    for (Revocation &r : out) {
        auto g = db.exec(QStringLiteral("SELECT registry, revoked FROM revocation_registry WHERE revocation_id = ? "
                                        "ORDER BY registry"),
                         {r.id});
        if (!g)
            return g.error();
        while (g->next()) {
            r.registries << g->value(0).toString();
            if (g->value(1).toBool())
                r.revokedRegistries << g->value(0).toString();
        }
    }
    return ok();
}

Status loadSuspensions(Database &db, qint64 caseId, std::vector<Suspension> &out)
{
    auto q = db.exec(QStringLiteral("SELECT s.id, s.requested_on, s.requested_by, s.decided_on, s.granted, s.reason, "
                                    "u.login, s.ended_on FROM suspension s LEFT JOIN app_user u ON u.id = "
                                    "s.decided_by WHERE s.case_id = ? ORDER BY s.id"),
                     {caseId});
    if (!q)
        return q.error();
    while (q->next()) {
        Suspension s;
        s.id = q->value(0).toLongLong();
        s.requestedOn = dateFromStorage(q->value(1));
        s.requestedBy = q->value(2).toString();
        s.decidedOn = dateFromStorage(q->value(3));
        if (!q->value(4).isNull())
            s.granted = q->value(4).toBool();
        s.reason = q->value(5).toString();
        s.decidedBy = q->value(6).toString();
        s.endedOn = dateFromStorage(q->value(7));
        out.push_back(std::move(s));
    }
    return ok();
}

} // namespace

Status RevocationStore::load(Database &db, CaseRecord &record)
{
    RevocationRecord &r = record.revocation;
    r = RevocationRecord{};
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    r.commentDays = settings->revocationCommentDays;
    if (auto s = loadRevocations(db, record.summary.id, r.revocations); !s)
        return s;
    return loadSuspensions(db, record.summary.id, r.suspensions);
}

Result<qint64> RevocationStore::addNotice(Database &db, qint64 caseId, const Revocation &n, qint64 userId)
{
    auto id = db.insert(
        QStringLiteral("INSERT INTO revocation (case_id, kind, grounds, all_registries, notified_on, notified_by, "
                       "comment_due, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, toCode(n.kind), n.grounds, n.allRegistries, toStorage(n.notifiedOn), userId, toStorage(n.commentDue),
         userId, toStorage(now())});
    if (!id)
        return id.error();
    for (const QString &code : n.registries) {
        auto r = db.exec(QStringLiteral("INSERT INTO revocation_registry (revocation_id, registry) VALUES (?, ?)"),
                         {id.value(), code});
        if (!r)
            return r.error();
    }
    return id.value();
}

Status RevocationStore::saveComment(Database &db, qint64 revocationId, const QDate &on, const QString &comment,
                                    qint64 userId)
{
    return done(db.exec(QStringLiteral("UPDATE revocation SET comment_on = ?, comment = ?, changed_by = ?, changed_at "
                                       "= ? WHERE id = ?"),
                        {toStorage(on), comment, userId, toStorage(now()), revocationId}));
}

Status RevocationStore::savePropose(Database &db, const Revocation &r, qint64 userId)
{
    auto u = db.exec(QStringLiteral("UPDATE revocation SET outcome = ?, reason = ?, proposed_by = ?, proposed_at = ?, "
                                    "changed_by = ?, changed_at = ? WHERE id = ?"),
                     {toCode(*r.outcome), r.reason, userId, toStorage(now()), userId, toStorage(now()), r.id});
    if (!u)
        return u.error();
    for (const QString &code : r.registries) {
        auto s = db.exec(QStringLiteral("UPDATE revocation_registry SET revoked = ? WHERE revocation_id = ? AND "
                                        "registry = ?"),
                         {r.revokedRegistries.contains(code), r.id, code});
        if (!s)
            return s.error();
    }
    return ok();
}

Status RevocationStore::saveApproval(Database &db, qint64 revocationId, const QDate &on, qint64 userId)
{
    return done(db.exec(QStringLiteral("UPDATE revocation SET approved_by = ?, decided_on = ?, changed_by = ?, "
                                       "changed_at = ? WHERE id = ?"),
                        {userId, toStorage(on), userId, toStorage(now()), revocationId}));
}

Status RevocationStore::stopDelivery(Database &db, qint64 caseId, const QString &registry, const QDate &on,
                                     qint64 userId)
{
    return done(db.exec(
        QStringLiteral("INSERT INTO delivery (case_id, registry, stopped_on, changed_by, changed_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, registry) DO UPDATE SET "
                       "stopped_on = excluded.stopped_on, changed_by = excluded.changed_by, "
                       "changed_at = excluded.changed_at"),
        {caseId, registry, toStorage(on), userId, toStorage(now())}));
}

Result<qint64> RevocationStore::addSuspensionRequest(Database &db, qint64 caseId, const QDate &on, const QString &by,
                                                     qint64 userId)
{
    return db.insert(QStringLiteral("INSERT INTO suspension (case_id, requested_on, requested_by, changed_by, "
                                    "changed_at) VALUES (?, ?, ?, ?, ?)"),
                     {caseId, toStorage(on), by, userId, toStorage(now())});
}

Status RevocationStore::saveSuspensionDecision(Database &db, const Suspension &s, qint64 userId)
{
    return done(db.exec(QStringLiteral("UPDATE suspension SET decided_on = ?, granted = ?, reason = ?, decided_by = "
                                       "?, ended_on = ?, changed_by = ?, changed_at = ? WHERE id = ?"),
                        {dateOrNull(s.decidedOn), s.granted.has_value() ? QVariant(*s.granted) : sqlNull(), s.reason,
                         userId, dateOrNull(s.endedOn), userId, toStorage(now()), s.id}));
}

} // namespace fv
