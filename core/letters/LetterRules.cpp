#include "letters/LetterRules.h"

#include "Clock.h"
#include "appeal/BodyDecision.h"
#include "followup/FollowUp.h"
#include "letters/AppealContext.h"
#include "letters/DialogueContext.h"
#include "letters/DialogueInput.h"
#include "letters/RevocationLetters.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {
namespace {

bool delivered(const RegistryDecision &entry)
{
    return entry.outcome == Outcome::Granted || entry.outcome == Outcome::PartlyGranted;
}

bool approved(const CaseRecord &record)
{
    const Decision *d = record.currentDecision();
    return d && d->status == DecisionStatus::Approved;
}

Status infoRequestMakesSense(const CaseRecord &record, LetterKind kind)
{
    const auto &requests = record.casework.infoRequests;
    if (kind == LetterKind::Reminder && requests.empty())
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "the applicant has not been asked for information in this case, "
            "so there is nothing to remind them of"));
    if (requests.empty() || requests.back().text.trimmed().isEmpty())
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "the case has no request for information with a text, so the "
            "letter would ask the applicant for nothing; write down what "
            "the applicant must send first"));
    return ok();
}

Status forwardingMakesSense(const CaseRecord &record)
{
    const Decision *d = record.currentDecision();
    const bool decidedSo = d && std::any_of(d->entries.begin(), d->entries.end(), [](const RegistryDecision &e) {
                               return e.outcome == Outcome::Forwarded;
                           });
    if (record.casework.forwardings.empty() && !decidedSo)
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "nothing in this case is forwarded to a registry manager, so "
            "there is no forwarding letter to send; forward the case or a "
            "registry first"));
    return ok();
}

Status noticeMakesSense(const CaseRecord &record)
{
    if (!approved(record))
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "the decision is not approved yet, so the registry managers "
            "cannot be told about it"));
    if (appeal::awaitsBodyDecision(record))
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "the appeal body reversed the decision: record its decision as a new decision version first, "
            "and send the notices once that version is approved"));
    if (appeal::implementsBody(record)) { // the appeal body's decision: its changes only
        if (appeal::changedByBody(record).isEmpty())
            return fail(QCoreApplication::translate(
                "fv::Letters",
                "the appeal body's decision as recorded changes no registry, so no registry manager is sent a "
                "new notice"));
        return ok();
    }
    const auto &entries = record.currentDecision()->entries;
    if (std::none_of(entries.begin(), entries.end(), delivered))
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "the decision grants no registry, so no registry manager has "
            "anything to deliver and none is sent a notice"));
    return ok();
}

// A reminder about the end of the project only when the end report or the confirmation of
// deletion is late (followup::endReportLate / deletionLate, with the grace setting).
Status projectEndReminderMakesSense(const CaseRecord &record)
{
    const QDate day = today();
    if (followup::endReportLate(record, day) || followup::deletionLate(record, day))
        return ok();
    const QDate reportDue = followup::endReportDue(record);
    return fail(
        QCoreApplication::translate(
            "fv::Letters",
            "nothing about the end of the project is late, so there is nothing to "
            "remind the applicant of: the end report is due after %1 and the "
            "confirmation of deletion after %2, or they are recorded already")
            .arg(reportDue.isValid() ? reportDue.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—"),
                 record.application.project.deletionDate.isValid()
                     ? record.application.project.deletionDate.toString(QStringLiteral("dd.MM.yyyy"))
                     : QStringLiteral("—")));
}

Status rejectionMakesSense(const CaseRecord &record)
{
    if (record.summary.status != CaseStatus::RejectedNoReply || record.casework.infoRequests.empty())
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "the application is not rejected for want of an answer, so there is no rejection to send; "
            "a case is rejected when the reminder's deadline has passed without an answer"));
    return ok();
}

Status statementMakesSense(const CaseRecord &record, const QString &registry)
{
    const CaseStatus status = record.summary.status;
    if (status != CaseStatus::Received && status != CaseStatus::CompletenessCheck
        && status != CaseStatus::UnderAssessment)
        return fail(QCoreApplication::translate(
                        "fv::Letters",
                        "a statement is put to the applicant for comment while the case is being assessed, "
                        "before the decision is drafted; this case is now: %1")
                        .arg(displayName(status)));
    if (!statementToComment(record, registry))
        return fail(
            registry.trimmed().isEmpty()
                ? QCoreApplication::translate("fv::Letters",
                                              "no registry manager has given a statement in this case, so "
                                              "there is nothing to put to the applicant for comment")
                : QCoreApplication::translate("fv::Letters",
                                              "the registry manager of %1 has given no statement in this "
                                              "case, so there is nothing to put to the applicant for comment")
                      .arg(registry.trimmed()));
    return ok();
}

} // namespace

