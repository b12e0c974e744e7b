// The casework commands: assignment, completeness and the dialogue with the applicant, the
// legal assessment, registry consultations, notes, forwarding, deadlines and the timeline.
#include "Clock.h"
#include "casework/CaseworkJson.h"
#include "casework/CaseworkService.h"
#include "casework/Completeness.h"
#include "casework/Deadlines.h"
#include "casework/OfficeSettings.h"
#include "casework/Timeline.h"
#include "cli/CliContext.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fv::cli {
namespace {

using Op = std::function<Status(CaseworkService &, const QStringList &positionals)>;

// Runs one casework operation on the acting user's behalf: usage is checked by the caller,
// refusals print one message, success prints `doneText` with the case number in %1.
int run(Context &ctx, Args &args, const QString &name, int minPos, int maxPos, const Op &op, const QString &doneText)
{
    if (const QString p = args.finish(minPos, maxPos); !p.isEmpty())
        return ctx.usage(name, p);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    CaseworkService work(*cases.value());
    if (auto s = op(work, args.positionals()); !s)
        return ctx.refuse(s.error());
    if (!ctx.json)
        ctx.out << doneText.arg(args.positionals().first()) << Qt::endl;
    return Exit::Done;
}

// --on DATE: an invalid QDate when absent; nullopt (after refusing) when malformed.
std::optional<QDate> dateOption(Context &ctx, Args &args, const QString &name, int *exitCode)
{
    const auto text = args.option(name);
    if (!text)
        return QDate();
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid() || text->size() != 10) {
        *exitCode = ctx.refuse(Error{CliText::tr("--%1: not a real date in the form YYYY-MM-DD").arg(name), *text});
        return std::nullopt;
    }
    return d;
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

// The commands that record something on one case on a day (--on, today by default).
int runOn(Context &ctx, Args &args, const QString &name,
          Status (CaseworkService::*op)(const QString &caseNumber, const QDate &on), const QString &doneText)
{
    int code = Exit::Done;
    const auto on = dateOption(ctx, args, QStringLiteral("on"), &code);
    if (!on)
        return code;
    return run(
        ctx, args, name, 1, 1, [&](CaseworkService &w, const QStringList &p) { return (w.*op)(p.at(0), *on); },
        doneText);
}

} // namespace

int cmdAssign(Context &ctx, Args &args)
{
    const bool me = args.flag(QStringLiteral("me"));
    return run(
        ctx, args, QStringLiteral("assign"), me ? 1 : 2, me ? 1 : 2,
        [me](CaseworkService &w, const QStringList &p) { return me ? w.take(p.at(0)) : w.assign(p.at(0), p.at(1)); },
        CliText::tr("%1: assigned"));
}

int cmdTake(Context &ctx, Args &args)
{
    return run(
        ctx, args, QStringLiteral("take"), 1, 1,
        [](CaseworkService &w, const QStringList &p) { return w.take(p.at(0)); }, CliText::tr("%1: yours now"));
}

int cmdStartCheck(Context &ctx, Args &args)
{
    return run(
        ctx, args, QStringLiteral("start-check"), 1, 1,
        [](CaseworkService &w, const QStringList &p) { return w.startCompletenessCheck(p.at(0)); },
        CliText::tr("%1: completeness check started"));
}

int cmdComplete(Context &ctx, Args &args)
{
    int code = Exit::Done;
    const auto on = dateOption(ctx, args, QStringLiteral("on"), &code);
    if (!on)
        return code;
    std::vector<CompletenessGap> gaps;
    const int done = run(
        ctx, args, QStringLiteral("complete"), 1, 1,
        [&](CaseworkService &w, const QStringList &p) -> Status {
            if (auto s = w.complete(p.at(0), *on); !s)
                return s;
            if (auto rec = w.cases().load(p.at(0)))
                gaps = completenessGaps(rec->application);
            return ok();
        },
        CliText::tr("%1: complete; the statutory clock runs"));
    // The caseworker judged it complete; what a complete application usually has and this
    // one lacks is said, so the judgement is an informed one.
    for (CompletenessGap gap : gaps)
        ctx.err << CliText::tr("fellesvedtak-cli: warning: %1: marked complete without %2")
                       .arg(args.positionals().value(0), describeTranslated(gap))
                << Qt::endl;
    return done;
}

