#pragma once

#include "Result.h"
#include "letters/LetterInput.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fv {

class Database;
struct User;

// The letter templates an admin has changed, kept in the database (table letter_template).
// A kind and language without a stored template uses the packaged one (letterTemplate()).
class TemplateStore
{
public:
    struct Stored
    {
        QString body;
        QDateTime updatedAt;
        QString updatedBy; // login
    };

    // The admin's template, if there is one.
    static Result<std::optional<Stored>> stored(Database &db, LetterKind kind, Language language);
    // What letters of this kind and language are rendered with: the stored template, else the packaged one.
    static Result<QString> load(Database &db, LetterKind kind, Language language);
    // Stores a template (an admin only; audited). A template the engine cannot compile is
    // refused with the engine's message and nothing is stored. `seen`: the version() the editor
    // loaded; a change of this template made since is refused (no lost update).
    static Status save(Database &db, const User &actor, LetterKind kind, Language language, const QString &body,
                       std::optional<qint64> seen = {});
    // Goes back to the packaged template (an admin only; audited).
    static Status reset(Database &db, const User &actor, LetterKind kind, Language language,
                        std::optional<qint64> seen = {});
    // The version of one template (its saves and resets), for save's and reset's `seen`.
    static Result<qint64> version(Database &db, LetterKind kind, Language language);
};

// Whether Mustache compiles the template; the error carries the engine's message.
Status checkTemplate(const QString &body);

} // namespace fv
