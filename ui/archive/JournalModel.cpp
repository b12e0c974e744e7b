#include "archive/JournalModel.h"

#include "Clock.h"

#include <QLocale>

namespace fv {

JournalModel::JournalModel(QObject *parent) : QAbstractTableModel(parent)
{}

void JournalModel::setEntries(std::vector<JournalEntry> entries)
{
    // A new search is a new list: the rows are not the same rows any more.
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const JournalEntry *JournalModel::entry(int row) const
{
    return row >= 0 && row < static_cast<int>(m_entries.size()) ? &m_entries[static_cast<size_t>(row)] : nullptr;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    const JournalEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Reference: return e->reference();
    case Type: return displayName(e->type);
    case JournalNumber: return e->journalNumber();
    case Date: return QLocale().toString(e->journalDate, QLocale::ShortFormat);
    case Status: return displayName(e->status);
    case Parties: {
        QStringList names;
        for (const JournalParty &p : e->parties)
            names << e->publicName(p);
        return names.join(QStringLiteral("; "));
    }
    case Title:
        return e->isScreened() ? tr("%1 (screened: %2)").arg(e->publicTitle(), e->screeningBasis) : e->publicTitle();
    case State:
        if (e->closure)
            return tr("closed %1 (%2)")
                .arg(QLocale().toString(e->closure->on, QLocale::ShortFormat), e->closure->method);
        if (e->isOpen())
            return tr("open, %n day(s)", nullptr, static_cast<int>(e->journalDate.daysTo(today())));
        return QString();
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference: return tr("Entry");
    case Type: return tr("Type");
    case JournalNumber: return tr("Journal no.");
    case Date: return tr("Journal date");
    case Status: return tr("Status");
    case Parties: return tr("Parties");
    case Title: return tr("Public title");
    case State: return tr("Closed / age");
    }
    return {};
}

} // namespace fv
