#include "registry/RegistryCatalogue.h"

#include "casework/AuditLog.h"
#include "casework/SettingsVersion.h"
#include "casework/Users.h"
#include "rules/Operation.h"
#include "storage/Database.h"

#include <QCoreApplication>
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
        return fail(QCoreApplication::translate("fv::Registry", "the registry catalogue resource is missing"));
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
        QStringLiteral("SELECT registry, name, grp, description FROM registry_variable ORDER BY registry, %1")
            .arg(db.isServer() ? QStringLiteral("name") : QStringLiteral("rowid"))); // the server keeps no rowid
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

namespace fv {

namespace {
SettingsScope registryScope(const QString &code)
{
    return {{QStringLiteral("registry-edited")}, code + QStringLiteral(":")};
}
} // namespace

Result<qint64> registryVersion(Database &db, const QString &code)
{
    return settingsVersion(db, registryScope(code));
}

Status saveRegistry(Database &db, const User &actor, const Registry &r, std::optional<qint64> seenVersion)
{
    if (auto s = canNow(db, actor, Action::EditRegistryCatalogue); !s)
        return s;
    if (r.name.trimmed().isEmpty() || r.manager.trimmed().isEmpty() || r.regulation.trimmed().isEmpty())
        return fail(QCoreApplication::translate("fv::Registry", "a registry needs a name, a manager and a regulation"),
                    r.code);
    QStringList seen;
    for (const RegistryVariable &v : r.variables) {
        const QString name = v.name.trimmed();
        if (name.isEmpty())
            return fail(QCoreApplication::translate("fv::Registry", "a variable without a name"), r.code);
        if (seen.contains(name))
            return fail(QCoreApplication::translate("fv::Registry", "the variable %1 is listed twice").arg(name),
                        r.code);
        seen << name;
    }
    // Inside the one transaction: the actor as the database knows them now, and the version seen.
    return Operation::runGlobal(db, actor, Action::EditRegistryCatalogue, [&]() -> Status {
        if (auto s = requireSettingsVersion(db, registryScope(r.code), seenVersion,
                                            QCoreApplication::translate("fv::Registry", "the registry %1").arg(r.code));
            !s)
            return s;
        auto upd = db.exec(
            QStringLiteral("UPDATE registry SET name = ?, name_nn = ?, name_en = ?, manager = ?, regulation = ?, "
                           "notes = ? WHERE code = ?"),
            {r.name.trimmed(), r.nameNn.trimmed(), r.nameEn.trimmed(), r.manager.trimmed(), r.regulation.trimmed(),
             r.notes.trimmed(), r.code});
        if (!upd)
            return upd.error();
        if (upd->numRowsAffected() != 1)
            return fail(QCoreApplication::translate("fv::Registry", "no registry with the code %1").arg(r.code));
        if (auto d = db.exec(QStringLiteral("DELETE FROM registry_variable WHERE registry = ?"), {r.code}); !d)
            return d.error();
        for (const RegistryVariable &v : r.variables) {
            if (auto i = db.exec(
                    QStringLiteral(
                        "INSERT INTO registry_variable (registry, name, grp, description) VALUES (?, ?, ?, ?)"),
                    {r.code, v.name.trimmed(), v.group.trimmed(), v.description.trimmed()});
                !i)
                return i.error();
        }
        if (auto s = AuditLog::append(
                db, 0, actor.login, QStringLiteral("registry-edited"),
                QStringLiteral("%1: %2 variables, manager %3").arg(r.code).arg(r.variables.size()).arg(r.manager));
            !s)
            return s;
        return ok();
    });
}

std::optional<Address> registryManagerAddress(const QString &manager)
{
    static const std::map<QString, Address> addresses = [] {
        std::map<QString, Address> out;
        QFile file(QStringLiteral(":/registry-managers.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray managers = QJsonDocument::fromJson(file.readAll()).object().value(u"managers").toArray();
        for (const QJsonValue &v : managers) {
            const QJsonObject m = v.toObject();
            const Address address{m.value(u"street").toString(), m.value(u"postalCode").toString(),
                                  m.value(u"city").toString(), QString()};
            out[m.value(u"name").toString()] = address;
            if (!m.value(u"nameEn").toString().isEmpty()) // an English letter addresses it so
                out[m.value(u"nameEn").toString()] = address;
        }
        return out;
    }();
    const auto it = addresses.find(manager);
    if (it == addresses.end())
        return std::nullopt;
    return it->second;
}

QString regulationInEnglish(const Registry &registry)
{
    // code → {packaged Norwegian title, its English title}
    static const std::map<QString, std::pair<QString, QString>> titles = [] {
        std::map<QString, std::pair<QString, QString>> out;
        QFile file(QStringLiteral(":/registries.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray all = QJsonDocument::fromJson(file.readAll()).object().value(u"registries").toArray();
        for (const QJsonValue &v : all) {
            const QJsonObject r = v.toObject();
            out[r.value(u"code").toString()] = {r.value(u"regulation").toString(), r.value(u"regulationEn").toString()};
        }
        return out;
    }();
    const QString own = registry.regulation.trimmed();
    const auto it = titles.find(registry.code);
    if (it == titles.end() || it->second.second.isEmpty() || it->second.first.trimmed() != own)
        return own;
    return it->second.second;
}

QString managerInEnglish(const QString &manager)
{
    static const std::map<QString, QString> names = [] {
        std::map<QString, QString> out;
        QFile file(QStringLiteral(":/registry-managers.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray managers = QJsonDocument::fromJson(file.readAll()).object().value(u"managers").toArray();
        for (const QJsonValue &v : managers) {
            const QJsonObject m = v.toObject();
            if (!m.value(u"nameEn").toString().isEmpty())
                out[m.value(u"name").toString()] = m.value(u"nameEn").toString();
        }
        return out;
    }();
    const auto it = names.find(manager.trimmed());
    return it == names.end() ? manager : it->second;
}

} // namespace fv
