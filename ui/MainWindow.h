#pragma once

#include "Result.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace fv {

class CaseListModel;
class CaseView;
class MessageBar;
class Session;

// The caseworker's main window: the case list on the left, the chosen case on the right,
// and the actions the case's status and the user's roles allow.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    // For tests and the README screenshot.
    QTableView *caseTable() const { return m_table; }
    CaseView *caseView() const { return m_caseView; }
    MessageBar *messageBar() const { return m_messages; }
    bool selectCase(const QString &caseNumber);
    // Opens a case where the work is: its decision once there is one.
    bool openCase(const QString &caseNumber);
    QString selectedCase() const;
    QAction *action(const QString &objectName) const;

public slots:
    void refresh();

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    void updateActions();
    void showSelectedCase();
    void report(const Status &status, const QString &doneText);

    void newDatabase();
    void newDemoDatabase();
    void openDatabase();
    void importApplications();
    void draftDecision();
    void submitDecision();
    void approveDecision();
    void returnDecision();
    void printLetter();
    void saveLetterPdf();
    void setLanguage(const QString &code);
    void about();

    Session &m_session;
    CaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    CaseView *m_caseView;
    MessageBar *m_messages;
    QLabel *m_userLabel;

    QAction *m_newDb = nullptr;
    QAction *m_newDemo = nullptr;
    QAction *m_openDb = nullptr;
    QAction *m_import = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_draft = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_return = nullptr;
    QAction *m_print = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_langNb = nullptr;
    QAction *m_langEn = nullptr;
    QAction *m_about = nullptr;
};

} // namespace fv
