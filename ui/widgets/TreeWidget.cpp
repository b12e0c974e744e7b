#include "widgets/TreeWidget.h"

namespace fv {

void TreeWidget::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus())
        QTreeWidget::currentChanged(current, previous); // announces the item, then moves
    else
        QAbstractItemView::currentChanged(current, previous); // moves quietly
}

} // namespace fv