int cmdRequestInfo(Context &ctx, Args &args)
{
    const auto text = args.option(QStringLiteral("text"));
    int code = Exit::Done;
    const auto on = dateOption(ctx, args, QStringLiteral("on"), &code);
    if (!on)
        return code;
    if (!text)
        return ctx.usage(QStringLiteral("request-info"),
                         QStringLiteral("--text TEXT is required: what must the "
                                        "applicant send?"));
    return run(
        ctx, args, QStringLiteral("request-info"), 1, 1,
        [&](CaseworkService &w, const QStringList &p) { return w.requestInfo(p.at(0), *text, *on); },
        CliText::tr("%1: information requested; the clock is paused"));
}

int cmdInfoReceived(Context &ctx, Args &args)
{
    return runOn(ctx, args, QStringLiteral("info-received"), &CaseworkService::infoReceived,
                 CliText::tr("%1: answer received; the clock runs again"));
}

int cmdRemind(Context &ctx, Args &args)
{
    return runOn(ctx, args, QStringLiteral("remind"), &CaseworkService::remind, CliText::tr("%1: reminder recorded"));
}

int cmdRejectNoReply(Context &ctx, Args &args)
{
    return run(
        ctx, args, QStringLiteral("reject-no-reply"), 1, 1,
        [](CaseworkService &w, const QStringList &p) { return w.rejectNoReply(p.at(0)); },
        CliText::tr("%1: rejected for no reply"));
}

int cmdWithdraw(Context &ctx, Args &args)
{
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString());
    return run(
        ctx, args, QStringLiteral("withdraw"), 1, 1,
        [&](CaseworkService &w, const QStringList &p) { return w.withdraw(p.at(0), reason); },
        CliText::tr("%1: withdrawn"));
}

int cmdClose(Context &ctx, Args &args)
{
    return run(
        ctx, args, QStringLiteral("close"), 1, 1,
        [](CaseworkService &w, const QStringList &p) { return w.close(p.at(0)); }, CliText::tr("%1: closed"));
}

int cmdForward(Context &ctx, Args &args)
{
    const auto reason = args.option(QStringLiteral("reason"));
    if (!reason)
        return ctx.usage(
            QStringLiteral("forward"), CliText::tr("--reason TEXT is required: why does the registry manager decide?"));
    return run(
        ctx, args, QStringLiteral("forward"), 1, 2,
        [&](CaseworkService &w, const QStringList &p) { return w.forward(p.at(0), p.value(1), *reason); },
        CliText::tr("%1: forwarded"));
}

int cmdPreliminaryReply(Context &ctx, Args &args)
{
    return runOn(ctx, args, QStringLiteral("preliminary-reply"), &CaseworkService::recordPreliminaryReply,
                 CliText::tr("%1: preliminary reply recorded"));
}

int cmdAssess(Context &ctx, Args &args)
{
    const QString note = args.option(QStringLiteral("note")).value_or(QString());
    if (const QString p = args.finish(3, 3); !p.isEmpty())
        return ctx.usage(QStringLiteral("assess"), p + CliText::tr(" (assess CASE ITEM RESULT)"));
    const QStringList pos = args.positionals();
    const auto item = assessmentItemFromCode(pos.at(1));
    if (!item) {
        QStringList codes;
        for (AssessmentItem i : allAssessmentItems())
            codes << toCode(i);
        return ctx.usage(QStringLiteral("assess"),
                         CliText::tr("unknown item \"%1\" (%2)").arg(pos.at(1), codes.join(QStringLiteral(", "))));
    }
    const auto result = assessmentResultFromCode(pos.at(2));
    if (!result)
        return ctx.usage(QStringLiteral("assess"),
                         CliText::tr("unknown result \"%1\" (fulfilled, not-fulfilled, not-relevant)").arg(pos.at(2)));
    return run(
        ctx, args, QStringLiteral("assess"), 3, 3,
        [&](CaseworkService &w, const QStringList &p) { return w.assess(p.at(0), *item, *result, note); },
        CliText::tr("%1: %2 recorded as %3").arg(QStringLiteral("%1"), pos.at(1), pos.at(2)));
}

int cmdConsult(Context &ctx, Args &args)
{
    int code = Exit::Done;
    const auto due = dateOption(ctx, args, QStringLiteral("due"), &code);
    if (!due)
        return code;
    const auto on = dateOption(ctx, args, QStringLiteral("on"), &code);
    if (!on)
        return code;
    if (!due->isValid())
        return ctx.usage(QStringLiteral("consult"), CliText::tr("--due DATE is required"));
    return run(
        ctx, args, QStringLiteral("consult"), 2, 2,
        [&](CaseworkService &w, const QStringList &p) { return w.consult(p.at(0), p.at(1), *due, *on); },
        CliText::tr("%1: registry manager consulted"));
}

