#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 2: the casework between receipt and decision – the legal-assessment checklist,
// registry-manager consultations, the dialogue with the applicant (whose open requests pause
// the deadline clock), notes, forwarding and the § 11 a preliminary reply.
Status upgradeToV2(Database &db)
{
    const QStringList schema = {
        QStringLiteral(R"(CREATE TABLE assessment (
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            item TEXT NOT NULL CHECK (item IN ('purpose', 'legal-basis', 'rek', 'institution-approval',
                'minimisation', 'security', 'society-interest', 'linkage', 'deletion', 'security-screening')),
            result TEXT NOT NULL CHECK (result IN ('fulfilled', 'not-fulfilled', 'not-relevant')),
            note TEXT NOT NULL DEFAULT '',
            assessed_by INTEGER NOT NULL REFERENCES app_user(id), assessed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, item)))"),
        QStringLiteral(R"(CREATE TABLE consultation (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            registry TEXT NOT NULL REFERENCES registry(code) ON UPDATE CASCADE,
            sent_on TEXT NOT NULL, due TEXT NOT NULL, sent_by INTEGER NOT NULL REFERENCES app_user(id),
            answered_on TEXT, answer TEXT CHECK (answer IN ('grant', 'partly', 'refuse')),
            note TEXT NOT NULL DEFAULT '', answered_by INTEGER REFERENCES app_user(id),
            CHECK ((answered_on IS NULL) = (answer IS NULL))))"),
        QStringLiteral("CREATE INDEX consultation_case ON consultation(case_id, id)"),
        // At most one unanswered consultation per registry; the work queue reads the open ones by due date.
        QStringLiteral("CREATE UNIQUE INDEX consultation_one_open ON consultation(case_id, registry) "
                       "WHERE answered_on IS NULL"),
        QStringLiteral("CREATE INDEX consultation_open_due ON consultation(due) WHERE answered_on IS NULL"),
        QStringLiteral(R"(CREATE TABLE info_request (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            requested_on TEXT NOT NULL, text TEXT NOT NULL, answer_due TEXT NOT NULL,
            requested_by INTEGER NOT NULL REFERENCES app_user(id), resume_status TEXT NOT NULL,
            reminded_on TEXT, reminder_due TEXT, answered_on TEXT,
            CHECK (answered_on IS NULL OR answered_on >= requested_on)))"),
        QStringLiteral("CREATE INDEX info_request_case ON info_request(case_id, id)"),
        QStringLiteral("CREATE UNIQUE INDEX info_request_one_open ON info_request(case_id) WHERE answered_on IS NULL"),
        QStringLiteral(R"(CREATE TABLE case_note (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            audience TEXT NOT NULL CHECK (audience IN ('internal', 'applicant')),
            text TEXT NOT NULL, written_by INTEGER NOT NULL REFERENCES app_user(id), written_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX case_note_case ON case_note(case_id, id)"),
        // registry NULL: the whole case was forwarded.
        QStringLiteral(R"(CREATE TABLE forwarding (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
            registry TEXT REFERENCES registry(code) ON UPDATE CASCADE,
            reason TEXT NOT NULL, forwarded_on TEXT NOT NULL,
            forwarded_by INTEGER NOT NULL REFERENCES app_user(id)))"),
        QStringLiteral("CREATE UNIQUE INDEX forwarding_once ON forwarding(case_id, COALESCE(registry, ''))"),
        QStringLiteral("ALTER TABLE fv_case ADD COLUMN preliminary_reply_on TEXT"),
        QStringLiteral("CREATE INDEX case_assignee ON fv_case(assignee, status)"),
    };
    for (const QString &sql : schema)
        if (auto r = db.exec(sql); !r)
            return r.error();
    return ok();
}

} // namespace fv
