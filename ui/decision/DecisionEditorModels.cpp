#include "decision/DecisionEditorModels.h"

#include "decision/DecisionEntryModel.h"
#include "widgets/Tones.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace fv {
namespace {

QColor outcomeColour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted: return tones::onBase(Tone::Success);
    case Outcome::PartlyGranted: return tones::onBase(Tone::Warning);
    case Outcome::Refused: return tones::onBase(Tone::Error);
    case Outcome::Forwarded: return tones::onBase(Tone::Info);
    }
    return {};
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

const std::vector<Outcome> &allOutcomes()
{
    static const std::vector<Outcome> outcomes = {
        Outcome::Granted, Outcome::PartlyGranted, Outcome::Refused, Outcome::Forwarded};
    return outcomes;
}

// --- Registries ------------------------------------------------------------------------------

DecisionRegistryModel::DecisionRegistryModel(DecisionEditing &editing, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editing(editing)
{}

void DecisionRegistryModel::setRegistries(const std::map<QString, fv::Registry> &registries)
{
    m_names.clear();
    for (const auto &[code, r] : registries)
        m_names[code] = r.name;
    refresh();
}

void DecisionRegistryModel::refresh()
{
    const auto &entries = m_editing.state().decision.entries;
    if (entries.size() != m_rows.size()) {
        beginResetModel();
        m_rows = entries;
        endResetModel();
        return;
    }
    m_rows = entries;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DecisionRegistryModel::registryName(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QString &code = m_rows[static_cast<size_t>(row)].registry;
    const auto it = m_names.find(code);
    return it == m_names.end() ? code : QStringLiteral("%1 (%2)").arg(it->second, code);
}

int DecisionRegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DecisionRegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionRegistryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegistryDecision &e = m_rows[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const auto kept = std::count_if(e.variables.begin(), e.variables.end(), [](const auto &v) { return v.approved; });
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Registry: {
            const auto it = m_names.find(e.registry);
            return it == m_names.end() ? e.registry : it->second;
        }
        case Outcome: return DecisionEntryModel::outcomeName(e.outcome);
        case From: return shortDate(e.periodFrom);
        case To: return shortDate(e.periodTo);
        case Variables:
            return role == Qt::ToolTipRole
                ? tr("%1 of %2 variables granted").arg(kept).arg(e.variables.size())
                : QStringLiteral("%1 / %2").arg(kept).arg(e.variables.size());
        case Reason:
            if (role == Qt::ToolTipRole)
                return e.reason;
            return e.reason.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount: break;
        }
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case Outcome: return static_cast<int>(e.outcome);
        case From: return e.periodFrom;
        case To: return e.periodTo;
        case Reason: return e.reason;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && column == Outcome)
        return QBrush(outcomeColour(e.outcome));
    if (role == Qt::FontRole && column == Outcome && e.outcome != fv::Outcome::Granted) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && column == Variables && kept < static_cast<qint64>(e.variables.size()))
        return QBrush(outcomeColour(fv::Outcome::PartlyGranted));
    return {};
}

QVariant DecisionRegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the registry, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Registry).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Registry: return tr("Registry");
    case Outcome: return tr("Outcome");
    case From: return tr("From");
    case To: return tr("To");
    case Variables: return tr("Variables");
    case Reason: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags DecisionRegistryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const auto column = static_cast<Column>(index.column());
    if (!m_editing.isReadOnly() && (column == Outcome || column == From || column == To || column == Reason))
        f |= Qt::ItemIsEditable;
    return f;
}

