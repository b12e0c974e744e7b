#pragma once

#include "Result.h"
#include "application/Application.h"
#include "casework/AuditLog.h" // auditHash, shared with the audit trail
#include "decision/Decision.h"
#include "demo/GeneratorPlan.h"
#include "search/SearchIndex.h"
#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QVariant>

#include <map>

namespace fv {

class Database;

// An audit event ready to write, its place in the hash chain computed ahead of the writer
// (on the planner's thread), text already UTF-8.
struct EventRow
{
    qint64 id = 0;
    QByteArray at, actor, kind, detail, prev, hash;
};

// Where the audit chain ends now: generated events continue from here.
struct ChainEnd
{
    qint64 id = 0;
    QString hash;
};

// Writes generated cases row by row with statements prepared once, in the same shape as
// ApplicationStore, DecisionStore and AuditLog write them (GeneratorTests reads them back
// through those classes and verifies the audit chain).
class GeneratorWriter
{
public:
    explicit GeneratorWriter(Database &db);
    Status prepare();

    struct CaseRow
    {
        qint64 id = 0; // given: the planner numbers cases and events ahead of the writer
        QString number;
        int year = 0;
        int seq = 0;
        QString status;
        QVariant assignee; // user id or null
        QDateTime createdAt;
        QDate completedOn;
        QDate preliminaryReplyOn;
        QDateTime updatedAt;
        int rowVersion = 1;
        QVariant changeOf; // case id or null
    };
    Result<qint64> insertCase(const CaseRow &row);
    // The application goes last of a case's rows: its insert indexes the case for search once.
    Status insertApplicationChildren(qint64 caseId, const Application &app);
    Status insertApplication(qint64 caseId, const Application &app);
    Status insertSearchDocument(qint64 caseId, const SearchIndex::SearchDocument &d);
    Status insertDecision(qint64 caseId, const Decision &d, const std::map<QString, qint64> &userIds);
    // Requests for information, the assessment, consultations, forwarding and notes.
    Status insertCasework(qint64 caseId, const CasePlan &plan, const std::map<QString, qint64> &userIds);
    Status appendEvent(qint64 caseId, const EventRow &e);
    static Result<ChainEnd> chainEnd(Database &db);
    static Result<qint64> lastCaseId(Database &db);
    // Refuses to go on when someone else wrote cases or events since the planning began.
    Status checkContinues(qint64 caseId, const EventRow &first);
    Status saveSequences(const std::map<int, int> &lastByYear);
    qint64 events() const { return m_events; }

private:
    Status run(SqliteStatement &q, const QVariantList &values);

    Database &m_db;
    SqliteStatement m_case, m_app, m_person, m_source, m_variable, m_attachment;
    SqliteStatement m_decision, m_entry, m_decisionVariable, m_condition, m_event, m_sequence;
    SqliteStatement m_request, m_assessment, m_consultation, m_forwarding, m_note, m_search;
    qint64 m_events = 0;
};

} // namespace fv
