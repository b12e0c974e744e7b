#include "appeal/AppealService.h"

#include "Clock.h"
#include "appeal/AppealStore.h"
#include "appeal/BodyDecision.h"
#include "archive/IncomingDocuments.h"
#include "archive/Journal.h"
#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "casework/Deadlines.h"
#include "decision/DecisionService.h"
#include "decision/Fees.h"
#include "revocation/RevocationStore.h"
#include "rules/Operation.h"

#include <QCoreApplication>

namespace fv {
namespace {

// The decision version that reverses the appealed one, drafted inside the caller's transaction
// like any other draft and marked on the appeal; `edit` fills it (HDS's reversal, the body's).
template<typename Edit>
Status draftReversal(CaseService &cases, const QString &caseNumber, Appeal &a, int &version, Edit &&edit)
{
    DecisionService decisions(cases);
    auto draft = decisions.draft(caseNumber);
    if (!draft)
        return draft.error();
    a.reversingVersion = draft->version;
    version = draft->version;
    return decisions.editDraft(caseNumber, std::forward<Edit>(edit));
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Appeal)
};

QString shown(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// What the audit trail says of a received file: its name and SHA-256; nothing without one.
QString fileDetail(const IncomingFile &file)
{
    return file.isEmpty()
        ? QString()
        : QStringLiteral("; file %1 (%2 bytes, SHA-256 %3)")
              .arg(file.fileName)
              .arg(file.bytes.size())
              .arg(incoming::sha256Hex(file.bytes));
}

Status checkInput(const AppealInput &in, const QDate &letterSentOn)
{
    if (!in.receivedOn.isValid())
        return fail(Tr::tr("Give the day the appeal was received"));
    if (in.receivedOn > today())
        return fail(Tr::tr("%1 is in the future: register the appeal when it has come in").arg(shown(in.receivedOn)));
    if (letterSentOn.isValid() && in.receivedOn < letterSentOn)
        return fail(Tr::tr("The appeal cannot be received on %1, before the letter it contests was sent (%2)")
                        .arg(shown(in.receivedOn), shown(letterSentOn)));
    if (in.postedOn.isValid() && in.postedOn > in.receivedOn)
        return fail(Tr::tr("The appeal cannot be posted on %1, after it was received (%2)")
                        .arg(shown(in.postedOn), shown(in.receivedOn)));
    if (in.appellant.trimmed().isEmpty())
        return fail(Tr::tr("Say who appeals: the appellant's name is required"));
    if (in.contests.trimmed().isEmpty())
        return fail(Tr::tr("Say what the appeal contests"));
    if (in.text.trimmed().isEmpty() && in.file.isEmpty())
        return fail(Tr::tr("Give the appeal's text or attach the appeal as a file"));
    if (!in.file.isEmpty())
        return incoming::checkFile(in.file);
    return ok();
}

// The received file, if any, stored as the main document of the journal entry `entryId`; its id
// in `id`.
Status storeFile(Database &db, const CaseRecord &r, const QString &kind, const IncomingFile &file, qint64 entryId,
                 qint64 userId, qint64 &id)
{
    if (file.isEmpty())
        return ok();
    auto stored = IncomingDocumentStore::insert(db, r.summary.id, kind, file, entryId, userId);
    if (!stored)
        return stored.error();
    id = stored.value();
    return ok();
}

// HDS's own deadline to prepare the appeal: the setting's working days from `from`.
Result<QDate> preparationDue(Database &db, const CaseRecord &r, const QDate &from)
{
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    return settings->calendar.addWorkingDays(from, r.appeals.preparationWorkingDays);
}

} // namespace

Status endSuspensionWithAppeal(Database &db, const CaseRecord &r, const User &actor, const QDate &on,
                               const QString &why)
{
    for (Suspension sus : r.revocation.suspensions) {
        if (!sus.inForce())
            continue;
        sus.endedOn = std::max(on, sus.decidedOn);
        if (auto s = RevocationStore::saveSuspensionDecision(db, sus, actor.id); !s)
            return s;
        if (auto s = AuditLog::append(db, r.summary.id, actor.login, QStringLiteral("suspension-ended"),
                                      QStringLiteral("on %1, automatically: %2").arg(iso(sus.endedOn), why));
            !s)
            return s;
    }
    return ok();
}

bool changesDelivery(BodyResult result)
{
    return result == BodyResult::Reversed || result == BodyResult::PartlyReversed;
}

AppealService::AppealService(CaseService &cases) : m_cases(cases)
{}

Result<Appeal> AppealService::registerAppeal(const QString &caseNumber, const AppealInput &in)
{
    Appeal made;
    Database &db = m_cases.database();
    Status s = Operation(m_cases, Action::RegisterAppeal).run(caseNumber, [&](CaseRecord &r, const User &actor) {
        const appeal::Contested letter = appeal::contestedLetter(r);
        if (auto c = checkInput(in, letter.sentOn); !c)
            return c;
        auto settings = loadCaseworkSettings(db);
        if (!settings)
            return Status(settings.error());
        Appeal a;
        a.decisionVersion = r.currentDecision() ? r.currentDecision()->version : 0;
        a.letterDocument = letter.document;
        a.letterSentOn = letter.sentOn;
        a.receivedOn = in.receivedOn;
        a.postedOn = in.postedOn;
        a.appellant = in.appellant.trimmed();
        a.contests = in.contests.trimmed();
        a.text = in.text.trimmed();
        a.lastDay = appeal::lastDayToAppeal(letter.sentOn, r.appeals.deliveryDays, settings->calendar);
        a.inTime = appeal::inTime(a.lastDay, a.receivedOn, a.postedOn);
        if (a.inTime)
            a.preparationDue = settings->calendar.addWorkingDays(a.receivedOn, r.appeals.preparationWorkingDays);
        auto entry = journalIncomingEntry(
            db, r, actor.login, QStringLiteral("appeal"), QStringLiteral("Klage"), a.receivedOn);
        if (!entry)
            return Status(entry.error());
        if (auto f = storeFile(db, r, QStringLiteral("appeal"), in.file, entry->id, actor.id, a.attachmentId); !f)
            return f;
        auto id = AppealStore::insert(db, r.summary.id, a, actor.id);
        if (!id)
            return Status(id.error());
        a.id = id.value();
        const QString detail =
            QStringLiteral("appeal from %1 received %2 against letter %3 (last day %4): %5")
                .arg(a.appellant, iso(a.receivedOn))
                .arg(a.letterDocument)
                .arg(iso(a.lastDay), a.inTime ? QStringLiteral("in time") : QStringLiteral("late"))
            + fileDetail(in.file);
        if (auto e = AuditLog::append(db, r.summary.id, actor.login, QStringLiteral("appeal-received"), detail); !e)
            return e;
        made = a;
        if (!a.inTime)
            return ok();
        return m_cases.applyAction(r.summary.id, CaseAction::ReopenForAppeal,
                                   QStringLiteral("appeal to prepare by %1").arg(iso(a.preparationDue)));
    });
    if (!s)
        return s.error();
    return made;
}

Status AppealService::change(const QString &caseNumber, Action action, const Change &body)
{
    return Operation(m_cases, action).run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
        Appeal a = *r.appeals.current(); // the rule book has checked there is one in the right state
        if (auto s = body(r, actor, a); !s)
            return s;
        return AppealStore::update(m_cases.database(), a, actor.id);
    });
}

