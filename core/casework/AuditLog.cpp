#include "casework/AuditLog.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace fv {
namespace {

const QString genesis = QString(64, QLatin1Char('0'));

struct ChainEnd
{
    qint64 id = 0;
    QString hash;
};

bool hasHead(Database &db)
{
    if (db.isServer()) // the server's schema has had its head from the start
        return true;
    auto n = db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'"));
    return n && n->toInt() == 1;
}

// Where the chain continues. From schema 4 that is the head, not the last row: had the last
// events been deleted behind the program's back, the next event still follows the head, so
// the gap stays visible instead of being papered over.
Result<ChainEnd> chainEnd(Database &db)
{
    const bool head = hasHead(db);
    auto q = db.exec(head ? QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
                          : QStringLiteral("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next()) {
        if (head)
            return fail(QCoreApplication::translate(
                "fv::Casework",
                "the head of the audit trail is missing; nothing can be recorded until the "
                "database is restored from a backup"));
        return ChainEnd{0, genesis};
    }
    return ChainEnd{q->value(0).toLongLong(), q->value(1).toString()};
}

// The chain ends where the head says; otherwise the last events were deleted (or events were
// added without the head's trigger).
Status checkHead(Database &db, qint64 lastId, const QString &lastHash)
{
    if (!hasHead(db)) {
        if (db.schemaVersion() >= 4)
            return fail(QCoreApplication::translate("fv::Casework", "the head of the audit trail was removed"),
                        QStringLiteral("audit_head"));
        return ok(); // an older schema has no head yet
    }
    auto end = chainEnd(db);
    if (!end)
        return end.error();
    if (end->id > lastId)
        return fail(
            QCoreApplication::translate("fv::Casework",
                                        "the audit trail ends at event %1, but event %2 was written: the last events "
                                        "were deleted")
                .arg(lastId)
                .arg(end->id),
            QStringLiteral("event %1").arg(lastId + 1));
    if (end->id < lastId)
        return fail(
            QCoreApplication::translate("fv::Casework",
                                        "the event was added behind the program's back (the audit trail's head is at "
                                        "event %1)")
                .arg(end->id),
            QStringLiteral("event %1").arg(end->id + 1));
    if (end->hash != lastHash)
        return fail(QCoreApplication::translate(
                        "fv::Casework", "the audit trail was rewritten: its last event does not match the head"),
                    QStringLiteral("event %1").arg(lastId));
    return ok();
}

} // namespace

// The hash covers the event's own id and the hash before it, so an edited, deleted,
// inserted or re-ordered row breaks the chain; the head (audit_head) covers its end.
QString auditHash(const QString &prev, qint64 id, qint64 caseId, const QString &at, const QString &actor,
                  const QString &kind, const QString &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString caseText = caseId > 0 ? QString::number(caseId) : QString();
    for (const QString &part : {prev, QString::number(id), caseText, at, actor, kind, detail}) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(Database &db, qint64 caseId, const QString &actor, const QString &kind, const QString &detail)
{
    if (db.isServer()) { // id, time, actor (session_user) and hash chain are the server's
        const QVariant caseValue = caseId > 0 ? QVariant(caseId) : sqlNull();
        auto r = db.scalar(QStringLiteral("SELECT fv_append_event(?, ?, ?)"), {caseValue, kind, detail});
        return r ? ok() : Status(r.error());
    }
    auto end = chainEnd(db);
    if (!end)
        return end.error();
    const qint64 id = end->id + 1;
    const QString &prev = end->hash;
    const QVariant caseValue = caseId > 0 ? QVariant(caseId) : sqlNull();
    const QString at = toStorage(now());
    const QString hash = auditHash(prev, id, caseId, at, actor, kind, detail);
    // The trigger event_moves_head moves the head along in the same statement.
    auto ins = db.exec(QStringLiteral("INSERT INTO event (id, case_id, at, actor, kind, detail, prev_hash, hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, caseValue, at, actor, kind, detail, prev, hash});
    if (!ins)
        return ins.error();
    return ok();
}

Result<std::vector<Event>> AuditLog::forCase(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT e.id, e.at, e.actor, e.kind, e.detail, c.case_number FROM event e "
                                    "LEFT JOIN fv_case c ON c.id = e.case_id WHERE e.case_id = ? ORDER BY e.id"),
                     {caseId});
    if (!q)
        return q.error();
    std::vector<Event> out;
    while (q->next()) {
        Event e;
        e.id = q->value(0).toLongLong();
        e.caseId = caseId;
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.actor = q->value(2).toString();
        e.kind = q->value(3).toString();
        e.detail = q->value(4).toString();
        e.caseNumber = q->value(5).toString();
        out.push_back(std::move(e));
    }
    return out;
}

Result<std::optional<Event>> AuditLog::latestGlobal(Database &db, const QStringList &kinds, const QString &detailPrefix)
{
    // event_case (case_id, id) keeps this to the few events that are not about a case.
    QStringList marks;
    QVariantList args;
    for (const QString &kind : kinds) {
        marks << QStringLiteral("?");
        args << kind;
    }
    args << detailPrefix.size() << detailPrefix;
    auto q = db.exec(
        QStringLiteral("SELECT e.id, e.at, e.actor, e.kind, e.detail, COALESCE(u.full_name, e.actor) "
                       "FROM event e LEFT JOIN app_user u ON u.login = e.actor WHERE e.case_id IS NULL "
                       "AND e.kind IN (%1) AND substr(e.detail, 1, ?) = ? ORDER BY e.id DESC LIMIT 1")
            .arg(marks.join(QStringLiteral(", "))),
        args);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Event>();
    Event e;
    e.id = q->value(0).toLongLong();
    e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
    e.actor = q->value(2).toString();
    e.kind = q->value(3).toString();
    e.detail = q->value(4).toString();
    e.actorName = q->value(5).toString();
    return std::optional<Event>(std::move(e));
}

Status AuditLog::verify(Database &db)
{
    auto chain = verifyChain(db);
    if (!chain)
        return chain.error();
    return ok();
}

Result<AuditLog::Chain> AuditLog::verifyChain(Database &db)
{
    auto q = db.exec(
        QStringLiteral("SELECT id, case_id, at, actor, kind, detail, prev_hash, hash FROM event ORDER BY id"));
    if (!q)
        return q.error();
    QString prev = genesis;
    qint64 expectedId = 1;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id > expectedId)
            return fail(QCoreApplication::translate(
                            "fv::Casework", "the audit trail has a gap: event %1 was deleted (the next event is %2)")
                            .arg(expectedId)
                            .arg(id),
                        QStringLiteral("event %1").arg(expectedId));
        const QString where = QStringLiteral("event %1").arg(id);
        if (id < expectedId)
            return fail(
                QCoreApplication::translate("fv::Casework", "the audit trail has an event inserted before event %1")
                    .arg(expectedId),
                where);
        if (q->value(6).toString() != prev)
            return fail(QCoreApplication::translate(
                            "fv::Casework",
                            "the audit trail is broken: this event does not follow the one before "
                            "(inserted, deleted or moved)"),
                        where);
        const qint64 caseId = q->value(1).isNull() ? 0 : q->value(1).toLongLong();
        const QString hash = auditHash(prev, id, caseId, q->value(2).toString(), q->value(3).toString(),
                                       q->value(4).toString(), q->value(5).toString());
        if (hash != q->value(7).toString())
            return fail(QCoreApplication::translate(
                            "fv::Casework", "the audit trail is broken: this event was changed after it was written"),
                        where);
        prev = hash;
        ++expectedId;
    }
    const qint64 last = expectedId - 1;
    if (auto s = checkHead(db, last, prev); !s)
        return s.error();
    return Chain{last, prev};
}

} // namespace fv
