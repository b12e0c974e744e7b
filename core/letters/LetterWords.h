#pragma once

#include "application/Application.h"

#include <QString>
#include <QStringView>

#include <span>

namespace fv {

// A fixed word or phrase of the letters in the three letter languages, found by its key.
struct LetterWord
{
    QStringView key;
    QStringView nb;
    QStringView nn;
    QStringView en;
};

// The entry of `table` with `key` in `language`; an unknown key prints as itself rather than
// vanishing (an unknown purpose code, for instance).
QString pickWord(std::span<const LetterWord> table, QStringView key, Language language);

// The words the renderer and several templates share, so they read the same in every letter
// (also the templates' labels: letterLabels()).
std::span<const LetterWord> letterWords();
QString letterWord(QStringView key, Language language);

} // namespace fv
