#pragma once

#include "casework/CaseworkTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QVariant>

#include <map>

namespace fv {

// How urgent a dated task is, for colour and icon (never colour alone: the text says it too).
enum class Urgency { None, OnTime, Soon, Overdue };
Urgency urgencyOf(const CaseTask &task); // Soon: within 5 working days

// The casework's words in the GUI, translated.
class CaseworkText
{
    Q_DECLARE_TR_FUNCTIONS(fv::CaseworkText)

public:
    static QString itemName(AssessmentItem item);
    static QString itemHint(AssessmentItem item); // what the lawyer checks, in a sentence
    static QString resultName(AssessmentResult result);
    static QString answerName(ConsultationAnswer answer);
    static QString taskName(TaskKind kind);
    static QString timelineName(const QString &code); // an event's or a deadline's code
    // "Overdue by 3 working days", "Due today", "4 working days left".
    static QString dueText(const CaseTask &task);
    // What to do about an overdue task ("send a reminder", "propose rejection for no reply"…).
    static QString nextStep(const CaseTask &task);
    // An event's stored detail as the caseworker reads it ("purpose: fulfilled" → "Purpose:
    // fulfilled" in words, dates dd.MM.yyyy); the stored text itself never changes.
    static QString eventDetail(const QString &code, const QString &detail);
    // A user's full name from `names` (login → full name), else the login itself.
    static QString userName(const std::map<QString, QString> &names, const QString &login);
    static QString date(const QDate &date);       // dd.MM.yyyy
    static QString dateTime(const QDateTime &at); // dd.MM.yyyy hh:mm

    static QIcon urgencyIcon(Urgency urgency);
    static QColor urgencyBackground(Urgency urgency);
    static QColor urgencyForeground(Urgency urgency);

    // The case list's deadline cell: the most urgent dated task (or that the clock is paused),
    // for Qt::DisplayRole, DecorationRole, BackgroundRole, ToolTipRole and the list's sort role
    // (the due date as ISO text). `deadlines` is null for a case with nothing due.
    static QVariant deadlineCell(const DeadlineStatus *deadlines, int role, int sortRole);
};

} // namespace fv
