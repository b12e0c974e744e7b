// The accessible interfaces Qt does not give and Fellesvedtak adds (AccessibleFactories.h): a
// screen reader lists the headings of a rich-text pane, and reads a chart as a table with
// header cells, as Orca and NVDA do with a web page or a spreadsheet.
#include "MainWindow.h"
#include "Session.h"
#include "casework/CaseView.h"
#include "help/HelpWindow.h"
#include "statistics/StatisticsView.h"

#include <QAccessible>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// The headings a screen reader lists in the pane: the names of its Heading children.
QStringList headingsOf(QWidget *pane)
{
    QStringList out;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(pane);
    REQUIRE(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        if (QAccessibleInterface *child = iface->child(i); child && child->role() == QAccessible::Heading) {
            CHECK(child->parent() == iface);
            CHECK(iface->indexOfChild(child) == i);
            out << child->text(QAccessible::Name);
        }
    return out;
}

QString cellText(QAccessibleTableInterface *table, int row, int column)
{
    QAccessibleInterface *cell = table->cellAt(row, column);
    REQUIRE(cell);
    return cell->text(QAccessible::Name);
}

} // namespace

TEST_CASE("a rich-text pane is a document whose headings a screen reader can list", "[ui][a11y]")
{
    QTextBrowser pane;
    pane.setAccessibleName(QStringLiteral("Søknad"));
    pane.setHtml(QStringLiteral("<h2>Prosjektet</h2><p>Formålet er …</p><h3>Datakilder</h3><p>NPR</p>"
                                "<h3>Personvern</h3><table><tr><td>Ja</td></tr></table>"));
    pane.show();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&pane);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::Document);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("Søknad"));
    CHECK(headingsOf(&pane)
          == QStringList{QStringLiteral("Prosjektet"), QStringLiteral("Datakilder"), QStringLiteral("Personvern")});
    // The text stays readable as text, with the caret and selection a screen reader follows.
    QAccessibleTextInterface *text = iface->textInterface();
    REQUIRE(text);
    CHECK(text->text(0, text->characterCount()).contains(QStringLiteral("Formålet er")));
    text->setSelection(0, 0, 10);
    CHECK(pane.textCursor().selectedText() == QStringLiteral("Prosjektet"));

    // A new text (another case): the old headings are gone, the new ones listed.
    pane.setHtml(QStringLiteral("<h1>Vedtak</h1><p>Innvilget.</p>"));
    CHECK(headingsOf(&pane) == QStringList{QStringLiteral("Vedtak")});
    pane.clear();
    CHECK(headingsOf(&pane).isEmpty());
}

TEST_CASE("the case's application and decision, and the user guide, list their headings", "[ui][a11y]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    window.show();
    REQUIRE(window.selectCase(QStringLiteral("26/00003")));
    QApplication::processEvents();
    for (const char *name : {"caseApplication", "decisionText"}) {
        auto *pane = window.findChild<QTextBrowser *>(QLatin1String(name));
        REQUIRE(pane);
        INFO(name);
        const QStringList headings = headingsOf(pane);
        CHECK_FALSE(headings.isEmpty());
        for (const QString &h : headings)
            CHECK_FALSE(h.trimmed().isEmpty());
    }
    HelpWindow help;
    help.showChapter(HelpWindow::chapters().constFirst());
    help.show();
    auto *guide = help.findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    REQUIRE(guide);
    CHECK_FALSE(headingsOf(guide).isEmpty());
}

