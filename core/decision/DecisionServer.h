#pragma once

#include "Result.h"
#include "decision/Decision.h"

#include <QByteArray>
#include <QString>

namespace fv {

class Database;

// The decision's steps on the team server: the server's functions store the content, move the
// case's status, record the contributor and append the audit event (resources/postgres/
// decisions.sql); the program's rule book has checked first, as on SQLite.
namespace serverdecision {

// The content as the server's functions take it (JSON, described at the top of decisions.sql).
QByteArray content(const Decision &d);

Result<qint64> draft(Database &db, const QString &caseNumber, const Decision &d);
Status save(Database &db, const QString &caseNumber, const Decision &d); // d.revision: what was opened
Status submit(Database &db, const QString &caseNumber, int revision);
Status returnDraft(Database &db, const QString &caseNumber, int revision, const QString &comment);
Status approve(Database &db, const QString &caseNumber, int revision);

} // namespace serverdecision
} // namespace fv
