#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

#include <initializer_list>

class QAbstractButton;
class QFormLayout;
class QHBoxLayout;

namespace fv {

// Layouts that reflow at 200 % rather than make a page scroll sideways (first done for the
// Klage page): a form row too long for the width puts its label above its field, buttons go on
// a row of their own under the fields they act on, and a group of action buttons wraps.
namespace reflow {

// `form`'s labels go above their fields when a row does not fit; at 100 % nothing changes.
void wrapLongRows(QFormLayout *form);
// Buttons side by side at their natural width, the rest of the row empty: put it under the
// fields the buttons act on, not beside them.
QHBoxLayout *buttonRow(std::initializer_list<QAbstractButton *> buttons);

} // namespace reflow

// Widgets left to right, wrapping onto the next row when the width runs out (Qt's flow layout
// example): a row of action buttons on one line at 100 %, on two or three at 200 %. The order
// of reading and of Tab stays left to right, top to bottom.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (or only measures, when `apply` is false); the height used.
    int arrange(const QRect &rect, bool apply) const;
    int spacingOr(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};

} // namespace fv
