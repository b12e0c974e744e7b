#include "appeal/Appeal.h"
#include "application/ApplicationJson.h"
#include "casework/CaseJson.h"
#include "cli/CliContext.h"
#include "storage/SafeFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fv::cli {
namespace {

constexpr qint64 maxApplicationBytes = 10 * 1024 * 1024;

Result<QByteArray> readApplicationFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(CliText::tr("cannot read the file: %1").arg(f.errorString()), path);
    if (f.size() > maxApplicationBytes)
        return fail(CliText::tr("the file is larger than 10 MB; an application is far smaller"), path);
    return f.readAll();
}

void printJson(Context &ctx, const QJsonValue &v)
{
    const QByteArray bytes = v.isArray()
        ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
    ctx.out << QString::fromUtf8(bytes);
}

// A label of `show`, padded so the values line up.
QString label(const QString &text)
{
    const QString withColon = text + QLatin1Char(':');
    return withColon.size() < 17 ? withColon.leftJustified(17) : withColon + QLatin1Char(' ');
}

// The files received in the case (schema 13: an appeal as it came, the appeal body's decision),
// each with the appeal it belongs to; the appeal's file is received on the appeal's day.
void printReceivedFiles(QTextStream &o, const AppealRecord &appeals)
{
    if (appeals.files.empty())
        return;
    o << "\n" << CliText::tr("Received files:") << "\n";
    for (const IncomingDocument &f : appeals.files) {
        QDate received = f.createdAt.toLocalTime().date();
        QString what;
        for (size_t i = 0; i < appeals.appeals.size(); ++i) {
            const Appeal &a = appeals.appeals[i];
            if (a.attachmentId == f.id) {
                what = CliText::tr("appeal %1 as received").arg(i + 1);
                received = a.receivedOn;
            } else if (a.bodyDocumentId == f.id) {
                what = CliText::tr("the appeal body's decision on appeal %1").arg(i + 1);
            }
        }
        o << "  "
          << CliText::tr("%1 (%2, %3 bytes), received %4: %5")
                 .arg(f.fileName, f.mediaType)
                 .arg(f.size)
                 .arg(received.toString(Qt::ISODate), what.isEmpty() ? f.kind : what)
          << "\n";
    }
}

void printCase(Context &ctx, const CaseRecord &r)
{
    const Application &a = r.application;
    QTextStream &o = ctx.out;
    o << label(CliText::tr("Case")) << r.summary.caseNumber << "  (" << toCode(r.summary.status) << ")\n"
      << label(QStringLiteral("Deres ref.")) << a.reference << "\n"
      << label(CliText::tr("Kind")) << toCode(a.kind)
      << (a.kind == ApplicationKind::Change ? CliText::tr(" of %1").arg(a.changeOf) : QString()) << "\n"
      << label(CliText::tr("Received")) << a.received.toString(Qt::ISODate) << "\n"
      << label(CliText::tr("Language")) << toCode(a.language) << "\n"
      << label(CliText::tr("Title")) << a.project.title << "\n"
      << label(CliText::tr("Purpose")) << a.project.purpose << "\n"
      << label(CliText::tr("Project")) << a.project.start.toString(Qt::ISODate) << " – "
      << a.project.end.toString(Qt::ISODate) << " ("
      << CliText::tr("deletion %1").arg(a.project.deletionDate.toString(Qt::ISODate)) << ")\n"
      << label(CliText::tr("Project leader")) << a.projectLeader.name << " <" << a.projectLeader.email << ">\n"
      << label(CliText::tr("Controller")) << a.controller.name << " (" << a.controller.orgNumber << ")\n"
      << label(CliText::tr("Identifiability")) << toCode(a.identifiability) << "\n"
      << label(CliText::tr("Storage")) << a.storage.environment << "\n"
      << label(CliText::tr("Assignee")) << (r.summary.assignee.isEmpty() ? QStringLiteral("—") : r.summary.assignee)
      << "\n"
      << "\n"
      << CliText::tr("Data sources:") << "\n";
    for (const DataSource &s : a.dataSources)
        o << "  " << s.registry << "  " << s.periodFrom.toString(Qt::ISODate) << " – "
          << s.periodTo.toString(Qt::ISODate) << "  " << s.variables.join(QStringLiteral(", ")) << "\n";
    for (const Decision &d : r.decisions) {
        o << "\n"
          << CliText::tr("Decision %1 (%2, revision %3, overall %4):")
                 .arg(d.version)
                 .arg(toCode(d.status))
                 .arg(d.revision)
                 .arg(toCode(d.overall()))
          << "\n";
        for (const RegistryDecision &e : d.entries)
            o << "  " << e.registry << "  " << toCode(e.outcome)
              << (e.reason.isEmpty() ? QString() : QStringLiteral("  – ") + e.reason) << "\n";
        o << "  " << CliText::tr("drafted by %1").arg(d.draftedBy);
        if (!d.approvedBy.isEmpty())
            o << ", " << CliText::tr("approved by %1").arg(d.approvedBy);
        if (!d.returnComment.isEmpty())
            o << ", " << CliText::tr("returned: %1").arg(d.returnComment);
        o << "\n";
    }
    // After the decision: revocation under way, suspended implementation (revoke show: all of it).
    if (const Revocation *rev = r.revocation.latest())
        o << "\n"
          << CliText::tr("%1: %2 (comment by %3)")
                 .arg(displayName(rev->kind), displayName(rev->state()), rev->commentDue.toString(Qt::ISODate))
          << "\n";
    if (r.revocation.suspended())
        o << CliText::tr("Implementation suspended (fvl § 42)") << "\n";
    if (!r.documents.empty()) {
        o << "\n" << CliText::tr("Documents:") << "\n";
        for (const StoredDocument &d : r.documents)
            o << "  " << r.summary.caseNumber << "-" << d.number << "  " << d.kind << " (" << d.language << ")  "
              << d.title << "\n";
    }
    printReceivedFiles(o, r.appeals);
    printCasework(o, r);
    o << "\n" << CliText::tr("Events:") << "\n";
    for (const Event &e : r.events)
        o << "  " << e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << e.actor << "  " << e.kind << "  "
          << e.detail << "\n";
    o.flush();
}

} // namespace

