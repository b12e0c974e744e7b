#include "search/CaseSearch.h"

#include "Clock.h"
#include "search/TextFolding.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace fv {
namespace {

QString summaryColumns(bool server)
{
    return QStringLiteral("c.id, c.case_number, a.reference, c.status, a.title, a.controller_name, a.leader_name, "
                          "a.received, a.kind, COALESCE(u.full_name, ''), ")
        + Database::orderedList(server, QStringLiteral("registry"), QStringLiteral("data_source WHERE case_id = c.id"),
                                QStringLiteral("pos"), QStringLiteral(","));
}

// LIMIT without a limit: SQLite's -1, PostgreSQL's ALL.
QString limitText(int limit, bool server)
{
    return limit > 0 ? QString::number(limit) : server ? QStringLiteral("ALL") : QStringLiteral("-1");
}

CaseSummary summaryWithRegistries(const QSqlQuery &q)
{
    CaseSummary s = caseSummaryFromRow(q);
    s.registries = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return s;
}

// The status in the order of the case's life, so sorting by status follows the work.
QString statusOrdinal()
{
    QString sql = QStringLiteral("CASE c.status");
    int i = 0;
    for (CaseStatus s : allCaseStatuses())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(toCode(s)).arg(i++);
    return sql + QStringLiteral(" END");
}

// The order as it applies: Default is best match first with search text, else newest first;
// Relevance without search text is by case number.
CaseOrder resolved(const CaseOrder &order, bool searching)
{
    CaseSort key = order.key;
    bool ascending = order.ascending;
    if (key == CaseSort::Default)
        key = searching ? CaseSort::Relevance : CaseSort::CaseNumber;
    if (key == CaseSort::Relevance && !searching)
        key = CaseSort::CaseNumber;
    if (order.key == CaseSort::Default)
        ascending = key == CaseSort::Relevance; // best match first; newest first
    return CaseOrder{key, ascending};
}

QString orderBy(const CaseOrder &requested, bool searching, bool server)
{
    // SQLite's NOCASE; PostgreSQL compares lower() (both fold ASCII letters alike).
    const auto nocase = [server](const QString &column) {
        return server ? QStringLiteral("lower(%1)").arg(column) : column + QStringLiteral(" COLLATE NOCASE");
    };
    const CaseOrder order = resolved(requested, searching);
    const CaseSort key = order.key;
    const bool ascending = order.ascending;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString number = QStringLiteral("c.year") + dir + QStringLiteral(", c.seq") + dir;
    switch (key) {
    case CaseSort::Relevance: return QStringLiteral("m.score") + dir + QStringLiteral(", c.id DESC");
    case CaseSort::Status: return statusOrdinal() + dir + QStringLiteral(", c.year DESC, c.seq DESC");
    case CaseSort::Reference: return QStringLiteral("a.reference") + dir;
    case CaseSort::Title: return nocase(QStringLiteral("a.title")) + dir + QStringLiteral(", c.id DESC");
    case CaseSort::Controller: return nocase(QStringLiteral("a.controller_name")) + dir + QStringLiteral(", c.id DESC");
    case CaseSort::Received: return QStringLiteral("a.received") + dir + QStringLiteral(", ") + number;
    case CaseSort::Assignee: return QStringLiteral("u.full_name") + dir + QStringLiteral(", c.year DESC, c.seq DESC");
    case CaseSort::Default:
    case CaseSort::CaseNumber: break;
    }
    return number;
}

struct Where
{
    QStringList conditions;
    QVariantList bindings;
};

Where conditions(const CaseFilter &filter)
{
    Where w;
    const auto add = [&w](const QString &sql, const QVariant &value) {
        w.conditions << sql;
        w.bindings << value;
    };
    if (filter.caseId > 0)
        add(QStringLiteral("c.id = ?"), filter.caseId);
    if (filter.status)
        add(QStringLiteral("c.status = ?"), toCode(*filter.status));
    if (!filter.anyStatus.empty()) {
        QStringList marks;
        for (CaseStatus s : filter.anyStatus) {
            marks << QStringLiteral("?");
            w.bindings << toCode(s);
        }
        w.conditions << QStringLiteral("c.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!filter.registry.isEmpty())
        add(QStringLiteral("EXISTS (SELECT 1 FROM data_source s WHERE s.case_id = c.id AND s.registry = ?)"),
            filter.registry.trimmed().toUpper());
    if (!filter.purpose.isEmpty())
        add(QStringLiteral("a.purpose = ?"), filter.purpose.trimmed());
    if (!filter.assignee.isEmpty())
        add(QStringLiteral("c.assignee = (SELECT id FROM app_user WHERE login = ?)"), filter.assignee.trimmed());
    if (filter.unassigned)
        w.conditions << QStringLiteral("c.assignee IS NULL");
    if (filter.receivedFrom.isValid())
        add(QStringLiteral("a.received >= ?"), toStorage(filter.receivedFrom));
    if (filter.receivedTo.isValid())
        add(QStringLiteral("a.received <= ?"), toStorage(filter.receivedTo));
    return w;
}

// A case number as a caseworker types it: "26/11", "26/00011", "2026/11" or just "11".
struct TypedNumber
{
    int year = -1; // two digits; -1: any year
    int seq = 0;
};

std::optional<TypedNumber> typedNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d{2}|\\d{4})\\s*/\\s*)?(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || m.captured(2).toInt() <= 0)
        return std::nullopt;
    TypedNumber n;
    n.seq = m.captured(2).toInt();
    if (m.hasCaptured(1) && !m.captured(1).isEmpty())
        n.year = m.captured(1).toInt() % 100;
    return n;
}

