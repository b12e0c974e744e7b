#include "calendar/NorwegianCalendar.h"
#include "casework/AuditLog.h"
#include "cli/CliContext.h"
#include "demo/DemoData.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {

int cmdInit(Context &ctx, Args &args)
{
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("init"), p);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    auto n = Users::count(*db.value());
    if (!n)
        return ctx.refuse(n.error());
    if (n.value() == 0) {
        // The first user of a new database administers it.
        auto admin = Users::add(*db.value(), ctx.actingLogin(), ctx.actingLogin(), {Role::Admin}, QString());
        if (!admin)
            return ctx.refuse(admin.error());
    }
    if (!ctx.json)
        ctx.out << CliText::tr("%1: ready (schema version %2)").arg(db.value()->path()).arg(currentSchemaVersion())
                << Qt::endl;
    return Exit::Done;
}

int cmdDemo(Context &ctx, Args &args)
{
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("demo"), p);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    if (auto s = createDemoData(*db.value(), ctx.actingLogin()); !s)
        return ctx.refuse(s.error());
    if (!ctx.json)
        ctx.out << CliText::tr("%1: demo cases created").arg(db.value()->path()) << Qt::endl;
    return Exit::Done;
}

int cmdUser(Context &ctx, Args &args)
{
    const QStringList roleTexts = args.options(QStringLiteral("role"));
    const auto fullName = args.option(QStringLiteral("full-name"));
    const QStringList pos = args.positionals();
    if (pos.value(0) == QLatin1String("list")) {
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
            if (ctx.json)
                arr.append(QJsonObject{{QStringLiteral("login"), u.login},
                                       {QStringLiteral("fullName"), u.fullName},
                                       {QStringLiteral("roles"), QJsonArray::fromStringList(u.roleCodes())}});
            else
                ctx.out << u.login << '\t' << u.fullName << '\t' << u.roleCodes().join(QLatin1Char(',')) << '\n';
        }
        if (ctx.json)
            ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
        ctx.out.flush();
        return Exit::Done;
    }
    if (pos.value(0) != QLatin1String("add"))
        return ctx.usage(QStringLiteral("user"), CliText::tr("use 'user add LOGIN --role ROLE…' or 'user list'"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("user add"), p);
    std::vector<Role> roles;
    for (const QString &t : roleTexts) {
        // --role adviser --role lawyer, or --role adviser,lawyer
        for (const QString &one : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto r = roleFromCode(one.trimmed());
            if (!r)
                return ctx.usage(QStringLiteral("user add"),
                                 CliText::tr("unknown role \"%1\" (adviser, lawyer, decision-maker, admin)").arg(one));
            roles.push_back(*r);
        }
    }
    if (roles.empty())
        return ctx.usage(QStringLiteral("user add"), CliText::tr("give at least one --role"));
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    auto u = Users::add(*db.value(), ctx.actingLogin(), pos.at(1), roles, fullName.value_or(QString()));
    if (!u)
        return ctx.refuse(u.error());
    if (!ctx.json)
        ctx.out << CliText::tr("user %1 added (%2)").arg(u->login, u->roleCodes().join(QStringLiteral(", ")))
                << Qt::endl;
    return Exit::Done;
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
