#pragma once

#include "archive/JournalTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace fv {

// Journal entries as a table: reference, type, journal number, date, status, parties (as the
// public journal shows them), public title and whether the entry is open, closed or how old.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Type, JournalNumber, Date, Status, Parties, Title, State, ColumnCount };

    explicit JournalModel(QObject *parent = nullptr);
    void setEntries(std::vector<JournalEntry> entries);
    const JournalEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<JournalEntry> m_entries;
};

} // namespace fv