// What the search text matches: the full-text hits and, when it reads as a case number, that
// case first (the number is in the index only zero-padded, so "26/11" would find nothing).
struct Matching
{
    QString match; // FTS expression, or empty
    std::optional<TypedNumber> number;
    bool server = false; // PostgreSQL: case_search with fv_search_query(typed) instead of FTS5
    QString typed;
    bool any() const { return !match.isEmpty() || number.has_value(); }
};

Matching matching(const QString &search, bool server)
{
    // "26/11" names one case; "11" may also be a word in the text.
    const auto number = typedNumber(search);
    if (number && number->year >= 0)
        return Matching{QString(), number, server, QString()};
    return Matching{ftsMatchExpression(search), number, server, search};
}

// The full-text hits with their score (lower is better): FTS5's rank, or -ts_rank on the server.
QString textSource(const Matching &m, QVariantList &bindings)
{
    if (!m.server) {
        bindings << m.match;
        return QStringLiteral("SELECT rowid AS id, rank AS score FROM case_fts WHERE case_fts MATCH ?");
    }
    bindings << m.typed << m.typed;
    return QStringLiteral("SELECT s.case_id AS id, -ts_rank(fv_search_weights(), s.document, fv_search_query(?)) "
                          "AS score FROM case_search s WHERE s.document @@ fv_search_query(?)");
}

QString matchSource(const Matching &m, QVariantList &bindings)
{
    if (!m.number)
        return textSource(m, bindings);
    QString byNumber = QStringLiteral("SELECT id, -1e9 AS score FROM fv_case WHERE seq = ?");
    QVariantList numberBindings{m.number->seq};
    if (m.number->year >= 0) {
        byNumber += QStringLiteral(" AND year % 100 = ?");
        numberBindings << m.number->year;
    }
    if (m.match.isEmpty()) {
        bindings << numberBindings;
        return byNumber;
    }
    const QString text = textSource(m, bindings);
    bindings << numberBindings;
    return QStringLiteral("SELECT id, min(score) AS score FROM (%1 UNION ALL %2) u GROUP BY id").arg(text, byNumber);
}

// Search text (not a case number) and no other filter: the full-text index alone answers.
bool matchesOnly(const Matching &m, const Where &w)
{
    return !m.match.isEmpty() && !m.number && w.conditions.isEmpty();
}

