#pragma once

#include "Result.h"

#include <QString>

namespace fv {

class Database;
struct LetterSettings;

// Key–value settings kept in the case database, so every user of it shares them
// (the sender on letters changed when HDS moved to FHI).
class Settings
{
public:
    static Result<QString> get(Database &db, const QString &key, const QString &fallback = {});
    // Inside the caller's transaction.
    static Status set(Database &db, const QString &key, const QString &value);
    // On the team server, settings read in the last second are kept (Settings.cpp); after
    // writing the setting table other than by set(), forget them.
    static void forget(Database &db);

    static LetterSettings letterSettings(Database &db);
};

} // namespace fv
