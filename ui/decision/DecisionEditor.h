#pragma once

#include "casework/CaseService.h"
#include "decision/DecisionEditorState.h"
#include "decision/Fees.h"
#include "decision/StandardTexts.h"
#include "letters/LetterInput.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListView;
class QPushButton;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUndoStack;

namespace fv {

class DecisionConditionModel;
class DecisionRegistryModel;
class DecisionVariableModel;
class MessageBar;
class PracticePane;
class Session;

// The decision draft editor: on the left the per-registry outcomes with each registry's
// variables, the exemption, legal basis and reasons, the conditions and the fee basis; on the
// right the decision letter as it will read, updated as the caseworker types. Every edit is an
// undoable step; saving goes through DecisionService::saveDraft, so the core's rules hold.
// Approved, submitted and older versions, and users who may not draft, get the same view
// read-only.
class DecisionEditor
    : public QDialog
    , public DecisionEditing
{
    Q_OBJECT
public:
    enum Page { RegistriesPage, TextsPage, ConditionsPage, FeePage, PracticePage };

    // `versionIndex`: which of the case's decisions (oldest first); -1 for the current one.
    DecisionEditor(Session &session, const QString &caseNumber, int versionIndex = -1, QWidget *parent = nullptr);
    ~DecisionEditor() override;

    // DecisionEditing
    const DecisionEditorState &state() const override { return m_state; }
    bool isReadOnly() const override { return m_readOnly; }
    void edit(const QString &what, const std::function<void(DecisionEditorState &)> &change,
              int mergeKey = -1) override;

    bool isModified() const;
    // Saves the draft (false, with the reason shown in the message bar, when refused). Refused
    // because a colleague changed the case meanwhile, it offers reapplyOnNewVersion().
    bool save();
    // Takes the draft as the colleague saved it and puts the caseworker's own changes (those
    // since the editor loaded or last saved) on top; not undoable, as the earlier steps were on
    // a version that is gone. Nothing is saved until they save. Where both changed the same
    // part, the message names it (DecisionEditorReapply.cpp).
    bool reapplyOnNewVersion();
    QString caseNumber() const { return m_caseNumber; }

    // For tests and the screenshot.
    QUndoStack *undoStack() const { return m_undo; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *reapplyButton() const { return m_reapply; }
    QTabWidget *pages() const { return m_pages; }
    QTableView *registryTable() const { return m_registryTable; }
    QTableView *variableTable() const { return m_variableTable; }
    QListView *conditionList() const { return m_conditionList; }
    DecisionRegistryModel *registryModel() const { return m_registryModel; }
    DecisionVariableModel *variableModel() const { return m_variableModel; }
    DecisionConditionModel *conditionModel() const { return m_conditionModel; }
    QPlainTextEdit *reasonsEdit() const { return m_reasons; }
    QDoubleSpinBox *hoursEdit() const { return m_hours; }
    QLabel *feeLabel() const { return m_fee; }
    PracticePane *practicePane() const { return m_practice; }
    // Reads earlier practice for the draft's registries and variables into the pane (done when
    // its page is first shown).
    void loadPractice();
    void selectRegistry(int row);
    // The letter preview as plain text, brought up to date first.
    QString previewText();
    // Asks for a condition's text (Dialogs::text) and adds it after the others.
    void addCustomCondition();

signals:
    // After a successful save: the case changed.
    void saved(const QString &caseNumber);

public slots:
    void reject() override; // asks before unsaved edits are thrown away

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // DecisionEditor.cpp
    Status load(int versionIndex);
    void decideReadOnly(const CaseRecord &record, int index);
    void applyState(const DecisionEditorState &state);
    void buildActions();
    QLayout *buildButtons();
    void updateTitle();
    QStringList missingReasons() const;
    void adoptFitted(const Decision &stored);
    // DecisionEditorReapply.cpp: after a refused save, whether the colleague's draft can take
    // the caseworker's changes (the case moved on and the draft is still a draft).
    void offerReapply();
    void commitOpenCellEditor();
    // Undo merge keys: keystrokes in one field that follow each other make one undo step.
    // A registry's reason merges per registry: MergeRegistryReason + its row.
    enum MergeKey {
        MergeExemptionBasis = 1,
        MergeExemptionReasons,
        MergeLegalBasis,
        MergeReasons,
        MergeHours,
        MergeRegistryReason = 1000,
    };

    // DecisionEditorRegistries.cpp
    static QLabel *hintLabel(const QString &text, QWidget *parent);
    QWidget *buildRegistriesPage();
    void buildRegistryTable(QWidget *page);
    QWidget *buildRegistryDetails(QWidget *page);
    void showRegistryDetails();
    // DecisionEditorPages.cpp
    QWidget *buildTextsPage();
    QWidget *buildConditionsPage();
    QWidget *buildFeePage();
    QToolButton *standardTextButton(QWidget *target, const QStringList &keys);
    void insertStandardText(QWidget *target, const QString &key);
    void connectTextEdits();
    void syncWidgets();
    void moveCondition(int step);
    void removeCondition();
    void setEditable();
    // DecisionEditorPractice.cpp
    QWidget *buildPracticePage();
    int practiceRow(const QString &registry) const;
    QString practiceTarget(const QString &registry) const;
    void reusePracticeReason(const QString &registry, const QString &text, const QString &caseNumber);
    // DecisionEditorPreview.cpp
    QWidget *buildPreview();
    void schedulePreview();
    void updatePreview();
    void updateSummary();
    QString feeText() const;

    Session &m_session;
    QString m_caseNumber;
    DecisionEditorState m_state;
    std::optional<qint64> m_rowVersion;
    Decision m_base; // the draft as loaded or last saved: what the caseworker's changes are changes of
    bool m_readOnly = true;
    bool m_applying = false;
    LetterInput m_letter; // the letter around the decision (application, names, settings)
    std::optional<PriceTable> m_prices;
    Application m_application;

    QUndoStack *m_undo;
    MessageBar *m_messages;
    QLabel *m_summary = nullptr;
    QTabWidget *m_pages = nullptr;
    DecisionRegistryModel *m_registryModel = nullptr;
    DecisionVariableModel *m_variableModel = nullptr;
    DecisionConditionModel *m_conditionModel = nullptr;
    QTableView *m_registryTable = nullptr;
    QLabel *m_variablesTitle = nullptr;
    QTableView *m_variableTable = nullptr;
    QLabel *m_registryReasonTitle = nullptr;
    QPlainTextEdit *m_registryReason = nullptr;
    QCheckBox *m_exemptionNeeded = nullptr;
    QComboBox *m_exemptionGranted = nullptr;
    QLineEdit *m_exemptionBasis = nullptr;
    QPlainTextEdit *m_exemptionReasons = nullptr;
    QPlainTextEdit *m_legalBasis = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QListView *m_conditionList = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QComboBox *m_feeExemption = nullptr;
    QLabel *m_fee = nullptr;
    QLabel *m_previewTitle = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    QAction *m_saveAction = nullptr;
    QPushButton *m_reapply = nullptr; // shown after a save refused for a colleague's change
    PracticePane *m_practice = nullptr;
    bool m_practiceLoaded = false;
    QList<QWidget *> m_editors; // every input, enabled only when the draft may be edited

    // A free-text field of the decision: its widget and where its text lives in the state.
    struct TextField
    {
        QWidget *widget; // QPlainTextEdit or QLineEdit
        QString what;    // the undo step's name
        int mergeKey;
        std::function<QString *(DecisionEditorState &)> text; // nullptr when there is none
    };
    std::vector<TextField> m_textFields;
};

} // namespace fv
