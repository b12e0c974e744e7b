#pragma once

#include "i18n/UiLanguage.h"

#include <QString>

namespace fv {

// The GUI's language: the translators (the program's and Qt's own dialog texts, see
// core/i18n/UiLanguage.h) and the default locale that dates and numbers follow. Takes effect
// at once: every widget gets a LanguageChange event.
void setUiLanguage(UiLanguage language);
// The same by code, "nb" or "en" (anything else: bokmål).
void installTranslations(const QString &language);

// The saved choice (View → Language), else Norwegian bokmål.
UiLanguage savedUiLanguage();
void saveUiLanguage(UiLanguage language);

} // namespace fv
