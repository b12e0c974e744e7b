#include "registry/RegistryCatalogue.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace fv {

Status seedRegistries(Database &db)
{
    QFile f(QStringLiteral(":/registries.json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the registry catalogue resource is missing"));
    const QJsonArray registries = QJsonDocument::fromJson(f.readAll()).object().value(u"registries").toArray();
    int order = 0;
    for (const QJsonValue &v : registries) {
        const QJsonObject r = v.toObject();
        const QString code = r.value(u"code").toString();
        auto ins = db.exec(
            QStringLiteral("INSERT INTO registry (code, name, name_nn, name_en, manager, regulation, notes, "
                           "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {code, r.value(u"name").toString(), r.value(u"nameNn").toString(), r.value(u"nameEn").toString(),
             r.value(u"manager").toString(), r.value(u"regulation").toString(), r.value(u"notes").toString(), ++order});
        if (!ins)
            return ins.error();
        for (const QJsonValue &var : r.value(u"variables").toArray()) {
            const QJsonObject o = var.toObject();
            auto vi = db.exec(
                QStringLiteral("INSERT INTO registry_variable (registry, name, grp, description) VALUES (?, ?, ?, ?)"),
                {code, o.value(u"name").toString(), o.value(u"group").toString(), o.value(u"description").toString()});
            if (!vi)
                return vi.error();
        }
    }
    return ok();
}

Result<std::vector<Registry>> loadRegistries(Database &db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT code, name, name_nn, name_en, manager, regulation, notes FROM registry ORDER BY sort_order, code"));
    if (!q)
        return q.error();
    std::vector<Registry> out;
    while (q->next()) {
        Registry r;
        r.code = q->value(0).toString();
        r.name = q->value(1).toString();
        r.nameNn = q->value(2).toString();
        r.nameEn = q->value(3).toString();
        r.manager = q->value(4).toString();
        r.regulation = q->value(5).toString();
        r.notes = q->value(6).toString();
        out.push_back(std::move(r));
    }
    auto vars = db.exec(
        QStringLiteral("SELECT registry, name, grp, description FROM registry_variable ORDER BY registry, rowid"));
    if (!vars)
        return vars.error();
    while (vars->next()) {
        const QString code = vars->value(0).toString();
        for (Registry &r : out)
            if (r.code == code)
                r.variables.push_back(
                    {vars->value(1).toString(), vars->value(2).toString(), vars->value(3).toString()});
    }
    return out;
}

Result<std::map<QString, Registry>> loadRegistryMap(Database &db)
{
    auto list = loadRegistries(db);
    if (!list)
        return list.error();
    std::map<QString, Registry> out;
    for (Registry &r : list.value())
        out.emplace(r.code, std::move(r));
    return out;
}

} // namespace fv
