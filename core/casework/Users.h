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

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    std::vector<Role> roles;
    bool active = true;

    bool has(Role role) const;
    QStringList roleCodes() const;
};

// The acting user is the operating-system login (or --as), mapped to a user record.
QString systemLogin();

class Users
{
public:
    static Result<std::optional<User>> find(Database &db, const QString &login);
    static Result<User> findById(Database &db, qint64 id);
    static Result<std::vector<User>> all(Database &db);
    static Result<int> count(Database &db);

    // Who is acting: refused with a clear message when the login has no user record.
    static Result<User> actor(Database &db, const QString &login);

    // Only an admin adds users, except on a new database: its first user becomes admin.
    static Result<User> add(Database &db, const QString &actingLogin, const QString &login,
                            const std::vector<Role> &roles, const QString &fullName);

    // Refused unless `actingLogin` is an admin of this database.
    static Status requireAdmin(Database &db, const QString &actingLogin, const QString &what);

    // Gives an existing user more roles (an admin only); recorded in the audit trail.
    static Result<User> grantRoles(Database &db, const QString &actingLogin, const QString &login,
                                   const std::vector<Role> &roles);
};

// A refusal naming who lacks which role, for every role check in the core.
Status requireRole(const User &user, Role role, const QString &what);

} // namespace fv
