#include "casework/CaseworkText.h"

#include "rules/CaseRules.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <map>

namespace fv {

Urgency urgencyOf(const CaseTask &task)
{
    if (task.overdue)
        return Urgency::Overdue;
    return task.workingDaysLeft <= 5 ? Urgency::Soon : Urgency::OnTime;
}

QString CaseworkText::itemName(AssessmentItem item)
{
    return caserules::itemName(item); // the rule book's words, so a refusal and the checklist agree
}

QString CaseworkText::itemHint(AssessmentItem item)
{
    switch (item) {
    case AssessmentItem::Purpose:
        return tr("The purpose is explicit, allowed and compatible with the registry's own purpose.");
    case AssessmentItem::LegalBasis:
        return tr("The recipient's basis in GDPR art. 6(1) and 9(2), with the DPO's advice or a DPIA.");
    case AssessmentItem::Rek: return tr("REK has approved the project (helseforskningsloven § 33).");
    case AssessmentItem::InstitutionApproval: return tr("The applicant's own institution has approved the project.");
    case AssessmentItem::Minimisation:
        return tr("Every variable and period is necessary; no direct identifiers without special reasons.");
    case AssessmentItem::Security: return tr("The security measures and the storage environment are described.");
    case AssessmentItem::SocietyInterest:
        return tr("Of substantial interest to society and ethically, medically and professionally unobjectionable.");
    case AssessmentItem::Linkage: return tr("The linkage between sources is described and justified.");
    case AssessmentItem::Deletion: return tr("The project's end date and the deletion or anonymisation date are set.");
    case AssessmentItem::SecurityScreening: return tr("National-security screening of large datasets.");
    }
    return {};
}

QString CaseworkText::resultName(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Unsettled: return tr("Not assessed");
    case AssessmentResult::Fulfilled: return tr("Fulfilled");
    case AssessmentResult::NotFulfilled: return tr("Not fulfilled");
    case AssessmentResult::NotRelevant: return tr("Not relevant");
    }
    return {};
}

QString CaseworkText::answerName(ConsultationAnswer answer)
{
    switch (answer) {
    case ConsultationAnswer::Grant: return tr("Grant");
    case ConsultationAnswer::Partly: return tr("Grant in part");
    case ConsultationAnswer::Refuse: return tr("Refuse");
    }
    return {};
}

QString CaseworkText::taskName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::StatutoryDeadline: return tr("Decision deadline");
    case TaskKind::PreliminaryReply: return tr("Preliminary reply");
    case TaskKind::ApplicantAnswer: return tr("Applicant's answer");
    case TaskKind::Reminder: return tr("Answer after reminder");
    case TaskKind::Consultation: return tr("Registry manager's answer");
    case TaskKind::DataDelivery: return tr("Delivery of the data");
    case TaskKind::EndReport: return tr("End report");
    case TaskKind::DeletionConfirmation: return tr("Confirmation of deletion");
    case TaskKind::AppealPreparation: return tr("Appeal prepared");
    case TaskKind::AppealBodyDecision: return tr("The appeal body's decision carried out");
    }
    return {};
}

