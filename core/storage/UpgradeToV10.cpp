#include "storage/Database.h"
#include "storage/SchemaSteps.h"

namespace fv {

// Version 10: a foreign applicant's legal basis in its own law, stated by the caseworker and
// printed under the decision letter's legal basis (ForeignBasis.h). Empty: none stated.
Status upgradeToV10(Database &db)
{
    auto r = db.exec(QStringLiteral("ALTER TABLE fv_case ADD COLUMN foreign_legal_basis TEXT NOT NULL DEFAULT ''"));
    if (!r)
        return r.error();
    return ok();
}

} // namespace fv
