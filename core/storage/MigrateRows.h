#pragma once

// The rows of migrate --to on their way to the server: bulk tables by binary COPY (PgCopy),
// the few rows that need ON CONFLICT by multi-row INSERTs with literal values.
#include "Result.h"
#include "storage/PgCopy.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;

namespace fv {

class Database;

// An SQLite value as the server's column type (information_schema's data_type) wants it.
QVariant serverValue(const QVariant &v, const QString &type);

// A source row that is not copied as it is: the reason, else an empty string.
using RowCheck = std::function<QString(sqlite3_stmt *)>;

// Streams the rows of an SQLite query on `source` into `copy`, each column read straight from
// SQLite as `types` (the target's columns) want it: no QVariant or QString per value, stored
// documents' bytes as they are. `check` may refuse a row before it is sent; `progress` gets a
// line every 100 000 rows. The rows the server took, which must be all of them.
Result<qint64> streamRows(Database &source, const QString &select, PgCopy &copy, const QList<PgCopy::Type> &types,
                          const QString &label, const RowCheck &check,
                          const std::function<void(const QString &)> &progress);

// Rows sent many to one INSERT … VALUES (…),(…), the values written into the statement as
// literals (ServerLiterals.h): one round trip per batch and no parameters for the server to
// prepare and type, instead of Qt's PREPARE, EXECUTE and DEALLOCATE of up to 20 000
// parameters. A batch is sent at 1000 rows or when its text reaches 8 M characters (stored
// documents are large), whichever comes first.
class BatchInsert
{
public:
    static constexpr qsizetype maxRows = 1000;
    static constexpr qsizetype maxChars = 8 * 1024 * 1024;

    BatchInsert(Database &target, QString head, QString tail = {})
        : m_target(target)
        , m_head(std::move(head) + QStringLiteral(" VALUES "))
        , m_tail(std::move(tail))
    {}

    Status add(const QVariantList &row);
    Status flush();

private:
    Database &m_target;
    QString m_head;
    QString m_tail;
    QString m_sql;
    qsizetype m_rows = 0;
};

} // namespace fv
