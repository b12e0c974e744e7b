#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 6: letters.
//  - A sent letter is a case document and a record of what the applicant received: the
//    stored bytes never change and are never removed (like the audit trail).
//  - letter_template keeps the templates an admin has changed; a kind and language without a
//    row uses the packaged template.
Status upgradeToV6(Database &db)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TRIGGER document_no_update BEFORE UPDATE ON document
            BEGIN SELECT RAISE(ABORT, 'a sent document cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER document_no_delete BEFORE DELETE ON document
            BEGIN SELECT RAISE(ABORT, 'a sent document cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE letter_template (
            kind TEXT NOT NULL, language TEXT NOT NULL, body TEXT NOT NULL,
            updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
            PRIMARY KEY (kind, language)))"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return ok();
}

} // namespace fv
