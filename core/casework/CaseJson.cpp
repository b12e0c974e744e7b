#include "casework/CaseJson.h"

#include "Clock.h"
#include "appeal/AppealJson.h"
#include "application/ApplicationJson.h"
#include "casework/CaseworkJson.h"
#include "decision/Permit.h"
#include "revocation/RevocationJson.h"

#include <QJsonArray>

namespace fv {
namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(toStorage(d)) : QJsonValue();
}
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toStorage(t)) : QJsonValue();
}

QJsonObject entryToJson(const RegistryDecision &e)
{
    QJsonArray approved;
    QJsonArray removed;
    for (const VariableDecision &v : e.variables) {
        if (v.approved)
            approved.append(v.name);
        else
            removed.append(QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("reason"), v.reason}});
    }
    return {{QStringLiteral("registry"), e.registry},
            {QStringLiteral("outcome"), toCode(e.outcome)},
            {QStringLiteral("periodFrom"), dateOrNull(e.periodFrom)},
            {QStringLiteral("periodTo"), dateOrNull(e.periodTo)},
            {QStringLiteral("approvedVariables"), approved},
            {QStringLiteral("removedVariables"), removed},
            {QStringLiteral("reason"), e.reason}};
}

QJsonObject changeDiffToJson(const ChangeDiff &d)
{
    QJsonArray variables;
    for (const ChangeDiff::Variables &v : d.variables)
        variables.append(QJsonObject{{QStringLiteral("registry"), v.registry},
                                     {QStringLiteral("added"), QJsonArray::fromStringList(v.added)},
                                     {QStringLiteral("removed"), QJsonArray::fromStringList(v.removed)}});
    QJsonArray periods;
    for (const ChangeDiff::Period &p : d.periods)
        periods.append(QJsonObject{{QStringLiteral("registry"), p.registry},
                                   {QStringLiteral("from"), QJsonArray{dateOrNull(p.oldFrom), dateOrNull(p.oldTo)}},
                                   {QStringLiteral("to"), QJsonArray{dateOrNull(p.newFrom), dateOrNull(p.newTo)}}});
    const auto changed = [](const std::optional<ChangeDiff::Changed<QDate>> &c) {
        return c ? QJsonValue(QJsonObject{
                   {QStringLiteral("from"), dateOrNull(c->before)}, {QStringLiteral("to"), dateOrNull(c->after)}})
                 : QJsonValue();
    };
    return {{QStringLiteral("registriesAdded"), QJsonArray::fromStringList(d.registriesAdded)},
            {QStringLiteral("registriesRemoved"), QJsonArray::fromStringList(d.registriesRemoved)},
            {QStringLiteral("variables"), variables},
            {QStringLiteral("periods"), periods},
            {QStringLiteral("projectEnd"), changed(d.projectEnd)},
            {QStringLiteral("deletionDate"), changed(d.deletionDate)},
            {QStringLiteral("personsAdded"), QJsonArray::fromStringList(d.personsAdded)},
            {QStringLiteral("personsRemoved"), QJsonArray::fromStringList(d.personsRemoved)}};
}

} // namespace

QJsonObject summaryToJson(const CaseSummary &s)
{
    return {{QStringLiteral("caseNumber"), s.caseNumber},
            {QStringLiteral("reference"), s.reference},
            {QStringLiteral("status"), toCode(s.status)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("kind"), toCode(s.kind)},
            {QStringLiteral("received"), dateOrNull(s.received)},
            {QStringLiteral("controller"), s.controller},
            {QStringLiteral("projectLeader"), s.projectLeader},
            {QStringLiteral("assignee"), s.assignee},
            {QStringLiteral("registries"), QJsonArray::fromStringList(s.registries)}};
}

namespace {

QJsonArray contributorsToJson(const Decision &d)
{
    QJsonArray out;
    for (const Contributor &c : d.contributors)
        out.append(QJsonObject{{QStringLiteral("login"), c.login},
                               {QStringLiteral("act"), c.act},
                               {QStringLiteral("at"), toStorage(c.at)}});
    return out;
}

} // namespace

