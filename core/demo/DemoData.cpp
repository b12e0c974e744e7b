#include "demo/DemoData.h"

#include "application/ApplicationJson.h"
#include "casework/CaseService.h"
#include "casework/Deadlines.h"
#include "demo/DemoCasework.h"
#include "storage/Database.h"
#include "storage/DatabaseKind.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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

// A date in an application file, moved by whole months (a project period: the 1st stays the
// 1st, the last day of a month stays the last).
void moveByMonths(QJsonObject &o, const QString &key, int months)
{
    const QDate d = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    if (!d.isValid())
        return;
    QDate moved = d.addMonths(months);
    if (d.day() == d.daysInMonth())
        moved = QDate(moved.year(), moved.month(), moved.daysInMonth());
    o.insert(key, moved.toString(Qt::ISODate));
}

// One demo application, read from the resources and moved to the demo's own time: received
// on the moved day, the project period and REK approval moved with it, the portal reference
// of that year, and a change application's changeOf set to the number the earlier file's case
// got here ("x-demo-changeOf" names that file).
struct DemoFile
{
    QString name;
    QJsonObject json;
    QDate received;
};

Result<DemoFile> readDemoFile(const QString &name, const StoryDays &days)
{
    QFile f(QStringLiteral(":/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fv::Demo", "The demo file %1 cannot be read.").arg(name));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QDate written = QDate::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODate);
    if (!written.isValid())
        return fail(QCoreApplication::translate("fv::Demo", "The demo file %1 has no received date.").arg(name));
    const QDate received = days(written);
    const qint64 shift = written.daysTo(received);
    const int months = days.monthsMoved(written);
    o.insert(QStringLiteral("received"), received.toString(Qt::ISODate));
    QJsonObject project = o.value(QStringLiteral("project")).toObject();
    for (const char *key : {"start", "end", "deletionDate"})
        moveByMonths(project, QLatin1String(key), months);
    o.insert(QStringLiteral("project"), project);
    if (o.value(QStringLiteral("rek")).isObject()) {
        QJsonObject rek = o.value(QStringLiteral("rek")).toObject();
        const QDate approved = QDate::fromString(rek.value(QStringLiteral("approvedOn")).toString(), Qt::ISODate);
        if (approved.isValid())
            rek.insert(QStringLiteral("approvedOn"), approved.addDays(shift).toString(Qt::ISODate));
        o.insert(QStringLiteral("rek"), rek);
    }
    QString reference = o.value(QStringLiteral("reference")).toString();
    reference.replace(QStringLiteral("-%1-").arg(written.year()), QStringLiteral("-%1-").arg(received.year()));
    o.insert(QStringLiteral("reference"), reference);
    return DemoFile{name, o, received};
}

// Every demo file, in file order: the cases are registered in that order, so a demo made on the
// day the stories were written numbers them 26/00001 to 26/00010 as the files are numbered.
Result<std::vector<DemoFile>> readDemoFiles(const StoryDays &days)
{
    const QStringList names =
        QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::vector<DemoFile> files;
    for (const QString &name : names) {
        auto file = readDemoFile(name, days);
        if (!file)
            return file.error();
        files.push_back(std::move(file.value()));
    }
    return files;
}

// The acting login with every role, and the demo's colleagues.
Result<DemoPeople> demoPeople(Database &db, const QString &actingLogin)
{
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
    return DemoPeople{me.value(), users.at(QStringLiteral("ingrid.hauge")), users.at(QStringLiteral("erik.saether")),
                      users.at(QStringLiteral("lars.myklebust")), users.at(QStringLiteral("sofie.aas"))};
}

} // namespace

Status createDemoData(Database &db, const QString &actingLogin)
{
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return fail(QCoreApplication::translate("fv::Demo",
                                                "The database already has cases; demo cases go into "
                                                "a new database."),
                    db.path());

    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    if (auto s = setDatabaseKind(db, DatabaseKind::Demo); !s)
        return s;
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    const StoryDays days(settings->calendar, today());
    auto people = demoPeople(db, actingLogin);
    if (!people)
        return people.error();
    auto files = readDemoFiles(days);
    if (!files)
        return files.error();

    CaseService asAdviser(db, people->adviser);
    std::map<QString, QString> numbers; // file name -> case number
    for (DemoFile &file : files.value()) {
        const QString earlier = file.json.value(QStringLiteral("x-demo-changeOf")).toString();
        if (!earlier.isEmpty())
            file.json.insert(QStringLiteral("changeOf"), numbers[earlier]);
        auto app = parseApplicationJson(QJsonDocument(file.json).toJson(), file.name);
        if (!app)
            return app.error();
        // Registered on the day it arrived, then worked as the demo's story says.
        Result<QString> number = QString();
        {
            DemoDay arrived(file.received);
            number = asAdviser.registerApplication(app.value(), file.name);
        }
        if (!number)
            return number.error();
        numbers[file.name] = number.value();
        const int index = file.name.left(2).toInt() - 1; // the story of file NN
        if (auto s = runDemoCasework(db, people.value(), days, index, number.value()); !s)
            return s;
    }
    return tx.commit();
}

} // namespace fv
