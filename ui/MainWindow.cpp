#include "MainWindow.h"

#include "CaseActions.h"
#include "Clock.h"
#include "CurrentCase.h"
#include "Permission.h"
#include "Session.h"
#include "admin/UsersDialog.h"
#include "appeal/AppealPage.h"
#include "application/Attachments.h"
#include "archive/ArchiveActions.h"
#include "archive/JournalNoteDialog.h"
#include "casework/CaseView.h"
#include "casework/CaseworkPanel.h"
#include "casework/CaseworkStore.h"
#include "decision/DecisionService.h"
#include "followup/FollowUpPage.h"
#include "help/HelpWindow.h"
#include "i18n/UiLanguage.h"
#include "letters/DocumentService.h"
#include "letters/LetterOutput.h"
#include "letters/LetterService.h"
#include "registry/RegistryCatalogue.h"
#include "revocation/RevocationPane.h"
#include "rules/CaseRules.h"
#include "rules/Operation.h"
#include "search/CaseListModel.h"
#include "search/CaseSearch.h"
#include "search/WorkQueueView.h"
#include "statistics/StatisticsView.h"
#include "storage/ReadAhead.h"
#include "storage/SafeFile.h"
#include "widgets/Accessibility.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/TableView.h"
#include "widgets/Tones.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace fv {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(new CaseListModel(this))
    , m_table(new TableView(this))
    , m_filter(new QLineEdit(this))
    , m_caseView(new CaseView(this))
    , m_messages(new MessageBar(this))
    , m_userLabel(new QLabel(this))
    , m_current(new CurrentCase(this))
{
    // The title is the database file; the system adds the program's name once.
    setWindowIcon(QIcon(QStringLiteral(":/packaging/no.fhi.Fellesvedtak.svg")));
    buildActions();
    buildMenus();
    buildLayout();
    connect(&m_session, &Session::casesChanged, this, &MainWindow::refresh);
    connect(m_caseView, &CaseView::openAttachmentRequested, this, &MainWindow::openAttachment);
    connect(m_caseView, &CaseView::attachFileRequested, this, &MainWindow::attachFile);
    connect(m_caseView, &CaseView::openDocumentRequested, this, &MainWindow::openDocument);
    connect(m_caseView, &CaseView::journalNoteRequested, this, [this] {
        if (const auto &rec = m_caseView->currentCase()) {
            JournalNoteDialog dialog(m_session, rec->summary.caseNumber, this);
            if (dialog.exec() == QDialog::Accepted && dialog.entry())
                report(ok(), tr("Journalled as %1").arg(dialog.entry()->reference()));
        }
    });
    connect(&m_session, &Session::databaseChanged, this, [this] {
        m_current->set({});
        m_caseView->clear();
    });
    connect(m_current, &CurrentCase::changed, this, &MainWindow::showCurrentCase);
    refresh();
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::showDatabaseState);
    showDatabaseState();
    buildWelcome();
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::showDatabaseKind);
    showDatabaseKind();
    a11y::resizeWithin(this, QSize(1400, 860));
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newDb = make(QStringLiteral("newDatabase"), tr("&New database…"), QKeySequence::New, &MainWindow::newDatabase);
    m_newDemo = make(QStringLiteral("newDemoDatabase"), tr("New &demo database…"), {}, &MainWindow::newDemoDatabase);
    m_openDb = make(
        QStringLiteral("openDatabase"), tr("&Open database…"), QKeySequence::Open, &MainWindow::openDatabase);
    m_connectServer = make(QStringLiteral("connectServer"), tr("Connect to &server…"), {}, &MainWindow::connectServer);
    m_import = make(QStringLiteral("import"), tr("&Import applications…"), QKeySequence(tr("Ctrl+I")),
                    &MainWindow::importApplications);
    m_quit = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    m_refresh = make(QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh, &MainWindow::refresh);
    m_draft = make(
        QStringLiteral("draft"), tr("Make decision &draft"), QKeySequence(tr("Ctrl+D")), &MainWindow::draftDecision);
    m_submit = make(QStringLiteral("submit"), tr("&Submit for approval"), QKeySequence(tr("Ctrl+Shift+G")),
                    &MainWindow::submitDecision);
    m_approve = make(
        QStringLiteral("approve"), tr("&Approve decision"), QKeySequence(tr("Ctrl+G")), &MainWindow::approveDecision);
    m_return = make(QStringLiteral("return"), tr("&Return to drafter…"), {}, &MainWindow::returnDecision);
    m_print = make(
        QStringLiteral("printLetter"), tr("&Print decision letter…"), QKeySequence::Print, &MainWindow::printLetter);
    m_pdf = make(QStringLiteral("saveLetterPdf"), tr("Save decision letter as PD&F…"), QKeySequence(tr("Ctrl+Shift+P")),
                 &MainWindow::saveLetterPdf);
    m_about = make(QStringLiteral("about"), tr("&About Fellesvedtak"), {}, &MainWindow::about);
    m_help = make(QStringLiteral("help"), tr("&User guide"), QKeySequence::HelpContents, &MainWindow::showHelp);
    m_help->setShortcutContext(Qt::ApplicationShortcut); // F1 in the statistics window too
    offerHelpInDialogs(m_help);                          // and in the modal dialogs
    buildIntakeActions();
    buildDecisionActions();
    buildLetterActions();
    m_caseActions = new CaseActions(m_session, this, [this](const Status &s, const QString &done) { report(s, done); });
    m_caseView->caseworkPanel()->setActions(m_caseActions);
    m_caseView->followUpPage()->setSession(&m_session, [this](const Status &s, const QString &done) {
        report(s, done);
    });
    m_caseView->appealPage()->setSession(&m_session, [this](const Status &s, const QString &done) { report(s, done); });
    m_caseView->revocationPane()->setSession(&m_session, [this](const Status &s, const QString &done) {
        report(s, done);
    });
    connect(m_caseActions, &CaseActions::myCasesToggled, this, &MainWindow::searchChanged);
    m_showStatistics = make(QStringLiteral("statistics"), tr("&Statistics…"), QKeySequence(tr("Ctrl+Shift+S")),
                            &MainWindow::showStatistics);
    m_import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_draft->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_submit->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_approve->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_return->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_print->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_pdf->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    auto *languages = new QActionGroup(this);
    m_langNb = new QAction(QStringLiteral("&Norsk bokmål"), languages);
    m_langEn = new QAction(QStringLiteral("&English"), languages);
    for (QAction *a : {m_langNb, m_langEn})
        a->setCheckable(true);
    (installedUiLanguage() == UiLanguage::English ? m_langEn : m_langNb)->setChecked(true);
    connect(m_langNb, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("nb")); });
    connect(m_langEn, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newDb, m_newDemo, m_openDb, m_connectServer});
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_registerManually);
    file->addAction(m_sendWaiting);
    file->addSeparator();
    addMaintenanceActions(file);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(m_editApplication);
    caseMenu->addSeparator();
    m_caseActions->addToMenu(caseMenu);
    caseMenu->addSeparator();
    caseMenu->addAction(m_sendLetter);
    // The decision's steps in a menu of their own: in one Case menu of 25 items the letters
    // could not each pick one item (issue 19).
    QMenu *decisionMenu = menuBar()->addMenu(tr("&Decision"));
    decisionMenu->addActions({m_draft, m_editDecision, m_submit, m_approve, m_return});
    decisionMenu->addSeparator();
    decisionMenu->addActions({m_print, m_pdf});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_caseActions->myCasesAction());
    view->addAction(m_refresh);
    view->addAction(m_showStatistics);
    QMenu *language = view->addMenu(tr("&Language"));
    language->addActions({m_langNb, m_langEn});
    QMenu *admin = menuBar()->addMenu(tr("&Administration"));
    admin->addAction(tr("&Users…"), this, [this] { showUsersDialog(m_session, this); })
        ->setObjectName(QStringLiteral("users"));
    admin->addAction(tr("&Registry catalogue…"), this, &MainWindow::showRegistryCatalogue)
        ->setObjectName(QStringLiteral("registryCatalogue"));
    admin->addActions({m_conditionLibrary, m_priceTables, m_letterTemplates});
    (new ArchiveActions(m_session, this))->addMenu(menuBar()); // the journal and the Noark 5 extract
    menuBar()->addMenu(tr("&Help"))->addActions({m_help, m_about});

    QToolBar *tools = addToolBar(tr("Case"));
    tools->setObjectName(QStringLiteral("caseToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({m_import, m_caseActions->myCasesAction()});
    tools->addSeparator();
    tools->addActions({m_draft, m_editDecision, m_submit, m_approve, m_return});
    tools->addSeparator();
    tools->addActions({m_print, m_pdf});
    // Qt's button for the actions a narrow window cannot show has no name of its own.
    if (auto *more = tools->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));
}

