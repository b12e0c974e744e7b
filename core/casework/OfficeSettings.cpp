#include "casework/OfficeSettings.h"

#include "casework/AuditLog.h"
#include "casework/Deadlines.h"
#include "casework/SettingsVersion.h"
#include "casework/Users.h"
#include "rules/Operation.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fv {

namespace {
// The event's detail is "key = value".
SettingsScope settingScope(const QString &key)
{
    return {{QStringLiteral("setting-changed")}, key + QStringLiteral(" = ")};
}
} // namespace

Result<qint64> settingVersion(Database &db, const QString &key)
{
    return settingsVersion(db, settingScope(key));
}

Status changeSetting(Database &db, const User &actor, const QString &key, const QString &value,
                     std::optional<qint64> seen)
{
    if (auto s = canNow(db, actor, Action::EditSettings); !s)
        return s;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z]+\\.[A-Za-z0-9.]+$"));
    if (!keyPattern.match(key).hasMatch())
        return fail(QCoreApplication::translate("fv::Settings",
                                                "A setting's name has the form area.name, for example "
                                                "calendar.extraClosedMonthDays"),
                    key);
    if (auto s = validateCaseworkSetting(key, value); !s)
        return s;
    // The months after the project end that the end-of-project report falls due (ConditionLibrary).
    if (key == QLatin1String("decision.endReportMonths")) {
        bool number = false;
        const int months = value.trimmed().toInt(&number);
        if (!number || months < 0 || months > 24)
            return fail(
                QCoreApplication::translate(
                    "fv::Casework", "the setting %1 must be a whole number from %2 to %3, not \"%4\"")
                    .arg(key)
                    .arg(0)
                    .arg(24)
                    .arg(value),
                key);
    }
    // Inside the one transaction: the actor as the database knows them now, and the version seen.
    return Operation::runGlobal(db, actor, Action::EditSettings, [&]() -> Status {
        if (auto s = requireSettingsVersion(
                db, settingScope(key), seen, QCoreApplication::translate("fv::Settings", "the setting %1").arg(key));
            !s)
            return s;
        if (auto s = Settings::set(db, key, value.trimmed()); !s)
            return s;
        if (auto s = AuditLog::append(db, 0, actor.login, QStringLiteral("setting-changed"),
                                      QStringLiteral("%1 = %2").arg(key, value.trimmed()));
            !s)
            return s;
        return ok();
    });
}

} // namespace fv
