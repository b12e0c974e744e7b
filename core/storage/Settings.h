#pragma once

#include "Result.h"

#include <QHash>
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
    // Every setting, by key, in one statement (on the server, the second's cache as get()).
    static Result<QHash<QString, QString>> all(Database &db);
    // Inside the caller's transaction.
    static Status set(Database &db, const QString &key, const QString &value);
    // On the team server, settings read in the last second are kept (Settings.cpp); after
    // writing the setting table other than by set(), forget them.
    static void forget(Database &db);

    static LetterSettings letterSettings(Database &db);

    // While one lives, the settings of `db` are read once, in one statement, and kept: an
    // operation that only reads (CaseService::load, whose stores each read settings) pays for
    // them once on either engine. set() and forget() drop what is kept.
    class ReadOnce
    {
    public:
        explicit ReadOnce(Database &db);
        ~ReadOnce();
        ReadOnce(const ReadOnce &) = delete;
        ReadOnce &operator=(const ReadOnce &) = delete;

    private:
        QString m_connection;
    };
};

} // namespace fv
