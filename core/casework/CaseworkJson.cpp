#include "casework/CaseworkJson.h"

#include "Clock.h"
#include "casework/CaseService.h"

#include <QJsonArray>

namespace fv {
namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(toStorage(d)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonArray assessmentJson(const Assessment &a)
{
    QJsonArray out;
    for (const AssessmentEntry &e : a.entries)
        out.append(QJsonObject{
            {QStringLiteral("item"), toCode(e.item)},
            {QStringLiteral("required"), e.required},
            {QStringLiteral("result"), toCode(e.result)},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("assessedBy"), text(e.assessedBy)},
            {QStringLiteral("assessedAt"),
             e.assessedAt.isValid() ? QJsonValue(toStorage(e.assessedAt)) : QJsonValue()}});
    return out;
}

QJsonArray consultationsJson(const std::vector<Consultation> &list, const QDate &today)
{
    QJsonArray out;
    for (const Consultation &c : list)
        out.append(QJsonObject{
            {QStringLiteral("registry"), c.registry},
            {QStringLiteral("sentOn"), date(c.sentOn)},
            {QStringLiteral("due"), date(c.due)},
            {QStringLiteral("sentBy"), c.sentBy},
            {QStringLiteral("answeredOn"), date(c.answeredOn)},
            {QStringLiteral("answer"), c.answer ? QJsonValue(toCode(*c.answer)) : QJsonValue()},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("overdue"), c.isOverdue(today)}});
    return out;
}

QJsonArray dialogueJson(const std::vector<InfoRequest> &list)
{
    QJsonArray out;
    for (const InfoRequest &r : list)
        out.append(QJsonObject{
            {QStringLiteral("requestedOn"), date(r.requestedOn)},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("answerDue"), date(r.answerDue)},
            {QStringLiteral("requestedBy"), r.requestedBy},
            {QStringLiteral("remindedOn"), date(r.remindedOn)},
            {QStringLiteral("reminderDue"), date(r.reminderDue)},
            {QStringLiteral("answeredOn"), date(r.answeredOn)}});
    return out;
}

QJsonArray notesJson(const std::vector<CaseNote> &list)
{
    QJsonArray out;
    for (const CaseNote &n : list)
        out.append(QJsonObject{
            {QStringLiteral("audience"), toCode(n.audience)},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("writtenBy"), n.writtenBy},
            {QStringLiteral("writtenAt"), toStorage(n.writtenAt)}});
    return out;
}

QJsonArray forwardingsJson(const std::vector<Forwarding> &list)
{
    QJsonArray out;
    for (const Forwarding &f : list)
        out.append(QJsonObject{
            {QStringLiteral("registry"), text(f.registry)},
            {QStringLiteral("reason"), f.reason},
            {QStringLiteral("forwardedOn"), date(f.forwardedOn)},
            {QStringLiteral("forwardedBy"), f.forwardedBy}});
    return out;
}

} // namespace

QJsonObject deadlinesToJson(const DeadlineStatus &d)
{
    QJsonArray pauses;
    for (size_t i = 0; i < d.pauses.size(); ++i)
        pauses.append(QJsonObject{
            {QStringLiteral("from"), date(d.pauses[i].from)},
            {QStringLiteral("to"), date(d.pauses[i].to)},
            {QStringLiteral("workingDays"), i < d.pausedWorkingDays.size() ? d.pausedWorkingDays[i] : 0}});
    QJsonArray tasks;
    for (const CaseTask &t : d.tasks)
        tasks.append(QJsonObject{
            {QStringLiteral("kind"), toCode(t.kind)},
            {QStringLiteral("due"), date(t.due)},
            {QStringLiteral("registry"), text(t.registry)},
            {QStringLiteral("overdue"), t.overdue},
            {QStringLiteral("workingDaysLeft"), t.workingDaysLeft}});
    return {
        {QStringLiteral("completedOn"), date(d.completedOn)},
        {QStringLiteral("linked"), d.linked},
        {QStringLiteral("limitWorkingDays"), d.limit},
        {QStringLiteral("pauses"), pauses},
        {QStringLiteral("paused"), d.paused},
        {QStringLiteral("statutoryDeadline"), date(d.statutoryDeadline)},
        {QStringLiteral("usedWorkingDays"), d.usedWorkingDays},
        {QStringLiteral("remainingWorkingDays"), d.remainingWorkingDays},
        {QStringLiteral("overdue"), d.overdue},
        {QStringLiteral("decidedOn"), date(d.decidedOn)},
        {QStringLiteral("preliminaryReplyDue"), date(d.preliminaryReplyDue)},
        {QStringLiteral("preliminaryReplySentOn"), date(d.preliminaryReplySentOn)},
        {QStringLiteral("tasks"), tasks}};
}

void insertCaseworkJson(QJsonObject &o, const CaseRecord &r)
{
    const CaseworkRecord &w = r.casework;
    o.insert(QStringLiteral("assessment"), assessmentJson(w.assessment));
    o.insert(QStringLiteral("consultations"), consultationsJson(w.consultations, today()));
    o.insert(QStringLiteral("dialogue"), dialogueJson(w.infoRequests));
    o.insert(QStringLiteral("notes"), notesJson(w.notes));
    o.insert(QStringLiteral("forwardings"), forwardingsJson(w.forwardings));
    o.insert(QStringLiteral("deadlines"), deadlinesToJson(w.deadlines));
}

} // namespace fv
