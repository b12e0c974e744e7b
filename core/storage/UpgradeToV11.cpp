#include "storage/Database.h"
#include "storage/SchemaSteps.h"

namespace fv {

// Version 11: appeals (klage) against a case's individual decisions (core/appeal/Appeal.h): one
// row per appeal with the contested decision and letter, the dates that decide whether it is in
// time (fvl §§ 29–30), how a late one was handled (§ 31), HDS's preparation (§ 33) and outcome,
// the forwarding to the appeal body and its result. Every change is also an event in the audit
// trail. Nothing here reads a table of version 10, so the steps may be merged in either order.
Status upgradeToV11(Database &db)
{
    auto r = db.exec(QStringLiteral(R"(CREATE TABLE appeal (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES fv_case(id),
        decision_version INTEGER NOT NULL DEFAULT 0,
        letter_document INTEGER NOT NULL DEFAULT 0,
        letter_sent_on TEXT,
        received_on TEXT NOT NULL,
        posted_on TEXT,
        appellant TEXT NOT NULL,
        contests TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        attachment_id INTEGER,
        last_day TEXT,
        in_time INTEGER NOT NULL,
        late_handling TEXT NOT NULL DEFAULT 'none'
            CHECK (late_handling IN ('none', 'considered', 'rejected')),
        late_reason TEXT NOT NULL DEFAULT '',
        late_decided_on TEXT,
        preparation_due TEXT,
        outcome TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'reversed', 'partly-reversed',
            'upheld-forwarded', 'rejected', 'withdrawn')),
        outcome_on TEXT,
        reversing_version INTEGER NOT NULL DEFAULT 0,
        forwarded_on TEXT,
        hds_view TEXT NOT NULL DEFAULT '',
        comment_due TEXT,
        body_result TEXT NOT NULL DEFAULT 'none'
            CHECK (body_result IN ('none', 'upheld', 'reversed', 'partly-reversed', 'sent-back')),
        body_result_on TEXT,
        body_reference TEXT NOT NULL DEFAULT '',
        body_document_id INTEGER,
        created_by INTEGER NOT NULL REFERENCES app_user(id), created_at TEXT NOT NULL,
        changed_by INTEGER NOT NULL REFERENCES app_user(id), changed_at TEXT NOT NULL))"));
    if (!r)
        return r.error();
    if (auto i = db.exec(QStringLiteral("CREATE INDEX appeal_case ON appeal(case_id, id)")); !i)
        return i.error();
    return ok();
}

} // namespace fv
