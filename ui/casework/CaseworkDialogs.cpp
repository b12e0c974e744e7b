#include "casework/CaseworkDialogs.h"

#include "widgets/Dialogs.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>

#include <deque>

namespace fv {
namespace {

std::deque<std::optional<QDate>> nextDates;
std::deque<std::optional<QString>> nextChoices;

template<typename T>
std::optional<T> take(std::deque<T> &queue)
{
    if (queue.empty())
        return std::nullopt;
    T v = std::move(queue.front());
    queue.pop_front();
    return v;
}

} // namespace

void CaseworkDialogs::setNextDate(std::optional<QDate> date)
{
    nextDates.push_back(std::move(date));
}

void CaseworkDialogs::setNextChoice(std::optional<QString> choice)
{
    nextChoices.push_back(std::move(choice));
}

std::optional<QDate> CaseworkDialogs::date(QWidget *parent, const QString &title, const QString &label,
                                           const QDate &initial, const QDate &minimum, const QDate &maximum)
{
    if (auto scripted = take(nextDates))
        return *scripted;
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(label, &dialog);
    text->setWordWrap(true);
    auto *edit = new QDateEdit(initial, &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy")); // as every date in the program reads
    if (minimum.isValid())
        edit->setMinimumDate(minimum);
    if (maximum.isValid())
        edit->setMaximumDate(maximum);
    text->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    Dialogs::fitTitle(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->date();
}

std::optional<QString> CaseworkDialogs::choice(QWidget *parent, const QString &title, const QString &label,
                                               const QStringList &items)
{
    if (auto scripted = take(nextChoices))
        return *scripted;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    Dialogs::fitTitle(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace fv
