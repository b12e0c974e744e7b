#include "widgets/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

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

QString Dialogs::lastQuestion()
{
    return asked;
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label)
{
    asked = title + QLatin1Char('\n') + label;
    if (auto scripted = take(nextText))
        return *scripted;
    bool ok = false;
    const QString t = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return t;
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    asked = title + QLatin1Char('\n') + question;
    if (auto scripted = take(nextConfirmation))
        return *scripted;
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace fv
