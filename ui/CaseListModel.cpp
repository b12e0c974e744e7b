#include "CaseListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fv {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CaseListModel::setCases(std::vector<CaseSummary> cases)
{
    const bool sameRows = cases.size() == m_cases.size()
        && std::equal(cases.begin(), cases.end(), m_cases.begin(),
                      [](const CaseSummary &a, const CaseSummary &b) { return a.id == b.id; });
    if (sameRows) {
        m_cases = std::move(cases);
        if (!m_cases.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const CaseSummary *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_cases[static_cast<size_t>(row)] : nullptr;
}

int CaseListModel::rowOf(const QString &caseNumber) const
{
    for (size_t i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].caseNumber == caseNumber)
            return static_cast<int>(i);
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseSummary *c = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == CaseNumberRole)
        return c->caseNumber;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (static_cast<Column>(index.column())) {
        case Number: return c->caseNumber;
        case Status: return role == SortRole ? QVariant(static_cast<int>(c->status)) : QVariant(displayName(c->status));
        case Reference: return c->reference;
        case Title:
            return c->kind == ApplicationKind::Change && role == Qt::DisplayRole
                ? tr("Change: %1").arg(c->title)
                : c->title;
        case Controller: return c->controller;
        case Registries: return c->registries.join(QStringLiteral(", "));
        case Received:
            return role == SortRole
                ? QVariant(c->received.toString(Qt::ISODate))
                : QVariant(QLocale().toString(c->received, QLocale::ShortFormat));
        case Assignee: return c->assignee;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return c->title;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (c->status == CaseStatus::AwaitingApproval)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (!isOpen(c->status))
            return QBrush(QColor(0x2e, 0x6b, 0x30));
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number: return tr("Case no.");
    case Status: return tr("Status");
    case Reference: return tr("Your ref.");
    case Title: return tr("Project");
    case Controller: return tr("Controller");
    case Registries: return tr("Registries");
    case Received: return tr("Received");
    case Assignee: return tr("Caseworker");
    case ColumnCount: break;
    }
    return {};
}

} // namespace fv
