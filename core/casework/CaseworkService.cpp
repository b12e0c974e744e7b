#include "casework/CaseworkService.h"

#include "Clock.h"
#include "archive/Journal.h"
#include "casework/CaseworkStore.h"
#include "casework/Completeness.h"
#include "casework/Deadlines.h"
#include "rules/CaseRules.h"
#include "rules/Operation.h"
#include "rules/Permissions.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace fv {
namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

// lupdate and the running program agree on the context only through a declared one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Casework)
};

} // namespace

CaseworkService::CaseworkService(CaseService &cases) : m_cases(cases)
{}

Status CaseworkService::inCase(Action action, const QString &caseNumber, const Body &body,
                               const std::function<Status(const User &, const CaseRecord &)> &check)
{
    Operation op(m_cases, action);
    if (check)
        op.check(check);
    return op.run(caseNumber, [&](CaseRecord &r, const User &) { return body(r); });
}

Result<QDate> CaseworkService::checkedDay(const CaseRecord &r, const QDate &on, const QString &what) const
{
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return fail(Tr::tr("%1 is in the future: %2 is recorded when it has happened").arg(shown(day), what));
    if (r.application.received.isValid() && day < r.application.received)
        return fail(
            Tr::tr("%1 is before the application was received (%2)").arg(shown(day), shown(r.application.received)));
    return day;
}

Status CaseworkService::appendEvent(const CaseRecord &r, const QString &kind, const QString &detail)
{
    return AuditLog::append(m_cases.database(), r.summary.id, m_cases.actor().login, kind, detail);
}

Status CaseworkService::setAssignee(CaseRecord &r, const User &to)
{
    if (!to.has(Role::Adviser) && !to.has(Role::Lawyer))
        return fail(Tr::tr("%1 cannot be responsible for a case: that needs the role adviser or lawyer").arg(to.login));
    if (!to.active)
        return fail(Tr::tr("The user %1 is deactivated").arg(to.login));
    if (r.summary.assignee == to.fullName && !to.fullName.isEmpty())
        return fail(Tr::tr("The case is already assigned to %1 (%2)").arg(to.fullName, to.login));
    if (auto s = CaseworkStore::setAssignee(m_cases.database(), r.summary.id, to.id); !s)
        return s;
    const QString from = r.summary.assignee.isEmpty() ? QString() : QStringLiteral(" (was %1)").arg(r.summary.assignee);
    return appendEvent(
        r, QStringLiteral("assigned"), QStringLiteral("assigned to %1 (%2)%3").arg(to.fullName, to.login, from));
}

Status CaseworkService::assign(const QString &caseNumber, const QString &login)
{
    return inCase(Action::Assign, caseNumber, [&](CaseRecord &r) -> Status {
        auto to = Users::find(m_cases.database(), login.trimmed());
        if (!to)
            return to.error();
        if (!to.value())
            return fail(Tr::tr("\"%1\" is not a user of this database").arg(login));
        return setAssignee(r, *to.value());
    });
}

Status CaseworkService::take(const QString &caseNumber)
{
    return inCase(Action::Take, caseNumber, [&](CaseRecord &r) { return setAssignee(r, m_cases.actor()); });
}

Status CaseworkService::startCompletenessCheck(const QString &caseNumber)
{
    return inCase(Action::StartCompletenessCheck, caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(
            r.summary.id, CaseAction::StartCompletenessCheck, QStringLiteral("completeness check started"));
    });
}

