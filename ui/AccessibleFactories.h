#pragma once

namespace fv {

// Installs the accessible interfaces Qt does not give: rich-text panes as documents with their
// headings (widgets/AccessibleRichText.h), charts as tables (statistics/ChartAccessible.h).
// Once, after the QApplication exists; the GUI's main() and the GUI tests' main() call it.
void installAccessibleFactories();

} // namespace fv