QJsonObject decisionToJson(const Decision &d)
{
    QJsonArray entries;
    for (const RegistryDecision &e : d.entries)
        entries.append(entryToJson(e));
    QJsonArray conditions;
    for (const Condition &c : d.conditions)
        conditions.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("text"), c.text}});
    return {
        {QStringLiteral("version"), d.version},
        {QStringLiteral("revision"), d.revision},
        {QStringLiteral("contributors"), contributorsToJson(d)},
        {QStringLiteral("status"), toCode(d.status)},
        {QStringLiteral("overall"), toCode(d.overall())},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("exemption"),
         QJsonObject{{QStringLiteral("required"), d.exemption.required},
                     {QStringLiteral("granted"), d.exemption.granted},
                     {QStringLiteral("legalBasis"), d.exemption.legalBasis},
                     {QStringLiteral("reasons"), d.exemption.reasons}}},
        {QStringLiteral("legalBasis"), d.legalBasis},
        {QStringLiteral("reasons"), d.reasons},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("draftedBy"), d.draftedBy},
        {QStringLiteral("draftedAt"), timeOrNull(d.draftedAt)},
        {QStringLiteral("submittedBy"), d.submittedBy},
        {QStringLiteral("submittedAt"), timeOrNull(d.submittedAt)},
        {QStringLiteral("approvedBy"), d.approvedBy},
        {QStringLiteral("approvedAt"), timeOrNull(d.approvedAt)},
        {QStringLiteral("returnComment"), d.returnComment},
        {QStringLiteral("caseworkHours"), d.caseworkHours},
        {QStringLiteral("feeExemption"), d.feeExemption},
        {QStringLiteral("feeTotal"), d.feeTotal ? QJsonValue(*d.feeTotal) : QJsonValue()},
        {QStringLiteral("supersedes"), d.supersedes ? QJsonValue(static_cast<double>(*d.supersedes)) : QJsonValue()}};
}

QJsonObject caseToJson(const CaseRecord &r)
{
    QJsonObject o = summaryToJson(r.summary);
    o.insert(QStringLiteral("completedOn"), dateOrNull(r.completedOn));
    o.insert(QStringLiteral("changeOfCase"),
             r.changeOfCaseNumber.isEmpty() ? QJsonValue() : QJsonValue(r.changeOfCaseNumber));
    o.insert(QStringLiteral("application"), applicationToJson(r.application));
    if (r.changeDiff)
        o.insert(QStringLiteral("changes"), changeDiffToJson(*r.changeDiff));
    QJsonArray decisions;
    for (const Decision &d : r.decisions)
        decisions.append(decisionToJson(d));
    o.insert(QStringLiteral("decisions"), decisions);
    o.insert(QStringLiteral("decision"),
             r.currentDecision() ? QJsonValue(decisionToJson(*r.currentDecision())) : QJsonValue());
    // The decision as a structured permit (EHDS-ready).
    o.insert(QStringLiteral("permit"),
             r.currentDecision() ? QJsonValue(permitJson(r.summary.caseNumber, r.application, *r.currentDecision()))
                                 : QJsonValue());
    QJsonArray events;
    for (const Event &e : r.events)
        events.append(QJsonObject{
            {QStringLiteral("at"), toStorage(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("detail"), e.detail}});
    o.insert(QStringLiteral("events"), events);
    QJsonArray documents;
    for (const StoredDocument &d : r.documents)
        documents.append(QJsonObject{
            {QStringLiteral("docNo"), d.number},
            {QStringLiteral("number"), d.number}, // the name before docNo; kept for scripts that read it
            {QStringLiteral("reference"), r.summary.caseNumber + QLatin1Char('-') + QString::number(d.number)},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("language"), d.language},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("createdAt"), toStorage(d.createdAt)},
            {QStringLiteral("createdBy"), d.createdBy}});
    o.insert(QStringLiteral("documents"), documents);
    insertCaseworkJson(o, r);
    o.insert(QStringLiteral("revocation"), revocationToJson(r.revocation));
    o.insert(QStringLiteral("appeals"), appealsToJson(r));
    return o;
}

} // namespace fv
