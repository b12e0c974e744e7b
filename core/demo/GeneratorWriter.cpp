#include "demo/GeneratorWriter.h"

#include "Clock.h"
#include "application/ApplicationStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fv {
namespace {

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStorage(t)) : sqlNull();
}

QVariant userOrNull(const std::map<QString, qint64> &ids, const QString &login)
{
    const auto it = ids.find(login);
    return it == ids.end() ? sqlNull() : QVariant(it->second);
}

} // namespace

GeneratorWriter::GeneratorWriter(Database &db)
    : m_db(db)
    , m_case(db,
             QStringLiteral("INSERT INTO fv_case (id, case_number, year, seq, status, assignee, created_at, "
                            "completed_on, preliminary_reply_on, updated_at, row_version, change_of) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_app(db,
            QStringLiteral("INSERT INTO application (%1) VALUES (%2)")
                .arg(ApplicationStore::rowColumns(),
                     QStringList(ApplicationStore::rowValues(0, Application{}).size(), QStringLiteral("?"))
                         .join(QStringLiteral(", "))))
    , m_person(db,
               QStringLiteral("INSERT INTO application_person (case_id, pos, name, institution) "
                              "VALUES (?, ?, ?, ?)"))
    , m_source(db,
               QStringLiteral("INSERT INTO data_source (case_id, pos, registry, period_from, period_to, "
                              "justification) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_variable(db, QStringLiteral("INSERT INTO data_source_variable (data_source_id, pos, name) VALUES (?, ?, ?)"))
    , m_attachment(db,
                   QStringLiteral("INSERT INTO attachment (case_id, pos, kind, file_name, sha256) "
                                  "VALUES (?, ?, ?, ?, ?)"))
    , m_decision(
          db,
          QStringLiteral("INSERT INTO decision (case_id, version, status, exemption_required, "
                         "exemption_granted, exemption_legal_basis, exemption_reasons, legal_basis, reasons, "
                         "drafted_by, drafted_at, submitted_by, submitted_at, approved_by, approved_at, "
                         "return_comment, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_entry(db,
              QStringLiteral("INSERT INTO decision_entry (decision_id, pos, registry, outcome, period_from, "
                             "period_to, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_decisionVariable(db,
                         QStringLiteral("INSERT INTO decision_variable (entry_id, pos, name, approved, reason) "
                                        "VALUES (?, ?, ?, ?, ?)"))
    , m_condition(db,
                  QStringLiteral("INSERT INTO decision_condition (decision_id, pos, code, text) "
                                 "VALUES (?, ?, ?, ?)"))
    , m_event(db,
              QStringLiteral("INSERT INTO event (id, case_id, at, actor, kind, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_sequence(db,
                 QStringLiteral("INSERT INTO case_sequence (year, last) VALUES (?, ?) "
                                "ON CONFLICT(year) DO UPDATE SET last = max(last, excluded.last)"))
    , m_request(db,
                QStringLiteral("INSERT INTO info_request (case_id, requested_on, text, answer_due, requested_by, "
                               "resume_status, reminded_on, reminder_due, answered_on) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_assessment(db,
                   QStringLiteral("INSERT INTO assessment (case_id, item, result, note, assessed_by, assessed_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"))
    , m_consultation(db,
                     QStringLiteral("INSERT INTO consultation (case_id, registry, sent_on, due, sent_by, "
                                    "answered_on, answer, note, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_forwarding(db,
                   QStringLiteral("INSERT INTO forwarding (case_id, registry, reason, forwarded_on, forwarded_by) "
                                  "VALUES (?, NULL, ?, ?, ?)"))
    , m_note(db,
             QStringLiteral("INSERT INTO case_note (case_id, audience, text, written_by, written_at) "
                            "VALUES (?, 'internal', ?, ?, ?)"))
    , m_search(db, QStringLiteral("INSERT INTO case_fts (rowid, ids, title, people, body) VALUES (?, ?, ?, ?, ?)"))
{}

Status GeneratorWriter::prepare()
{
    for (const SqliteStatement *q :
         {&m_case, &m_app, &m_person, &m_source, &m_variable, &m_attachment, &m_decision, &m_entry, &m_decisionVariable,
          &m_condition, &m_event, &m_sequence, &m_request, &m_assessment, &m_consultation, &m_forwarding, &m_note,
          &m_search})
        if (auto s = q->status(); !s)
            return s;
    return ok();
}

Result<ChainEnd> GeneratorWriter::chainEnd(Database &db)
{
    // The chain continues where its head says (schema 4), else after the last event.
    auto head = db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'"));
    if (!head)
        return head.error();
    auto last = db.exec(head->toInt() == 1 ? QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
                                           : QStringLiteral("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    ChainEnd end{0, QString(64, QLatin1Char('0'))};
    if (last->next())
        end = {last->value(0).toLongLong(), last->value(1).toString()};
    return end;
}

Result<qint64> GeneratorWriter::lastCaseId(Database &db)
{
    auto id = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM fv_case"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status GeneratorWriter::checkContinues(qint64 caseId, const EventRow &first)
{
    auto lastCase = lastCaseId(m_db);
    if (!lastCase)
        return lastCase.error();
    auto end = chainEnd(m_db);
    if (!end)
        return end.error();
    if (lastCase.value() != caseId - 1 || end->id != first.id - 1 || end->hash.toLatin1() != first.prev)
        return fail(QCoreApplication::translate(
            "fv::Demo",
            "someone else added cases or events while the cases were being generated; "
            "the cases generated so far are kept – generate the rest again"));
    return ok();
}

Status GeneratorWriter::run(SqliteStatement &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = static_cast<int>(i) + 1;
        switch (v.typeId()) {
        case QMetaType::UnknownType: q.bindNull(index); break;
        case QMetaType::QString: q.bind(index, v.toString()); break;
        case QMetaType::Bool: q.bind(index, v.toBool()); break;
        default: q.bind(index, v.toLongLong()); break;
        }
    }
    return q.run();
}

Result<qint64> GeneratorWriter::insertCase(const CaseRow &r)
{
    const QString updated = toStorage(r.updatedAt);
    if (auto s = run(m_case,
                     {r.id, r.number, r.year, r.seq, r.status, r.assignee, toStorage(r.createdAt),
                      dateOrNull(r.completedOn), dateOrNull(r.preliminaryReplyOn), updated, r.rowVersion, r.changeOf});
        !s)
        return s.error();
    return r.id;
}

Status GeneratorWriter::insertApplicationChildren(qint64 caseId, const Application &app)
{
    int pos = 0;
    for (const Person &p : app.personsWithAccess)
        if (auto s = run(m_person, {caseId, pos++, p.name, p.institution}); !s)
            return s;
    pos = 0;
    for (const DataSource &ds : app.dataSources) {
        if (auto s = run(
                m_source,
                {caseId, pos++, ds.registry, toStorage(ds.periodFrom), toStorage(ds.periodTo), ds.justification});
            !s)
            return s;
        const qint64 sourceId = m_source.lastInsertId();
        int vpos = 0;
        for (const QString &v : ds.variables)
            if (auto s = run(m_variable, {sourceId, vpos++, v}); !s)
                return s;
    }
    pos = 0;
    for (const Attachment &a : app.attachments)
        if (auto s = run(m_attachment, {caseId, pos++, a.kind, a.fileName, a.sha256}); !s)
            return s;
    return ok();
}

Status GeneratorWriter::insertApplication(qint64 caseId, const Application &app)
{
    return run(m_app, ApplicationStore::rowValues(caseId, app));
}

Status GeneratorWriter::insertSearchDocument(qint64 caseId, const SearchIndex::SearchDocument &d)
{
    m_search.bind(1, caseId).bind(2, d.ids).bind(3, d.title).bind(4, d.people).bind(5, d.body);
    return m_search.run();
}

Status GeneratorWriter::insertDecision(qint64 caseId, const Decision &d, const std::map<QString, qint64> &userIds)
{
    if (auto s = run(
            m_decision,
            {caseId, d.version, toCode(d.status), d.exemption.required, d.exemption.granted, d.exemption.legalBasis,
             d.exemption.reasons, d.legalBasis, d.reasons, userOrNull(userIds, d.draftedBy), toStorage(d.draftedAt),
             userOrNull(userIds, d.submittedBy), timeOrNull(d.submittedAt), userOrNull(userIds, d.approvedBy),
             timeOrNull(d.approvedAt), d.returnComment, sqlNull()});
        !s)
        return s;
    const qint64 decisionId = m_decision.lastInsertId();
    int pos = 0;
    for (const RegistryDecision &e : d.entries) {
        if (auto s = run(m_entry,
                         {decisionId, pos++, e.registry, toCode(e.outcome), toStorage(e.periodFrom),
                          toStorage(e.periodTo), e.reason});
            !s)
            return s;
        const qint64 entryId = m_entry.lastInsertId();
        int vpos = 0;
        for (const VariableDecision &v : e.variables)
            if (auto s = run(m_decisionVariable, {entryId, vpos++, v.name, v.approved, v.reason}); !s)
                return s;
    }
    pos = 0;
    for (const Condition &c : d.conditions)
        if (auto s = run(m_condition, {decisionId, pos++, c.code, c.text}); !s)
            return s;
    return ok();
}

Status GeneratorWriter::insertCasework(qint64 caseId, const CasePlan &plan, const std::map<QString, qint64> &ids)
{
    for (const PlannedRequest &r : plan.requests)
        if (auto s = run(m_request,
                         {caseId, toStorage(r.requestedOn), r.text, toStorage(r.answerDue), userOrNull(ids, r.by),
                          toCode(CaseStatus::UnderAssessment), dateOrNull(r.remindedOn), dateOrNull(r.reminderDue),
                          dateOrNull(r.answeredOn)});
            !s)
            return s;
    for (const PlannedAssessment &a : plan.assessments)
        if (auto s = run(m_assessment, {caseId, a.item, a.result, QString(), userOrNull(ids, a.by), toStorage(a.at)});
            !s)
            return s;
    for (const PlannedConsultation &c : plan.consultations) {
        const bool answered = c.answeredOn.isValid();
        if (auto s = run(m_consultation,
                         {caseId, c.registry, toStorage(c.sentOn), toStorage(c.due), userOrNull(ids, c.by),
                          dateOrNull(c.answeredOn), answered ? QVariant(QStringLiteral("grant")) : sqlNull(), QString(),
                          answered ? userOrNull(ids, c.by) : sqlNull()});
            !s)
            return s;
    }
    for (const PlannedForwarding &f : plan.forwardings)
        if (auto s = run(m_forwarding, {caseId, f.reason, toStorage(f.on), userOrNull(ids, f.by)}); !s)
            return s;
    for (const PlannedNote &n : plan.notes)
        if (auto s = run(m_note, {caseId, n.text, userOrNull(ids, n.by), toStorage(n.at)}); !s)
            return s;
    return ok();
}

Status GeneratorWriter::appendEvent(qint64 caseId, const EventRow &e)
{
    m_event.bind(1, e.id);
    if (caseId > 0)
        m_event.bind(2, caseId);
    else
        m_event.bindNull(2);
    m_event.bind(3, e.at).bind(4, e.actor).bind(5, e.kind).bind(6, e.detail).bind(7, e.prev).bind(8, e.hash);
    if (auto s = m_event.run(); !s)
        return s;
    ++m_events;
    return ok();
}

Status GeneratorWriter::saveSequences(const std::map<int, int> &lastByYear)
{
    for (const auto &[year, last] : lastByYear)
        if (auto s = run(m_sequence, {year, last}); !s)
            return s;
    return ok();
}

} // namespace fv
