#pragma once

#include "decision/Decision.h"
#include "registry/Registry.h"

#include <QAbstractTableModel>
#include <QHash>

#include <map>

namespace fv {

// The joint decision's per-registry outcomes: one row per requested registry.
class DecisionEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Registry, Outcome, Period, Variables, Reason, ColumnCount };

    explicit DecisionEntryModel(QObject *parent = nullptr);
    void setDecision(const Decision *decision, const std::map<QString, fv::Registry> &registries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeName(fv::Outcome outcome);

private:
    std::vector<RegistryDecision> m_entries;
    std::map<QString, QString> m_names;
    QHash<QString, QString> m_variableNames; // "REGISTRY/CODE" -> the catalogue's name
};

} // namespace fv
