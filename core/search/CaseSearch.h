#pragma once

#include "Result.h"
#include "casework/CaseService.h"

#include <QSqlQuery>

#include <functional>
#include <vector>

namespace fv {

class Database;

// A case list's row read into a summary: every list selects these columns first, in this order
// (c = fv_case, a = application, u = the assignee): c.id, c.case_number, a.reference, c.status,
// a.title, a.controller_name, a.leader_name, a.received, a.kind, the assignee's full name. What
// follows (the registries, a queue's own columns) the caller reads.
CaseSummary caseSummaryFromRow(const QSqlQuery &q);

// How a list of cases is ordered. Default: best match first when there is search text,
// else the newest case first.
enum class CaseSort { Default, Relevance, CaseNumber, Status, Reference, Title, Controller, Received, Assignee };

struct CaseOrder
{
    CaseSort key = CaseSort::Default;
    bool ascending = false;
};

// Finds cases: full text (FTS5, Norwegian letters folded) plus filters by status,
// registry, purpose, caseworker and dates. Pages through large results with `offset`, and
// streams them with forEach() so the whole archive never sits in memory at once.
class CaseSearch
{
public:
    explicit CaseSearch(Database &db) : m_db(db) {}

    Result<std::vector<CaseSummary>> list(const CaseFilter &filter, const CaseOrder &order = {}, int offset = 0);
    Result<int> count(const CaseFilter &filter);
    // Calls `each` for every matching case in order; stops early when it returns false.
    Status forEach(const CaseFilter &filter, const std::function<bool(CaseSummary &&)> &each,
                   const CaseOrder &order = {});

    // The SQL list() runs and its bindings, for the benchmark against the sqlite3 shell.
    struct Query
    {
        QString sql;
        QVariantList bindings;
    };
    // `server`: PostgreSQL's dialect (case_search and ts_rank instead of FTS5).
    static Query listQuery(const CaseFilter &filter, const CaseOrder &order = {}, int offset = 0, bool server = false);

private:
    Status run(const CaseFilter &filter, const CaseOrder &order, int offset,
               const std::function<bool(CaseSummary &&)> &each);

    Database &m_db;
};

} // namespace fv
