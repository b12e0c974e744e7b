#pragma once

#include "registry/Registry.h"

#include <map>

namespace fv {

// The catalogue's name of a registry variable (its description, e.g. "Underliggende dødsårsak
// (ICD-10)" for UNDERLIGGENDE_DODSARSAK), or the code itself when the catalogue has no name.
QString variableName(const std::map<QString, Registry> &registries, const QString &registry, const QString &variable);

// variableName() for each of `variables`, in their order.
QStringList variableNames(const std::map<QString, Registry> &registries, const QString &registry,
                          const QStringList &variables);

} // namespace fv
