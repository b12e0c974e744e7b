#include "demo/GeneratorServer.h"

#include "storage/Database.h"
#include "storage/DatabaseKind.h"
#include "storage/MigrateToServer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace fv {

Result<GenerateReport> generateOnServer(
    Database &server, const GenerateOptions &options, const GenerateProgress &progress,
    const std::function<void(const QString &)> &steps)
{
    if (!server.isServer())
        return generateCases(server, QString(), options, progress);
    // Refused before the minutes of generating: the same checks migrate makes again at the end.
    auto cases = server.scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    if (!cases)
        return cases.error();
    if (cases->toLongLong() > 0)
        return fail(QCoreApplication::translate("fv::Demo",
                                                "this server database holds cases; synthetic cases go onto the "
                                                "team server only into a new, empty database"),
                    server.path());
    auto super = server.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"));
    if (!super)
        return super.error();
    if (!super->toBool())
        return fail(QCoreApplication::translate("fv::Demo",
                                                "generate on the team server needs the server's superuser (IT's "
                                                "account), as migrate does"),
                    server.path());
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("fv::Demo", "no temporary folder for the generated cases (%1)")
                        .arg(dir.errorString()));
    auto local = Database::create(dir.filePath(QStringLiteral("generated.db")), DatabaseKind::Demo);
    if (!local)
        return local.error();
    // A scratch file, deleted whatever happens: no write-ahead log to write twice and no fsync
    // (a crash loses nothing but this run), and no SQLite search index (the server builds its own).
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = MEMORY"), QStringLiteral("PRAGMA synchronous = OFF")})
        if (auto r = local.value()->exec(pragma); !r)
            return r.error();
    GenerateOptions scratch = options;
    scratch.searchIndex = false;
    auto report = generateCases(*local.value(), server.serverLogin(), scratch, progress);
    if (!report)
        return report.error();
    auto migrated = migrateToServer(*local.value(), server, steps, true);
    if (!migrated)
        return migrated.error();
    return report;
}

} // namespace fv
