#pragma once

#include <QTableView>

namespace fv {

// A table view that tells a screen reader about its current cell only while it has the focus.
// QTableView announces every change of the current index as a focus event, also in views the
// user is not in (the case's tables follow the current case), so Orca read an assessment item
// while the caseworker moved in the case list.
class TableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace fv