Status AppealService::considerLate(const QString &caseNumber, const QString &reason)
{
    return change(caseNumber, Action::DecideLateAppeal, [&](CaseRecord &r, const User &actor, Appeal &a) -> Status {
        auto due = preparationDue(m_cases.database(), r, today());
        if (!due)
            return due.error();
        a.late = LateHandling::Considered;
        a.lateReason = reason.trimmed();
        a.lateDecidedOn = today();
        a.preparationDue = due.value();
        if (auto s = AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("appeal-late-considered"),
                QStringLiteral("late appeal considered (fvl § 31)%1")
                    .arg(a.lateReason.isEmpty() ? QString() : QStringLiteral(": ") + a.lateReason));
            !s)
            return s;
        return m_cases.applyAction(r.summary.id, CaseAction::ReopenForAppeal,
                                   QStringLiteral("appeal to prepare by %1").arg(iso(a.preparationDue)));
    });
}

Status AppealService::rejectLate(const QString &caseNumber, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Give the reason the late appeal is rejected: it is a decision and needs reasons"),
                     caseNumber.trimmed()};
    return change(caseNumber, Action::DecideLateAppeal, [&](CaseRecord &r, const User &actor, Appeal &a) -> Status {
        a.late = LateHandling::Rejected;
        a.lateReason = reason.trimmed();
        a.lateDecidedOn = today();
        a.outcome = HdsOutcome::Rejected;
        a.outcomeOn = today();
        return AuditLog::append(m_cases.database(), r.summary.id, actor.login, QStringLiteral("appeal-rejected"),
                                QStringLiteral("late appeal rejected (fvl § 31): %1").arg(a.lateReason));
    });
}

