#pragma once
// A statistics chart as a screen reader reads it: a table (QAccessible::Table with
// QAccessibleTableInterface) of the chart's figures — a row per category, a column per
// series, header cells for both — instead of a picture with a long description.
#include "statistics/ChartText.h"

#include <QAccessibleTableInterface>
#include <QAccessibleWidget>
#include <QMap>

class QChartView;

namespace fv {

class ChartAccessible
    : public QAccessibleWidget
    , public QAccessibleTableInterface
{
public:
    explicit ChartAccessible(QChartView *view);
    ~ChartAccessible() override;

    void *interface_cast(QAccessible::InterfaceType type) override;
    // The cells: the column headers in row 0, the row headers in column 0, as QAccessibleTable.
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;

    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override { return 0; }
    QList<QAccessibleInterface *> selectedCells() const override { return {}; }
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int columnCount() const override;
    int rowCount() const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *) override {}

    // The chart's figures now; the cells made for older figures are dropped.
    const ChartTable &figures() const;
    // The cell at (row, column) of the grid with the headers: row -1 the column headers,
    // column -1 the row headers.
    QAccessibleInterface *gridCell(int row, int column) const;

private:
    void dropCells() const;
    mutable ChartTable m_table;
    // Ids, not pointers: Qt's cache may delete a cell first when the program ends.
    mutable QMap<QPair<int, int>, QAccessible::Id> m_cells;
};

// The factory for QAccessible::installFactory: a ChartAccessible for every QChartView.
QAccessibleInterface *chartFactory(const QString &className, QObject *object);

} // namespace fv