int cmdImport(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, -1); !p.isEmpty())
        return ctx.usage(QStringLiteral("import"), p + CliText::tr(" (give one or more application files)"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    int imported = 0;
    int refused = 0;
    QJsonArray results;
    for (const QString &file : args.positionals()) {
        auto bytes = readApplicationFile(file);
        Result<QString> number = bytes
            ? cases.value()->importApplication(bytes.value(), file)
            : Result<QString>(bytes.error());
        if (number) {
            ++imported;
            if (!ctx.json)
                ctx.out << number.value() << '\t' << file << Qt::endl;
        } else {
            ++refused;
            ctx.err << "fellesvedtak-cli: " << number.error().toString() << Qt::endl;
        }
        results.append(QJsonObject{
            {QStringLiteral("file"), file},
            {QStringLiteral("caseNumber"), number ? QJsonValue(number.value()) : QJsonValue()},
            {QStringLiteral("error"), number ? QJsonValue() : QJsonValue(number.error().toString())}});
    }
    if (ctx.json)
        printJson(ctx, results);
    if (args.positionals().size() > 1)
        ctx.err << CliText::tr("imported %1 of %2 files; %3 refused").arg(imported).arg(imported + refused).arg(refused)
                << Qt::endl;
    return refused == 0 ? Exit::Done : Exit::Refused;
}

int cmdExport(Context &ctx, Args &args)
{
    const auto out = args.option(QStringLiteral("out"));
    if (const QString p = args.finish(1, 1); !p.isEmpty() || !out)
        return ctx.usage(QStringLiteral("export"), p.isEmpty() ? CliText::tr("--out FILE is required") : p);
    auto rec = ctx.loadCase(args.positionals().first());
    if (!rec)
        return ctx.refuse(rec.error());
    if (auto s = writeFileAtomically(*out, applicationToJsonBytes(rec->application)); !s)
        return ctx.refuse(s.error());
    return Exit::Done;
}

// cmdList is with the search commands, in CliSearchCommands.cpp.

int cmdShow(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("show"), p);
    auto rec = ctx.loadCase(args.positionals().first());
    if (!rec)
        return ctx.refuse(rec.error());
    if (ctx.json)
        printJson(ctx, caseToJson(rec.value()));
    else
        printCase(ctx, rec.value());
    return Exit::Done;
}

} // namespace fv::cli
