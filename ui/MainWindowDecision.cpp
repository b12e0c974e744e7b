// The decision editor and the versions of a decision, and the catalogues a decision draws on
// (standard conditions, prices) in the Administration menu.
#include "MainWindow.h"
#include "Permission.h"
#include "Session.h"
#include "casework/CaseView.h"
#include "decision/ConditionLibraryDialog.h"
#include "decision/DecisionEditor.h"
#include "decision/DecisionVersionsView.h"
#include "decision/PriceTableDialog.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>

namespace fv {

void MainWindow::buildDecisionActions()
{
    m_editDecision = new QAction(
        style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Edit decision draft…"), this);
    m_editDecision->setObjectName(QStringLiteral("editDecision"));
    m_editDecision->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_editDecision, &QAction::triggered, this, &MainWindow::editDecision);
    m_conditionLibrary = new QAction(tr("Standard &conditions…"), this);
    m_conditionLibrary->setObjectName(QStringLiteral("conditionLibrary"));
    connect(m_conditionLibrary, &QAction::triggered, this, &MainWindow::showConditionLibrary);
    m_priceTables = new QAction(tr("&Prices…"), this);
    m_priceTables->setObjectName(QStringLiteral("priceTables"));
    connect(m_priceTables, &QAction::triggered, this, &MainWindow::showPriceTables);
    connect(m_caseView->decisionVersions(), &DecisionVersionsView::versionActivated, this,
            &MainWindow::showDecisionVersion);
}

void MainWindow::updateDecisionActions()
{
    const bool open = m_session.isOpen();
    const auto &rec = m_caseView->currentCase();
    const Decision *d = rec ? rec->currentDecision() : nullptr;
    Status edit = permitted(Action::EditDecision, m_session, rec ? &*rec : nullptr);
    if (!rec)
        edit = fail(tr("Choose a case in the list."));
    else if (!d)
        edit = fail(tr("There is no decision draft yet (Ctrl+D makes one)"));
    applyPermission(m_editDecision, edit, tr("Edit the outcomes, texts, conditions and fee of the draft (Ctrl+E)"));
    m_conditionLibrary->setEnabled(open);
    m_priceTables->setEnabled(open);
}

void MainWindow::editDecision()
{
    openDecisionEditor(-1);
}

void MainWindow::showDecisionVersion(int index)
{
    openDecisionEditor(index);
}

void MainWindow::openDecisionEditor(int versionIndex)
{
    const QString number = selectedCase();
    if (number.isEmpty() || !m_session.isOpen())
        return;
    auto *editor = new DecisionEditor(m_session, number, versionIndex, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->addAction(m_help); // F1 opens the guide's decision chapter over the modal editor
    if (const QScreen *s = screen())
        editor->resize(editor->size().boundedTo(s->availableGeometry().size() * 0.96));
    connect(editor, &DecisionEditor::saved, this, [this](const QString &caseNumber) {
        m_messages->hide();
        m_session.notifyCasesChanged();
        statusBar()->showMessage(tr("Decision draft in %1 saved").arg(caseNumber), 6000);
    });
    editor->show();
}

void MainWindow::showConditionLibrary()
{
    ConditionLibraryDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showPriceTables()
{
    PriceTableDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace fv
