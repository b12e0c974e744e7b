// User administration: deactivate and reactivate, roles, full name and title. Every change is
// one operation (administer()) that checks the rule book, the version the admin saw and the
// rules that keep the office working, writes, and appends the audit event in one transaction.
#include "casework/AuditLog.h"
#include "casework/UserAdminInternal.h"
#include "casework/Users.h"
#include "rules/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace fv {

namespace detail {

namespace {

Result<QString> checkedLine(const QString &text, int max, const char *tooLong, const char *twoLines)
{
    const QString line = text.trimmed();
    if (line.size() > max)
        return fail(QCoreApplication::translate("fv::Users", tooLong).arg(max));
    for (const QChar c : line)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return fail(QCoreApplication::translate("fv::Users", twoLines));
    return line;
}

} // namespace

Result<QString> checkedFullName(const QString &text)
{
    auto line = checkedLine(
        text, maxFullNameLength, QT_TRANSLATE_NOOP("fv::Users", "The full name is longer than %1 characters."),
        QT_TRANSLATE_NOOP("fv::Users", "The full name must be one line of text."));
    if (line && line->isEmpty())
        return fail(QCoreApplication::translate("fv::Users", "The full name cannot be empty."));
    return line;
}

Result<QString> checkedTitle(const QString &text)
{
    return checkedLine(text, maxTitleLength, QT_TRANSLATE_NOOP("fv::Users", "The title is longer than %1 characters."),
                       QT_TRANSLATE_NOOP("fv::Users", "The title must be one line of text."));
}

} // namespace detail

namespace {

// What one administration step does to the user it read: the audit event, and the refusal
// when the acting admin tries it on their own account (empty: allowed on oneself).
struct Change
{
    QString kind;
    QString detail;
    QString refusedOnSelf;
};

// Computes the changed user from the one read; no Change when nothing changes.
using Step = std::function<Result<std::optional<Change>>(const User &before, User &after)>;

QString rolesText(const User &u)
{
    return u.roleCodes().join(QStringLiteral(", "));
}

Result<int> activeAdmins(Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE active "
                                      "AND (',' || roles || ',') LIKE '%,admin,%'"));
    if (!n)
        return n.error();
    return n->toInt();
}

