#include "search/WorkQueueView.h"

#include "Clock.h"
#include "Session.h"
#include "search/WorkQueueModel.h"
#include "widgets/TableView.h"
#include "widgets/Tones.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace fv {
namespace {

QStyle::StandardPixmap iconFor(QueueKind kind)
{
    switch (kind) {
    case QueueKind::Mine: return QStyle::SP_DirHomeIcon;
    case QueueKind::Unassigned: return QStyle::SP_FileDialogNewFolder;
    case QueueKind::AwaitingMyApproval: return QStyle::SP_DialogApplyButton;
    case QueueKind::Overdue: return QStyle::SP_MessageBoxWarning;
    case QueueKind::DueSoon: return QStyle::SP_MessageBoxInformation;
    case QueueKind::WaitingForApplicant: return QStyle::SP_MediaPause;
    case QueueKind::WaitingForRegistry: return QStyle::SP_FileDialogContentsView;
    case QueueKind::DataNotDelivered: return QStyle::SP_DriveNetIcon;
    case QueueKind::EndReportMissing: return QStyle::SP_FileDialogDetailedView;
    case QueueKind::DeletionNotConfirmed: return QStyle::SP_TrashIcon;
    case QueueKind::AppealsToPrepare: return QStyle::SP_BrowserReload;
    }
    return QStyle::SP_FileIcon;
}

} // namespace

QString WorkQueueView::title(QueueKind kind)
{
    switch (kind) {
    case QueueKind::Mine: return tr("My cases");
    case QueueKind::Unassigned: return tr("Unassigned");
    case QueueKind::AwaitingMyApproval: return tr("Awaiting my approval");
    case QueueKind::Overdue: return tr("Overdue");
    case QueueKind::DueSoon: return tr("Due within 5 working days");
    case QueueKind::WaitingForApplicant: return tr("Waiting for the applicant");
    case QueueKind::WaitingForRegistry: return tr("Waiting for a registry manager");
    case QueueKind::DataNotDelivered: return tr("Data not delivered");
    case QueueKind::EndReportMissing: return tr("Project ended without end report");
    case QueueKind::DeletionNotConfirmed: return tr("Deletion not confirmed");
    case QueueKind::AppealsToPrepare: return tr("Appeals to prepare");
    }
    return {};
}

