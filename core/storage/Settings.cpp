#include "storage/Settings.h"

#include "letters/LetterInput.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <optional>

namespace fv {

namespace {

// On the team server every setting is read in one round trip and kept for a second (a
// case's deadlines read nine settings, twice): by connection, forgotten when this connection
// writes one. A colleague's change shows within a second, as a changed case does.
struct ServerSettings
{
    QElapsedTimer age;
    QHash<QString, QString> values;
};

QMutex cacheLock;
QHash<QString, ServerSettings> cache; // by connection name

Result<QHash<QString, QString>> readAll(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT key, value FROM setting"));
    if (!q)
        return q.error();
    QHash<QString, QString> values;
    while (q->next())
        values.insert(q->value(0).toString(), q->value(1).toString());
    return values;
}

Result<QHash<QString, QString>> serverSettings(Database &db)
{
    const QString connection = db.connection().connectionName();
    {
        QMutexLocker lock(&cacheLock);
        const auto it = cache.constFind(connection);
        if (it != cache.constEnd() && it->age.isValid() && it->age.elapsed() < 1000)
            return it->values;
    }
    auto values = readAll(db);
    if (!values)
        return values.error();
    ServerSettings fresh;
    fresh.values = values.value();
    fresh.age.start();
    QMutexLocker lock(&cacheLock);
    cache.insert(connection, std::move(fresh));
    return values;
}

// The settings kept by Settings::ReadOnce, by connection: how many scopes are open, and the
// values once read.
struct Kept
{
    int scopes = 0;
    std::optional<QHash<QString, QString>> values;
};
QHash<QString, Kept> kept; // under cacheLock

bool isKept(Database &db)
{
    QMutexLocker lock(&cacheLock);
    return kept.contains(db.connection().connectionName());
}

Result<QHash<QString, QString>> settingsOf(Database &db)
{
    const QString connection = db.connection().connectionName();
    {
        QMutexLocker lock(&cacheLock);
        const auto it = kept.constFind(connection);
        if (it != kept.constEnd() && it->values)
            return *it->values;
    }
    auto values = db.isServer() ? serverSettings(db) : readAll(db);
    if (values) {
        QMutexLocker lock(&cacheLock);
        if (const auto it = kept.find(connection); it != kept.end())
            it->values = values.value();
    }
    return values;
}

Result<std::optional<QString>> serverSetting(Database &db, const QString &key)
{
    auto values = settingsOf(db);
    if (!values)
        return values.error();
    return values->contains(key) ? std::optional<QString>(values->value(key)) : std::nullopt;
}

} // namespace

Result<QString> Settings::get(Database &db, const QString &key, const QString &fallback)
{
    if (db.isServer() || isKept(db)) {
        auto v = serverSetting(db, key);
        if (!v)
            return v.error();
        return v->value_or(fallback);
    }
    auto v = db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : fallback;
}

Result<QHash<QString, QString>> Settings::all(Database &db)
{
    return settingsOf(db);
}

void Settings::forget(Database &db)
{
    QMutexLocker lock(&cacheLock);
    const QString connection = db.connection().connectionName();
    cache.remove(connection);
    if (const auto it = kept.find(connection); it != kept.end())
        it->values.reset();
}

Settings::ReadOnce::ReadOnce(Database &db) : m_connection(db.connection().connectionName())
{
    QMutexLocker lock(&cacheLock);
    ++kept[m_connection].scopes;
}

Settings::ReadOnce::~ReadOnce()
{
    QMutexLocker lock(&cacheLock);
    if (const auto it = kept.find(m_connection); it != kept.end() && --it->scopes <= 0)
        kept.erase(it);
}

Status Settings::set(Database &db, const QString &key, const QString &value)
{
    forget(db);
    auto r = db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
    if (!r)
        return r.error();
    return ok();
}

LetterSettings Settings::letterSettings(Database &db)
{
    LetterSettings s;
    const auto read = [&db](const char *key, QString &field) {
        auto v = get(db, QLatin1String(key), field);
        if (v)
            field = v.value();
    };
    read("letter.senderName", s.senderName);
    read("letter.senderNameEn", s.senderNameEn);
    read("letter.letterheadEn", s.letterheadEn);
    read("letter.postalAddress", s.postalAddress);
    read("letter.visitingAddress", s.visitingAddress);
    read("letter.email", s.email);
    read("letter.phone", s.phone);
    read("letter.orgNumber", s.orgNumber);
    read("letter.web", s.web);
    read("letter.appealBody", s.appealBody);
    read("letter.logoPath", s.logoPath);
    return s;
}

} // namespace fv
