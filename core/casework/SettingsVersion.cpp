#include "casework/SettingsVersion.h"

#include "casework/AuditLog.h"

#include <QCoreApplication>

namespace fv {

Result<qint64> settingsVersion(Database &db, const SettingsScope &scope)
{
    auto last = AuditLog::latestGlobal(db, scope.kinds, scope.detailPrefix);
    if (!last)
        return last.error();
    return last->has_value() ? last->value().id : qint64(0);
}

Status requireSettingsVersion(Database &db, const SettingsScope &scope, std::optional<qint64> seen, const QString &what)
{
    if (!seen)
        return ok();
    auto last = AuditLog::latestGlobal(db, scope.kinds, scope.detailPrefix);
    if (!last)
        return last.error();
    const qint64 now = last->has_value() ? last->value().id : 0;
    if (now == *seen)
        return ok();
    if (!last->has_value()) // changed back to the packaged state without a record: cannot name who
        return fail(QCoreApplication::translate("fv::Settings",
                                                "Your change was not saved: someone else changed %1 after you "
                                                "began editing. Open it again and make your change again")
                        .arg(what));
    const Event &e = last->value();
    return fail(QCoreApplication::translate("fv::Settings",
                                            "Your change was not saved: %2 changed %1 at %3, after you began editing. "
                                            "Open it again and make your change again")
                    .arg(what, QStringLiteral("%1 (%2)").arg(e.actorName, e.actor),
                         e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
}

} // namespace fv
