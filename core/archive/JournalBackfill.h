#pragma once

#include "Result.h"

namespace fv {

class Database;

// The journal of cases that have none yet, from what is stored: the application of each case
// (incoming, entry 1) and every letter sent (outgoing, entry = document number + 1), numbered by
// year in the order they were made, after the entries already numbered. Used by schema step 8
// for an existing database and by the generator for its cases. Inside the caller's transaction.
Status buildMissingJournal(Database &db);

// A short synthetic decision letter (a small PDF naming the case) stored as document 1 of every
// generated case at or after `firstCaseId` that reached a decision letter and has no document,
// so archive extracts of generated data carry documents. Inside the caller's transaction.
Status storeSyntheticLetters(Database &db, qint64 firstCaseId);

} // namespace fv