Status CaseworkService::complete(const QString &caseNumber, const QDate &on)
{
    return inCase(Action::MarkComplete, caseNumber, [&](CaseRecord &r) -> Status {
        auto day = checkedDay(r, on, Tr::tr("completeness"));
        if (!day)
            return day.error();
        auto settings = loadCaseworkSettings(m_cases.database());
        if (!settings)
            return settings.error();
        if (auto s = CaseworkStore::setCompletedOn(m_cases.database(), r.summary.id, day.value()); !s)
            return s;
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
    return inCase(Action::RequestInfo, caseNumber, [&](CaseRecord &r) -> Status {
        if (text.trimmed().isEmpty())
            return fail(Tr::tr("Say what the applicant must send: the request text is empty"));
        auto day = checkedDay(r, on, Tr::tr("the request"));
        if (!day)
            return day.error();
        auto settings = loadCaseworkSettings(m_cases.database());
        if (!settings)
            return settings.error();
        const QDate due = settings->calendar.addWorkingDays(day.value(), settings->answerWorkingDays);
        if (auto s = CaseworkStore::addInfoRequest(m_cases.database(), r.summary.id, day.value(), text.trimmed(), due,
                                                   m_cases.actor().id, toCode(r.summary.status));
            !s)
            return s;
        return m_cases.applyAction(
            r.summary.id, CaseAction::RequestInfo,
            QStringLiteral("information requested on %1, answer due %2 (clock paused): %3")
                .arg(iso(day.value()), iso(due), text.trimmed()));
    });
}

Status CaseworkService::infoReceived(const QString &caseNumber, const QDate &on)
{
    return inCase(Action::InfoReceived, caseNumber, [&](CaseRecord &r) -> Status {
        const InfoRequest *open = r.casework.openRequest();
        auto day = checkedDay(r, on, Tr::tr("the answer"));
        if (!day)
            return day.error();
        if (day.value() < open->requestedOn)
            return fail(Tr::tr("%1 is before the information was requested (%2)")
                            .arg(shown(day.value()), shown(open->requestedOn)));
        if (auto s = CaseworkStore::answerInfoRequest(m_cases.database(), open->id, day.value()); !s)
            return s;
        if (auto s = journalIncoming(m_cases.database(), r, m_cases.actor().login, QStringLiteral("answer"),
                                     QStringLiteral("Svar på anmodning om opplysninger"), day.value());
            !s)
            return s;
        return m_cases.applyAction(
            r.summary.id, CaseAction::InfoReceived,
            QStringLiteral("answer received on %1 (requested %2); clock running again, back to %3")
                .arg(iso(day.value()), iso(open->requestedOn), toCode(open->resumeTo)),
            open->resumeTo);
    });
}

Status CaseworkService::remind(const QString &caseNumber, const QDate &on)
{
    // The table checks the reminder against today; a back-dated reminder is checked on its day.
    return inCase(Action::SendReminder, caseNumber, [&](CaseRecord &r) -> Status {
        auto day = checkedDay(r, on, Tr::tr("the reminder"));
        if (!day)
            return day.error();
        if (auto s = caserules::canRemind(r, day.value()); !s)
            return s;
        auto settings = loadCaseworkSettings(m_cases.database());
        if (!settings)
            return settings.error();
        const QDate due = settings->calendar.addWorkingDays(day.value(), settings->reminderWorkingDays);
        if (auto s = CaseworkStore::remindInfoRequest(
                m_cases.database(), r.casework.openRequest()->id, day.value(), due);
            !s)
            return s;
        return appendEvent(r, QStringLiteral("reminder-sent"),
                           QStringLiteral("reminder sent on %1; answer now due %2").arg(iso(day.value()), iso(due)));
    });
}

Status CaseworkService::rejectNoReply(const QString &caseNumber)
{
    return inCase(Action::RejectNoReply, caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(
            r.summary.id, CaseAction::RejectNoReply,
            QStringLiteral("rejected: no answer by %1 after the reminder")
                .arg(iso(r.casework.openRequest()->reminderDue)));
    });
}

Status CaseworkService::withdraw(const QString &caseNumber, const QString &reason)
{
    return inCase(Action::Withdraw, caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(
            r.summary.id, CaseAction::Withdraw,
            reason.trimmed().isEmpty() ? QStringLiteral("withdrawn by the applicant")
                                       : QStringLiteral("withdrawn by the applicant: %1").arg(reason.trimmed()));
    });
}

Status CaseworkService::close(const QString &caseNumber)
{
    return inCase(Action::Close, caseNumber, [&](CaseRecord &r) {
        return m_cases.applyAction(r.summary.id, CaseAction::Close, QStringLiteral("case closed"));
    });
}

Status CaseworkService::recordPreliminaryReply(const QString &caseNumber, const QDate &on)
{
    return inCase(Action::RecordPreliminaryReply, caseNumber, [&](CaseRecord &r) -> Status {
        auto day = checkedDay(r, on, Tr::tr("the preliminary reply"));
        if (!day)
            return day.error();
        if (auto s = CaseworkStore::setPreliminaryReply(m_cases.database(), r.summary.id, day.value()); !s)
            return s;
        return appendEvent(
            r, QStringLiteral("preliminary-reply-sent"),
            QStringLiteral("preliminary reply (forvaltningsloven § 11 a) sent on %1").arg(iso(day.value())));
    });
}

} // namespace fv
