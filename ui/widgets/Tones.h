#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace fv {

// What a coloured text or bar means. Never the only sign: the text, an icon or a mark says it too.
enum class Tone { Info, Warning, Error, Success, Muted };

// Colours that carry a meaning, derived from the palette in use instead of fixed: a hue for the
// meaning, moved towards the palette's text colour until it stands out at least 4.5:1 against
// the palette's background, so a dark or high-contrast desktop is followed, not overridden.
namespace tones {

// The text colour of `tone` on the palette's `ground` (Window for labels, Base for fields,
// tables and documents).
QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole ground = QPalette::Window);
// The text colour of `tone` on any background colour (a tinted row).
QColor textOn(Tone tone, const QPalette &palette, const QColor &ground);
// The tone's text colour in a table, list or document of the application's palette.
QColor onBase(Tone tone);
// A bar's or a row's background: a light (on a dark palette: dark) tint of the palette's
// `ground`, on which the palette's own text still reads at 4.5:1.
QColor background(Tone tone, const QPalette &palette, QPalette::ColorRole ground = QPalette::Window);
// A bar's or a field's frame: at least 3:1 against the window colour.
QColor border(Tone tone, const QPalette &palette);
// "#rrggbb", for rich text and style sheets.
QString css(const QColor &colour);
// The tone's text colour for rich text shown in a document pane (on the application palette's Base).
QString htmlColour(Tone tone);
// A <style> block for rich text with a class per tone (fv-info, fv-warning, fv-error, fv-success,
// fv-muted), from the application's palette on `ground`: <span class='fv-error'>…</span>.
QString htmlStyle(QPalette::ColorRole ground = QPalette::Base);
// Gives a label the tone's text colour through its palette (not a style sheet).
void setTextTone(QWidget *label, Tone tone);

} // namespace tones
} // namespace fv
