#include "widgets/TableView.h"

namespace fv {

void TableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus())
        QTableView::currentChanged(current, previous); // announces the cell, then moves
    else
        QAbstractItemView::currentChanged(current, previous); // moves quietly
}

} // namespace fv
