#include "storage/Check.h"

#include "archive/IncomingDocuments.h"
#include "casework/AuditLog.h"
#include "casework/CaseStatus.h"
#include "decision/Decision.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace fv {
namespace {

// How many findings of one kind are listed; the rest are counted.
constexpr int maxListed = 20;

using RowText = std::function<QString(const QSqlQuery &)>;

// Runs a query whose every row is a problem, and adds each, described by `text`.
Status collect(Database &db, const QString &sql, const QVariantList &bindings, const RowText &text,
               QStringList &problems)
{
    auto q = db.exec(sql, bindings);
    if (!q)
        return q.error();
    int n = 0;
    while (q->next()) {
        if (++n <= maxListed)
            problems << text(*q);
    }
    if (n > maxListed)
        problems << QCoreApplication::translate("fv::Storage", "… and %1 more like the above").arg(n - maxListed);
    return ok();
}

// integrity_check answers one row "ok", or one row per problem.
Status checkIntegrity(Database &db, QStringList &problems)
{
    if (db.isServer()) // the server keeps its own pages and foreign keys (checksums, constraints)
        return ok();
    auto integrity = db.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(maxListed));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString row = integrity->value(0).toString();
        if (row != QLatin1String("ok"))
            problems << QCoreApplication::translate("fv::Storage", "integrity: %1").arg(row);
    }
    return ok();
}

Status checkForeignKeys(Database &db, QStringList &problems)
{
    if (db.isServer()) // enforced by PostgreSQL on every write; nothing can turn them off
        return ok();
    return collect(
        db, QStringLiteral("PRAGMA foreign_key_check"), {},
        [](const QSqlQuery &q) {
            return QCoreApplication::translate(
                       "fv::Storage", "foreign key: row %1 of the table %2 refers to a missing row of %3")
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        },
        problems);
}

// Each row: a case number and what is missing.
Status checkCasesWhole(Database &db, QStringList &problems)
{
    const RowText caseProblem = [](const QSqlQuery &q) {
        return QCoreApplication::translate("fv::Storage", "case %1: %2")
            .arg(q.value(0).toString(), q.value(1).toString());
    };
    const QString sql = QStringLiteral(R"(
        SELECT case_number, 'has no application' FROM fv_case c
          WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.case_id = c.id)
        UNION ALL SELECT case_number, 'has no data sources' FROM fv_case c
          WHERE NOT EXISTS (SELECT 1 FROM data_source s WHERE s.case_id = c.id)
        UNION ALL SELECT case_number, 'has no events in the audit trail' FROM fv_case c
          WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.case_id = c.id)
        UNION ALL SELECT c.case_number, 'decision ' || d.version || ' has no registry entries'
          FROM decision d JOIN fv_case c ON c.id = d.case_id
          WHERE NOT EXISTS (SELECT 1 FROM decision_entry x WHERE x.decision_id = d.id)
        UNION ALL SELECT c.case_number, 'decision ' || d.version || ' is approved without an approver'
          FROM decision d JOIN fv_case c ON c.id = d.case_id
          WHERE d.status = ? AND (d.approved_by IS NULL OR d.approved_at IS NULL)
        UNION ALL SELECT c.case_number, 'the status ' || c.status || ' does not fit its decision ('
                         || COALESCE(d.status, 'none') || ')'
          FROM fv_case c LEFT JOIN decision d ON d.case_id = c.id
               AND d.version = (SELECT MAX(version) FROM decision WHERE case_id = c.id)
          WHERE (c.status = ? AND COALESCE(d.status, '') <> ?)
             OR (c.status = ? AND COALESCE(d.status, '') <> ?)
             OR (c.status = ? AND COALESCE(d.status, '') <> ?)
        ORDER BY 1)");
    const QString approved = toCode(DecisionStatus::Approved);
    const QVariantList bindings = {
        approved,
        toCode(CaseStatus::DecisionDraft),
        toCode(DecisionStatus::Draft),
        toCode(CaseStatus::AwaitingApproval),
        toCode(DecisionStatus::Submitted),
        toCode(CaseStatus::Decided),
        approved};
    if (auto s = collect(db, sql, bindings, caseProblem, problems); !s)
        return s;
    // Case numbers have no gaps: each year's counter equals its number of cases.
    return collect(
        db,
        QStringLiteral("SELECT year, last, n FROM (SELECT s.year, s.last, (SELECT count(*) FROM fv_case c WHERE "
                       "c.year = s.year) AS n FROM case_sequence s) t WHERE last <> n ORDER BY year"),
        {},
        [](const QSqlQuery &q) {
            return QCoreApplication::translate(
                       "fv::Storage", "case numbers of %1: %2 were given out, but there are %3 cases")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        },
        problems);
}

} // namespace

Result<CheckReport> checkDatabase(Database &db)
{
    CheckReport report;
    if (auto s = checkIntegrity(db, report.problems); !s)
        return s.error();
    if (!report.ok())
        return report; // a damaged file: the other checks would only repeat it, or fail
    if (auto s = checkForeignKeys(db, report.problems); !s)
        return s.error();
    auto chain = AuditLog::verifyChain(db);
    if (chain) {
        report.events = chain->events;
        report.auditHead = chain->headHash;
    } else {
        report.problems << QCoreApplication::translate("fv::Storage", "audit trail: %1").arg(chain.error().toString());
    }
    if (auto s = checkCasesWhole(db, report.problems); !s)
        return s.error();
    if (auto s = IncomingDocumentStore::checkAll(db, report.problems); !s)
        return s.error();
    auto cases = db.scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    if (!cases)
        return cases.error();
    report.cases = cases->toLongLong();
    return report;
}

} // namespace fv
