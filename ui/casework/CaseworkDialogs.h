#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace fv {

// The casework's small questions (a date, a choice from a list), scriptable like Dialogs:
// queue the next answers and no dialog opens (one action may ask several questions in a
// row); std::nullopt scripts a cancel.
class CaseworkDialogs
{
public:
    static std::optional<QDate> date(QWidget *parent, const QString &title, const QString &label, const QDate &initial,
                                     const QDate &minimum, const QDate &maximum);
    // One of `items` (returned as given), or nullopt when cancelled.
    static std::optional<QString> choice(QWidget *parent, const QString &title, const QString &label,
                                         const QStringList &items);

    static void setNextDate(std::optional<QDate> date);
    static void setNextChoice(std::optional<QString> choice);
};

} // namespace fv
