#include "casework/Deadlines.h"

#include "storage/Settings.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {
namespace {

Result<int> parseDays(const QString &key, const QString &text, int min, int max)
{
    bool okNumber = false;
    const int n = text.trimmed().toInt(&okNumber);
    if (!okNumber || n < min || n > max)
        return fail(QCoreApplication::translate(
                        "fv::Casework", "the setting %1 must be a whole number from %2 to %3, not \"%4\"")
                        .arg(key)
                        .arg(min)
                        .arg(max)
                        .arg(text));
    return n;
}

Result<bool> parseBool(const QString &key, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t.isEmpty())
        return false;
    return fail(
        QCoreApplication::translate("fv::Casework", "the setting %1 must be true or false, not \"%2\"").arg(key, text));
}

struct IntSetting
{
    const char *key;
    int CaseworkSettings::*field;
    int min;
    int max;
};

const IntSetting intSettings[] = {
    {"deadline.singleSourceWorkingDays", &CaseworkSettings::singleSourceLimit, 1, 250},
    {"deadline.linkedWorkingDays", &CaseworkSettings::linkedLimit, 1, 250},
    {"deadline.answerWorkingDays", &CaseworkSettings::answerWorkingDays, 1, 100},
    {"deadline.reminderWorkingDays", &CaseworkSettings::reminderWorkingDays, 1, 100},
    {"followup.deliveryWeeks", &CaseworkSettings::deliveryWeeks, 1, 104},
    {"followup.endReportGraceWeeks", &CaseworkSettings::endReportGraceWeeks, 0, 52},
    {"revocation.commentDays", &CaseworkSettings::revocationCommentDays, 1, 90},
    {"appeal.deliveryDays", &CaseworkSettings::appealDeliveryDays, 0, 30},
    {"appeal.preparationWorkingDays", &CaseworkSettings::appealPreparationWorkingDays, 1, 250},
    {"appeal.commentDays", &CaseworkSettings::appealCommentDays, 1, 90},
};

const QString monthDaysKey = QStringLiteral("calendar.extraClosedMonthDays");
const QString datesKey = QStringLiteral("calendar.extraClosedDates");
const QString screeningKey = QStringLiteral("assessment.securityScreeningRequired");
const QString defaultMonthDays = QStringLiteral("12-24,12-31");

CaseTask task(TaskKind kind, const QDate &due, const QDate &today, const WorkingDayCalendar &calendar)
{
    CaseTask t;
    t.kind = kind;
    t.due = due;
    t.overdue = today > due;
    t.workingDaysLeft = calendar.workingDaysBetween(today, due);
    return t;
}

void addDialogueTasks(const DeadlineInput &in, const CaseworkSettings &s, const QDate &today, DeadlineStatus &out)
{
    for (const InfoRequest &r : in.infoRequests) {
        if (!r.isOpen() || in.status != CaseStatus::WaitingForApplicant)
            continue;
        if (r.remindedOn.isValid())
            out.tasks.push_back(task(TaskKind::Reminder, r.reminderDue, today, s.calendar));
        else
            out.tasks.push_back(task(TaskKind::ApplicantAnswer, r.answerDue, today, s.calendar));
    }
    for (const Consultation &c : in.consultations) {
        if (c.answered())
            continue;
        CaseTask t = task(TaskKind::Consultation, c.due, today, s.calendar);
        t.registry = c.registry;
        out.tasks.push_back(t);
    }
}

} // namespace

Result<std::vector<std::pair<int, int>>> parseMonthDays(const QString &text)
{
    std::vector<std::pair<int, int>> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        // A leap year, so 02-29 is accepted as a month-day.
        const QDate d = QDate::fromString(QStringLiteral("2024-") + p, Qt::ISODate);
        if (p.size() != 5 || !d.isValid())
            return fail(
                QCoreApplication::translate("fv::Casework", "\"%1\" is not a month and day in the form MM-DD").arg(p),
                monthDaysKey);
        out.emplace_back(d.month(), d.day());
    }
    return out;
}

Result<std::vector<QDate>> parseDates(const QString &text)
{
    std::vector<QDate> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        const QDate d = QDate::fromString(p, Qt::ISODate);
        if (p.size() != 10 || !d.isValid())
            return fail(
                QCoreApplication::translate("fv::Casework", "\"%1\" is not a date in the form YYYY-MM-DD").arg(p),
                datesKey);
        out.push_back(d);
    }
    return out;
}