void MainWindow::buildLayout()
{
    // The list loads lazily and sorts in the database, so a large archive opens at once.
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::Number, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The project beside its number: the columns a narrow list shows first say which case it is.
    m_table->horizontalHeader()->moveSection(CaseListModel::Title, 1);
    m_table->setWordWrap(false);
    m_table->setObjectName(QStringLiteral("caseTable"));
    a11y::keyboardFriendly(m_table, tr("Cases"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedCase);
    // A new search or sort reloads the rows: the current case stays, highlighted if listed.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::syncLists);

    m_filter->setPlaceholderText(tr("Search cases: number, reference, title, name, institution, variable…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("caseSearch"));
    m_filter->setAccessibleName(tr("Search cases"));
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::searchChanged);
    connect(m_model, &CaseListModel::fetchFailed, this,
            [this](const QString &message) { m_messages->show(MessageBar::Kind::Error, message); });
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_pages->setCurrentIndex(1);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_filter);
    ll->addWidget(m_table, 1);
    setTabOrder(m_filter, m_table); // Tab from the search goes to what it found
    m_noHits = new QLabel(tr("No matches"), left);
    m_noHits->setObjectName(QStringLiteral("noMatches"));
    m_noHits->setAlignment(Qt::AlignCenter);
    m_noHits->setStyleSheet(QStringLiteral("font-size:13pt; padding:24px;"));
    tones::setTextTone(m_noHits, Tone::Muted);
    m_noHits->hide();
    ll->addWidget(m_noHits, 1);

    m_casesSplit = new QSplitter(this);
    m_casesSplit->setObjectName(QStringLiteral("casesSplitter"));
    m_casesSplit->setChildrenCollapsible(false);
    m_casesSplit->addWidget(left);
    buildDetailPane();

    // Home: the work queue; then the cases page. The detail pane goes with the page shown.
    m_workQueue = new WorkQueueView(m_session, this);
    connect(m_workQueue, &WorkQueueView::caseSelected, m_current, &CurrentCase::set);
    connect(m_workQueue, &WorkQueueView::caseActivated, this, &MainWindow::openFromQueue);
    connect(m_workQueue, &WorkQueueView::failed, this,
            [this](const QString &message) { m_messages->show(MessageBar::Kind::Error, message); });
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setHelpTopic(m_workQueue, QStringLiteral("02-work-queue"));
    setHelpTopic(m_casesSplit, QStringLiteral("03-from-import-to-letter"));
    m_pages->addTab(m_workQueue, style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Work queue"));
    m_pages->addTab(m_casesSplit, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Cas&es"));
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::placeDetailPane);
    placeDetailPane();

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(6, 6, 6, 6);
    cl->addWidget(m_pages, 1);
    setCentralWidget(central);
    // The message bar floats over the foot of the window: showing it moves nothing.
    m_messages->setParent(central);
    m_messages->hide();
    central->installEventFilter(this);
    m_messages->installEventFilter(this);
    statusBar()->addPermanentWidget(m_userLabel);
    // Confirmations in the status bar are spoken too (an alert named by the message).
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &message) { a11y::announce(statusBar(), message); });
}

