#include "AccessibleFactories.h"

#include "statistics/ChartAccessible.h"
#include "widgets/AccessibleRichText.h"

#include <QAccessible>

namespace fv {

void installAccessibleFactories()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(&a11y::richTextFactory);
    QAccessible::installFactory(&chartFactory);
}

} // namespace fv
