// Appeals (klage): register, consider or reject a late one, reverse or forward, the appeal
// body's result, and the list.
#include "Clock.h"
#include "appeal/AppealJson.h"
#include "appeal/AppealService.h"
#include "cli/CliContext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {
namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

// A date given on the command line: YYYY-MM-DD, a real day; the refusal names the option.
std::optional<QDate> parseDate(Context &ctx, const QString &option, const QString &text, int *exitCode)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        *exitCode = ctx.refuse(Error{CliText::tr("%1: not a real date in the form YYYY-MM-DD").arg(option), text});
        return std::nullopt;
    }
    return d;
}

// A received file (the appeal, the appeal body's decision): missing, unreadable, empty or too
// large is refused naming the file; nothing is stored then.
std::optional<IncomingFile> readFile(Context &ctx, const QString &path, int *exitCode)
{
    auto file = incoming::readFile(path);
    if (!file) {
        *exitCode = ctx.refuse(file.error());
        return std::nullopt;
    }
    return file.value();
}

Result<AppealService> service(Context &ctx)
{
    auto cases = ctx.cases();
    if (!cases)
        return cases.error();
    return AppealService(*cases.value());
}

int listAppeals(Context &ctx, const QString &caseNumber)
{
    auto rec = ctx.loadCase(caseNumber);
    if (!rec)
        return ctx.refuse(rec.error());
    const CaseRecord &r = rec.value();
    if (ctx.json) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("caseNumber"), r.summary.caseNumber},
                                      {QStringLiteral("appeals"), appealsToJson(r)}})
                .toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Exit::Done;
    }
    if (r.appeals.appeals.empty())
        ctx.out << CliText::tr("%1: no appeal").arg(r.summary.caseNumber) << Qt::endl;
    for (const Appeal &a : r.appeals.appeals) {
        ctx.out << CliText::tr("Appeal from %1 received %2 against letter %3 (decision %4): %5")
                       .arg(a.appellant, iso(a.receivedOn))
                       .arg(a.letterDocument)
                       .arg(a.decisionVersion)
                       .arg(displayName(a.state()))
                << Qt::endl
                << CliText::tr("  last day to appeal %1: %2")
                       .arg(iso(a.lastDay), a.inTime ? CliText::tr("in time") : CliText::tr("LATE"))
                << Qt::endl;
        if (const IncomingDocument *f = r.appeals.file(a.attachmentId))
            ctx.out << CliText::tr("  the appeal as received: %1 (%2, %3 bytes)")
                           .arg(f->fileName, f->mediaType)
                           .arg(f->size)
                    << Qt::endl;
        if (a.preparationDue.isValid())
            ctx.out << CliText::tr("  to be prepared by %1").arg(iso(a.preparationDue)) << Qt::endl;
        if (a.forwardedOn.isValid())
            ctx.out << CliText::tr("  forwarded to %1 on %2; comments by %3")
                           .arg(r.appeals.appealBody, iso(a.forwardedOn), iso(a.commentDue))
                    << Qt::endl;
        if (a.bodyResult != BodyResult::None)
            ctx.out << CliText::tr("  result %1 on %2 %3")
                           .arg(displayName(a.bodyResult), iso(a.bodyResultOn), a.bodyReference)
                           .trimmed()
                    << Qt::endl;
        if (const IncomingDocument *f = r.appeals.file(a.bodyDocumentId))
            ctx.out << CliText::tr("  the appeal body's decision as received: %1 (%2, %3 bytes)")
                           .arg(f->fileName, f->mediaType)
                           .arg(f->size)
                    << Qt::endl;
    }
    return Exit::Done;
}

// Prints `done` (or, with --json, the appeals) after a successful step.
int reported(Context &ctx, const QString &caseNumber, const QString &done)
{
    if (ctx.json)
        return listAppeals(ctx, caseNumber);
    ctx.out << done << Qt::endl;
    return Exit::Done;
}

