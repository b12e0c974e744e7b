#include "letters/TemplateStore.h"

#include "Clock.h"
#include "casework/AuditLog.h"
#include "casework/SettingsVersion.h"
#include "casework/Users.h"
#include "letters/LetterRenderer.h"
#include "letters/TemplateEngine.h"
#include "rules/Operation.h"
#include "rules/Permissions.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fv {
namespace {

QString templateName(LetterKind kind, Language language)
{
    return QStringLiteral("%1.%2").arg(toCode(kind), toCode(language));
}

// The audit trail names the template and the hash of its new text, not the text itself.
QString shortHash(const QString &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

// Both kinds of change name the template first: "letter template approval.nb changed …".
SettingsScope templateScope(LetterKind kind, Language language)
{
    return {{QStringLiteral("letter-template-saved"), QStringLiteral("letter-template-reset")},
            QStringLiteral("letter template %1 ").arg(templateName(kind, language))};
}

Status requireUnchanged(Database &db, LetterKind kind, Language language, std::optional<qint64> seen)
{
    return requireSettingsVersion(
        db, templateScope(kind, language), seen,
        QCoreApplication::translate("fv::Letters", "the letter template %1").arg(templateName(kind, language)));
}

Status requireAdmin(const User &actor, LetterKind kind, Language language)
{
    if (auto s = can(Action::EditLetterTemplates, actor); !s)
        return Error{s.error().message, templateName(kind, language)};
    return ok();
}

} // namespace

Status checkTemplate(const QString &body)
{
    // Rendering with an empty context compiles the template; missing values print nothing.
    if (auto r = renderTemplate(body, {}); !r)
        return r.error();
    return ok();
}

Result<std::optional<TemplateStore::Stored>> TemplateStore::stored(Database &db, LetterKind kind, Language language)
{
    auto q = db.exec(
        QStringLiteral("SELECT body, updated_at, updated_by FROM letter_template WHERE kind = ? AND language = ?"),
        {toCode(kind), toCode(language)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Stored>();
    return std::optional<Stored>(
        Stored{q->value(0).toString(), QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
               q->value(2).toString()});
}

Result<QString> TemplateStore::load(Database &db, LetterKind kind, Language language)
{
    auto s = stored(db, kind, language);
    if (!s)
        return s.error();
    if (s->has_value())
        return s->value().body;
    return letterTemplate(kind, language);
}

Result<qint64> TemplateStore::version(Database &db, LetterKind kind, Language language)
{
    return settingsVersion(db, templateScope(kind, language));
}

Status TemplateStore::save(Database &db, const User &actor, LetterKind kind, Language language, const QString &body,
                           std::optional<qint64> seen)
{
    if (auto s = requireAdmin(actor, kind, language); !s)
        return s;
    if (auto s = checkTemplate(body); !s)
        return Error{s.error().message, templateName(kind, language)};
    // Inside the one transaction: the actor as the database knows them now, and the version seen.
    return Operation::runGlobal(db, actor, Action::EditLetterTemplates, [&]() -> Status {
        if (auto s = requireUnchanged(db, kind, language, seen); !s)
            return s;
        auto r = db.exec(
            QStringLiteral("INSERT INTO letter_template (kind, language, body, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, language) DO UPDATE SET "
                           "body = excluded.body, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"),
            {toCode(kind), toCode(language), body, toStorage(now()), actor.login});
        if (!r)
            return r.error();
        if (auto s = AuditLog::append(db, 0, actor.login, QStringLiteral("letter-template-saved"),
                                      QStringLiteral("letter template %1 changed (sha256 %2…)")
                                          .arg(templateName(kind, language), shortHash(body)));
            !s)
            return s;
        return ok();
    });
}

Status TemplateStore::reset(Database &db, const User &actor, LetterKind kind, Language language,
                            std::optional<qint64> seen)
{
    if (auto s = requireAdmin(actor, kind, language); !s)
        return s;
    // Inside the one transaction: the actor as the database knows them now, and the version seen.
    return Operation::runGlobal(db, actor, Action::EditLetterTemplates, [&]() -> Status {
        if (auto s = requireUnchanged(db, kind, language, seen); !s)
            return s;
        auto r = db.exec(QStringLiteral("DELETE FROM letter_template WHERE kind = ? AND language = ?"),
                         {toCode(kind), toCode(language)});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return ok(); // already the packaged template: nothing changed, nothing to record
        if (auto s = AuditLog::append(
                db, 0, actor.login, QStringLiteral("letter-template-reset"),
                QStringLiteral("letter template %1 back to the standard").arg(templateName(kind, language)));
            !s)
            return s;
        return ok();
    });
}

} // namespace fv
