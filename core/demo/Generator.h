#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace fv {

class Database;

struct GenerateOptions
{
    int cases = 1000;
    quint32 seed = 1;
    // SQLite's own search index (case_fts) written with the cases. Off only for the scratch file
    // that generate on the team server loads onto the server, which builds its own index.
    bool searchIndex = true;
};

struct GenerateReport
{
    int cases = 0;
    int decided = 0;
    qint64 events = 0;
    QString firstCase;
    QString lastCase;
};

// Called now and then with how many cases are written so far.
using GenerateProgress = std::function<void(int done, int total)>;

// Fills the database with `cases` realistic synthetic cases for demos and benchmarks:
// received over the last years up to today, in every state of the case's life (the older
// ones decided and closed, the newest still being worked on), all 11 registries, Norwegian
// names with æ, ø and å, change applications to earlier decisions, joint decisions with
// partial grants and refusals, and the audit events the real operations write. The same
// seed gives the same archive. Written in large transactions with prepared statements:
// 100 000 cases take well under a minute. Only an administrator may generate (it adds the
// caseworker users it needs); on a database without users the acting login becomes admin.
Result<GenerateReport> generateCases(Database &db, const QString &actingLogin, const GenerateOptions &options,
                                     const GenerateProgress &progress = {});

} // namespace fv
