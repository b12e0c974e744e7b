// The current case: one for the whole window. The work queue and the case list make a case
// current when the user chooses it; the detail pane shows it beside whichever list is on screen
// and says so when that list does not hold it; every action acts on it.
#include "CaseActions.h"
#include "CurrentCase.h"
#include "MainWindow.h"
#include "Session.h"
#include "application/Attachments.h"
#include "archive/JournalService.h"
#include "casework/CaseView.h"
#include "registry/RegistryCatalogue.h"
#include "search/CaseListModel.h"
#include "search/CaseSearch.h"
#include "search/WorkQueueView.h"
#include "storage/ReadAhead.h"
#include "widgets/MessageBar.h"
#include "widgets/Tones.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace fv {

void MainWindow::buildDetailPane()
{
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QFrame(m_detail);
    m_notice->setObjectName(QStringLiteral("notInList"));
    m_notice->setStyleSheet(QStringLiteral("#notInList { background:%1; border:1px solid %2; border-radius:4px; }")
                                .arg(tones::css(tones::background(Tone::Warning, palette())),
                                     tones::css(tones::border(Tone::Warning, palette()))));
    auto *nl = new QHBoxLayout(m_notice);
    nl->setContentsMargins(8, 2, 2, 2);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    auto *back = new QPushButton(tr("Show it in the case list"), m_notice);
    back->setObjectName(QStringLiteral("showInList"));
    connect(back, &QPushButton::clicked, this, &MainWindow::showCurrentInList);
    nl->addWidget(m_noticeText, 1);
    nl->addWidget(back);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_caseView, 1);
    m_filter->installEventFilter(this);
}

void MainWindow::showCurrentCase()
{
    const QString number = m_current->number();
    if (number != m_shownCase) { // a message is about the case it came from; the read-only banner stays
        m_messages->hide();
        showDatabaseState();
    }
    m_shownCase = number;
    if (number.isEmpty() || !m_session.isOpen()) {
        m_caseView->clear();
        updateActions();
        syncLists();
        return;
    }
    // On the server the load reads ahead what the panes below read too (ReadAhead.h): one round trip.
    const ReadAhead ahead(m_session.database(), QStringLiteral("open case"));
    // The case selectCase() has just loaded is shown as it is, once: one load per opening.
    std::shared_ptr<const CaseRecord> loaded;
    if (m_loaded && m_loaded->summary.caseNumber == number)
        loaded = std::exchange(m_loaded, nullptr);
    auto rec = loaded ? Result<CaseRecord>(*loaded) : m_session.cases().load(number);
    auto registries = loadRegistryMap(m_session.database());
    if (!rec || !registries) {
        m_caseView->clear();
        updateActions();
        m_messages->show(MessageBar::Kind::Error, (!rec ? rec.error() : registries.error()).toString());
        return;
    }
    QSet<QString> stored;
    if (auto files = Attachments(m_session.cases()).list(number))
        for (const Attachments::Info &f : files.value())
            if (f.size >= 0)
                stored.insert(f.fileName);
    std::map<QString, QString> names;
    if (auto users = Users::all(m_session.database()))
        for (const User &u : users.value())
            names[u.login] = u.fullName;
    m_caseView->setUserNames(std::move(names));
    auto journal = JournalService(m_session.cases()).forCase(number);
    m_caseView->setJournal(journal ? journal.value() : std::vector<JournalEntry>{});
    m_caseView->showCase(rec.value(), registries.value(), stored);
    updateActions();
    syncLists();
}

// The lists highlight the current case where they hold it; the pane says when the list on
// screen does not.
void MainWindow::syncLists()
{
    if (!m_workQueue || !m_noticeText)
        return;
    const QString number = m_current->number();
    m_syncing = true;
    const int row = number.isEmpty() ? -1 : m_model->rowOf(number);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    const bool inQueue = m_workQueue->showCurrentCase(number);
    m_syncing = false;
    const bool listed = m_pages->currentIndex() == 0 ? inQueue : row >= 0 || currentMatchesSearch();
    // Texts set here, not once, so that they follow a change of language.
    m_noticeText->setText(tr("Case %1 is not in the list.").arg(number));
    m_notice->findChild<QPushButton *>()->setText(tr("Show it in the case list"));
    m_noHits->setText(tr("No matches"));
    m_notice->setVisible(!number.isEmpty() && m_caseView->currentCase() && !listed);
    const bool empty = m_model->rowCount() == 0 && !m_filter->text().trimmed().isEmpty();
    m_table->setVisible(!empty);
    m_noHits->setVisible(empty);
}

// Beyond the rows loaded so far: does the search find the current case at all?
bool MainWindow::currentMatchesSearch() const
{
    const auto &rec = m_caseView->currentCase();
    if (!rec || !m_session.isOpen())
        return false;
    CaseFilter filter;
    filter.search = m_filter->text();
    filter.assignee = m_caseActions && m_caseActions->myCasesOnly() ? m_session.user().login : QString();
    filter.caseId = rec->summary.id;
    auto n = CaseSearch(const_cast<Session &>(m_session).database()).count(filter);
    return n && n.value() > 0;
}

void MainWindow::showCurrentInList()
{
    const QString number = m_current->number();
    m_pages->setCurrentIndex(1);
    if (!currentMatchesSearch()) {
        m_caseActions->myCasesAction()->setChecked(false);
        m_filter->setText(number);
    }
    syncLists();
    m_table->setFocus();
}

void MainWindow::placeDetailPane()
{
    if (m_pages->currentIndex() == 0) {
        m_workQueue->setDetailPane(m_detail);
    } else if (m_casesSplit->indexOf(m_detail) < 0) {
        m_casesSplit->addWidget(m_detail);
        const int w = std::max(m_casesSplit->width(), 1400);
        m_casesSplit->setSizes({w * 2 / 5, w * 3 / 5});
    }
    m_detail->show();
    syncLists();
    keepFocus();
}

void MainWindow::openFromQueue(const QString &caseNumber)
{
    m_current->set(caseNumber);
    const auto &rec = m_caseView->currentCase();
    m_caseView->showTab(rec && rec->currentDecision() ? CaseView::DecisionTab : CaseView::ApplicationTab);
    m_caseView->setFocus();
}

// Places the floating message bar; Down from the search field goes to the hits, Enter opens the
// best match.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == centralWidget() && event->type() == QEvent::Resize)
        || (watched == m_messages && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))) {
        const QRect area = centralWidget()->rect().adjusted(12, 0, -12, -8);
        const int h = std::min(
            m_messages->heightForWidth(area.width()) > 0
                ? m_messages->heightForWidth(area.width())
                : m_messages->sizeHint().height(),
            area.height() / 2);
        m_messages->setGeometry(area.left(), area.bottom() - h, area.width(), h);
        m_messages->raise();
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            const QModelIndex index = m_model->index(0, 0); // the best match
            m_table->setFocus();
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            if (key != Qt::Key_Down)
                m_caseView->setFocus();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace fv
