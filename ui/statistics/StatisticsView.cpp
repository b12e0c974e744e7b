#include "statistics/StatisticsView.h"

#include "Clock.h"
#include "Session.h"
#include "casework/CaseworkStore.h"
#include "help/HelpWindow.h"
#include "statistics/ChartText.h"
#include "storage/SafeFile.h"
#include "widgets/Accessibility.h"
#include "widgets/Dialogs.h"
#include "widgets/TableView.h"
#include "widgets/Tones.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>

namespace fv {
namespace {

const QColor receivedColour(0x1f, 0x5f, 0x99);
const QColor decidedColour(0x2e, 0x7d, 0x32);
const QColor p90Colour(0xe0, 0x8a, 0x00);

// A series' colour on `chart`: lighter on the dark theme, so a line or bar stands out from the
// dark panel as much as it does from the light one.
QColor onChart(const QColor &colour, const QChart *chart)
{
    return chart->theme() == QChart::ChartThemeDark ? colour.lighter(170) : colour;
}

QChartView *chartView(QWidget *parent)
{
    auto *chart = new QChart;
    // A dark palette (white on black, a dark desktop theme) gets Qt Charts' dark theme: the
    // light one would put a white panel with grey labels in a dark window.
    const QPalette palette = parent ? parent->palette() : QGuiApplication::palette();
    if (palette.color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 340); // at 200 % the charts scroll, two by two
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(11);
    chart->setTitleFont(f);
    chart->setTitle(title);
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 0) + QStringLiteral(" %");
}

QString days(double d)
{
    return QLocale().toString(d, 'f', d == std::floor(d) ? 0 : 1);
}

// The tables come as CSV with machine column names (the export's); on screen, words.
QString headerName(const QString &column)
{
    static const std::map<QString, const char *> names = {
        {QStringLiteral("month"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Month")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Received")},
        {QStringLiteral("decided"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Decided")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Decisions")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Cases")},
        {QStringLiteral("median_working_days"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Median (working days)")},
        {QStringLiteral("p90_working_days"), QT_TRANSLATE_NOOP("fv::StatisticsView", "90th percentile (working days)")},
        {QStringLiteral("within_deadline"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Within the deadline")},
        {QStringLiteral("within_deadline_share"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Share within the deadline")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Registry")},
        {QStringLiteral("requested"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Requested")},
        {QStringLiteral("granted"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Granted")},
        {QStringLiteral("partly_granted"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Partly granted")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Refused")},
        {QStringLiteral("forwarded"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Forwarded")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Outcome")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Delivered")},
        {QStringLiteral("median_days"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Median (days from decision letter)")},
        {QStringLiteral("p90_days"), QT_TRANSLATE_NOOP("fv::StatisticsView", "90th percentile (days)")},
        {QStringLiteral("waiting"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Waiting for delivery")},
    };
    const auto it = names.find(column);
    return it == names.end() ? column : StatisticsView::tr(it->second);
}

// A cell: outcome codes as words, shares as percentages, numbers right-aligned and sortable.
QStandardItem *cellItem(const QString &column, const QString &text)
{
    static const std::map<QString, const char *> words = {
        {QStringLiteral("all"), QT_TRANSLATE_NOOP("fv::StatisticsView", "All")},
        {QStringLiteral("granted"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Granted")},
        {QStringLiteral("partly-granted"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Partly granted")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Refused")},
        {QStringLiteral("forwarded"), QT_TRANSLATE_NOOP("fv::StatisticsView", "Forwarded")},
    };
    bool isNumber = false;
    const double v = text.toDouble(&isNumber);
    if (!isNumber) {
        const auto it = words.find(text);
        return new QStandardItem(
            it == words.end() || column == QLatin1String("code") ? text : StatisticsView::tr(it->second));
    }
    auto *item = new QStandardItem(column.endsWith(QLatin1String("_share")) ? percent(v) : days(v));
    item->setData(v, Qt::UserRole); // sorted by the number, not its text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StatisticsView::StatisticsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_figures(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_monthsView(chartView(this))
    , m_timesView(chartView(this))
    , m_requestedView(chartView(this))
    , m_outcomesView(chartView(this))
{
    setObjectName(QStringLiteral("statistics"));
    setWindowTitle(tr("Statistics")); // the system adds the program's name
    setHelpTopic(this, QStringLiteral("06-deadlines#statistics"));
    const QDate today = fv::today();
    m_from->setDate(QDate(today.year() - 1, 1, 1));
    m_to->setDate(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    auto *update = new QPushButton(tr("&Update"), this);
    auto *exportButton = new QPushButton(tr("&Export tables as CSV…"), this);
    update->setObjectName(QStringLiteral("updateStatistics"));
    exportButton->setObjectName(QStringLiteral("exportStatistics"));
    connect(update, &QPushButton::clicked, this, &StatisticsView::refresh);
    connect(exportButton, &QPushButton::clicked, this, &StatisticsView::exportAll);

    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Received or decided &from"), this);
    auto *toLabel = new QLabel(tr("&to"), this);
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    m_from->setAccessibleName(tr("Received or decided from"));
    m_to->setAccessibleName(tr("Received or decided until"));
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(update);
    period->addStretch(1);
    period->addWidget(exportButton);

    m_figures->setObjectName(QStringLiteral("keyFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_monthsView, 0, 0);
    grid->addWidget(m_timesView, 0, 1);
    grid->addWidget(m_requestedView, 1, 0);
    grid->addWidget(m_outcomesView, 1, 1);
    m_tabs->addTab(a11y::scrollable(charts), tr("Charts"));

    const QStringList tableNames = {
        tr("Per month"), tr("Processing time"), tr("Per registry"), tr("Outcomes"), tr("Time to delivery")};
    for (const QString &name : tableNames) {
        auto *model = new QStandardItemModel(this);
        auto *table = new TableView(this);
        table->setModel(model);
        a11y::keyboardFriendly(table, name);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSortingEnabled(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        m_tables.push_back(model);
        m_tabs->addTab(table, name);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);
    a11y::resizeWithin(this, QSize(1400, 900));
    // Escape closes the window wherever the focus is (a date field or a table keeps the key).
    auto *closeWindow = new QAction(this);
    closeWindow->setShortcut(QKeySequence::Cancel);
    closeWindow->setShortcutContext(Qt::WindowShortcut);
    connect(closeWindow, &QAction::triggered, this, [this] {
        if (isWindow())
            close();
    });
    addAction(closeWindow);
}

void StatisticsView::refresh()
{
    if (!m_session.isOpen())
        return;
    auto stats = computeStatistics(m_session.database(), m_from->date(), m_to->date());
    if (!stats) {
        emit failed(stats.error().toString());
        return;
    }
    m_stats = std::move(stats.value());
    fillKeyFigures();
    fillMonths();
    fillRegistries();
    fillOutcomes();
    fillTables();
    for (QChartView *view : {m_monthsView, m_timesView, m_requestedView, m_outcomesView})
        describeChart(view);
}

void StatisticsView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel) && isWindow())
        close();
    else
        QWidget::keyPressEvent(event);
}

void StatisticsView::fillKeyFigures()
{
    const Statistics &s = *m_stats;
    // The caption above its figure, so it reads right for any number ("1", "12"): the
    // captions are not sentences that a count would have to agree with.
    const auto figure = [](const QString &label, const QString &value) {
        return QStringLiteral("<td style='padding-right:28px; vertical-align:top'><span class='fv-muted'>%1</span>"
                              "<br/><span style='font-size:20pt; font-weight:600; white-space:nowrap'>%2</span></td>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table><tr>");
    html += figure(tr("Applications received"), QLocale().toString(s.received));
    html += figure(tr("Decisions made"), QLocale().toString(s.decided));
    html += figure(tr("Being worked on now"), QLocale().toString(s.open));
    html += figure(tr("Processing time, median (working days)"), days(s.times.median));
    html += figure(tr("Processing time, 90th percentile (working days)"), days(s.times.p90));
    html += figure(
        tr("Share of the decisions made within the statutory deadline"), percent(s.times.withinDeadlineShare()));
    // Beside it the open cases that have already missed it: the share above counts only decisions.
    int overdue = 0;
    if (auto open = CaseworkStore::openCaseDeadlines(m_session.database(), today()))
        for (const auto &[id, deadline] : open.value())
            overdue += deadline.overdue ? 1 : 0;
    html += figure(tr("Open cases already past the statutory deadline"), QLocale().toString(overdue));
    html += QStringLiteral("</tr></table>");
    m_figures->setText(tones::htmlStyle(QPalette::Window) + html);
}

void StatisticsView::fillMonths()
{
    QChart *chart = m_monthsView->chart();
    resetChart(chart, tr("Received and decided per month"));
    auto *received = new QLineSeries;
    auto *decided = new QLineSeries;
    received->setName(tr("Received"));
    decided->setName(tr("Decided"));
    received->setPen(QPen(onChart(receivedColour, chart), 2.5));
    decided->setPen(QPen(onChart(decidedColour, chart), 2.5, Qt::DashLine));
    int top = 0;
    for (const MonthFigures &m : m_stats->months) {
        const QDate d = QDate::fromString(m.month + QStringLiteral("-15"), Qt::ISODate);
        const qreal x = static_cast<qreal>(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch());
        received->append(x, m.received);
        decided->append(x, m.decided);
        top = std::max({top, m.received, m.decided});
    }
    chart->addSeries(received);
    chart->addSeries(decided);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(std::min<int>(8, std::max<int>(2, static_cast<int>(m_stats->months.size()))));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, top) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("applications"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {received, decided}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void StatisticsView::fillRegistries()
{
    // Processing time per registry, shortest first, against the 30-day deadline.
    std::vector<RegistryFigures> regs = m_stats->registries;
    std::sort(regs.begin(), regs.end(), [](const RegistryFigures &a, const RegistryFigures &b) {
        return a.times.median > b.times.median;
    });
    QChart *times = m_timesView->chart();
    resetChart(times, tr("Processing time per registry (working days)"));
    auto *median = new QBarSet(tr("Median"));
    auto *p90 = new QBarSet(tr("90th percentile"));
    median->setColor(onChart(receivedColour, times));
    p90->setColor(onChart(p90Colour, times));
    // Told apart by more than colour: the 90th percentile is hatched, the median solid.
    p90->setBrush(QBrush(onChart(p90Colour, times), Qt::Dense3Pattern));
    p90->setBorderColor(onChart(p90Colour, times).darker(140));
    QStringList codes;
    double longest = 0;
    for (const RegistryFigures &r : regs) {
        codes << r.code;
        *median << r.times.median;
        *p90 << r.times.p90;
        longest = std::max(longest, r.times.p90);
    }
    auto *series = new QHorizontalBarSeries;
    series->append({median, p90});
    series->setLabelsVisible(false);
    times->addSeries(series);
    auto *cats = new QBarCategoryAxis;
    cats->append(codes);
    cats->setTruncateLabels(false); // Qt Charts cut even "NPR" to "…" at 200 %
    auto *value = new QValueAxis;
    value->setRange(0, std::max(60.0, longest * 1.05));
    value->applyNiceNumbers();
    value->setLabelFormat(QStringLiteral("%d"));
    times->addAxis(cats, Qt::AlignLeft);
    times->addAxis(value, Qt::AlignBottom);
    series->attachAxis(cats);
    series->attachAxis(value);
    // A line of text per registry, or Qt Charts cuts the names to "…" (at 200 % too): the
    // charts page scrolls instead.
    const int perRow = fontMetrics().height() + 6;
    m_timesView->setMinimumHeight(std::max(340, 140 + perRow * int(codes.size())));

    // The most requested registries, the most asked-for at the top.
    std::vector<RegistryFigures> byDemand = m_stats->registries;
    std::reverse(byDemand.begin(), byDemand.end());
    QChart *requested = m_requestedView->chart();
    resetChart(requested, tr("Most requested registries (applications)"));
    auto *set = new QBarSet(tr("Applications asking for the registry"));
    set->setColor(onChart(QColor(0x5b, 0x6a, 0xbf), requested));
    QStringList names;
    int most = 0;
    for (const RegistryFigures &r : byDemand) {
        names << QStringLiteral("%1 – %2").arg(r.code, r.name);
        *set << r.requested;
        most = std::max(most, r.requested);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    requested->addSeries(bars);
    auto *regAxis = new QBarCategoryAxis;
    regAxis->append(names);
    regAxis->setTruncateLabels(false);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(1, most) * 1.05);
    countAxis->applyNiceNumbers();
    countAxis->setLabelFormat(QStringLiteral("%d"));
    requested->addAxis(regAxis, Qt::AlignLeft);
    requested->addAxis(countAxis, Qt::AlignBottom);
    bars->attachAxis(regAxis);
    bars->attachAxis(countAxis);
    m_requestedView->setMinimumHeight(std::max(340, 140 + perRow * int(names.size())));
    requested->legend()->hide();
}

void StatisticsView::fillOutcomes()
{
    QChart *chart = m_outcomesView->chart();
    resetChart(chart, tr("Outcome of the decisions"));
    auto *pie = new QPieSeries;
    const QColor colours[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xe0, 0x8a, 0x00), QColor(0xb0, 0x1c, 0x1c)};
    const QString labels[] = {tr("Granted"), tr("Partly granted"), tr("Refused")};
    int total = 0;
    for (const OutcomeFigures &o : m_stats->outcomes)
        total += o.decided;
    for (size_t i = 0; i < m_stats->outcomes.size() && i < 3; ++i) {
        const OutcomeFigures &o = m_stats->outcomes[i];
        const double share = total == 0 ? 0.0 : double(o.decided) / total;
        QPieSlice *slice = pie->append(
            QStringLiteral("%1: %2 (%3)").arg(labels[i], QLocale().toString(o.decided), percent(share)), o.decided);
        slice->setColor(onChart(colours[i], chart));
        slice->setLabelVisible(o.decided > 0);
    }
    pie->setPieSize(0.62);
    chart->addSeries(pie);
    chart->legend()->hide();
}

void StatisticsView::fillTables()
{
    const auto tables = statisticsTables(*m_stats);
    for (size_t t = 0; t < tables.size() && t < m_tables.size(); ++t) {
        QStandardItemModel *model = m_tables[t];
        model->clear();
        const QStringList lines = tables[t].csv.trimmed().split(QLatin1Char('\n'));
        const QStringList columns = lines.first().split(QLatin1Char(','));
        QStringList headers;
        for (const QString &c : columns)
            headers << headerName(c);
        model->setHorizontalHeaderLabels(headers);
        model->setSortRole(Qt::UserRole);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QList<QStandardItem *> row;
            // Names with commas are quoted in the CSV; split on the commas outside quotes.
            QStringList fields;
            QString field;
            bool quoted = false;
            for (const QChar c : lines.at(i)) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char(',') && !quoted) {
                    fields << field;
                    field.clear();
                } else
                    field += c;
            }
            fields << field;
            for (qsizetype f = 0; f < fields.size(); ++f) {
                QStandardItem *item = cellItem(columns.value(f), fields.at(f));
                if (!item->data(Qt::UserRole).isValid())
                    item->setData(item->text(), Qt::UserRole);
                row << item;
            }
            model->appendRow(row);
            // The row's name for a screen reader: its first cell (the month, the registry…).
            model->setVerticalHeaderItem(model->rowCount() - 1, new QStandardItem(row.constFirst()->text()));
        }
    }
    for (QTableView *view : findChildren<QTableView *>()) // the words are longer than the codes were
        view->resizeColumnsToContents();
}

Status StatisticsView::exportCsv(const QString &path) const
{
    if (!m_stats)
        return fail(tr("there are no statistics to export yet"));
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    for (const CsvTable &t : statisticsTables(*m_stats))
        if (auto s = writeFileAtomically(base + QLatin1Char('-') + t.name + QStringLiteral(".csv"), t.csv.toUtf8()); !s)
            return s;
    return ok();
}

void StatisticsView::exportAll()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export tables as CSV"), QStringLiteral("statistikk.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = exportCsv(path); !s)
        emit failed(s.error().toString());
}

} // namespace fv
