// backup, restore and check: the database's safety net from the command line.
#include "cli/CliContext.h"
#include "storage/Backup.h"
#include "storage/Check.h"
#include "storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {
namespace {

QJsonObject infoJson(const BackupInfo &info)
{
    return QJsonObject{
        {QStringLiteral("file"), info.path},
        {QStringLiteral("schemaVersion"), info.schemaVersion},
        {QStringLiteral("cases"), info.cases},
        {QStringLiteral("events"), info.events},
        {QStringLiteral("auditHead"), info.auditHead}};
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
    ctx.out.flush();
}

} // namespace

namespace {
// The team server is backed up by IT with PostgreSQL's own tools, never file by file.
Error serverBackupRefusal()
{
    return fail(CliText::tr("on the team server, backup and restore are IT's work with PostgreSQL's own tools: "
                            "pg_dump and pg_restore, or continuous archiving with point-in-time recovery "
                            "(docs/TEAM.md)"));
}
} // namespace

int cmdBackup(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("backup"), p + CliText::tr(" (backup FILE)"));
    if (auto path = ctx.dbPath(); path && isServerUri(path.value()))
        return ctx.refuse(serverBackupRefusal());
    auto cases = ctx.cases(); // any user of the database may take a backup
    if (!cases)
        return ctx.refuse(cases.error());
    auto info = backupDatabase(cases.value()->database(), args.positionals().first());
    if (!info)
        return ctx.refuse(info.error());
    if (ctx.json)
        printJson(ctx, infoJson(info.value()));
    else
        ctx.out << CliText::tr("%1: backup of %2 cases and %3 audit events (schema %4)")
                       .arg(info->path)
                       .arg(info->cases)
                       .arg(info->events)
                       .arg(info->schemaVersion)
                << Qt::endl;
    return Exit::Done;
}

int cmdRestore(Context &ctx, Args &args)
{
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("restore"), p + CliText::tr(" (restore FILE)"));
    // The database is not opened here: the restore needs it to itself.
    auto target = ctx.dbPath();
    if (!target)
        return ctx.refuse(target.error());
    if (isServerUri(target.value()))
        return ctx.refuse(serverBackupRefusal());
    auto report = restoreDatabase(args.positionals().first(), target.value(), ctx.actingLogin());
    if (!report)
        return ctx.refuse(report.error());
    if (ctx.json) {
        QJsonObject o = infoJson(report->restored);
        o.insert(QStringLiteral("previousCopy"), report->previousCopy);
        printJson(ctx, o);
        return Exit::Done;
    }
    ctx.out << CliText::tr("%1: restored from %2 (%3 cases, %4 audit events)")
                   .arg(report->restored.path, args.positionals().first())
                   .arg(report->restored.cases)
                   .arg(report->restored.events)
            << Qt::endl;
    if (!report->previousCopy.isEmpty())
        ctx.out << CliText::tr("the database it replaced is kept as %1").arg(report->previousCopy) << Qt::endl;
    return Exit::Done;
}

int cmdCheck(Context &ctx, Args &args)
{
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("check"), p);
    auto db = ctx.database();
    if (!db)
        return ctx.refuse(db.error());
    auto report = checkDatabase(*db.value());
    if (!report)
        return ctx.refuse(report.error());
    if (ctx.json) {
        printJson(ctx,
                  QJsonObject{{QStringLiteral("ok"), report->ok()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
                              {QStringLiteral("cases"), report->cases},
                              {QStringLiteral("events"), report->events},
                              {QStringLiteral("auditHead"), report->auditHead}});
    } else if (report->ok()) {
        ctx.out << CliText::tr("%1: ok (integrity, foreign keys, audit trail of %2 events, %3 cases whole)")
                       .arg(db.value()->path())
                       .arg(report->events)
                       .arg(report->cases)
                << Qt::endl
                // Noted elsewhere, the head anchors the chain: a rewritten trail ends differently.
                << CliText::tr("audit head: %1").arg(report->auditHead) << Qt::endl;
    } else {
        for (const QString &problem : report->problems)
            ctx.out << problem << '\n';
        ctx.out.flush();
    }
    if (report->ok())
        return Exit::Done;
    return ctx.refuse(Error{
        QStringLiteral("the check found %1 problem(s), listed on standard output; restore the "
                       "last good backup with 'fellesvedtak-cli restore FILE'")
            .arg(report->problems.size()),
        db.value()->path()});
}

} // namespace fv::cli
