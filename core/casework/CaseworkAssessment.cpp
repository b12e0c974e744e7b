// CaseworkService: the legal assessment, registry consultations, notes and forwarding.
#include "Clock.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionStore.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Database.h"

#include <algorithm>

namespace fv {
namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The registry code as the application has it, or a refusal naming what it asks for.
Result<QString> requestedRegistry(const CaseRecord &r, const QString &registry)
{
    const QStringList codes = r.application.registryCodes();
    for (const QString &c : codes)
        if (c.compare(registry.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return fail(QStringLiteral("the application does not ask for the registry %1 (it asks for %2)")
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
    if (auto s = mayAssess(m_cases.actor(), item); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (auto s = assessmentOpen(r); !s)
            return s;
        if (result == AssessmentResult::Unsettled)
            return fail(QStringLiteral("record fulfilled, not-fulfilled or not-relevant for %1").arg(toCode(item)));
        const AssessmentEntry *entry = r.casework.assessment.find(item);
        const bool required = entry && entry->required;
        if (note.trimmed().isEmpty()
            && (result == AssessmentResult::NotFulfilled || (result == AssessmentResult::NotRelevant && required)))
            return fail(
                QStringLiteral("say why %1 is %2: a note is required (--note)").arg(toCode(item), toCode(result)));
        auto w = m_cases.database().exec(
            QStringLiteral("INSERT INTO assessment (case_id, item, result, note, assessed_by, assessed_at) VALUES "
                           "(?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, item) DO UPDATE SET result = excluded.result, "
                           "note = excluded.note, assessed_by = excluded.assessed_by, "
                           "assessed_at = excluded.assessed_at"),
            {r.summary.id, toCode(item), toCode(result), note.trimmed(), m_cases.actor().id, toStorage(now())});
        if (!w)
            return w.error();
        return appendEvent(
            r, QStringLiteral("assessed"), withNote(QStringLiteral("%1: %2").arg(toCode(item), toCode(result)), note));
    });
}

Status CaseworkService::consult(const QString &caseNumber, const QString &registry, const QDate &due, const QDate &on)
{
    if (auto s = mayWork(m_cases.actor(), QStringLiteral("consult registry managers")); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (auto s = assessmentOpen(r); !s)
            return s;
        auto code = requestedRegistry(r, registry);
        if (!code)
            return code.error();
        if (const Consultation *open = r.casework.openConsultation(code.value()))
            return fail(QStringLiteral("%1 was consulted on %2 and has until %3 to answer")
                            .arg(code.value(), iso(open->sentOn), iso(open->due)));
        if (r.casework.forwarding(code.value()))
            return fail(QStringLiteral("%1 is forwarded to its registry manager, who decides it").arg(code.value()));
        auto day = checkedDay(r, on, QStringLiteral("the consultation"));
        if (!day)
            return day.error();
        if (!due.isValid() || due <= day.value())
            return fail(QStringLiteral("the answer must be due after the day the consultation is sent (%1)")
                            .arg(iso(day.value())));
        auto ins = m_cases.database().exec(
            QStringLiteral(
                "INSERT INTO consultation (case_id, registry, sent_on, due, sent_by) VALUES (?, ?, ?, ?, ?)"),
            {r.summary.id, code.value(), toStorage(day.value()), toStorage(due), m_cases.actor().id});
        if (!ins)
            return ins.error();
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
    if (auto s = mayWork(m_cases.actor(), QStringLiteral("record consultation answers")); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (!isOpen(r.summary.status))
            return fail(
                QStringLiteral("the case is %1; answers are recorded while it is open").arg(toCode(r.summary.status)));
        auto code = requestedRegistry(r, registry);
        if (!code)
            return code.error();
        const Consultation *open = r.casework.openConsultation(code.value());
        if (!open)
            return fail(QStringLiteral("%1 has no consultation waiting for an answer; send one with 'consult'")
                            .arg(code.value()));
        auto day = checkedDay(r, on, QStringLiteral("the answer"));
        if (!day)
            return day.error();
        if (day.value() < open->sentOn)
            return fail(
                QStringLiteral("%1 is before the consultation was sent (%2)").arg(iso(day.value()), iso(open->sentOn)));
        auto u = m_cases.database().exec(
            QStringLiteral(
                "UPDATE consultation SET answered_on = ?, answer = ?, note = ?, answered_by = ? WHERE id = ?"),
            {toStorage(day.value()), toCode(answer), note.trimmed(), m_cases.actor().id, open->id});
        if (!u)
            return u.error();
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
    if (auto s = mayWriteNotes(m_cases.actor()); !s)
        return Error{s.error().message, caseNumber};
    if (text.trimmed().isEmpty())
        return fail(QStringLiteral("the note is empty"), caseNumber);
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        auto ins = m_cases.database().exec(
            QStringLiteral(
                "INSERT INTO case_note (case_id, audience, text, written_by, written_at) VALUES (?, ?, ?, ?, ?)"),
            {r.summary.id, toCode(audience), text.trimmed(), m_cases.actor().id, toStorage(now())});
        if (!ins)
            return ins.error();
        return appendEvent(r, QStringLiteral("note-added"),
                           audience == NoteAudience::Applicant ? QStringLiteral("note for the applicant")
                                                               : QStringLiteral("internal note"));
    });
}

Status CaseworkService::forward(const QString &caseNumber, const QString &registry, const QString &reason)
{
    if (auto s = roleAllows(m_cases.actor(), CaseAction::Forward); !s)
        return Error{s.error().message, caseNumber};
    return inCase(caseNumber, [&](CaseRecord &r) -> Status {
        if (!registry.trimmed().isEmpty())
            return forwardRegistry(r, registry, reason);
        if (auto to = transition(r.summary.status, CaseAction::Forward); !to)
            return to.error();
        if (reason.trimmed().isEmpty())
            return fail(QStringLiteral("say why the registry manager decides this case: the reason is required"));
        auto ins = m_cases.database().exec(
            QStringLiteral("INSERT INTO forwarding (case_id, registry, reason, forwarded_on, forwarded_by) "
                           "VALUES (?, NULL, ?, ?, ?)"),
            {r.summary.id, reason.trimmed(), toStorage(today()), m_cases.actor().id});
        if (!ins)
            return ins.error();
        return m_cases.applyAction(
            r.summary.id, CaseAction::Forward,
            QStringLiteral("the case is forwarded to the registry managers (%1): %2")
                .arg(r.application.registryCodes().join(QStringLiteral(", ")), reason.trimmed()));
    });
}

Status CaseworkService::forwardRegistry(CaseRecord &r, const QString &registry, const QString &reason)
{
    if (auto s = assessmentOpen(r); !s)
        return s;
    auto code = requestedRegistry(r, registry);
    if (!code)
        return code.error();
    if (reason.trimmed().isEmpty())
        return fail(
            QStringLiteral("say why the registry manager decides %1 itself: the reason is required").arg(code.value()));
    if (const Forwarding *f = r.casework.forwarding(code.value()))
        return fail(QStringLiteral("%1 was forwarded on %2").arg(code.value(), iso(f->forwardedOn)));
    const auto remaining = std::count_if(r.application.dataSources.begin(), r.application.dataSources.end(),
                                         [&](const DataSource &s) { return !r.casework.forwarding(s.registry); });
    if (remaining <= 1)
        return fail(QStringLiteral("%1 is the last registry HDS would decide: forward the whole case instead")
                        .arg(code.value()));
    Database &db = m_cases.database();
    auto ins = db.exec(QStringLiteral("INSERT INTO forwarding (case_id, registry, reason, forwarded_on, forwarded_by) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {r.summary.id, code.value(), reason.trimmed(), toStorage(today()), m_cases.actor().id});
    if (!ins)
        return ins.error();
    // A draft already made gets the registry's entry marked as forwarded, with the reason.
    if (const Decision *current = r.currentDecision(); current && current->status == DecisionStatus::Draft) {
        Decision d = *current;
        for (RegistryDecision &e : d.entries)
            if (e.registry == code.value()) {
                e.outcome = Outcome::Forwarded;
                e.reason = reason.trimmed();
            }
        if (auto id = DecisionStore::save(db, r.summary.id, d); !id)
            return id.error();
    }
    const QString manager = managerOf(db, code.value());
    return appendEvent(
        r, QStringLiteral("registry-forwarded"),
        QStringLiteral("%1 forwarded to %2, who decides it: %3")
            .arg(code.value(), manager.isEmpty() ? QStringLiteral("its registry manager") : manager, reason.trimmed()));
}

} // namespace fv
