#include "archive/ArchiveActions.h"

#include "Clock.h"
#include "Session.h"
#include "archive/ArchiveExport.h"
#include "archive/JournalWindow.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>

namespace fv {

ArchiveActions::ArchiveActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

QMenu *ArchiveActions::addMenu(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("Arch&ive"));
    menu->setObjectName(QStringLiteral("archiveMenu"));
    menu->addAction(tr("&Journal…"), this, [this] { showJournal(false); })
        ->setObjectName(QStringLiteral("showJournal"));
    menu->addAction(tr("&Restanse list…"), this, [this] { showJournal(true); })
        ->setObjectName(QStringLiteral("showRestanse"));
    menu->addSeparator();
    menu->addAction(tr("&Export archive extract…"), this, &ArchiveActions::exportArchive)
        ->setObjectName(QStringLiteral("exportArchive"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        for (QAction *a : menu->actions())
            a->setEnabled(m_session.isOpen());
    });
    return menu;
}

void ArchiveActions::showJournal(bool restanse)
{
    if (!m_session.isOpen())
        return;
    auto *w = new JournalWindow(m_session, restanse, m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

void ArchiveActions::exportArchive()
{
    if (!m_session.isOpen())
        return;
    QDialog ask(m_window);
    ask.setWindowTitle(tr("Export archive extract"));
    auto *from = new QDateEdit(QDate(today().year() - 1, 1, 1), &ask);
    auto *to = new QDateEdit(QDate(today().year() - 1, 12, 31), &ask);
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("Closed cases created from:"), from);
    form->addRow(tr("to:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    Dialogs::fitTitle(ask);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString dir = Dialogs::directory(m_window, tr("A new or empty folder for the extract"));
    if (dir.isEmpty())
        return;
    bool ok = false;
    const QString result = exportTo(from->date(), to->date(), dir, &ok);
    if (ok)
        QMessageBox::information(m_window, tr("Archive extract"), result);
    else
        QMessageBox::warning(m_window, tr("Archive extract"), result);
}

QString ArchiveActions::exportTo(const QDate &from, const QDate &to, const QString &dir, bool *ok)
{
    QProgressDialog progress(tr("Writing the Noark 5 extract…"), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("archiveProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto summary = ArchiveExport(m_session.cases()).write(from, to, dir, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 100 / total) : 100);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (ok)
        *ok = summary.ok();
    if (!summary)
        return summary.error().toString();
    QString said = tr("%1 closed cases, %2 journal entries and %3 documents were written to %4.")
                       .arg(summary->cases)
                       .arg(summary->entries)
                       .arg(summary->documents)
                       .arg(dir);
    // What could not be archived is said, never dropped silently.
    if (!summary->notArchived.isEmpty())
        said += QLatin1Char('\n')
            + tr("Left out, not in a format the national archive accepts:\n%1")
                  .arg(summary->notArchived.join(QLatin1Char('\n')));
    return said;
}

} // namespace fv
