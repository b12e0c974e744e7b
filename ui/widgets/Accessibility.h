#pragma once

#include <QSize>
#include <QString>

class QAbstractItemView;
class QPlainTextEdit;
class QScrollArea;
class QWidget;

namespace fv::a11y {

// What a screen reader should speak for a visible label: no markup, no &-mnemonic marks.
QString plainText(const QString &labelText);
// Names `widget` after the label text beside it (rich text or with a mnemonic).
void nameAfter(QWidget *widget, const QString &labelText);
// Says `text` now, as an alert from `source` (QAccessible::Alert with the text as the name):
// confirmations and refusals a screen-reader user would otherwise not hear.
void announce(QWidget *source, const QString &text);
// Marks `field` invalid with the error as its description (empty `error`: valid again).
void setError(QWidget *field, const QString &error);
// Tab and Shift+Tab move on from the editor (no keyboard trap); Ctrl+Tab types a tab.
void tabMovesFocus(QPlainTextEdit *editor);
// Every QPlainTextEdit under `root`, as tabMovesFocus.
void tabMovesFocusIn(QWidget *root);
// Resizes a window to `wanted`, but never beyond the screen's available area: at 200 % a
// window opens whole, its buttons on screen (what does not fit scrolls or shrinks).
void resizeWithin(QWidget *window, const QSize &wanted);
// `content` in a frameless scroll area that resizes it: a page that scrolls at 200 % rather
// than pushing its window off the screen. The control that takes the focus is scrolled into view;
// the area, itself a Tab stop (the keyboard scrolls the page), is named after its tab.
QScrollArea *scrollable(QWidget *content);
// Puts the controls inside `compound` right after `previous` in the Tab order, keeping their own
// order (QWidget::setTabOrder ignores a widget that takes no focus itself, such as a panel).
void tabAfter(QWidget *previous, QWidget *compound);
// A list or table the keyboard leaves with Tab and Shift+Tab (arrows move inside), named.
void keyboardFriendly(QAbstractItemView *view, const QString &name);

} // namespace fv::a11y
