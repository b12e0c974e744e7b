#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

class Database;

enum class Role { Adviser, Lawyer, DecisionMaker, Admin };

QString toCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QString roleDisplayName(Role role); // translated
const std::vector<Role> &allRoles();

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString title; // under the name in letter signatures; empty: the letter's default
    std::vector<Role> roles;
    bool active = true;
    qint64 rowVersion = 1; // moves on every change: two admins editing one user collide cleanly

    bool has(Role role) const;
    QStringList roleCodes() const;
};

// A change of a user's name and title; an unset field stays as it is.
struct UserDetails
{
    std::optional<QString> fullName;
    std::optional<QString> title;
};

// The acting user is the operating-system login (or --as), mapped to a user record.
QString systemLogin();

class Users
{
public:
    static Result<std::optional<User>> find(Database &db, const QString &login);
    static Result<User> findById(Database &db, qint64 id);
    static Result<std::vector<User>> all(Database &db); // everyone, deactivated users too
    static Result<int> count(Database &db);

    // Only the active users, in the same order: what a picker offers.
    static std::vector<User> active(std::vector<User> users);
    static Result<std::vector<User>> allActive(Database &db);

    // Who is acting: refused with a clear message when the login has no user record or the
    // user is deactivated.
    static Result<User> actor(Database &db, const QString &login);

    // Only an admin adds users, except on a new database: its first user becomes admin.
    static Result<User> add(Database &db, const QString &actingLogin, const QString &login,
                            const std::vector<Role> &roles, const QString &fullName);
    static Result<User> add(Database &db, const QString &actingLogin, const QString &login,
                            const std::vector<Role> &roles, const QString &fullName, const QString &title);

    // Refused unless `actingLogin` is an active admin of this database (can(AdministerUsers)).
    static Status requireAdmin(Database &db, const QString &actingLogin, const QString &what);

    // Gives an existing user more roles (an admin only); recorded in the audit trail. Used when
    // a database is set up (the demo gives its admin the working roles); administration uses
    // changeRoles(), which keeps the rules below.
    static Result<User> grantRoles(Database &db, const QString &actingLogin, const QString &login,
                                   const std::vector<Role> &roles);

    // User administration (UserAdmin.cpp). Each change is one transaction that checks that the
    // acting user may administer users, reads the user, checks `seenVersion` (User::rowVersion
    // as the caller loaded it; unset: the caller reads and writes at once), keeps the rules
    // (nobody changes their own roles or deactivates themselves, the last active administrator
    // stays one), writes, moves the row version and appends an audit event. A change that
    // changes nothing is no error and writes nothing. Returns the user as stored now.
    static Result<User> deactivate(Database &db, const QString &actingLogin, const QString &login,
                                   std::optional<qint64> seenVersion = std::nullopt);
    static Result<User> reactivate(Database &db, const QString &actingLogin, const QString &login,
                                   std::optional<qint64> seenVersion = std::nullopt);
    static Result<User> changeRoles(Database &db, const QString &actingLogin, const QString &login,
                                    const std::vector<Role> &add, const std::vector<Role> &remove,
                                    std::optional<qint64> seenVersion = std::nullopt);
    static Result<User> addRole(Database &db, const QString &actingLogin, const QString &login, Role role,
                                std::optional<qint64> seenVersion = std::nullopt);
    static Result<User> removeRole(Database &db, const QString &actingLogin, const QString &login, Role role,
                                   std::optional<qint64> seenVersion = std::nullopt);
    static Result<User> setDetails(Database &db, const QString &actingLogin, const QString &login,
                                   const UserDetails &details, std::optional<qint64> seenVersion = std::nullopt);
};

// A refusal naming who lacks which role, for every role check in the core.
Status requireRole(const User &user, Role role, const QString &what);

} // namespace fv