QString CaseworkText::timelineName(const QString &code)
{
    static const std::map<QString, const char *> names = {
        {QStringLiteral("imported"), QT_TR_NOOP("Application received")},
        {QStringLiteral("registered"), QT_TR_NOOP("Application registered")},
        {QStringLiteral("assigned"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("start-completeness-check"), QT_TR_NOOP("Completeness check started")},
        {QStringLiteral("complete"), QT_TR_NOOP("Application complete")},
        {QStringLiteral("request-info"), QT_TR_NOOP("Information requested")},
        {QStringLiteral("info-received"), QT_TR_NOOP("Information received")},
        {QStringLiteral("reminder-sent"), QT_TR_NOOP("Reminder sent")},
        {QStringLiteral("reject-no-reply"), QT_TR_NOOP("Rejected, no reply")},
        {QStringLiteral("withdraw"), QT_TR_NOOP("Withdrawn")},
        {QStringLiteral("close"), QT_TR_NOOP("Closed")},
        {QStringLiteral("forward"), QT_TR_NOOP("Forwarded to the registry managers")},
        {QStringLiteral("registry-forwarded"), QT_TR_NOOP("Registry forwarded")},
        {QStringLiteral("preliminary-reply-sent"), QT_TR_NOOP("Preliminary reply sent")},
        {QStringLiteral("assessed"), QT_TR_NOOP("Assessed")},
        {QStringLiteral("consultation-sent"), QT_TR_NOOP("Registry manager consulted")},
        {QStringLiteral("consultation-answered"), QT_TR_NOOP("Registry manager answered")},
        {QStringLiteral("note-added"), QT_TR_NOOP("Note")},
        {QStringLiteral("draft"), QT_TR_NOOP("Decision drafted")},
        {QStringLiteral("decision-edited"), QT_TR_NOOP("Decision edited")},
        {QStringLiteral("submit"), QT_TR_NOOP("Submitted for approval")},
        {QStringLiteral("approve"), QT_TR_NOOP("Decision approved")},
        {QStringLiteral("return"), QT_TR_NOOP("Returned to the drafter")},
        {QStringLiteral("send"), QT_TR_NOOP("Letter sent")},
        {QStringLiteral("letter-sent"), QT_TR_NOOP("Letter sent")},
        {QStringLiteral("application-edited"), QT_TR_NOOP("Application corrected")},
        {QStringLiteral("attachment-stored"), QT_TR_NOOP("Attachment stored")},
        {QStringLiteral("conditions-edited"), QT_TR_NOOP("Conditions edited")},
        {QStringLiteral("generated"), QT_TR_NOOP("Synthetic case generated")},
        {QStringLiteral("database-restored"), QT_TR_NOOP("Database restored")},
        {QStringLiteral("setting-changed"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("statutory-deadline"), QT_TR_NOOP("Decision deadline")},
        {QStringLiteral("preliminary-reply"), QT_TR_NOOP("Preliminary reply due")},
        {QStringLiteral("applicant-answer"), QT_TR_NOOP("Applicant's answer due")},
        {QStringLiteral("reminder"), QT_TR_NOOP("Answer due after reminder")},
        {QStringLiteral("consultation"), QT_TR_NOOP("Registry manager's answer due")},
        {QStringLiteral("pause"), QT_TR_NOOP("Clock paused")},
        {QStringLiteral("delivery-ordered"), QT_TR_NOOP("Data ordered")},
        {QStringLiteral("delivery-delayed"), QT_TR_NOOP("Delivery delayed")},
        {QStringLiteral("delivery-delivered"), QT_TR_NOOP("Data delivered")},
        {QStringLiteral("end-report-received"), QT_TR_NOOP("End report received")},
        {QStringLiteral("deletion-confirmed"), QT_TR_NOOP("Deletion confirmed")},
    };
    const auto it = names.find(code);
    return it == names.end() ? code : tr(it->second);
}

QString CaseworkText::eventDetail(const QString &code, const QString &detail)
{
    // The stored text is audit evidence and stays as written; only its display is translated:
    // an assessment's "purpose: fulfilled" and an answer's code become words, ISO dates dd.MM.yyyy.
    QString text = detail;
    static const QRegularExpression codePair(QStringLiteral("^([a-z-]+): ([a-z-]+)"));
    if (const auto m = codePair.match(text); m.hasMatch() && code == QLatin1String("assessed")) {
        const auto item = assessmentItemFromCode(m.captured(1));
        const auto result = assessmentResultFromCode(m.captured(2));
        if (item && result)
            text.replace(0, m.capturedLength(), tr("%1: %2").arg(itemName(*item), resultName(*result).toLower()));
    } else if (const auto answer = consultationAnswerFromCode(text.section(QLatin1Char(' '), 0, 0));
               answer && code.startsWith(QLatin1String("consultation"))) {
        text.replace(0, text.section(QLatin1Char(' '), 0, 0).size(), answerName(*answer));
    }
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    text.replace(iso, QStringLiteral("\\3.\\2.\\1"));
    return text;
}

QString CaseworkText::dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy hh:mm")) : QStringLiteral("–");
}

QString CaseworkText::dueText(const CaseTask &task)
{
    if (task.overdue)
        return tr("Overdue by %n working day(s)", nullptr, std::max(1, -task.workingDaysLeft));
    if (task.workingDaysLeft <= 0)
        return tr("Due today");
    return tr("%n working day(s) left", nullptr, task.workingDaysLeft);
}

QString CaseworkText::nextStep(const CaseTask &task)
{
    if (!task.overdue)
        return {};
    switch (task.kind) {
    case TaskKind::StatutoryDeadline: return tr("decide as soon as possible");
    case TaskKind::PreliminaryReply: return tr("send the preliminary reply");
    case TaskKind::ApplicantAnswer: return tr("send a reminder");
    case TaskKind::Reminder: return tr("propose rejection for no reply");
    case TaskKind::Consultation: return tr("remind the registry manager");
    case TaskKind::DataDelivery: return tr("ask the registry manager about the delivery");
    case TaskKind::EndReport:
    case TaskKind::DeletionConfirmation: return tr("send the end-of-project reminder");
    case TaskKind::AppealPreparation: return tr("reverse the decision or forward the appeal");
    case TaskKind::AppealBodyDecision:
        return tr("record the appeal body's decision as a new version, or send its letter and registry notices");
    }
    return {};
}

QString CaseworkText::userName(const std::map<QString, QString> &names, const QString &login)
{
    const auto it = names.find(login);
    return it == names.end() || it->second.trimmed().isEmpty() ? login : it->second;
}

QString CaseworkText::date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("–");
}

