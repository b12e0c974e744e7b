#include "storage/Settings.h"

#include "letters/LetterInput.h"
#include "storage/Database.h"

namespace fv {

Result<QString> Settings::get(Database &db, const QString &key, const QString &fallback)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : fallback;
}

Status Settings::set(Database &db, const QString &key, const QString &value)
{
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
