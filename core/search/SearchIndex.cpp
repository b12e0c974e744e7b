#include "search/SearchIndex.h"

#include "search/TextFolding.h"
#include "storage/Database.h"

#include <QStringList>

namespace fv {
namespace {

// Four columns, ranked by how telling a hit is: numbers and references (case number, Deres
// ref., REK reference, organisation number), the title, the people and institutions, and the
// longer texts (summary, population, registries, variables, notes).
const QString columns = QStringLiteral("ids, title, people, body");

// The searchable text of the cases `where` selects (over fv_case c), in the column order above.
// Each column is folded once as a whole: folding is the costly part of indexing.
QString documentSelect(const QString &where)
{
    const auto concat = [](const QString &sql) { return QStringLiteral("coalesce((%1), '')").arg(sql); };
    const QString space = QStringLiteral(" || ' ' || ");
    // Each list in the order it was given (pos), as SearchIndex::document() writes it.
    const QString persons = concat(QStringLiteral(
        "SELECT group_concat(x, ' ') FROM (SELECT p.name || ' ' || "
        "p.institution AS x FROM application_person p WHERE p.case_id = "
        "c.id ORDER BY p.pos)"));
    const QString registries = concat(QStringLiteral(
        "SELECT group_concat(x, ' ') FROM (SELECT s.registry || ' ' || r.name AS x FROM data_source s JOIN registry "
        "r ON r.code = s.registry WHERE s.case_id = c.id ORDER BY s.pos)"));
    const QString variables = concat(QStringLiteral(
        "SELECT group_concat(x, ' ') FROM (SELECT v.name AS x FROM data_source s JOIN data_source_variable v ON "
        "v.data_source_id = s.id WHERE s.case_id = c.id ORDER BY s.pos, v.pos)"));
    const QString comments = concat(QStringLiteral(
        "SELECT group_concat(x, ' ') FROM (SELECT d.return_comment AS x FROM decision d WHERE d.case_id = c.id "
        "AND d.return_comment <> '' ORDER BY d.version)"));
    const QString notes = concat(QStringLiteral(
        "SELECT group_concat(x, ' ') FROM (SELECT n.text AS x FROM case_note n WHERE n.case_id = c.id ORDER BY n.id)"));
    const QStringList values = {
        QStringLiteral("c.id"),
        QStringLiteral("c.case_number || ' ' || replace(c.case_number, '/', '') || ' ' || a.reference || ' ' || "
                       "a.change_of || ' ' || coalesce(a.rek_reference, '') || ' ' || a.controller_org"),
        foldSql(QStringLiteral("a.title")),
        foldSql(QStringLiteral("a.leader_name || ' ' || a.leader_email || ' ' || a.controller_name || ' ' || "
                               "a.controller_city")
                + space + persons),
        foldSql(QStringLiteral("a.summary || ' ' || a.change_summary || ' ' || a.population || ' ' || a.funding")
                + space + registries + space + variables + space + comments + space + notes),
    };
    return QStringLiteral("SELECT %1 FROM fv_case c JOIN application a ON a.case_id = c.id WHERE %2")
        .arg(values.join(QStringLiteral(", ")), where);
}

// Re-indexes one case; `id` is an SQL expression inside a trigger (new.case_id, …). A case
// without its application yet gets no row, so writing the application last indexes once.
QString refreshStatements(const QString &id)
{
    return QStringLiteral("DELETE FROM case_fts WHERE rowid = %1; INSERT INTO case_fts (rowid, %2) %3;")
        .arg(id, columns, documentSelect(QStringLiteral("c.id = ") + id));
}

// Every trigger stands aside while a bulk load (the generator) writes the index rows itself,
// inside its own transaction: no other connection ever sees the flag.
const QString notBulk = QStringLiteral("NOT EXISTS (SELECT 1 FROM search_bulk_load)");

// Only once the case has its application (an event can come before it, e.g. a failed import's).
QString childTrigger(const QString &name, const QString &event, const QString &id)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 FOR EACH ROW WHEN %3 AND EXISTS (SELECT 1 FROM application "
                          "WHERE case_id = %4) BEGIN %5 END")
        .arg(name, event, notBulk, id, refreshStatements(id));
}

QString joined(const QStringList &parts)
{
    return parts.join(QLatin1Char(' '));
}

} // namespace

