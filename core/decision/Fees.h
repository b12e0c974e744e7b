#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace fv {

class Database;
struct User;

// HDS's own fee (registry managers invoice separately). Prices are dated settings an
// admin edits; the table in force on the decision date applies. [check] in HELSEDATA.md.
struct PriceTable
{
    QDate validFrom;
    int baseOneSource = 1500;      // NOK excl. VAT
    int baseSeveralSources = 3000; // NOK excl. VAT
    int hourlyRate = 1155;         // NOK per started hour of case work
};

enum class FeeExemption { None, StudentAggregatedAnonymous, DataUpdate, Appeal };

QString toCode(FeeExemption exemption);
std::optional<FeeExemption> feeExemptionFromCode(const QString &code);
QString feeExemptionText(FeeExemption exemption); // translated, for the GUI

struct Fee
{
    int base = 0;
    int startedHours = 0;
    int hourlyRate = 0;
    int total = 0;
    FeeExemption exemption = FeeExemption::None;
    QDate priceTableFrom;
};

// Base price by number of sources, plus every started hour; nothing when exempt.
Fee computeFee(const PriceTable &prices, int sources, double hours, FeeExemption exemption);

class PriceTables
{
public:
    // The table in force on `day` (the built-in default when none is stored).
    static Result<PriceTable> on(Database &db, const QDate &day);
    static Result<std::vector<PriceTable>> all(Database &db);
    // Admin only; a table with the same date is replaced. `seen`: the version() the editor
    // loaded; a change of the price tables made since is refused (no lost update).
    static Status save(Database &db, const User &actor, const PriceTable &table, std::optional<qint64> seen = {});
    static Result<qint64> version(Database &db);
};

} // namespace fv