int cmdConsulted(Context &ctx, Args &args)
{
    const auto answerText = args.option(QStringLiteral("answer"));
    const QString note = args.option(QStringLiteral("note")).value_or(QString());
    int code = Exit::Done;
    const auto on = dateOption(ctx, args, QStringLiteral("on"), &code);
    if (!on)
        return code;
    const auto answer = consultationAnswerFromCode(answerText.value_or(QString()));
    if (!answer)
        return ctx.usage(QStringLiteral("consulted"), CliText::tr("--answer is grant, partly or refuse"));
    return run(
        ctx, args, QStringLiteral("consulted"), 2, 2,
        [&](CaseworkService &w, const QStringList &p) { return w.consulted(p.at(0), p.at(1), *answer, note, *on); },
        CliText::tr("%1: the registry manager's answer is recorded"));
}

int cmdNote(Context &ctx, Args &args)
{
    const auto text = args.option(QStringLiteral("text"));
    const bool forApplicant = args.flag(QStringLiteral("for-applicant"));
    if (!text)
        return ctx.usage(QStringLiteral("note"), CliText::tr("--text TEXT is required"));
    return run(
        ctx, args, QStringLiteral("note"), 1, 1,
        [&](CaseworkService &w, const QStringList &p) {
            return w.addNote(p.at(0), *text, forApplicant ? NoteAudience::Applicant : NoteAudience::Internal);
        },
        forApplicant ? CliText::tr("%1: note for the applicant added") : CliText::tr("%1: internal note added"));
}

int cmdDeadlines(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("deadlines"), p);
    auto rec = ctx.loadCase(args.positionals().first());
    if (!rec)
        return ctx.refuse(rec.error());
    if (ctx.json)
        printJson(ctx, deadlinesToJson(rec->casework.deadlines));
    else
        printDeadlines(ctx.out, rec.value());
    return Exit::Done;
}

int cmdTimeline(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("timeline"), p);
    auto rec = ctx.loadCase(args.positionals().first());
    if (!rec)
        return ctx.refuse(rec.error());
    static const char *const kinds[] = {"pause", "event", "deadline"};
    static const char *const states[] = {"done", "upcoming", "OVERDUE", "missed"};
    QJsonArray arr;
    for (const TimelineEntry &e : buildTimeline(rec.value(), today())) {
        const QString kind = QLatin1String(kinds[static_cast<int>(e.kind)]);
        const QString state = QLatin1String(states[static_cast<int>(e.state)]);
        QString what = e.code + (e.registry.isEmpty() ? QString() : QLatin1Char(' ') + e.registry);
        if (e.kind == TimelineEntry::Kind::Pause)
            what = CliText::tr("paused until %1 (%2 working days)").arg(iso(e.until)).arg(e.workingDays);
        if (ctx.json)
            arr.append(QJsonObject{
                {QStringLiteral("date"), iso(e.date)},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("code"), e.code},
                {QStringLiteral("state"), state.toLower()},
                {QStringLiteral("until"), e.until.isValid() ? QJsonValue(iso(e.until)) : QJsonValue()},
                {QStringLiteral("registry"), e.registry},
                {QStringLiteral("actor"), e.actor},
                {QStringLiteral("detail"), e.detail}});
        else
            ctx.out << iso(e.date) << "  " << kind.leftJustified(8) << " "
                    << (e.kind == TimelineEntry::Kind::Deadline ? state.leftJustified(9) : QString(9, QLatin1Char(' ')))
                    << " " << what << (e.actor.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.actor))
                    << (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail) << '\n';
    }
    if (ctx.json)
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return Exit::Done;
}

int cmdSetting(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("setting"), p + CliText::tr(" (setting KEY [VALUE])"));
    const QStringList pos = args.positionals();
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    Database &db = cases.value()->database();
    if (pos.size() == 1) {
        auto v = Settings::get(db, pos.at(0));
        if (!v)
            return ctx.refuse(v.error());
        ctx.out << v.value() << Qt::endl;
        return Exit::Done;
    }
    if (auto s = changeSetting(db, cases.value()->actor(), pos.at(0), pos.at(1)); !s)
        return ctx.refuse(s.error());
    if (!ctx.json)
        ctx.out << QStringLiteral("%1 = %2").arg(pos.at(0), pos.at(1)) << Qt::endl;
    return Exit::Done;
}

} // namespace fv::cli
