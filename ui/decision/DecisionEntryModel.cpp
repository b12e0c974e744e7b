#include "decision/DecisionEntryModel.h"

#include "widgets/Tones.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fv {

DecisionEntryModel::DecisionEntryModel(QObject *parent) : QAbstractTableModel(parent)
{}

void DecisionEntryModel::setDecision(const Decision *decision, const std::map<QString, fv::Registry> &registries)
{
    beginResetModel();
    m_entries = decision ? decision->entries : std::vector<RegistryDecision>{};
    m_names.clear();
    m_variableNames.clear();
    for (const auto &[code, r] : registries) {
        m_names[code] = r.name;
        for (const RegistryVariable &v : r.variables)
            if (!v.description.isEmpty())
                m_variableNames[code + QLatin1Char('/') + v.name] = v.description;
    }
    endResetModel();
}

QString DecisionEntryModel::outcomeName(fv::Outcome outcome)
{
    switch (outcome) {
    case fv::Outcome::Granted: return tr("Granted");
    case fv::Outcome::PartlyGranted: return tr("Partly granted");
    case fv::Outcome::Refused: return tr("Refused");
    case fv::Outcome::Forwarded: return tr("Forwarded to the registry manager");
    }
    return {};
}

int DecisionEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int DecisionEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RegistryDecision &e = m_entries[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (static_cast<Column>(index.column())) {
        case Registry: {
            const auto it = m_names.find(e.registry);
            if (it == m_names.end())
                return e.registry;
            return role == Qt::ToolTipRole ? QStringLiteral("%1 (%2)").arg(it->second, e.registry) : it->second;
        }
        case Outcome: return outcomeName(e.outcome);
        case Period:
            return QStringLiteral("%1 – %2").arg(QLocale().toString(e.periodFrom, QLocale::ShortFormat),
                                                 QLocale().toString(e.periodTo, QLocale::ShortFormat));
        case Variables: {
            QStringList approved;
            QStringList removed;
            // The catalogue's name for a variable where it has one, not its code.
            for (const VariableDecision &v : e.variables)
                (v.approved ? approved : removed)
                    << m_variableNames.value(e.registry + QLatin1Char('/') + v.name, v.name);
            QString text = approved.join(QStringLiteral(", "));
            if (!removed.isEmpty())
                text += tr("  (removed: %1)").arg(removed.join(QStringLiteral(", ")));
            return text;
        }
        case Reason: return e.reason;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        switch (e.outcome) {
        case fv::Outcome::Granted: return QBrush(fv::tones::onBase(fv::Tone::Success));
        case fv::Outcome::PartlyGranted: return QBrush(fv::tones::onBase(fv::Tone::Warning));
        case fv::Outcome::Refused: return QBrush(fv::tones::onBase(fv::Tone::Error));
        case fv::Outcome::Forwarded: return QBrush(fv::tones::onBase(fv::Tone::Info));
        }
    }
    return {};
}

QVariant DecisionEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by its registry, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Registry).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Registry: return tr("Registry");
    case Outcome: return tr("Outcome");
    case Period: return tr("Period");
    case Variables: return tr("Variables");
    case Reason: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

} // namespace fv