Result<int> AppealService::reverse(const QString &caseNumber, bool partly)
{
    int version = 0;
    Status s = change(caseNumber, Action::ReverseAppeal, [&](CaseRecord &r, const User &actor, Appeal &a) -> Status {
        a.outcome = partly ? HdsOutcome::PartlyReversed : HdsOutcome::Reversed;
        a.outcomeOn = today();
        if (auto e = AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("appeal-reversed"),
                partly ? QStringLiteral("HDS reverses decision %1 in part after the appeal").arg(a.decisionVersion)
                       : QStringLiteral("HDS reverses decision %1 after the appeal").arg(a.decisionVersion));
            !e)
            return e;
        // The new version, drafted inside this transaction like any other draft; an appeal and
        // its decision carry no fee.
        return draftReversal(m_cases, caseNumber, a, version, [](const CaseRecord &, Decision &d) -> Status {
            d.feeExemption = toCode(FeeExemption::Appeal);
            return ok();
        });
    });
    if (!s)
        return s.error();
    return version;
}

Status AppealService::forward(const QString &caseNumber, const QString &view, int commentDays)
{
    if (view.trimmed().isEmpty())
        return Error{Tr::tr("State HDS's view of the appeal: the forwarding letter needs it"), caseNumber.trimmed()};
    if (commentDays < 0 || commentDays > 90)
        return Error{Tr::tr("The appellant's time to comment must be 1 to 90 days, not %1").arg(commentDays),
                     caseNumber.trimmed()};
    return change(caseNumber, Action::ForwardAppeal, [&](CaseRecord &r, const User &, Appeal &a) -> Status {
        a.outcome = HdsOutcome::UpheldForwarded;
        a.outcomeOn = today();
        a.forwardedOn = today();
        a.hdsView = view.trimmed();
        a.commentDue = today().addDays(commentDays > 0 ? commentDays : r.appeals.commentDays);
        // Forwarded again after being sent back: the earlier result stays in the history.
        a.bodyResult = BodyResult::None;
        a.bodyResultOn = {};
        a.bodyReference.clear();
        a.bodyDocumentId = 0;
        return m_cases.applyAction(
            r.summary.id, CaseAction::ForwardAppeal,
            QStringLiteral("appeal upheld by HDS and forwarded to %1; comments by %2")
                .arg(r.appeals.appealBody, iso(a.commentDue)));
    });
}

