#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace fv {
namespace {

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
        return fail(QStringLiteral("cannot read the database file: %1").arg(f.errorString()), path);
    const QByteArray header = f.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return fail(QStringLiteral("this is not a Fellesvedtak database (not an SQLite file, or it is corrupt)"), path);
    return ok();
}

} // namespace

Error sqlError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString message;
    if (native == QLatin1String("5") || native == QLatin1String("6") || text.contains(QLatin1String("locked")))
        message = QStringLiteral("the database is in use by another program; try again in a moment");
    else if (native == QLatin1String("13") || text.contains(QLatin1String("full")))
        message = QStringLiteral("the disk is full (or the database reached its size limit); nothing was saved");
    else if (native == QLatin1String("11") || native == QLatin1String("26")
             || text.contains(QLatin1String("malformed")))
        message = QStringLiteral("the database file is corrupt (%1); restore it from a backup").arg(text);
    else if (native == QLatin1String("8") || text.contains(QLatin1String("readonly")))
        message = QStringLiteral("the database is open read-only; nothing can be changed");
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
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/fellesvedtak");
    return dir + QStringLiteral("/fellesvedtak.db");
}

QString Database::resolvePath(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString env = qEnvironmentVariable("FELLESVEDTAK_DB");
    return env.isEmpty() ? defaultPath() : env;
}

int Database::busyTimeoutMs()
{
    bool isNumber = false;
    const int ms = qEnvironmentVariableIntValue("FELLESVEDTAK_BUSY_TIMEOUT_MS", &isNumber);
    return isNumber && ms >= 0 ? ms : 5000;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (auto s = checkHeader(path); !s)
        return s.error();

    const QFileInfo info(path);
    const bool existed = info.exists();
    // A write-protected file opens read-only, also for root (who could write it anyway).
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    bool readOnly = mode == Mode::ReadOnly || (existed && (!info.isWritable() || !(info.permissions() & writeBits)));
    if (!existed) {
        if (readOnly)
            return fail(QStringLiteral("the database file does not exist"), path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()), path);
        // Created with owner-only access: the file holds personal data about applicants.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create the database file: %1").arg(f.errorString()), path);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout : timeout);
    if (!db.open()) {
        Error e = sqlError(db.lastError(), QStringLiteral("cannot open the database"));
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

    // A plain SQLite file of some other program is refused rather than written into.
    auto foreign = self->scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!foreign) {
        Error e = foreign.error();
        e.where = path;
        return e;
    }
    if (self->schemaVersion() == 0 && foreign->toInt() > 0)
        return fail(QStringLiteral("this SQLite file is not a Fellesvedtak database"), path);

    if (self->schemaVersion() > currentSchemaVersion()
        || (!readOnly && self->schemaVersion() < currentSchemaVersion())) {
        if (auto s = migrate(*self); !s)
            return s.error();
    }
    if (readOnly && self->schemaVersion() < currentSchemaVersion())
        return fail(QStringLiteral("the read-only database has an older schema and cannot be upgraded"), path);
    return self;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
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
} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    return run(sql, bindings, cacheable(sql));
}

// Prepares `sql` (once, when `reuse`: the statement is kept by its text) and runs it.
Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &bindings, bool reuse)
{
    QSqlQuery q = reuse ? m_statements.value(sql, QSqlQuery(m_db)) : QSqlQuery(m_db);
    if (!reuse || q.lastQuery() != sql) {
        q.setForwardOnly(true);
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
    if (!q.exec())
        return sqlError(q.lastError(), QString());
    return q;
}

// A scalar never hands its statement out, so every one is kept prepared: the checks an
// import runs (reference taken? next case number?) were parsed anew each time.
Result<QVariant> Database::scalar(const QString &sql, const QVariantList &bindings)
{
    auto q = run(sql, bindings, true);
    if (!q)
        return q.error();
    QVariant value = q->next() ? q->value(0) : QVariant();
    q->finish(); // releases the read, so the statement can run again
    return value;
}

} // namespace fv
