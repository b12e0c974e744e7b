#pragma once

#include "Result.h"

namespace fv {

class Database;

// Optimistic concurrency for editors that keep a case open (the GUI, or a load-change-save on
// the command line): they remember the case's row version (CaseRecord::rowVersion) when they
// load it and hand it back when they save. Every recorded change of a case moves the version
// (schema 4 trigger), so a save on top of someone else's change is refused, inside the saving
// transaction, naming who changed the case and when: the other person's work stays, and the
// editor still has their own to apply again after a reload.
Status requireCaseVersion(Database &db, qint64 caseId, qint64 expectedVersion);

} // namespace fv
