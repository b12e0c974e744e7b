// migrate --to postgresql://…: the SQLite case database onto the team server.
#include "cli/CliContext.h"
#include "storage/MigrateToServer.h"
#include "storage/ServerDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {

namespace {

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
    ctx.out.flush();
}

} // namespace

int cmdMigrate(Context &ctx, Args &args)
{
    const std::optional<QString> to = args.option(QStringLiteral("to"));
    if (const QString p = args.finish(0, 0); !p.isEmpty())
        return ctx.usage(QStringLiteral("migrate"), p);
    if (!to || !isServerUri(to.value()))
        return ctx.usage(
            QStringLiteral("migrate"), CliText::tr("--to needs the team server's address, postgresql://HOST/DATABASE"));
    auto source = ctx.database();
    if (!source)
        return ctx.refuse(source.error());
    if (source.value()->isServer())
        return ctx.refuse(CliText::tr("--db names the SQLite file to migrate, not a server"));
    auto target = Database::open(to.value());
    if (!target)
        return ctx.refuse(target.error());
    auto report = migrateToServer(*source.value(), *target.value(), [&ctx](const QString &line) {
        ctx.err << line << Qt::endl;
    });
    if (!report)
        return ctx.refuse(report.error());
    if (ctx.json) {
        printJson(ctx,
                  QJsonObject{{QStringLiteral("users"), report->users},
                              {QStringLiteral("cases"), report->cases},
                              {QStringLiteral("documents"), report->documents},
                              {QStringLiteral("events"), report->events},
                              {QStringLiteral("oldHead"), report->oldHead},
                              {QStringLiteral("newHead"), report->newHead}});
    } else {
        ctx.out << CliText::tr("%1 migrated to %2: %3 cases, %4 documents, %5 users, %6 events")
                       .arg(source.value()->path(), target.value()->path())
                       .arg(report->cases)
                       .arg(report->documents)
                       .arg(report->users)
                       .arg(report->events)
                << Qt::endl
                << CliText::tr("old audit head: %1").arg(report->oldHead) << Qt::endl
                << CliText::tr("audit head on the server: %1").arg(report->newHead) << Qt::endl;
    }
    return Exit::Done;
}

} // namespace fv::cli
