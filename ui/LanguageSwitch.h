#pragma once

#include "i18n/UiLanguage.h"

namespace fv {

class MainWindow;

// Switches the GUI's language without a restart: installs the translators and builds the main
// window afresh in the new language, on the same session (the open database), with the same
// case selected, page shown and geometry. Rebuilding is what makes every text change, also
// those computed once (menus, headers, the case view); the old window is deleted when it owns
// itself (Qt::WA_DeleteOnClose, as the program's is), else hidden. Returns the new window.
MainWindow *switchLanguage(MainWindow *window, UiLanguage language);

} // namespace fv
