#include "casework/CaseworkService.h"

#include "Clock.h"
#include "casework/CaseworkStore.h"
#include "casework/Completeness.h"
#include "casework/Deadlines.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fv {
namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The refusal the status machine gives, before any other rule is looked at.
Status stateAllows(const CaseRecord &r, CaseAction action)
{
    auto to = transition(r.summary.status, action);
    return to ? ok() : Status(to.error());
}

} // namespace

CaseworkService::CaseworkService(CaseService &cases) : m_cases(cases)
{}

Status CaseworkService::mayWork(const User &user, const QString &what)
{
    if (user.has(Role::Adviser) || user.has(Role::Lawyer))
        return ok();
    return fail(QStringLiteral("%1 may not %2: that needs the role adviser or lawyer").arg(user.login, what));
}

Status CaseworkService::mayAssign(const User &user)
{
    if (user.has(Role::Adviser) || user.has(Role::Lawyer) || user.has(Role::Admin))
        return ok();
    return fail(
        QStringLiteral("%1 may not assign cases: that needs the role adviser, lawyer or admin").arg(user.login));
}

Status CaseworkService::mayAssess(const User &user, AssessmentItem item)
{
    if (needsLawyer(item))
        return requireRole(user, Role::Lawyer, QStringLiteral("assess %1").arg(toCode(item)));
    return mayWork(user, QStringLiteral("assess %1").arg(toCode(item)));
}

Status CaseworkService::mayWriteNotes(const User &user)
{
    if (user.has(Role::Adviser) || user.has(Role::Lawyer) || user.has(Role::DecisionMaker))
        return ok();
    return fail(QStringLiteral("%1 may not write case notes: that needs the role adviser, lawyer or decision-maker")
                    .arg(user.login));
}

Status CaseworkService::roleAllows(const User &user, CaseAction action)
{
    switch (action) {
    case CaseAction::Approve: return requireRole(user, Role::DecisionMaker, QStringLiteral("approve decisions"));
    case CaseAction::Return: return requireRole(user, Role::DecisionMaker, QStringLiteral("return decisions"));
    default: return mayWork(user, toCode(action));
    }
}

Status CaseworkService::assessmentOpen(const CaseRecord &r)
{
    switch (r.summary.status) {
    case CaseStatus::Received:
    case CaseStatus::CompletenessCheck:
    case CaseStatus::WaitingForApplicant:
    case CaseStatus::UnderAssessment:
    case CaseStatus::DecisionDraft: return ok();
    default: break;
    }
    return fail(QStringLiteral("the assessment is closed while the case is %1: it can change until the draft goes "
                               "for approval")
                    .arg(toCode(r.summary.status)));
}

Status CaseworkService::canRemind(const CaseRecord &r, const QDate &day)
{
    const InfoRequest *open = r.casework.openRequest();
    if (r.summary.status != CaseStatus::WaitingForApplicant || !open)
        return fail(QStringLiteral("a reminder goes only to an applicant we are waiting for; the case is %1")
                        .arg(toCode(r.summary.status)));
    if (open->remindedOn.isValid())
        return fail(QStringLiteral("a reminder was sent on %1; the applicant has until %2")
                        .arg(iso(open->remindedOn), iso(open->reminderDue)));
    if (day <= open->answerDue)
        return fail(QStringLiteral("the applicant has until %1 to answer; a reminder can be sent after that")
                        .arg(iso(open->answerDue)));
    return ok();
}

Status CaseworkService::canRejectNoReply(const CaseRecord &r, const QDate &day)
{
    if (auto s = stateAllows(r, CaseAction::RejectNoReply); !s)
        return s;
    const InfoRequest *open = r.casework.openRequest();
    if (!open || !open->remindedOn.isValid())
        return fail(QStringLiteral("send the applicant a reminder first ('remind'): a case is rejected for no reply "
                                   "only when the reminder's deadline has passed"));
    if (day <= open->reminderDue)
        return fail(QStringLiteral("the reminder gives the applicant until %1; the case can be rejected after that")
                        .arg(iso(open->reminderDue)));
    return ok();
}

Status CaseworkService::inCase(const QString &caseNumber, const Body &body)
{
    Transaction tx(m_cases.database());
    if (!tx.isOpen())
        return tx.error();
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    if (auto s = body(rec.value()); !s) {
        Error e = s.error();
        if (e.where.isEmpty())
            e.where = rec->summary.caseNumber;
        return e;
    }
    return tx.commit();
}

Result<QDate> CaseworkService::checkedDay(const CaseRecord &r, const QDate &on, const QString &what) const
{
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return fail(QStringLiteral("%1 is in the future: %2 is recorded when it has happened").arg(iso(day), what));
    if (r.application.received.isValid() && day < r.application.received)
        return fail(QStringLiteral("%1 is before the application was received (%2)")
                        .arg(iso(day), iso(r.application.received)));
    return day;
}