Status delayReasonGiven(const QString &reason, const QString &caseNumber)
{
    if (!reason.trimmed().isEmpty())
        return ok();
    QStringList codes;
    for (const DelayReason &r : delayReasons())
        codes << r.code;
    return fail(QCoreApplication::translate("fv::Letters",
                                            "a preliminary reply must say why the case takes time: choose a "
                                            "standard reason (%1) or write the reason")
                    .arg(codes.join(QStringLiteral(", "))),
                caseNumber);
}

Status letterMakesSense(const CaseRecord &record, LetterKind kind, const QString &registry)
{
    const QString where = record.summary.caseNumber;
    Status verdict = ok();
    switch (kind) {
    case LetterKind::Decision:
        if (record.currentDecision() && !approved(record))
            verdict = fail(QCoreApplication::translate(
                "fv::Letters",
                "the decision is not approved yet, so its letter cannot be "
                "sent; until then it can only be previewed as a draft"));
        break;
    case LetterKind::InfoRequest:
    case LetterKind::Reminder: verdict = infoRequestMakesSense(record, kind); break;
    case LetterKind::Forwarding: verdict = forwardingMakesSense(record); break;
    case LetterKind::RegistryNotice: verdict = noticeMakesSense(record); break;
    case LetterKind::ProjectEndReminder: verdict = projectEndReminderMakesSense(record); break;
    case LetterKind::Rejection: verdict = rejectionMakesSense(record); break;
    case LetterKind::StatementForComment: verdict = statementMakesSense(record, registry); break;
    case LetterKind::RevocationNotice:
    case LetterKind::RevocationDecision:
    case LetterKind::StopDelivery:
    case LetterKind::SuspensionDecision: verdict = revocationLetterMakesSense(record, kind); break;
    case LetterKind::AppealReceived:
    case LetterKind::AppealForwarding:
    case LetterKind::AppealCopy:
    case LetterKind::AppealRejection: verdict = appealLetterMakesSense(record, kind); break;
    case LetterKind::Receipt:
    case LetterKind::PreliminaryReply: break;
    }
    if (!verdict)
        return Error{verdict.error().message, where};
    return ok();
}

Result<QStringList> noticeRegistries(const CaseRecord &record, const std::map<QString, Registry> &catalogue,
                                     const QString &registry)
{
    if (auto s = letterMakesSense(record, LetterKind::RegistryNotice); !s)
        return s.error();
    const auto managerOf = [&](const QString &code) {
        const auto it = catalogue.find(code);
        return it == catalogue.end() || it->second.manager.isEmpty() ? code : it->second.manager;
    };
    QStringList managers, registries;
    const bool body = appeal::implementsBody(record);
    const QStringList changed = appeal::changedByBody(record);
    for (const RegistryDecision &entry : record.currentDecision()->entries) {
        // The appeal body's decision goes to the managers of the registries it changes only.
        if (!(body ? changed.contains(entry.registry) : delivered(entry))
            || managers.contains(managerOf(entry.registry)))
            continue;
        if (!registry.isEmpty() && managerOf(entry.registry) != managerOf(registry.trimmed()))
            continue;
        managers.append(managerOf(entry.registry));
        registries.append(entry.registry);
    }
    if (registries.isEmpty() && body)
        return fail(QCoreApplication::translate("fv::Letters",
                                                "the appeal body's decision does not change what the registry %1 "
                                                "delivers, so its manager is sent no new notice")
                        .arg(registry),
                    record.summary.caseNumber);
    if (registries.isEmpty())
        return fail(QCoreApplication::translate("fv::Letters",
                                                "the decision grants nothing from the registry %1, so its "
                                                "manager has nothing to deliver and is sent no notice")
                        .arg(registry),
                    record.summary.caseNumber);
    return registries;
}

} // namespace fv
