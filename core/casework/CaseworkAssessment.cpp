// CaseworkService: the legal assessment, registry consultations, notes and forwarding.
#include "Clock.h"
#include "archive/Journal.h"
#include "casework/CaseworkService.h"
#include "casework/CaseworkStore.h"
#include "decision/DecisionServer.h"
#include "decision/DecisionStore.h"
#include "registry/RegistryCatalogue.h"
#include "rules/CaseRules.h"
#include "rules/Permissions.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

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

// The registry code as the application has it, or a refusal naming what it asks for.
Result<QString> requestedRegistry(const CaseRecord &r, const QString &registry)
{
    const QStringList codes = r.application.registryCodes();
    for (const QString &c : codes)
        if (c.compare(registry.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return fail(Tr::tr("The application does not ask for the registry %1 (it asks for %2)")
                    .arg(registry, codes.join(QStringLiteral(", "))));
}

QString managerOf(Database &db, const QString &code)
{
    auto map = loadRegistryMap(db);
    if (!map)
        return {};
    auto it = map->find(code);
    return it == map->end() ? QString() : it->second.manager;
}

QString withNote(const QString &text, const QString &note)
{
    return note.trimmed().isEmpty() ? text : text + QStringLiteral(" – ") + note.trimmed();
}

} // namespace

Status CaseworkService::assess(const QString &caseNumber, AssessmentItem item, AssessmentResult result,
                               const QString &note)
{
    const auto itemRule = [item](const User &u, const CaseRecord &) { return caserules::mayAssessItem(u, item); };
    return inCase(
        Action::Assess, caseNumber,
        [&](CaseRecord &r) -> Status {
            if (result == AssessmentResult::Unsettled)
                return fail(Tr::tr("Record fulfilled, not fulfilled or not relevant for \"%1\"")
                                .arg(caserules::itemName(item)));
            const AssessmentEntry *entry = r.casework.assessment.find(item);
            const bool required = entry && entry->required;
            if (note.trimmed().isEmpty()
                && (result == AssessmentResult::NotFulfilled || (result == AssessmentResult::NotRelevant && required)))
                return fail(Tr::tr("Say why \"%1\" is not fulfilled or not relevant: a note is required")
                                .arg(caserules::itemName(item)));
            if (auto s = CaseworkStore::saveAssessment(
                    m_cases.database(), r.summary.id, toCode(item), toCode(result), note.trimmed(), m_cases.actor().id);
                !s)
                return s;
            return appendEvent(r, QStringLiteral("assessed"),
                               withNote(QStringLiteral("%1: %2").arg(toCode(item), toCode(result)), note));
        },
        itemRule);
}

Status CaseworkService::consult(const QString &caseNumber, const QString &registry, const QDate &due, const QDate &on)
{
    return inCase(Action::Consult, caseNumber, [&](CaseRecord &r) -> Status {
        auto code = requestedRegistry(r, registry);
        if (!code)
            return code.error();
        if (const Consultation *open = r.casework.openConsultation(code.value()))
            return fail(Tr::tr("%1 was consulted on %2 and has until %3 to answer")
                            .arg(code.value(), shown(open->sentOn), shown(open->due)));
        if (r.casework.forwarding(code.value()))
            return fail(Tr::tr("%1 is forwarded to its registry manager, who decides it").arg(code.value()));
        auto day = checkedDay(r, on, Tr::tr("the consultation"));
        if (!day)
            return day.error();
        if (!due.isValid() || due <= day.value())
            return fail(
                Tr::tr("The answer must be due after the day the consultation is sent (%1)").arg(shown(day.value())));
        if (auto s = CaseworkStore::addConsultation(
                m_cases.database(), r.summary.id, code.value(), day.value(), due, m_cases.actor().id);
            !s)
            return s;
        const QString manager = managerOf(m_cases.database(), code.value());
        return appendEvent(
            r, QStringLiteral("consultation-sent"),
            QStringLiteral("%1 asked on %2 for its view on %3, answer due %4")
                .arg(manager.isEmpty() ? QStringLiteral("the registry manager") : manager, iso(day.value()),
                     code.value(), iso(due)));
    });
}

Status CaseworkService::consulted(const QString &caseNumber, const QString &registry, ConsultationAnswer answer,
                                  const QString &note, const QDate &on)
{
    return inCase(Action::RecordConsultation, caseNumber, [&](CaseRecord &r) -> Status {
        auto code = requestedRegistry(r, registry);
        if (!code)
            return code.error();
        const Consultation *open = r.casework.openConsultation(code.value());
        if (!open)
            return fail(Tr::tr("%1 has no consultation waiting for an answer").arg(code.value()));
        auto day = checkedDay(r, on, Tr::tr("the answer"));
        if (!day)
            return day.error();
        if (day.value() < open->sentOn)
            return fail(
                Tr::tr("%1 is before the consultation was sent (%2)").arg(shown(day.value()), shown(open->sentOn)));
        if (auto s = CaseworkStore::answerConsultation(
                m_cases.database(), open->id, day.value(), toCode(answer), note.trimmed(), m_cases.actor().id);
            !s)
            return s;
        if (auto s = journalIncoming(m_cases.database(), r, m_cases.actor().login, QStringLiteral("statement"),
                                     QStringLiteral("Uttalelse fra registerforvalter"), day.value(), code.value());
            !s)
            return s;
        return appendEvent(
            r, QStringLiteral("consultation-answered"),
            withNote(
                QStringLiteral("%1 answered on %2: %3%4")
                    .arg(code.value(), iso(day.value()), toCode(answer),
                         day.value() > open->due ? QStringLiteral(" (late; due %1)").arg(iso(open->due)) : QString()),
                note));
    });
}

Status CaseworkService::addNote(const QString &caseNumber, const QString &text, NoteAudience audience)
{
    return inCase(Action::AddNote, caseNumber, [&](CaseRecord &r) -> Status {
        if (text.trimmed().isEmpty())
            return fail(Tr::tr("The note is empty"));
        if (auto s = CaseworkStore::addNote(
                m_cases.database(), r.summary.id, toCode(audience), text.trimmed(), m_cases.actor().id);
            !s)
            return s;
        return appendEvent(r, QStringLiteral("note-added"),
                           audience == NoteAudience::Applicant ? QStringLiteral("note for the applicant")
                                                               : QStringLiteral("internal note"));
    });
}

Status CaseworkService::forward(const QString &caseNumber, const QString &registry, const QString &reason)
{
    return inCase(Action::Forward, caseNumber, [&](CaseRecord &r) -> Status {
        if (!registry.trimmed().isEmpty())
            return forwardRegistry(r, registry, reason);
        if (!transition(r.summary.status, CaseAction::Forward))
            return fail(
                Tr::tr("While the case is %1, the whole case cannot be forwarded: forward one registry at a time")
                    .arg(displayName(r.summary.status)));
        if (reason.trimmed().isEmpty())
            return fail(Tr::tr("Say why the registry manager decides this case: the reason is required"));
        if (auto s = CaseworkStore::addForwarding(
                m_cases.database(), r.summary.id, QString(), reason.trimmed(), today(), m_cases.actor().id);
            !s)
            return s;
        return m_cases.applyAction(
            r.summary.id, CaseAction::Forward,
            QStringLiteral("the case is forwarded to the registry managers (%1): %2")
                .arg(r.application.registryCodes().join(QStringLiteral(", ")), reason.trimmed()));
    });
}

Status CaseworkService::forwardRegistry(CaseRecord &r, const QString &registry, const QString &reason)
{
    auto code = requestedRegistry(r, registry);
    if (!code)
        return code.error();
    if (reason.trimmed().isEmpty())
        return fail(Tr::tr("Say why the registry manager decides %1 itself: the reason is required").arg(code.value()));
    if (const Forwarding *f = r.casework.forwarding(code.value()))
        return fail(Tr::tr("%1 was forwarded on %2").arg(code.value(), shown(f->forwardedOn)));
    const auto remaining = std::count_if(r.application.dataSources.begin(), r.application.dataSources.end(),
                                         [&](const DataSource &s) { return !r.casework.forwarding(s.registry); });
    if (remaining <= 1)
        return fail(
            Tr::tr("%1 is the last registry HDS would decide: forward the whole case instead").arg(code.value()));
    Database &db = m_cases.database();
    if (auto s = CaseworkStore::addForwarding(
            db, r.summary.id, code.value(), reason.trimmed(), today(), m_cases.actor().id);
        !s)
        return s;
    // A draft already made gets the registry's entry marked as forwarded, with the reason.
    if (const Decision *current = r.currentDecision(); current && current->status == DecisionStatus::Draft) {
        Decision d = *current;
        for (RegistryDecision &e : d.entries)
            if (e.registry == code.value()) {
                e.outcome = Outcome::Forwarded;
                e.reason = reason.trimmed();
            }
        // On the server only its function changes a draft (caseworkers have no UPDATE on decisions).
        if (db.isServer()) {
            if (auto s = serverdecision::save(db, r.summary.caseNumber, d); !s)
                return s;
        } else if (auto id = DecisionStore::save(db, r.summary.id, d); !id) {
            return id.error();
        }
    }
    const QString manager = managerOf(db, code.value());
    return appendEvent(
        r, QStringLiteral("registry-forwarded"),
        QStringLiteral("%1 forwarded to %2, who decides it: %3")
            .arg(code.value(), manager.isEmpty() ? QStringLiteral("its registry manager") : manager, reason.trimmed()));
}

} // namespace fv
