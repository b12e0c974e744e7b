// migrate --to: an SQLite case database copied whole onto the team server.
#include "storage/MigrateToServer.h"

#include "casework/AuditLog.h"
#include "storage/Check.h"
#include "storage/Database.h"
#include "storage/DatabaseKind.h"
#include "storage/MigrateRows.h"
#include "storage/PgCopy.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <sqlite3.h>

namespace fv {
namespace {

class MigrateText
{
    Q_DECLARE_TR_FUNCTIONS(fv::Migrate)
};

using Progress = std::function<void(const QString &)>;
using Columns = QHash<QString, QHash<QString, QString>>; // table → column → data type

// Tables with their own path (the audit trail, the schema's bookkeeping, the search index that
// the server rebuilds) or that exist on one side only (SQLite's FTS5 tables) are not copied row
// by row.
bool copiedAsRows(const QString &table)
{
    static const QStringList own = {QStringLiteral("event"), QStringLiteral("audit_head"),
                                    QStringLiteral("schema_version"), QStringLiteral("app_user")};
    return !own.contains(table) && !table.startsWith(QLatin1String("case_search"));
}

Result<QStringList> sourceTables(Database &source)
{
    auto q = source.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'sqlite_%' ORDER BY name"));
    if (!q)
        return q.error();
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    return tables;
}

Result<Columns> targetColumns(Database &target)
{
    auto q = target.exec(QStringLiteral("SELECT table_name::text, column_name::text, data_type::text FROM "
                                        "information_schema.columns WHERE table_schema = 'fv'"));
    if (!q)
        return q.error();
    Columns columns;
    while (q->next())
        columns[q->value(0).toString()][q->value(1).toString()] = q->value(2).toString();
    return columns;
}

Status requireEmptyTarget(Database &target)
{
    auto super = target.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"));
    if (!super)
        return super.error();
    if (!super->toBool())
        return fail(MigrateText::tr("migrate needs the server's superuser (IT's account, docs/TEAM.md): it "
                                    "creates the users' logins and copies the records as they are"),
                    target.path());
    for (const QString &table :
         {QStringLiteral("fv_case"), QStringLiteral("document"), QStringLiteral("journal_entry")}) {
        auto n = target.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            return fail(MigrateText::tr("the server database is not empty (%1 rows in %2); migrate copies only "
                                        "into a newly initialised one")
                            .arg(n->toLongLong())
                            .arg(table),
                        target.path());
    }
    auto users = target.scalar(QStringLiteral("SELECT count(*) FROM app_user"));
    if (!users)
        return users.error();
    if (users->toLongLong() > 1)
        return fail(MigrateText::tr("the server database is not empty (%1 users); migrate copies only into a "
                                    "newly initialised one, with at most its first administrator")
                        .arg(users->toLongLong()),
                    target.path());
    return ok();
}

// Whether a row's stored bytes (column "content") still match the SHA-256 kept beside them.
bool bytesMatch(sqlite3_stmt *row, int content, int sha)
{
    const QByteArray bytes = QByteArray::fromRawData(
        static_cast<const char *>(sqlite3_column_blob(row, content)), sqlite3_column_bytes(row, content));
    const QByteArray stored(
        reinterpret_cast<const char *>(sqlite3_column_text(row, sha)), sqlite3_column_bytes(row, sha));
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == stored;
}

// A stored document, or a received file (an appeal, the appeal body's decision), whose bytes no
// longer match their SHA-256 in the SQLite file stops the copy, naming it.
RowCheck hashCheck(const QStringList &columns, bool received)
{
    const int content = static_cast<int>(columns.indexOf(QStringLiteral("content")));
    const int sha = static_cast<int>(columns.indexOf(QStringLiteral("sha256")));
    const int caseId = static_cast<int>(columns.indexOf(QStringLiteral("case_id")));
    const int what = static_cast<int>(
        columns.indexOf(received ? QStringLiteral("file_name") : QStringLiteral("doc_no")));
    return [=](sqlite3_stmt *row) {
        if (bytesMatch(row, content, sha))
            return QString();
        if (!received)
            return MigrateText::tr("document %1 of case id %2 does not match its SHA-256 in the SQLite file; run "
                                   "check there first")
                .arg(sqlite3_column_int64(row, what))
                .arg(sqlite3_column_int64(row, caseId));
        return MigrateText::tr("the received file %1 of case id %2 does not match its SHA-256 in the SQLite file; "
                               "run check there first")
            .arg(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(row, what)), sqlite3_column_bytes(row, what)))
            .arg(sqlite3_column_int64(row, caseId));
    };
}