int registerCommand(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("appeal register");
    const auto received = args.option(QStringLiteral("received"));
    const auto from = args.option(QStringLiteral("from"));
    const auto contests = args.option(QStringLiteral("contests"));
    const auto posted = args.option(QStringLiteral("posted"));
    const auto text = args.option(QStringLiteral("text"));
    const auto file = args.option(QStringLiteral("file"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    if (!received || !from || !contests)
        return ctx.usage(name, CliText::tr("--received DATE, --from NAME and --contests TEXT are required"));
    if (!text && !file)
        return ctx.usage(name,
                         CliText::tr("give the appeal's text with --text TEXT, its file with --file FILE, "
                                     "or both"));
    int code = Exit::Done;
    AppealInput in;
    const auto r = parseDate(ctx, QStringLiteral("--received"), *received, &code);
    if (!r)
        return code;
    in.receivedOn = *r;
    if (posted) {
        const auto p = parseDate(ctx, QStringLiteral("--posted"), *posted, &code);
        if (!p)
            return code;
        in.postedOn = *p;
    }
    if (file) {
        const auto f = readFile(ctx, *file, &code);
        if (!f)
            return code;
        in.file = *f;
    }
    // A plain-text file (an e-mail saved as text) is the appeal's text too, unless --text says it.
    in.text = text ? *text : incoming::textOf(in.file);
    in.appellant = *from;
    in.contests = *contests;
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    auto a = s->registerAppeal(caseNumber, in);
    if (!a)
        return ctx.refuse(a.error());
    return reported(
        ctx, caseNumber,
        a->inTime ? CliText::tr("%1: appeal registered, in time (last day %2); to be prepared by %3")
                        .arg(caseNumber, iso(a->lastDay), iso(a->preparationDue))
                  : CliText::tr("%1: appeal registered, LATE (last day %2): consider it (appeal consider) "
                                "or reject it (appeal reject)")
                        .arg(caseNumber, iso(a->lastDay)));
}

int lateCommand(Context &ctx, Args &args, bool consider)
{
    const QString name = consider ? QStringLiteral("appeal consider") : QStringLiteral("appeal reject");
    const auto reason = args.option(consider ? QStringLiteral("late-reason") : QStringLiteral("reason"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    if (!consider && !reason)
        return ctx.usage(name, CliText::tr("--reason TEXT is required: a rejection is a decision with reasons"));
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    const Status done = consider
        ? s->considerLate(caseNumber, reason.value_or(QString()))
        : s->rejectLate(caseNumber, *reason);
    if (!done)
        return ctx.refuse(done.error());
    return reported(
        ctx, caseNumber,
        consider ? CliText::tr("%1: the late appeal is considered (fvl § 31) and prepared").arg(caseNumber)
                 : CliText::tr("%1: the late appeal is rejected; send the rejection letter (send %1 "
                               "--kind appeal-rejection)")
                       .arg(caseNumber));
}

int reverseCommand(Context &ctx, Args &args)
{
    const bool partly = args.flag(QStringLiteral("partly"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("appeal reverse"), p);
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    auto version = s->reverse(caseNumber, partly);
    if (!version)
        return ctx.refuse(version.error());
    return reported(
        ctx, caseNumber,
        CliText::tr("%1: decision version %2 drafted to reverse the appealed decision; edit, submit and "
                    "have it approved as any decision")
            .arg(caseNumber)
            .arg(version.value()));
}

int forwardCommand(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("appeal forward");
    const auto view = args.option(QStringLiteral("view"));
    const auto days = args.option(QStringLiteral("comment-days"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    if (!view)
        return ctx.usage(name, CliText::tr("--view TEXT is required: HDS's view of the appeal"));
    int commentDays = 0;
    if (days) {
        bool ok = false;
        commentDays = days->toInt(&ok);
        if (!ok || commentDays < 1)
            return ctx.usage(name, CliText::tr("--comment-days takes a number of days, not \"%1\"").arg(*days));
    }
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    if (auto done = s->forward(caseNumber, *view, commentDays); !done)
        return ctx.refuse(done.error());
    return reported(ctx, caseNumber,
                    CliText::tr("%1: the appeal is forwarded; send the forwarding letter (--kind appeal-forwarding) "
                                "and the appellant's copy (--kind appeal-copy)")
                        .arg(caseNumber));
}

int resultCommand(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("appeal result");
    const bool upheld = args.flag(QStringLiteral("upheld"));
    const bool reversed = args.flag(QStringLiteral("reversed"));
    const bool partly = args.flag(QStringLiteral("partly"));
    const bool sentBack = args.flag(QStringLiteral("sent-back"));
    const auto date = args.option(QStringLiteral("date"));
    const auto reference = args.option(QStringLiteral("reference"));
    const auto path = args.option(QStringLiteral("file"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    if (int(upheld) + int(reversed) + int(partly) + int(sentBack) != 1)
        return ctx.usage(name, CliText::tr("give one of --upheld, --reversed, --partly and --sent-back"));
    if (!date)
        return ctx.usage(name, CliText::tr("--date DATE is required: the day of the appeal body's decision"));
    int code = Exit::Done;
    const auto on = parseDate(ctx, QStringLiteral("--date"), *date, &code);
    if (!on)
        return code;
    IncomingFile file;
    if (path) {
        const auto f = readFile(ctx, *path, &code);
        if (!f)
            return code;
        file = *f;
    }
    const BodyResult result = upheld ? BodyResult::Upheld
        : reversed                   ? BodyResult::Reversed
        : partly                     ? BodyResult::PartlyReversed
                                     : BodyResult::SentBack;
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    if (auto done = s->recordResult(caseNumber, result, *on, reference.value_or(QString()), file); !done)
        return ctx.refuse(done.error());
    QString text = CliText::tr("%1: the appeal body's result is recorded: %2").arg(caseNumber, displayName(result));
    if (changesDelivery(result))
        text += QLatin1Char('\n')
            + CliText::tr("The result changes what the registry managers deliver: record the appeal body's decision "
                          "as a new decision version (appeal implement %1); once it is approved, send the registry "
                          "notices (send %1 --kind registry-notice)")
                  .arg(caseNumber);
    return reported(ctx, caseNumber, text);
}

int implementCommand(Context &ctx, Args &args)
{
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("appeal implement"), p);
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    auto version = s->recordBodyDecision(caseNumber);
    if (!version)
        return ctx.refuse(version.error());
    return reported(
        ctx, caseNumber,
        CliText::tr("%1: decision version %2 drafted to record the appeal body's decision; edit it to "
                    "match that decision, submit it and have it approved by another person; then send "
                    "the registry notices (send %1 --kind registry-notice)")
            .arg(caseNumber)
            .arg(version.value()));
}

int withdrawCommand(Context &ctx, Args &args)
{
    const auto date = args.option(QStringLiteral("date"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("appeal withdraw"), p);
    int code = Exit::Done;
    QDate on;
    if (date) {
        const auto d = parseDate(ctx, QStringLiteral("--date"), *date, &code);
        if (!d)
            return code;
        on = *d;
    }
    const QString caseNumber = args.positionals().at(1);
    auto s = service(ctx);
    if (!s)
        return ctx.refuse(s.error());
    if (auto done = s->withdraw(caseNumber, on); !done)
        return ctx.refuse(done.error());
    return reported(ctx, caseNumber, CliText::tr("%1: the appeal is withdrawn; the decision stands").arg(caseNumber));
}

} // namespace

int cmdAppeal(Context &ctx, Args &args)
{
    const QString word = args.positionals().value(0);
    if (word == QLatin1String("register"))
        return registerCommand(ctx, args);
    if (word == QLatin1String("consider") || word == QLatin1String("reject"))
        return lateCommand(ctx, args, word == QLatin1String("consider"));
    if (word == QLatin1String("reverse"))
        return reverseCommand(ctx, args);
    if (word == QLatin1String("forward"))
        return forwardCommand(ctx, args);
    if (word == QLatin1String("result"))
        return resultCommand(ctx, args);
    if (word == QLatin1String("withdraw"))
        return withdrawCommand(ctx, args);
    if (word == QLatin1String("implement"))
        return implementCommand(ctx, args);
    if (word == QLatin1String("list")) {
        if (const QString p = args.finish(2, 2); !p.isEmpty())
            return ctx.usage(QStringLiteral("appeal list"), p);
        return listAppeals(ctx, args.positionals().at(1));
    }
    return ctx.usage(
        QStringLiteral("appeal"),
        CliText::tr("say what to do: register, consider, reject, reverse, forward, result, implement, withdraw or "
                    "list"));
}

} // namespace fv::cli
