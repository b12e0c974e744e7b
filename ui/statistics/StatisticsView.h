#pragma once

#include "statistics/Statistics.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateEdit;
class QKeyEvent;
class QLabel;
class QStandardItemModel;
class QTabWidget;

namespace fv {

class Session;

// The figures managers answer for, at a glance: key numbers, received and decided per month,
// processing time per registry against the deadline, the most requested registries and the
// outcomes – and every table behind the charts, exportable as CSV.
class StatisticsView : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsView(Session &session, QWidget *parent = nullptr);

    const std::optional<Statistics> &statistics() const { return m_stats; }
    // Writes every table as CSV next to `path`: NAME-months.csv, NAME-registries.csv, …
    Status exportCsv(const QString &path) const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void failed(const QString &message);

public slots:
    void refresh();

protected:
    void keyPressEvent(QKeyEvent *event) override; // Escape closes the window

private:
    void fillKeyFigures();
    void fillMonths();
    void fillRegistries();
    void fillOutcomes();
    void fillTables();
    void exportAll();

    Session &m_session;
    std::optional<Statistics> m_stats;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_figures;
    QTabWidget *m_tabs;
    QChartView *m_monthsView;
    QChartView *m_timesView;
    QChartView *m_requestedView;
    QChartView *m_outcomesView;
    std::vector<QStandardItemModel *> m_tables;
};

} // namespace fv
