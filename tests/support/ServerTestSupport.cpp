#include "ServerTestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <stdexcept>

namespace fv::test {
namespace {

QString superUri()
{
    return qEnvironmentVariable("FV_TEST_PG_URI");
}

CliRun runPsql(const QString &uri, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {uri, QStringLiteral("-XAtq"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void require(const CliRun &run, const QString &what)
{
    if (run.status != 0)
        throw std::runtime_error(QStringLiteral("%1 failed: %2%3").arg(what, run.out, run.err).toStdString());
}

} // namespace

bool ServerTestDb::available()
{
    return !superUri().isEmpty();
}

CliRun ServerTestDb::superPsql(const QString &sql, const QString &database)
{
    if (database.isEmpty())
        return runPsql(superUri(), sql);
    QUrl url(superUri());
    url.setPath(QLatin1Char('/') + database);
    return runPsql(url.toString(QUrl::FullyEncoded), sql);
}

ServerTestDb::ServerTestDb()
    : m_tag(QStringLiteral("%1_%2")
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::global()->bounded(1000000)))
    , m_name(QStringLiteral("fv_test_") + m_tag)
    , m_it(QStringLiteral("it_") + m_tag)
    , m_ada(QStringLiteral("ada_") + m_tag)
    , m_bo(QStringLiteral("bo_") + m_tag)
{
    require(superPsql(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name)),
            QStringLiteral("CREATE DATABASE"));
    for (const QString &login : {m_it, m_ada, m_bo})
        require(superPsql(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)), QStringLiteral("CREATE ROLE"));
    const QString superLogin = QUrlQuery(QUrl(superUri())).queryItemValue(QStringLiteral("user"));
    require(cli(superLogin.isEmpty() ? QString() : superLogin, {QStringLiteral("init"), QStringLiteral("--test")}),
            QStringLiteral("init"));
    require(superPsql(QStringLiteral("GRANT fv_admin TO %1").arg(m_it)), QStringLiteral("GRANT fv_admin"));
    const auto add = [this](const QString &login, const QStringList &roles, const QString &name) {
        QStringList args{QStringLiteral("user"), QStringLiteral("add"), login};
        for (const QString &r : roles)
            args << QStringLiteral("--role") << r;
        args << QStringLiteral("--full-name") << name;
        require(cli(m_it, args), QStringLiteral("user add ") + login);
    };
    add(m_it, {QStringLiteral("admin")}, QStringLiteral("IT-admin"));
    add(m_ada, {QStringLiteral("adviser"), QStringLiteral("decision-maker")}, QStringLiteral("Ada Ødegård"));
    add(m_bo, {QStringLiteral("lawyer"), QStringLiteral("decision-maker")}, QStringLiteral("Bo Sæther"));
}

ServerTestDb::~ServerTestDb()
{
    (void)superPsql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString &login : {m_it, m_ada, m_bo})
        (void)superPsql(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}

QString ServerTestDb::uri(const QString &login) const
{
    QUrl url(superUri());
    url.setPath(QLatin1Char('/') + m_name);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    if (!login.isEmpty())
        query.addQueryItem(QStringLiteral("user"), login);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

CliRun ServerTestDb::cli(const QString &login, const QStringList &args, const QStringList &environment) const
{
    // The server's clock only: a test process's fixed date never reaches the program.
    CliSurroundings surroundings;
    surroundings.unset << QStringLiteral("FELLESVEDTAK_TODAY");
    for (const QString &setting : environment)
        surroundings.set.append({setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1)});
    return cliProcess(QStringList{QStringLiteral("--db"), uri(login)} + args, surroundings);
}

CliRun ServerTestDb::psql(const QString &login, const QString &sql) const
{
    return runPsql(uri(login), sql);
}

} // namespace fv::test