TEST_CASE("a chart is read as its table: a row per category, a column per series, header cells", "[ui][a11y]")
{
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Behandlingstid"));
    auto *series = new QBarSeries;
    auto *median = new QBarSet(QStringLiteral("Median"));
    *median << 30 << 45.5;
    auto *p90 = new QBarSet(QStringLiteral("90-persentil"));
    *p90 << 60 << 90;
    series->append({median, p90});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append({QStringLiteral("NPR"), QStringLiteral("KRG")});
    axis->setTitleText(QStringLiteral("Register"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QChartView view(chart);
    view.setAccessibleName(chart->title());
    view.show();

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::Table);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("Behandlingstid"));
    QAccessibleTableInterface *table = iface->tableInterface();
    REQUIRE(table);
    REQUIRE(table->rowCount() == 2);
    REQUIRE(table->columnCount() == 2);
    CHECK(table->rowDescription(1) == QStringLiteral("KRG"));
    CHECK(table->columnDescription(0) == QStringLiteral("Median"));
    CHECK(cellText(table, 0, 0) == QLocale().toString(30));
    CHECK(cellText(table, 1, 0) == QLocale().toString(45.5, 'f', 1));
    CHECK(cellText(table, 1, 1) == QLocale().toString(90));

    // A cell names its headers, as a screen reader says them when moving across the table.
    QAccessibleInterface *cell = table->cellAt(1, 1);
    QAccessibleTableCellInterface *c = cell->tableCellInterface();
    REQUIRE(c);
    CHECK(c->rowIndex() == 1);
    CHECK(c->columnIndex() == 1);
    CHECK(c->table() == iface);
    REQUIRE(c->rowHeaderCells().size() == 1);
    CHECK(c->rowHeaderCells().constFirst()->role() == QAccessible::RowHeader);
    CHECK(c->rowHeaderCells().constFirst()->text(QAccessible::Name) == QStringLiteral("KRG"));
    CHECK(c->columnHeaderCells().constFirst()->role() == QAccessible::ColumnHeader);
    CHECK(c->columnHeaderCells().constFirst()->text(QAccessible::Name) == QStringLiteral("90-persentil"));

    // The children are the grid with its headers: the corner, two column headers, and per row
    // a row header and two cells.
    REQUIRE(iface->childCount() == 9);
    CHECK(iface->child(0)->text(QAccessible::Name) == QStringLiteral("Register"));
    CHECK(iface->child(2)->text(QAccessible::Name) == QStringLiteral("90-persentil"));
    CHECK(iface->child(6)->role() == QAccessible::RowHeader);
    CHECK(iface->indexOfChild(cell) == 8);
    CHECK(iface->child(8) == cell);

    // New figures (other dates): the table follows.
    median->replace(0, 12);
    CHECK(cellText(table, 0, 0) == QLocale().toString(12));
}

TEST_CASE("Statistikk's charts are tables with the figures they draw", "[ui][a11y]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    StatisticsView stats(session);
    stats.refresh();
    stats.show();
    const QList<QChartView *> charts = stats.findChildren<QChartView *>();
    REQUIRE(charts.size() == 4);
    for (QChartView *view : charts) {
        INFO(view->chart()->title().toStdString());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        REQUIRE(iface);
        CHECK(iface->role() == QAccessible::Table);
        QAccessibleTableInterface *table = iface->tableInterface();
        REQUIRE(table);
        CHECK(table->rowCount() > 0);
        CHECK(table->columnCount() > 0);
        for (int c = 0; c < table->columnCount(); ++c)
            CHECK_FALSE(table->columnDescription(c).isEmpty());
        for (int r = 0; r < table->rowCount(); ++r)
            CHECK_FALSE(table->rowDescription(r).isEmpty());
    }
    // The months chart: a row per month, the received and decided figures the lines draw.
    QChartView *months = charts.constFirst();
    auto *received = qobject_cast<QLineSeries *>(months->chart()->series().constFirst());
    REQUIRE(received);
    QAccessibleTableInterface *table = QAccessible::queryAccessibleInterface(months)->tableInterface();
    CHECK(table->columnDescription(0) == received->name());
    REQUIRE(table->rowCount() == received->count());
    for (int r = 0; r < received->count(); ++r)
        CHECK(cellText(table, r, 0) == QLocale().toString(received->at(r).y(), 'f', 0));
}
