// The File menu's safety net: back up, restore and check the case database, and the banner
// that says when the database is open read-only.
#include "MainWindow.h"
#include "Session.h"
#include "storage/Backup.h"
#include "storage/Check.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace fv {

void MainWindow::addMaintenanceActions(QMenu *file)
{
    const auto add = [&](const QString &name, const QString &text, void (MainWindow::*slot)()) {
        QAction *a = file->addAction(text, this, slot);
        a->setObjectName(name);
        return a;
    };
    add(QStringLiteral("backupDatabase"), tr("&Back up database…"), &MainWindow::backupDatabase)
        ->setStatusTip(tr("A consistent copy of the case database, also while others are working in it"));
    add(QStringLiteral("restoreDatabase"), tr("Res&tore database from backup…"), &MainWindow::restoreDatabase)
        ->setStatusTip(tr("Put a checked backup in place of the case database (administrators)"));
    add(QStringLiteral("checkDatabase"), tr("&Check database"), &MainWindow::checkDatabase)
        ->setStatusTip(tr("Integrity, audit trail and every case whole"));
}

void MainWindow::showDatabaseState()
{
    if (m_session.isOpen() && m_session.database().isReadOnly())
        m_messages->show(
            MessageBar::Kind::Warning,
            tr("This database is open read-only, because the file is write-protected: you can read "
               "cases and print letters, but not change anything. Ask for write access to %1 to work "
               "in it.")
                .arg(m_session.path()));
}

void MainWindow::backupDatabase()
{
    if (!m_session.isOpen())
        return;
    const QFileInfo db(m_session.path());
    const QString suggested = db.absoluteDir().filePath(
        QStringLiteral("%1-%2.bak").arg(db.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = Dialogs::saveFileName(this, tr("Back up database"), suggested, tr("Backups (*.bak)"));
    if (path.isEmpty())
        return;
    auto info = fv::backupDatabase(m_session.database(), path);
    if (!info) {
        m_messages->show(MessageBar::Kind::Error, info.error().toString());
        return;
    }
    m_messages->show(
        MessageBar::Kind::Information,
        tr("Backup written to %1: %n case(s); only you can read the file.", nullptr, static_cast<int>(info->cases))
            .arg(info->path));
}

void MainWindow::restoreDatabase()
{
    if (!m_session.isOpen())
        return;
    const QString file = Dialogs::openFileName(
        this, tr("Restore database from backup"), tr("Backups (*.bak *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    const QString path = m_session.path();
    if (!Dialogs::confirm(
            this, tr("Restore database"),
            tr("Replace the case database %1 with the backup %2?\n\nWork recorded after the backup "
               "was taken is replaced; the current database is kept as a copy beside it. Everyone "
               "else must close Fellesvedtak on this database first.")
                .arg(QFileInfo(path).fileName(), QFileInfo(file).fileName())))
        return;
    const QString login = m_session.user().login;
    m_session.close(); // the restore needs the database to itself
    auto restored = fv::restoreDatabase(file, path, login);
    const Status reopened = m_session.open(path);
    if (!restored) {
        m_messages->show(MessageBar::Kind::Error, restored.error().toString());
        return;
    }
    if (!reopened) {
        m_messages->show(MessageBar::Kind::Error, reopened.error().toString());
        return;
    }
    m_messages->show(MessageBar::Kind::Information,
                     tr("Restored from %1: %n case(s). The database it replaced is kept as %2.", nullptr,
                        static_cast<int>(restored->restored.cases))
                         .arg(QFileInfo(file).fileName(), restored->previousCopy));
}

void MainWindow::checkDatabase()
{
    if (!m_session.isOpen())
        return;
    auto report = fv::checkDatabase(m_session.database());
    if (!report) {
        m_messages->show(MessageBar::Kind::Error, report.error().toString());
        return;
    }
    if (report->ok()) {
        m_messages->show(
            MessageBar::Kind::Information,
            tr("The database is in order: the file is intact, the audit trail of %1 events is unbroken "
               "and all %n case(s) are whole.",
               nullptr, static_cast<int>(report->cases))
                .arg(report->events));
        return;
    }
    const QStringList shown = report->problems.mid(0, 8);
    m_messages->show(MessageBar::Kind::Error,
                     tr("The check found %n problem(s):", nullptr, static_cast<int>(report->problems.size()))
                         + QLatin1Char('\n') + shown.join(QLatin1Char('\n')) + QLatin1Char('\n')
                         + tr("Restore the last good backup (File → Restore database from backup…)."));
}

} // namespace fv