// The target's settings keep their value where they have one (the database kind): a few rows,
// sent as one INSERT … ON CONFLICT DO NOTHING, which COPY cannot do.
Result<qint64> copySettings(Database &source, Database &target, const QStringList &columns,
                            const QHash<QString, QString> &types)
{
    BatchInsert insert(target, QStringLiteral("INSERT INTO setting (%1)").arg(columns.join(QLatin1Char(','))),
                       QStringLiteral(" ON CONFLICT DO NOTHING"));
    QSqlQuery rows(source.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM setting").arg(columns.join(QLatin1Char(',')))))
        return sqlError(rows.lastError(), QStringLiteral("setting"));
    qint64 n = 0;
    for (; rows.next(); ++n) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row << serverValue(rows.value(i), types.value(columns.at(i)));
        if (auto s = insert.add(row); !s)
            return s.error();
    }
    if (auto s = insert.flush(); !s)
        return s.error();
    return n;
}

// Copies one table's rows: the columns both sides have, the target's own rows (the seeded
// registries, conditions and prices) replaced by the source's; settings the target has keep
// the target's value (the database kind). Bulk tables go by COPY.
Result<qint64> copyTable(Database &source, Database &target, const QString &table, const QHash<QString, QString> &types,
                         const Progress &progress)
{
    auto probe = source.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    if (!probe)
        return probe.error();
    QStringList columns;
    QList<PgCopy::Type> copyTypes;
    const QSqlRecord record = probe->record();
    for (int i = 0; i < record.count(); ++i) {
        if (!types.contains(record.fieldName(i)))
            continue;
        const auto type = PgCopy::typeOf(types.value(record.fieldName(i)));
        if (!type)
            return fail(MigrateText::tr("column %1 of %2 has a type migrate does not copy (%3)")
                            .arg(record.fieldName(i), table, types.value(record.fieldName(i))),
                        target.path());
        columns << record.fieldName(i);
        copyTypes << *type;
    }
    if (table == QLatin1String("setting"))
        return copySettings(source, target, columns, types);
    if (auto r = target.exec(QStringLiteral("DELETE FROM %1").arg(table)); !r)
        return r.error();
    PgCopy copy(target, table, columns, copyTypes);
    auto n = streamRows(
        source, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table), copy, copyTypes, table,
        table == QLatin1String("document") ? hashCheck(columns, false)
            : table == QLatin1String("incoming_document")
            ? hashCheck(columns, true)
            : RowCheck(),
        progress);
    if (!n)
        return n.error();
    progress(MigrateText::tr("%1: %2 rows copied").arg(table).arg(n.value()));
    return n;
}

// A login on the server for every user, by the same name: an existing role is mapped, a
// missing one is created as LOGIN without a password (IT decides how it signs in, pg_hba.conf);
// an active user is granted the group roles of its roles.
Status copyUsers(Database &source, Database &target, const QHash<QString, QString> &types, qint64 &count)
{
    auto users = source.exec(QStringLiteral("SELECT login, roles, active FROM app_user"));
    if (!users)
        return users.error();
    QStringList logins;
    while (users->next()) {
        const QString login = users->value(0).toString();
        if (login.contains(QLatin1Char('$')) || login.isEmpty())
            return fail(MigrateText::tr("the user login \"%1\" cannot be a login on the server; rename the user "
                                        "first")
                            .arg(login),
                        source.path());
        logins << login;
        auto exists = target.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login});
        if (!exists)
            return exists.error();
        QStringList statements;
        if (exists->toInt() == 0)
            // Another migration may make the same login meanwhile (logins are the cluster's): that is
            // the mapping by name, not an error.
            statements << QStringLiteral("SELECT format('DO $fv$ BEGIN CREATE ROLE %I LOGIN; EXCEPTION WHEN "
                                         "duplicate_object OR unique_violation THEN NULL; END $fv$', ?::text)");
        if (users->value(2).toLongLong() != 0)
            for (const QString &code : users->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                statements << QStringLiteral("SELECT CASE WHEN pg_has_role(l, g, 'MEMBER') THEN '' ELSE "
                                             "format('GRANT %I TO %I', g, l) END FROM (SELECT ?::text AS l, "
                                             "fv_group_role('%1') AS g) s")
                                  .arg(code.trimmed().remove(QLatin1Char('\'')));
        for (const QString &make : statements) {
            auto ddl = target.scalar(make, {login});
            if (!ddl)
                return ddl.error();
            if (ddl->toString().isEmpty())
                continue;
            if (auto r = target.exec(ddl->toString()); !r)
                return Error{r.error().message, login};
        }
    }
    // The target's first administrator stays, with an id after the source's users.
    if (auto r = target.exec(QStringLiteral("DELETE FROM app_user WHERE login = ANY(string_to_array(?, chr(10)))"),
                             {logins.join(QLatin1Char('\n'))});
        !r)
        return r.error();
    auto top = source.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM app_user"));
    if (!top)
        return top.error();
    if (auto r = target.exec(QStringLiteral("UPDATE app_user SET id = id + ?"), {top->toLongLong()}); !r)
        return r.error();
    auto n = copyTable(source, target, QStringLiteral("app_user"), types, [](const QString &) {});
    if (!n)
        return n.error();
    count = n.value();
    return ok();
}

