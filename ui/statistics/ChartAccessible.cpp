#include "statistics/ChartAccessible.h"

#include <QChartView>
#include <QPointer>

namespace fv {
namespace {

// A cell of the chart's table, a column header (row -1) or a row header (column -1). No QObject
// of its own: the chart's interface owns it through Qt's accessibility cache.
class ChartCell
    : public QAccessibleInterface
    , public QAccessibleTableCellInterface
{
public:
    ChartCell(QChartView *view, int row, int column) : m_view(view), m_row(row), m_column(column) {}

    bool isValid() const override { return m_view; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override {}

    QAccessible::Role role() const override
    {
        if (m_row < 0)
            return QAccessible::ColumnHeader;
        return m_column < 0 ? QAccessible::RowHeader : QAccessible::Cell;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid() || (t != QAccessible::Name && t != QAccessible::Value))
            return {};
        const ChartTable &table = chart()->figures();
        if (m_row < 0)
            return m_column < 0 ? table.corner : table.columns.value(m_column);
        if (m_column < 0)
            return table.rows.value(m_row);
        return table.cells.value(m_row).value(m_column);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        s.invisible = !m_view || !m_view->isVisible();
        return s;
    }

    QRect rect() const override { return m_view ? QRect(m_view->mapToGlobal(QPoint(0, 0)), m_view->size()) : QRect(); }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableCellInterface && m_row >= 0 && m_column >= 0)
            return static_cast<QAccessibleTableCellInterface *>(this);
        return nullptr;
    }

    bool isSelected() const override { return false; }
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {chart()->gridCell(-1, m_column)}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {chart()->gridCell(m_row, -1)}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return chart(); }

private:
    ChartAccessible *chart() const
    {
        return static_cast<ChartAccessible *>(QAccessible::queryAccessibleInterface(m_view));
    }

    QPointer<QChartView> m_view;
    int m_row;
    int m_column;
};

} // namespace

ChartAccessible::ChartAccessible(QChartView *view) : QAccessibleWidget(view, QAccessible::Table)
{}

ChartAccessible::~ChartAccessible()
{
    dropCells();
}

void ChartAccessible::dropCells() const
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id); // nothing when the cache deleted it already
    m_cells.clear();
}

const ChartTable &ChartAccessible::figures() const
{
    ChartTable now = chartTable(static_cast<QChartView *>(widget())->chart());
    if (!(now == m_table)) {
        dropCells();
        m_table = std::move(now);
    }
    return m_table;
}

QAccessibleInterface *ChartAccessible::gridCell(int row, int column) const
{
    const ChartTable &table = figures();
    if (row < -1 || column < -1 || row >= table.rows.size() || column >= table.columns.size())
        return nullptr;
    QAccessible::Id &id = m_cells[{row, column}];
    if (!id) // registered: Qt's cache owns it and deletes it at the latest when the program ends
        id = QAccessible::registerAccessibleInterface(new ChartCell(static_cast<QChartView *>(widget()), row, column));
    return QAccessible::accessibleInterface(id);
}

void *ChartAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

int ChartAccessible::childCount() const
{
    return (rowCount() + 1) * (columnCount() + 1);
}

QAccessibleInterface *ChartAccessible::child(int index) const
{
    const int width = columnCount() + 1;
    if (index < 0 || index >= childCount())
        return nullptr;
    return gridCell(index / width - 1, index % width - 1);
}

int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const int width = columnCount() + 1;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        if (QAccessible::accessibleInterface(it.value()) == child)
            return (it.key().first + 1) * width + it.key().second + 1;
    return -1;
}

QAccessibleInterface *ChartAccessible::cellAt(int row, int column) const
{
    return row < 0 || column < 0 ? nullptr : gridCell(row, column);
}

QString ChartAccessible::columnDescription(int column) const
{
    return figures().columns.value(column);
}

QString ChartAccessible::rowDescription(int row) const
{
    return figures().rows.value(row);
}

int ChartAccessible::columnCount() const
{
    return int(figures().columns.size());
}

int ChartAccessible::rowCount() const
{
    return int(figures().rows.size());
}

QAccessibleInterface *chartFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QChartView") && object && object->isWidgetType())
        return new ChartAccessible(static_cast<QChartView *>(object));
    return nullptr;
}

} // namespace fv
