// The archive: a case's journal, screening, closing incoming entries, the restanse list, the
// public and running journals and the Noark 5 extract.
#include "Clock.h"
#include "archive/ArchiveExport.h"
#include "archive/JournalService.h"
#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {
namespace {

QJsonObject entryToJson(const JournalEntry &e)
{
    QJsonArray parties;
    for (const JournalParty &p : e.parties)
        parties.append(QJsonObject{
            {QStringLiteral("role"),
             p.role == JournalParty::Role::Recipient ? QStringLiteral("recipient") : QStringLiteral("sender")},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("organisation"), p.organisation},
            {QStringLiteral("publicName"), e.publicName(p)},
            {QStringLiteral("privateCapacity"), p.privateCapacity},
        });
    QJsonObject o{
        {QStringLiteral("caseNumber"), e.caseNumber},
        {QStringLiteral("entry"), e.number},
        {QStringLiteral("reference"), e.reference()},
        {QStringLiteral("journalNumber"), e.journalNumber()},
        {QStringLiteral("type"), toCode(e.type)},
        {QStringLiteral("status"), toCode(e.status)},
        {QStringLiteral("journalDate"), e.journalDate.toString(Qt::ISODate)},
        {QStringLiteral("documentDate"), e.documentDate.toString(Qt::ISODate)},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("publicTitle"), e.publicTitle()},
        {QStringLiteral("screened"), e.isScreened()},
        {QStringLiteral("screeningBasis"), e.screeningBasis},
        {QStringLiteral("parties"), parties},
    };
    if (e.documentNumber > 0)
        o.insert(QStringLiteral("document"), e.caseNumber + QLatin1Char('-') + QString::number(e.documentNumber));
    if (e.fileId > 0)
        o.insert(QStringLiteral("file"), e.fileName);
    if (e.closure)
        o.insert(QStringLiteral("closed"),
                 QJsonObject{{QStringLiteral("on"), e.closure->on.toString(Qt::ISODate)},
                             {QStringLiteral("method"), e.closure->method},
                             {QStringLiteral("byEntry"), e.closure->byEntryNumber},
                             {QStringLiteral("note"), e.closure->note}});
    return o;
}

// One line an entry: NUMBER TYPE JOURNAL-NO DATE STATUS PARTIES PUBLIC-TITLE [screened] [open/closed].
void printEntries(Context &ctx, const std::vector<JournalEntry> &entries, bool withAge)
{
    if (ctx.json) {
        QJsonArray all;
        for (const JournalEntry &e : entries) {
            QJsonObject o = entryToJson(e);
            if (withAge)
                o.insert(QStringLiteral("ageDays"), e.journalDate.daysTo(today()));
            all.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return;
    }
    for (const JournalEntry &e : entries) {
        QStringList names;
        for (const JournalParty &p : e.parties)
            names << e.publicName(p);
        QStringList cols{e.reference(),       toCode(e.type),
                         e.journalNumber(),   e.journalDate.toString(Qt::ISODate),
                         noarkName(e.status), names.join(QStringLiteral("; ")),
                         e.publicTitle()};
        if (withAge)
            cols << CliText::tr("%n day(s) old", nullptr, static_cast<int>(e.journalDate.daysTo(today())));
        if (e.isScreened())
            cols << CliText::tr("screened: %1").arg(e.screeningBasis);
        if (e.closure)
            cols << CliText::tr("closed %1 (%2)").arg(e.closure->on.toString(Qt::ISODate), e.closure->method);
        else if (e.isOpen())
            cols << CliText::tr("open");
        if (e.fileId > 0)
            cols << CliText::tr("file: %1").arg(e.fileName);
        ctx.out << cols.join(QLatin1Char('\t')) << Qt::endl;
    }
}

std::optional<QDate> dateOption(Args &args, const char *name, QString &problem)
{
    const auto text = args.option(QLatin1String(name));
    if (!text) {
        problem = CliText::tr("--%1 DATE is required").arg(QLatin1String(name));
        return std::nullopt;
    }
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid()) {
        problem = CliText::tr("--%1 needs a date YYYY-MM-DD, not \"%2\"").arg(QLatin1String(name), *text);
        return std::nullopt;
    }
    return d;
}

