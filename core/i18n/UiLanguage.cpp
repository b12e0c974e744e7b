#include "i18n/UiLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace fv {
namespace {

// The translators currently installed by installTranslations(), owned by the application.
QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;
UiLanguage g_installed = UiLanguage::English;

void uninstall(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

QTranslator *install(const QString &resource)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(resource) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

UiLanguage uiLanguageFromEnvironment()
{
    // POSIX: an empty variable counts as unset; LC_ALL overrides LC_MESSAGES overrides LANG.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        return value.startsWith(QLatin1String("nb")) || value.startsWith(QLatin1String("no"))
            ? UiLanguage::Bokmal
            : UiLanguage::English;
    }
    return UiLanguage::English;
}

std::optional<UiLanguage> uiLanguageFromCode(const QString &code)
{
    if (code == QLatin1String("nb"))
        return UiLanguage::Bokmal;
    if (code == QLatin1String("en"))
        return UiLanguage::English;
    return std::nullopt;
}

QString uiLanguageCode(UiLanguage language)
{
    return language == UiLanguage::Bokmal ? QStringLiteral("nb") : QStringLiteral("en");
}

void installTranslations(UiLanguage language)
{
    uninstall(g_ours);
    uninstall(g_qt);
    g_installed = language;
    if (language == UiLanguage::English) {
        // English is the source language; only its plural forms ("1 working day") need a catalogue.
        g_ours = install(QStringLiteral(":/i18n/fellesvedtak_en.qm"));
        return;
    }
    // Both catalogues are compiled into the program (translations/CMakeLists.txt); Debian
    // ships no Qt translation for bokmål, so Qt's own dialog texts are ours too.
    g_ours = install(QStringLiteral(":/i18n/fellesvedtak_nb.qm"));
    g_qt = install(QStringLiteral(":/i18n/qt_nb.qm"));
}

UiLanguage installedUiLanguage()
{
    return g_installed;
}

} // namespace fv
