#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace fv {

// A variable in a registry's catalogue; applicants may also ask for variables not in it.
struct RegistryVariable
{
    QString name;
    QString group;
    QString description;
};

// One of the 11 central health registries HDS decides for. Kept as editable data:
// managers and regulations change (HELSEDATA.md).
struct Registry
{
    QString code;       // e.g. "MFR"
    QString name;       // full Norwegian name, e.g. "Medisinsk fødselsregister"
    QString nameNn;     // nynorsk name (often the same)
    QString nameEn;     // English name
    QString manager;    // registerforvalter, e.g. "Folkehelseinstituttet"
    QString regulation; // forskrift, e.g. "MFR-forskriften"
    QString notes;
    std::vector<RegistryVariable> variables;
};

} // namespace fv
