#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv {

// The standard conditions move from the packaged resource into the database, where an
// admin edits them.
Status seedConditionLibrary(Database &db)
{
    QFile f(QStringLiteral(":/conditions.json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fv::Storage", "the condition library resource is missing"));
    int order = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"conditions").toArray()) {
        const QJsonObject o = v.toObject();
        auto r = db.exec(
            QStringLiteral("INSERT INTO condition_library (code, nb, nn, en, sort_order) VALUES (?, ?, ?, ?, ?)"),
            {o.value(u"code").toString(), o.value(u"nb").toString(), o.value(u"nn").toString(),
             o.value(u"en").toString(), ++order});
        if (!r)
            return r.error();
    }
    return ok();
}

Status upgradeToV5(Database &db)
{
    const QStringList schema = {
        QStringLiteral(R"(CREATE TABLE condition_library (
            code TEXT PRIMARY KEY, nb TEXT NOT NULL, nn TEXT NOT NULL, en TEXT NOT NULL,
            sort_order INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE price_table (
            valid_from TEXT PRIMARY KEY, base_one INTEGER NOT NULL, base_several INTEGER NOT NULL,
            hourly INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO price_table (valid_from, base_one, base_several, hourly) VALUES ('2024-01-01', "
                       "1500, 3000, 1155)"),
        QStringLiteral("ALTER TABLE decision ADD COLUMN casework_hours REAL NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE decision ADD COLUMN fee_exemption TEXT NOT NULL DEFAULT 'none'"),
        // The fee as computed when the decision was approved; later price changes never touch it.
        QStringLiteral("ALTER TABLE decision ADD COLUMN fee_total INTEGER"),
        QStringLiteral("ALTER TABLE decision ADD COLUMN fee_price_from TEXT"),
    };
    for (const QString &sql : schema)
        if (auto r = db.exec(sql); !r)
            return r.error();
    return seedConditionLibrary(db);
}

} // namespace fv
