#include "MainWindow.h"

#include "CaseActions.h"
#include "Clock.h"
#include "Session.h"
#include "application/Attachments.h"
#include "casework/CaseView.h"
#include "casework/CaseworkPanel.h"
#include "casework/CaseworkStore.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "letters/LetterOutput.h"
#include "letters/LetterService.h"
#include "registry/RegistryCatalogue.h"
#include "search/CaseListModel.h"
#include "search/CaseSearch.h"
#include "search/WorkQueueView.h"
#include "statistics/StatisticsView.h"
#include "storage/SafeFile.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
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
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_caseView(new CaseView(this))
    , m_messages(new MessageBar(this))
    , m_userLabel(new QLabel(this))
{
    setWindowTitle(tr("Fellesvedtak – Helsedataservice"));
    setWindowIcon(QIcon(QStringLiteral(":/packaging/no.fhi.Fellesvedtak.svg")));
    buildActions();
    buildMenus();
    buildLayout();
    connect(&m_session, &Session::casesChanged, this, &MainWindow::refresh);
    connect(m_caseView, &CaseView::openAttachmentRequested, this, &MainWindow::openAttachment);
    connect(m_caseView, &CaseView::attachFileRequested, this, &MainWindow::attachFile);
    connect(m_caseView, &CaseView::openDocumentRequested, this, &MainWindow::openDocument);
    connect(&m_session, &Session::databaseChanged, this, [this] { m_caseView->clear(); });
    refresh();
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::showDatabaseState);
    showDatabaseState();
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::showDatabaseKind);
    showDatabaseKind();
    resize(1400, 860);
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
    m_pdf = make(QStringLiteral("saveLetterPdf"), tr("Save decision letter as P&DF…"), QKeySequence(tr("Ctrl+Shift+P")),
                 &MainWindow::saveLetterPdf);
    m_about = make(QStringLiteral("about"), tr("&About Fellesvedtak"), {}, &MainWindow::about);
    m_help = make(QStringLiteral("help"), tr("&User guide"), QKeySequence::HelpContents, &MainWindow::showHelp);
    m_help->setShortcutContext(Qt::ApplicationShortcut); // F1 in the statistics window too
    buildIntakeActions();
    buildDecisionActions();
    buildLetterActions();
    m_caseActions = new CaseActions(m_session, this, [this](const Status &s, const QString &done) { report(s, done); });
    m_caseView->caseworkPanel()->setActions(m_caseActions);
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
    m_langNb = new QAction(QStringLiteral("Norsk bokmål"), languages);
    m_langEn = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_langNb, m_langEn})
        a->setCheckable(true);
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("nb")).toString();
    (lang == QLatin1String("en") ? m_langEn : m_langNb)->setChecked(true);
    connect(m_langNb, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("nb")); });
    connect(m_langEn, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newDb, m_newDemo, m_openDb});
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
    caseMenu->addActions({m_draft, m_editDecision, m_submit, m_approve, m_return});
    caseMenu->addSeparator();
    caseMenu->addActions({m_print, m_pdf, m_sendLetter});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_caseActions->myCasesAction());
    view->addAction(m_refresh);
    view->addAction(m_showStatistics);
    QMenu *language = view->addMenu(tr("&Language"));
    language->addActions({m_langNb, m_langEn});
    QMenu *admin = menuBar()->addMenu(tr("&Administration"));
    admin->addAction(tr("&Registry catalogue…"), this, &MainWindow::showRegistryCatalogue);
    admin->addActions({m_conditionLibrary, m_priceTables, m_letterTemplates});
    menuBar()->addMenu(tr("&Help"))->addActions({m_help, m_about});

    QToolBar *tools = addToolBar(tr("Case"));
    tools->setObjectName(QStringLiteral("caseToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({m_import, m_caseActions->myCasesAction()});
    tools->addSeparator();
    tools->addActions({m_draft, m_editDecision, m_submit, m_approve, m_return});
    tools->addSeparator();
    tools->addActions({m_print, m_pdf});
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
    m_table->setWordWrap(false);
    m_table->setObjectName(QStringLiteral("caseTable"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedCase);

    m_filter->setPlaceholderText(tr("Search cases: number, reference, title, name, institution, variable…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("caseSearch"));
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
    ll->addWidget(m_table);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_caseView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 840});

    // Home: the work queue; then the cases page. Opening a case from the queue shows it there.
    m_workQueue = new WorkQueueView(m_session, this);
    connect(m_workQueue, &WorkQueueView::caseActivated, this, &MainWindow::openCase);
    connect(m_workQueue, &WorkQueueView::failed, this,
            [this](const QString &message) { m_messages->show(MessageBar::Kind::Error, message); });
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_workQueue, style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Work queue"));
    m_pages->addTab(splitter, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Cases"));

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(6, 6, 6, 6);
    cl->addWidget(m_messages);
    cl->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_userLabel);
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
    m_table->setColumnWidth(CaseListModel::Title, 320);
    m_table->setColumnWidth(CaseListModel::Controller, 200);
    const User &u = m_session.user();
    QStringList roles;
    for (Role role : u.roles)
        roles << roleDisplayName(role).toLower();
    m_userLabel->setText(
        tr("%1 (%2) · %3").arg(u.fullName, roles.join(QStringLiteral(", ")), QFileInfo(m_session.path()).fileName()));
    setWindowFilePath(m_session.path());
    // Keep the caseworker's place; on a fresh start, open the newest case.
    if (keep.isEmpty() || m_model->rowOf(keep) < 0) {
        if (m_model->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        const QModelIndex kept = m_model->index(m_model->rowOf(keep), 0);
        m_table->selectionModel()->setCurrentIndex(
            kept, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showSelectedCase();
}

QString MainWindow::selectedCase() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::CaseNumberRole).toString() : QString();
}

bool MainWindow::selectCase(const QString &caseNumber)
{
    int row = m_model->rowOf(caseNumber);
    if (row < 0) {
        // Not among the rows loaded so far: find it by its number.
        m_filter->setText(caseNumber);
        row = m_model->rowOf(caseNumber);
        if (row < 0)
            return false;
    }
    m_pages->setCurrentIndex(1);
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
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

void MainWindow::showSelectedCase()
{
    const QString number = selectedCase();
    if (number.isEmpty() || !m_session.isOpen()) {
        m_caseView->clear();
        updateActions();
        return;
    }
    auto rec = m_session.cases().load(number);
    auto registries = loadRegistryMap(m_session.database());
    if (!rec || !registries) {
        m_messages->show(MessageBar::Kind::Error, (!rec ? rec.error() : registries.error()).toString());
        return;
    }
    QSet<QString> stored;
    if (auto files = Attachments(m_session.cases()).list(number))
        for (const Attachments::Info &f : files.value())
            if (f.size >= 0)
                stored.insert(f.fileName);
    m_caseView->showCase(rec.value(), registries.value(), stored);
    updateActions();
}

void MainWindow::updateActions()
{
    const auto &rec = m_caseView->currentCase();
    const bool open = m_session.isOpen();
    const auto can = [&](CaseAction a) {
        if (!rec)
            return false;
        const auto legal = legalActions(rec->summary.status);
        return std::find(legal.begin(), legal.end(), a) != legal.end();
    };
    const bool drafter = open && (m_session.user().has(Role::Adviser) || m_session.user().has(Role::Lawyer));
    const bool decider = open && m_session.user().has(Role::DecisionMaker);
    const Decision *d = rec ? rec->currentDecision() : nullptr;
    m_import->setEnabled(open);
    m_draft->setEnabled(drafter && can(CaseAction::Draft));
    // Submitting needs the legal assessment settled; the tooltip says what is missing.
    const QStringList unsettled = rec ? rec->casework.assessment.unsettledRequired() : QStringList();
    m_submit->setEnabled(drafter && can(CaseAction::Submit) && unsettled.isEmpty());
    m_submit->setToolTip(
        unsettled.isEmpty() || !can(CaseAction::Submit)
            ? m_submit->text().remove(QLatin1Char('&'))
            : tr("The legal assessment is not finished: %1").arg(unsettled.join(QStringLiteral(", "))));
    m_caseActions->setCase(rec);
    // The four-eyes rule, shown before anyone tries: the drafter gets no approve button.
    const bool ownDraft = d && d->draftedBy == (open ? m_session.user().login : QString());
    m_approve->setEnabled(decider && can(CaseAction::Approve) && !ownDraft);
    m_approve->setToolTip(
        ownDraft ? tr("You drafted this decision; another decision-maker must approve it.") : m_approve->text());
    m_return->setEnabled(decider && can(CaseAction::Return));
    m_print->setEnabled(d != nullptr);
    m_pdf->setEnabled(d != nullptr);
    updateIntakeActions();
    updateDecisionActions();
    updateLetterActions();
    if (open && m_session.database().isReadOnly()) // the banner says why
        for (QAction *a : {m_import, m_draft, m_submit, m_approve, m_return, m_sendLetter, m_sendWaiting})
            a->setEnabled(false);
}

void MainWindow::report(const Status &status, const QString &doneText)
{
    if (!status) {
        m_messages->show(MessageBar::Kind::Error, status.error().toString());
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
    report(decisions.submit(number), tr("%1 submitted for approval").arg(number));
}

void MainWindow::approveDecision()
{
    const QString number = selectedCase();
    if (!Dialogs::confirm(this, tr("Approve decision"),
                          tr("Approve the joint decision in case %1? An approved decision is locked.").arg(number)))
        return;
    DecisionService decisions(m_session.cases());
    // What the decision-maker approves is what they read: refused if it changed meanwhile.
    const auto &rec = m_caseView->currentCase();
    report(decisions.approve(number, rec ? std::optional<qint64>(rec->rowVersion) : std::nullopt),
           tr("Decision in %1 approved").arg(number));
}

void MainWindow::returnDecision()
{
    const QString number = selectedCase();
    const auto text = Dialogs::text(this, tr("Return to drafter"), tr("Why does the draft go back?"));
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
