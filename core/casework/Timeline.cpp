#include "casework/Timeline.h"

#include "casework/CaseService.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {
namespace {

using Entry = TimelineEntry;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Entry deadline(const QString &code, const QDate &due, Entry::State state, const QString &detail)
{
    Entry e;
    e.kind = Entry::Kind::Deadline;
    e.state = state;
    e.date = due;
    e.code = code;
    e.detail = detail;
    return e;
}

// Due `due`, met on `doneOn` (invalid: not yet), on a case that is still `open`.
Entry::State stateOf(const QDate &due, const QDate &doneOn, bool open, const QDate &today)
{
    if (doneOn.isValid())
        return doneOn <= due ? Entry::State::Done : Entry::State::Missed;
    if (!open)
        return Entry::State::Done;
    return today > due ? Entry::State::Overdue : Entry::State::Upcoming;
}

void addDialogue(const CaseRecord &r, const QDate &today, std::vector<Entry> &out)
{
    const bool waiting = r.summary.status == CaseStatus::WaitingForApplicant;
    const std::vector<int> &paused = r.casework.deadlines.pausedWorkingDays;
    for (size_t i = 0; i < r.casework.infoRequests.size(); ++i) {
        const InfoRequest &q = r.casework.infoRequests[i];
        Entry p;
        p.kind = Entry::Kind::Pause;
        p.date = q.requestedOn;
        p.until = q.answeredOn;
        p.code = QStringLiteral("pause");
        p.detail = q.text;
        p.workingDays = i < paused.size() ? paused[i] : 0;
        out.push_back(p);
        const bool stillOpen = waiting && q.isOpen();
        // Once a reminder went out, the first answer date is past and the reminder's counts.
        const QDate answeredOrReminded = q.answeredOn.isValid() ? q.answeredOn : q.remindedOn;
        out.push_back(deadline(QStringLiteral("applicant-answer"), q.answerDue,
                               stateOf(q.answerDue, answeredOrReminded, stillOpen, today), q.text));
        if (q.remindedOn.isValid())
            out.push_back(deadline(
                QStringLiteral("reminder"), q.reminderDue, stateOf(q.reminderDue, q.answeredOn, stillOpen, today),
                QCoreApplication::translate("fv::Timeline", "reminder sent %1").arg(iso(q.remindedOn))));
    }
}

void addConsultations(const CaseRecord &r, const QDate &today, std::vector<Entry> &out)
{
    const bool open = isOpen(r.summary.status);
    for (const Consultation &c : r.casework.consultations) {
        Entry e = deadline(
            QStringLiteral("consultation"), c.due, stateOf(c.due, c.answeredOn, open, today),
            c.answer ? toCode(*c.answer) + (c.note.isEmpty() ? QString() : QStringLiteral(" – ") + c.note)
                     : QCoreApplication::translate("fv::Timeline", "sent %1").arg(iso(c.sentOn)));
        e.registry = c.registry;
        out.push_back(e);
    }
}

void addClock(const CaseRecord &r, const QDate &today, std::vector<Entry> &out)
{
    const DeadlineStatus &d = r.casework.deadlines;
    const bool open = isOpen(r.summary.status);
    if (d.statutoryDeadline.isValid())
        out.push_back(deadline(
            QStringLiteral("statutory-deadline"), d.statutoryDeadline,
            stateOf(d.statutoryDeadline, d.decidedOn, open, today),
            QCoreApplication::translate("fv::Timeline", "%1 working days from %2")
                .arg(d.limit)
                .arg(iso(d.completedOn))));
    const bool replyTask = std::any_of(d.tasks.begin(), d.tasks.end(), [](const CaseTask &t) {
        return t.kind == TaskKind::PreliminaryReply;
    });
    if (d.preliminaryReplySentOn.isValid() || replyTask)
        out.push_back(deadline(
            QStringLiteral("preliminary-reply"), d.preliminaryReplyDue,
            stateOf(d.preliminaryReplyDue, d.preliminaryReplySentOn, open, today),
            d.preliminaryReplySentOn.isValid()
                ? QCoreApplication::translate("fv::Timeline", "sent %1").arg(iso(d.preliminaryReplySentOn))
                : QStringLiteral("forvaltningsloven § 11 a")));
}

} // namespace

std::vector<TimelineEntry> buildTimeline(const CaseRecord &r, const QDate &today)
{
    std::vector<Entry> out;
    for (const Event &ev : r.events) {
        Entry e;
        e.kind = Entry::Kind::Event;
        e.date = ev.at.date();
        e.at = ev.at;
        e.code = ev.kind;
        e.actor = ev.actor;
        e.detail = ev.detail;
        out.push_back(e);
    }
    addDialogue(r, today, out);
    addConsultations(r, today, out);
    addClock(r, today, out);
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.at < b.at;
    });
    return out;
}

} // namespace fv
