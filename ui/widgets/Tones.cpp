#include "widgets/Tones.h"

#include "widgets/AccessibleStyle.h"

#include <QApplication>
#include <QWidget>

namespace fv::tones {
namespace {

// The hue of each meaning as it looks on a light palette (all ≥ 4.5:1 on white already).
QColor hue(Tone tone, const QPalette &palette, const QColor &ground)
{
    switch (tone) {
    case Tone::Info: return QColor(0x1d, 0x4f, 0x7a);
    case Tone::Warning: return QColor(0x7a, 0x4a, 0x00);
    case Tone::Error: return QColor(0xa3, 0x1f, 0x1f);
    case Tone::Success: return QColor(0x1d, 0x6b, 0x32);
    case Tone::Muted: break;
    }
    // Muted: the palette's own text, a little towards the background.
    const QColor t = palette.color(QPalette::WindowText);
    return QColor::fromRgbF(
        float(t.redF() * 0.6 + ground.redF() * 0.4), float(t.greenF() * 0.6 + ground.greenF() * 0.4),
        float(t.blueF() * 0.6 + ground.blueF() * 0.4));
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(
        float(a.redF() * share + b.redF() * (1 - share)), float(a.greenF() * share + b.greenF() * (1 - share)),
        float(a.blueF() * share + b.blueF() * (1 - share)));
}

// `colour` moved towards `towards` until it stands out `ratio` from `against`; if even
// `towards` does not, black or white, whichever stands out more.
QColor atLeast(QColor colour, const QColor &against, const QColor &towards, double ratio)
{
    for (int step = 1; step <= 10 && AccessibleStyle::contrast(colour, against) < ratio; ++step)
        colour = mix(towards, colour, 0.1 * step);
    if (AccessibleStyle::contrast(colour, against) >= ratio)
        return colour;
    const QColor black(Qt::black), white(Qt::white);
    return AccessibleStyle::contrast(black, against) > AccessibleStyle::contrast(white, against) ? black : white;
}

// Black or white, whichever stands out more from `ground`: where a hue is moved to.
QColor extreme(const QColor &ground)
{
    const QColor black(Qt::black), white(Qt::white);
    return AccessibleStyle::contrast(black, ground) > AccessibleStyle::contrast(white, ground) ? black : white;
}

} // namespace

QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole ground)
{
    return textOn(tone, palette, palette.color(ground));
}

QColor textOn(Tone tone, const QPalette &palette, const QColor &ground)
{
    return atLeast(hue(tone, palette, ground), ground, extreme(ground), 4.5);
}

QColor background(Tone tone, const QPalette &palette, QPalette::ColorRole ground)
{
    const QColor plain = palette.color(ground);
    const QColor tint = mix(hue(tone, palette, plain), plain, 0.12);
    // The palette's own text stays readable on it.
    const QPalette::ColorRole textRole = ground == QPalette::Base ? QPalette::Text : QPalette::WindowText;
    return AccessibleStyle::contrast(palette.color(textRole), tint) >= 4.5 ? tint : plain;
}

QColor border(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return atLeast(hue(tone, palette, window), window, extreme(window), 3.0);
}

QString css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString htmlColour(Tone tone)
{
    return css(onBase(tone));
}

QString htmlStyle(QPalette::ColorRole ground)
{
    const QPalette palette = QApplication::palette();
    const auto rule = [&](const char *name, Tone tone) {
        return QStringLiteral(".fv-%1{color:%2;} ").arg(QLatin1String(name), css(text(tone, palette, ground)));
    };
    return QStringLiteral("<style>") + rule("info", Tone::Info) + rule("warning", Tone::Warning)
        + rule("error", Tone::Error) + rule("success", Tone::Success) + rule("muted", Tone::Muted)
        + QStringLiteral("</style>");
}

QColor onBase(Tone tone)
{
    return text(tone, QApplication::palette(), QPalette::Base);
}

void setTextTone(QWidget *label, Tone tone)
{
    QPalette p = label->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        QPalette copy = p;
        copy.setCurrentColorGroup(group);
        p.setColor(group, label->foregroundRole(), text(tone, copy, label->backgroundRole()));
    }
    label->setPalette(p);
}

} // namespace fv::tones
