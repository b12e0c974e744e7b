#include "revocation/RevocationService.h"

#include "Clock.h"
#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "followup/FollowUp.h"
#include "revocation/RevocationStore.h"
#include "rules/Operation.h"
#include "rules/RevocationRules.h"

#include <QCoreApplication>

namespace fv {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Revocation)
};

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QStringList codes(const QStringList &registries)
{
    QStringList out;
    for (const QString &r : registries)
        if (const QString c = r.trimmed().toUpper(); !c.isEmpty() && !out.contains(c))
            out << c;
    return out;
}

// The registries a notice concerns: those named (each one the decision grants), or all it grants.
Result<QStringList> noticeRegistries(const CaseRecord &r, const QStringList &named)
{
    const QStringList granted = followup::deliveringRegistries(r);
    if (granted.isEmpty())
        return fail(Tr::tr("The decision grants no data, so there is no access to revoke or reverse"));
    for (const QString &code : named)
        if (!granted.contains(code))
            return fail(Tr::tr("The decision grants nothing from the registry \"%1\"; the registries granted are: %2")
                            .arg(code, granted.join(QStringLiteral(", "))));
    return named.isEmpty() ? granted : named;
}

// A day a caseworker reports: today by default, never in the future, never before `earliest`.
Result<QDate> reportedDay(const QDate &on, const QDate &earliest, const QString &what)
{
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return fail(Tr::tr("%1 is in the future: record it when it has happened").arg(shown(day)));
    if (earliest.isValid() && day < earliest)
        return fail(Tr::tr("%1 is before %2 (%3)").arg(shown(day), what, shown(earliest)));
    return day;
}

} // namespace

RevocationService::RevocationService(CaseService &cases) : m_cases(cases)
{}

Result<std::vector<SentLetter>> RevocationService::sendAfter(
    const QString &caseNumber, const std::vector<LetterKind> &kinds)
{
    std::vector<SentLetter> all;
    for (LetterKind kind : kinds) {
        auto sent = DocumentService(m_cases).sendAll(caseNumber, kind);
        if (!sent)
            return Error{Tr::tr("It is recorded, but the letter \"%1\" was not sent: %2. Send it from the case's "
                                "letters.")
                             .arg(toCode(kind), sent.error().message),
                         caseNumber};
        all.insert(all.end(), sent->begin(), sent->end());
    }
    return all;
}

Result<std::vector<SentLetter>> RevocationService::notify(const QString &caseNumber, const RevocationRequest &notice)
{
    const QString grounds = notice.grounds.trimmed();
    if (grounds.isEmpty())
        return Error{Tr::tr("Give the grounds for the revocation or reversal: the applicant must know what to "
                            "comment on"),
                     caseNumber.trimmed()};
    if (notice.commentDays && (*notice.commentDays < 1 || *notice.commentDays > 90))
        return Error{Tr::tr("The deadline to comment must be between 1 and 90 days, not %1").arg(*notice.commentDays),
                     caseNumber.trimmed()};
    const QStringList named = codes(notice.registries);
    Status s =
        Operation(m_cases, Action::NotifyRevocation).run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            auto registries = noticeRegistries(r, named);
            if (!registries)
                return registries.error();
            Revocation n;
            n.kind = notice.kind;
            n.grounds = grounds;
            n.allRegistries = named.isEmpty();
            n.registries = registries.value();
            n.notifiedOn = today();
            n.commentDue = today().addDays(notice.commentDays.value_or(r.revocation.commentDays));
            auto id = RevocationStore::addNotice(m_cases.database(), r.summary.id, n, actor.id);
            if (!id)
                return id.error();
            return AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("revocation-notified"),
                QStringLiteral("%1 of %2; comment by %3: %4")
                    .arg(toCode(n.kind), n.registries.join(QStringLiteral(", ")), iso(n.commentDue), grounds));
        });
    if (!s)
        return s.error();
    return sendAfter(caseNumber, {LetterKind::RevocationNotice});
}

Status RevocationService::comment(const QString &caseNumber, const QDate &on, const QString &text)
{
    return Operation(m_cases, Action::RecordRevocationComment)
        .run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            const Revocation *open = r.revocation.open();
            auto day = reportedDay(on, open->notifiedOn, Tr::tr("the advance notice was sent"));
            if (!day)
                return day.error();
            if (auto s = RevocationStore::saveComment(
                    m_cases.database(), open->id, day.value(), text.trimmed(), actor.id);
                !s)
                return s;
            return AuditLog::append(m_cases.database(), r.summary.id, actor.login, QStringLiteral("revocation-comment"),
                                    QStringLiteral("received on %1").arg(iso(day.value())));
        });
}

