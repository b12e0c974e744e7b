#pragma once

#include <QTreeWidget>

namespace fv {

// A tree widget that tells a screen reader about its current item only while it has the focus,
// as fv::TableView: the decision's versions follow the current case, and QTreeView announced
// the newest version as a focus event while the caseworker moved in the case list (found by
// the AT-SPI session's focus-event test, AccessibilityEvents).
class TreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    using QTreeWidget::QTreeWidget;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace fv