Status validateCaseworkSetting(const QString &key, const QString &value)
{
    if (key == monthDaysKey) {
        auto r = parseMonthDays(value);
        return r ? ok() : Status(r.error());
    }
    if (key == datesKey) {
        auto r = parseDates(value);
        return r ? ok() : Status(r.error());
    }
    if (key == screeningKey) {
        auto r = parseBool(key, value);
        return r ? ok() : Status(r.error());
    }
    for (const IntSetting &i : intSettings)
        if (key == QLatin1String(i.key)) {
            auto r = parseDays(key, value, i.min, i.max);
            return r ? ok() : Status(r.error());
        }
    return ok();
}

Result<CaseworkSettings> loadCaseworkSettings(Database &db)
{
    CaseworkSettings s;
    auto stored = Settings::all(db); // one statement for all of them, not one per key
    if (!stored)
        return stored.error();
    auto monthDays = parseMonthDays(stored->value(monthDaysKey, defaultMonthDays));
    if (!monthDays)
        return monthDays.error();
    auto dates = parseDates(stored->value(datesKey));
    if (!dates)
        return dates.error();
    auto screening = parseBool(screeningKey, stored->value(screeningKey, QStringLiteral("false")));
    if (!screening)
        return screening.error();
    s.calendar.setExtraClosedMonthDays(std::move(monthDays.value()));
    s.calendar.setExtraClosedDates(std::move(dates.value()));
    s.assessment.securityScreeningRequired = screening.value();
    for (const IntSetting &i : intSettings) {
        const QString key = QLatin1String(i.key);
        const QString text = stored->value(key);
        if (text.isEmpty())
            continue;
        auto n = parseDays(key, text, i.min, i.max);
        if (!n)
            return n.error();
        s.*(i.field) = n.value();
    }
    return s;
}

DeadlineStatus computeDeadlines(const DeadlineInput &in, const CaseworkSettings &s, const QDate &today)
{
    DeadlineStatus out;
    out.received = in.received;
    out.linked = in.linked;
    out.limit = in.linked ? s.linkedLimit : s.singleSourceLimit;
    for (const InfoRequest &r : in.infoRequests) {
        out.pauses.push_back({r.requestedOn, r.answeredOn});
        // Paused days are requestedOn <= d < answeredOn (up to today while still open).
        const QDate last = r.answeredOn.isValid() ? r.answeredOn.addDays(-1) : today;
        out.pausedWorkingDays.push_back(std::max(0, s.calendar.workingDaysBetween(r.requestedOn.addDays(-1), last)));
    }
    out.paused = in.status == CaseStatus::WaitingForApplicant;
    out.complete = in.completedOn.isValid();
    out.completedOn = in.completedOn;
    out.decidedOn = in.decidedOn;
    out.preliminaryReplyDue = preliminaryReplyDue(in.received);
    out.preliminaryReplySentOn = in.preliminaryReplyOn;
    if (out.complete) {
        out.statutoryDeadline = statutoryDeadline(s.calendar, in.completedOn, out.limit, out.pauses);
        const QDate until = in.decidedOn.isValid() ? in.decidedOn : today;
        out.usedWorkingDays = usedWorkingDays(s.calendar, in.completedOn, until, out.pauses);
        out.remainingWorkingDays = out.limit - out.usedWorkingDays;
        out.decidedInTime = in.decidedOn.isValid()
            && (!out.statutoryDeadline.isValid() || in.decidedOn <= out.statutoryDeadline);
    }
    if (!isOpen(in.status))
        return out;
    if (out.statutoryDeadline.isValid()) {
        out.overdue = today > out.statutoryDeadline;
        CaseTask t = task(TaskKind::StatutoryDeadline, out.statutoryDeadline, today, s.calendar);
        t.workingDaysLeft = out.remainingWorkingDays;
        out.tasks.push_back(t);
    }
    // § 11 a: due unless a reply has gone out or the decision is due within the month anyway.
    const bool withinMonth = out.statutoryDeadline.isValid() && out.statutoryDeadline <= out.preliminaryReplyDue;
    if (!in.preliminaryReplyOn.isValid() && !withinMonth && out.preliminaryReplyDue.isValid())
        out.tasks.push_back(task(TaskKind::PreliminaryReply, out.preliminaryReplyDue, today, s.calendar));
    addDialogueTasks(in, s, today, out);
    std::stable_sort(out.tasks.begin(), out.tasks.end(), [](const CaseTask &a, const CaseTask &b) {
        return a.due < b.due;
    });
    return out;
}

} // namespace fv
