#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;

namespace fv {

// A chart read as its table: the chart view is named by the chart's title and described by its
// figures, series by series ("Received: Jun 2026 3, Jul 2026 1, …"), for a screen reader; the
// view takes the Tab focus so that a keyboard user reaches it.
void describeChart(QChartView *view);

// The figures a chart draws, as a table: a row per category (month, registry, outcome), a column
// per series (received, decided; median, 90th percentile), the values as the chart labels them.
struct ChartTable
{
    QString corner; // what the rows are: the category axis's title
    QStringList rows;
    QStringList columns;
    QList<QStringList> cells; // cells[row][column]
    bool operator==(const ChartTable &) const = default;
};
ChartTable chartTable(const QChart *chart);

} // namespace fv