Status CaseworkService::appendEvent(const CaseRecord &r, const QString &kind, const QString &detail)
{
    return AuditLog::append(m_cases.database(), r.summary.id, m_cases.actor().login, kind, detail);
}

Status CaseworkService::setAssignee(CaseRecord &r, const User &to)
{
    if (r.summary.status == CaseStatus::Closed)
        return fail(QStringLiteral("the case is closed; a closed case gets no caseworker"));
    if (!to.has(Role::Adviser) && !to.has(Role::Lawyer))
        return fail(
            QStringLiteral("%1 cannot be responsible for a case: that needs the role adviser or lawyer").arg(to.login));
    if (!to.active)
        return fail(QStringLiteral("the user %1 is deactivated").arg(to.login));
    if (r.summary.assignee == to.fullName && !to.fullName.isEmpty())
        return fail(QStringLiteral("the case is already assigned to %1 (%2)").arg(to.fullName, to.login));
    Database &db = m_cases.database();
    auto u = db.exec(QStringLiteral("UPDATE fv_case SET assignee = ?, updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ?"),
                     {to.id, toStorage(now()), r.summary.id});
    if (!u)
        return u.error();
    const QString from = r.summary.assignee.isEmpty() ? QString() : QStringLiteral(" (was %1)").arg(r.summary.assignee);
    return appendEvent(
        r, QStringLiteral("assigned"), QStringLiteral("assigned to %1 (%2)%3").arg(to.fullName, to.login, from));
}

Status CaseworkService::assign(const QString &caseNumber, const QString &login)
{
    if (auto s = mayAssign(m_cases.actor()); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        auto to = Users::find(m_cases.database(), login.trimmed());
        if (!to)
            return to.error();
        if (!to.value())
            return fail(QStringLiteral("\"%1\" is not a user of this database").arg(login));
        return setAssignee(r, *to.value());
    });
}

Status CaseworkService::take(const QString &caseNumber)
{
    if (auto s = mayWork(m_cases.actor(), QStringLiteral("take cases")); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) { return setAssignee(r, m_cases.actor()); });
}

Status CaseworkService::startCompletenessCheck(const QString &caseNumber)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::StartCompletenessCheck); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(
            r.summary.id, CaseAction::StartCompletenessCheck, QStringLiteral("completeness check started"));
    });
}

Status CaseworkService::complete(const QString &caseNumber, const QDate &on)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::MarkComplete); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (auto s = stateAllows(r, CaseAction::MarkComplete); !s)
            return s;
        auto day = checkedDay(r, on, QStringLiteral("completeness"));
        if (!day)
            return day.error();
        auto settings = loadCaseworkSettings(m_cases.database());
        if (!settings)
            return settings.error();
        auto u = m_cases.database().exec(
            QStringLiteral("UPDATE fv_case SET completed_on = ? WHERE id = ?"), {toStorage(day.value()), r.summary.id});
        if (!u)
            return u.error();
        r.completedOn = day.value();
        const DeadlineStatus d = computeDeadlines(deadlineInput(r), settings.value(), today());
        QStringList gaps;
        for (CompletenessGap gap : completenessGaps(r.application))
            gaps << describe(gap);
        return m_cases.applyAction(
            r.summary.id, CaseAction::MarkComplete,
            QStringLiteral("complete on %1; statutory deadline %2 (%3 working days%4)%5")
                .arg(iso(day.value()), d.statutoryDeadline.isValid() ? iso(d.statutoryDeadline) : QStringLiteral("—"))
                .arg(d.limit)
                .arg(d.linked ? QStringLiteral(", linked sources") : QStringLiteral(", one source"),
                     gaps.isEmpty() ? QString() : QStringLiteral("; marked complete without: ") + gaps.join(u"; ")));
    });
}

Status CaseworkService::requestInfo(const QString &caseNumber, const QString &text, const QDate &on)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::RequestInfo); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (auto s = stateAllows(r, CaseAction::RequestInfo); !s)
            return s;
        if (text.trimmed().isEmpty())
            return fail(QStringLiteral("say what the applicant must send: the request text is empty"));
        auto day = checkedDay(r, on, QStringLiteral("the request"));
        if (!day)
            return day.error();
        auto settings = loadCaseworkSettings(m_cases.database());
        if (!settings)
            return settings.error();
        const QDate due = settings->calendar.addWorkingDays(day.value(), settings->answerWorkingDays);
        auto ins = m_cases.database().exec(
            QStringLiteral("INSERT INTO info_request (case_id, requested_on, text, answer_due, requested_by, "
                           "resume_status) VALUES (?, ?, ?, ?, ?, ?)"),
            {r.summary.id, toStorage(day.value()), text.trimmed(), toStorage(due), m_cases.actor().id,
             toCode(r.summary.status)});
        if (!ins)
            return ins.error();
        return m_cases.applyAction(
            r.summary.id, CaseAction::RequestInfo,
            QStringLiteral("information requested on %1, answer due %2 (clock paused): %3")
                .arg(iso(day.value()), iso(due), text.trimmed()));
    });
}

