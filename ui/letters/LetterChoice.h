#pragma once

#include "application/Application.h"
#include "letters/LetterInput.h"

#include <optional>
#include <utility>

class QComboBox;
class QWidget;

namespace fv {

// Which letter, in which language: what "Send letter…" and the template editor ask for.
struct LetterChoice
{
    LetterChoice() = default;
    LetterChoice(LetterKind kind, Language language, QString delayReason = {})
        : kind(kind)
        , language(language)
        , delayReason(std::move(delayReason))
    {}

    LetterKind kind = LetterKind::Decision;
    Language language = Language::Bokmaal;
    QString delayReason; // a preliminary reply's reason: a standard reason's code or the caseworker's words
};

QString letterKindName(LetterKind kind); // translated
QString letterLanguageName(Language language);
// Fills a combo box with every kind (or language); item data is the code.
void addLetterKinds(QComboBox *box);
void addLetterLanguages(QComboBox *box);

// Asks for a kind, a language (preset to `language`) and, for a preliminary reply, its reason
// (a standard reason chosen from the list or written); nullopt when cancelled.
// A test sets the next answer and no dialog opens.
std::optional<LetterChoice> askLetterChoice(QWidget *parent, const QString &title, Language language);
void setNextLetterChoice(std::optional<LetterChoice> choice);

} // namespace fv
