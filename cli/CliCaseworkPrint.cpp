// The casework part of `show` and the `deadlines` command, as text.
#include "Clock.h"
#include "cli/CliContext.h"

namespace fv::cli {
namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

// A label of `deadlines`, indented and padded so the values line up.
QString label(const QString &text)
{
    const QString withColon = text + QLatin1Char(':');
    return QStringLiteral("  ") + (withColon.size() < 21 ? withColon.leftJustified(21) : withColon + QLatin1Char(' '));
}

QString daysText(int n)
{
    return n == 1 ? CliText::tr("1 working day") : CliText::tr("%1 working days").arg(n);
}

QString clockText(const DeadlineStatus &d, CaseStatus status)
{
    if (!d.complete)
        return CliText::tr("not running: the application is not complete yet");
    if (d.decidedOn.isValid())
        return CliText::tr("%1; decided %2 (%3)")
            .arg(iso(d.statutoryDeadline), iso(d.decidedOn),
                 d.decidedInTime ? CliText::tr("in time") : CliText::tr("LATE"));
    if (d.paused || !d.statutoryDeadline.isValid())
        return CliText::tr("paused while waiting for the applicant: %1 of %2 used")
            .arg(d.usedWorkingDays)
            .arg(daysText(d.limit));
    if (!isOpen(status))
        return iso(d.statutoryDeadline);
    if (d.overdue)
        return CliText::tr("%1 – OVERDUE by %2").arg(iso(d.statutoryDeadline), daysText(-d.remainingWorkingDays));
    return CliText::tr("%1, %2 left").arg(iso(d.statutoryDeadline), daysText(d.remainingWorkingDays));
}

QString taskText(const CaseTask &t)
{
    const QString what = toCode(t.kind) + (t.registry.isEmpty() ? QString() : QLatin1Char(' ') + t.registry);
    const QString when = t.overdue
        ? CliText::tr("OVERDUE by %1").arg(daysText(-t.workingDaysLeft))
        : CliText::tr("%1 left").arg(daysText(t.workingDaysLeft));
    return QStringLiteral("  %1  %2 %3\n").arg(iso(t.due), what.leftJustified(26), when);
}

void printAssessment(QTextStream &o, const Assessment &a)
{
    o << "\n"
      << CliText::tr("Legal assessment (%1 of %2 required items settled):")
             .arg(a.settledRequiredCount())
             .arg(a.requiredCount())
      << "\n";
    for (const AssessmentEntry &e : a.entries)
        o << "  " << toCode(e.item).leftJustified(22) << toCode(e.result).leftJustified(14)
          << (e.required ? CliText::tr("required") : CliText::tr("not needed")).leftJustified(12)
          << (e.assessedBy.isEmpty() ? QString() : e.assessedBy)
          << (e.note.isEmpty() ? QString() : QStringLiteral("  – ") + e.note) << "\n";
}

void printDialogue(QTextStream &o, const CaseworkRecord &w)
{
    if (!w.consultations.empty()) {
        o << "\n" << CliText::tr("Consultations with registry managers:") << "\n";
        for (const Consultation &c : w.consultations)
            o << "  " << c.registry.leftJustified(7) << CliText::tr("sent %1  due %2").arg(iso(c.sentOn), iso(c.due))
              << "  "
              << (c.answered()               ? CliText::tr("answered %1: %2").arg(iso(c.answeredOn), toCode(*c.answer))
                      : c.isOverdue(today()) ? CliText::tr("OVERDUE, no answer")
                                             : CliText::tr("waiting"))
              << (c.note.isEmpty() ? QString() : QStringLiteral("  – ") + c.note) << "\n";
    }
    if (!w.infoRequests.empty()) {
        o << "\n" << CliText::tr("Dialogue with the applicant:") << "\n";
        for (const InfoRequest &r : w.infoRequests) {
            o << "  " << iso(r.requestedOn) << "  "
              << CliText::tr("requested by %1, answer due %2").arg(r.requestedBy, iso(r.answerDue));
            if (r.remindedOn.isValid())
                o << "; " << CliText::tr("reminded %1, due %2").arg(iso(r.remindedOn), iso(r.reminderDue));
            o << "; "
              << (r.answeredOn.isValid() ? CliText::tr("answered %1").arg(iso(r.answeredOn))
                                         : CliText::tr("no answer yet"))
              << "\n      " << r.text << "\n";
        }
    }
    for (const Forwarding &f : w.forwardings)
        o << "\n"
          << CliText::tr("Forwarded %1 by %2:").arg(iso(f.forwardedOn), f.forwardedBy) << " "
          << (f.wholeCase() ? CliText::tr("the whole case") : f.registry) << " – " << f.reason << "\n";
    for (NoteAudience audience : {NoteAudience::Internal, NoteAudience::Applicant}) {
        bool header = false;
        for (const CaseNote &n : w.notes) {
            if (n.audience != audience)
                continue;
            if (!header)
                o << "\n"
                  << (audience == NoteAudience::Internal ? CliText::tr("Internal notes:")
                                                         : CliText::tr("Notes for the applicant:"))
                  << "\n";
            header = true;
            o << "  " << n.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << n.writtenBy << "  "
              << n.text << "\n";
        }
    }
}

} // namespace

void printDeadlines(QTextStream &o, const CaseRecord &r)
{
    const DeadlineStatus &d = r.casework.deadlines;
    o << CliText::tr("Deadlines of %1 (as of %2):").arg(r.summary.caseNumber, iso(today())) << "\n"
      << label(CliText::tr("Received")) << iso(d.received) << "\n"
      << label(CliText::tr("Complete")) << iso(d.completedOn) << "; " << CliText::tr("limit %1").arg(daysText(d.limit))
      << (d.linked ? CliText::tr(" (linked sources)") : CliText::tr(" (one source)")) << "\n";
    if (!d.pauses.empty()) {
        QStringList pauses;
        for (const Pause &p : d.pauses)
            pauses << QStringLiteral("%1 – %2").arg(iso(p.from), p.to.isValid() ? iso(p.to) : CliText::tr("(open)"));
        o << label(CliText::tr("Paused")) << pauses.join(QStringLiteral("; ")) << "\n";
    }
    o << label(CliText::tr("Statutory deadline")) << clockText(d, r.summary.status) << "\n"
      << label(CliText::tr("Preliminary reply")) << CliText::tr("due %1").arg(iso(d.preliminaryReplyDue)) << "; "
      << (d.preliminaryReplySentOn.isValid() ? CliText::tr("sent %1").arg(iso(d.preliminaryReplySentOn))
                                             : CliText::tr("not sent"))
      << "\n";
    if (!d.tasks.empty()) {
        o << CliText::tr("Due:") << "\n";
        for (const CaseTask &t : d.tasks)
            o << taskText(t);
    }
    o.flush();
}

void printCasework(QTextStream &o, const CaseRecord &r)
{
    o << "\n";
    printDeadlines(o, r);
    printAssessment(o, r.casework.assessment);
    printDialogue(o, r.casework);
    o.flush();
}

} // namespace fv::cli
