#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class QMenu;
class QMenuBar;
class QWidget;

namespace fv {

class Session;

// The Archive menu: the journal, the restanse list and the Noark 5 extract (with progress).
class ArchiveActions : public QObject
{
    Q_OBJECT
public:
    ArchiveActions(Session &session, QWidget *window);
    QMenu *addMenu(QMenuBar *bar);

    void showJournal(bool restanse);
    // Asks for the period and the folder, then writes the extract with a progress dialog.
    void exportArchive();
    // The extract of the period into `dir`, with progress; the result in words, or the refusal.
    QString exportTo(const QDate &from, const QDate &to, const QString &dir, bool *ok = nullptr);

private:
    Session &m_session;
    QWidget *m_window;
};

} // namespace fv
