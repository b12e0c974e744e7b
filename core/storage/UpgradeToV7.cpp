#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 7: the rule book.
//  - app_user.title is the title under a signer's name in letters (seksjonssjef); row_version
//    lets two admins editing one user collide cleanly instead of overwriting each other.
//  - decision_contributor records everyone who drafted, edited or submitted a decision version:
//    the four-eyes rule refuses all of them as its approver, not only the first drafter.
//  - decision.revision moves on every saved change of a version, so an approval names exactly
//    what the approver read.
Status upgradeToV7(Database &db)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE app_user ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE app_user ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE decision ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(R"(CREATE TABLE decision_contributor (
            decision_id INTEGER NOT NULL REFERENCES decision(id),
            user_id INTEGER NOT NULL REFERENCES app_user(id),
            act TEXT NOT NULL CHECK (act IN ('drafted', 'edited', 'submitted')),
            at TEXT NOT NULL,
            PRIMARY KEY (decision_id, user_id, act)))"),
        // Who drafted and who submitted each existing version are contributors too.
        QStringLiteral("INSERT INTO decision_contributor (decision_id, user_id, act, at) "
                       "SELECT id, drafted_by, 'drafted', drafted_at FROM decision"),
        QStringLiteral("INSERT INTO decision_contributor (decision_id, user_id, act, at) "
                       "SELECT id, submitted_by, 'submitted', submitted_at FROM decision "
                       "WHERE submitted_by IS NOT NULL"),
        QStringLiteral(R"(CREATE TRIGGER decision_contributor_no_update BEFORE UPDATE ON decision_contributor
            BEGIN SELECT RAISE(ABORT, 'who worked on a decision cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER decision_contributor_no_delete BEFORE DELETE ON decision_contributor
            BEGIN SELECT RAISE(ABORT, 'who worked on a decision cannot be removed'); END)"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return ok();
}

} // namespace fv
