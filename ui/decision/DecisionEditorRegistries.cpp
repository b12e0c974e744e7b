// The decision editor's first page: the per-registry table, and under it the chosen registry's
// variables as a check list beside its reason.
#include "decision/DecisionEditor.h"
#include "decision/DecisionEditorModels.h"
#include "widgets/Accessibility.h"
#include "widgets/TableView.h"
#include "widgets/Tones.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fv {

QLabel *DecisionEditor::hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    tones::setTextTone(label, Tone::Muted);
    return label;
}

QWidget *DecisionEditor::buildRegistriesPage()
{
    auto *page = new QWidget(this);
    buildRegistryTable(page);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setChildrenCollapsible(false);
    split->addWidget(m_registryTable);
    split->addWidget(buildRegistryDetails(page));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);

    connect(m_registryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionEditor::showRegistryDetails);
    // Taking a variable out opens its reason for typing.
    connect(m_variableModel, &DecisionVariableModel::variableTakenOut, this, [this](int row) {
        const QPersistentModelIndex reasonIndex = m_variableModel->index(row, DecisionVariableModel::Reason);
        if (!m_variableTable->isVisible() || !reasonIndex.data(Qt::EditRole).toString().isEmpty())
            return;
        QTimer::singleShot(0, m_variableTable, [this, reasonIndex] {
            if (!reasonIndex.isValid())
                return;
            m_variableTable->setCurrentIndex(reasonIndex);
            m_variableTable->edit(reasonIndex);
        });
    });
    m_editors << m_registryReason;
    m_textFields.push_back({m_registryReason, tr("Reason for the registry"), MergeRegistryReason,
                            [this](DecisionEditorState &s) -> QString * {
                                const int row = m_variableModel->registryRow();
                                if (row < 0 || row >= static_cast<int>(s.decision.entries.size()))
                                    return nullptr;
                                return &s.decision.entries[static_cast<size_t>(row)].reason;
                            }});
    return page;
}

void DecisionEditor::buildRegistryTable(QWidget *page)
{
    m_registryModel = new DecisionRegistryModel(*this, this);
    m_registryModel->setRegistries(m_letter.registries);
    m_registryTable = new TableView(page);
    m_registryTable->setObjectName(QStringLiteral("registryTable"));
    m_registryTable->setAccessibleName(tr("Registries"));
    m_registryTable->setModel(m_registryModel);
    m_registryTable->setItemDelegateForColumn(DecisionRegistryModel::Outcome, new OutcomeDelegate(m_registryTable));
    m_registryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_registryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_registryTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_registryTable->setAlternatingRowColors(true);
    m_registryTable->setWordWrap(true);
    m_registryTable->verticalHeader()->hide();
    m_registryTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_registryTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    QHeaderView *header = m_registryTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionRegistryModel::Registry, QHeaderView::Stretch);
    header->setSectionResizeMode(DecisionRegistryModel::Reason, QHeaderView::Stretch);
    m_registryTable->setToolTip(tr("F2 or a double-click changes the outcome, period or reason"));
}

QWidget *DecisionEditor::buildRegistryDetails(QWidget *page)
{
    m_variableModel = new DecisionVariableModel(*this, this);
    m_variableTable = new TableView(page);
    m_variableTable->setObjectName(QStringLiteral("variableTable"));
    m_variableTable->setModel(m_variableModel);
    m_variableTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_variableTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_variableTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_variableTable->verticalHeader()->hide();
    m_variableTable->setTabKeyNavigation(false);
    m_variableTable->horizontalHeader()->setSectionResizeMode(
        DecisionVariableModel::Variable, QHeaderView::ResizeToContents);
    m_variableTable->horizontalHeader()->setStretchLastSection(true);
    m_variablesTitle = new QLabel(page);
    m_variablesTitle->setTextFormat(Qt::RichText);
    m_variablesTitle->setBuddy(m_variableTable);
    m_registryReason = new QPlainTextEdit(page);
    m_registryReason->setObjectName(QStringLiteral("registryReason"));
    m_registryReason->setPlaceholderText(tr("Why the registry is refused, partly granted or forwarded"));
    m_registryReasonTitle = new QLabel(page);
    m_registryReasonTitle->setTextFormat(Qt::RichText);
    m_registryReasonTitle->setBuddy(m_registryReason);

    auto *variables = new QWidget(page);
    auto *vl = new QVBoxLayout(variables);
    vl->setContentsMargins(0, 0, 0, 0);
    vl->addWidget(m_variablesTitle);
    vl->addWidget(hintLabel(tr("Uncheck (space) a variable that is not granted and write why."), variables));
    vl->addWidget(m_variableTable, 1);
    auto *reason = new QWidget(page);
    auto *rl = new QVBoxLayout(reason);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_registryReasonTitle);
    rl->addWidget(m_registryReason, 1);
    auto *details = new QSplitter(Qt::Horizontal, page);
    details->addWidget(variables);
    details->addWidget(reason);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    return details;
}

void DecisionEditor::selectRegistry(int row)
{
    if (row < 0 || row >= m_registryModel->rowCount())
        return;
    m_registryTable->selectionModel()->setCurrentIndex(
        m_registryModel->index(row, DecisionRegistryModel::Outcome),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DecisionEditor::showRegistryDetails()
{
    const int row = m_registryTable->currentIndex().row();
    m_variableModel->setRegistryRow(row);
    const QString name = m_registryModel->registryName(row).toHtmlEscaped();
    m_variablesTitle->setText(tr("<b>&Variables from %1</b>").arg(name));
    m_registryReasonTitle->setText(tr("<b>Reaso&n for %1</b>").arg(name));
    // The titles are rich text: the fields are named by their words alone, not their tags.
    a11y::nameAfter(m_variableTable, m_variablesTitle->text());
    a11y::nameAfter(m_registryReason, m_registryReasonTitle->text());
    const QSignalBlocker block(m_registryReason);
    m_registryReason->setPlainText(row >= 0 ? m_state.decision.entries[static_cast<size_t>(row)].reason : QString());
    m_registryReason->setEnabled(row >= 0);
}

} // namespace fv