QIcon CaseworkText::urgencyIcon(Urgency urgency)
{
    QStyle *style = QApplication::style();
    switch (urgency) {
    case Urgency::Overdue: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Urgency::Soon: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Urgency::OnTime:
    case Urgency::None: break;
    }
    return {};
}

QColor CaseworkText::urgencyBackground(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue: return tones::background(Tone::Error, QApplication::palette(), QPalette::Base);
    case Urgency::Soon: return tones::background(Tone::Warning, QApplication::palette(), QPalette::Base);
    case Urgency::OnTime:
    case Urgency::None: break;
    }
    return {};
}

QColor CaseworkText::urgencyForeground(Urgency urgency)
{
    switch (urgency) {
    // Readable on the row's tint, and so on the plain row too.
    case Urgency::Overdue: return tones::textOn(Tone::Error, QApplication::palette(), urgencyBackground(urgency));
    case Urgency::Soon: return tones::textOn(Tone::Warning, QApplication::palette(), urgencyBackground(urgency));
    case Urgency::OnTime:
    case Urgency::None: break;
    }
    return {};
}

QVariant CaseworkText::deadlineCell(const DeadlineStatus *d, int role, int sortRole)
{
    const CaseTask *task = d ? d->mostUrgent() : nullptr;
    const bool pausedOnly = d && d->paused && (!task || !task->overdue);
    const Urgency urgency = task ? urgencyOf(*task) : Urgency::None;
    if (role == sortRole)
        return task ? task->due.toString(Qt::ISODate) : QStringLiteral("9999");
    if (!task)
        return role == Qt::DisplayRole && d && d->paused
            ? QVariant(tr("Paused: waiting for the applicant"))
            : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (task->overdue)
            return tr("Overdue by %n working day(s)", nullptr, std::max(1, -task->workingDaysLeft))
                + QStringLiteral(" · ") + taskName(task->kind);
        if (pausedOnly && task->kind == TaskKind::ApplicantAnswer)
            return tr("Paused · answer %1").arg(date(task->due));
        return tr("%1 · %2").arg(date(task->due), taskName(task->kind));
    case Qt::DecorationRole: return urgencyIcon(urgency);
    case Qt::BackgroundRole:
        return urgency == Urgency::Overdue || urgency == Urgency::Soon
            ? QVariant(urgencyBackground(urgency))
            : QVariant();
    case Qt::ForegroundRole:
        return urgency == Urgency::Overdue || urgency == Urgency::Soon
            ? QVariant(urgencyForeground(urgency))
            : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2%3: %4")
                          .arg(taskName(task->kind), date(task->due),
                               task->registry.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(task->registry),
                               dueText(*task));
        if (d->tasks.size() > 1)
            tip += QLatin1Char('\n')
                + tr("%n more dated task(s) on this case", nullptr, static_cast<int>(d->tasks.size() - 1));
        return tip;
    }
    default: break;
    }
    return {};
}

} // namespace fv
