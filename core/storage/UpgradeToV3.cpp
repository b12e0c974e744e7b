#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QStringList>

namespace fv {

// Search and statistics: the full-text index of cases and the indexes that keep the work
// queue, filtered lists and statistics fast on a large archive.
Status upgradeToV3(Database &db)
{
    const QStringList indexes = {
        QStringLiteral("CREATE INDEX case_status_number ON fv_case(status, year, seq)"),
        QStringLiteral("CREATE INDEX application_received ON application(received)"),
        QStringLiteral("CREATE INDEX decision_status ON decision(status, case_id)"),
        // Statistics read the approvals and linked cases from these alone, not from the wide rows.
        QStringLiteral("CREATE INDEX decision_approved ON decision(case_id, version, approved_at) "
                       "WHERE approved_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX application_linked_external ON application(case_id) "
                       "WHERE has_linkage = 1 AND linkage_external <> '[]'"),
    };
    for (const QString &sql : indexes)
        if (auto r = db.exec(sql); !r)
            return r.error();
    return SearchIndex::create(db);
}

} // namespace fv
