#include "LanguageSwitch.h"

#include "MainWindow.h"
#include "Translations.h"

#include <QTabWidget>

namespace fv {

MainWindow *switchLanguage(MainWindow *window, UiLanguage language)
{
    saveUiLanguage(language);
    setUiLanguage(language);
    const QString caseNumber = window->selectedCase();
    const int page = window->pages()->currentIndex();
    auto *fresh = new MainWindow(window->session());
    fresh->setAttribute(Qt::WA_DeleteOnClose);
    fresh->setGeometry(window->geometry());
    fresh->setWindowState(window->windowState());
    fresh->show();
    if (!caseNumber.isEmpty())
        fresh->selectCase(caseNumber);
    fresh->pages()->setCurrentIndex(page);
    if (window->testAttribute(Qt::WA_DeleteOnClose))
        window->deleteLater();
    else
        window->hide();
    return fresh;
}

} // namespace fv