Status RevocationService::propose(const QString &caseNumber, RevocationOutcome outcome, const QString &reason,
                                  const QStringList &registries)
{
    if (reason.trimmed().isEmpty() && outcome == RevocationOutcome::Dropped)
        return Error{Tr::tr("Give the reason for dropping the revocation: it is written in the letter"),
                     caseNumber.trimmed()};
    const QStringList named = codes(registries);
    return Operation(m_cases, Action::DecideRevocation)
        .run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            Revocation rev = *r.revocation.open();
            rev.outcome = outcome;
            // Without its own reason the decision rests on the grounds the notice gave.
            rev.reason = reason.trimmed().isEmpty() ? rev.grounds : reason.trimmed();
            if (outcome == RevocationOutcome::Revoked)
                rev.revokedRegistries = rev.registries;
            else if (outcome == RevocationOutcome::Dropped)
                rev.revokedRegistries.clear();
            else {
                for (const QString &code : named)
                    if (!rev.registries.contains(code))
                        return fail(Tr::tr("The advance notice does not concern the registry \"%1\"; it concerns: %2")
                                        .arg(code, rev.registries.join(QStringLiteral(", "))));
                if (named.isEmpty() || named.size() >= rev.registries.size())
                    return fail(Tr::tr("A partial revocation names the registries it revokes, some but not all of: %1")
                                    .arg(rev.registries.join(QStringLiteral(", "))));
                rev.revokedRegistries = named;
            }
            if (auto s = RevocationStore::savePropose(m_cases.database(), rev, actor.id); !s)
                return s;
            return AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("revocation-proposed"),
                QStringLiteral("%1 (%2): %3")
                    .arg(toCode(outcome), rev.revokedRegistries.join(QStringLiteral(", ")), rev.reason));
        });
}

Result<std::vector<SentLetter>> RevocationService::approve(const QString &caseNumber)
{
    QStringList stopped;
    Status s =
        Operation(m_cases, Action::ApproveRevocation).run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            const Revocation &rev = *r.revocation.open();
            Database &db = m_cases.database();
            if (auto s = RevocationStore::saveApproval(db, rev.id, today(), actor.id); !s)
                return s;
            for (const QString &code : rev.revokedRegistries) {
                const Delivery *d = r.followUp.delivery(code);
                if (d && d->deliveredOn.isValid())
                    continue; // delivered already: the letter asks for deletion instead
                if (auto s = RevocationStore::stopDelivery(db, r.summary.id, code, today(), actor.id); !s)
                    return s;
            }
            stopped = rev.revokedRegistries;
            return AuditLog::append(
                db, r.summary.id, actor.login, QStringLiteral("revocation-approved"),
                QStringLiteral("%1 %2, proposed by %3; delivery stopped: %4")
                    .arg(toCode(rev.kind), toCode(*rev.outcome), rev.proposedBy,
                         stopped.isEmpty() ? QStringLiteral("none") : stopped.join(QStringLiteral(", "))));
        });
    if (!s)
        return s.error();
    std::vector<LetterKind> kinds{LetterKind::RevocationDecision};
    if (!stopped.isEmpty())
        kinds.push_back(LetterKind::StopDelivery);
    return sendAfter(caseNumber, kinds);
}

Status RevocationService::requestSuspension(const QString &caseNumber, const QDate &on, const QString &by)
{
    if (by.trimmed().isEmpty())
        return Error{Tr::tr("Say who asked for suspended implementation"), caseNumber.trimmed()};
    return Operation(m_cases, Action::DecideSuspension)
        .check([](const User &, const CaseRecord &r) -> Status {
            if (const Suspension *p = r.revocation.pendingSuspension())
                return fail(Tr::tr("A request for suspended implementation received on %1 is not decided yet")
                                .arg(shown(p->requestedOn)));
            return ok();
        })
        .run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            auto day = reportedDay(on, followup::decisionLetterSentOn(r), Tr::tr("the decision letter was sent"));
            if (!day)
                return day.error();
            auto id = RevocationStore::addSuspensionRequest(
                m_cases.database(), r.summary.id, day.value(), by.trimmed(), actor.id);
            if (!id)
                return id.error();
            return AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("suspension-requested"),
                QStringLiteral("on %1 by %2").arg(iso(day.value()), by.trimmed()));
        });
}

Result<std::vector<SentLetter>> RevocationService::decideSuspension(
    const QString &caseNumber, bool grant, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Give the reason for granting or refusing suspended implementation"), caseNumber.trimmed()};
    Status s = Operation(m_cases, Action::DecideSuspension)
                   .check([](const User &, const CaseRecord &r) { return caserules::suspensionPending(r); })
                   .run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
                       Suspension sus = *r.revocation.pendingSuspension();
                       sus.granted = grant;
                       sus.decidedOn = today();
                       sus.reason = reason.trimmed();
                       if (auto s = RevocationStore::saveSuspensionDecision(m_cases.database(), sus, actor.id); !s)
                           return s;
                       return AuditLog::append(
                           m_cases.database(), r.summary.id, actor.login,
                           grant ? QStringLiteral("suspension-granted") : QStringLiteral("suspension-refused"),
                           sus.reason);
                   });
    if (!s)
        return s.error();
    return sendAfter(caseNumber, {LetterKind::SuspensionDecision});
}

Status RevocationService::endSuspension(const QString &caseNumber, const QDate &on)
{
    return Operation(m_cases, Action::DecideSuspension)
        .check([](const User &, const CaseRecord &r) { return caserules::suspensionInForce(r); })
        .run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
            Suspension sus;
            for (const Suspension &x : r.revocation.suspensions)
                if (x.inForce())
                    sus = x;
            auto day = reportedDay(on, sus.decidedOn, Tr::tr("suspension was granted"));
            if (!day)
                return day.error();
            sus.endedOn = day.value();
            if (auto s = RevocationStore::saveSuspensionDecision(m_cases.database(), sus, actor.id); !s)
                return s;
            return AuditLog::append(m_cases.database(), r.summary.id, actor.login, QStringLiteral("suspension-ended"),
                                    QStringLiteral("on %1").arg(iso(day.value())));
        });
}

} // namespace fv