// The refusal when a user changed after the caller read it, naming who changed it and when:
// the last audit event about the user says so (its detail starts with the login).
Error changedMeanwhile(Database &db, const QString &login)
{
    auto last = db.exec(
        QStringLiteral(
            "SELECT COALESCE(a.full_name, e.actor), e.actor, e.at FROM event e "
            "LEFT JOIN app_user a ON a.login = e.actor "
            "WHERE e.case_id IS NULL AND e.kind LIKE 'user-%' "
            "AND substr(e.detail, 1, length(?)) = ? "
            "AND substr(e.detail, length(?) + 1, 1) IN ('', ' ', ':') "
            "ORDER BY e.id DESC LIMIT 1"),
        {login, login, login});
    if (!last)
        return last.error();
    if (!last->next())
        return fail(QCoreApplication::translate("fv::Users",
                                                "Someone else changed the user %1 after you opened it; nothing was "
                                                "saved. Reload the user and make your change again.")
                        .arg(login));
    const QDateTime at = QDateTime::fromString(last->value(2).toString(), Qt::ISODateWithMs);
    return fail(QCoreApplication::translate("fv::Users",
                                            "%1 (%2) changed the user %3 at %4 after you opened it; nothing was "
                                            "saved. Reload the user and make your change again.")
                    .arg(last->value(0).toString(), last->value(1).toString(), login,
                         at.toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
}

// The office keeps at least one active administrator.
Status keepsAnAdministrator(Database &db, const User &before, const User &after)
{
    const bool wasAdmin = before.active && before.has(Role::Admin);
    const bool isAdmin = after.active && after.has(Role::Admin);
    if (!wasAdmin || isAdmin)
        return ok();
    auto n = activeAdmins(db);
    if (!n)
        return n.error();
    if (n.value() > 1)
        return ok();
    return fail(QCoreApplication::translate("fv::Users",
                                            "%1 is the last active administrator; make another user an "
                                            "administrator first.")
                    .arg(before.login));
}

Status write(Database &db, const User &before, const User &after)
{
    auto up = db.exec(
        QStringLiteral("UPDATE app_user SET full_name = ?, title = ?, roles = ?, active = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {after.fullName, after.title, after.roleCodes().join(QLatin1Char(',')), after.active ? 1 : 0, before.id,
         before.rowVersion});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1) // cannot happen inside the write lock; checked all the same
        return changedMeanwhile(db, before.login);
    return ok();
}

// On the team server the server's functions write the user, grant or revoke the group roles
// and record the events (resources/postgres/users.sql); the rule book has checked first.
Status writeOnServer(Database &db, const User &before, const User &after)
{
    if (before.fullName != after.fullName || before.title != after.title || before.active != after.active)
        if (auto r = db.scalar(QStringLiteral("SELECT fv_update_user(?, ?, ?, ?, ?)"),
                               {before.login, before.rowVersion, after.fullName, after.title, after.active});
            !r)
            return r.error();
    for (Role r : allRoles()) {
        if (before.has(r) == after.has(r))
            continue;
        const QString sql = after.has(r)
            ? QStringLiteral("SELECT fv_grant_role(?, ?)")
            : QStringLiteral("SELECT fv_revoke_role(?, ?)");
        if (auto g = db.scalar(sql, {before.login, toCode(r)}); !g)
            return g.error();
    }
    return ok();
}

// The one runner of every administration step.
Result<User> administer(Database &db, const QString &actingLogin, const QString &login,
                        std::optional<qint64> seenVersion, const Step &step)
{
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto acting = Users::actor(db, actingLogin);
    if (!acting)
        return acting.error();
    if (auto s = can(Action::AdministerUsers, acting.value()); !s)
        return s.error();
    auto found = Users::find(db, login.trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return fail(QCoreApplication::translate("fv::Users", "%1 is not a user of this database.").arg(login));
    const User before = *found.value();
    if (seenVersion && *seenVersion != before.rowVersion)
        return changedMeanwhile(db, before.login);
    User after = before;
    auto change = step(before, after);
    if (!change)
        return change.error();
    if (!change.value())
        return before; // nothing to change: nothing written, no event
    if (auto s = keepsAnAdministrator(db, before, after); !s)
        return s.error();
    if (acting->id == before.id && !change.value()->refusedOnSelf.isEmpty())
        return fail(change.value()->refusedOnSelf);
    if (db.isServer()) {
        if (auto s = writeOnServer(db, before, after); !s)
            return s.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        auto stored = Users::find(db, before.login); // as the server wrote it (row version, roles)
        if (stored && stored.value())
            return *stored.value();
        return after;
    }
    if (auto s = write(db, before, after); !s)
        return s.error();
    if (auto s = AuditLog::append(db, 0, acting->login, change.value()->kind, change.value()->detail); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    after.rowVersion = before.rowVersion + 1;
    return after;
}

Step activation(bool active)
{
    return [active](const User &before, User &after) -> Result<std::optional<Change>> {
        if (before.active == active)
            return std::optional<Change>();
        after.active = active;
        return std::optional<Change>(Change{
            active ? QStringLiteral("user-reactivated") : QStringLiteral("user-deactivated"), before.login,
            active ? QString()
                   : QCoreApplication::translate("fv::Users",
                                                 "Nobody deactivates their own account; ask another "
                                                 "administrator.")});
    };
}

} // namespace

Result<User> Users::deactivate(Database &db, const QString &actingLogin, const QString &login,
                               std::optional<qint64> seenVersion)
{
    return administer(db, actingLogin, login, seenVersion, activation(false));
}

Result<User> Users::reactivate(Database &db, const QString &actingLogin, const QString &login,
                               std::optional<qint64> seenVersion)
{
    return administer(db, actingLogin, login, seenVersion, activation(true));
}

Result<User> Users::changeRoles(Database &db, const QString &actingLogin, const QString &login,
                                const std::vector<Role> &add, const std::vector<Role> &remove,
                                std::optional<qint64> seenVersion)
{
    for (Role r : add)
        if (std::find(remove.begin(), remove.end(), r) != remove.end())
            return fail(QCoreApplication::translate("fv::Users", "The role %1 cannot be both added and removed.")
                            .arg(roleDisplayName(r)));
    return administer(
        db, actingLogin, login, seenVersion, [&](const User &before, User &after) -> Result<std::optional<Change>> {
            after.roles.clear();
            // Kept in the one order of allRoles(), so the stored list does not depend on the clicks.
            for (Role r : allRoles()) {
                const bool added = std::find(add.begin(), add.end(), r) != add.end();
                const bool removed = std::find(remove.begin(), remove.end(), r) != remove.end();
                if ((before.has(r) || added) && !removed)
                    after.roles.push_back(r);
            }
            if (after.roleCodes() == before.roleCodes())
                return std::optional<Change>();
            if (after.roles.empty())
                return fail(QCoreApplication::translate("fv::Users",
                                                        "%1 would have no role left; a user keeps at least one "
                                                        "role (deactivate the account instead).")
                                .arg(before.login));
            return std::optional<Change>(Change{
                QStringLiteral("user-roles"),
                QStringLiteral("%1 (%2; was %3)").arg(before.login, rolesText(after), rolesText(before)),
                QCoreApplication::translate("fv::Users",
                                            "Nobody changes their own roles; ask another "
                                            "administrator.")});
        });
}

Result<User> Users::addRole(Database &db, const QString &actingLogin, const QString &login, Role role,
                            std::optional<qint64> seenVersion)
{
    return changeRoles(db, actingLogin, login, {role}, {}, seenVersion);
}

Result<User> Users::removeRole(Database &db, const QString &actingLogin, const QString &login, Role role,
                               std::optional<qint64> seenVersion)
{
    return changeRoles(db, actingLogin, login, {}, {role}, seenVersion);
}

Result<User> Users::setDetails(Database &db, const QString &actingLogin, const QString &login,
                               const UserDetails &details, std::optional<qint64> seenVersion)
{
    std::optional<QString> fullName;
    std::optional<QString> title;
    if (details.fullName) {
        auto checked = detail::checkedFullName(*details.fullName);
        if (!checked)
            return checked.error();
        fullName = checked.value();
    }
    if (details.title) {
        auto checked = detail::checkedTitle(*details.title);
        if (!checked)
            return checked.error();
        title = checked.value();
    }
    return administer(
        db, actingLogin, login, seenVersion, [&](const User &before, User &after) -> Result<std::optional<Change>> {
            after.fullName = fullName.value_or(before.fullName);
            after.title = title.value_or(before.title);
            QStringList parts;
            if (after.fullName != before.fullName)
                parts << QStringLiteral("full name \"%1\" (was \"%2\")").arg(after.fullName, before.fullName);
            if (after.title != before.title)
                parts << QStringLiteral("title \"%1\" (was \"%2\")").arg(after.title, before.title);
            if (parts.isEmpty())
                return std::optional<Change>();
            return std::optional<Change>(
                Change{QStringLiteral("user-details"),
                       QStringLiteral("%1: %2").arg(before.login, parts.join(QStringLiteral(", "))), QString()});
        });
}

} // namespace fv
