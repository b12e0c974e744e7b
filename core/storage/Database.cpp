#include "storage/Database.h"

#include "Clock.h"
#include "storage/Migrations.h"
#include "storage/ReadAhead.h"
#include "storage/ServerDatabase.h"
#include "storage/ServerLiterals.h"
#include "storage/StatementCount.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace fv {
namespace {
std::atomic<qint64> statementCounter{0}; // statementsRun()
QStringList *statementLog = nullptr;     // setStatementLog()

// Runs a statement through `run` unless ReadAhead has its answer already (the server only).
template<typename Run>
Result<QSqlQuery> readingAhead(Database &db, const QString &sql, const QVariantList &bindings, Run run)
{
    if (!db.isServer())
        return run();
    if (auto answered = readAheadAnswer(db, sql, bindings)) { // no round trip
        if (statementLog)
            statementLog->append(QStringLiteral("(read ahead) ") + sql);
        return std::move(*answered);
    }
    auto q = run();
    if (q)
        readAheadRan(db, sql, bindings, q.value());
    return q;
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("fv-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An existing non-empty file must start with SQLite's magic header; anything else is
// refused before the driver gets a chance to misreport it.
Status checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return ok();
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("fv::Storage", "cannot read the database file: %1").arg(f.errorString()), path);
    const QByteArray header = f.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return fail(QCoreApplication::translate(
                        "fv::Storage", "this is not a Fellesvedtak database (not an SQLite file, or it is corrupt)"),
                    path);
    return ok();
}

} // namespace

Error sqlError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString message;
    if (native == QLatin1String("5") || native == QLatin1String("6") || text.contains(QLatin1String("locked")))
        message = QCoreApplication::translate(
            "fv::Storage", "the database is in use by another program; try again in a moment");
    else if (native == QLatin1String("13") || text.contains(QLatin1String("full")))
        message = QCoreApplication::translate(
            "fv::Storage", "the disk is full (or the database reached its size limit); nothing was saved");
    else if (native == QLatin1String("11") || native == QLatin1String("26")
             || text.contains(QLatin1String("malformed")))
        message =
            QCoreApplication::translate("fv::Storage", "the database file is corrupt (%1); restore it from a backup")
                .arg(text);
    else if (native == QLatin1String("8") || text.contains(QLatin1String("readonly")))
        message = QCoreApplication::translate("fv::Storage", "the database is open read-only; nothing can be changed");
    else
        message = text;
    return fail(what.isEmpty() ? message : QStringLiteral("%1: %2").arg(what, message));
}

Database::Database(QSqlDatabase db, QString path, QString connectionName, bool readOnly)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
    if (m_server)
        setServerClockOffset(std::nullopt);
    m_statements.clear();
    forgetReadAhead(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QString> Database::defaultPath()
{
    // Without a home folder Qt answers "/", and the database would land in /.local/share.
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    const QString home = qEnvironmentVariable("HOME");
    if ((xdg.isEmpty() || !QDir::isAbsolutePath(xdg)) && (home.isEmpty() || home == QLatin1String("/")))
        return fail(QCoreApplication::translate(
            "fv::Storage",
            "there is no home folder (HOME is not set), so there is no default case database; "
            "name the database file"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return fail(QCoreApplication::translate(
            "fv::Storage", "the system names no folder for application data; name the database file"));
    return dir + QStringLiteral("/fellesvedtak.db");
}

Result<QString> Database::resolvePath(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString env = qEnvironmentVariable("FELLESVEDTAK_DB");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

int Database::busyTimeoutMs()
{
    bool isNumber = false;
    const int ms = qEnvironmentVariableIntValue("FELLESVEDTAK_BUSY_TIMEOUT_MS", &isNumber);
    return isNumber && ms >= 0 ? ms : 5000;
}

namespace {

// A new file, owner-only from the start: it will hold personal data about applicants.
Status makeEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("fv::Storage", "cannot create the folder %1").arg(info.absolutePath()),
                    path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(
            QCoreApplication::translate("fv::Storage", "cannot create the database file: %1").arg(f.errorString()),
            path);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ok();
}

} // namespace

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool readOnly)
{
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout : timeout);
    if (!db.open()) {
        Error e = sqlError(db.lastError(), QCoreApplication::translate("fv::Storage", "cannot open the database"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        e.where = path;
        return e;
    }
    std::unique_ptr<Database> self(new Database(db, path, name, readOnly));
    db = QSqlDatabase(); // self owns the connection: a refusal below removes it cleanly

    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs())};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &p : pragmas) {
        if (auto r = self->exec(p); !r) {
            Error e = r.error();
            e.where = path;
            return e;
        }
    }
    return self;
}

