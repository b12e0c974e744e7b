#pragma once

#include "application/Application.h"
#include "casework/CaseService.h"
#include "decision/StandardTexts.h"
#include "letters/LetterInput.h"

#include <QString>

#include <optional>
#include <vector>

namespace fv {

// A letter's language is the whole letter: the standard texts and standard conditions stored in
// a decision (in the language it was drafted in) are printed in the letter's own language, and
// the texts a caseworker wrote are checked against it before the letter is sent.

// The language a text is written in, from its common words: nullopt when the words do not
// show it. Bokmål and nynorsk are told apart by the words only one of them uses; a Norwegian
// text without such words counts as `norwegian`.
std::optional<Language> writtenLanguage(const QString &text, Language norwegian = Language::Bokmaal);

// Whether `text` is one of the standard texts (standard-texts.json) in any language, for `app`.
bool isStandardText(const QString &text, const Application &app);

// The texts of the case that a letter of `kind` prints, that a caseworker wrote (not standard
// texts) and that are written in another language than `language`: a warning naming them, in
// words a caseworker understands, or nullopt. Text whose language the words do not show counts
// as written in the application's language. `delayReason`: a preliminary reply's own words.
std::optional<QString> languageWarning(const CaseRecord &record, LetterKind kind, Language language,
                                       const QString &delayReason = {});

// Puts the input's decision's standard texts and unedited standard conditions into the letter's
// language (`library`: the condition library, each condition in nb, nn and en).
void useLetterLanguage(LetterInput &input, const std::vector<StandardCondition> &library);

} // namespace fv
