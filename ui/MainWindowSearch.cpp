// The main window's search as you type and its statistics window.
#include "CaseActions.h"
#include "MainWindow.h"
#include "Session.h"
#include "search/CaseListModel.h"
#include "search/CaseSearch.h"
#include "statistics/StatisticsView.h"
#include "widgets/MessageBar.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

namespace fv {

void MainWindow::search(const QString &text)
{
    m_pages->setCurrentIndex(1);
    m_filter->setText(text);
}

void MainWindow::searchChanged()
{
    if (!m_session.isOpen())
        return;
    const QString text = m_filter->text();
    // Searching shows the best match first; without search text the newest case is first. A
    // click on a column header sorts by that column instead, in the database.
    const bool searching = !text.trimmed().isEmpty();
    const int sorted = m_table->horizontalHeader()->sortIndicatorSection();
    if (searching && sorted == CaseListModel::Number)
        m_table->sortByColumn(-1, Qt::DescendingOrder);
    else if (!searching && sorted < 0)
        m_table->sortByColumn(CaseListModel::Number, Qt::DescendingOrder);
    Database &db = m_session.database();
    // "Mine saker": only the cases the user is responsible for.
    const QString mine = m_caseActions && m_caseActions->myCasesOnly() ? m_session.user().login : QString();
    m_model->setFetcher([&db, text, mine](int offset, int limit, const CaseOrder &order) {
        CaseFilter filter;
        filter.search = text;
        filter.assignee = mine;
        filter.limit = limit;
        return CaseSearch(db).list(filter, order, offset);
    });
}

void MainWindow::showStatistics()
{
    if (!m_session.isOpen())
        return;
    if (!m_statistics) {
        m_statistics = new StatisticsView(m_session, this);
        m_statistics->setWindowFlag(Qt::Window);
        connect(m_statistics, &StatisticsView::failed, this,
                [this](const QString &message) { m_messages->show(MessageBar::Kind::Error, message); });
    }
    m_statistics->refresh();
    m_statistics->show();
    m_statistics->raise();
    m_statistics->activateWindow();
}

} // namespace fv
