#include "calendar/NorwegianCalendar.h"
#include "casework/AuditLog.h"
#include "cli/CliContext.h"
#include "demo/DemoData.h"
#include "storage/DatabaseKind.h"
#include "storage/Migrations.h"
#include "storage/ServerDatabase.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace fv::cli {

int cmdInit(Context &ctx, Args &args)
{
    const bool test = args.flag(QStringLiteral("test"));
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("init"), p);
    bool created = false;
    auto db = ctx.openOrCreate(test ? DatabaseKind::Test : DatabaseKind::Real, &created);
    if (!db)
        return ctx.refuse(db.error());
    if (test && !created) { // --test marks a new database only: a real one never turns into a test one
        auto kind = databaseKind(*db.value());
        if (!kind)
            return ctx.refuse(kind.error());
        if (kind.value() != DatabaseKind::Test)
            return ctx.refuse(Error{
                QCoreApplication::translate("fv::Cli",
                                            "the database exists already and is not a test "
                                            "database; --test marks only a new one"),
                db.value()->path()});
    }
    auto n = Users::count(*db.value());
    if (!n)
        return ctx.refuse(n.error());
    if (n.value() == 0 && !db.value()->isServer()) {
        // The first user of a new database administers it. On the team server IT makes a login
        // a member of fv_admin, and that person adds themselves (docs/TEAM.md).
        auto admin = Users::add(*db.value(), ctx.actingLogin(), ctx.actingLogin(), {Role::Admin}, QString());
        if (!admin)
            return ctx.refuse(admin.error());
    }
    if (!ctx.json)
        ctx.out << CliText::tr("%1: ready (schema version %2)").arg(db.value()->path()).arg(currentSchemaVersion())
                << Qt::endl;
    if (!ctx.json && db.value()->isServer() && n.value() == 0)
        ctx.out << CliText::tr("No users yet: IT grants fv_admin to the first administrator's login, who then adds "
                               "themselves with: user add LOGIN --role admin (docs/TEAM.md)")
                << Qt::endl;
    return Exit::Done;
}

// The demo makes its own database (marked as a demo database), or fills an empty one made by
// init, which it then marks as a demo database too.
int cmdDemo(Context &ctx, Args &args)
{
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("demo"), p);
    if (auto path = ctx.dbPath(); path && isServerUri(path.value()))
        return ctx.refuse(CliText::tr("the demo cases go into a database file of their own, never onto the team "
                                      "server"));
    auto db = ctx.openOrCreate(DatabaseKind::Demo);
    if (!db)
        return ctx.refuse(db.error());
    auto kind = databaseKind(*db.value());
    if (!kind)
        return ctx.refuse(kind.error());
    if (auto s = createDemoData(*db.value(), ctx.actingLogin()); !s)
        return ctx.refuse(s.error());
    if (kind.value() == DatabaseKind::Real) {
        Transaction tx(*db.value());
        if (auto s = tx.isOpen() ? setDatabaseKind(*db.value(), DatabaseKind::Demo) : Status(tx.error()); !s)
            return ctx.refuse(s.error());
        if (auto s = tx.commit(); !s)
            return ctx.refuse(s.error());
    }
    if (!ctx.json)
        ctx.out << CliText::tr("%1: demo cases created").arg(db.value()->path()) << Qt::endl;
    return Exit::Done;
}

namespace {

// Roles from repeatable options, each also comma-separated: --role adviser --role lawyer, or
// --role adviser,lawyer. The word that is no role, when there is one.
std::optional<QString> parseRoles(const QStringList &texts, std::vector<Role> &roles)
{
    for (const QString &t : texts) {
        for (const QString &one : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto r = roleFromCode(one.trimmed());
            if (!r)
                return QCoreApplication::translate(
                           "fv::Cli", "unknown role \"%1\" (adviser, lawyer, decision-maker, admin)")
                    .arg(one);
            if (std::find(roles.begin(), roles.end(), *r) == roles.end())
                roles.push_back(*r);
        }
    }
    return std::nullopt;
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{
        {QStringLiteral("login"), u.login},   {QStringLiteral("fullName"), u.fullName},
        {QStringLiteral("title"), u.title},   {QStringLiteral("roles"), QJsonArray::fromStringList(u.roleCodes())},
        {QStringLiteral("active"), u.active}, {QStringLiteral("rowVersion"), u.rowVersion}};
}

QString activeText(const User &u)
{
    return u.active ? QCoreApplication::translate("fv::Cli", "active")
                    : QCoreApplication::translate("fv::Cli", "deactivated");
}

int userList(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("user list"), p);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    auto users = Users::all(*db.value());
    if (!users)
        return ctx.refuse(users.error());
    QJsonArray arr;
    for (const User &u : users.value()) {
        // Text: login, full name, roles, active or deactivated, title (the columns of old first).
        if (ctx.json)
            arr.append(userJson(u));
        else
            ctx.out << u.login << '\t' << u.fullName << '\t' << u.roleCodes().join(QLatin1Char(',')) << '\t'
                    << activeText(u) << '\t' << u.title << '\n';
    }
    if (ctx.json)
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
    ctx.out.flush();
    return Exit::Done;
}

