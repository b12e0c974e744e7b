#include "letters/AppealContext.h"

#include "appeal/Appeal.h"
#include "appeal/BodyDecision.h"
#include "casework/CaseService.h"
#include "decision/StandardTexts.h"

#include <QCoreApplication>

namespace fv {
namespace {

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

QVariantList list(const QStringList &items)
{
    QVariantList out;
    for (const QString &i : items)
        out << i;
    return out;
}

enum class CaseDocument { Application, Appeal };

// A case document that is not a stored letter, in the letter's language (the letter is wholly in it).
QString caseDocumentLine(Language language, CaseDocument what, const QString &from, const QString &received)
{
    const bool application = what == CaseDocument::Application;
    switch (language) {
    case Language::Nynorsk:
        return application ? QStringLiteral("Søknaden, motteken %1").arg(received)
                           : QStringLiteral("Klaga frå %1, motteken %2").arg(from, received);
    case Language::English:
        return application ? QStringLiteral("The application, received %1").arg(received)
                           : QStringLiteral("The appeal from %1, received %2").arg(from, received);
    case Language::Bokmaal: break;
    }
    return application ? QStringLiteral("Søknaden, mottatt %1").arg(received)
                       : QStringLiteral("Klagen fra %1, mottatt %2").arg(from, received);
}

} // namespace

void fillAppealLetter(LetterInput &in, const CaseRecord &record)
{
    const Appeal *a = record.appeals.current();
    if (!a)
        return;
    AppealLetterDetails &d = in.appeal;
    d.present = true;
    d.appellant = a->appellant;
    d.contests = a->contests;
    d.receivedOn = a->receivedOn;
    d.contestedDate = a->letterSentOn;
    d.contestedReference = record.summary.caseNumber + QLatin1Char('-') + QString::number(a->letterDocument);
    d.lastDay = a->lastDay;
    d.inTime = a->inTime;
    d.considered = a->late == LateHandling::Considered;
    d.lateReason = a->lateReason;
    d.preparationDue = a->preparationDue;
    d.view = a->hdsView;
    d.commentDue = a->commentDue;
    d.body = record.appeals.appealBody;
    const Decision *current = record.currentDecision();
    d.reversal = a->reversingVersion > 0 && current && current->version == a->reversingVersion;
    d.partly = a->outcome == HdsOutcome::PartlyReversed;
    if (d.reversal && appeal::implementsBody(record)) { // the body reversed, not HDS (§ 33)
        d.reversal = false;
        d.bodyDecision = true;
        d.bodyDate = a->bodyResultOn;
        d.bodyReference = a->bodyReference;
        d.partly = a->bodyResult == BodyResult::PartlyReversed;
        d.changedRegistries = appeal::changedByBody(record);
    }
    // The case documents the appeal body receives: the application, the letters and the appeal itself.
    d.documents << caseDocumentLine(
        in.language, CaseDocument::Application, QString(), letterDate(record.summary.received, in.language));
    for (const StoredDocument &doc : record.documents)
        d.documents << QStringLiteral("%1-%2 %3 (%4)")
                           .arg(record.summary.caseNumber)
                           .arg(doc.number)
                           .arg(doc.title, letterDate(doc.createdAt.date(), in.language));
    d.documents << caseDocumentLine(
        in.language, CaseDocument::Appeal, a->appellant, letterDate(a->receivedOn, in.language));
}

void fillSampleAppeal(LetterInput &in)
{
    AppealLetterDetails &d = in.appeal;
    d.present = true;
    d.appellant = in.application.projectLeader.name;
    d.contests = QStringLiteral("…");
    d.receivedOn = in.date.addDays(-7);
    d.contestedDate = in.date.addDays(-21);
    d.contestedReference = in.caseNumber + QStringLiteral("-2");
    d.lastDay = in.date.addDays(3);
    d.lateReason = QStringLiteral("…");
    d.preparationDue = in.date.addDays(42);
    d.view = QStringLiteral("…");
    d.commentDue = in.date.addDays(14);
    d.body = in.settings.appealBody;
    d.documents = {in.caseNumber + QStringLiteral("-1 …"), in.caseNumber + QStringLiteral("-2 …")};
}

QVariantMap appealContext(const LetterInput &input)
{
    const AppealLetterDetails &d = input.appeal;
    const Language l = input.language;
    return QVariantMap{
        {QStringLiteral("present"), d.present},
        {QStringLiteral("appellant"), d.appellant},
        {QStringLiteral("contests"), d.contests},
        {QStringLiteral("receivedOn"), letterDate(d.receivedOn, l)},
        {QStringLiteral("contestedDate"), letterDate(d.contestedDate, l)},
        {QStringLiteral("contestedReference"), d.contestedReference},
        {QStringLiteral("lastDay"), letterDate(d.lastDay, l)},
        {QStringLiteral("inTime"), d.inTime},
        {QStringLiteral("considered"), d.considered},
        {QStringLiteral("lateReasonParagraphs"), list(paragraphs(d.lateReason))},
        {QStringLiteral("hasLateReason"), !d.lateReason.trimmed().isEmpty()},
        {QStringLiteral("preparationDue"), letterDate(d.preparationDue, l)},
        {QStringLiteral("hasPreparationDue"), d.preparationDue.isValid()},
        {QStringLiteral("viewParagraphs"), list(paragraphs(d.view))},
        {QStringLiteral("commentDue"), letterDate(d.commentDue, l)},
        {QStringLiteral("body"), d.body.isEmpty() ? input.settings.appealBody : d.body},
        {QStringLiteral("reversal"), d.reversal},
        {QStringLiteral("partly"), d.partly},
        {QStringLiteral("bodyDecision"), d.bodyDecision},
        {QStringLiteral("bodyDate"), letterDate(d.bodyDate, l)},
        {QStringLiteral("bodyReference"), d.bodyReference},
        {QStringLiteral("hasBodyReference"), !d.bodyReference.isEmpty()},
        {QStringLiteral("documents"), list(d.documents)},
        {QStringLiteral("hasDocuments"), !d.documents.isEmpty()},
    };
}

Status appealLetterMakesSense(const CaseRecord &record, LetterKind kind)
{
    const Appeal *a = record.appeals.current();
    if (!a)
        return fail(QCoreApplication::translate("fv::Letters", "no appeal is registered in this case"));
    switch (kind) {
    case LetterKind::AppealReceived:
        if (a->state() == AppealState::AwaitingLateDecision)
            return fail(QCoreApplication::translate(
                "fv::Letters", "the appeal came in late: consider it or reject it before acknowledging it"));
        if (a->state() == AppealState::Rejected)
            return fail(QCoreApplication::translate(
                "fv::Letters", "the appeal was rejected as late: send the rejection letter instead"));
        return ok();
    case LetterKind::AppealForwarding:
    case LetterKind::AppealCopy:
        if (!a->forwardedOn.isValid())
            return fail(
                QCoreApplication::translate("fv::Letters", "the appeal has not been forwarded to the appeal body"));
        return ok();
    case LetterKind::AppealRejection:
        if (a->late != LateHandling::Rejected)
            return fail(QCoreApplication::translate("fv::Letters", "the appeal has not been rejected as late"));
        return ok();
    default: return ok();
    }
}

} // namespace fv
