#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

typedef struct pg_conn PGconn;

namespace fv {

class Database;

// Rows streamed into one table of the team server by `COPY … FROM STDIN (FORMAT binary)` on
// the Database's own connection (libpq's, which Qt's driver hands out through
// QSqlDriver::handle): for bulk loads (migrate, generate on the server), where INSERT
// statements cost the server a parse per batch and bytes travel as hex text. Values go in
// binary, bytes as they are. Runs inside the caller's transaction: an error, or a copy never
// finished, discards every row of it and aborts that transaction.
//
//   PgCopy copy(db, "event", {"id", "kind"}, {PgCopy::Type::BigInt, PgCopy::Type::Text});
//   copy.integer(1); copy.text(u"created"); copy.endRow(); … copy.finish();
class PgCopy
{
public:
    enum class Type { Text, Integer, BigInt, Boolean, Double, Bytea };
    // The Type of a column by information_schema's data_type; nullopt for one not written here.
    static std::optional<Type> typeOf(const QString &dataType);

    PgCopy(Database &target, QString table, QStringList columns, QList<Type> types);
    ~PgCopy();
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    // Starts the COPY (called by the first endRow() when not called before).
    Status start();

    // One row: one value per column, in the columns' order, then endRow().
    void null();
    void text(const char *utf8, qsizetype size);
    void text(QStringView text);
    void integer(qint64 value); // an Integer or BigInt column (range checked for Integer)
    void boolean(bool value);
    void real(double value);
    void bytes(const char *data, qsizetype size);
    // A value by the column's type (a QString to a Text column, and so on); an invalid or null
    // QVariant is NULL.
    void value(const QVariant &value);
    Status endRow();
    Status row(const QVariantList &values);

    // Ends the COPY and returns the rows the server took; nothing is written before this says so.
    Result<qint64> finish();

private:
    bool nextColumn(Type wanted);
    void putLength(qint32 length);
    Status send();
    Status failure(const QString &message);
    QString serverError();
    void abandon();

    Database &m_target;
    PGconn *m_conn = nullptr;
    QString m_table;
    QStringList m_columns;
    QList<Type> m_types;
    QByteArray m_buffer;
    int m_column = 0; // of the row being written
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_finished = false;
    std::optional<Error> m_error; // a value that did not fit its column, kept until endRow()
};

} // namespace fv
