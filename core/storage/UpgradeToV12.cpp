#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 12: revoking or reversing a decision, and suspended implementation (fvl §§ 16, 35, 42).
//  - revocation: access revoked because the conditions were broken, or a decision reversed
//    without an appeal (fvl § 35). The advance notice (fvl § 16) with its deadline to comment,
//    the applicant's comment, then the decision proposed by one person and approved by another:
//    the four-eyes rule is a CHECK here, so it holds whoever writes. An approved row is locked.
//  - revocation_registry: the registries the notice concerns, and which of them were revoked.
//  - suspension: a request for suspended implementation (fvl § 42) and its decision.
//  - delivery.stopped_on: the registry manager was told to stop delivering (revocation).
// Nothing here depends on step 11, so the steps may be merged in either order.
Status upgradeToV12(Database &db)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE revocation (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            kind TEXT NOT NULL CHECK (kind IN ('revocation', 'reversal')),
            grounds TEXT NOT NULL CHECK (length(trim(grounds)) > 0),
            all_registries BOOLEAN NOT NULL,
            notified_on TEXT NOT NULL, notified_by INTEGER NOT NULL REFERENCES app_user(id),
            comment_due TEXT NOT NULL,
            comment_on TEXT, comment TEXT NOT NULL DEFAULT '',
            outcome TEXT CHECK (outcome IS NULL OR outcome IN ('revoked', 'partly', 'dropped')),
            reason TEXT NOT NULL DEFAULT '',
            proposed_by INTEGER REFERENCES app_user(id), proposed_at TEXT,
            approved_by INTEGER REFERENCES app_user(id), decided_on TEXT,
            changed_by INTEGER NOT NULL REFERENCES app_user(id), changed_at TEXT NOT NULL,
            CHECK (comment_due >= notified_on),
            CHECK ((outcome IS NULL) = (proposed_by IS NULL)),
            CHECK (approved_by IS NULL OR (proposed_by IS NOT NULL AND approved_by <> proposed_by)),
            CHECK ((approved_by IS NULL) = (decided_on IS NULL))))"),
        QStringLiteral("CREATE INDEX revocation_case ON revocation(case_id)"),
        QStringLiteral(R"(CREATE TRIGGER revocation_locked BEFORE UPDATE ON revocation
            WHEN OLD.approved_by IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'an approved revocation is locked'); END)"),
        QStringLiteral(R"(CREATE TRIGGER revocation_no_delete BEFORE DELETE ON revocation
            BEGIN SELECT RAISE(ABORT, 'a revocation is kept'); END)"),
        QStringLiteral(R"(CREATE TABLE revocation_registry (
            revocation_id INTEGER NOT NULL REFERENCES revocation(id),
            registry TEXT NOT NULL REFERENCES registry(code),
            revoked BOOLEAN NOT NULL DEFAULT FALSE,
            PRIMARY KEY (revocation_id, registry)))"),
        QStringLiteral(R"(CREATE TABLE suspension (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            requested_on TEXT NOT NULL, requested_by TEXT NOT NULL CHECK (length(trim(requested_by)) > 0),
            decided_on TEXT, granted BOOLEAN, reason TEXT NOT NULL DEFAULT '',
            decided_by INTEGER REFERENCES app_user(id),
            ended_on TEXT,
            changed_by INTEGER NOT NULL REFERENCES app_user(id), changed_at TEXT NOT NULL,
            CHECK ((decided_on IS NULL) = (granted IS NULL)),
            CHECK (decided_on IS NULL OR decided_on >= requested_on),
            CHECK (ended_on IS NULL OR granted)))"),
        QStringLiteral("CREATE INDEX suspension_case ON suspension(case_id)"),
        QStringLiteral("ALTER TABLE delivery ADD COLUMN stopped_on TEXT"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return ok();
}

} // namespace fv
