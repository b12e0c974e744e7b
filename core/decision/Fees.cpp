#include "decision/Fees.h"

#include "Clock.h"
#include "casework/AuditLog.h"
#include "casework/SettingsVersion.h"
#include "casework/Users.h"
#include "rules/Operation.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cmath>

namespace fv {

QString toCode(FeeExemption exemption)
{
    switch (exemption) {
    case FeeExemption::None: return QStringLiteral("none");
    case FeeExemption::StudentAggregatedAnonymous: return QStringLiteral("student-aggregated-anonymous");
    case FeeExemption::DataUpdate: return QStringLiteral("data-update");
    case FeeExemption::Appeal: return QStringLiteral("appeal");
    }
    return {};
}

std::optional<FeeExemption> feeExemptionFromCode(const QString &code)
{
    for (auto e :
         {FeeExemption::None, FeeExemption::StudentAggregatedAnonymous, FeeExemption::DataUpdate, FeeExemption::Appeal})
        if (toCode(e) == code)
            return e;
    if (code.isEmpty())
        return FeeExemption::None;
    return std::nullopt;
}

QString feeExemptionText(FeeExemption exemption)
{
    switch (exemption) {
    case FeeExemption::None: return QCoreApplication::translate("fv::Fees", "No exemption");
    case FeeExemption::StudentAggregatedAnonymous:
        return QCoreApplication::translate("fv::Fees", "Student asking for aggregated anonymous data");
    case FeeExemption::DataUpdate:
        return QCoreApplication::translate("fv::Fees", "Data update after the original decision");
    case FeeExemption::Appeal: return QCoreApplication::translate("fv::Fees", "Appeal");
    }
    return {};
}

Fee computeFee(const PriceTable &prices, int sources, double hours, FeeExemption exemption)
{
    Fee fee;
    fee.exemption = exemption;
    fee.hourlyRate = prices.hourlyRate;
    fee.priceTableFrom = prices.validFrom;
    fee.startedHours = hours > 0 ? static_cast<int>(std::ceil(hours - 1e-9)) : 0;
    if (exemption != FeeExemption::None)
        return fee;
    fee.base = sources > 1 ? prices.baseSeveralSources : prices.baseOneSource;
    fee.total = fee.base + fee.startedHours * prices.hourlyRate;
    return fee;
}

Result<PriceTable> PriceTables::on(Database &db, const QDate &day)
{
    auto q = db.exec(
        QStringLiteral("SELECT valid_from, base_one, base_several, hourly FROM price_table WHERE valid_from <= ? "
                       "ORDER BY valid_from DESC LIMIT 1"),
        {toStorage(day)});
    if (!q)
        return q.error();
    if (!q->next())
        return PriceTable{};
    return PriceTable{dateFromStorage(q->value(0)), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()};
}

Result<std::vector<PriceTable>> PriceTables::all(Database &db)
{
    auto q = db.exec(
        QStringLiteral("SELECT valid_from, base_one, base_several, hourly FROM price_table ORDER BY valid_from"));
    if (!q)
        return q.error();
    std::vector<PriceTable> out;
    while (q->next())
        out.push_back({dateFromStorage(q->value(0)), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()});
    return out;
}

namespace {
// All the tables: the dialog shows them together, and a new table changes which one is in force.
SettingsScope pricesScope()
{
    return {{QStringLiteral("prices-edited")}, {}};
}
} // namespace

Result<qint64> PriceTables::version(Database &db)
{
    return settingsVersion(db, pricesScope());
}

Status PriceTables::save(Database &db, const User &actor, const PriceTable &t, std::optional<qint64> seen)
{
    if (auto s = canNow(db, actor, Action::EditPrices); !s)
        return s;
    if (!t.validFrom.isValid())
        return fail(QCoreApplication::translate("fv::Decision", "a price table needs the date it applies from"));
    if (t.baseOneSource < 0 || t.baseSeveralSources < 0 || t.hourlyRate < 0)
        return fail(QCoreApplication::translate("fv::Decision", "prices cannot be negative"));
    // Inside the one transaction: the actor as the database knows them now, and the version seen.
    return Operation::runGlobal(db, actor, Action::EditPrices, [&]() -> Status {
        if (auto s = requireSettingsVersion(
                db, pricesScope(), seen, QCoreApplication::translate("fv::Decision", "the price tables"));
            !s)
            return s;
        auto r = db.exec(
            QStringLiteral("INSERT INTO price_table (valid_from, base_one, base_several, hourly) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(valid_from) DO UPDATE SET base_one = excluded.base_one, "
                           "base_several = excluded.base_several, hourly = excluded.hourly"),
            {toStorage(t.validFrom), t.baseOneSource, t.baseSeveralSources, t.hourlyRate});
        if (!r)
            return r.error();
        if (auto s = AuditLog::append(
                db, 0, actor.login, QStringLiteral("prices-edited"),
                QStringLiteral("from %1: %2 / %3 NOK, %4 NOK per hour")
                    .arg(toStorage(t.validFrom))
                    .arg(t.baseOneSource)
                    .arg(t.baseSeveralSources)
                    .arg(t.hourlyRate));
            !s)
            return s;
        return ok();
    });
}

} // namespace fv
