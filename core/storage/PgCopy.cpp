// COPY … FROM STDIN in PostgreSQL's binary format
// (https://www.postgresql.org/docs/15/sql-copy.html, "Binary Format").
#include "storage/PgCopy.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QtEndian>

#include <cstring>
#include <libpq-fe.h>
#include <limits>

namespace fv {
namespace {

class CopyText
{
    Q_DECLARE_TR_FUNCTIONS(fv::Storage)
};

constexpr qsizetype sendAt = 1024 * 1024; // bytes gathered before they go to libpq

PGconn *libpqConnection(Database &db)
{
    if (!db.isServer() || !db.connection().driver())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // Qt 6.4 names the type by libpq's struct (pg_conn*); Qt's documentation says PGconn*.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

QString typeName(PgCopy::Type type)
{
    switch (type) {
    case PgCopy::Type::Text: return QStringLiteral("text");
    case PgCopy::Type::Integer: return QStringLiteral("integer");
    case PgCopy::Type::BigInt: return QStringLiteral("bigint");
    case PgCopy::Type::Boolean: return QStringLiteral("boolean");
    case PgCopy::Type::Double: return QStringLiteral("double precision");
    case PgCopy::Type::Bytea: return QStringLiteral("bytea");
    }
    return {};
}

template<typename T>
void appendBigEndian(QByteArray &buffer, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    buffer.append(bytes, sizeof(T));
}

// The server's words for what went wrong, with where in the COPY ("COPY document, line 5").
QString resultError(const PGresult *result)
{
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    const char *context = PQresultErrorField(result, PG_DIAG_CONTEXT);
    QString message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    if (context)
        message += QStringLiteral(" (%1)").arg(QString::fromUtf8(context).section(QLatin1Char('\n'), 0, 0));
    return message;
}

} // namespace

std::optional<PgCopy::Type> PgCopy::typeOf(const QString &dataType)
{
    static const QList<std::pair<QLatin1String, Type>> types = {
        {QLatin1String("text"), Type::Text},
        {QLatin1String("integer"), Type::Integer},
        {QLatin1String("bigint"), Type::BigInt},
        {QLatin1String("boolean"), Type::Boolean},
        {QLatin1String("double precision"), Type::Double},
        {QLatin1String("bytea"), Type::Bytea}};
    for (const auto &[name, type] : types)
        if (dataType == name)
            return type;
    return std::nullopt;
}

PgCopy::PgCopy(Database &target, QString table, QStringList columns, QList<Type> types)
    : m_target(target)
    , m_conn(libpqConnection(target))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_types(std::move(types))
{
    if (m_columns.size() != m_types.size() || m_columns.isEmpty())
        m_error = fail(CopyText::tr("a bulk copy into %1 needs one type for each of its columns").arg(m_table));
}

PgCopy::~PgCopy()
{
    if (m_started && !m_finished)
        abandon();
}

Status PgCopy::start()
{
    if (m_started)
        return ok();
    if (m_error)
        return *m_error;
    if (!m_conn)
        return fail(CopyText::tr("bulk copy needs the team server's PostgreSQL connection (libpq)"), m_target.path());
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary)")
                               .arg(m_table, m_columns.join(QLatin1Char(',')))
                               .toUtf8();
    PGresult *result = PQexec(m_conn, sql.constData());
    const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = copying ? QString() : resultError(result);
    PQclear(result);
    if (!copying) {
        // Anything after the failed command (there is none for one COPY) is read to the end.
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
        return failure(error);
    }
    m_started = true;
    // The header goes before the values of a first row written before the start.
    QByteArray header("PGCOPY\n\377\r\n\0", 11);
    appendBigEndian<qint32>(header, 0); // flags: no OIDs
    appendBigEndian<qint32>(header, 0); // no header extension
    m_buffer.prepend(header);
    m_buffer.reserve(sendAt + 64 * 1024);
    return ok();
}

bool PgCopy::nextColumn(Type wanted)
{
    if (m_error)
        return false;
    if (m_column >= m_columns.size()) {
        m_error = fail(CopyText::tr("more values than the %1 columns of %2").arg(m_columns.size()).arg(m_table));
        return false;
    }
    const Type type = m_types.at(m_column);
    const bool fits = type == wanted || (wanted == Type::BigInt && type == Type::Integer);
    if (!fits) {
        m_error = fail(CopyText::tr("column %1 of %2 is %3; a value of type %4 does not go there")
                           .arg(m_columns.at(m_column), m_table, typeName(type), typeName(wanted)));
        return false;
    }
    if (m_column == 0)
        appendBigEndian<qint16>(m_buffer, static_cast<qint16>(m_columns.size()));
    ++m_column;
    return true;
}

void PgCopy::putLength(qint32 length)
{
    appendBigEndian<qint32>(m_buffer, length);
}

void PgCopy::null()
{
    if (m_error)
        return;
    if (m_column >= m_columns.size()) {
        m_error = fail(CopyText::tr("more values than the %1 columns of %2").arg(m_columns.size()).arg(m_table));
        return;
    }
    if (m_column == 0)
        appendBigEndian<qint16>(m_buffer, static_cast<qint16>(m_columns.size()));
    ++m_column;
    putLength(-1);
}

void PgCopy::text(const char *utf8, qsizetype size)
{
    if (!nextColumn(Type::Text))
        return;
    putLength(static_cast<qint32>(size));
    m_buffer.append(utf8, size);
}

void PgCopy::text(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    text(utf8.constData(), utf8.size());
}

void PgCopy::integer(qint64 value)
{
    if (!nextColumn(Type::BigInt))
        return;
    if (m_types.at(m_column - 1) == Type::BigInt) {
        putLength(8);
        appendBigEndian<qint64>(m_buffer, value);
        return;
    }
    if (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max()) {
        m_error = fail(CopyText::tr("%1 is too large for column %2 of %3 (integer)")
                           .arg(value)
                           .arg(m_columns.at(m_column - 1), m_table));
        return;
    }
    putLength(4);
    appendBigEndian<qint32>(m_buffer, static_cast<qint32>(value));
}

void PgCopy::boolean(bool value)
{
    if (!nextColumn(Type::Boolean))
        return;
    putLength(1);
    m_buffer.append(value ? '\1' : '\0');
}

void PgCopy::real(double value)
{
    if (!nextColumn(Type::Double))
        return;
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof value);
    std::memcpy(&bits, &value, sizeof bits);
    putLength(8);
    appendBigEndian<quint64>(m_buffer, bits);
}

