#pragma once

#include "Result.h"
#include "application/Application.h"
#include "registry/Registry.h"

#include <map>
#include <optional>
#include <vector>

namespace fv {

class Database;

// Fills an empty registry table from the packaged resource :/registries.json.
Status seedRegistries(Database &db);

// The registries in catalogue order, with their variables.
Result<std::vector<Registry>> loadRegistries(Database &db);
Result<std::map<QString, Registry>> loadRegistryMap(Database &db);

// The postal address of a registry manager (":/registry-managers.json"), for the letters that
// go to it; nullopt for a manager not listed there.
std::optional<Address> registryManagerAddress(const QString &manager);

// The registry's regulation as an English letter names it: the English title packaged in
// :/registries.json ("regulationEn"), used only while the catalogue still holds the packaged
// Norwegian title, so an admin's edit is never contradicted by a stale translation; otherwise
// the catalogue's own (Norwegian) title.
QString regulationInEnglish(const Registry &registry);
// A registry manager's own English name (":/registry-managers.json"), for English letters; the
// name unchanged for a manager not listed there.
QString managerInEnglish(const QString &manager);

} // namespace fv

namespace fv {

struct User;

// An admin's edit of one registry: its names, manager, regulation, notes and variable
// catalogue. Refused for anyone else; recorded in the audit trail. `seen`: the
// registryVersion() the editor loaded; a change made since is refused (no lost update).
Status saveRegistry(Database &db, const User &actor, const Registry &registry, std::optional<qint64> seen = {});
// The version of one registry's catalogue entry, for saveRegistry's `seen`.
Result<qint64> registryVersion(Database &db, const QString &code);

} // namespace fv
