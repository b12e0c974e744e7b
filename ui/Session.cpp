#include "Session.h"

#include "demo/DemoData.h"

#include <QFileInfo>

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
    auto actor = Users::actor(*db.value(), actingLogin());
    if (!actor)
        return Error{actor.error().message, path};
    m_cases.reset();
    m_db = std::move(db.value());
    m_cases = std::make_unique<CaseService>(*m_db, actor.value());
    emit databaseChanged();
    emit casesChanged();
    return ok();
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