namespace SearchIndex {

Status create(Database &db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE search_bulk_load (active INTEGER NOT NULL)"),
        // unicode61 lower-cases and removes accents; prefix indexes keep typing fast.
        QStringLiteral("CREATE VIRTUAL TABLE case_fts USING fts5(%1, tokenize = 'unicode61 remove_diacritics 2', "
                       "prefix = '2 3')")
            .arg(columns),
        // Best match first: a hit in a number or reference counts most, then the title, then
        // people and institutions, then the longer texts.
        QStringLiteral("INSERT INTO case_fts (case_fts, rank) VALUES "
                       "('rank', 'bm25(10.0, 5.0, 3.0, 1.0)')"),
        // One re-index per operation, not per row: every core operation ends by appending its
        // audit event for the case, in the same transaction, after all its rows are written.
        // (Per-row triggers re-indexed a case ~20 times per import, and each FTS5 write inside a
        // statement also flushes FTS5's pending terms: import ran at ~75 a second.)
        childTrigger(QStringLiteral("case_fts_event_insert"), QStringLiteral("INSERT ON event"),
                     QStringLiteral("new.case_id")),
        // The one write that comes after its operation's event: returning a draft appends the
        // event (via the status change) before the approver's comment is stored.
        childTrigger(QStringLiteral("case_fts_decision_comment"),
                     QStringLiteral("UPDATE OF return_comment ON decision"), QStringLiteral("new.case_id")),
        QStringLiteral("CREATE TRIGGER case_fts_case_delete AFTER DELETE ON fv_case FOR EACH ROW "
                       "BEGIN DELETE FROM case_fts WHERE rowid = old.id; END"),
    };
    for (const QString &sql : statements)
        if (auto r = db.exec(sql); !r)
            return r.error();
    return rebuild(db);
}

Status rebuild(Database &db, qint64 fromId, qint64 toId)
{
    const bool all = fromId == 0 && toId == 0;
    const QString where = all
        ? QStringLiteral("1 = 1")
        : QStringLiteral("c.id BETWEEN %1 AND %2").arg(fromId).arg(toId);
    const QString remove = all
        ? QStringLiteral("DELETE FROM case_fts")
        : QStringLiteral("DELETE FROM case_fts WHERE rowid BETWEEN %1 AND %2").arg(fromId).arg(toId);
    if (auto r = db.exec(remove); !r)
        return r.error();
    if (auto r = db.exec(QStringLiteral("INSERT INTO case_fts (rowid, %1) %2").arg(columns, documentSelect(where))); !r)
        return r.error();
    return ok();
}

SearchDocument document(const QString &caseNumber, const Application &app,
                        const std::map<QString, QString> &registryNames, const QStringList &comments,
                        const QStringList &notes)
{
    SearchDocument d;
    d.ids = joined({caseNumber, QString(caseNumber).remove(QLatin1Char('/')), app.reference, app.changeOf,
                    app.rek ? app.rek->reference : QString(), app.controller.orgNumber});
    d.title = foldForSearch(app.project.title);
    QStringList people = {
        app.projectLeader.name, app.projectLeader.email, app.controller.name, app.controller.address.city};
    for (const Person &p : app.personsWithAccess)
        people << p.name + QLatin1Char(' ') + p.institution;
    d.people = foldForSearch(joined(people));
    QStringList body = {app.project.summary, app.changeSummary, app.population, app.project.funding};
    QStringList variables;
    for (const DataSource &s : app.dataSources) {
        const auto name = registryNames.find(s.registry);
        body << s.registry + QLatin1Char(' ') + (name == registryNames.end() ? QString() : name->second);
        variables << s.variables;
    }
    body << variables << comments << notes;
    d.body = foldForSearch(joined(body));
    return d;
}

Status beginBulkLoad(Database &db)
{
    if (auto r = db.exec(QStringLiteral("INSERT INTO search_bulk_load (active) VALUES (1)")); !r)
        return r.error();
    return ok();
}

Status endBulkLoad(Database &db)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM search_bulk_load")); !r)
        return r.error();
    return ok();
}

} // namespace SearchIndex
} // namespace fv
