#include "casework/TimelineView.h"

#include "Clock.h"
#include "casework/CaseworkText.h"
#include "casework/EventText.h"
#include "casework/Timeline.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fv {
namespace {

QString stateText(TimelineEntry::State s)
{
    switch (s) {
    case TimelineEntry::State::Done: return TimelineView::tr("met");
    case TimelineEntry::State::Upcoming: return TimelineView::tr("coming");
    case TimelineEntry::State::Overdue: return TimelineView::tr("OVERDUE");
    case TimelineEntry::State::Missed: return TimelineView::tr("met late");
    }
    return {};
}

QIcon iconFor(const TimelineEntry &e)
{
    QStyle *style = QApplication::style();
    if (e.kind == TimelineEntry::Kind::Pause)
        return style->standardIcon(QStyle::SP_MediaPause);
    if (e.kind == TimelineEntry::Kind::Event)
        return {};
    switch (e.state) {
    case TimelineEntry::State::Done: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case TimelineEntry::State::Upcoming: return CaseworkText::urgencyIcon(Urgency::Soon);
    case TimelineEntry::State::Overdue:
    case TimelineEntry::State::Missed: return CaseworkText::urgencyIcon(Urgency::Overdue);
    }
    return {};
}

QTreeWidgetItem *itemFor(const TimelineEntry &e, const std::map<QString, QString> &userNames)
{
    QString what = CaseworkText::timelineName(e.code);
    if (!e.registry.isEmpty())
        what += QStringLiteral(" (%1)").arg(e.registry);
    QString when = e.kind == TimelineEntry::Kind::Event ? CaseworkText::dateTime(e.at) : CaseworkText::date(e.date);
    QString details = EventText::detail(e.code, e.detail);
    if (e.kind == TimelineEntry::Kind::Pause) {
        when += QStringLiteral(" – ") + (e.until.isValid() ? CaseworkText::date(e.until) : TimelineView::tr("now"));
        what = TimelineView::tr("Clock paused: %n working day(s)", nullptr, e.workingDays);
    } else if (e.kind == TimelineEntry::Kind::Deadline) {
        what = QStringLiteral("%1 – %2").arg(what, stateText(e.state));
    }
    auto *item = new QTreeWidgetItem({when, what, details, CaseworkText::userName(userNames, e.actor)});
    item->setIcon(TimelineView::What, iconFor(e));
    item->setToolTip(TimelineView::Details, details);
    QColor background;
    if (e.kind == TimelineEntry::Kind::Pause)
        background = tones::background(Tone::Info, QApplication::palette(), QPalette::Base);
    else if (e.state == TimelineEntry::State::Overdue || e.state == TimelineEntry::State::Missed)
        background = CaseworkText::urgencyBackground(Urgency::Overdue);
    if (background.isValid())
        for (int c = 0; c < TimelineView::ColumnCount; ++c)
            item->setBackground(c, background);
    if (e.kind == TimelineEntry::Kind::Deadline) {
        QFont f = item->font(TimelineView::What);
        f.setBold(e.state == TimelineEntry::State::Overdue);
        f.setItalic(e.state == TimelineEntry::State::Upcoming);
        item->setFont(TimelineView::What, f);
    }
    return item;
}

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("timeline"));
    m_tree->setAccessibleName(tr("Timeline"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("Who")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Details, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_tree);
}

void TimelineView::showCase(const CaseRecord &record, const std::map<QString, QString> &userNames)
{
    m_tree->clear();
    const QDate day = today();
    bool todayShown = false;
    QTreeWidgetItem *todayItem = nullptr;
    for (const TimelineEntry &e : buildTimeline(record, day)) {
        if (!todayShown && e.date > day) {
            todayItem = new QTreeWidgetItem({CaseworkText::date(day), tr("Today"), QString(), QString()});
            m_tree->addTopLevelItem(todayItem);
            todayShown = true;
        }
        m_tree->addTopLevelItem(itemFor(e, userNames));
    }
    if (!todayShown) {
        todayItem = new QTreeWidgetItem({CaseworkText::date(day), tr("Today"), QString(), QString()});
        m_tree->addTopLevelItem(todayItem);
    }
    // Today reads as a marker in words, bold and an arrow, not by its tint alone.
    todayItem->setIcon(What, style()->standardIcon(QStyle::SP_ArrowRight));
    QFont bold = todayItem->font(What);
    bold.setBold(true);
    for (int c = 0; c < ColumnCount; ++c) {
        todayItem->setFont(c, bold);
        todayItem->setBackground(c, tones::background(Tone::Info, palette(), QPalette::Base));
    }
    m_tree->scrollToItem(todayItem);
}

} // namespace fv
