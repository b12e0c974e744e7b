#include "casework/CaseworkModels.h"

#include "casework/CaseworkText.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace fv {

AssessmentModel::AssessmentModel(QObject *parent) : QAbstractTableModel(parent)
{}

void AssessmentModel::setAssessment(const Assessment &assessment, const std::map<QString, QString> &userNames)
{
    m_userNames = userNames;
    if (assessment.entries.size() == m_entries.size() && !m_entries.empty()) {
        m_entries = assessment.entries;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = assessment.entries;
    endResetModel();
}

const AssessmentEntry *AssessmentModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<size_t>(row)] : nullptr;
}

int AssessmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AssessmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentModel::data(const QModelIndex &index, int role) const
{
    const AssessmentEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    const bool open = e->required && !e->settled();
    if (role == ItemRole)
        return static_cast<int>(e->item);
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Item: return CaseworkText::itemName(e->item);
        case Required: return e->required ? tr("Required") : tr("Not needed");
        case Result: return CaseworkText::resultName(e->result);
        case Note: return e->note;
        case AssessedBy: return CaseworkText::userName(m_userNames, e->assessedBy);
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Note && !e->note.isEmpty())
            return e->note;
        return CaseworkText::itemHint(e->item);
    }
    if (role == Qt::DecorationRole && index.column() == Result) {
        QStyle *style = QApplication::style();
        switch (e->result) {
        case AssessmentResult::Fulfilled: return style->standardIcon(QStyle::SP_DialogApplyButton);
        case AssessmentResult::NotFulfilled: return style->standardIcon(QStyle::SP_DialogCancelButton);
        case AssessmentResult::NotRelevant: return {};
        case AssessmentResult::Unsettled: return open ? CaseworkText::urgencyIcon(Urgency::Soon) : QVariant();
        }
    }
    if (role == Qt::BackgroundRole) {
        if (open)
            return QBrush(CaseworkText::urgencyBackground(Urgency::Soon));
        if (e->result == AssessmentResult::NotFulfilled)
            return QBrush(CaseworkText::urgencyBackground(Urgency::Overdue));
    }
    if (role == Qt::ForegroundRole && !e->required && !e->settled())
        return QBrush(tones::onBase(Tone::Muted));
    return {};
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the check, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Item).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Item: return tr("Check");
    case Required: return tr("Required?");
    case Result: return tr("Result");
    case Note: return tr("Note");
    case AssessedBy: return tr("By");
    case ColumnCount: break;
    }
    return {};
}

ConsultationModel::ConsultationModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ConsultationModel::setConsultations(const std::vector<Consultation> &consultations, const QDate &today)
{
    beginResetModel();
    m_rows = consultations;
    m_today = today;
    endResetModel();
}

const Consultation *ConsultationModel::consultationAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int ConsultationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConsultationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultationModel::data(const QModelIndex &index, int role) const
{
    const Consultation *c = index.isValid() ? consultationAt(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount)
        return {};
    const bool overdue = c->isOverdue(m_today);
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Registry: return c->registry;
        case Sent: return CaseworkText::date(c->sentOn);
        case Due: return CaseworkText::date(c->due);
        case State:
            if (c->answered())
                return tr("Answered %1").arg(CaseworkText::date(c->answeredOn));
            return overdue ? tr("Overdue, no answer") : tr("Waiting");
        case Answer: return c->answer ? CaseworkText::answerName(*c->answer) : QString();
        case Note: return c->note;
        case ColumnCount: break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == State && overdue)
        return CaseworkText::urgencyIcon(Urgency::Overdue);
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(CaseworkText::urgencyBackground(Urgency::Overdue));
    if (role == Qt::ForegroundRole && overdue && index.column() == State)
        return QBrush(CaseworkText::urgencyForeground(Urgency::Overdue));
    if (role == Qt::ToolTipRole && index.column() == Note && !c->note.isEmpty())
        return c->note;
    return {};
}

QVariant ConsultationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the registry, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Registry).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Registry: return tr("Registry");
    case Sent: return tr("Sent");
    case Due: return tr("Answer due");
    case State: return tr("State");
    case Answer: return tr("Answer");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

} // namespace fv