// Brings the schema to this program's version, refusing what cannot be one of ours.
Status Database::upgradeSchema()
{
    // A plain SQLite file of some other program is refused rather than written into.
    auto foreign = scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!foreign)
        return Error{foreign.error().message, m_path};
    const int version = schemaVersion();
    if (version < 0) // also what migrate() says; checked here before anything else is read
        return fail(QCoreApplication::translate(
                        "fv::Storage",
                        "the database has an impossible schema version (%1): it is damaged or was not made by "
                        "Fellesvedtak; restore it from a backup")
                        .arg(version),
                    m_path);
    if (version == 0 && foreign->toInt() > 0)
        return fail(QCoreApplication::translate("fv::Storage", "this SQLite file is not a Fellesvedtak database"),
                    m_path);
    if (version > currentSchemaVersion() || (!m_readOnly && version < currentSchemaVersion()))
        if (auto s = migrate(*this); !s)
            return s;
    if (m_readOnly && schemaVersion() < currentSchemaVersion())
        return fail(QCoreApplication::translate(
                        "fv::Storage", "the read-only database has an older schema and cannot be upgraded"),
                    m_path);
    return ok();
}

// $FELLESVEDTAK_TODAY fixes the date only in a demo or test database: in a real one it would
// let anyone back-date an approval or a letter, so it is refused there, never ignored.
Status Database::applyClock()
{
    auto day = fixedTodayFromEnvironment();
    if (!day)
        return day.error();
    auto kind = databaseKind(*this);
    if (!kind)
        return Error{kind.error().message, m_path};
    const bool mayFix = kind.value() != DatabaseKind::Real;
    allowTodayFromEnvironment(mayFix); // also when refused below: a real database never runs on it
    if (day.value() && !mayFix)
        return fail(QCoreApplication::translate(
                        "fv::Storage",
                        "FELLESVEDTAK_TODAY is set, but %1 is a real case database: a fixed date is allowed only "
                        "in a demo or test database; unset the variable")
                        .arg(m_path),
                    QStringLiteral("FELLESVEDTAK_TODAY"));
    return ok();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (isServerUri(path))
        return openServer(path, false, DatabaseKind::Real);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("fv::Storage", "there is no case database at %1").arg(path));
    if (info.isDir())
        return fail(QCoreApplication::translate("fv::Storage", "this is a folder, not a case database"), path);
    if (info.size() == 0)
        return fail(QCoreApplication::translate("fv::Storage", "the file is empty: it is not a case database"), path);
    if (auto s = checkHeader(path); !s)
        return s.error();
    // A write-protected file opens read-only, also for root (who could write it anyway).
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const bool readOnly = mode == Mode::ReadOnly || !info.isWritable() || !(info.permissions() & writeBits);
    auto self = connect(path, readOnly);
    if (!self)
        return self.error();
    if (auto s = self.value()->upgradeSchema(); !s)
        return s.error();
    if (auto s = self.value()->applyClock(); !s)
        return s.error();
    return self;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, DatabaseKind kind)
{
    if (isServerUri(path))
        return openServer(path, true, kind);
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0))
        return fail(QCoreApplication::translate(
                        "fv::Storage", "there is a file here already; a new case database needs a new file name"),
                    path);
    if (kind == DatabaseKind::Real)
        if (auto day = fixedTodayFromEnvironment(); !day || day.value())
            return fail(QCoreApplication::translate(
                            "fv::Storage",
                            "FELLESVEDTAK_TODAY is set: a fixed date is allowed only in a demo or test database; "
                            "unset the variable to create a real case database"),
                        QStringLiteral("FELLESVEDTAK_TODAY"));
    if (auto s = makeEmptyFile(path); !s)
        return s.error();
    auto made = [&]() -> Result<std::unique_ptr<Database>> {
        auto self = connect(path, false);
        if (!self)
            return self.error();
        if (auto s = self.value()->upgradeSchema(); !s)
            return s.error();
        if (kind != DatabaseKind::Real) {
            Transaction tx(*self.value());
            if (!tx.isOpen())
                return tx.error();
            if (auto s = setDatabaseKind(*self.value(), kind); !s)
                return s.error();
            if (auto s = tx.commit(); !s)
                return s.error();
        }
        if (auto s = self.value()->applyClock(); !s)
            return s.error();
        return self;
    }();
    if (!made) // nothing half-made stays behind
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    return made;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (m_server)
        return q.exec(QStringLiteral("SELECT version FROM fv.schema_version")) && q.next() ? q.value(0).toInt() : 0;
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

