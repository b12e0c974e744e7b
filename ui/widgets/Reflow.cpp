#include "widgets/Reflow.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

namespace fv {
namespace reflow {

void wrapLongRows(QFormLayout *form)
{
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

QHBoxLayout *buttonRow(std::initializer_list<QAbstractButton *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QAbstractButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    return row;
}

} // namespace reflow

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

// As narrow as the widest item: everything else wraps.
QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

// All on one row.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacingOr(QStyle::PM_LayoutHorizontalSpacing) : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

// The spacing set, or the style's for the widget the layout is in.
int FlowLayout::spacingOr(QStyle::PixelMetric metric) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    if (!w)
        return 6;
    const int byStyle = w->style()->pixelMetric(metric, nullptr, w);
    if (byStyle >= 0)
        return byStyle;
    const Qt::Orientation along = metric == QStyle::PM_LayoutVerticalSpacing ? Qt::Vertical : Qt::Horizontal;
    return qMax(0, w->style()->layoutSpacing(QSizePolicy::ToolButton, QSizePolicy::ToolButton, along, nullptr, w));
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacingOr(QStyle::PM_LayoutHorizontalSpacing);
    const int rowGap = spacingOr(QStyle::PM_LayoutVerticalSpacing);
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (x > area.x() && x + size.width() > area.right() + 1) {
            x = area.x();
            y += rowHeight + rowGap;
            rowHeight = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), size));
        x += size.width() + gap;
        rowHeight = qMax(rowHeight, size.height());
    }
    return y + rowHeight - rect.y() + contentsMargins().bottom();
}

} // namespace fv
