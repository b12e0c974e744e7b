// Attachments of the selected case: attach the file behind a listed attachment, open one.
#include "MainWindow.h"
#include "Session.h"
#include "application/Attachments.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/PrivateCopy.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QUrl>

namespace fv {

void MainWindow::attachFile(const QString &fileName)
{
    const QString path = Dialogs::openFileName(this, tr("Attach %1 (never health data)").arg(fileName),
                                               tr("Documents (*.pdf *.docx *.odt *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_messages->show(MessageBar::Kind::Error, tr("%1: cannot read the file: %2").arg(path, f.errorString()));
        return;
    }
    if (f.size() > Attachments::maxBytes) {
        m_messages->show(
            MessageBar::Kind::Error, tr("%1: the file is larger than the 20 MB limit for attachments").arg(path));
        return;
    }
    auto info = Attachments(m_session.cases()).attach(selectedCase(), path, f.readAll());
    if (!info) {
        m_messages->show(MessageBar::Kind::Error, info.error().toString());
        return;
    }
    statusBar()->showMessage(tr("%1 attached; its SHA-256 matches the application").arg(info->fileName), 6000);
    m_session.notifyCasesChanged();
}

void MainWindow::openAttachment(const QString &fileName)
{
    const QString number = selectedCase();
    auto bytes = Attachments(m_session.cases()).content(number, fileName);
    if (!bytes) {
        m_messages->show(MessageBar::Kind::Error, bytes.error().toString());
        return;
    }
    auto copy = writePrivateCopy(number, fileName, bytes.value());
    if (!copy) {
        m_messages->show(MessageBar::Kind::Error, copy.error().toString());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy.value())))
        m_messages->show(MessageBar::Kind::Warning,
                         tr("No program to open %1; a copy is in %2").arg(fileName, QFileInfo(copy.value()).path()));
}

} // namespace fv