WorkQueueView::WorkQueueView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_views(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_model(new WorkQueueModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new TableView(this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("workQueue"));
    m_views->setObjectName(QStringLiteral("workQueueViews"));
    m_views->setAccessibleName(tr("Views of the work queue"));
    m_views->setIconSize(QSize(20, 20));
    m_views->setSpacing(2);
    m_views->setFixedWidth(260);
    QFont big = m_views->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_views->setFont(big);
    for (QueueKind k : allQueueKinds()) {
        auto *item = new QListWidgetItem(style()->standardIcon(iconFor(k)), title(k), m_views);
        item->setData(Qt::UserRole, static_cast<int>(k));
    }
    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showKind(allQueueKinds()[static_cast<size_t>(row)]);
    });
    // Alt+1 … Alt+9 and Alt+0 choose one of the first ten views from anywhere in the window.
    for (size_t i = 0; i < std::min<size_t>(allQueueKinds().size(), 10); ++i) {
        auto *a = new QAction(this);
        const int key = i < 9 ? Qt::Key_1 + static_cast<int>(i) : Qt::Key_0;
        a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(key)));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, i] {
            m_views->setCurrentRow(static_cast<int>(i));
            m_table->setFocus();
        });
        addAction(a);
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkQueueModel::SortRole);
    m_table->setObjectName(QStringLiteral("workQueueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkQueueModel::Due, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The project title takes the room that is left; the other columns fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(WorkQueueModel::Title, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Cases in the view"));
    connect(m_table, &QTableView::activated, this, &WorkQueueView::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const QString number = i.data(WorkQueueModel::CaseNumberRole).toString();
        if (!m_quiet && !number.isEmpty())
            emit caseSelected(number);
    });

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_hint->setText(tr("Enter or double-click opens the case · Alt+1…9, Alt+0 switch view · click a column to sort"));
    // Ordinary text, not the disabled grey (1.6:1): the hint is read, not switched off.

    auto *list = new QWidget(this);
    auto *right = new QVBoxLayout(list);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_heading);
    right->addWidget(m_table, 1);
    right->addWidget(m_hint);
    m_hint->setWordWrap(true);
    m_split->setObjectName(QStringLiteral("workQueueSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(list);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_views);
    layout->addWidget(m_split, 1);
    setTabOrder(m_views, m_table);

    connect(&m_session, &Session::casesChanged, this, &WorkQueueView::refresh);
    m_views->setCurrentRow(0);
}

int WorkQueueView::count(QueueKind kind) const
{
    return m_queue ? m_queue->count(kind) : 0;
}

void WorkQueueView::refresh()
{
    if (!m_session.isOpen())
        return;
    QElapsedTimer timer;
    timer.start();
    auto queue = WorkQueue::load(m_session.database(), m_session.user(), today());
    if (!queue) {
        emit failed(queue.error().toString());
        return;
    }
    m_queue = std::move(queue.value());
    for (int row = 0; row < m_views->count(); ++row) {
        QListWidgetItem *item = m_views->item(row);
        const QueueKind k = static_cast<QueueKind>(item->data(Qt::UserRole).toInt());
        const int n = m_queue->count(k);
        item->setText(QStringLiteral("%1  (%2)").arg(title(k)).arg(n));
        QFont f = m_views->font();
        f.setBold(n > 0 && (k == QueueKind::Overdue || k == QueueKind::AwaitingMyApproval || k == QueueKind::Mine));
        item->setFont(f);
        item->setForeground(k == QueueKind::Overdue && n > 0 ? QBrush(tones::onBase(Tone::Error)) : QBrush());
    }
    // As wide as its longest view in the language shown, so nothing scrolls sideways.
    m_views->setFixedWidth(std::max(240, m_views->sizeHintForColumn(0) + 2 * m_views->frameWidth() + 8));
    fillTable();
    m_lastRefreshMs = timer.elapsed();
}

void WorkQueueView::showKind(QueueKind kind)
{
    m_kind = kind;
    const int row = static_cast<int>(
        std::find(allQueueKinds().begin(), allQueueKinds().end(), kind) - allQueueKinds().begin());
    if (m_views->currentRow() != row)
        m_views->setCurrentRow(row);
    if (!m_queue)
        refresh();
    else
        fillTable();
}

void WorkQueueView::fillTable()
{
    if (!m_queue)
        return;
    m_model->setItems(m_queue->items(m_kind), m_queue->day());
    const int n = m_model->rowCount();
    m_heading->setText(n == 1 ? tr("%1 – 1 case").arg(title(m_kind)) : tr("%1 – %2 cases").arg(title(m_kind)).arg(n));
    m_table->setAccessibleName(m_heading->text()); // the table is read by the view it shows
    for (int c = 0; c < WorkQueueModel::ColumnCount; ++c)
        if (c != WorkQueueModel::Title)
            m_table->resizeColumnToContents(c);
    selectQuietly(m_current);
}

bool WorkQueueView::showCurrentCase(const QString &caseNumber)
{
    m_current = caseNumber;
    return selectQuietly(caseNumber);
}

bool WorkQueueView::selectQuietly(const QString &caseNumber)
{
    const QModelIndexList hits = caseNumber.isEmpty()
        ? QModelIndexList()
        : m_proxy->match(m_proxy->index(0, 0), WorkQueueModel::CaseNumberRole, caseNumber, 1, Qt::MatchExactly);
    m_quiet = true;
    if (hits.isEmpty()) {
        m_table->selectionModel()->clear();
    } else {
        m_table->selectionModel()->setCurrentIndex(
            hits.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(hits.first());
    }
    m_quiet = false;
    return !hits.isEmpty();
}

void WorkQueueView::setDetailPane(QWidget *pane)
{
    if (m_split->indexOf(pane) >= 0)
        return;
    m_split->addWidget(pane);
    const int h = std::max(m_split->height(), 600);
    m_split->setSizes({h * 2 / 5, h * 3 / 5});
}

void WorkQueueView::activate(const QModelIndex &index)
{
    const QString number = index.data(WorkQueueModel::CaseNumberRole).toString();
    if (!number.isEmpty())
        emit caseActivated(number);
}

} // namespace fv