namespace {
// Writes are prepared once per connection and reused: with triggers (search index, audit
// guards) preparing an INSERT costs more than running it. Reads and RETURNING statements
// are left alone, so a caller iterating one result never sees it reset under it.
bool cacheable(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed().left(7);
    const bool write = head.startsWith(u"INSERT", Qt::CaseInsensitive)
        || head.startsWith(u"UPDATE", Qt::CaseInsensitive) || head.startsWith(u"DELETE", Qt::CaseInsensitive);
    return write && !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
}
// Whether PostgreSQL can PREPARE the statement (queries and writes; not BEGIN, SET, SAVEPOINT…).
bool preparable(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed();
    for (const auto word : {u"SELECT", u"INSERT", u"UPDATE", u"DELETE", u"WITH", u"VALUES"})
        if (head.startsWith(word, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

qint64 statementsRun()
{
    return statementCounter.load(std::memory_order_relaxed);
}

void setStatementLog(QStringList *log)
{
    statementLog = log;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    return readingAhead(*this, sql, bindings, [&] { return run(sql, bindings, cacheable(sql)); });
}

// Prepares `sql` (once, when `reuse`: the statement is kept by its text) and runs it.
Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &bindings, bool reuse)
{
    statementCounter.fetch_add(1, std::memory_order_relaxed);
    if (statementLog)
        statementLog->append(sql);
    if (m_serverLiterals) // one round trip per statement on the server (ServerLiterals.h)
        if (const auto text = bindings.isEmpty() ? std::optional<QString>(sql) : withServerLiterals(sql, bindings)) {
            QSqlQuery q(m_db);
            q.setForwardOnly(false); // fetched whole, as below
            if (!q.exec(*text)) {
                if (auto refusal = serverRefusal(q.lastError(), m_serverLogin))
                    return fail(*refusal);
                return sqlError(q.lastError(), QString());
            }
            return q;
        }
    if (m_server && bindings.isEmpty() && !preparable(sql)) { // BEGIN, SET…: PostgreSQL prepares no such thing
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return sqlError(q.lastError(), QString());
        return q;
    }
    QSqlQuery q = reuse ? m_statements.value(sql, QSqlQuery(m_db)) : QSqlQuery(m_db);
    if (!reuse || q.lastQuery() != sql) {
        // QPSQL reads a forward-only result row by row (single-row mode), and the next statement
        // on the connection would cut it short: the stores read nested results, so on the
        // server every result is fetched whole.
        q.setForwardOnly(!m_server);
        if (!q.prepare(sql))
            return sqlError(q.lastError(), QString());
        if (reuse)
            m_statements.insert(sql, q);
    }
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant &v = bindings.at(i);
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(static_cast<int>(i), nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec()) {
        if (m_server)
            if (auto refusal = serverRefusal(q.lastError(), m_serverLogin))
                return fail(*refusal);
        return sqlError(q.lastError(), QString());
    }
    return q;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &bindings)
{
    auto q = readingAhead(*this, sql, bindings, [&] {
        return run(sql + QStringLiteral(" RETURNING id"), bindings, false);
    });
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QCoreApplication::translate("fv::Storage", "the database gave no id for the new row"));
    return q->value(0).toLongLong();
}

QString Database::orderedList(bool server, const QString &column, const QString &fromWhere, const QString &orderBy,
                              const QString &separator)
{
    if (server)
        return QStringLiteral("(SELECT string_agg((%1)::text, '%2' ORDER BY %3) FROM %4)")
            .arg(column, separator, orderBy, fromWhere);
    return QStringLiteral("(SELECT group_concat(x, '%1') FROM (SELECT %2 AS x FROM %3 ORDER BY %4))")
        .arg(separator, column, fromWhere, orderBy);
}

QString Database::displayName() const
{
    if (!m_server)
        return m_path;
    const QString host = m_db.hostName().startsWith(QLatin1Char('/')) || m_db.hostName().isEmpty()
        ? QStringLiteral("localhost")
        : m_db.hostName();
    return QStringLiteral("%1@%2/%3").arg(m_serverLogin, host, m_db.databaseName());
}

// A scalar never hands its statement out, so every one is kept prepared: the checks an
// import runs (reference taken? next case number?) were parsed anew each time.
Result<QVariant> Database::scalar(const QString &sql, const QVariantList &bindings)
{
    auto q = readingAhead(*this, sql, bindings, [&] { return run(sql, bindings, true); });
    if (!q)
        return q.error();
    QVariant value = q->next() ? q->value(0) : QVariant();
    q->finish(); // releases the read, so the statement can run again
    return value;
}

} // namespace fv
