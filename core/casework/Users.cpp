#include "casework/Users.h"

#include "Clock.h"
#include "casework/AuditLog.h"
#include "casework/UserAdminInternal.h"
#include "rules/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace fv {

QString toCode(Role role)
{
    switch (role) {
    case Role::Adviser: return QStringLiteral("adviser");
    case Role::Lawyer: return QStringLiteral("lawyer");
    case Role::DecisionMaker: return QStringLiteral("decision-maker");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles())
        if (toCode(r) == code)
            return r;
    return std::nullopt;
}

const std::vector<Role> &allRoles()
{
    static const std::vector<Role> roles = {Role::Adviser, Role::Lawyer, Role::DecisionMaker, Role::Admin};
    return roles;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Adviser: return QCoreApplication::translate("fv::Users", "Adviser");
    case Role::Lawyer: return QCoreApplication::translate("fv::Users", "Lawyer");
    case Role::DecisionMaker: return QCoreApplication::translate("fv::Users", "Decision-maker");
    case Role::Admin: return QCoreApplication::translate("fv::Users", "Administrator");
    }
    return {};
}

bool User::has(Role role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

QStringList User::roleCodes() const
{
    QStringList out;
    for (Role r : roles)
        out << toCode(r);
    return out;
}

QString systemLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty()) {
        // Services and containers often run without USER set; the password database knows.
        if (const passwd *pw = getpwuid(getuid()))
            login = QString::fromLocal8Bit(pw->pw_name);
    }
    return login;
}

namespace {

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    for (const QString &c : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto r = roleFromCode(c))
            u.roles.push_back(*r);
    u.active = q.value(4).toBool();
    u.title = q.value(5).toString();
    u.rowVersion = q.value(6).toLongLong();
    return u;
}

const QString selectUser = QStringLiteral(
    "SELECT id, login, full_name, roles, active, title, row_version FROM app_user ");

} // namespace

Result<std::optional<User>> Users::find(Database &db, const QString &login)
{
    auto q = db.exec(selectUser + QStringLiteral("WHERE login = ?"), {login});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(*q));
}

Result<User> Users::findById(Database &db, qint64 id)
{
    auto q = db.exec(selectUser + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QCoreApplication::translate("fv::Users", "There is no user with id %1.").arg(id));
    return userFromRow(*q);
}

std::vector<User> Users::active(std::vector<User> users)
{
    users.erase(std::remove_if(users.begin(), users.end(), [](const User &u) { return !u.active; }), users.end());
    return users;
}

Result<std::vector<User>> Users::allActive(Database &db)
{
    auto everyone = all(db);
    if (!everyone)
        return everyone.error();
    return active(std::move(everyone.value()));
}

Result<std::vector<User>> Users::all(Database &db)
{
    auto q = db.exec(selectUser + QStringLiteral("ORDER BY login"));
    if (!q)
        return q.error();
    std::vector<User> out;
    while (q->next())
        out.push_back(userFromRow(*q));
    return out;
}

