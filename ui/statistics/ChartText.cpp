#include "statistics/ChartText.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QStringList>

namespace fv {
namespace {

QString number(qreal v)
{
    return QLocale().toString(v, 'f', qFuzzyCompare(v, qRound(v)) ? 0 : 1);
}

QStringList barCategories(const QChart *chart, QAbstractSeries *series)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal | Qt::Vertical, series))
        if (auto *cats = qobject_cast<QBarCategoryAxis *>(axis))
            return cats->categories();
    return {};
}

QStringList seriesLines(const QChart *chart, QAbstractSeries *series)
{
    QStringList lines;
    if (auto *line = qobject_cast<QLineSeries *>(series)) {
        QStringList points;
        for (const QPointF &p : line->points())
            points << QStringLiteral("%1 %2").arg(
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date(), QStringLiteral("MMM yyyy")),
                number(p.y()));
        lines << QStringLiteral("%1: %2").arg(line->name(), points.join(QStringLiteral(", ")));
    } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
        const QStringList categories = barCategories(chart, series);
        for (QBarSet *set : bars->barSets()) {
            QStringList values;
            for (int i = 0; i < set->count(); ++i)
                values << QStringLiteral("%1 %2").arg(categories.value(i), number(set->at(i)));
            lines << QStringLiteral("%1: %2").arg(set->label(), values.join(QStringLiteral(", ")));
        }
    } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
        for (QPieSlice *slice : pie->slices())
            lines << slice->label();
    }
    return lines;
}

QString monthOf(qreal x)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(x)).date(), QStringLiteral("MMM yyyy"));
}

// Adds `value` in `column` of the row `row`, making the row if it is new.
void put(ChartTable &table, const QString &row, int column, const QString &value)
{
    qsizetype r = table.rows.indexOf(row);
    if (r < 0) {
        table.rows << row;
        table.cells << QStringList();
        r = table.rows.size() - 1;
    }
    QStringList &cells = table.cells[r];
    while (cells.size() <= column)
        cells << QString();
    cells[column] = value;
}

// What the rows are: the title of the axis that carries the categories or the months.
QString categoryAxisTitle(const QChart *chart, QAbstractSeries *series)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal | Qt::Vertical, series))
        if (axis->type() == QAbstractAxis::AxisTypeBarCategory || axis->type() == QAbstractAxis::AxisTypeDateTime)
            return axis->titleText();
    return {};
}

} // namespace

ChartTable chartTable(const QChart *chart)
{
    ChartTable table;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const int column = int(table.columns.size());
            table.columns << line->name();
            for (const QPointF &p : line->points())
                put(table, monthOf(p.x()), column, number(p.y()));
            table.corner = categoryAxisTitle(chart, series);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QStringList categories = barCategories(chart, series);
            for (QBarSet *set : bars->barSets()) {
                const int column = int(table.columns.size());
                table.columns << set->label();
                for (int i = 0; i < set->count(); ++i)
                    put(table, categories.value(i), column, number(set->at(i)));
            }
            table.corner = categoryAxisTitle(chart, series);
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const int column = int(table.columns.size());
            table.columns << (pie->name().isEmpty() ? chart->title() : pie->name());
            for (QPieSlice *slice : pie->slices())
                put(table, slice->label().section(QLatin1Char(':'), 0, 0).trimmed(), column, number(slice->value()));
        }
    }
    for (QStringList &cells : table.cells)
        while (cells.size() < table.columns.size())
            cells << QString();
    return table;
}

void describeChart(QChartView *view)
{
    const QChart *chart = view->chart();
    QStringList lines;
    for (QAbstractSeries *series : chart->series())
        lines << seriesLines(chart, series);
    view->setAccessibleName(chart->title());
    view->setAccessibleDescription(lines.join(QStringLiteral(".\n")));
    view->setFocusPolicy(Qt::TabFocus);
}

} // namespace fv
