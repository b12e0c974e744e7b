#include "cli/Cli.h"

#include "cli/CliContext.h"

#include <map>

namespace fv {
namespace cli {

Result<Database *> Context::database()
{
    if (!m_db) {
        auto db = Database::open(dbPath());
        if (!db)
            return db.error();
        m_db = std::move(db.value());
    }
    return m_db.get();
}

Result<CaseService *> Context::cases()
{
    if (!m_cases) {
        auto db = database();
        if (!db)
            return db.error();
        auto actor = Users::actor(*db.value(), actingLogin());
        if (!actor)
            return actor.error();
        m_cases = std::make_unique<CaseService>(*db.value(), actor.value());
    }
    return m_cases.get();
}

int Context::refuse(const Error &error)
{
    err << "fellesvedtak-cli: " << error.toString() << Qt::endl;
    return Exit::Refused;
}

int Context::usage(const QString &command, const QString &problem)
{
    err << "fellesvedtak-cli " << command << ": " << problem << Qt::endl
        << "Try 'fellesvedtak-cli --help'." << Qt::endl;
    return Exit::Usage;
}

namespace {

const char *const helpText = R"(Usage: fellesvedtak-cli [--db PATH] [--as USER] [--json] COMMAND [ARGS]

Casework for Helsedataservice: one joint decision per application for access to
the central health registries. The database is --db, else $FELLESVEDTAK_DB, else
the default file in your data folder. The acting user is --as, else your login.
$FELLESVEDTAK_TODAY=YYYY-MM-DD fixes the date (tests and demos).

Commands:
  init                                  create or upgrade the database (idempotent);
                                        on a new database the acting user becomes admin
  demo [--force]                        fill the database with realistic example cases
  user add LOGIN --role ROLE... [--full-name TEXT]
                                        roles: adviser, lawyer, decision-maker, admin
  user list                             the users and their roles
  import FILE...                        import application-v1 files; prints CASE<TAB>FILE
  export CASE --out FILE                the case's application as application-v1 JSON
  list [--status S] [--registry CODE] [--search TEXT] [--limit N]
                                        cases, newest first
  show CASE                             the whole case
  draft CASE                            make the joint decision draft from the application
  outcome CASE REGISTRY OUTCOME [--drop-variable V]... [--reason TEXT]
                                        granted, partly-granted, refused, forwarded
  submit CASE                           send the draft for approval
  approve CASE                          approve (a decision-maker; never the drafter)
  return CASE --text TEXT               send the draft back with a comment
  letter CASE --kind KIND [--lang nb|nn|en] --out FILE.pdf
                                        render a letter (a draft decision is marked)
  audit verify                          check the hash-chained audit trail
  calendar holidays YEAR                Norwegian public holidays, one a line
  calendar add-workdays DATE N          the date N working days after DATE

Options:
  --json        machine-readable output
  --help        this text
  --version     the program version

Exit status: 0 done, 1 refused (the message says what and where), 2 usage error.
)";

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> c = {
        {QStringLiteral("init"), cmdInit},     {QStringLiteral("user"), cmdUser},
        {QStringLiteral("import"), cmdImport}, {QStringLiteral("export"), cmdExport},
        {QStringLiteral("list"), cmdList},     {QStringLiteral("show"), cmdShow},
        {QStringLiteral("draft"), cmdDraft},   {QStringLiteral("outcome"), cmdOutcome},
        {QStringLiteral("submit"), cmdSubmit}, {QStringLiteral("approve"), cmdApprove},
        {QStringLiteral("return"), cmdReturn}, {QStringLiteral("letter"), cmdLetter},
        {QStringLiteral("audit"), cmdAudit},   {QStringLiteral("calendar"), cmdCalendar},
        {QStringLiteral("demo"), cmdDemo},
    };
    return c;
}

} // namespace
} // namespace cli

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    cli::Context ctx(out, err);
    QStringList rest = arguments;
    // Global options come before the command.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--help")) {
            out << cli::helpText;
            return cli::Exit::Done;
        }
        if (opt == QLatin1String("--version")) {
            out << "fellesvedtak-cli " << FV_VERSION << Qt::endl;
            return cli::Exit::Done;
        }
        if (opt == QLatin1String("--json")) {
            ctx.json = true;
            continue;
        }
        QString *target = opt == QLatin1String("--db") ? &ctx.dbOption
            : opt == QLatin1String("--as")
            ? &ctx.asOption
            : nullptr;
        if (!target)
            return ctx.usage(QString(), QStringLiteral("unknown option %1").arg(opt));
        if (rest.isEmpty() || rest.first().isEmpty())
            return ctx.usage(QString(), QStringLiteral("%1 needs a value").arg(opt));
        *target = rest.takeFirst();
    }
    if (rest.isEmpty())
        return ctx.usage(QString(), QStringLiteral("no command given"));
    const QString name = rest.takeFirst();
    const auto it = cli::commands().find(name);
    if (it == cli::commands().end())
        return ctx.usage(name, QStringLiteral("unknown command"));
    cli::Args args(rest);
    if (args.flag(QStringLiteral("json")))
        ctx.json = true;
    return it->second(ctx, args);
}

} // namespace fv