// DOCNO: the entry's number in the case's journal, as `journal CASE` lists it (3 or 26/00012-3).
std::optional<int> entryNumber(const QString &caseNumber, const QString &text, QString &problem)
{
    QString number = text.trimmed();
    if (const qsizetype dash = number.lastIndexOf(QLatin1Char('-')); dash >= 0) {
        if (number.left(dash) != caseNumber.trimmed()) {
            problem = CliText::tr("the journal entry %1 does not belong to the case %2").arg(text, caseNumber);
            return std::nullopt;
        }
        number = number.mid(dash + 1);
    }
    bool isNumber = false;
    const int n = number.toInt(&isNumber);
    if (!isNumber || n <= 0) {
        problem = CliText::tr("\"%1\" is not a journal entry number (e.g. 3, or %2-3)").arg(text, caseNumber);
        return std::nullopt;
    }
    return n;
}

int screenCommand(Context &ctx, Args &args, bool screen)
{
    const auto basis = screen ? args.option(QStringLiteral("basis")) : std::optional<QString>(QString());
    const QString name = screen ? QStringLiteral("journal screen") : QStringLiteral("journal unscreen");
    if (const QString p = args.finish(2, 3); !p.isEmpty())
        return ctx.usage(name, p);
    if (!basis)
        return ctx.usage(name, CliText::tr("--basis TEXT is required, e.g. --basis \"Offl. § 13 jf. fvl. § 13\""));
    const QString caseNumber = args.positionals().at(1);
    int entry = 0;
    if (args.positionals().size() == 3) {
        QString problem;
        const auto n = entryNumber(caseNumber, args.positionals().at(2), problem);
        if (!n)
            return ctx.usage(name, problem);
        entry = *n;
    }
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    JournalService journal(*cases.value());
    const Status s = screen ? journal.screen(caseNumber, entry, *basis) : journal.unscreen(caseNumber, entry);
    return s ? Exit::Done : ctx.refuse(s.error());
}

int closeCommand(Context &ctx, Args &args)
{
    const auto method = args.option(QStringLiteral("method"));
    const auto note = args.option(QStringLiteral("note"));
    if (const QString p = args.finish(3, 3); !p.isEmpty())
        return ctx.usage(QStringLiteral("journal close"), p);
    if (!note)
        return ctx.usage(QStringLiteral("journal close"), CliText::tr("--note TEXT is required"));
    const QString caseNumber = args.positionals().at(1);
    QString problem;
    const auto n = entryNumber(caseNumber, args.positionals().at(2), problem);
    if (!n)
        return ctx.usage(QStringLiteral("journal close"), problem);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    const Status s = JournalService(*cases.value()).close(caseNumber, *n, method.value_or(QStringLiteral("TE")), *note);
    return s ? Exit::Done : ctx.refuse(s.error());
}

// journal note CASE --title T [--text T | --from-note N] [--follow-up] [--closes ENTRY] [--screen BASIS]
int noteCommand(Context &ctx, Args &args)
{
    const QString name = QStringLiteral("journal note");
    JournalNoteRequest note;
    const auto title = args.option(QStringLiteral("title"));
    note.text = args.option(QStringLiteral("text")).value_or(QString());
    const auto fromNote = args.option(QStringLiteral("from-note"));
    const auto closes = args.option(QStringLiteral("closes"));
    note.screeningBasis = args.option(QStringLiteral("screen")).value_or(QString());
    note.followUp = args.flag(QStringLiteral("follow-up"));
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(name, p);
    if (!title)
        return ctx.usage(name, CliText::tr("--title TEXT is required"));
    note.title = *title;
    const QString caseNumber = args.positionals().at(1);
    if (fromNote) {
        bool isNumber = false;
        note.fromNote = fromNote->toInt(&isNumber);
        if (!isNumber || note.fromNote <= 0)
            return ctx.usage(name,
                             CliText::tr("--from-note needs the number of an internal note (1 = the case's "
                                         "oldest), not \"%1\"")
                                 .arg(*fromNote));
    }
    if (closes) {
        QString problem;
        const auto n = entryNumber(caseNumber, *closes, problem);
        if (!n)
            return ctx.usage(name, problem);
        note.closes = *n;
    }
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    auto entry = JournalService(*cases.value()).journalNote(caseNumber, note);
    if (!entry)
        return ctx.refuse(entry.error());
    printEntries(ctx, {entry.value()}, false);
    return Exit::Done;
}

