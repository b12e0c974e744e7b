#pragma once

#include "search/WorkQueue.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace fv {

class Session;
class WorkQueueModel;

// The caseworker's home view: the views of the work queue with their counts on the left
// (Alt+1 … Alt+7), the cases of the chosen view on the right, most urgent first and sortable.
// Enter or a double click opens the case.
class WorkQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkQueueView(Session &session, QWidget *parent = nullptr);

    void showKind(QueueKind kind);
    QueueKind currentKind() const { return m_kind; }
    int count(QueueKind kind) const;
    QTableView *table() const { return m_table; }
    QListWidget *views() const { return m_views; }
    // How long the last refresh took (for the benchmark and the status line).
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

    static QString title(QueueKind kind);

    // The window's current case: highlighted when the view lists it (true), else no row is.
    bool showCurrentCase(const QString &caseNumber);
    // The case's detail pane, below the queue (it moves between the window's pages).
    void setDetailPane(QWidget *pane);

signals:
    // The user chose a row: that case becomes the window's current case.
    void caseSelected(const QString &caseNumber);
    void caseActivated(const QString &caseNumber);
    void failed(const QString &message);

public slots:
    void refresh();

private:
    void fillTable();
    void activate(const QModelIndex &index);
    bool selectQuietly(const QString &caseNumber);

    Session &m_session;
    std::optional<WorkQueue> m_queue;
    QueueKind m_kind = QueueKind::Mine;
    QListWidget *m_views;
    QLabel *m_heading;
    QLabel *m_hint;
    WorkQueueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QSplitter *m_split;
    QString m_current;
    bool m_quiet = false; // selecting rows for the current case, not for the user
    qint64 m_lastRefreshMs = 0;
};

} // namespace fv
