#include "search/WorkQueueModel.h"

#include "widgets/Tones.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace fv {
namespace {

// An overdue row's tint, from the palette in use.
QColor overdueRow()
{
    return tones::background(Tone::Error, QApplication::palette(), QPalette::Base);
}

} // namespace

WorkQueueModel::WorkQueueModel(QObject *parent) : QAbstractTableModel(parent)
{}

void WorkQueueModel::setItems(std::vector<QueueItem> items, const QDate &today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

const QueueItem *WorkQueueModel::itemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_items[static_cast<size_t>(row)] : nullptr;
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkQueueModel::urgencyText(const QueueItem &item)
{
    if (!item.task)
        return item.paused ? tr("Paused") : QString();
    const int left = item.task->workingDaysLeft;
    // Plural forms spelled out: the English source has no translation file of its own.
    if (item.task->overdue)
        return -left == 1 ? tr("Overdue by 1 working day") : tr("Overdue by %1 working days").arg(-left);
    if (left == 0)
        return tr("Due today");
    return left == 1 ? tr("Due in 1 working day") : tr("Due in %1 working days").arg(left);
}

QString WorkQueueModel::taskText(const QueueItem &item)
{
    if (!item.task)
        return item.summary.status == CaseStatus::Received ? tr("Completeness check") : QString();
    switch (item.task->kind) {
    case TaskKind::StatutoryDeadline: return tr("Decision (statutory deadline)");
    case TaskKind::PreliminaryReply: return tr("Preliminary reply");
    case TaskKind::ApplicantAnswer: return tr("Applicant's answer");
    case TaskKind::Reminder: return tr("Answer after reminder");
    case TaskKind::Consultation: return tr("Registry manager's view (%1)").arg(item.task->registry);
    case TaskKind::DataDelivery: return tr("Data not delivered (%1)").arg(item.task->registry);
    case TaskKind::EndReport: return tr("End report from the applicant");
    case TaskKind::DeletionConfirmation: return tr("Confirmation of deletion or anonymisation");
    case TaskKind::AppealPreparation: return tr("Appeal to prepare (§ 33)");
    case TaskKind::AppealBodyDecision:
        return item.summary.status == CaseStatus::Decided
            ? tr("Send the letter and registry notices of the appeal body's decision")
            : tr("Record the appeal body's decision as a new version");
    }
    return {};
}

QVariant WorkQueueModel::display(const QueueItem &item, int column) const
{
    const CaseSummary &c = item.summary;
    switch (static_cast<Column>(column)) {
    case Number: return c.caseNumber;
    case Status: return displayName(c.status);
    case Title: return c.kind == ApplicationKind::Change ? tr("Change: %1").arg(c.title) : c.title;
    case Assignee: return c.assignee.isEmpty() ? tr("— unassigned —") : c.assignee;
    case Received: return QLocale().toString(c.received, QLocale::ShortFormat);
    case Due: return item.task ? QLocale().toString(item.task->due, QLocale::ShortFormat) : QString();
    case Urgency: return urgencyText(item);
    case Task: return taskText(item);
    case ColumnCount: break;
    }
    return {};
}

QVariant WorkQueueModel::sortValue(const QueueItem &item, int column) const
{
    switch (static_cast<Column>(column)) {
    case Status: return static_cast<int>(item.summary.status);
    case Received: return item.summary.received.toString(Qt::ISODate);
    case Due:
    case Urgency: return item.task ? item.task->due.toString(Qt::ISODate) : QStringLiteral("9999");
    default: return display(item, column);
    }
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool overdue = item->overdue();
    const bool soon = !overdue && item->task && item->task->workingDaysLeft <= 5;
    switch (role) {
    case Qt::DisplayRole: return display(*item, index.column());
    case SortRole: return sortValue(*item, index.column());
    case CaseNumberRole: return item->summary.caseNumber;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return item->summary.title;
        if (index.column() == Task && item->task && item->task->kind == TaskKind::PreliminaryReply)
            return tr("Forvaltningsloven § 11 a: the applicant is told why the case takes longer than a month");
        if (index.column() == Task && item->task && item->task->kind == TaskKind::StatutoryDeadline)
            return tr("Helseregisterloven § 19 f: 30 working days, 60 where sources are linked");
        return display(*item, index.column());
    case Qt::DecorationRole:
        if (index.column() != Urgency)
            return {};
        if (overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (soon)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        if (item->paused)
            return QApplication::style()->standardIcon(QStyle::SP_MediaPause);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Urgency && overdue)
            return QBrush(tones::textOn(Tone::Error, QApplication::palette(), overdueRow()));
        if (index.column() == Urgency && soon)
            return QBrush(tones::onBase(Tone::Warning));
        return {};
    case Qt::BackgroundRole: return overdue ? QBrush(overdueRow()) : QVariant();
    case Qt::FontRole:
        if (index.column() == Urgency && (overdue || soon)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default: return {};
    }
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the case number, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Number).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number: return tr("Case no.");
    case Status: return tr("Status");
    case Title: return tr("Project");
    case Assignee: return tr("Caseworker");
    case Received: return tr("Received");
    case Due: return tr("Due");
    case Urgency: return tr("Deadline");
    case Task: return tr("What is due");
    case ColumnCount: break;
    }
    return {};
}

} // namespace fv
