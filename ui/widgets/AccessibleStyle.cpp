#include "widgets/AccessibleStyle.h"

#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace fv {
namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(
        float(a.redF() * share + b.redF() * (1 - share)), float(a.greenF() * share + b.greenF() * (1 - share)),
        float(a.blueF() * share + b.blueF() * (1 - share)));
}

// `colour` moved towards `towards` until it stands out `ratio` from `against`.
QColor atLeast(QColor colour, const QColor &against, const QColor &towards, double ratio)
{
    for (int step = 0; step < 20 && AccessibleStyle::contrast(colour, against) < ratio; ++step)
        colour = mix(towards, colour, 0.1 * (step + 1));
    return colour;
}

} // namespace

AccessibleStyle::AccessibleStyle() : QProxyStyle()
{}

double AccessibleStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void AccessibleStyle::polish(QPalette &palette)
{
    QProxyStyle::polish(palette);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor text = palette.color(group, QPalette::Text);
        const QColor selectedText = palette.color(group, QPalette::HighlightedText);
        // The selected row's text on its highlight, and the placeholder on the field.
        palette.setColor(
            group, QPalette::Highlight, atLeast(palette.color(group, QPalette::Highlight), selectedText, text, 4.5));
        palette.setColor(group, QPalette::PlaceholderText,
                         atLeast(palette.color(group, QPalette::PlaceholderText), base, text, 4.5));
    }
}

void AccessibleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if (element != PE_FrameFocusRect) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // A solid 2 px frame in the text colour (on a selected row: the selected text's colour).
    const bool selected = option->state & State_Selected;
    const QColor colour = option->palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(colour, 2, Qt::SolidLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace fv