void PgCopy::bytes(const char *data, qsizetype size)
{
    if (!nextColumn(Type::Bytea))
        return;
    putLength(static_cast<qint32>(size));
    m_buffer.append(data, size);
}

void PgCopy::value(const QVariant &v)
{
    if (m_error)
        return;
    if (m_column >= m_columns.size() || !v.isValid() || v.isNull())
        return null(); // null() reports a value too many
    bool converted = true;
    switch (m_types.at(m_column)) {
    case Type::Text: text(v.toString()); break;
    case Type::Integer:
    case Type::BigInt: integer(v.toLongLong(&converted)); break;
    case Type::Boolean:
        if (v.typeId() == QMetaType::Bool)
            boolean(v.toBool());
        else
            boolean(v.toLongLong(&converted) != 0);
        break;
    case Type::Double: real(v.toDouble(&converted)); break;
    case Type::Bytea: {
        const QByteArray data = v.toByteArray();
        bytes(data.constData(), data.size());
        break;
    }
    }
    if (!converted && !m_error)
        m_error = fail(CopyText::tr("\"%1\" is no value for column %2 of %3 (%4)")
                           .arg(v.toString(), m_columns.at(m_column - 1), m_table, typeName(m_types.at(m_column - 1))));
}

Status PgCopy::endRow()
{
    if (auto s = start(); !s)
        return s;
    if (m_error)
        return *m_error;
    if (m_column != m_columns.size())
        return *(
            m_error = fail(
                CopyText::tr("a row of %1 with %2 of its %3 values").arg(m_table).arg(m_column).arg(m_columns.size())));
    m_column = 0;
    ++m_rows;
    return m_buffer.size() >= sendAt ? send() : ok();
}

Status PgCopy::row(const QVariantList &values)
{
    for (const QVariant &v : values)
        value(v);
    return endRow();
}

Status PgCopy::send()
{
    if (m_buffer.isEmpty())
        return ok();
    if (PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
        return failure(serverError());
    m_buffer.resize(0);
    return ok();
}

Result<qint64> PgCopy::finish()
{
    if (auto s = start(); !s)
        return s.error();
    if (!m_error && m_column != 0)
        m_error = fail(CopyText::tr("the last row of %1 has %2 of its %3 values")
                           .arg(m_table)
                           .arg(m_column)
                           .arg(m_columns.size()));
    if (m_error) {
        abandon();
        return *m_error;
    }
    appendBigEndian<qint16>(m_buffer, -1); // the trailer
    if (auto s = send(); !s)
        return s.error();
    m_finished = true;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure(serverError()).error();
    PGresult *result = PQgetResult(m_conn);
    const bool done = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString error = done ? QString() : resultError(result);
    const qint64 taken = done ? QByteArray(PQcmdTuples(result)).toLongLong() : 0;
    PQclear(result);
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
    if (!done)
        return failure(error).error();
    return taken;
}

// The error the server sent (the COPY ends with it), else libpq's own.
QString PgCopy::serverError()
{
    QString message;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (message.isEmpty() && PQresultStatus(result) == PGRES_FATAL_ERROR)
            message = resultError(result);
        const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (copying) // still copying: libpq failed, not the server; end it so the connection is usable
            PQputCopyEnd(m_conn, "the client could not send the rows");
    }
    return message.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : message;
}

Status PgCopy::failure(const QString &message)
{
    m_finished = true;
    m_error = fail(
        CopyText::tr("the bulk copy into %1 on the server failed: %2").arg(m_table, message), m_target.path());
    return *m_error;
}

// Ends the COPY with an error: the server keeps none of its rows, and the transaction aborts.
void PgCopy::abandon()
{
    m_finished = true;
    if (!m_started || !m_conn)
        return;
    if (PQputCopyEnd(m_conn, "abandoned by the program") == 1)
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
}

} // namespace fv
