#include "decision/DecisionServer.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::serverdecision {

QByteArray content(const Decision &d)
{
    QJsonArray entries;
    for (const RegistryDecision &e : d.entries) {
        QJsonArray variables;
        for (const VariableDecision &v : e.variables)
            variables.append(QJsonObject{{QStringLiteral("name"), v.name},
                                         {QStringLiteral("approved"), v.approved},
                                         {QStringLiteral("reason"), v.reason}});
        entries.append(QJsonObject{
            {QStringLiteral("registry"), e.registry},
            {QStringLiteral("outcome"), toCode(e.outcome)},
            {QStringLiteral("period_from"), toStorage(e.periodFrom)},
            {QStringLiteral("period_to"), toStorage(e.periodTo)},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("variables"), variables}});
    }
    QJsonArray conditions;
    for (const Condition &c : d.conditions)
        conditions.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("text"), c.text}});
    const QJsonObject o{
        {QStringLiteral("exemption_required"), d.exemption.required},
        {QStringLiteral("exemption_granted"), d.exemption.granted},
        {QStringLiteral("exemption_legal_basis"), d.exemption.legalBasis},
        {QStringLiteral("exemption_reasons"), d.exemption.reasons},
        {QStringLiteral("legal_basis"), d.legalBasis},
        {QStringLiteral("reasons"), d.reasons},
        {QStringLiteral("casework_hours"), d.caseworkHours},
        {QStringLiteral("fee_exemption"), d.feeExemption},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("conditions"), conditions}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace {
Status call(Database &db, const QString &sql, const QVariantList &bindings)
{
    auto r = db.scalar(sql, bindings);
    return r ? ok() : Status(r.error());
}
} // namespace

Result<qint64> draft(Database &db, const QString &caseNumber, const Decision &d)
{
    auto id = db.scalar(
        QStringLiteral("SELECT fv_draft_decision(?, CAST(? AS jsonb))"), {caseNumber, QString::fromUtf8(content(d))});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status save(Database &db, const QString &caseNumber, const Decision &d)
{
    return call(db, QStringLiteral("SELECT fv_save_decision_draft(?, ?, CAST(? AS jsonb))"),
                {caseNumber, d.revision, QString::fromUtf8(content(d))});
}

Status submit(Database &db, const QString &caseNumber, int revision)
{
    return call(db, QStringLiteral("SELECT fv_submit_decision(?, ?)"), {caseNumber, revision});
}

Status returnDraft(Database &db, const QString &caseNumber, int revision, const QString &comment)
{
    return call(db, QStringLiteral("SELECT fv_return_decision(?, ?, ?)"), {caseNumber, revision, comment});
}

Status approve(Database &db, const QString &caseNumber, int revision)
{
    return call(db, QStringLiteral("SELECT fv_approve_decision(?, ?)"), {caseNumber, revision});
}

} // namespace fv::serverdecision
