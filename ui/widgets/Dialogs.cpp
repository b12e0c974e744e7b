#include "widgets/Dialogs.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QInputDialog>

#include <algorithm>

namespace fv {
namespace {
std::optional<QString> nextFileName;
std::optional<std::optional<QString>> nextText;
std::optional<bool> nextConfirmation;
QString asked;

template<typename T>
std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> v = std::move(slot);
    slot.reset();
    return v;
}
} // namespace

void Dialogs::setNextFileName(const QString &name)
{
    nextFileName = name;
}
void Dialogs::setNextText(std::optional<QString> text)
{
    nextText = std::move(text);
}
void Dialogs::setNextConfirmation(bool yes)
{
    nextConfirmation = yes;
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (auto scripted = take(nextFileName))
        return *scripted;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto scripted = take(nextFileName))
        return *scripted;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto scripted = take(nextFileName))
        return scripted->isEmpty() ? QStringList() : QStringList{*scripted};
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Dialogs::directory(QWidget *parent, const QString &title)
{
    if (auto scripted = take(nextFileName))
        return *scripted;
    return QFileDialog::getExistingDirectory(parent, title);
}

void Dialogs::fitTitle(QWidget &dialog)
{
    const QString shown = dialog.windowTitle() + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    // Room for the window's icon and buttons beside the text.
    const int width = dialog.fontMetrics().horizontalAdvance(shown) + 180;
    // A message box sizes itself from its layout alone: it gets a spacer that wide.
    if (auto *grid = qobject_cast<QMessageBox *>(&dialog) ? qobject_cast<QGridLayout *>(dialog.layout()) : nullptr)
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Minimum), grid->rowCount(), 0, 1,
                      grid->columnCount());
    else
        dialog.setMinimumWidth(std::max(dialog.minimumWidth(), width));
}

QString Dialogs::lastQuestion()
{
    return asked;
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    asked = title + QLatin1Char('\n') + label;
    if (auto scripted = take(nextText))
        return *scripted;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(initial);
    fitTitle(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    asked = title + QLatin1Char('\n') + question;
    if (auto scripted = take(nextConfirmation))
        return *scripted;
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::Yes);
    fitTitle(box);
    return box.exec() == QMessageBox::Yes;
}

} // namespace fv
