#include "casework/CaseworkTypes.h"

#include <algorithm>

namespace fv {

QString toCode(ConsultationAnswer answer)
{
    switch (answer) {
    case ConsultationAnswer::Grant: return QStringLiteral("grant");
    case ConsultationAnswer::Partly: return QStringLiteral("partly");
    case ConsultationAnswer::Refuse: return QStringLiteral("refuse");
    }
    return {};
}

std::optional<ConsultationAnswer> consultationAnswerFromCode(const QString &code)
{
    for (ConsultationAnswer a : {ConsultationAnswer::Grant, ConsultationAnswer::Partly, ConsultationAnswer::Refuse})
        if (toCode(a) == code)
            return a;
    return std::nullopt;
}

QString toCode(NoteAudience audience)
{
    return audience == NoteAudience::Applicant ? QStringLiteral("applicant") : QStringLiteral("internal");
}

QString toCode(TaskKind kind)
{
    switch (kind) {
    case TaskKind::StatutoryDeadline: return QStringLiteral("statutory-deadline");
    case TaskKind::PreliminaryReply: return QStringLiteral("preliminary-reply");
    case TaskKind::ApplicantAnswer: return QStringLiteral("applicant-answer");
    case TaskKind::Reminder: return QStringLiteral("reminder");
    case TaskKind::Consultation: return QStringLiteral("consultation");
    case TaskKind::DataDelivery: return QStringLiteral("data-delivery");
    case TaskKind::EndReport: return QStringLiteral("end-report");
    case TaskKind::DeletionConfirmation: return QStringLiteral("deletion-confirmation");
    case TaskKind::AppealBodyDecision: return QStringLiteral("appeal-body-decision");
    case TaskKind::AppealPreparation: return QStringLiteral("appeal-preparation");
    }
    return {};
}

const InfoRequest *CaseworkRecord::openRequest() const
{
    auto it = std::find_if(infoRequests.rbegin(), infoRequests.rend(), [](const InfoRequest &r) { return r.isOpen(); });
    return it == infoRequests.rend() ? nullptr : &*it;
}

const Consultation *CaseworkRecord::openConsultation(const QString &registry) const
{
    auto it = std::find_if(consultations.rbegin(), consultations.rend(), [&](const Consultation &c) {
        return !c.answered() && c.registry == registry;
    });
    return it == consultations.rend() ? nullptr : &*it;
}

const Forwarding *CaseworkRecord::forwarding(const QString &registry) const
{
    auto it = std::find_if(forwardings.begin(), forwardings.end(), [&](const Forwarding &f) {
        return f.registry == registry;
    });
    return it == forwardings.end() ? nullptr : &*it;
}

} // namespace fv