// The statements that chain the copied events on the server, after its own head: one
// set-returning pass in a temporary PL/pgSQL function whose rows go into `event` in one INSERT
// (a row-by-row INSERT and fv_event_hash's SQL call per event took two thirds of the time).
// The hash is fv_event_hash's formula written out for PL/pgSQL's fast path: each part's UTF-8
// length, a colon and its bytes (a NULL part left out, as string_agg does); the caller compares
// sampled events with fv_event_hash itself, and audit verify checks every event before the commit.
QStringList rechainSteps()
{
    const QString part = QStringLiteral("coalesce(convert_to(octet_length(convert_to(%1, 'UTF8'))::text || ':', "
                                        "'UTF8') || convert_to(%1, 'UTF8'), ''::bytea)");
    QStringList parts;
    for (const QString &value :
         {QStringLiteral("prev"), QStringLiteral("r.id::text"), QStringLiteral("coalesce(r.case_id::text, '')"),
          QStringLiteral("r.at"), QStringLiteral("r.actor"), QStringLiteral("r.kind"), QStringLiteral("r.detail")})
        parts << part.arg(value);
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION pg_temp.fv_chained(first text) RETURNS TABLE (id bigint, case_id bigint, at "
            "text, actor text, kind text, detail text, prev_hash text, hash text) LANGUAGE plpgsql AS $chain$ "
            "DECLARE prev text := first; r record; BEGIN "
            "FOR r IN SELECT o.id, o.case_id, o.at, o.actor, o.kind, o.detail FROM old_event o ORDER BY o.id LOOP "
            "id := r.id; case_id := r.case_id; at := r.at; actor := r.actor; kind := r.kind; detail := r.detail; "
            "prev_hash := prev; hash := encode(sha256(%1), 'hex'); prev := hash; RETURN NEXT; END LOOP; END "
            "$chain$")
            .arg(parts.join(QStringLiteral(" || "))),
        QStringLiteral("INSERT INTO event (id, case_id, at, actor, kind, detail, prev_hash, hash) SELECT * FROM "
                       "pg_temp.fv_chained((SELECT last_hash FROM audit_head WHERE id = 1))"),
        QStringLiteral("UPDATE audit_head SET last_id = o.id, last_hash = e.hash FROM (SELECT max(id) AS id FROM "
                       "old_event) o JOIN event e ON e.id = o.id WHERE audit_head.id = 1"),
    };
}

