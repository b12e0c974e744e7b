// Manual registration of an application received by letter or e-mail, and editing a case's
// application until a decision is drafted: both through ApplicationForm.
#include "MainWindow.h"
#include "Session.h"
#include "application/ApplicationForm.h"
#include "casework/CaseView.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QStatusBar>
#include <QStyle>

namespace fv {

void MainWindow::buildIntakeActions()
{
    m_registerManually = new QAction(tr("&Register application manually…"), this);
    m_registerManually->setObjectName(QStringLiteral("registerManually"));
    m_registerManually->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_registerManually->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_registerManually->setToolTip(tr("Register an application received by letter or e-mail"));
    connect(m_registerManually, &QAction::triggered, this, &MainWindow::registerApplicationManually);

    m_editApplication = new QAction(tr("&Edit application…"), this);
    m_editApplication->setObjectName(QStringLiteral("editApplication"));
    connect(m_editApplication, &QAction::triggered, this, &MainWindow::editApplication);
}

void MainWindow::updateIntakeActions()
{
    const bool open = m_session.isOpen();
    const bool mayWrite = open && !m_session.database().isReadOnly()
        && (m_session.user().has(Role::Adviser) || m_session.user().has(Role::Lawyer)
            || m_session.user().has(Role::Admin));
    m_registerManually->setEnabled(mayWrite);
    const auto &rec = m_caseView->currentCase();
    const bool editable = rec && applicationEditable(rec->summary.status, rec->currentDecision() != nullptr).ok();
    m_editApplication->setEnabled(mayWrite && editable);
    m_editApplication->setToolTip(
        editable || !rec ? tr("Correct or complete the application of this case")
                         : tr("The application can only be changed until a decision is drafted"));
}

void MainWindow::registerApplicationManually()
{
    ApplicationForm form(m_session, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const QString number = form.savedCase();
    m_messages->hide();
    m_session.notifyCasesChanged();
    openCase(number);
    statusBar()->showMessage(tr("Application registered as case %1").arg(number), 6000);
}

void MainWindow::editApplication()
{
    const QString number = selectedCase();
    auto rec = m_session.cases().load(number);
    if (!rec) {
        m_messages->show(MessageBar::Kind::Error, rec.error().toString());
        return;
    }
    ApplicationForm form(m_session, rec.value(), this);
    if (form.exec() != QDialog::Accepted)
        return;
    m_messages->hide();
    m_session.notifyCasesChanged();
    selectCase(number);
    m_caseView->showTab(CaseView::ApplicationTab);
    statusBar()->showMessage(tr("Application in case %1 saved").arg(number), 6000);
}

} // namespace fv
