#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Version 9: after the decision letter.
//  - delivery: per case and registry, what the registry manager reported: ordered, delivered on
//    a day, or delayed with a reason. One row per registry, kept current; every change is an
//    event in the audit trail, so the history is there.
//  - project_end: the applicant's end report and the confirmation that the data were deleted or
//    anonymised, each with its date.
// Nothing here reads a table of version 8, so the steps may be merged in either order.
Status upgradeToV9(Database &db)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE delivery (
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            registry TEXT NOT NULL REFERENCES registry(code),
            ordered_on TEXT, delivered_on TEXT, delayed_on TEXT,
            delay_reason TEXT NOT NULL DEFAULT '',
            changed_by INTEGER NOT NULL REFERENCES app_user(id), changed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, registry),
            CHECK (delivered_on IS NULL OR ordered_on IS NULL OR delivered_on >= ordered_on)))"),
        QStringLiteral(R"(CREATE TABLE project_end (
            case_id INTEGER PRIMARY KEY REFERENCES fv_case(id),
            report_on TEXT, deleted_on TEXT,
            changed_by INTEGER NOT NULL REFERENCES app_user(id), changed_at TEXT NOT NULL))"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return ok();
}

} // namespace fv
