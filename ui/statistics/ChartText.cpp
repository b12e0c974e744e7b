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

} // namespace

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
