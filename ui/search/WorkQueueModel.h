#pragma once

#include "search/WorkQueue.h"

#include <QAbstractTableModel>

#include <vector>

namespace fv {

// One view of the work queue as a table: the case, who has it, and its most urgent dated
// task. Overdue and soon-due rows carry an icon and words as well as colour.
class WorkQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Title, Assignee, Received, Due, Urgency, Task, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, CaseNumberRole };

    explicit WorkQueueModel(QObject *parent = nullptr);

    void setItems(std::vector<QueueItem> items, const QDate &today);
    const QueueItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 working days overdue", "due in 2 working days", "paused", for the urgency column.
    static QString urgencyText(const QueueItem &item);
    static QString taskText(const QueueItem &item);

private:
    QVariant display(const QueueItem &item, int column) const;
    QVariant sortValue(const QueueItem &item, int column) const;

    std::vector<QueueItem> m_items;
    QDate m_today;
};

} // namespace fv
