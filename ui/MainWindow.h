#pragma once

#include "Result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace fv {

class CaseActions;
struct CaseRecord;
class CaseListModel;
class CaseView;
class CurrentCase;
class HelpWindow;
class MessageBar;
class Session;
class StatisticsView;
class WelcomePage;
class WorkQueueView;

// The caseworker's main window: the work queue and the case list, the current case in the detail
// pane beside them, and the actions the rule book allows on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    // For tests and the README screenshot.
    QTableView *caseTable() const { return m_table; }
    CaseView *caseView() const { return m_caseView; }
    MessageBar *messageBar() const { return m_messages; }
    // Makes the case current and shows it on the cases page.
    bool selectCase(const QString &caseNumber);
    // Opens a case where the work is: its decision once there is one.
    bool openCase(const QString &caseNumber);
    // The current case (CurrentCase): what the detail pane shows and every action acts on.
    QString selectedCase() const;
    CurrentCase *currentCase() const { return m_current; }
    // Shown above the detail pane when the current case is not in the list on screen.
    QWidget *notInListNotice() const { return m_notice; }
    QLineEdit *searchField() const { return m_filter; }
    QAction *action(const QString &objectName) const;
    Session &session() const { return m_session; }
    CaseActions *caseActions() const { return m_caseActions; }
    // The home page (the work queue) and the cases page (search, list and the case).
    QTabWidget *pages() const { return m_pages; }
    WorkQueueView *workQueue() const { return m_workQueue; }
    StatisticsView *statisticsView() const { return m_statistics; }
    HelpWindow *helpWindow() const { return m_helpWindow; } // once F1 opened it
    // Shows the cases page and finds cases as the text is typed (best match first).
    void search(const QString &text);

public slots:
    void refresh();

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    void updateActions();
    void showSelectedCase();
    // The current case (MainWindowCurrentCase.cpp).
    void buildDetailPane();
    void showCurrentCase();
    void syncLists();
    bool currentMatchesSearch() const;
    void showCurrentInList();
    void placeDetailPane();
    void openFromQueue(const QString &caseNumber);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void report(const Status &status, const QString &doneText);
    // The keyboard is never left nowhere: moving the detail pane or a page change can hide the
    // focused widget; the list of the page shown then takes the focus.
    void keepFocus();

    void newDatabase();
    void newDemoDatabase();
    void openDatabase();
    void connectServer(); // MainWindowFiles.cpp
    void importApplications();
    void draftDecision();
    void submitDecision();
    void approveDecision();
    void returnDecision();
    void printLetter();
    void saveLetterPdf();
    void setLanguage(const QString &code);
    void about();
    // The user guide at the chapter for where the user is (F1), and the demo marking.
    void showHelp();
    void showDatabaseKind();
    void showRegistryCatalogue();
    void searchChanged();
    void showStatistics();
    void openAttachment(const QString &fileName);
    void attachFile(const QString &fileName);
    // The database's safety net (MainWindowMaintenance.cpp).
    void addMaintenanceActions(QMenu *file);
    void backupDatabase();
    void restoreDatabase();
    void checkDatabase();
    void showDatabaseState(); // the read-only banner
    // The welcome page, the first tab while the database holds no case (MainWindowFiles.cpp).
    void buildWelcome();
    void showWelcomeIfEmpty();
    // Manual registration and editing of applications (MainWindowIntake.cpp).
    void buildIntakeActions();
    void updateIntakeActions();
    void registerApplicationManually();
    void editApplication();
    // The decision editor, its versions, the conditions and prices (MainWindowDecision.cpp).
    void buildDecisionActions();
    void updateDecisionActions();
    void editDecision();
    void showDecisionVersion(int index);
    void openDecisionEditor(int versionIndex);
    void showConditionLibrary();
    void showPriceTables();
    // Sending letters, the sent documents and the letter templates (MainWindowLetters.cpp).
    void buildLetterActions();
    void updateLetterActions();
    void sendLetter();
    void sendWaitingLetters();
    void openDocument(int documentNumber);
    // The document number of the decision letter as sent, or 0 while it has not been sent:
    // once sent, printing and saving give that document, never a new rendering.
    int sentDecisionLetter(const QString &caseNumber);
    void showLetterTemplates();

    Session &m_session;
    CaseListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter;
    CaseView *m_caseView;
    MessageBar *m_messages;
    QLabel *m_userLabel;
    CurrentCase *m_current;
    QWidget *m_detail = nullptr; // the notice and the case view: beside whichever list is shown
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QLabel *m_noHits = nullptr;
    QSplitter *m_casesSplit = nullptr;
    QString m_shownCase;
    // The case selectCase() has just loaded, for showCurrentCase() to show instead of loading it
    // again (issue 13: one load per opening).
    std::shared_ptr<const CaseRecord> m_loaded;
    bool m_syncing = false; // selecting rows to follow the current case, not a user's choice

    HelpWindow *m_helpWindow = nullptr;
    QAction *m_help = nullptr;
    QLabel *m_demoLabel = nullptr;
    QAction *m_newDb = nullptr;
    QAction *m_newDemo = nullptr;
    QAction *m_openDb = nullptr;
    QAction *m_connectServer = nullptr;
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
    QAction *m_showStatistics = nullptr;
    QAction *m_registerManually = nullptr;
    QAction *m_editApplication = nullptr;
    QAction *m_editDecision = nullptr;
    QAction *m_conditionLibrary = nullptr;
    QAction *m_priceTables = nullptr;
    QAction *m_sendLetter = nullptr;
    QAction *m_sendWaiting = nullptr;
    QAction *m_letterTemplates = nullptr;
    CaseActions *m_caseActions = nullptr; // the casework actions (CaseActions.cpp)
    QTabWidget *m_pages = nullptr;
    WorkQueueView *m_workQueue = nullptr;
    StatisticsView *m_statistics = nullptr;
    WelcomePage *m_welcome = nullptr;
};

} // namespace fv
