#pragma once

#include "application/Application.h"
#include "decision/DecisionEditorState.h"
#include "decision/StandardTexts.h"
#include "registry/Registry.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <map>
#include <vector>

namespace fv {

// The joint decision's registries as the editor shows them: one row per registry, with the
// outcome, period, variables kept and reason. Edits become undoable steps of the editor.
class DecisionRegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Registry, Outcome, From, To, Variables, Reason, ColumnCount };

    DecisionRegistryModel(DecisionEditing &editing, QObject *parent = nullptr);
    void setRegistries(const std::map<QString, fv::Registry> &registries);
    // Reads the editor's state again (after every edit, undo and redo).
    void refresh();
    QString registryName(int row) const; // "Norsk pasientregister (NPR)"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    DecisionEditing &m_editing;
    std::vector<RegistryDecision> m_rows;
    std::map<QString, QString> m_names;
};

// The variables of one registry as a check list: unchecked variables are not granted, and
// the second column holds why.
class DecisionVariableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Variable, Reason, ColumnCount };

    DecisionVariableModel(DecisionEditing &editing, QObject *parent = nullptr);
    void setRegistryRow(int row);
    int registryRow() const { return m_registryRow; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A variable was unchecked by the user (not by undo): its reason is to be written.
    void variableTakenOut(int row);

private:
    DecisionEditing &m_editing;
    int m_registryRow = -1;
    std::vector<VariableDecision> m_rows;
};

// The conditions: first those in the decision (checked, in the letter's order), then the
// library's other standard conditions (unchecked). Checking adds, unchecking takes out.
class DecisionConditionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    DecisionConditionModel(DecisionEditing &editing, QObject *parent = nullptr);
    // The library and what fills its placeholders (the application, in the letter's language).
    void setLibrary(const std::vector<StandardCondition> &library, const Application &app);
    void refresh();
    // The number of conditions in the decision (the checked rows at the top).
    int chosenCount() const { return m_chosen; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        Condition condition;
        bool chosen = false;
    };
    std::vector<Row> rowsFor(const DecisionEditorState &state) const;

    DecisionEditing &m_editing;
    std::vector<StandardCondition> m_library;
    Application m_application;
    std::vector<Row> m_rows;
    int m_chosen = 0;
};

// The outcome column's editor: a combo box of the four outcomes.
class OutcomeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

const std::vector<Outcome> &allOutcomes();

} // namespace fv
