#include "letters/TemplateEngine.h"

#include <QCoreApplication>

#include <kainjow/mustache.hpp>

namespace fv {
namespace {

using Data = kainjow::mustache::data;

Data toData(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantMap: {
        Data obj(Data::type::object);
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            obj.set(it.key().toStdString(), toData(it.value()));
        return obj;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        Data list(Data::type::list);
        for (const QVariant &item : v.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool: return Data(v.toBool());
    default:
        if (!v.isValid() || v.isNull())
            return Data(std::string()); // a missing value prints nothing
        return Data(v.toString().toStdString());
    }
}

} // namespace

Result<QString> renderTemplate(const QString &templ, const QVariantMap &context, Escaping escaping)
{
    kainjow::mustache::mustache tmpl(templ.toStdString());
    if (!tmpl.is_valid())
        return fail(QCoreApplication::translate("fv::Letters", "template error: %1")
                        .arg(QString::fromStdString(tmpl.error_message())));
    if (escaping == Escaping::None)
        tmpl.set_custom_escape([](const std::string &s) { return s; });
    const std::string out = tmpl.render(toData(QVariant(context)));
    if (!tmpl.is_valid())
        return fail(QCoreApplication::translate("fv::Letters", "template error: %1")
                        .arg(QString::fromStdString(tmpl.error_message())));
    return QString::fromStdString(out);
}

} // namespace fv