// The old events after the target's own, each hash computed by the server (fv_event_hash, the
// formula of AuditLog.cpp) in one pass over a temporary copy: with no events on the target,
// ids and hashes come out unchanged.
Result<qint64> rechainEvents(Database &source, Database &target, const Progress &progress)
{
    auto offset = target.scalar(QStringLiteral("SELECT last_id FROM audit_head WHERE id = 1"));
    if (!offset)
        return offset.error();
    if (!offset->isValid())
        return fail(MigrateText::tr("the server's audit trail has no head row"), target.path());
    if (auto r = target.exec(QStringLiteral("CREATE TEMPORARY TABLE old_event (id bigint, case_id bigint, at text, "
                                            "actor text, kind text, detail text) ON COMMIT DROP"));
        !r)
        return r.error();
    using T = PgCopy::Type;
    const QList<PgCopy::Type> types = {T::BigInt, T::BigInt, T::Text, T::Text, T::Text, T::Text};
    PgCopy copy(target, QStringLiteral("old_event"),
                {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("at"), QStringLiteral("actor"),
                 QStringLiteral("kind"), QStringLiteral("detail")},
                types);
    auto n = streamRows(
        source,
        QStringLiteral("SELECT id + %1, case_id, at, actor, kind, detail FROM event ORDER BY id")
            .arg(offset->toLongLong()),
        copy, types, MigrateText::tr("audit trail"), RowCheck(), progress);
    if (!n)
        return n.error();
    for (const QString &step : rechainSteps())
        if (auto r = target.exec(step); !r)
            return r.error();
    auto differing = target.scalar(QStringLiteral(
        "SELECT count(*) FROM event WHERE id IN (SELECT id FROM old_event WHERE id % 997 = 0 OR id IN ((SELECT min(id) "
        "FROM old_event), (SELECT max(id) FROM old_event))) AND hash IS DISTINCT FROM fv_event_hash(prev_hash, id, "
        "case_id, at, actor, kind, detail)"));
    if (!differing)
        return differing.error();
    if (differing->toLongLong() != 0)
        return fail(MigrateText::tr("the re-chained audit trail differs from the server's fv_event_hash in %1 "
                                    "sampled events; nothing was migrated")
                        .arg(differing->toLongLong()),
                    target.path());
    progress(MigrateText::tr("audit trail: %1 events re-chained").arg(n.value()));
    return n;
}

