#pragma once

#include "Result.h"

namespace fv {

class Database;

// The schema steps after version 1, one file each, run in order by migrate() inside one
// transaction per step. Each adds what its part of the program keeps.
Status upgradeToV2(Database &db);  // casework: assignment, assessment, consultation, dialogue, deadlines
Status upgradeToV3(Database &db);  // search: full-text index and statistics support
Status upgradeToV4(Database &db);  // reliability: audit chain head, concurrency
Status upgradeToV5(Database &db);  // decisions: condition library, price tables, fees
Status upgradeToV6(Database &db);  // letters: immutable documents, admin-edited templates
Status upgradeToV7(Database &db);  // the rule book: user titles, decision contributors and revisions
Status upgradeToV8(Database &db);  // the archive: journal, screening
Status upgradeToV9(Database &db);  // after the decision: deliveries and the end of the project
Status upgradeToV10(Database &db); // decision letters: a foreign applicant's legal basis
Status upgradeToV12(Database &db); // revocation, reversal without appeal (fvl § 35), suspension (fvl § 42)
Status upgradeToV11(Database &db); // appeals: klage, its deadline, preparation and outcome
Status upgradeToV13(Database &db); // received files: the appeal and the appeal body's decision

// The packaged standard conditions into condition_library (v5; also a new team server).
Status seedConditionLibrary(Database &db);

} // namespace fv
