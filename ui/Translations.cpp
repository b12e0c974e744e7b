#include "Translations.h"

#include <QLocale>
#include <QSettings>

namespace fv {

void setUiLanguage(UiLanguage language)
{
    QLocale::setDefault(language == UiLanguage::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    installTranslations(language);
}

void installTranslations(const QString &language)
{
    setUiLanguage(uiLanguageFromCode(language).value_or(UiLanguage::Bokmal));
}

UiLanguage savedUiLanguage()
{
    const QString code = QSettings().value(QStringLiteral("ui/language")).toString();
    return uiLanguageFromCode(code).value_or(UiLanguage::Bokmal);
}

void saveUiLanguage(UiLanguage language)
{
    QSettings().setValue(QStringLiteral("ui/language"), uiLanguageCode(language));
}

} // namespace fv