// Identity columns continue after the copied ids.
Status resetIdentities(Database &target)
{
    auto q = target.exec(QStringLiteral("SELECT table_name::text, column_name::text FROM information_schema.columns "
                                        "WHERE table_schema = 'fv' AND is_identity = 'YES'"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> identities;
    while (q->next())
        identities.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto &[table, column] : identities)
        if (auto r = target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('fv.%1', '%2'), "
                                                "coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                                     .arg(table, column));
            !r)
            return r.error();
    return ok();
}

// Every document's and received file's SHA-256 was checked against its bytes twice on the way:
// by the copy as it read the SQLite row (hashCheck) and by the server's CHECK as it wrote it
// (sha256 = encode(sha256(content), 'hex')). What is left to see is that every row arrived.
Status verifyCount(Database &source, Database &target, const QString &table, qint64 &count)
{
    const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
    auto there = target.scalar(sql);
    auto here = source.scalar(sql);
    if (!there)
        return there.error();
    if (!here)
        return here.error();
    if (there->toLongLong() != here->toLongLong())
        return fail(MigrateText::tr("the server has %1 rows of %2, the SQLite file %3")
                        .arg(there->toLongLong())
                        .arg(table)
                        .arg(here->toLongLong()),
                    target.path());
    count = here->toLongLong();
    return ok();
}

// The SQLite file's audit trail, verified event by event before anything is copied (its head is
// kept on the server as evidence). A generated scratch file (generateOnServer) was written by this
// process a moment ago and is deleted after: its head is read, not verified; the chain the
// server computes from it is verified in full before the commit, as for any migration.
Result<QString> sourceHead(Database &source, bool generated, const Progress &progress)
{
    if (generated) {
        auto head = source.scalar(QStringLiteral("SELECT last_hash FROM audit_head WHERE id = 1"));
        if (!head)
            return head.error();
        return head->toString();
    }
    auto chain = AuditLog::verifyChain(source);
    if (!chain)
        return fail(MigrateText::tr("the SQLite file's audit trail is broken (%1); it is not migrated")
                        .arg(chain.error().message),
                    source.path());
    progress(MigrateText::tr("SQLite audit trail intact: %1 events, head %2").arg(chain->events).arg(chain->headHash));
    return chain->headHash;
}

Status copyAll(Database &source, Database &target, MigrationReport &report, const Progress &progress)
{
    auto tables = sourceTables(source);
    if (!tables)
        return tables.error();
    auto columns = targetColumns(target);
    if (!columns)
        return columns.error();
    if (auto s = copyUsers(source, target, columns->value(QStringLiteral("app_user")), report.users); !s)
        return s;
    progress(MigrateText::tr("users: %1 copied, each with a login on the server").arg(report.users));
    for (const QString &table : tables.value()) {
        if (!copiedAsRows(table) || !columns->contains(table))
            continue;
        auto n = copyTable(source, target, table, columns->value(table), progress);
        if (!n)
            return n.error();
        if (table == QLatin1String("fv_case"))
            report.cases = n.value();
    }
    Settings::forget(target); // the setting table was copied
    if (auto s = verifyCount(source, target, QStringLiteral("document"), report.documents); !s)
        return s;
    qint64 received = 0;
    if (auto s = verifyCount(source, target, QStringLiteral("incoming_document"), received); !s)
        return s;
    auto events = rechainEvents(source, target, progress);
    if (!events)
        return events.error();
    report.events = events.value();
    return ok();
}

// The migration's own event after the re-chained ones, chained by the server as its trigger
// would (the trigger needs an active user; the superuser who migrates is usually none).
Status recordMigration(Database &source, Database &target, const MigrationReport &report)
{
    const QString detail =
        QStringLiteral("migrated from SQLite %1: old audit head %2, %3 events; %4 cases, %5 "
                       "documents, %6 users")
            .arg(source.path(), report.oldHead)
            .arg(report.events)
            .arg(report.cases)
            .arg(report.documents)
            .arg(report.users);
    const QString sql = QStringLiteral(
        "WITH h AS (SELECT last_id + 1 AS id, last_hash AS prev, fv_now() AS at FROM audit_head WHERE id = 1), "
        "e AS (INSERT INTO event (id, case_id, at, actor, kind, detail, prev_hash, hash) "
        "SELECT id, NULL, at, session_user, 'migrated', ?, prev, "
        "fv_event_hash(prev, id, NULL, at, session_user, 'migrated', ?) FROM h RETURNING id, hash) "
        "UPDATE audit_head SET last_id = e.id, last_hash = e.hash FROM e WHERE audit_head.id = 1");
    if (auto r = target.exec(sql, {detail, detail}); !r)
        return r.error();
    return ok();
}

// What fv_rebuild_search does (which only an active admin may call), set-wise: one pass over
// each child table, grouped by case, instead of fv_search_document's five lookups per case,
// and the GIN index built once after the rows (a fast build with more memory) instead of
// updated row by row. The same document as fv_search_document, word for word and weight for
// weight (ServerPerformanceTests compares them).
Status rebuildSearch(Database &target)
{
    const QStringList steps = {
        QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
        QStringLiteral("DROP INDEX IF EXISTS case_search_document"),
        QStringLiteral("DELETE FROM case_search"),
        QStringLiteral(
            "INSERT INTO case_search (case_id, document) SELECT c.id, "
            "setweight(to_tsvector('simple', fv_search_words(c.case_number || ' ' || replace(c.case_number, '/', "
            "'') || ' ' || a.reference || ' ' || a.change_of || ' ' || coalesce(a.rek_reference, '') || ' ' || "
            "a.controller_org)), 'A') "
            "|| setweight(to_tsvector('simple', fv_search_words(a.title)), 'B') "
            "|| setweight(to_tsvector('simple', fv_search_words(a.leader_name || ' ' || a.leader_email || ' ' || "
            "a.controller_name || ' ' || a.controller_city || ' ' || coalesce(p.people, ''))), 'C') "
            "|| setweight(to_tsvector('simple', fv_search_words(a.summary || ' ' || a.change_summary || ' ' || "
            "a.population || ' ' || a.funding || ' ' || coalesce(s.sources, '') || ' ' || coalesce(v.names, '') "
            "|| ' ' || coalesce(d.comments, '') || ' ' || coalesce(n.notes, ''))), 'D') "
            "FROM fv_case c JOIN application a ON a.case_id = c.id "
            "LEFT JOIN (SELECT case_id, string_agg(name || ' ' || institution, ' ' ORDER BY pos) AS people "
            "FROM application_person GROUP BY case_id) p ON p.case_id = c.id "
            "LEFT JOIN (SELECT s.case_id, string_agg(s.registry || ' ' || r.name, ' ' ORDER BY s.pos) AS sources "
            "FROM data_source s JOIN registry r ON r.code = s.registry GROUP BY s.case_id) s ON s.case_id = c.id "
            "LEFT JOIN (SELECT s.case_id, string_agg(v.name, ' ' ORDER BY s.pos, v.pos) AS names FROM data_source "
            "s JOIN data_source_variable v ON v.data_source_id = s.id GROUP BY s.case_id) v ON v.case_id = c.id "
            "LEFT JOIN (SELECT case_id, string_agg(return_comment, ' ' ORDER BY version) AS comments FROM "
            "decision WHERE return_comment <> '' GROUP BY case_id) d ON d.case_id = c.id "
            "LEFT JOIN (SELECT case_id, string_agg(text, ' ' ORDER BY id) AS notes FROM case_note GROUP BY "
            "case_id) n ON n.case_id = c.id"),
        QStringLiteral("CREATE INDEX case_search_document ON case_search USING gin (document)"),
        QStringLiteral("ANALYZE case_search"),
    };
    for (const QString &step : steps)
        if (auto r = target.exec(step); !r)
            return r.error();
    return ok();
}

// The planner's statistics for the copied rows: without them every table still looks empty
// inside this transaction, and check's and the index's per-case lookups become full scans.
Status analyse(Database &target)
{
    if (auto r = target.exec(QStringLiteral("ANALYZE")); !r)
        return r.error();
    return ok();
}

// Synthetic cases make a real (empty) database a demo database; a test one stays a test one.
Status markGenerated(Database &target)
{
    auto kind = databaseKind(target);
    if (!kind)
        return kind.error();
    return kind.value() == DatabaseKind::Real ? setDatabaseKind(target, DatabaseKind::Demo) : ok();
}

} // namespace

