#include "demo/DemoData.h"

#include "application/ApplicationJson.h"
#include "casework/CaseService.h"
#include "demo/DemoCasework.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

#include <map>

namespace fv {
namespace {

struct DemoUser
{
    const char *login;
    const char *name;
    std::vector<Role> roles;
};

const std::vector<DemoUser> &demoUsers()
{
    static const std::vector<DemoUser> users = {
        {"ingrid.hauge", "Ingrid Hauge", {Role::Adviser}},
        {"lars.myklebust", "Lars Myklebust", {Role::Lawyer}},
        {"sofie.aas", "Sofie Aas", {Role::DecisionMaker}},
        {"erik.saether", "Erik Sæther", {Role::Adviser, Role::DecisionMaker}},
    };
    return users;
}

Result<User> ensureUser(Database &db, const QString &acting, const QString &login, const QString &name,
                        const std::vector<Role> &roles)
{
    auto existing = Users::find(db, login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    return Users::add(db, acting, login, roles, name);
}

} // namespace

Status createDemoData(Database &db, const QString &actingLogin)
{
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return fail(QStringLiteral("the database already has cases; demo data goes into a new database"), db.path());

    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto me = ensureUser(
        db, actingLogin, actingLogin, actingLogin, {Role::Adviser, Role::Lawyer, Role::DecisionMaker, Role::Admin});
    if (!me)
        return me.error();
    // The demo's stories have the acting user work cases: an admin of a new database (the
    // first user is made admin only) gets the working roles too.
    me = Users::grantRoles(db, me->login, me->login, {Role::Adviser, Role::Lawyer, Role::DecisionMaker});
    if (!me)
        return me.error();
    std::map<QString, User> users;
    for (const DemoUser &u : demoUsers()) {
        auto made = ensureUser(db, me->login, QLatin1String(u.login), QString::fromUtf8(u.name), u.roles);
        if (!made)
            return made.error();
        users.emplace(made->login, made.value());
    }
    CaseService asAdviser(db, users.at(QStringLiteral("ingrid.hauge")));
    const DemoPeople people{
        me.value(), users.at(QStringLiteral("ingrid.hauge")), users.at(QStringLiteral("erik.saether")),
        users.at(QStringLiteral("lars.myklebust")), users.at(QStringLiteral("sofie.aas"))};

    const QStringList files =
        QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::vector<QString> numbers;
    for (int i = 0; i < files.size(); ++i) {
        QFile f(QStringLiteral(":/demo/") + files.at(i));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read demo file %1").arg(files.at(i)));
        auto app = parseApplicationJson(f.readAll(), files.at(i));
        if (!app)
            return app.error();
        // The demo files refer to earlier demo cases as 26/00001 etc.; point them at the
        // numbers this database really gave those cases.
        if (app->kind == ApplicationKind::Change) {
            const int earlier = app->changeOf.section(QLatin1Char('/'), 1).toInt();
            if (earlier >= 1 && earlier <= static_cast<int>(numbers.size()))
                app->changeOf = numbers.at(static_cast<size_t>(earlier - 1));
        }
        // Registered on the day it arrived, then worked as the demo's story says.
        Result<QString> number = QString();
        {
            DemoDay arrived(app->received);
            number = asAdviser.registerApplication(app.value(), files.at(i));
        }
        if (!number)
            return number.error();
        numbers.push_back(number.value());
        if (auto s = runDemoCasework(db, people, i, number.value()); !s)
            return s;
    }
    return tx.commit();
}

} // namespace fv