// FROM and WHERE shared by list and count. With search text the matches drive the join.
QString fromClause(const Matching &match, const Where &w, QVariantList &bindings)
{
    QString sql;
    if (match.any()) {
        // CROSS JOIN keeps SQLite's planner from starting at fv_case; PostgreSQL plans it itself.
        sql = QStringLiteral("FROM (%1) m %2 fv_case c ON c.id = m.id ")
                  .arg(matchSource(match, bindings),
                       match.server ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN"));
    } else {
        sql = QStringLiteral("FROM fv_case c ");
    }
    sql += QStringLiteral("JOIN application a ON a.case_id = c.id LEFT JOIN app_user u ON u.id = c.assignee");
    if (!w.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.conditions.join(QStringLiteral(" AND "));
    bindings << w.bindings;
    return sql;
}

} // namespace

CaseSearch::Query CaseSearch::listQuery(const CaseFilter &filter, const CaseOrder &order, int offset, bool server)
{
    const Matching match = matching(filter.search, server);
    Query q;
    const Where w = conditions(filter);
    const QString sortBy = orderBy(order, match.any(), server);
    const QString summaryColumns = fv::summaryColumns(server);
    if (filter.limit <= 0 && offset <= 0) { // everything, streamed in order
        q.sql = QStringLiteral("SELECT ") + summaryColumns + QLatin1Char(' ') + fromClause(match, w, q.bindings)
            + QStringLiteral(" ORDER BY ") + sortBy;
        return q;
    }
    // A page: first the ids of the page (sorting only what the order needs), then the columns
    // of just those rows – not of every match, which may be most of the archive. Best match
    // first without other filters needs only the index: no case or application row is read
    // for the matches that do not make the page.
    const QStringList words = filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const CaseOrder applied = resolved(order, match.any());
    const bool rankOnly = matchesOnly(match, w) && applied.key == CaseSort::Relevance && applied.ascending;
    // While the first letters of a word are typed, a prefix such as "sy" matches most of the
    // archive and ranking every match says little: newest first, straight from the index.
    const bool shortPrefix = rankOnly
        && std::all_of(words.cbegin(), words.cend(), [](const QString &word) { return word.size() <= 2; });
    QString page;
    if (rankOnly && server) {
        page = QStringLiteral("SELECT t.id, t.score FROM (%1) t ORDER BY %2 LIMIT %3 OFFSET %4")
                   .arg(textSource(match, q.bindings),
                        shortPrefix ? QStringLiteral("t.id DESC") : QStringLiteral("t.score ASC, t.id DESC"),
                        limitText(filter.limit, server))
                   .arg(offset);
    } else if (rankOnly) {
        page = QStringLiteral("SELECT rowid AS id, %1 AS score FROM case_fts WHERE case_fts MATCH ? "
                              "ORDER BY %2 LIMIT %3 OFFSET %4")
                   .arg(shortPrefix ? QStringLiteral("0") : QStringLiteral("rank"),
                        shortPrefix ? QStringLiteral("rowid DESC") : QStringLiteral("rank ASC, rowid DESC"),
                        limitText(filter.limit, server))
                   .arg(offset);
        q.bindings << match.match;
    } else {
        page = QStringLiteral("SELECT c.id AS id%1 %2 ORDER BY %3 LIMIT %4 OFFSET %5")
                   .arg(match.any() ? QStringLiteral(", m.score AS score") : QString(),
                        fromClause(match, w, q.bindings), sortBy, limitText(filter.limit, server))
                   .arg(offset);
    }
    QString outerSort = sortBy;
    outerSort.replace(QLatin1String("m.score"), QLatin1String("k.score"));
    q.sql = QStringLiteral("SELECT %1 FROM (%2) k JOIN fv_case c ON c.id = k.id JOIN application a ON a.case_id = c.id "
                           "LEFT JOIN app_user u ON u.id = c.assignee ORDER BY %3")
                .arg(summaryColumns, page, outerSort);
    return q;
}

Result<std::vector<CaseSummary>> CaseSearch::list(const CaseFilter &filter, const CaseOrder &order, int offset)
{
    std::vector<CaseSummary> out;
    if (filter.limit > 0)
        out.reserve(static_cast<size_t>(filter.limit));
    auto s = run(filter, order, offset, [&out](CaseSummary &&s) {
        out.push_back(std::move(s));
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

Status CaseSearch::forEach(const CaseFilter &filter, const std::function<bool(CaseSummary &&)> &each,
                           const CaseOrder &order)
{
    return run(filter, order, 0, each);
}

Status CaseSearch::run(const CaseFilter &filter, const CaseOrder &order, int offset,
                       const std::function<bool(CaseSummary &&)> &each)
{
    const Query query = listQuery(filter, order, offset, m_db.isServer());
    auto q = m_db.exec(query.sql, query.bindings);
    if (!q)
        return q.error();
    while (q->next())
        if (!each(summaryWithRegistries(q.value())))
            break;
    return ok();
}

Result<int> CaseSearch::count(const CaseFilter &filter)
{
    const Matching match = matching(filter.search, m_db.isServer());
    const Where w = conditions(filter);
    QVariantList bindings;
    // Matches alone are counted in the index; every indexed case has its rows.
    QString sql;
    if (matchesOnly(match, w)) {
        sql = QStringLiteral("SELECT count(*) FROM (%1) t").arg(textSource(match, bindings));
    } else {
        sql = QStringLiteral("SELECT count(*) ") + fromClause(match, w, bindings);
    }
    auto n = m_db.scalar(sql, bindings);
    if (!n)
        return n.error();
    return n->toInt();
}

CaseSummary caseSummaryFromRow(const QSqlQuery &q)
{
    CaseSummary s;
    s.id = q.value(0).toLongLong();
    s.caseNumber = q.value(1).toString();
    s.reference = q.value(2).toString();
    s.status = caseStatusFromCode(q.value(3).toString()).value_or(CaseStatus::Received);
    s.title = q.value(4).toString();
    s.controller = q.value(5).toString();
    s.projectLeader = q.value(6).toString();
    s.received = dateFromStorage(q.value(7));
    s.kind = applicationKindFromCode(q.value(8).toString()).value_or(ApplicationKind::New);
    s.assignee = q.value(9).toString();
    return s;
}

} // namespace fv
