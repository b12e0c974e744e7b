#pragma once
// What a screen reader finds in a window: walks the QAccessible tree Qt gives AT-SPI (Orca) and
// UI Automation (NVDA) and lists every interactive object it could not name, and every
// &-mnemonic that means two things. Used by AccessibilityTests and the keyboard-only test.
#include <QAbstractButton>
#include <QAccessible>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QToolButton>
#include <QWidget>

#include <functional>

namespace fv::test {

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::Document: return true;
    default: return false;
    }
}

inline QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString what = QString::number(int(iface->role()), 16);
    if (o) {
        what = QString::fromLatin1(o->metaObject()->className()) + QLatin1Char('#') + o->objectName();
        for (QObject *p = o->parent(); p; p = p->parent())
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
                what += QStringLiteral(" in ") + p->objectName();
                break;
            }
    }
    return what + QStringLiteral(" \"") + iface->text(QAccessible::Name) + QLatin1Char('"');
}

// The name a screen reader speaks: the object's own, or on Linux the label it is labelled by
// (Qt names a combo box by its value there and gives the label as a relation).
inline QString spokenName(QAccessibleInterface *iface)
{
    const bool isCombo = iface->role() == QAccessible::ComboBox;
    if (!isCombo && !iface->text(QAccessible::Name).trimmed().isEmpty())
        return iface->text(QAccessible::Name);
    for (const auto &rel : iface->relations(QAccessible::Label))
        if (!rel.first->text(QAccessible::Name).trimmed().isEmpty())
            return rel.first->text(QAccessible::Name);
    if (auto *w = qobject_cast<QWidget *>(iface->object()); w && !w->accessibleName().isEmpty())
        return w->accessibleName();
    return {};
}

inline void checkTable(QAccessibleInterface *iface, QStringList &problems)
{
    QAccessibleTableInterface *table = iface->tableInterface();
    if (!table)
        return;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->columnDescription(c).trimmed().isEmpty())
            problems << QStringLiteral("%1: column %2 has no header").arg(describe(iface)).arg(c);
    // A row is named by what identifies it (the case number, the registry…), not its position.
    if (iface->role() != QAccessible::Table)
        return; // a tree's rows are its items' text
    for (int r = 0; r < qMin(table->rowCount(), 20); ++r) {
        const QString name = table->rowDescription(r).trimmed();
        if (name.isEmpty() || name == QString::number(r + 1)) {
            problems << QStringLiteral("%1: rows have no name (row %2: \"%3\")").arg(describe(iface)).arg(r).arg(name);
            return;
        }
    }
}

inline void walk(QAccessibleInterface *iface, QStringList &problems, int depth = 0)
{
    if (!iface || depth > 60 || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    // What takes the focus is spoken when it does, whatever its role (a scroll area too); a widget
    // that passes its focus on (a tab widget to its tab bar) is not spoken itself.
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    const bool takesFocus = iface->state().focusable && !(widget && widget->focusProxy());
    if ((isInteractive(role) || takesFocus) && !iface->state().invisible) {
        const QString name = spokenName(iface);
        static const QRegularExpression markup(QStringLiteral("<[a-zA-Z/][^>]*>"));
        if (name.trimmed().isEmpty())
            problems << describe(iface) + QStringLiteral(": no name");
        else if (markup.match(name).hasMatch())
            problems << describe(iface) + QStringLiteral(": markup in its name");
        if (role == QAccessible::Table || role == QAccessible::Tree)
            checkTable(iface, problems);
    }
    // Cells and list items are named by their data; the table itself was checked above.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, depth + 1);
}

// The unnamed objects of the window as it is shown now.
inline QStringList unnamedObjects(QWidget *window)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(window), problems);
    return problems;
}

inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter active in the window as shown now, and what each means; a letter with two
// meanings is a problem.
inline QStringList duplicateMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> uses;
    const auto add = [&](const QString &text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            uses[c] << text;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    add(t->tabText(i));
        } else if (auto *m = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : m->actions())
                add(a->text());
        }
    }
    QStringList problems;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(" | ")));
    return problems;
}

// Every menu a window opens (the menu bar's, their submenus and, unless `menuBarOnly`, the
// menus of its buttons), once each.
inline QList<QMenu *> menusOf(QWidget *window, bool menuBarOnly = false)
{
    QList<QMenu *> menus;
    std::function<void(QMenu *)> add = [&](QMenu *menu) {
        if (!menu || menus.contains(menu))
            return;
        menus << menu;
        for (QAction *a : menu->actions())
            add(a->menu());
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window)
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                add(a->menu());
        } else if (menuBarOnly) {
            continue;
        } else if (auto *tool = qobject_cast<QToolButton *>(w)) {
            add(tool->menu());
        } else if (auto *push = qobject_cast<QPushButton *>(w)) {
            add(push->menu());
        }
    }
    return menus;
}

// Inside an open menu a letter picks one item at once only if no other item has it: every
// menu's letters, per menu; a letter on two items is a problem.
inline QStringList duplicateMenuMnemonics(QWidget *window)
{
    QStringList problems;
    for (QMenu *menu : menusOf(window)) {
        QMap<QChar, QStringList> uses;
        for (QAction *a : menu->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            if (const QChar c = mnemonicOf(a->text()); !c.isNull())
                uses[c] << a->text();
        }
        for (auto it = uses.cbegin(); it != uses.cend(); ++it)
            if (it.value().size() > 1)
                problems << QStringLiteral("%1 menu, Alt+%2: %3")
                                .arg(menu->title(), it.key().toUpper(), it.value().join(QStringLiteral(" | ")));
    }
    return problems;
}

// A command in the menu bar without a letter cannot be picked from the open menu in one key.
// (A button's menu of standard texts lists data by name and is chosen with the arrows.)
inline QStringList menuItemsWithoutMnemonic(QWidget *window)
{
    QStringList problems;
    for (QMenu *menu : menusOf(window, true))
        for (QAction *a : menu->actions())
            if (a->isVisible() && !a->isSeparator() && mnemonicOf(a->text()).isNull())
                problems << QStringLiteral("%1 menu: \"%2\" has no letter").arg(menu->title(), a->text());
    return problems;
}

} // namespace fv::test
