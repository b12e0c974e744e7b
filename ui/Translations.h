#pragma once

#include <QString>

namespace fv {

// Installs the UI language: "nb" (the default) or "en" (the source language). Qt's own
// dialogs follow along where Qt ships a translation.
void installTranslations(const QString &language);

// The saved choice (View → Language), else Norwegian bokmål.
QString savedLanguage();

} // namespace fv
