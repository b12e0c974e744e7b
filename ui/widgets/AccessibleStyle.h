#pragma once

#include <QProxyStyle>

namespace fv {

// The desktop's style with what WCAG 2.1 AA asks of it: a focus mark of at least 3:1 against
// what it is drawn on (2 px in the palette's text colour, so a high-contrast palette gives a
// high-contrast mark), selected rows and placeholders of at least 4.5:1. Every colour is taken
// from the palette in use and only adjusted where it falls short; none is fixed.
class AccessibleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    AccessibleStyle();

    void polish(QPalette &palette) override;
    using QProxyStyle::polish;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // WCAG's contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace fv
