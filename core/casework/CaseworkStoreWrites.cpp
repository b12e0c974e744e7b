// CaseworkStore: the writes of the casework, and the case's version and last change.
#include "Clock.h"
#include "casework/CaseworkStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fv {

Result<qint64> CaseworkStore::rowVersion(Database &db, qint64 caseId)
{
    auto v = db.scalar(QStringLiteral("SELECT row_version FROM fv_case WHERE id = ?"), {caseId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<CaseworkStore::Change> CaseworkStore::lastChange(Database &db, qint64 caseId)
{
    auto last = db.exec(
        QStringLiteral("SELECT COALESCE(u.full_name, e.actor), e.actor, e.at, e.kind FROM event e "
                       "LEFT JOIN app_user u ON u.login = e.actor WHERE e.case_id = ? "
                       "ORDER BY e.id DESC LIMIT 1"),
        {caseId});
    if (!last)
        return last.error();
    Change c;
    c.who = QCoreApplication::translate("fv::Casework", "someone else");
    if (last->next()) {
        c.who = QStringLiteral("%1 (%2)").arg(last->value(0).toString(), last->value(1).toString());
        c.at = QDateTime::fromString(last->value(2).toString(), Qt::ISODateWithMs);
        c.kind = last->value(3).toString();
    }
    return c;
}

Status CaseworkStore::setStatus(Database &db, qint64 caseId, const QString &statusCode)
{
    return done(db.exec(
        QStringLiteral("UPDATE fv_case SET status = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
        {statusCode, toStorage(now()), caseId}));
}

Status CaseworkStore::setAssignee(Database &db, qint64 caseId, qint64 userId)
{
    return done(db.exec(
        QStringLiteral("UPDATE fv_case SET assignee = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
        {userId, toStorage(now()), caseId}));
}

Status CaseworkStore::setChangeOf(Database &db, qint64 caseId, const QVariant &earlierCaseId)
{
    return done(db.exec(
        QStringLiteral("UPDATE fv_case SET change_of = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
        {earlierCaseId, toStorage(now()), caseId}));
}

Status CaseworkStore::setCompletedOn(Database &db, qint64 caseId, const QDate &day)
{
    return done(db.exec(QStringLiteral("UPDATE fv_case SET completed_on = ? WHERE id = ?"), {toStorage(day), caseId}));
}

Status CaseworkStore::setPreliminaryReply(Database &db, qint64 caseId, const QDate &day)
{
    return done(
        db.exec(QStringLiteral("UPDATE fv_case SET preliminary_reply_on = ? WHERE id = ?"), {toStorage(day), caseId}));
}

Status CaseworkStore::addInfoRequest(Database &db, qint64 caseId, const QDate &on, const QString &text,
                                     const QDate &due, qint64 userId, const QString &resumeStatus)
{
    return done(db.exec(QStringLiteral("INSERT INTO info_request (case_id, requested_on, text, answer_due, "
                                       "requested_by, resume_status) VALUES (?, ?, ?, ?, ?, ?)"),
                        {caseId, toStorage(on), text, toStorage(due), userId, resumeStatus}));
}

Status CaseworkStore::answerInfoRequest(Database &db, qint64 requestId, const QDate &on)
{
    return done(
        db.exec(QStringLiteral("UPDATE info_request SET answered_on = ? WHERE id = ?"), {toStorage(on), requestId}));
}

Status CaseworkStore::remindInfoRequest(Database &db, qint64 requestId, const QDate &on, const QDate &due)
{
    return done(db.exec(QStringLiteral("UPDATE info_request SET reminded_on = ?, reminder_due = ? WHERE id = ?"),
                        {toStorage(on), toStorage(due), requestId}));
}

Status CaseworkStore::saveAssessment(Database &db, qint64 caseId, const QString &item, const QString &result,
                                     const QString &note, qint64 userId)
{
    return done(db.exec(
        QStringLiteral("INSERT INTO assessment (case_id, item, result, note, assessed_by, assessed_at) VALUES "
                       "(?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, item) DO UPDATE SET result = excluded.result, "
                       "note = excluded.note, assessed_by = excluded.assessed_by, "
                       "assessed_at = excluded.assessed_at"),
        {caseId, item, result, note, userId, toStorage(now())}));
}

Status CaseworkStore::addConsultation(Database &db, qint64 caseId, const QString &registry, const QDate &on,
                                      const QDate &due, qint64 userId)
{
    return done(db.exec(
        QStringLiteral("INSERT INTO consultation (case_id, registry, sent_on, due, sent_by) VALUES (?, ?, ?, ?, ?)"),
        {caseId, registry, toStorage(on), toStorage(due), userId}));
}

Status CaseworkStore::answerConsultation(Database &db, qint64 consultationId, const QDate &on, const QString &answer,
                                         const QString &note, qint64 userId)
{
    return done(db.exec(
        QStringLiteral("UPDATE consultation SET answered_on = ?, answer = ?, note = ?, answered_by = ? WHERE id = ?"),
        {toStorage(on), answer, note, userId, consultationId}));
}

Status CaseworkStore::addNote(Database &db, qint64 caseId, const QString &audience, const QString &text, qint64 userId)
{
    return done(db.exec(
        QStringLiteral(
            "INSERT INTO case_note (case_id, audience, text, written_by, written_at) VALUES (?, ?, ?, ?, ?)"),
        {caseId, audience, text, userId, toStorage(now())}));
}

Status CaseworkStore::addForwarding(Database &db, qint64 caseId, const QString &registry, const QString &reason,
                                    const QDate &on, qint64 userId)
{
    return done(db.exec(QStringLiteral("INSERT INTO forwarding (case_id, registry, reason, forwarded_on, "
                                       "forwarded_by) VALUES (?, ?, ?, ?, ?)"),
                        {caseId, registry.isEmpty() ? sqlNull() : QVariant(registry), reason, toStorage(on), userId}));
}

} // namespace fv
