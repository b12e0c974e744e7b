#pragma once

#include <QString>

#include <optional>

namespace fv {

// The languages the program speaks: English is the source language of every message,
// Norwegian bokmål the translation (the GUI's default).
enum class UiLanguage { Bokmal, English };

// The language the C library's locale asks for: the first set of LC_ALL, LC_MESSAGES and LANG
// beginning "nb" or "no" is bokmål; anything else (C, POSIX, en_GB, unset) is English.
UiLanguage uiLanguageFromEnvironment();
// "nb" or "en" (as saved in the settings and given with --lang); nothing for anything else.
std::optional<UiLanguage> uiLanguageFromCode(const QString &code);
QString uiLanguageCode(UiLanguage language);

// Replaces the translators this function installed before with those for `language`: the
// program's messages (core, command line and GUI, one catalogue) and Qt's own dialog texts.
// Needs a QCoreApplication. Installing sends every widget a LanguageChange event.
void installTranslations(UiLanguage language);
// What installTranslations() installed last (English before any call).
UiLanguage installedUiLanguage();

} // namespace fv
