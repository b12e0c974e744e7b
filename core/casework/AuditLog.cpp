#include "casework/AuditLog.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace fv {
namespace {

const QString genesis = QString(64, QLatin1Char('0'));

// The hash covers the event's own id, so a deleted, inserted or re-ordered row breaks
// the chain even when the hashes were recomputed for the rows around it... up to the end.
QString eventHash(const QString &prev, qint64 id, const QVariant &caseId, const QString &at, const QString &actor,
                  const QString &kind, const QString &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString caseText = caseId.isNull() ? QString() : QString::number(caseId.toLongLong());
    for (const QString &part : {prev, QString::number(id), caseText, at, actor, kind, detail}) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

Status AuditLog::append(Database &db, qint64 caseId, const QString &actor, const QString &kind, const QString &detail)
{
    auto last = db.exec(QStringLiteral("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 id = 1;
    QString prev = genesis;
    if (last->next()) {
        id = last->value(0).toLongLong() + 1;
        prev = last->value(1).toString();
    }
    const QVariant caseValue = caseId > 0 ? QVariant(caseId) : sqlNull();
    const QString at = toStorage(now());
    const QString hash = eventHash(prev, id, caseValue, at, actor, kind, detail);
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

Status AuditLog::verify(Database &db)
{
    auto q = db.exec(
        QStringLiteral("SELECT id, case_id, at, actor, kind, detail, prev_hash, hash FROM event ORDER BY id"));
    if (!q)
        return q.error();
    QString prev = genesis;
    qint64 expectedId = 1;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString where = QStringLiteral("event %1").arg(id);
        if (id != expectedId)
            return fail(
                QStringLiteral("the audit trail has a gap or an inserted event: expected event %1").arg(expectedId),
                where);
        if (q->value(6).toString() != prev)
            return fail(QStringLiteral("the audit trail is broken: this event does not follow the one before"), where);
        const QString hash = eventHash(prev, id, q->value(1), q->value(2).toString(), q->value(3).toString(),
                                       q->value(4).toString(), q->value(5).toString());
        if (hash != q->value(7).toString())
            return fail(QStringLiteral("the audit trail is broken: this event was changed after it was written"),
                        where);
        prev = hash;
        ++expectedId;
    }
    return ok();
}

} // namespace fv
