// TempDb: a test database on SQLite, or on the team server (FV_TEST_ENGINE=postgresql): there a
// clone of a template database per test, the four users as LOGIN roles of their own, and one
// connection per login.
#include "TestSupport.h"
#include "storage/Migrations.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <catch2/catch_test_macros.hpp>
#include <map>
#include <stdexcept>

namespace fv::test {

struct TempDb::Server
{
    QString tag;                                           // unique per test database: its name and its logins' prefix
    QString name;                                          // the database
    QStringList roles;                                     // the LOGIN roles made for it
    std::map<QString, std::unique_ptr<Database>> sessions; // by login, but the administrator's
};

namespace {

QString superUri()
{
    return qEnvironmentVariable("FV_TEST_PG_URI");
}

QString uriFor(const QString &database, const QString &login)
{
    QUrl url(superUri());
    url.setPath(QLatin1Char('/') + database);
    if (!login.isEmpty()) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), login);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

// The cluster's superuser on its maintenance database, one connection for the whole process.
QSqlDatabase superConnection()
{
    const QString name = QStringLiteral("fv-test-super");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (auto s = configureServerConnection(db, superUri()); !s)
        throw std::runtime_error(s.error().toString().toStdString());
    if (!db.open())
        throw std::runtime_error("cannot connect to the test cluster: " + db.lastError().text().toStdString());
    return db;
}

bool superExec(const QString &sql, QString *error = nullptr)
{
    QSqlDatabase db = superConnection();
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

void superRequire(const QString &sql)
{
    if (QString why; !superExec(sql, &why))
        throw std::runtime_error(QStringLiteral("%1: %2").arg(sql, why).toStdString());
}

// The template's name follows the schema the program carries (every file of resources/postgres),
// so a cluster kept between builds never hands out a database of an older schema.
QString templateName()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(currentSchemaVersion()));
    QStringList files;
    for (QDirIterator it(QStringLiteral(":/postgres")); it.hasNext();)
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(file.toUtf8() + f.readAll());
    }
    return QStringLiteral("fv_template_") + QString::fromLatin1(hash.result().toHex().left(16));
}

// `init --test` once per schema: made under a name of its own, then renamed; when another test
// process was quicker, its template is used and this one dropped.
QString ensureTemplate(const QString &tag)
{
    const QString name = templateName();
    QSqlQuery exists(superConnection());
    exists.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    exists.addBindValue(name);
    if (exists.exec() && exists.next() && exists.value(0).toInt() > 0)
        return name;
    const QString building = QStringLiteral("fv_building_") + tag;
    superRequire(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(building));
    {
        auto made = Database::create(uriFor(building, QString()), DatabaseKind::Test);
        if (!made) {
            superExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
            throw std::runtime_error("init --test on the cluster: " + made.error().toString().toStdString());
        }
    }
    if (QString why; !superExec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name), &why)) {
        superExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
        if (!exists.exec() || !exists.next() || exists.value(0).toInt() == 0) // not another process's
            throw std::runtime_error("the test template database: " + why.toStdString());
    }
    return name;
}

} // namespace

TempDb::TempDb() : m_path(m_dir.filePath(QStringLiteral("cases.db")))
{
    if (onServer()) {
        openOnServer();
        return;
    }
    auto db = createTestDatabase(m_path);
    if (!db)
        throw std::runtime_error(db.error().toString().toStdString());
    m_db = std::move(db.value());
    addUser(QStringLiteral("admin"), {Role::Admin}, QStringLiteral("Admin Istrator"));
    addUser(QStringLiteral("ola"), {Role::Adviser}, QStringLiteral("Ola Nordmann"));
    addUser(QStringLiteral("lise"), {Role::Lawyer}, QStringLiteral("Lise Bø"));
    addUser(QStringLiteral("kari"), {Role::DecisionMaker}, QStringLiteral("Kari Sørensen"));
}

bool TempDb::onServer()
{
    return qEnvironmentVariable("FV_TEST_ENGINE") == QLatin1String("postgresql");
}

QString TempDb::path() const
{
    return m_server ? serverUri(QStringLiteral("admin")) : m_path;
}

QString TempDb::location(const QString &login) const
{
    return m_server ? serverUri(login) : m_path;
}

QStringList TempDb::cliArgs(const QString &login) const
{
    if (m_server)
        return {QStringLiteral("--db"), serverUri(login)};
    return {QStringLiteral("--db"), m_path, QStringLiteral("--as"), login};
}