int periodCommand(Context &ctx, Args &args, const QString &name, bool running)
{
    QString problem;
    const auto from = dateOption(args, "from", problem);
    const auto to = from ? dateOption(args, "to", problem) : std::nullopt;
    const auto out = args.option(QStringLiteral("out"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(name, p);
    if (!from || !to)
        return ctx.usage(name, problem);
    if (!out)
        return ctx.usage(name, CliText::tr("--out FILE is required"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    JournalService journal(*cases.value());
    const Status s = running
        ? journal.writeRunningJournal(*from, *to, *out)
        : journal.writePublicJournal(*from, *to, *out);
    return s ? Exit::Done : ctx.refuse(s.error());
}

} // namespace

int cmdJournal(Context &ctx, Args &args)
{
    const QStringList words = args.positionals();
    const QString first = words.value(0);
    if (first == QLatin1String("screen") || first == QLatin1String("unscreen"))
        return screenCommand(ctx, args, first == QLatin1String("screen"));
    if (first == QLatin1String("close"))
        return closeCommand(ctx, args);
    if (first == QLatin1String("note"))
        return noteCommand(ctx, args);
    if (first == QLatin1String("public"))
        return periodCommand(ctx, args, QStringLiteral("journal public"), false);
    if (first == QLatin1String("running"))
        return periodCommand(ctx, args, QStringLiteral("journal running"), true);
    if (first == QLatin1String("restanse")) {
        if (const QString p = args.finish(1, 1); !p.isEmpty())
            return ctx.usage(QStringLiteral("journal restanse"), p);
        auto cases = ctx.cases();
        if (!cases)
            return ctx.refuse(cases.error());
        JournalQuery query;
        query.openOnly = true;
        auto entries = JournalService(*cases.value()).find(query);
        if (!entries)
            return ctx.refuse(entries.error());
        printEntries(ctx, entries.value(), true);
        return Exit::Done;
    }
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("journal"), p);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    auto entries = JournalService(*cases.value()).forCase(first);
    if (!entries)
        return ctx.refuse(entries.error());
    printEntries(ctx, entries.value(), false);
    return Exit::Done;
}

int cmdArchive(Context &ctx, Args &args)
{
    if (args.positionals().value(0) != QLatin1String("export"))
        return ctx.usage(QStringLiteral("archive"), CliText::tr("the archive command is: archive export"));
    QString problem;
    const auto from = dateOption(args, "from", problem);
    const auto to = from ? dateOption(args, "to", problem) : std::nullopt;
    const auto out = args.option(QStringLiteral("out"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("archive export"), p);
    if (!from || !to)
        return ctx.usage(QStringLiteral("archive export"), problem);
    if (!out)
        return ctx.usage(QStringLiteral("archive export"), CliText::tr("--out DIR is required"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    int lastPercent = -1;
    auto summary = ArchiveExport(*cases.value()).write(*from, *to, *out, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10)
            ctx.err << CliText::tr("archive export: %1 %").arg(percent) << Qt::endl;
        lastPercent = percent;
        return true;
    });
    if (!summary)
        return ctx.refuse(summary.error());
    ctx.out << CliText::tr("%1 cases, %2 journal entries, %3 documents written to %4")
                   .arg(summary->cases)
                   .arg(summary->entries)
                   .arg(summary->documents)
                   .arg(*out)
            << Qt::endl;
    for (const QString &left : summary->notArchived)
        ctx.err << CliText::tr("archive export: left out, not archivable: %1").arg(left) << Qt::endl;
    return Exit::Done;
}

} // namespace fv::cli
