#include "decision/Permit.h"

#include "Clock.h"

#include <QJsonArray>

namespace fv {
namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(toStorage(d)) : QJsonValue();
}

QJsonArray datasets(const Application &app, const Decision &decision)
{
    QJsonArray out;
    for (const RegistryDecision &e : decision.entries) {
        QJsonArray variables;
        for (const VariableDecision &v : e.variables)
            if (v.approved)
                variables.append(v.name);
        const bool granted = e.outcome == Outcome::Granted || e.outcome == Outcome::PartlyGranted;
        out.append(QJsonObject{
            {QStringLiteral("source"), e.registry},
            {QStringLiteral("outcome"), toCode(e.outcome)},
            {QStringLiteral("period"),
             granted ? QJsonValue(
                 QJsonObject{{QStringLiteral("from"), date(e.periodFrom)}, {QStringLiteral("to"), date(e.periodTo)}})
                     : QJsonValue()},
            {QStringLiteral("variables"), granted ? variables : QJsonArray()},
            {QStringLiteral("linked"), app.isLinked()},
        });
    }
    return out;
}

} // namespace

QJsonObject permitJson(const QString &caseNumber, const Application &app, const Decision &d)
{
    QJsonArray persons;
    for (const Person &p : app.personsWithAccess)
        persons.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("institution"), p.institution}});
    QJsonArray conditions;
    for (const Condition &c : d.conditions)
        conditions.append(QJsonObject{{QStringLiteral("code"), c.code.isEmpty() ? QJsonValue() : QJsonValue(c.code)},
                                      {QStringLiteral("text"), c.text}});
    return {
        {QStringLiteral("permitId"), QStringLiteral("%1/v%2").arg(caseNumber).arg(d.version)},
        {QStringLiteral("status"), toCode(d.status)},
        {QStringLiteral("result"), toCode(d.overall())},
        {QStringLiteral("issuedOn"),
         d.approvedAt.isValid() ? QJsonValue(toStorage(d.approvedAt.date())) : QJsonValue()},
        {QStringLiteral("holder"),
         QJsonObject{{QStringLiteral("name"), app.controller.name},
                     {QStringLiteral("orgNumber"), app.controller.orgNumber}}},
        {QStringLiteral("purpose"),
         QJsonObject{{QStringLiteral("category"), app.project.purpose},
                     {QStringLiteral("title"), app.project.title},
                     {QStringLiteral("description"), app.project.summary}}},
        {QStringLiteral("datasets"), datasets(app, d)},
        {QStringLiteral("identifiability"), toCode(app.identifiability)},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("secureEnvironment"),
         QJsonObject{{QStringLiteral("name"), app.storage.environment},
                     {QStringLiteral("description"), app.storage.description}}},
        {QStringLiteral("duration"),
         QJsonObject{{QStringLiteral("from"), date(app.project.start)},
                     {QStringLiteral("to"), date(app.project.end)},
                     {QStringLiteral("deleteBy"), date(app.project.deletionDate)}}},
        {QStringLiteral("exemptionFromConfidentiality"),
         QJsonObject{{QStringLiteral("required"), d.exemption.required},
                     {QStringLiteral("granted"), d.exemption.required && d.exemption.granted},
                     {QStringLiteral("legalBasis"), d.exemption.legalBasis}}},
        {QStringLiteral("fees"),
         QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")},
                     {QStringLiteral("caseworkHours"), d.caseworkHours},
                     {QStringLiteral("exemption"), d.feeExemption},
                     {QStringLiteral("total"), d.feeTotal ? QJsonValue(*d.feeTotal) : QJsonValue()},
                     {QStringLiteral("priceTableFrom"), date(d.feePriceFrom)}}},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("supersedes"), d.supersedes ? QJsonValue(static_cast<double>(*d.supersedes)) : QJsonValue()},
    };
}

} // namespace fv
