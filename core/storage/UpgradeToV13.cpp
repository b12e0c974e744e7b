#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 13: files received in a case outside the application (core/archive/IncomingDocuments.h):
// the appeal as it came in (a PDF letter, a scan, a saved e-mail) and the appeal body's decision,
// byte for byte with their SHA-256, each the main document of its incoming journal entry.
// appeal.attachment_id and appeal.body_document_id (step 11) name their rows. Like the sent
// documents, a stored file is never changed or removed. The table `document` stays the case's
// sent letters, and `attachment` the application's files, so no reader of either changes.
Status upgradeToV13(Database &db)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE incoming_document (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            kind TEXT NOT NULL CHECK (kind IN ('appeal', 'appeal-result')),
            file_name TEXT NOT NULL CHECK (length(file_name) > 0),
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size > 0),
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            journal_entry_id INTEGER REFERENCES journal_entry(id),
            created_by INTEGER NOT NULL REFERENCES app_user(id), created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX incoming_document_case ON incoming_document(case_id, id)"),
        QStringLiteral("CREATE INDEX incoming_document_entry ON incoming_document(journal_entry_id)"),
        QStringLiteral(R"(CREATE TRIGGER incoming_document_no_update BEFORE UPDATE ON incoming_document
            BEGIN SELECT RAISE(ABORT, 'a received document cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER incoming_document_no_delete BEFORE DELETE ON incoming_document
            BEGIN SELECT RAISE(ABORT, 'a received document cannot be deleted'); END)"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return ok();
}

} // namespace fv
