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

Result<std::optional<QString>> serverSetting(Database &db, const QString &key)
{
    const QString connection = db.connection().connectionName();
    {
        QMutexLocker lock(&cacheLock);
        const auto it = cache.constFind(connection);
        if (it != cache.constEnd() && it->age.isValid() && it->age.elapsed() < 1000)
            return it->values.contains(key) ? std::optional<QString>(it->values.value(key)) : std::nullopt;
    }
    auto q = db.exec(QStringLiteral("SELECT key, value FROM setting"));
    if (!q)
        return q.error();
    ServerSettings fresh;
    while (q->next())
        fresh.values.insert(q->value(0).toString(), q->value(1).toString());
    fresh.age.start();
    const auto found = fresh.values.contains(key) ? std::optional<QString>(fresh.values.value(key)) : std::nullopt;
    QMutexLocker lock(&cacheLock);
    cache.insert(connection, std::move(fresh));
    return found;
}

} // namespace

Result<QString> Settings::get(Database &db, const QString &key, const QString &fallback)
{
    if (db.isServer()) {
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

void Settings::forget(Database &db)
{
    QMutexLocker lock(&cacheLock);
    cache.remove(db.connection().connectionName());
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
