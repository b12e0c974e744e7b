#include "followup/FollowUpService.h"

#include "Clock.h"
#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "followup/FollowUpStore.h"
#include "rules/FollowUpRules.h"
#include "rules/Operation.h"

#include <QCoreApplication>

namespace fv {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::FollowUp)
};

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The day something was reported: today by default, never in the future, never before the
// decision letter went out.
Result<QDate> checkedDay(const CaseRecord &r, const QDate &on)
{
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return fail(Tr::tr("%1 is in the future: record it when it has happened").arg(shown(day)));
    const QDate letter = followup::decisionLetterSentOn(r);
    if (letter.isValid() && day < letter)
        return fail(Tr::tr("%1 is before the decision letter was sent (%2)").arg(shown(day), shown(letter)));
    return day;
}

} // namespace

FollowUpService::FollowUpService(CaseService &cases) : m_cases(cases)
{}

Status FollowUpService::changeDelivery(const QString &caseNumber, const QString &registry, const QDate &on,
                                       const DeliveryChange &change, const QString &eventKind)
{
    const QString code = registry.trimmed().toUpper();
    Operation op(m_cases, Action::RecordDelivery);
    op.check([&](const User &, const CaseRecord &r) { return caserules::deliversFrom(r, code); });
    return op.run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
        auto day = checkedDay(r, on);
        if (!day)
            return day.error();
        const Delivery *current = r.followUp.delivery(code);
        Delivery d = current ? *current : Delivery{code, {}, {}, {}, {}, {}};
        if (d.stoppedOn.isValid())
            return fail(Tr::tr("The delivery from %1 was stopped on %2 because access was revoked")
                            .arg(code, shown(d.stoppedOn)));
        if (d.deliveredOn.isValid())
            return fail(Tr::tr("The data from %1 were delivered on %2; nothing more is recorded for it")
                            .arg(code, shown(d.deliveredOn)));
        if (auto s = change(r, d, day.value()); !s)
            return s;
        if (auto s = FollowUpStore::saveDelivery(m_cases.database(), r.summary.id, d, actor.id); !s)
            return s;
        QString detail = QStringLiteral("%1 on %2").arg(code, iso(day.value()));
        if (!d.delayReason.isEmpty() && eventKind == QLatin1String("delivery-delayed"))
            detail += QStringLiteral(": %1").arg(d.delayReason);
        return AuditLog::append(m_cases.database(), r.summary.id, actor.login, eventKind, detail);
    });
}

Status FollowUpService::ordered(const QString &caseNumber, const QString &registry, const QDate &on)
{
    return changeDelivery(
        caseNumber, registry, on,
        [](const CaseRecord &, Delivery &d, const QDate &day) -> Status {
            if (d.orderedOn.isValid())
                return fail(Tr::tr("The data from %1 were ordered on %2 already").arg(d.registry, shown(d.orderedOn)));
            d.orderedOn = day;
            return ok();
        },
        QStringLiteral("delivery-ordered"));
}

Status FollowUpService::delayed(const QString &caseNumber, const QString &registry, const QString &reason,
                                const QDate &on)
{
    return changeDelivery(
        caseNumber, registry, on,
        [&reason](const CaseRecord &, Delivery &d, const QDate &day) -> Status {
            if (reason.trimmed().isEmpty())
                return fail(Tr::tr("Say why the delivery from %1 is delayed: a reason is required").arg(d.registry));
            if (d.orderedOn.isValid() && day < d.orderedOn)
                return fail(Tr::tr("%1 is before the data were ordered (%2)").arg(shown(day), shown(d.orderedOn)));
            d.delayedOn = day;
            d.delayReason = reason.trimmed();
            return ok();
        },
        QStringLiteral("delivery-delayed"));
}

Status FollowUpService::delivered(const QString &caseNumber, const QString &registry, const QDate &on)
{
    if (!on.isValid())
        return Error{Tr::tr("Give the day the data were delivered"), caseNumber.trimmed()};
    return changeDelivery(
        caseNumber, registry, on,
        [](const CaseRecord &, Delivery &d, const QDate &day) -> Status {
            if (d.orderedOn.isValid() && day < d.orderedOn)
                return fail(Tr::tr("%1 is before the data were ordered (%2)").arg(shown(day), shown(d.orderedOn)));
            d.deliveredOn = day;
            return ok();
        },
        QStringLiteral("delivery-delivered"));
}

Status FollowUpService::changeEnd(const QString &caseNumber, const QDate &on, bool report)
{
    if (!on.isValid())
        return Error{report ? Tr::tr("Give the day the end report was received")
                            : Tr::tr("Give the day deletion or anonymisation was confirmed"),
                     caseNumber.trimmed()};
    return Operation(m_cases, Action::RecordProjectEnd)
        .run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            auto day = checkedDay(r, on);
            if (!day)
                return day.error();
            ProjectEnd end = r.followUp.end;
            QDate &field = report ? end.reportOn : end.deletedOn;
            if (field.isValid())
                return fail(report ? Tr::tr("The end report was recorded as received on %1 already").arg(shown(field))
                                   : Tr::tr("Deletion or anonymisation was recorded as confirmed on %1 already")
                                         .arg(shown(field)));
            field = day.value();
            if (auto s = FollowUpStore::saveProjectEnd(m_cases.database(), r.summary.id, end, actor.id); !s)
                return s;
            return AuditLog::append(
                m_cases.database(), r.summary.id, actor.login,
                report ? QStringLiteral("end-report-received") : QStringLiteral("deletion-confirmed"),
                QStringLiteral("on %1").arg(iso(day.value())));
        });
}

Status FollowUpService::endReportReceived(const QString &caseNumber, const QDate &on)
{
    return changeEnd(caseNumber, on, true);
}

Status FollowUpService::deletionConfirmed(const QString &caseNumber, const QDate &on)
{
    return changeEnd(caseNumber, on, false);
}

} // namespace fv
