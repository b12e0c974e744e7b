#include "search/CaseListModel.h"

#include "casework/CaseworkText.h"
#include "widgets/Tones.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fv {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent)
{}

namespace {
constexpr int pageSize = 100;
}

void CaseListModel::setCases(std::vector<CaseSummary> cases)
{
    m_fetch = {};
    m_more = false;
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

CaseOrder CaseListModel::orderFor(int column, Qt::SortOrder order)
{
    static const CaseSort keys[] = {
        CaseSort::CaseNumber, CaseSort::Status,  CaseSort::Default,  CaseSort::Reference, CaseSort::Title,
        CaseSort::Controller, CaseSort::Default, CaseSort::Received, CaseSort::Assignee};
    if (column < 0 || column >= ColumnCount || keys[column] == CaseSort::Default)
        return {};
    return {keys[column], order == Qt::AscendingOrder};
}

std::vector<CaseSummary> CaseListModel::fetchPage(int offset)
{
    auto page = m_fetch(offset, pageSize, orderFor(m_sortColumn, m_sortOrder));
    if (!page) {
        m_more = false;
        emit fetchFailed(page.error().toString());
        return {};
    }
    m_more = static_cast<int>(page->size()) == pageSize;
    return std::move(page.value());
}

void CaseListModel::setFetcher(PageFetcher fetch)
{
    m_fetching = true;
    beginResetModel();
    m_fetch = std::move(fetch);
    m_cases = fetchPage(0);
    endResetModel();
    m_fetching = false;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is being inserted: views and testers ask again from inside the insert.
    return !parent.isValid() && m_fetch && m_more && !m_fetching;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = fetchPage(rowCount());
    if (page.empty())
        return;
    m_fetching = true;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_cases));
    endInsertRows();
    m_fetching = false;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    // Only a lazily loaded list sorts here (in the database); a list given whole with
    // setCases() is sorted by a proxy in front of it.
    if (m_fetch)
        setFetcher(std::move(m_fetch));
}

void CaseListModel::setDeadlines(std::map<qint64, DeadlineStatus> deadlines)
{
    m_deadlines = std::move(deadlines);
    if (!m_cases.empty())
        emit dataChanged(index(0, Deadline), index(rowCount() - 1, Deadline));
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
    if (index.column() == Deadline) {
        const auto it = m_deadlines.find(c->id);
        return CaseworkText::deadlineCell(it == m_deadlines.end() ? nullptr : &it->second, role, SortRole);
    }
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
        case Deadline:
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return c->title;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (c->status == CaseStatus::AwaitingApproval)
            return QBrush(tones::onBase(Tone::Warning));
        if (!isOpen(c->status))
            return QBrush(tones::onBase(Tone::Success));
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the case number, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Number).data(Qt::DisplayRole);
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
    case Deadline: return tr("Next deadline");
    case ColumnCount: break;
    }
    return {};
}

} // namespace fv
