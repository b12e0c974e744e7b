#include "widgets/Accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QWidget>

#include <algorithm>

namespace fv::a11y {

QString plainText(const QString &labelText)
{
    QString text = labelText;
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    static const QRegularExpression trailing(QStringLiteral("[:\\s▾…]+$"));
    return text.remove(trailing).simplified();
}

void nameAfter(QWidget *widget, const QString &labelText)
{
    widget->setAccessibleName(plainText(labelText));
    // An editable combo box is read through its line edit too.
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        combo->lineEdit()->setAccessibleName(plainText(labelText));
}

void announce(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    if (source->accessibleName() != text)
        source->setAccessibleName(text); // raises NameChanged
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void setError(QWidget *field, const QString &error)
{
    if (!field || field->accessibleDescription() == error)
        return;
    field->setAccessibleDescription(error); // raises DescriptionChanged
    if (!error.isEmpty() && field->hasFocus()) {
        QAccessibleEvent alert(field, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

namespace {

// Ctrl+Tab types the tab character that Tab no longer types.
class CtrlTabTypesTab : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            auto *editor = qobject_cast<QPlainTextEdit *>(watched);
            if (editor && key->key() == Qt::Key_Tab && key->modifiers() == Qt::ControlModifier) {
                if (!editor->isReadOnly())
                    editor->insertPlainText(QStringLiteral("\t"));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// A scroll area takes the focus (the keyboard scrolls the page with it): named after the tab it
// stands in, so that a screen reader says which page scrolls. Renamed at each showing, so it
// follows a change of language; a name given by the code is kept.
class NamedAfterTab : public QObject
{
public:
    explicit NamedAfterTab(QScrollArea *area) : QObject(area), m_area(area) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show
            && (m_area->accessibleName().isEmpty() || m_area->accessibleName() == m_given))
            for (QWidget *page = m_area; page; page = page->parentWidget()) {
                auto *stack = qobject_cast<QStackedWidget *>(page->parentWidget());
                auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
                if (const int index = tabs ? tabs->indexOf(page) : -1; index >= 0) {
                    m_given = plainText(tabs->tabText(index));
                    m_area->setAccessibleName(m_given);
                    break;
                }
            }
        return QObject::eventFilter(watched, event);
    }

private:
    QScrollArea *m_area;
    QString m_given;
};

} // namespace

void tabMovesFocus(QPlainTextEdit *editor)
{
    editor->setTabChangesFocus(true);
    editor->installEventFilter(new CtrlTabTypesTab(editor));
}

void tabMovesFocusIn(QWidget *root)
{
    for (QPlainTextEdit *editor : root->findChildren<QPlainTextEdit *>())
        tabMovesFocus(editor);
}

void resizeWithin(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    // Room for the title bar and the frame the window manager adds.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    window->resize(wanted.boundedTo(room));
}

QScrollArea *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Whatever takes the focus in the page – by Tab, a label's Alt+letter or an error's link –
    // is scrolled into view: at 200 % much of the page is out of sight.
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
    area->installEventFilter(new NamedAfterTab(area));
    return area;
}

void tabAfter(QWidget *previous, QWidget *compound)
{
    // The controls that take the focus, outermost only: setTabOrder moves each with its insides.
    QList<QWidget *> controls;
    for (QWidget *w = compound->nextInFocusChain(); w != compound; w = w->nextInFocusChain())
        if (compound->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus
            && std::none_of(controls.begin(), controls.end(), [w](QWidget *c) { return c->isAncestorOf(w); }))
            controls << w;
    for (QWidget *w : controls) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

void keyboardFriendly(QAbstractItemView *view, const QString &name)
{
    view->setTabKeyNavigation(false);
    view->setAccessibleName(name);
}

} // namespace fv::a11y