Status AppealService::recordResult(const QString &caseNumber, BodyResult result, const QDate &on,
                                   const QString &reference, const IncomingFile &file)
{
    if (result == BodyResult::None)
        return Error{Tr::tr("Say what the appeal body decided"), caseNumber.trimmed()};
    if (!on.isValid())
        return Error{Tr::tr("Give the day of the appeal body's decision"), caseNumber.trimmed()};
    if (!file.isEmpty())
        if (auto s = incoming::checkFile(file); !s)
            return s;
    return change(caseNumber, Action::RecordAppealResult, [&](CaseRecord &r, const User &actor, Appeal &a) -> Status {
        if (on > today())
            return fail(Tr::tr("%1 is in the future: record the result when it has come").arg(shown(on)));
        if (on < a.forwardedOn)
            return fail(Tr::tr("%1 is before the appeal was forwarded (%2)").arg(shown(on), shown(a.forwardedOn)));
        a.bodyResult = result;
        a.bodyResultOn = on;
        a.bodyReference = reference.trimmed();
        // The appeal body's decision is an incoming document from it, with the file when given.
        auto entry = journalIncomingEntry(m_cases.database(), r, actor.login, QStringLiteral("appeal-result"),
                                          QStringLiteral("Klagevedtak"), on, {}, r.appeals.appealBody);
        if (!entry)
            return entry.error();
        a.bodyDocumentId = 0;
        if (auto f = storeFile(
                m_cases.database(), r, QStringLiteral("appeal-result"), file, entry->id, actor.id, a.bodyDocumentId);
            !f)
            return f;
        // A final decision is for information; one sent back is answered by HDS's new decision.
        if (result != BodyResult::SentBack)
            if (auto c = Journal::closeForInformation(m_cases.database(), entry->id, today(),
                                                      QStringLiteral("Klageinstansens endelige vedtak"), actor.login);
                !c)
                return c;
        if (auto e = AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("appeal-result"),
                QStringLiteral("%1 decided the appeal on %2: %3%4%5")
                        .arg(r.appeals.appealBody, iso(on), toCode(result),
                             a.bodyReference.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.bodyReference),
                             changesDelivery(result) ? QStringLiteral("; new registry notices to be sent") : QString())
                    + fileDetail(file));
            !e)
            return e;
        if (result != BodyResult::SentBack)
            return endSuspensionWithAppeal(
                m_cases.database(), r, actor, on, QStringLiteral("the appeal body decided the appeal"));
        auto due = preparationDue(m_cases.database(), r, today());
        if (!due)
            return due.error();
        a.preparationDue = due.value();
        return m_cases.applyAction(
            r.summary.id, CaseAction::ReopenForAppeal,
            QStringLiteral("sent back for new consideration; to prepare by %1").arg(iso(a.preparationDue)));
    });
}

Result<QByteArray> AppealService::receivedFile(const QString &caseNumber, qint64 id)
{
    auto r = m_cases.load(caseNumber);
    if (!r)
        return r.error();
    return IncomingDocumentStore::content(m_cases.database(), r->summary.id, id);
}

Result<int> AppealService::recordBodyDecision(const QString &caseNumber)
{
    int version = 0;
    Status s = change(caseNumber, Action::RecordBodyDecision, [&](CaseRecord &r, const User &, Appeal &a) -> Status {
        const Decision before = *r.currentDecision(); // the approved decision the body reversed
        const QString body = r.appeals.appealBody;
        const Language language = r.application.language;
        if (auto e = m_cases.applyAction(
                r.summary.id, CaseAction::ReopenForAppeal,
                QStringLiteral("%1's decision of %2%3 (%4) to be recorded as a new decision version")
                    .arg(body, iso(a.bodyResultOn),
                         a.bodyReference.isEmpty() ? QString() : QStringLiteral(", ") + a.bodyReference,
                         toCode(a.bodyResult)));
            !e)
            return e;
        return draftReversal(m_cases, caseNumber, a, version, [&](const CaseRecord &, Decision &d) -> Status {
            appeal::prefillFromBody(d, before, a, body, language);
            return ok();
        });
    });
    if (!s)
        return s.error();
    return version;
}

Status AppealService::withdraw(const QString &caseNumber, const QDate &on)
{
    const QDate day = on.isValid() ? on : today();
    return change(caseNumber, Action::WithdrawAppeal, [&](CaseRecord &r, const User &actor, Appeal &a) -> Status {
        if (day > today())
            return fail(Tr::tr("%1 is in the future: record the withdrawal when it has come in").arg(shown(day)));
        if (day < a.receivedOn)
            return fail(Tr::tr("The appeal cannot be withdrawn on %1, before it was received (%2)")
                            .arg(shown(day), shown(a.receivedOn)));
        a.outcome = HdsOutcome::Withdrawn;
        a.outcomeOn = day;
        if (auto e = AuditLog::append(
                m_cases.database(), r.summary.id, actor.login, QStringLiteral("appeal-withdrawn"),
                QStringLiteral("the appellant withdrew the appeal received %1 on %2").arg(iso(a.receivedOn), iso(day)));
            !e)
            return e;
        if (auto e = endSuspensionWithAppeal(
                m_cases.database(), r, actor, day, QStringLiteral("the appeal was withdrawn"));
            !e)
            return e;
        if (r.summary.status != CaseStatus::UnderAssessment)
            return ok(); // late and undecided, or with the appeal body: the case is where it was
        return m_cases.applyAction(r.summary.id, CaseAction::WithdrawAppeal,
                                   QStringLiteral("appeal withdrawn on %1; the decision stands").arg(iso(day)));
    });
}

} // namespace fv
