#pragma once

#include "casework/CaseService.h"
#include "search/CaseSearch.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <vector>

namespace fv {

// The case list: a thin table over CaseService::list(). SortRole gives values that sort
// correctly (dates as ISO text, case numbers as YY/NNNNN).
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Deadline, Reference, Title, Controller, Registries, Received, Assignee, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, CaseNumberRole };

    explicit CaseListModel(QObject *parent = nullptr);

    // Replaces the rows; rows that stay the same case get dataChanged, not a reset.
    void setCases(std::vector<CaseSummary> cases);

    // Lazy loading, like QSqlQueryModel::fetchMore: rows arrive a page at a time as the view
    // scrolls, in the order sort() last asked for (the database sorts, so a large archive is
    // never read whole). `fetch` returns up to `limit` cases from `offset`.
    using PageFetcher = std::function<Result<std::vector<CaseSummary>>(int offset, int limit, const CaseOrder &)>;
    void setFetcher(PageFetcher fetch);
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // column -1: best match / newest
    static CaseOrder orderFor(int column, Qt::SortOrder order);
    // The open cases' deadlines by case id, for the Deadline column (overdue in colour and words).
    void setDeadlines(std::map<qint64, DeadlineStatus> deadlines);
    const CaseSummary *caseAt(int row) const;
    int rowOf(const QString &caseNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void fetchFailed(const QString &message);

private:
    std::vector<CaseSummary> fetchPage(int offset);

    std::vector<CaseSummary> m_cases;
    std::map<qint64, DeadlineStatus> m_deadlines;
    PageFetcher m_fetch;
    bool m_more = false;
    bool m_fetching = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace fv