Result<MigrationReport> migrateToServer(Database &source, Database &target, const Progress &progress, bool generated)
{
    if (source.isServer() || !target.isServer())
        return fail(MigrateText::tr("migrate copies an SQLite file onto a team server (--to postgresql://…)"),
                    target.path());
    if (auto s = requireEmptyTarget(target); !s)
        return s.error();
    MigrationReport report;
    auto head = sourceHead(source, generated, progress);
    if (!head)
        return head.error();
    report.oldHead = head.value();
    Transaction tx(target);
    if (!tx.isOpen())
        return tx.error();
    // Triggers and foreign keys off for the copy (superuser only): the rows keep their ids,
    // authors and times; the CHECK constraints still hold, and check runs below.
    if (auto r = target.exec(QStringLiteral("SET LOCAL session_replication_role = replica")); !r)
        return r.error();
    // Stored documents (PDFs, mostly incompressible) are written with lz4 where the server has it:
    // pglz tried and gave up on each, which took 3.5 times as long (docs/PERFORMANCE.md). A
    // setting of this transaction, not of the schema: every reader decompresses either.
    if (auto r = target.exec(QStringLiteral("DO $fv$ BEGIN SET LOCAL default_toast_compression = 'lz4'; EXCEPTION WHEN "
                                            "OTHERS THEN NULL; END $fv$"));
        !r)
        return r.error();
    if (auto s = copyAll(source, target, report, progress); !s)
        return s.error();
    if (auto s = resetIdentities(target); !s)
        return s.error();
    if (auto s = analyse(target); !s)
        return s.error();
    progress(MigrateText::tr("statistics gathered; rebuilding the search index"));
    if (auto s = rebuildSearch(target); !s)
        return s.error();
    progress(MigrateText::tr("search index rebuilt"));
    if (auto s = recordMigration(source, target, report); !s)
        return s.error();
    if (auto r = target.exec(QStringLiteral("SET LOCAL session_replication_role = origin")); !r)
        return r.error();
    if (generated)
        if (auto s = markGenerated(target); !s)
            return s.error();
    auto checked = checkDatabase(target);
    if (!checked)
        return checked.error();
    if (!checked->ok())
        return fail(MigrateText::tr("check failed on the server, nothing was migrated: %1")
                        .arg(checked->problems.join(QStringLiteral("; "))),
                    target.path());
    report.newHead = checked->auditHead; // check verified the whole chain on the server
    progress(MigrateText::tr("check and audit verify green on the server; committing"));
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace fv
