#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace fv {

class Database;
struct StoredDocument;

// The SQL of the fv_case table and the case's documents list: the case service decides, this
// stores. Writes run inside the caller's transaction.
class CaseStore
{
public:
    // The case's id, or none when no case has that number.
    static Result<std::optional<qint64>> idOf(Database &db, const QString &caseNumber);
    // The case that holds the application with `reference`, by number (empty when none).
    static Result<QString> numberOfReference(Database &db, const QString &reference, qint64 exceptCaseId = 0);
    static Result<QString> statusCode(Database &db, qint64 caseId);

    struct Header
    {
        qint64 id = 0;
        QDate completedOn;
        qint64 rowVersion = 0;
        QString changeOfCaseNumber;
        QDate preliminaryReplyOn;
    };
    // The case with that number, in one statement; none when no case has it.
    static Result<std::optional<Header>> header(Database &db, const QString &caseNumber);
    static Result<std::vector<StoredDocument>> documents(Database &db, qint64 caseId);

    // A new received case; returns its id.
    // A new case in status received: its id and number. On the team server fv_new_case numbers
    // and inserts it; on SQLite allocateCaseNumber and insert() inside the caller's transaction.
    static Result<std::pair<qint64, QString>> newCase(Database &db, const QVariant &changeOf);
    static Result<qint64> insert(Database &db, const QString &caseNumber, int year, int sequence,
                                 const QString &statusCode, const QVariant &changeOf);
};

} // namespace fv
