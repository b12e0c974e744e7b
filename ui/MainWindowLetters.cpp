// Letters as sent: send one for the current case, send every waiting decision letter into a
// folder, open a sent document, and the letter templates in the Administration menu.
#include "MainWindow.h"
#include "Permission.h"
#include "Session.h"
#include "casework/CaseView.h"
#include "letters/DocumentService.h"
#include "letters/LetterChoice.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterTemplateDialog.h"
#include "storage/SafeFile.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/PrivateCopy.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUrl>

namespace fv {

void MainWindow::buildLetterActions()
{
    m_sendLetter = new QAction(tr("Send &letter…"), this);
    m_sendLetter->setObjectName(QStringLiteral("sendLetter"));
    m_sendLetter->setToolTip(tr("Send a letter in this case: it is stored as a case document, exactly as sent"));
    connect(m_sendLetter, &QAction::triggered, this, &MainWindow::sendLetter);
    m_sendWaiting = new QAction(tr("Send &waiting letters…"), this);
    m_sendWaiting->setObjectName(QStringLiteral("sendWaitingLetters"));
    m_sendWaiting->setToolTip(tr("Send the letter of every approved decision not yet sent, and save the PDFs in a "
                                 "folder"));
    connect(m_sendWaiting, &QAction::triggered, this, &MainWindow::sendWaitingLetters);
    m_letterTemplates = new QAction(tr("Letter &templates…"), this);
    m_letterTemplates->setObjectName(QStringLiteral("letterTemplates"));
    connect(m_letterTemplates, &QAction::triggered, this, &MainWindow::showLetterTemplates);
}

void MainWindow::updateLetterActions()
{
    const bool open = m_session.isOpen();
    const auto &rec = m_caseView->currentCase();
    applyPermission(
        m_sendLetter,
        rec ? permitted(Action::SendLetter, m_session, &*rec) : Status(fail(tr("Choose a case in the list."))),
        tr("Send a letter in this case: it is stored as a case document, exactly as sent"));
    applyPermission(m_sendWaiting, permitted(Action::SendLetter, m_session),
                    tr("Send the letter of every approved decision not yet sent, and save the PDFs in a folder"));
    m_letterTemplates->setEnabled(open);
}

void MainWindow::sendLetter()
{
    const auto &rec = m_caseView->currentCase();
    if (!rec)
        return;
    const QString number = rec->summary.caseNumber;
    const auto choice = askLetterChoice(this, tr("Send letter in %1").arg(number), rec->application.language);
    if (!choice)
        return;
    // The core refuses a letter that makes no sense now (letterMakesSense()): its words are shown.
    // A registry notice goes to every registry manager that delivers, one document each.
    SendOptions options;
    options.language = choice->language;
    options.delayReason = choice->delayReason;
    // Case texts in another language than the letter's: the caseworker confirms (the event records it).
    if (auto warning = languageWarning(*rec, choice->kind, choice->language, choice->delayReason)) {
        warning->replace(0, 1, warning->left(1).toUpper());
        if (!Dialogs::confirm(
                this, tr("Send letter in %1").arg(number), tr("%1.\n\nSend the letter anyway?").arg(*warning)))
            return;
        options.despiteLanguage = true;
    }
    auto sent = DocumentService(m_session.cases()).sendWith(number, choice->kind, options);
    if (!sent) {
        m_messages->show(MessageBar::Kind::Error, sent.error().toString());
        return;
    }
    QStringList references;
    for (const SentLetter &letter : sent.value())
        references << letter.reference();
    report(ok(),
           tr("%1 sent and stored as document %2")
               .arg(letterKindName(choice->kind), references.join(QStringLiteral(", "))));
}

void MainWindow::sendWaitingLetters()
{
    DocumentService documents(m_session.cases());
    auto waiting = documents.waitingDecisionLetters();
    if (!waiting || waiting->isEmpty()) {
        m_messages->show(waiting ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                         waiting ? tr("No decision letters are waiting to be sent.") : waiting.error().toString());
        return;
    }
    const QString folder = Dialogs::directory(
        this, tr("Send %n waiting letter(s): folder for the PDF files", nullptr, static_cast<int>(waiting->size())));
    if (folder.isEmpty())
        return;
    QProgressDialog progress(tr("Sending decision letters…"), tr("Stop"), 0, static_cast<int>(waiting->size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QStringList notSaved;
    const BatchResult result = documents.sendWaiting([&](int done, int total, const Result<SentLetter> &letter) {
        if (letter && !writeFileAtomically(QDir(folder).filePath(letter->fileName()), letter->pdf))
            notSaved << letter->reference();
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    QString text = tr("%n letter(s) sent and saved in %1.", nullptr, static_cast<int>(result.sent.size())).arg(folder);
    if (result.cancelled)
        text += QLatin1Char(' ') + tr("Stopped; the letters sent so far stay sent.");
    if (!notSaved.isEmpty())
        text += QLatin1Char(' ')
            + tr("Could not save %1 (they are stored in the case; open them there).")
                  .arg(notSaved.join(QStringLiteral(", ")));
    for (const Error &e : result.failed)
        text += QLatin1Char(' ') + tr("Not sent: %1.").arg(e.toString());
    const bool clean = result.failed.empty() && notSaved.isEmpty();
    m_messages->show(clean ? MessageBar::Kind::Information : MessageBar::Kind::Warning, text);
    m_session.notifyCasesChanged();
}

int MainWindow::sentDecisionLetter(const QString &caseNumber)
{
    auto rec = m_session.cases().load(caseNumber);
    if (!rec)
        return 0;
    int sent = 0;
    for (const StoredDocument &d : rec->documents)
        if (d.kind == QLatin1String("decision"))
            sent = d.number;
    return sent;
}

void MainWindow::openDocument(int documentNumber)
{
    const QString number = selectedCase();
    auto bytes = DocumentService(m_session.cases()).content(number, QString::number(documentNumber));
    if (!bytes) {
        m_messages->show(MessageBar::Kind::Error, bytes.error().toString());
        return;
    }
    auto copy = writePrivateCopy(
        number,
        QStringLiteral("%1-%2.pdf")
            .arg(QString(number).replace(QLatin1Char('/'), QLatin1Char('-')))
            .arg(documentNumber),
        bytes.value());
    if (!copy) {
        m_messages->show(MessageBar::Kind::Error, copy.error().toString());
        return;
    }
    const QString path = copy.value();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        // No viewer: offer to save it instead.
        const QString target = Dialogs::saveFileName(
            this, tr("Save document"), QFileInfo(path).fileName(), tr("PDF files (*.pdf)"));
        if (!target.isEmpty()) {
            if (auto s = writeFileAtomically(target, bytes.value()); !s)
                m_messages->show(MessageBar::Kind::Error, s.error().toString());
            else
                statusBar()->showMessage(tr("Saved %1").arg(target), 6000);
        }
    }
}

void MainWindow::showLetterTemplates()
{
    LetterTemplateDialog dialog(m_session, selectedCase(), this);
    dialog.exec();
}

} // namespace fv