bool DecisionRegistryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_editing.isReadOnly() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    const QString name = registryName(row);
    switch (static_cast<Column>(index.column())) {
    case Outcome: {
        const auto outcome = static_cast<fv::Outcome>(value.toInt());
        if (outcome == m_rows[static_cast<size_t>(row)].outcome)
            return true;
        m_editing.edit(tr("Outcome of %1").arg(name), [&](DecisionEditorState &s) {
            decisionedit::setOutcome(s, row, outcome);
        });
        return true;
    }
    case From:
    case To: {
        const QDate date = value.toDate();
        const bool from = index.column() == From;
        m_editing.edit(tr("Period of %1").arg(name), [&](DecisionEditorState &s) {
            auto &e = s.decision.entries[static_cast<size_t>(row)];
            (from ? e.periodFrom : e.periodTo) = date;
        });
        return true;
    }
    case Reason: {
        const QString reason = value.toString();
        if (reason == m_rows[static_cast<size_t>(row)].reason)
            return true;
        m_editing.edit(tr("Reason for %1").arg(name), [&](DecisionEditorState &s) {
            s.decision.entries[static_cast<size_t>(row)].reason = reason;
        });
        return true;
    }
    default: return false;
    }
}

// --- Variables -------------------------------------------------------------------------------

DecisionVariableModel::DecisionVariableModel(DecisionEditing &editing, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editing(editing)
{}

void DecisionVariableModel::setRegistryRow(int row)
{
    beginResetModel();
    m_registryRow = row;
    const auto &entries = m_editing.state().decision.entries;
    m_rows = row >= 0 && row < static_cast<int>(entries.size())
        ? entries[static_cast<size_t>(row)].variables
        : std::vector<VariableDecision>{};
    endResetModel();
}

void DecisionVariableModel::refresh()
{
    const auto &entries = m_editing.state().decision.entries;
    if (m_registryRow < 0 || m_registryRow >= static_cast<int>(entries.size())
        || entries[static_cast<size_t>(m_registryRow)].variables.size() != m_rows.size()) {
        setRegistryRow(m_registryRow);
        return;
    }
    m_rows = entries[static_cast<size_t>(m_registryRow)].variables;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DecisionVariableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DecisionVariableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionVariableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VariableDecision &v = m_rows[static_cast<size_t>(index.row())];
    if (index.column() == Variable) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return v.name;
        if (role == Qt::CheckStateRole)
            return v.approved ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return v.approved ? tr("Granted; uncheck to take it out of the decision")
                              : tr("Not granted; check to grant it after all");
        if (role == Qt::FontRole && !v.approved) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    }
    if (v.approved)
        return {};
    const bool missing = v.reason.trimmed().isEmpty();
    if (role == Qt::DisplayRole)
        return missing ? tr("Why is it not granted? (F2 to write)") : v.reason;
    if (role == Qt::EditRole || role == Qt::ToolTipRole)
        return v.reason;
    if (role == Qt::ForegroundRole && missing)
        return QBrush(outcomeColour(Outcome::Refused));
    if (role == Qt::FontRole && missing) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}

QVariant DecisionVariableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the variable, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Variable).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Variable ? tr("Variable") : tr("Why it is not granted");
}

Qt::ItemFlags DecisionVariableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editing.isReadOnly() || !index.isValid())
        return f;
    if (index.column() == Variable)
        return f | Qt::ItemIsUserCheckable;
    if (!m_rows[static_cast<size_t>(index.row())].approved)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DecisionVariableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_editing.isReadOnly() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int registry = m_registryRow;
    const int row = index.row();
    const QString name = m_rows[static_cast<size_t>(row)].name;
    if (index.column() == Variable && role == Qt::CheckStateRole) {
        const bool approved = value.toInt() == Qt::Checked;
        if (approved == m_rows[static_cast<size_t>(row)].approved)
            return true;
        m_editing.edit(approved ? tr("Grant %1").arg(name) : tr("Take out %1").arg(name), [&](DecisionEditorState &s) {
            decisionedit::setVariableApproved(s, registry, row, approved);
        });
        if (!approved)
            emit variableTakenOut(row);
        return true;
    }
    if (index.column() == Reason && role == Qt::EditRole) {
        const QString reason = value.toString();
        if (reason == m_rows[static_cast<size_t>(row)].reason)
            return true;
        m_editing.edit(tr("Why %1 is not granted").arg(name), [&](DecisionEditorState &s) {
            decisionedit::setVariableReason(s, registry, row, reason);
        });
        return true;
    }
    return false;
}

