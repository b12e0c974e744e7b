#include "casework/OfficeSettings.h"

#include "casework/AuditLog.h"
#include "casework/Deadlines.h"
#include "casework/Users.h"
#include "rules/Operation.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace fv {

Status changeSetting(Database &db, const User &actor, const QString &key, const QString &value)
{
    if (auto s = canNow(db, actor, Action::EditSettings); !s)
        return s;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z]+\\.[A-Za-z0-9.]+$"));
    if (!keyPattern.match(key).hasMatch())
        return fail(QStringLiteral("a setting's key looks like area.name, e.g. calendar.extraClosedMonthDays"), key);
    if (auto s = validateCaseworkSetting(key, value); !s)
        return s;
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    if (auto s = Settings::set(db, key, value.trimmed()); !s)
        return s;
    if (auto s = AuditLog::append(
            db, 0, actor.login, QStringLiteral("setting-changed"), QStringLiteral("%1 = %2").arg(key, value.trimmed()));
        !s)
        return s;
    return tx.commit();
}

} // namespace fv