Result<int> Users::count(Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM app_user"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<User> Users::actor(Database &db, const QString &login)
{
    auto u = find(db, login);
    if (!u)
        return u.error();
    if (!u.value())
        return fail(QCoreApplication::translate(
                        "fv::Users", "%1 is not a user of this database; an administrator can add the account")
                        .arg(login));
    if (!u.value()->active)
        return fail(
            QCoreApplication::translate("fv::Users", "%1 is deactivated; an administrator can reactivate the account")
                .arg(login));
    return *u.value();
}

// The acting login must be an active admin of this database: the rule book says who may.
Status Users::requireAdmin(Database &db, const QString &actingLogin, const QString &what)
{
    Q_UNUSED(what); // the rule book names the action itself
    auto acting = actor(db, actingLogin);
    if (!acting)
        return acting.error();
    return can(Action::AdministerUsers, acting.value());
}

namespace {
// A text[] literal of role codes for the server's functions.
QString roleArray(const std::vector<Role> &roles)
{
    QStringList codes;
    for (Role r : roles)
        codes << toCode(r);
    return QLatin1Char('{') + codes.join(QLatin1Char(',')) + QLatin1Char('}');
}

Result<User> addOnServer(Database &db, const QString &login, const std::vector<Role> &roles, const QString &fullName,
                         const QString &title)
{
    if (auto r = db.scalar(QStringLiteral("SELECT fv_add_user(?, ?, CAST(? AS text[]), ?)"),
                           {login, fullName, roleArray(roles), title});
        !r)
        return r.error();
    auto u = Users::find(db, login);
    if (!u)
        return u.error();
    if (!u.value())
        return fail(QCoreApplication::translate("fv::Users", "The user %1 was not stored.").arg(login));
    return *u.value();
}
} // namespace

Result<User> Users::add(Database &db, const QString &actingLogin, const QString &login, const std::vector<Role> &roles,
                        const QString &fullName)
{
    return add(db, actingLogin, login, roles, fullName, QString());
}

Result<User> Users::add(Database &db, const QString &actingLogin, const QString &login, const std::vector<Role> &roles,
                        const QString &fullName, const QString &title)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!loginPattern.match(login).hasMatch())
        return fail(
            QCoreApplication::translate("fv::Users", "A login has 1–64 letters a–z, digits, '.', '_' or '-': \"%1\"")
                .arg(login));
    if (roles.empty())
        return fail(QCoreApplication::translate("fv::Users", "Give the user at least one role."));
    auto name = detail::checkedFullName(fullName.trimmed().isEmpty() ? login : fullName);
    if (!name)
        return name.error();
    auto checkedTitle = detail::checkedTitle(title);
    if (!checkedTitle)
        return checkedTitle.error();

    if (db.isServer()) // the server checks who may, grants the group roles and records the event
        return addOnServer(db, login, roles, name.value(), checkedTitle.value());

    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto n = count(db);
    if (!n)
        return n.error();
    std::vector<Role> finalRoles = roles;
    if (n.value() == 0) {
        // The first user of a new database administers it.
        if (std::find(finalRoles.begin(), finalRoles.end(), Role::Admin) == finalRoles.end())
            finalRoles.push_back(Role::Admin);
    } else {
        if (auto s = requireAdmin(db, actingLogin, QString()); !s)
            return s.error();
    }
    auto existing = find(db, login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return fail(QCoreApplication::translate("fv::Users", "The user %1 exists already.").arg(login));

    User u;
    u.login = login;
    u.fullName = name.value();
    u.title = checkedTitle.value();
    u.roles = finalRoles;
    auto ins = db.exec(
        QStringLiteral("INSERT INTO app_user (login, full_name, title, roles, created_at) VALUES (?, ?, ?, ?, ?)"),
        {u.login, u.fullName, u.title, u.roleCodes().join(QLatin1Char(',')), toStorage(now())});
    if (!ins)
        return ins.error();
    u.id = ins->lastInsertId().toLongLong(); // SQLite only: the server adds users with fv_add_user
    const QString by = n.value() == 0 ? login : actingLogin;
    if (auto s = AuditLog::append(db, 0, by, QStringLiteral("user-added"),
                                  QStringLiteral("%1 (%2)").arg(u.login, u.roleCodes().join(QStringLiteral(", "))));
        !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Result<User> Users::grantRoles(Database &db, const QString &actingLogin, const QString &login,
                               const std::vector<Role> &roles)
{
    if (db.isServer()) {
        for (Role r : roles)
            if (auto g = db.scalar(QStringLiteral("SELECT fv_grant_role(?, ?)"), {login, toCode(r)}); !g)
                return g.error();
        return actor(db, login);
    }
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    if (auto s = requireAdmin(db, actingLogin, QString()); !s)
        return s.error();
    auto user = actor(db, login);
    if (!user)
        return user.error();
    User u = user.value();
    for (Role r : roles)
        if (!u.has(r))
            u.roles.push_back(r);
    if (u.roles.size() == user->roles.size())
        return u;
    const QString codes = u.roleCodes().join(QLatin1Char(','));
    if (auto up = db.exec(
            QStringLiteral("UPDATE app_user SET roles = ?, row_version = row_version + 1 WHERE id = ?"), {codes, u.id});
        !up)
        return up.error();
    ++u.rowVersion;
    if (auto s = AuditLog::append(db, 0, actingLogin, QStringLiteral("user-roles"),
                                  QStringLiteral("%1 (%2)").arg(u.login, u.roleCodes().join(QStringLiteral(", "))));
        !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Status requireRole(const User &user, Role role, const QString &what)
{
    if (user.has(role))
        return ok();
    return fail(QCoreApplication::translate("fv::Users", "%1 may not %2: that needs the role %3")
                    .arg(user.login, what, toCode(role)));
}

} // namespace fv
