#pragma once

#include "Result.h"
#include "application/Application.h"

#include <QStringList>

#include <map>

namespace fv {

class Database;

// The full-text index of cases (SQLite FTS5, table case_fts, one row per case, rowid = the
// case's id). A trigger on the audit trail re-indexes a case whenever an event about it is
// appended – every core operation appends one after its writes, in the same transaction – so
// the index is always in step with what was committed; text is stored folded (TextFolding.h).
namespace SearchIndex {

// Creates the table, its ranking and the triggers, and indexes every case already there
// (schema step 3).
Status create(Database &db);

// Indexes the cases with ids from..to again (all when both are 0), inside the caller's
// transaction: for bulk loads that write the index last.
Status rebuild(Database &db, qint64 fromId = 0, qint64 toId = 0);

// The index row of one case (table case_fts: ids, title, people, body), built in C++ exactly as
// the triggers build it in SQL, for bulk loads that write it themselves.
struct SearchDocument
{
    QString ids;
    QString title;
    QString people;
    QString body;
};
SearchDocument document(const QString &caseNumber, const Application &app,
                        const std::map<QString, QString> &registryNames, const QStringList &comments,
                        const QStringList &notes);

// Inside the caller's transaction: the index triggers stand aside until endBulkLoad(), and the
// caller writes every case's row with document(). Other connections never see the difference.
Status beginBulkLoad(Database &db);
Status endBulkLoad(Database &db);

} // namespace SearchIndex
} // namespace fv
