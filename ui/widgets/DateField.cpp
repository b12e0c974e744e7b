#include "widgets/DateField.h"

#include "widgets/Accessibility.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace fv {
namespace {

const QString displayFormat = QStringLiteral("dd.MM.yyyy");

} // namespace

DateField::DateField(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(tr("dd.mm.yyyy"));
    m_edit->setMaxLength(10);
    const int width = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 16;
    m_edit->setFixedWidth(width);
    m_pick->setArrowType(Qt::DownArrow); // opens a calendar, like a date edit's popup button
    m_pick->setToolTip(tr("Pick a date"));
    m_pick->setAccessibleName(tr("Pick a date"));
    m_pick->setFocusPolicy(Qt::NoFocus); // the keyboard types the date; the calendar is for the mouse
    layout->addWidget(m_edit);
    layout->addWidget(m_pick);
    layout->addStretch(1);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::changed);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Written the way the caseworker reads it once it is a date.
        const QDate d = date();
        if (d.isValid() && m_edit->text() != d.toString(displayFormat))
            m_edit->setText(d.toString(displayFormat));
    });
    connect(m_pick, &QToolButton::clicked, this, &DateField::showCalendar);
}

QDate DateField::parse(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("ddMMyyyy"),
                                  QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QDate DateField::date() const
{
    return parse(m_edit->text());
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(date.isValid() ? date.toString(displayFormat) : QString());
}

bool DateField::isBlank() const
{
    return m_edit->text().trimmed().isEmpty();
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_pick->setEnabled(!readOnly);
}

void DateField::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!accessibleName().isEmpty()) {
        m_edit->setAccessibleName(accessibleName());
        return;
    }
    if (parentWidget())
        for (QLabel *label : parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
            if (label->buddy() == this) {
                a11y::nameAfter(m_edit, label->text());
                return;
            }
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setLocale(QLocale());
    calendar->setGridVisible(true);
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate &d) {
        setDate(d);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate &d) {
        setDate(d);
        menu.close();
    });
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
    m_edit->setFocus();
}

} // namespace fv
