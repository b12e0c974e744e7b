#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace fv {

class Database;

// What `check` found. Each problem names what and where (a table, a case number, an event);
// never an applicant's personal data.
struct CheckReport
{
    QStringList problems;
    qint64 cases = 0;
    qint64 events = 0;
    QString auditHead; // the last audit event's hash, when the chain is intact

    bool ok() const { return problems.isEmpty(); }
};

// The whole database checked: SQLite's integrity_check, foreign_key_check, the audit chain
// (AuditLog::verifyChain) and that every case is whole: it has its application, its data
// sources and its events, every decision has its registry entries, the case status agrees with
// its decision, and the case numbers of each year have no gaps. Changes nothing.
Result<CheckReport> checkDatabase(Database &db);

} // namespace fv
