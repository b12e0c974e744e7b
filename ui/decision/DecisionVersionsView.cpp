#include "decision/DecisionVersionsView.h"

#include "widgets/TreeWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fv {
namespace {

QString when(const QString &who, const QDateTime &at)
{
    if (who.isEmpty())
        return QStringLiteral("–");
    return at.isValid() ? QStringLiteral("%1, %2").arg(who, QLocale().toString(at, QLocale::ShortFormat)) : who;
}

} // namespace

DecisionVersionsView::DecisionVersionsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new TreeWidget(this))
    , m_open(new QPushButton(tr("Sh&ow version…"), this))
{
    m_list->setObjectName(QStringLiteral("decisionVersions"));
    m_list->setAccessibleName(tr("Versions of the decision"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Version"), tr("Status"), tr("Drafted"), tr("Submitted"), tr("Approved")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_open->setToolTip(tr("Show the chosen version and its letter, read-only (Enter)"));
    m_open->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, &DecisionVersionsView::activateCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DecisionVersionsView::activateCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_open->setEnabled(item != nullptr); });

    auto *title = new QLabel(tr("<b>Versions of the decision</b> (all are kept)"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    setTabOrder(m_open, m_list); // as they read: the button is above the list, on its title's line
}

QString DecisionVersionsView::statusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft: return tr("Draft");
    case DecisionStatus::Submitted: return tr("Awaiting approval"); // as the case's status says
    case DecisionStatus::Approved: return tr("Approved");
    case DecisionStatus::Superseded: return tr("Superseded");
    }
    return {};
}

void DecisionVersionsView::showVersions(const CaseRecord &record, const std::map<QString, QString> &fullNames)
{
    m_list->clear();
    for (size_t i = 0; i < record.decisions.size(); ++i) {
        const Decision &d = record.decisions[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(d.version));
        item->setText(1, statusName(d.status));
        item->setText(2, when(d.draftedByName.isEmpty() ? d.draftedBy : d.draftedByName, d.draftedAt));
        const auto submitter = fullNames.find(d.submittedBy);
        item->setText(3, when(submitter == fullNames.end() ? d.submittedBy : submitter->second, d.submittedAt));
        item->setText(4, when(d.approvedByName.isEmpty() ? d.approvedBy : d.approvedByName, d.approvedAt));
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        if (i + 1 == record.decisions.size()) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
            item->setToolTip(1, tr("The current version"));
        }
    }
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    m_open->setEnabled(m_list->currentItem() != nullptr);
    // As tall as the versions (up to five), so the decision above keeps the room.
    const int rows = std::clamp(m_list->topLevelItemCount(), 1, 5);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

void DecisionVersionsView::activateCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        emit versionActivated(item->data(0, Qt::UserRole).toInt());
}

} // namespace fv
