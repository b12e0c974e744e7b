#include "widgets/FieldErrors.h"

#include "widgets/Accessibility.h"
#include "widgets/Tones.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace fv {

QWidget *FieldErrors::withMessage(QWidget *input, QLabel **message)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Inputs that do not grow (a combo box, a date) keep their width; the message under them
    // may use the whole row, so it does not wrap into a narrow column.
    const bool grows = input->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    layout->addWidget(input, 0, grows ? Qt::Alignment() : Qt::AlignLeft);
    auto *label = new QLabel(box);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    tones::setTextTone(label, Tone::Error);
    label->hide();
    layout->addWidget(label);
    box->setFocusProxy(input);
    // Extra height in a form goes below the last row, not between an input and its message.
    const bool tall = input->sizePolicy().verticalPolicy() & QSizePolicy::ExpandFlag
        && input->maximumHeight() == QWIDGETSIZE_MAX;
    box->setSizePolicy(QSizePolicy::Expanding, tall ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    if (message)
        *message = label;
    return box;
}

QWidget *FieldErrors::wrap(QWidget *input, const QString &path, const QString &label)
{
    QLabel *message = nullptr;
    QWidget *box = withMessage(input, &message);
    add(path, input, message, label);
    return box;
}

void FieldErrors::add(const QString &path, QWidget *input, QLabel *message, const QString &label, const QString &prefix)
{
    m_fields[path] = Field{input, message, label, prefix};
}

void FieldErrors::removeStartingWith(const QString &prefix)
{
    for (auto it = m_fields.begin(); it != m_fields.end();)
        it = it->first.startsWith(prefix) ? m_fields.erase(it) : std::next(it);
}

void FieldErrors::clear()
{
    for (auto &[path, field] : m_fields) {
        if (field.message) {
            field.message->clear();
            field.message->hide();
        }
        mark(field.input, false);
        a11y::setError(field.input, {});
    }
}

bool FieldErrors::show(const QString &path, const QString &message)
{
    const auto it = m_fields.find(path);
    if (it == m_fields.end() || !it->second.message)
        return false;
    QLabel *label = it->second.message;
    const QString &prefix = it->second.prefix;
    const QString line = QStringLiteral("⚠ ") + (prefix.isEmpty() ? message : prefix + QStringLiteral(": ") + message);
    label->setText(label->text().isEmpty() ? line : label->text() + QLatin1Char('\n') + line);
    label->show();
    mark(it->second.input, true);
    a11y::setError(it->second.input, a11y::plainText(label->text())); // read with the field
    return true;
}

QWidget *FieldErrors::input(const QString &path) const
{
    const auto it = m_fields.find(path);
    return it == m_fields.end() ? nullptr : it->second.input.data();
}

QString FieldErrors::label(const QString &path) const
{
    const auto it = m_fields.find(path);
    return it == m_fields.end() ? QString() : it->second.label;
}

QString FieldErrors::message(const QString &path) const
{
    const auto it = m_fields.find(path);
    if (it == m_fields.end() || !it->second.message || it->second.message->isHidden())
        return {};
    return it->second.message->text();
}

QStringList FieldErrors::pathsShowing() const
{
    QStringList paths;
    for (const auto &[path, field] : m_fields)
        if (field.message && !field.message->isHidden())
            paths << path;
    return paths;
}

void FieldErrors::mark(QWidget *input, bool bad)
{
    if (!input || input->property("fvError").toBool() == bad)
        return;
    input->setProperty("fvError", bad);
    // The form's style sheet draws the frame; a property change needs a re-polish.
    input->style()->unpolish(input);
    input->style()->polish(input);
    input->update();
}

} // namespace fv
