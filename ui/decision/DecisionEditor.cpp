#include "decision/DecisionEditor.h"

#include "Clock.h"
#include "Permission.h"
#include "Session.h"
#include "decision/DecisionEditorCommand.h"
#include "decision/DecisionEditorModels.h"
#include "decision/DecisionEntryModel.h"
#include "decision/DecisionService.h"
#include "help/HelpWindow.h"
#include "letters/LetterService.h"
#include "widgets/Accessibility.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fv {

DecisionEditor::DecisionEditor(Session &session, const QString &caseNumber, int versionIndex, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseNumber(caseNumber)
    , m_undo(new QUndoStack(this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("decisionEditor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    const Status loaded = load(versionIndex);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("decisionPages"));
    const auto topic = [](QWidget *page, const char *section) {
        return setHelpTopic(page, QStringLiteral("05-decision#") + QLatin1String(section));
    };
    setHelpTopic(this, QStringLiteral("05-decision#editor"));
    m_pages->addTab(topic(buildRegistriesPage(), "editor-registries"), tr("&Registries and variables"));
    m_pages->addTab(topic(a11y::scrollable(buildTextsPage()), "editor-texts"), tr("E&xemption and reasons"));
    m_pages->addTab(topic(buildConditionsPage(), "editor-conditions"), tr("&Conditions"));
    m_pages->addTab(topic(buildFeePage(), "editor-fee"), tr("&Fee"));
    m_pages->addTab(topic(buildPracticePage(), "editor-practice"), tr("Earlier &practice"));

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 11);
    splitter->setStretchFactor(1, 9);
    // The letter needs about an A4 body's width (16 cm) to read as it will print.
    splitter->setSizes({720, 680});

    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buildButtons());

    if (!loaded)
        m_messages->show(MessageBar::Kind::Error, loaded.error().toString());
    connectTextEdits();
    a11y::tabMovesFocusIn(this);
    setEditable();
    m_registryModel->refresh();
    selectRegistry(0);
    syncWidgets();
    updateSummary();
    updatePreview();
    connect(m_undo, &QUndoStack::cleanChanged, this, &DecisionEditor::updateTitle);
    updateTitle();
    a11y::resizeWithin(this, QSize(1400, 900));
}

QLayout *DecisionEditor::buildButtons()
{
    // Buttons with a steady label; the tooltip names the step they undo or redo.
    auto *undoButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    auto *redoButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Re&do"), this);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoButton,
            [undoButton](const QString &step) { undoButton->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(step)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redoButton,
            [redoButton](const QString &step) { redoButton->setToolTip(tr("Redo: %1 (Ctrl+Shift+Z)").arg(step)); });
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    undoButton->setVisible(!m_readOnly);
    redoButton->setVisible(!m_readOnly);
    auto *saveButton = new QPushButton(m_saveAction->icon(), tr("&Save draft"), this);
    saveButton->setObjectName(QStringLiteral("saveDecision"));
    saveButton->setToolTip(tr("Save the draft (Ctrl+S)"));
    connect(saveButton, &QPushButton::clicked, this, &DecisionEditor::save);
    saveButton->setVisible(!m_readOnly);
    auto *closeButton = new QPushButton(tr("C&lose"), this);
    connect(closeButton, &QPushButton::clicked, this, &DecisionEditor::reject);
    m_reapply = new QPushButton(tr("Appl&y my changes to the new version"), this);
    m_reapply->setObjectName(QStringLiteral("reapplyDecision"));
    m_reapply->setToolTip(tr("Load the draft as your colleague saved it and put your own changes on top of it; "
                             "nothing is saved until you save"));
    m_reapply->hide();
    connect(m_reapply, &QPushButton::clicked, this, &DecisionEditor::reapplyOnNewVersion);
    for (QPushButton *b : {undoButton, redoButton, m_reapply, saveButton, closeButton})
        b->setAutoDefault(false); // Enter in a text field must never save or close

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch();
    buttons->addWidget(m_reapply);
    buttons->addWidget(saveButton);
    buttons->addWidget(closeButton);

    return buttons;
}

DecisionEditor::~DecisionEditor()
{
    // An open cell editor commits when it loses the focus, which the dialog's own teardown
    // would cause after this part of it is gone: let it commit now, while the editor is whole.
    commitOpenCellEditor();
    if (isVisible())
        setVisible(false);
    // ~QWidget deletes the children while this part of the object is already gone: their
    // last signals (selection cleared, text emptied) must not reach the editor's slots.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

Status DecisionEditor::load(int versionIndex)
{
    auto rec = m_session.cases().load(m_caseNumber);
    if (!rec)
        return rec.error();
    m_application = rec->application;
    const int count = static_cast<int>(rec->decisions.size());
    if (count == 0)
        return fail(tr("case %1 has no decision yet; make a draft first (Ctrl+D)").arg(m_caseNumber), m_caseNumber);
    const int index = versionIndex < 0 || versionIndex >= count ? count - 1 : versionIndex;
    m_state.decision = rec->decisions[static_cast<size_t>(index)];
    m_rowVersion = rec->rowVersion;
    m_base = m_state.decision;
    LetterService letters(m_session.cases());
    auto input = letters.input(m_caseNumber, LetterKind::Decision);
    if (!input)
        return input.error();
    m_letter = std::move(input.value());
    // An older version is shown as it was: its own drafter and approver.
    m_letter.drafterName = m_state.decision.draftedByName;
    m_letter.approverName = m_state.decision.approvedByName;
    m_letter.draft = m_state.decision.status != DecisionStatus::Approved;
    if (auto prices = PriceTables::on(m_session.database(), today()))
        m_prices = prices.value();
    decideReadOnly(rec.value(), index);
    return ok();
}

void DecisionEditor::decideReadOnly(const CaseRecord &record, int index)
{
    const Decision &d = m_state.decision;
    QString why;
    if (index != static_cast<int>(record.decisions.size()) - 1)
        why = tr("This is version %1, kept for the record; it can only be read.").arg(d.version);
    else if (d.status == DecisionStatus::Submitted)
        why = tr("The draft is waiting for approval and can no longer be edited; the decision-maker can return it.");
    else if (d.status == DecisionStatus::Approved)
        why = tr("This decision is approved and locked; it can only be read.");
    else if (d.status == DecisionStatus::Superseded)
        why = tr("This decision has been replaced by a later one; it can only be read.");
    else if (Status may = permitted(Action::EditDecision, m_session, &record); !may)
        why = may.error().message;
    m_readOnly = !why.isEmpty();
    if (m_readOnly)
        m_messages->show(MessageBar::Kind::Information, why);
}

void DecisionEditor::buildActions()
{
    QAction *undo = m_undo->createUndoAction(m_undo, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_undo->createRedoAction(m_undo, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_saveAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save draft"), this);
    m_saveAction->setObjectName(QStringLiteral("saveDraft"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(!m_readOnly);
    connect(m_saveAction, &QAction::triggered, this, &DecisionEditor::save);
    addActions({undo, redo, m_saveAction});
}

void DecisionEditor::edit(const QString &what, const std::function<void(DecisionEditorState &)> &change, int mergeKey)
{
    if (m_readOnly || m_applying)
        return;
    DecisionEditorState after = m_state;
    change(after);
    m_undo->push(new DecisionEditCommand(
        [this](const DecisionEditorState &s) { applyState(s); }, m_state, std::move(after), what, mergeKey));
}

void DecisionEditor::applyState(const DecisionEditorState &state)
{
    m_applying = true;
    m_state = state;
    m_registryModel->refresh();
    m_variableModel->refresh();
    m_conditionModel->refresh();
    syncWidgets();
    m_applying = false;
    updateSummary();
    schedulePreview();
}

// A table cell being typed in commits when it loses the focus; saving or closing first moves the
// focus to its table, so what the caseworker typed counts.
void DecisionEditor::commitOpenCellEditor()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return;
    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *>{m_registryTable, m_variableTable, m_conditionList})
        if (view->viewport()->isAncestorOf(focus))
            view->setFocus();
}

bool DecisionEditor::isModified() const
{
    return !m_undo->isClean();
}

bool DecisionEditor::save()
{
    if (m_readOnly) {
        m_messages->show(
            MessageBar::Kind::Error, tr("This decision cannot be changed here: %1").arg(m_messages->text()));
        return false;
    }
    commitOpenCellEditor();
    DecisionService decisions(m_session.cases());
    const Status s = decisions.saveDraft(m_caseNumber, m_state.decision, m_rowVersion);
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        offerReapply();
        return false;
    }
    // The next save must build on this one: remember the case's new row version.
    m_reapply->hide();
    if (auto rec = m_session.cases().load(m_caseNumber)) {
        m_rowVersion = rec->rowVersion;
        if (const Decision *stored = rec->currentDecision()) {
            m_base = *stored;
            adoptFitted(*stored);
        }
    }
    m_undo->setClean();
    const QStringList missing = missingReasons();
    if (missing.isEmpty())
        m_messages->show(MessageBar::Kind::Information, tr("The draft of %1 is saved.").arg(m_caseNumber));
    else
        m_messages->show(
            MessageBar::Kind::Warning,
            tr("The draft is saved, but the letter gives no reason for: %1.").arg(missing.join(QStringLiteral("; "))));
    emit saved(m_caseNumber);
    return true;
}

// Saving fits a decision to its outcomes (one that grants nothing has no exemption and no
// conditions, and its standard texts speak of a refusal): show what was stored, as one undo step.
void DecisionEditor::adoptFitted(const Decision &stored)
{
    const Decision &mine = m_state.decision;
    const bool conditionsDiffer = stored.conditions.size() != mine.conditions.size()
        || !std::equal(stored.conditions.begin(), stored.conditions.end(), mine.conditions.begin(),
                       [](const Condition &a, const Condition &b) { return a.code == b.code && a.text == b.text; });
    if (!conditionsDiffer && stored.reasons == mine.reasons && stored.legalBasis == mine.legalBasis
        && stored.exemption.granted == mine.exemption.granted && stored.exemption.reasons == mine.exemption.reasons)
        return;
    edit(tr("Fit the decision to its outcomes"), [&stored](DecisionEditorState &s) {
        s.decision.reasons = stored.reasons;
        s.decision.legalBasis = stored.legalBasis;
        s.decision.exemption.granted = stored.exemption.granted;
        s.decision.exemption.reasons = stored.exemption.reasons;
        s.decision.conditions = stored.conditions;
    });
}

// What the letter must explain (fvl § 25) but the draft does not yet.
QStringList DecisionEditor::missingReasons() const
{
    QStringList missing;
    const auto &entries = m_state.decision.entries;
    for (size_t i = 0; i < entries.size(); ++i) {
        const RegistryDecision &e = entries[i];
        const QString name = m_registryModel->registryName(static_cast<int>(i));
        if ((e.outcome == Outcome::Refused || e.outcome == Outcome::Forwarded) && e.reason.trimmed().isEmpty())
            missing << tr("%1 is %2").arg(name, DecisionEntryModel::outcomeName(e.outcome).toLower());
        for (const VariableDecision &v : e.variables)
            if (!v.approved && v.reason.trimmed().isEmpty())
                missing << tr("the variable %1 in %2").arg(v.name, e.registry);
    }
    return missing;
}

void DecisionEditor::updateTitle()
{
    const QString status = m_readOnly ? tr("read only") : tr("draft");
    setWindowTitle(
        tr("Decision in case %1, version %2 (%3)[*]").arg(m_caseNumber).arg(m_state.decision.version).arg(status));
    setWindowModified(isModified());
}

void DecisionEditor::reject()
{
    commitOpenCellEditor();
    if (isModified()
        && !Dialogs::confirm(
            this, tr("Unsaved changes"),
            tr("The draft of %1 has changes that are not saved. Close and throw them away?").arg(m_caseNumber)))
        return;
    QDialog::reject();
}

// Ctrl+Z in a text field undoes the editor's last step, not the field's own typing, so there is
// one undo history for the whole draft.
bool DecisionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || pressed == QKeySequence(tr("Ctrl+Shift+Z")) || pressed == QKeySequence(tr("Ctrl+Y"))) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace fv
