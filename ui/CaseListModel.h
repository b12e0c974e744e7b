#pragma once

#include "casework/CaseService.h"

#include <QAbstractTableModel>

#include <vector>

namespace fv {

// The case list: a thin table over CaseService::list(). SortRole gives values that sort
// correctly (dates as ISO text, case numbers as YY/NNNNN).
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Reference, Title, Controller, Registries, Received, Assignee, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, CaseNumberRole };

    explicit CaseListModel(QObject *parent = nullptr);

    // Replaces the rows; rows that stay the same case get dataChanged, not a reset.
    void setCases(std::vector<CaseSummary> cases);
    const CaseSummary *caseAt(int row) const;
    int rowOf(const QString &caseNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CaseSummary> m_cases;
};

} // namespace fv
