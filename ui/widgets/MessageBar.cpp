#include "widgets/MessageBar.h"

#include "widgets/Tones.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace fv {
namespace {

// The bar is an alert to a screen reader (AT-SPI "alert", UI Automation's alert), named by its
// message: Orca and NVDA read an alert when it is shown.
class MessageBarAccessible : public QAccessibleWidget
{
public:
    explicit MessageBarAccessible(QWidget *bar) : QAccessibleWidget(bar, QAccessible::AlertMessage) {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name || t == QAccessible::Description)
            return static_cast<MessageBar *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *messageBarAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("fv::MessageBar") && object && object->isWidgetType())
        return new MessageBarAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the message"));
    m_close->setAccessibleName(tr("Close the message"));
    static const bool installed = [] {
        QAccessible::installFactory(messageBarAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    setAutoFillBackground(true);
    hide();
}

void MessageBar::show(Kind kind, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Tone tone = Tone::Info;
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tone = Tone::Warning;
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tone = Tone::Error;
    }
    // The colours come from the palette the bar sits in (a dark or high-contrast one too): a
    // tint of its window colour, a frame of at least 3:1, the palette's own text on it.
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QPalette p = around;
    p.setColor(QPalette::Window, tones::background(tone, around));
    p.setColor(QPalette::WindowText, tones::border(tone, around));
    setPalette(p);
    // Set role by role: a palette set as a whole on the text would still inherit the frame's.
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Window, p.color(QPalette::Window));
    textPalette.setColor(QPalette::WindowText, around.color(QPalette::WindowText));
    m_text->setPalette(textPalette);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_text->setText(text);
    QFrame::show();
    // Spoken at once (an alert), and the keyboard is never left nowhere: when no visible widget
    // has the focus (a refused import from the menu), it goes to the message.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    const QWidget *focused = QApplication::focusWidget();
    if (!focused || !focused->isVisible() || focused->window() != window())
        m_close->setFocus(Qt::OtherFocusReason);
}

void MessageBar::takeFocus()
{
    if (isVisible())
        m_close->setFocus(Qt::OtherFocusReason);
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace fv