// --- Conditions ------------------------------------------------------------------------------

DecisionConditionModel::DecisionConditionModel(DecisionEditing &editing, QObject *parent)
    : QAbstractListModel(parent)
    , m_editing(editing)
{}

void DecisionConditionModel::setLibrary(const std::vector<StandardCondition> &library, const Application &app)
{
    m_library = library;
    m_application = app;
    beginResetModel();
    m_rows = rowsFor(m_editing.state());
    m_chosen = static_cast<int>(m_editing.state().decision.conditions.size());
    endResetModel();
}

std::vector<DecisionConditionModel::Row> DecisionConditionModel::rowsFor(const DecisionEditorState &state) const
{
    std::vector<Row> rows;
    for (const Condition &c : state.decision.conditions)
        rows.push_back({c, true});
    for (const StandardCondition &c : m_library) {
        const bool used = std::any_of(state.decision.conditions.begin(), state.decision.conditions.end(),
                                      [&](const Condition &d) { return d.code == c.code; });
        if (!used)
            rows.push_back({{c.code, conditionText(c, m_application, m_application.language)}, false});
    }
    return rows;
}

void DecisionConditionModel::refresh()
{
    std::vector<Row> rows = rowsFor(m_editing.state());
    const int chosen = static_cast<int>(m_editing.state().decision.conditions.size());
    if (rows.size() != m_rows.size() || chosen != m_chosen) {
        beginResetModel();
        m_rows = std::move(rows);
        m_chosen = chosen;
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int DecisionConditionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DecisionConditionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return r.condition.text;
    case Qt::CheckStateRole: return r.chosen ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return r.condition.code.isEmpty()
            ? tr("Own condition for this decision")
            : tr("Standard condition “%1”").arg(r.condition.code);
    case Qt::ForegroundRole: return r.chosen ? QVariant() : QVariant(QBrush(tones::onBase(Tone::Muted)));
    case Qt::FontRole:
        if (r.condition.code.isEmpty()) {
            QFont own;
            own.setItalic(true);
            return own;
        }
        return {};
    default: return {};
    }
}

Qt::ItemFlags DecisionConditionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (m_editing.isReadOnly() || !index.isValid())
        return f;
    f |= Qt::ItemIsUserCheckable;
    if (m_rows[static_cast<size_t>(index.row())].chosen)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DecisionConditionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_editing.isReadOnly() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    const Row r = m_rows[static_cast<size_t>(row)];
    if (role == Qt::CheckStateRole) {
        const bool chosen = value.toInt() == Qt::Checked;
        if (chosen == r.chosen)
            return true;
        if (chosen)
            m_editing.edit(tr("Add condition"), [&](DecisionEditorState &s) {
                s.decision.conditions.push_back(r.condition);
            });
        else
            m_editing.edit(tr("Remove condition"), [&](DecisionEditorState &s) {
                s.decision.conditions.erase(s.decision.conditions.begin() + row);
            });
        return true;
    }
    if (role == Qt::EditRole && r.chosen) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text == r.condition.text)
            return !text.isEmpty();
        m_editing.edit(tr("Change condition"), [&](DecisionEditorState &s) {
            s.decision.conditions[static_cast<size_t>(row)].text = text;
        });
        return true;
    }
    return false;
}

// --- Outcome editor --------------------------------------------------------------------------

QWidget *OutcomeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (Outcome o : allOutcomes())
        combo->addItem(DecisionEntryModel::outcomeName(o), static_cast<int>(o));
    // The choice counts as soon as it is made, not only when the cell loses focus.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<OutcomeDelegate *>(this)->commitData(combo); });
    return combo;
}

void OutcomeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void OutcomeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace fv
