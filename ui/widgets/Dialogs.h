#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace fv {

// The few modal questions the UI asks, behind one facade that a test can script
// (KeePassXC's MessageBox::setNextAnswer): set the next answer and no dialog opens.
class Dialogs
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter);
    // A folder; the scripted answer is the next file name.
    static QString directory(QWidget *parent, const QString &title);
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QString &initial = {});
    static bool confirm(QWidget *parent, const QString &title, const QString &question);

    // Wide enough that the title bar shows the whole title (the system adds the program's name).
    static void fitTitle(QWidget &dialog);

    // For tests: the next call of the matching kind returns this without showing anything.
    static void setNextFileName(const QString &name);
    static void setNextText(std::optional<QString> text);
    static void setNextConfirmation(bool yes);
    // For tests: the title and the question of the last confirm() or text(), scripted or not.
    static QString lastQuestion();
};

} // namespace fv
