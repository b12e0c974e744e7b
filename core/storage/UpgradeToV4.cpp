#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 4: what reliability needs from the schema.
//  - audit_head keeps the last event's id and hash. The chain alone cannot show that its LAST
//    events were deleted (nothing after them breaks); the head can. A trigger moves it with
//    every insert, and it only ever moves forward.
//  - Every recorded change of a case moves the case's row_version, whichever operation made
//    it: the optimistic concurrency check of editors relies on that.
Status upgradeToV4(Database &db)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_id INTEGER NOT NULL, last_hash TEXT NOT NULL))"),
        QStringLiteral(R"(INSERT INTO audit_head (id, last_id, last_hash)
            SELECT 1, COALESCE(MAX(id), 0),
                   COALESCE((SELECT hash FROM event ORDER BY id DESC LIMIT 1), '%1')
            FROM event)")
            .arg(QString(64, QLatin1Char('0'))),
        QStringLiteral(R"(CREATE TRIGGER event_moves_head AFTER INSERT ON event
            BEGIN UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1; END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
            WHEN NEW.last_id <= OLD.last_id
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER event_touches_case AFTER INSERT ON event
            WHEN NEW.case_id IS NOT NULL
            BEGIN UPDATE fv_case SET row_version = row_version + 1 WHERE id = NEW.case_id; END)"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return ok();
}

} // namespace fv
