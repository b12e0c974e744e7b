#include "registry/VariableNames.h"

namespace fv {

QString variableName(const std::map<QString, Registry> &registries, const QString &registry, const QString &variable)
{
    const auto it = registries.find(registry);
    if (it == registries.end())
        return variable;
    for (const RegistryVariable &v : it->second.variables) {
        if (v.name == variable)
            return v.description.trimmed().isEmpty() ? variable : v.description.trimmed();
    }
    return variable;
}

QStringList variableNames(const std::map<QString, Registry> &registries, const QString &registry,
                          const QStringList &variables)
{
    QStringList out;
    out.reserve(variables.size());
    for (const QString &v : variables)
        out << variableName(registries, registry, v);
    return out;
}

} // namespace fv