void MainWindow::refresh()
{
    if (!m_session.isOpen())
        return;
    const QString keep = selectedCase();
    // Every open case's deadlines in a few queries, for the list's deadline column.
    if (auto deadlines = CaseworkStore::openCaseDeadlines(m_session.database(), today()))
        m_model->setDeadlines(std::move(deadlines.value()));
    searchChanged();
    for (int c : {CaseListModel::Number, CaseListModel::Status, CaseListModel::Deadline, CaseListModel::Reference,
                  CaseListModel::Registries, CaseListModel::Received})
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(CaseListModel::Title, 260);
    m_table->setColumnWidth(CaseListModel::Controller, 200);
    const User &u = m_session.user();
    QStringList roles;
    for (Role role : u.roles)
        roles << roleDisplayName(role).toLower();
    m_userLabel->setText(
        tr("%1 (%2) · %3")
            .arg(u.fullName, roles.join(QStringLiteral(", ")),
                 m_session.database().isServer() ? m_session.displayName() : QFileInfo(m_session.path()).fileName()));
    setWindowFilePath(m_session.path());
    // Keep the caseworker's place (the current case, listed or not); on a fresh start, the newest.
    if (keep.isEmpty() && m_model->rowCount() > 0)
        m_current->set(m_model->index(0, 0).data(CaseListModel::CaseNumberRole).toString());
    else
        showCurrentCase();
    keepFocus();
}

