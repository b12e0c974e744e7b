#pragma once

#include "Result.h"
#include "registry/Registry.h"

#include <map>
#include <vector>

namespace fv {

class Database;

// Fills an empty registry table from the packaged resource :/registries.json.
Status seedRegistries(Database &db);

// The registries in catalogue order, with their variables.
Result<std::vector<Registry>> loadRegistries(Database &db);
Result<std::map<QString, Registry>> loadRegistryMap(Database &db);

} // namespace fv

namespace fv {

struct User;

// An admin's edit of one registry: its names, manager, regulation, notes and variable
// catalogue. Refused for anyone else; recorded in the audit trail.
Status saveRegistry(Database &db, const User &actor, const Registry &registry);

} // namespace fv
