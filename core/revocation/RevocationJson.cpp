#include "revocation/RevocationJson.h"

#include <QJsonArray>

namespace fv {
namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const Revocation &r)
{
    return QJsonObject{
        {QStringLiteral("kind"), toCode(r.kind)},
        {QStringLiteral("state"), toCode(r.state())},
        {QStringLiteral("grounds"), r.grounds},
        {QStringLiteral("allRegistries"), r.allRegistries},
        {QStringLiteral("registries"), QJsonArray::fromStringList(r.registries)},
        {QStringLiteral("revokedRegistries"), QJsonArray::fromStringList(r.revokedRegistries)},
        {QStringLiteral("notifiedOn"), date(r.notifiedOn)},
        {QStringLiteral("notifiedBy"), r.notifiedBy},
        {QStringLiteral("commentDue"), date(r.commentDue)},
        {QStringLiteral("commentOn"), date(r.commentOn)},
        {QStringLiteral("comment"), r.comment},
        {QStringLiteral("outcome"), r.outcome ? QJsonValue(toCode(*r.outcome)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("proposedBy"), text(r.proposedBy)},
        {QStringLiteral("approvedBy"), text(r.approvedBy)},
        {QStringLiteral("decidedOn"), date(r.decidedOn)},
    };
}

QJsonObject toJson(const Suspension &s)
{
    return QJsonObject{
        {QStringLiteral("requestedOn"), date(s.requestedOn)},
        {QStringLiteral("requestedBy"), s.requestedBy},
        {QStringLiteral("decidedOn"), date(s.decidedOn)},
        {QStringLiteral("granted"), s.granted ? QJsonValue(*s.granted) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), s.reason},
        {QStringLiteral("decidedBy"), text(s.decidedBy)},
        {QStringLiteral("endedOn"), date(s.endedOn)},
        {QStringLiteral("inForce"), s.inForce()},
    };
}

} // namespace

QJsonObject revocationToJson(const RevocationRecord &record)
{
    QJsonArray revocations, suspensions;
    for (const Revocation &r : record.revocations)
        revocations.append(toJson(r));
    for (const Suspension &s : record.suspensions)
        suspensions.append(toJson(s));
    return QJsonObject{{QStringLiteral("suspended"), record.suspended()},
                       {QStringLiteral("revocations"), revocations},
                       {QStringLiteral("suspensions"), suspensions}};
}

} // namespace fv
