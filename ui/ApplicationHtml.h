#pragma once

#include "casework/CaseService.h"
#include "registry/Registry.h"

#include <map>

namespace fv {

// The application as a readable page for the case view: project, people, legal basis,
// REK, identifiability, population, linkage, storage, persons, one section per source.
QString applicationHtml(const CaseRecord &record, const std::map<QString, Registry> &registries);

// The case's events as a timeline table.
QString eventsHtml(const CaseRecord &record);

} // namespace fv
