#include "Session.h"

#include "demo/DemoData.h"

#include <QFileInfo>
#include <QSqlDriver>

namespace fv {

Session::Session(QObject *parent) : QObject(parent)
{}
Session::~Session() = default;

QString Session::actingLogin()
{
    const QString as = qEnvironmentVariable("FELLESVEDTAK_USER");
    return as.isEmpty() ? systemLogin() : as;
}

Status Session::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    // On the team server the acting user is the login the server signed in, nobody else.
    const QString login = db.value()->isServer() ? db.value()->serverLogin() : actingLogin();
    auto actor = Users::actor(*db.value(), login);
    if (!actor)
        return Error{actor.error().message, db.value()->displayName()};
    m_cases.reset();
    m_db = std::move(db.value());
    m_cases = std::make_unique<CaseService>(*m_db, actor.value());
    if (m_db->isServer())
        listenForChanges();
    emit databaseChanged();
    emit casesChanged();
    return ok();
}

// The server sends fv_case with a case's id when a change to it commits (resources/postgres):
// a colleague's change refreshes every open view at once. Our own changes refresh already.
void Session::listenForChanges()
{
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver->subscribeToNotification(QStringLiteral("fv_case")))
        return; // the views still refresh on the caseworker's own changes and on Refresh
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name == QLatin1String("fv_case") && source != QSqlDriver::SelfSource)
                    emit casesChanged();
            });
}

void Session::close()
{
    m_cases.reset();
    m_db.reset();
}

Status Session::createDemo(const QString &path)
{
    if (QFileInfo::exists(path))
        return fail(tr("the file exists already; demo data goes into a new database"), path);
    {
        auto db = Database::create(path, DatabaseKind::Demo);
        if (!db)
            return db.error();
        if (auto s = createDemoData(*db.value(), actingLogin()); !s)
            return s;
    }
    return open(path);
}

Status Session::createEmpty(const QString &path, DatabaseKind kind)
{
    if (QFileInfo::exists(path))
        return fail(tr("the file exists already"), path);
    {
        auto db = Database::create(path, kind);
        if (!db)
            return db.error();
        auto admin = Users::add(*db.value(), actingLogin(), actingLogin(),
                                {Role::Adviser, Role::Lawyer, Role::DecisionMaker, Role::Admin}, QString());
        if (!admin)
            return admin.error();
    }
    return open(path);
}

} // namespace fv