CaseService TempDb::as(const QString &login)
{
    Database &session = dbAs(login);
    auto u = Users::actor(session, this->login(login));
    if (!u)
        throw std::runtime_error(u.error().toString().toStdString());
    return CaseService(session, u.value());
}

void fixTodayOnSqlite(const char *day)
{
    if (!TempDb::onServer())
        qputenv("FELLESVEDTAK_TODAY", day);
}

void TempDb::openOnServer()
{
    if (superUri().isEmpty())
        SKIP("FV_TEST_ENGINE=postgresql but no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)");
    // The server's clock only: a fixed date is refused there by design.
    qunsetenv("FELLESVEDTAK_TODAY");
    m_server = std::make_unique<Server>();
    m_server->tag = QStringLiteral("t%1_%2")
                        .arg(QCoreApplication::applicationPid())
                        .arg(QRandomGenerator::global()->bounded(100000000));
    m_server->name = QStringLiteral("fv_") + m_server->tag;
    try {
        makeOnServer();
    } catch (...) { // the destructor of a half-made TempDb does not run: drop what was made here
        m_db.reset();
        superExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_server->name));
        for (const QString &role : std::as_const(m_server->roles))
            superExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        throw;
    }
}

void TempDb::makeOnServer()
{
    const QString source = ensureTemplate(m_server->tag);
    superRequire(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_server->name, source));
    const QString admin = login(QStringLiteral("admin"));
    superRequire(QStringLiteral("CREATE ROLE %1 LOGIN").arg(admin));
    m_server->roles << admin;
    superRequire(QStringLiteral("GRANT fv_admin TO %1").arg(admin));
    auto session = Database::open(serverUri(QStringLiteral("admin")));
    if (!session)
        throw std::runtime_error(session.error().toString().toStdString());
    m_db = std::move(session.value());
    addUser(QStringLiteral("admin"), {Role::Admin}, QStringLiteral("Admin Istrator"));
    addUser(QStringLiteral("ola"), {Role::Adviser}, QStringLiteral("Ola Nordmann"));
    addUser(QStringLiteral("lise"), {Role::Lawyer}, QStringLiteral("Lise Bø"));
    addUser(QStringLiteral("kari"), {Role::DecisionMaker}, QStringLiteral("Kari Sørensen"));
}

TempDb::~TempDb()
{
    if (!m_server)
        return;
    m_server->sessions.clear();
    m_db.reset();
    superExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_server->name));
    for (const QString &role : std::as_const(m_server->roles))
        superExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

void TempDb::close()
{
    if (m_server)
        m_server->sessions.clear();
    m_db.reset();
}

QString TempDb::login(const QString &name) const
{
    if (!m_server || name.startsWith(m_server->tag))
        return name;
    return m_server->tag + QLatin1Char('_') + name;
}

QString TempDb::serverUri(const QString &name) const
{
    return uriFor(m_server->name, login(name));
}

Database &TempDb::dbAs(const QString &name)
{
    if (!m_server || login(name) == login(QStringLiteral("admin")))
        return *m_db;
    auto &session = m_server->sessions[login(name)];
    if (!session) {
        auto opened = Database::open(serverUri(name));
        if (!opened)
            throw std::runtime_error(opened.error().toString().toStdString());
        session = std::move(opened.value());
    }
    return *session;
}

void TempDb::addUser(const QString &name, const std::vector<Role> &roles, const QString &fullName)
{
    if (m_server && name != QLatin1String("admin")) {
        superRequire(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login(name)));
        m_server->roles << login(name);
    }
    auto u = Users::add(*m_db, login(QStringLiteral("admin")), login(name), roles, fullName);
    if (!u)
        throw std::runtime_error(u.error().toString().toStdString());
}

void TempDb::asSuperuser(const QStringList &statements)
{
    if (!m_server)
        throw std::runtime_error("asSuperuser: only on the team server");
    const QString name = QStringLiteral("fv-test-owner-") + m_server->tag;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (auto s = configureServerConnection(db, uriFor(m_server->name, QString())); !s)
            throw std::runtime_error(s.error().toString().toStdString());
        QString why;
        if (!db.open())
            why = db.lastError().text();
        else
            for (const QString &sql : QStringList{QStringLiteral("SET search_path = fv, public")} + statements)
                if (QSqlQuery q(db); why.isEmpty() && !q.exec(sql))
                    why = sql + QStringLiteral(": ") + q.lastError().text();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (!why.isEmpty())
            throw std::runtime_error(why.toStdString());
    }
}

} // namespace fv::test
