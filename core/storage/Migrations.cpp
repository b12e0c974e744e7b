#include "storage/Migrations.h"

#include "registry/RegistryCatalogue.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SchemaSteps.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <vector>

namespace fv {
namespace {

Status runAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        auto r = db.exec(sql);
        if (!r)
            return r.error();
    }
    return ok();
}

// Version 1: registries, users, cases and their applications, the joint decision,
// documents and the hash-chained audit trail.
Status upgradeToV1(Database &db)
{
    const QStringList schema = {
        QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY, value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE registry (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, name_nn TEXT NOT NULL, name_en TEXT NOT NULL,
            manager TEXT NOT NULL, regulation TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE registry_variable (
            registry TEXT NOT NULL REFERENCES registry(code) ON UPDATE CASCADE,
            name TEXT NOT NULL, grp TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (registry, name)))"),
        QStringLiteral(R"(CREATE TABLE app_user (
            id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
            roles TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE case_sequence (
            year INTEGER PRIMARY KEY, last INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE fv_case (
            id INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, seq INTEGER NOT NULL,
            status TEXT NOT NULL, assignee INTEGER REFERENCES app_user(id),
            created_at TEXT NOT NULL, completed_on TEXT, updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            change_of INTEGER REFERENCES fv_case(id),
            next_document INTEGER NOT NULL DEFAULT 1,
            UNIQUE (year, seq)))"),
        QStringLiteral(R"(CREATE TABLE application (
            case_id INTEGER PRIMARY KEY REFERENCES fv_case(id) ON DELETE CASCADE,
            reference TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, change_of TEXT NOT NULL DEFAULT '',
            change_summary TEXT NOT NULL DEFAULT '', received TEXT NOT NULL, language TEXT NOT NULL,
            title TEXT NOT NULL, summary TEXT NOT NULL, purpose TEXT NOT NULL,
            project_start TEXT NOT NULL, project_end TEXT NOT NULL, deletion_date TEXT NOT NULL,
            funding TEXT NOT NULL DEFAULT '',
            leader_name TEXT NOT NULL, leader_email TEXT NOT NULL, leader_phone TEXT NOT NULL DEFAULT '',
            leader_title TEXT NOT NULL DEFAULT '',
            controller_name TEXT NOT NULL, controller_org TEXT NOT NULL, controller_street TEXT NOT NULL,
            controller_postal_code TEXT NOT NULL, controller_city TEXT NOT NULL,
            controller_country TEXT NOT NULL DEFAULT '',
            article6 TEXT NOT NULL DEFAULT '', article9 TEXT NOT NULL DEFAULT '', dpia TEXT NOT NULL DEFAULT '',
            dpo_consulted INTEGER, institution_approved INTEGER NOT NULL,
            rek_reference TEXT, rek_approved_on TEXT,
            identifiability TEXT NOT NULL, direct_justification TEXT NOT NULL DEFAULT '',
            population TEXT NOT NULL,
            has_linkage INTEGER NOT NULL DEFAULT 0, linkage_description TEXT NOT NULL DEFAULT '',
            linkage_keys TEXT NOT NULL DEFAULT '[]', linkage_external TEXT NOT NULL DEFAULT '[]',
            storage_environment TEXT NOT NULL, storage_description TEXT NOT NULL DEFAULT '',
            has_attachments_key INTEGER NOT NULL DEFAULT 0,
            extensions TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TABLE application_person (
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, name TEXT NOT NULL, institution TEXT NOT NULL,
            PRIMARY KEY (case_id, pos)))"),
        QStringLiteral(R"(CREATE TABLE data_source (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, registry TEXT NOT NULL REFERENCES registry(code),
            period_from TEXT NOT NULL, period_to TEXT NOT NULL, justification TEXT NOT NULL,
            UNIQUE (case_id, registry)))"),
        QStringLiteral(R"(CREATE TABLE data_source_variable (
            data_source_id INTEGER NOT NULL REFERENCES data_source(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY (data_source_id, pos)))"),
        QStringLiteral(R"(CREATE TABLE attachment (
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
            content BLOB, size INTEGER,
            PRIMARY KEY (case_id, pos)))"),
        QStringLiteral(R"(CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            version INTEGER NOT NULL, status TEXT NOT NULL,
            exemption_required INTEGER NOT NULL, exemption_granted INTEGER NOT NULL,
            exemption_legal_basis TEXT NOT NULL DEFAULT '', exemption_reasons TEXT NOT NULL DEFAULT '',
            legal_basis TEXT NOT NULL DEFAULT '', reasons TEXT NOT NULL DEFAULT '',
            drafted_by INTEGER NOT NULL REFERENCES app_user(id), drafted_at TEXT NOT NULL,
            submitted_by INTEGER REFERENCES app_user(id), submitted_at TEXT,
            approved_by INTEGER REFERENCES app_user(id), approved_at TEXT,
            return_comment TEXT NOT NULL DEFAULT '',
            supersedes INTEGER REFERENCES decision(id),
            UNIQUE (case_id, version)))"),
        QStringLiteral(R"(CREATE TABLE decision_entry (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, registry TEXT NOT NULL REFERENCES registry(code),
            outcome TEXT NOT NULL, period_from TEXT, period_to TEXT, reason TEXT NOT NULL DEFAULT '',
            UNIQUE (decision_id, registry)))"),
        QStringLiteral(R"(CREATE TABLE decision_variable (
            entry_id INTEGER NOT NULL REFERENCES decision_entry(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, name TEXT NOT NULL, approved INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, pos)))"),
        QStringLiteral(R"(CREATE TABLE decision_condition (
            decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL, code TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
            PRIMARY KEY (decision_id, pos)))"),
        QStringLiteral(R"(CREATE TABLE document (
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            doc_no INTEGER NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,
            created_at TEXT NOT NULL, created_by INTEGER NOT NULL REFERENCES app_user(id),
            sha256 TEXT NOT NULL, content BLOB NOT NULL,
            PRIMARY KEY (case_id, doc_no)))"),
        // The audit trail: append-only, each event carrying the hash of the one before.
        QStringLiteral(R"(CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES fv_case(id),
            at TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX event_case ON event(case_id, id)"),
        QStringLiteral(R"(CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER event_no_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        QStringLiteral("CREATE INDEX case_status ON fv_case(status)"),
        QStringLiteral("CREATE INDEX data_source_registry ON data_source(registry)"),
        QStringLiteral("CREATE INDEX decision_case ON decision(case_id, version)"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;
    return seedRegistries(db);
}

using Step = std::function<Status(Database &)>;

const std::vector<Step> &steps()
{
    // One function per version; never change a released step, add the next one.
    static const std::vector<Step> s = {
        upgradeToV1, upgradeToV2, upgradeToV3,  upgradeToV4,  upgradeToV5,  upgradeToV6, upgradeToV7,
        upgradeToV8, upgradeToV9, upgradeToV10, upgradeToV11, upgradeToV12, upgradeToV13};
    return s;
}

} // namespace

int currentSchemaVersion()
{
    return static_cast<int>(steps().size());
}

Status migrate(Database &db)
{
    const int from = db.schemaVersion();
    if (from < 0)
        return fail(QCoreApplication::translate("fv::Storage",
                                                "the database has an impossible schema version (%1): it is damaged "
                                                "or was not made by Fellesvedtak; restore it from a backup")
                        .arg(from),
                    db.path());
    if (from > currentSchemaVersion())
        return fail(QCoreApplication::translate("fv::Storage",
                                                "the database was written by a newer version of Fellesvedtak "
                                                "(schema %1; this program knows up to %2); update the program")
                        .arg(from)
                        .arg(currentSchemaVersion()),
                    db.path());
    // A database with data in it is copied before its schema changes: NAME.before-vN.bak.
    if (from >= 1 && from < currentSchemaVersion()) {
        auto copy = backupDatabase(db, migrationBackupPath(db.path(), currentSchemaVersion()));
        if (!copy)
            return fail(QCoreApplication::translate("fv::Storage",
                                                    "the database was not upgraded, because the backup before "
                                                    "the upgrade failed: %1")
                            .arg(copy.error().toString()),
                        db.path());
    }
    for (int v = from; v < currentSchemaVersion(); ++v) {
        Transaction tx(db);
        if (!tx.isOpen())
            return tx.error();
        if (auto s = steps()[static_cast<size_t>(v)](db); !s)
            return fail(QCoreApplication::translate("fv::Storage", "upgrading the schema to version %1 failed: %2")
                            .arg(v + 1)
                            .arg(s.error().message),
                        db.path());
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c;
    }
    return ok();
}

} // namespace fv