void MainWindow::keepFocus()
{
    const QWidget *focused = QApplication::focusWidget();
    if (focused && focused->isVisible() && focused->window() == this)
        return;
    if (!isActiveWindow() && focused)
        return; // another window (a dialog) has the keyboard
    QWidget *list = m_pages->currentIndex() == 0 ? static_cast<QWidget *>(m_workQueue->table()) : m_table;
    if (list->isVisible())
        list->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::selectedCase() const
{
    return m_current->number();
}

bool MainWindow::selectCase(const QString &caseNumber)
{
    if (!m_session.isOpen())
        return false;
    const ReadAhead ahead(m_session.database(), QStringLiteral("open case")); // the case and its panes
    auto rec = m_session.cases().load(caseNumber);
    if (!rec)
        return false;
    m_loaded = std::make_shared<const CaseRecord>(std::move(rec.value())); // shown, not loaded again
    m_pages->setCurrentIndex(1);
    if (m_model->rowOf(caseNumber) < 0)
        m_filter->setText(caseNumber); // not among the rows loaded so far: find it by its number
    if (m_current->number() == caseNumber)
        showCurrentCase();
    else
        m_current->set(caseNumber);
    m_loaded.reset();
    keepFocus();
    return true;
}

bool MainWindow::openCase(const QString &caseNumber)
{
    if (!selectCase(caseNumber))
        return false;
    const auto &rec = m_caseView->currentCase();
    m_caseView->showTab(rec && rec->currentDecision() ? CaseView::DecisionTab : CaseView::ApplicationTab);
    return true;
}

// A row chosen in the case list makes that case current (not the rows the list selects itself
// to follow the current case).
void MainWindow::showSelectedCase()
{
    if (m_syncing)
        return;
    const QModelIndex row = m_table->selectionModel()->currentIndex();
    if (row.isValid())
        m_current->set(row.data(CaseListModel::CaseNumberRole).toString());
}

void MainWindow::updateActions()
{
    const auto &rec = m_caseView->currentCase();
    const CaseRecord *r = rec ? &*rec : nullptr;
    const Status chosen = r ? ok() : Status(fail(tr("Choose a case in the list.")));
    const auto may = [&](Action a) { return chosen ? permitted(a, m_session, r) : chosen; };
    applyPermission(m_import, permitted(Action::ImportApplication, m_session));
    applyPermission(m_draft, may(Action::DraftDecision));
    // Submitting needs the legal assessment settled: the rule book's refusal says what is missing.
    applyPermission(m_submit, may(Action::SubmitDecision));
    m_caseActions->setCase(rec);
    applyPermission(m_approve, may(Action::ApproveDecision));
    applyPermission(m_return, may(Action::ReturnDecision));
    const Status note = may(Action::JournalNote);
    m_caseView->journalNoteButton()->setEnabled(note.ok());
    m_caseView->journalNoteButton()->setToolTip(
        note ? tr("Journal an internal note in the case (Noark 5 N or X)") : note.error().message);
    const Status decided = r && r->currentDecision() ? ok() : Status(fail(tr("There is no decision yet.")));
    applyPermission(m_print, chosen ? decided : chosen);
    applyPermission(m_pdf, chosen ? decided : chosen);
    updateIntakeActions();
    updateDecisionActions();
    updateLetterActions();
    if (QAction *restore = action(QStringLiteral("restoreDatabase")))
        applyPermission(restore, permitted(Action::RestoreDatabase, m_session));
}

void MainWindow::report(const Status &status, const QString &doneText)
{
    if (!status) {
        m_messages->show(MessageBar::Kind::Error, status.error().toString());
        m_messages->takeFocus(); // a refusal of the user's own command: the keyboard goes there
        return;
    }
    m_messages->hide();
    statusBar()->showMessage(doneText, 6000);
    m_session.notifyCasesChanged();
}

void MainWindow::draftDecision()
{
    DecisionService decisions(m_session.cases());
    const QString number = selectedCase();
    auto d = decisions.draft(number);
    report(d ? ok() : Status(d.error()), tr("Decision draft made for %1").arg(number));
    if (d)
        m_caseView->showTab(CaseView::DecisionTab);
}

void MainWindow::submitDecision()
{
    DecisionService decisions(m_session.cases());
    const QString number = selectedCase();
    // A consultation still open: the caseworker confirms that the draft goes without its answer,
    // and the core records that it did.
    auto open = DecisionService::OpenConsultations::Refuse;
    if (const auto &rec = m_caseView->currentCase()) {
        if (const QStringList waiting = caserules::openConsultations(*rec); !waiting.isEmpty()) {
            if (!Dialogs::confirm(this, tr("Submit decision"),
                                  tr("The registry managers have not yet answered the consultation on %1. Send the "
                                     "draft for approval without their answer?")
                                      .arg(waiting.join(QStringLiteral(", ")))))
                return;
            open = DecisionService::OpenConsultations::Confirmed;
        }
    }
    report(decisions.submit(number, {}, open), tr("%1 submitted for approval").arg(number));
}

void MainWindow::approveDecision()
{
    const QString number = selectedCase();
    if (!Dialogs::confirm(this, tr("Approve decision"),
                          tr("Approve the joint decision in case %1? An approved decision is locked.").arg(number)))
        return;
    DecisionService decisions(m_session.cases());
    // What the decision-maker approves is what they read: refused if it changed meanwhile.
    // The case on screen and its decision's revision: the approval names exactly that version.
    const auto &rec = m_caseView->currentCase();
    Seen seen;
    if (rec) {
        seen.caseVersion = rec->rowVersion;
        if (const Decision *d = rec->currentDecision())
            seen.decisionRevision = d->revision;
    }
    report(decisions.approve(number, seen), tr("Decision in %1 approved").arg(number));
}

void MainWindow::returnDecision()
{
    const QString number = selectedCase();
    const auto text = Dialogs::text(
        this, tr("Return to drafter"), tr("Why does the draft in case %1 go back?").arg(number));
    if (!text)
        return;
    DecisionService decisions(m_session.cases());
    report(decisions.returnDraft(number, *text), tr("Draft in %1 returned").arg(number));
}

void MainWindow::printLetter()
{
    if (const int sent = sentDecisionLetter(selectedCase())) {
        openDocument(sent); // print it from the viewer: the letter exactly as it was sent
        return;
    }
    LetterService letters(m_session.cases());
    auto input = letters.input(selectedCase(), LetterKind::Decision);
    if (!input) {
        m_messages->show(MessageBar::Kind::Error, input.error().toString());
        return;
    }
    LetterOutput::printPreview(this, input.value());
}

void MainWindow::saveLetterPdf()
{
    const QString number = selectedCase();
    LetterService letters(m_session.cases());
    auto input = letters.input(number, LetterKind::Decision);
    if (!input) {
        m_messages->show(MessageBar::Kind::Error, input.error().toString());
        return;
    }
    const QString suggested =
        QStringLiteral("vedtak-%1.pdf").arg(QString(number).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path = Dialogs::saveFileName(
        this, tr("Save decision letter as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    Status s = ok();
    if (const int sent = sentDecisionLetter(number)) {
        auto bytes = DocumentService(m_session.cases()).content(number, QString::number(sent));
        s = bytes ? writeFileAtomically(path, bytes.value()) : Status(bytes.error());
    } else {
        s = LetterOutput::saveAsPdf(input.value(), path);
    }
    if (!s)
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 6000);
}

} // namespace fv