int userAdd(Context &ctx, Args &args)
{
    const QStringList roleTexts = args.options(QStringLiteral("role"));
    const auto fullName = args.option(QStringLiteral("full-name"));
    const auto title = args.option(QStringLiteral("title"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("user add"), p);
    std::vector<Role> roles;
    if (const auto bad = parseRoles(roleTexts, roles))
        return ctx.usage(QStringLiteral("user add"), *bad);
    if (roles.empty())
        return ctx.usage(
            QStringLiteral("user add"), QCoreApplication::translate("fv::Cli", "give at least one --role"));
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    auto u = Users::add(*db.value(), ctx.actingLogin(), args.positionals().at(1), roles, fullName.value_or(QString()),
                        title.value_or(QString()));
    if (!u)
        return ctx.refuse(u.error());
    if (!ctx.json)
        ctx.out << QCoreApplication::translate("fv::Cli", "user %1 added (%2)")
                       .arg(u->login, u->roleCodes().join(QStringLiteral(", ")))
                << Qt::endl;
    return Exit::Done;
}

// Runs one administration step on the user named by the second word and says what it did.
int userChange(Context &ctx, const QString &command, const std::function<Result<User>(Database &, const QString &)> &op,
               const std::function<QString(const User &after)> &done)
{
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    auto before = Users::find(*db.value(), command);
    if (!before)
        return ctx.refuse(before.error());
    auto after = op(*db.value(), command);
    if (!after)
        return ctx.refuse(after.error());
    if (ctx.json)
        ctx.out << QString::fromUtf8(QJsonDocument(userJson(after.value())).toJson());
    else if (before.value() && before.value()->rowVersion == after->rowVersion)
        ctx.out << QCoreApplication::translate("fv::Cli", "user %1: nothing to change").arg(after->login) << '\n';
    else
        ctx.out << done(after.value()) << '\n';
    ctx.out.flush();
    return Exit::Done;
}

int userActivation(Context &ctx, Args &args, bool active)
{
    const QString command = active ? QStringLiteral("user activate") : QStringLiteral("user deactivate");
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(command, p);
    return userChange(
        ctx, args.positionals().at(1),
        [&](Database &db, const QString &login) {
            return active ? Users::reactivate(db, ctx.actingLogin(), login)
                          : Users::deactivate(db, ctx.actingLogin(), login);
        },
        [&](const User &after) {
            return active ? QCoreApplication::translate("fv::Cli", "user %1 activated").arg(after.login)
                          : QCoreApplication::translate("fv::Cli", "user %1 deactivated").arg(after.login);
        });
}

int userRole(Context &ctx, Args &args)
{
    const QStringList addTexts = args.options(QStringLiteral("add"));
    const QStringList removeTexts = args.options(QStringLiteral("remove"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("user role"), p);
    std::vector<Role> add;
    std::vector<Role> remove;
    for (const auto &bad : {parseRoles(addTexts, add), parseRoles(removeTexts, remove)})
        if (bad)
            return ctx.usage(QStringLiteral("user role"), *bad);
    if (add.empty() && remove.empty())
        return ctx.usage(
            QStringLiteral("user role"), QCoreApplication::translate("fv::Cli", "give --add ROLE or --remove ROLE"));
    return userChange(
        ctx, args.positionals().at(1),
        [&](Database &db, const QString &login) {
            return Users::changeRoles(db, ctx.actingLogin(), login, add, remove);
        },
        [](const User &after) {
            return QCoreApplication::translate("fv::Cli", "user %1 now has the roles %2")
                .arg(after.login, after.roleCodes().join(QStringLiteral(", ")));
        });
}

int userSet(Context &ctx, Args &args)
{
    UserDetails details;
    details.fullName = args.option(QStringLiteral("full-name"));
    details.title = args.option(QStringLiteral("title"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("user set"), p);
    if (!details.fullName && !details.title)
        return ctx.usage(QStringLiteral("user set"),
                         QCoreApplication::translate("fv::Cli", "give --full-name TEXT or --title TEXT"));
    return userChange(
        ctx, args.positionals().at(1),
        [&](Database &db, const QString &login) { return Users::setDetails(db, ctx.actingLogin(), login, details); },
        [](const User &after) {
            return after.title.isEmpty()
                ? QCoreApplication::translate("fv::Cli", "user %1: %2").arg(after.login, after.fullName)
                : QCoreApplication::translate("fv::Cli", "user %1: %2, %3")
                      .arg(after.login, after.fullName, after.title);
        });
}

} // namespace

int cmdUser(Context &ctx, Args &args)
{
    const QString sub = args.positionals().value(0);
    if (sub == QLatin1String("list"))
        return userList(ctx, args);
    if (sub == QLatin1String("add"))
        return userAdd(ctx, args);
    if (sub == QLatin1String("deactivate") || sub == QLatin1String("activate"))
        return userActivation(ctx, args, sub == QLatin1String("activate"));
    if (sub == QLatin1String("role"))
        return userRole(ctx, args);
    if (sub == QLatin1String("set"))
        return userSet(ctx, args);
    return ctx.usage(QStringLiteral("user"),
                     QCoreApplication::translate("fv::Cli",
                                                 "use 'user add', 'user list', 'user deactivate', "
                                                 "'user activate', 'user role' or 'user set'"));
}

int cmdAudit(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty() || args.positionals().first() != QLatin1String("verify"))
        return ctx.usage(QStringLiteral("audit"), p.isEmpty() ? CliText::tr("use 'audit verify'") : p);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    if (auto s = AuditLog::verify(*db.value()); !s)
        return ctx.refuse(s.error());
    if (!ctx.json)
        ctx.out << CliText::tr("audit trail intact") << Qt::endl;
    return Exit::Done;
}

int cmdCalendar(Context &ctx, Args &args)
{
    const QStringList pos = args.positionals();
    const QString sub = pos.value(0);
    if (sub == QLatin1String("holidays")) {
        if (const QString p = args.finish(2, 2); !p.isEmpty())
            return ctx.usage(QStringLiteral("calendar holidays"), p + CliText::tr(" (calendar holidays YEAR)"));
        bool okYear = false;
        const int year = pos.at(1).toInt(&okYear);
        if (!okYear || year < 1583 || year > 9999)
            return ctx.usage(QStringLiteral("calendar holidays"), CliText::tr("YEAR is a year from 1583 to 9999"));
        for (const Holiday &h : statutoryHolidays(year))
            ctx.out << h.date.toString(Qt::ISODate) << (ctx.json ? QString() : QStringLiteral("\t") + h.nameNb) << '\n';
        ctx.out.flush();
        return Exit::Done;
    }
    if (sub == QLatin1String("add-workdays")) {
        if (const QString p = args.finish(3, 3); !p.isEmpty())
            return ctx.usage(
                QStringLiteral("calendar add-workdays"), p + CliText::tr(" (calendar add-workdays DATE N)"));
        const QDate from = QDate::fromString(pos.at(1), Qt::ISODate);
        bool okN = false;
        const int n = pos.at(2).toInt(&okN);
        if (!from.isValid() || pos.at(1).size() != 10)
            return ctx.refuse(Error{CliText::tr("not a real date in the form YYYY-MM-DD"), pos.at(1)});
        if (!okN)
            return ctx.usage(QStringLiteral("calendar add-workdays"), CliText::tr("N is a whole number"));
        WorkingDayCalendar calendar;
        ctx.out << calendar.addWorkingDays(from, n).toString(Qt::ISODate) << Qt::endl;
        return Exit::Done;
    }
    return ctx.usage(
        QStringLiteral("calendar"), CliText::tr("use 'calendar holidays YEAR' or 'calendar add-workdays DATE N'"));
}

} // namespace fv::cli