Status CaseworkService::infoReceived(const QString &caseNumber, const QDate &on)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::InfoReceived); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (auto s = stateAllows(r, CaseAction::InfoReceived); !s)
            return s;
        const InfoRequest *open = r.casework.openRequest();
        if (!open)
            return fail(QStringLiteral("no request for information is open"));
        auto day = checkedDay(r, on, QStringLiteral("the answer"));
        if (!day)
            return day.error();
        if (day.value() < open->requestedOn)
            return fail(QStringLiteral("%1 is before the information was requested (%2)")
                            .arg(iso(day.value()), iso(open->requestedOn)));
        auto u = m_cases.database().exec(
            QStringLiteral("UPDATE info_request SET answered_on = ? WHERE id = ?"), {toStorage(day.value()), open->id});
        if (!u)
            return u.error();
        return m_cases.applyAction(
            r.summary.id, CaseAction::InfoReceived,
            QStringLiteral("answer received on %1 (requested %2); clock running again, back to %3")
                .arg(iso(day.value()), iso(open->requestedOn), toCode(open->resumeTo)),
            open->resumeTo);
    });
}

Status CaseworkService::remind(const QString &caseNumber, const QDate &on)
{
    if (auto s = mayWork(m_cases.actor(), QStringLiteral("send reminders")); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        auto day = checkedDay(r, on, QStringLiteral("the reminder"));
        if (!day)
            return day.error();
        if (auto s = canRemind(r, day.value()); !s)
            return s;
        auto settings = loadCaseworkSettings(m_cases.database());
        if (!settings)
            return settings.error();
        const QDate due = settings->calendar.addWorkingDays(day.value(), settings->reminderWorkingDays);
        auto u = m_cases.database().exec(
            QStringLiteral("UPDATE info_request SET reminded_on = ?, reminder_due = ? WHERE id = ?"),
            {toStorage(day.value()), toStorage(due), r.casework.openRequest()->id});
        if (!u)
            return u.error();
        return appendEvent(r, QStringLiteral("reminder-sent"),
                           QStringLiteral("reminder sent on %1; answer now due %2").arg(iso(day.value()), iso(due)));
    });
}

Status CaseworkService::rejectNoReply(const QString &caseNumber)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::RejectNoReply); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (auto s = canRejectNoReply(r, today()); !s)
            return s;
        return m_cases.applyAction(
            r.summary.id, CaseAction::RejectNoReply,
            QStringLiteral("rejected: no answer by %1 after the reminder")
                .arg(iso(r.casework.openRequest()->reminderDue)));
    });
}

Status CaseworkService::withdraw(const QString &caseNumber, const QString &reason)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::Withdraw); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(
            r.summary.id, CaseAction::Withdraw,
            reason.trimmed().isEmpty() ? QStringLiteral("withdrawn by the applicant")
                                       : QStringLiteral("withdrawn by the applicant: %1").arg(reason.trimmed()));
    });
}

Status CaseworkService::close(const QString &caseNumber)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::Close); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(r.summary.id, CaseAction::Close, QStringLiteral("case closed"));
    });
}

Status CaseworkService::recordPreliminaryReply(const QString &caseNumber, const QDate &on)
{
    if (auto s = mayWork(m_cases.actor(), QStringLiteral("record preliminary replies")); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (!isOpen(r.summary.status))
            return fail(QStringLiteral("the case is %1: a preliminary reply is for a case still being worked on")
                            .arg(toCode(r.summary.status)));
        if (r.casework.deadlines.preliminaryReplySentOn.isValid())
            return fail(QStringLiteral("a preliminary reply was sent on %1")
                            .arg(iso(r.casework.deadlines.preliminaryReplySentOn)));
        auto day = checkedDay(r, on, QStringLiteral("the preliminary reply"));
        if (!day)
            return day.error();
        auto u = m_cases.database().exec(QStringLiteral("UPDATE fv_case SET preliminary_reply_on = ? WHERE id = ?"),
                                         {toStorage(day.value()), r.summary.id});
        if (!u)
            return u.error();
        return appendEvent(
            r, QStringLiteral("preliminary-reply-sent"),
            QStringLiteral("preliminary reply (forvaltningsloven § 11 a) sent on %1").arg(iso(day.value())));
    });
}

} // namespace fv
