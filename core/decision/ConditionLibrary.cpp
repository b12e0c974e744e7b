#include "decision/ConditionLibrary.h"

#include "casework/AuditLog.h"
#include "casework/SettingsVersion.h"
#include "casework/Users.h"
#include "rules/Operation.h"
#include "storage/Database.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fv {

Result<std::vector<StandardCondition>> ConditionLibrary::load(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT code, nb, nn, en FROM condition_library WHERE active ORDER BY sort_order"));
    if (!q)
        return q.error();
    // The end-of-project report falls due this many months after the project end (a setting).
    auto months = Settings::get(db, QStringLiteral("decision.endReportMonths"), QStringLiteral("3"));
    if (!months)
        return months.error();
    bool numeric = false;
    const int endReportMonths = months->toInt(&numeric);
    std::vector<StandardCondition> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       numeric && endReportMonths >= 0 ? endReportMonths : 3});
    return out;
}

namespace {
SettingsScope libraryScope()
{
    return {{QStringLiteral("conditions-edited")}, {}};
}
} // namespace

Result<qint64> ConditionLibrary::version(Database &db)
{
    return settingsVersion(db, libraryScope());
}

Status ConditionLibrary::save(Database &db, const User &actor, const std::vector<StandardCondition> &conditions,
                              std::optional<qint64> seen)
{
    if (auto s = canNow(db, actor, Action::EditConditionLibrary); !s)
        return s;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    QStringList codes;
    for (const StandardCondition &c : conditions) {
        if (!codePattern.match(c.code).hasMatch())
            return fail(QCoreApplication::translate(
                            "fv::Decision", "a condition code has 1–40 letters a–z, digits and '-': \"%1\"")
                            .arg(c.code));
        if (codes.contains(c.code))
            return fail(QCoreApplication::translate("fv::Decision", "the condition code %1 is used twice").arg(c.code));
        if (c.nb.trimmed().isEmpty() || c.nn.trimmed().isEmpty() || c.en.trimmed().isEmpty())
            return fail(QCoreApplication::translate(
                            "fv::Decision", "the condition %1 needs its text in bokmål, nynorsk and English")
                            .arg(c.code));
        codes << c.code;
    }
    // Inside the one transaction: the actor as the database knows them now, and the version seen.
    return Operation::runGlobal(db, actor, Action::EditConditionLibrary, [&]() -> Status {
        if (auto s = requireSettingsVersion(
                db, libraryScope(), seen,
                QCoreApplication::translate("fv::Decision", "the library of standard conditions"));
            !s)
            return s;
        // Retired codes stay (inactive), so old decisions still name what they used.
        if (auto r = db.exec(QStringLiteral("UPDATE condition_library SET active = FALSE")); !r)
            return r.error();
        int order = 0;
        for (const StandardCondition &c : conditions) {
            auto r = db.exec(
                QStringLiteral("INSERT INTO condition_library (code, nb, nn, en, sort_order, active) "
                               "VALUES (?, ?, ?, ?, ?, TRUE) ON CONFLICT(code) DO UPDATE SET nb = excluded.nb, "
                               "nn = excluded.nn, en = excluded.en, sort_order = excluded.sort_order, active = TRUE"),
                {c.code, c.nb.trimmed(), c.nn.trimmed(), c.en.trimmed(), ++order});
            if (!r)
                return r.error();
        }
        if (auto s = AuditLog::append(
                db, 0, actor.login, QStringLiteral("conditions-edited"),
                QStringLiteral("%1 standard conditions: %2")
                    .arg(conditions.size())
                    .arg(codes.join(QStringLiteral(", "))));
            !s)
            return s;
        return ok();
    });
}

} // namespace fv
