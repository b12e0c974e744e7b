#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace fv {
namespace cli {

Result<Database *> Context::database()
{
    if (!m_db) {
        auto path = dbPath();
        if (!path)
            return path.error();
        if (!isServerUri(path.value()) && !QFileInfo::exists(path.value())) // a misspelt --db never makes a new one
            return fail(QCoreApplication::translate("fv::Cli", "no case database at %1; create one with init")
                            .arg(path.value()));
        auto db = Database::open(path.value());
        if (!db)
            return db.error();
        m_db = std::move(db.value());
        if (auto s = checkServerIdentity(); !s) {
            m_db.reset();
            return s.error();
        }
    }
    return m_db.get();
}

Result<Database *> Context::openOrCreate(DatabaseKind kind, bool *created)
{
    auto path = dbPath();
    if (!path)
        return path.error();
    const QFileInfo info(path.value());
    const bool server = isServerUri(path.value());
    const bool isNew = !m_db && (server || !info.exists() || (info.isFile() && info.size() == 0));
    if (created)
        *created = isNew;
    if (!isNew)
        return database();
    auto db = Database::create(path.value(), kind);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    if (server && created) // on the server the schema may have been there already
        *created = Users::count(*m_db).ok() && Users::count(*m_db).value() == 0;
    if (auto s = checkServerIdentity(); !s) {
        m_db.reset();
        return s.error();
    }
    return m_db.get();
}

// On the team server the acting user is the session's login: --as would let anyone act as
// anyone, so it is refused there.
Status Context::checkServerIdentity() const
{
    if (m_db && m_db->isServer() && !asOption.isEmpty())
        return fail(CliText::tr("--as cannot be used on the team server: there you act as the login you "
                                "connected with (%1)")
                        .arg(m_db->serverLogin()),
                    QStringLiteral("--as"));
    return ok();
}

QString Context::actingLogin() const
{
    if (m_db && m_db->isServer())
        return m_db->serverLogin();
    return asOption.isEmpty() ? systemLogin() : asOption;
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

Result<CaseRecord> Context::loadCase(const QString &caseNumber)
{
    auto service = cases();
    if (!service)
        return service.error();
    return service.value()->load(caseNumber);
}

int Context::refuse(const Error &error)
{
    err << "fellesvedtak-cli: " << error.toString() << Qt::endl;
    return Exit::Refused;
}

int Context::usage(const QString &command, const QString &problem)
{
    err << "fellesvedtak-cli " << command << ": " << problem << Qt::endl
        << CliText::tr("Try 'fellesvedtak-cli --help'.") << Qt::endl;
    return Exit::Usage;
}

namespace {

// The --help text, whole, in the user's language (resources/cli/help.LANG.txt): its two columns
// do not survive translation line by line. The file's name goes through the translation system,
// so the installed catalogue picks the text; a language without one gets the English.
QString helpText()
{
    QFile file(CliText::tr(":/cli/help.en.txt", "the file of the --help text in this language"));
    if (!file.open(QIODevice::ReadOnly))
        file.setFileName(QStringLiteral(":/cli/help.en.txt"));
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> c = {
        {QStringLiteral("init"), cmdInit},
        {QStringLiteral("user"), cmdUser},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("edit-application"), cmdEditApplication},
        {QStringLiteral("list"), cmdList},
        {QStringLiteral("show"), cmdShow},
        {QStringLiteral("draft"), cmdDraft},
        {QStringLiteral("outcome"), cmdOutcome},
        {QStringLiteral("submit"), cmdSubmit},
        {QStringLiteral("approve"), cmdApprove},
        {QStringLiteral("return"), cmdReturn},
        {QStringLiteral("letter"), cmdLetter},
        {QStringLiteral("send"), cmdSend},
        {QStringLiteral("document"), cmdDocument},
        {QStringLiteral("audit"), cmdAudit},
        {QStringLiteral("calendar"), cmdCalendar},
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("attach"), cmdAttach},
        {QStringLiteral("condition"), cmdCondition},
        {QStringLiteral("fee"), cmdFee},
        {QStringLiteral("foreign-basis"), cmdForeignBasis},
        {QStringLiteral("attachment"), cmdAttachment},
        {QStringLiteral("backup"), cmdBackup},
        {QStringLiteral("check"), cmdCheck},
        {QStringLiteral("migrate"), cmdMigrate},
        {QStringLiteral("restore"), cmdRestore},
        {QStringLiteral("stats"), cmdStats},
        {QStringLiteral("generate"), cmdGenerate},
        {QStringLiteral("practice"), cmdPractice},
        // Casework
        {QStringLiteral("assign"), cmdAssign},
        {QStringLiteral("take"), cmdTake},
        {QStringLiteral("start-check"), cmdStartCheck},
        {QStringLiteral("complete"), cmdComplete},
        {QStringLiteral("request-info"), cmdRequestInfo},
        {QStringLiteral("info-received"), cmdInfoReceived},
        {QStringLiteral("remind"), cmdRemind},
        {QStringLiteral("reject-no-reply"), cmdRejectNoReply},
        {QStringLiteral("withdraw"), cmdWithdraw},
        {QStringLiteral("close"), cmdClose},
        {QStringLiteral("forward"), cmdForward},
        {QStringLiteral("preliminary-reply"), cmdPreliminaryReply},
        {QStringLiteral("assess"), cmdAssess},
        {QStringLiteral("consult"), cmdConsult},
        {QStringLiteral("consulted"), cmdConsulted},
        {QStringLiteral("note"), cmdNote},
        {QStringLiteral("deadlines"), cmdDeadlines},
        {QStringLiteral("timeline"), cmdTimeline},
        {QStringLiteral("setting"), cmdSetting},
        {QStringLiteral("journal"), cmdJournal},
        {QStringLiteral("archive"), cmdArchive},
        // After the decision letter
        {QStringLiteral("delivery"), cmdDelivery},
        {QStringLiteral("project-end"), cmdProjectEnd},
        {QStringLiteral("revoke"), cmdRevoke},
        {QStringLiteral("suspension"), cmdSuspension},
        {QStringLiteral("appeal"), cmdAppeal},
    };
    return c;
}

} // namespace
} // namespace cli

namespace {

// The words of a command line: the global options before the command, the command word and
// what follows it; `problem` says what is wrong with the global options, if anything.
struct Invocation
{
    bool help = false;
    bool version = false;
    bool json = false;
    QString db;
    QString as;
    QString problem;
    QString command;
    QStringList rest;
};

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("--version")) {
            (opt == QLatin1String("--help") ? inv.help : inv.version) = true;
            return inv;
        }
        if (opt == QLatin1String("--json")) {
            inv.json = true;
            continue;
        }
        QString *target = opt == QLatin1String("--db") ? &inv.db : opt == QLatin1String("--as") ? &inv.as : nullptr;
        if (!target) {
            inv.problem = cli::CliText::tr("unknown option %1").arg(opt);
            return inv;
        }
        if (rest.isEmpty() || rest.first().isEmpty()) {
            inv.problem = cli::CliText::tr("%1 needs a value").arg(opt);
            return inv;
        }
        *target = rest.takeFirst();
    }
    if (!rest.isEmpty())
        inv.command = rest.takeFirst();
    inv.rest = rest;
    return inv;
}

} // namespace

bool cliRendersLetters(const QStringList &arguments)
{
    const QString command = parseInvocation(arguments).command;
    // The demo sends decision letters; generate stores a rendered PDF/A letter in each generated case that has one;
    // revocation and suspension send their letters.
    static const QStringList commands{
        QStringLiteral("letter"),   QStringLiteral("send"),   QStringLiteral("demo"),
        QStringLiteral("generate"), QStringLiteral("revoke"), QStringLiteral("suspension")};
    return commands.contains(command);
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    cli::Context ctx(out, err);
    const Invocation inv = parseInvocation(arguments);
    if (inv.help) {
        out << cli::helpText();
        return cli::Exit::Done;
    }
    if (inv.version) {
        out << "fellesvedtak-cli " << FV_VERSION << Qt::endl;
        return cli::Exit::Done;
    }
    if (!inv.problem.isEmpty())
        return ctx.usage(QString(), inv.problem);
    ctx.json = inv.json;
    ctx.dbOption = inv.db;
    ctx.asOption = inv.as;
    if (inv.command.isEmpty())
        return ctx.usage(QString(), cli::CliText::tr("no command given"));
    const auto it = cli::commands().find(inv.command);
    if (it == cli::commands().end())
        return ctx.usage(inv.command, cli::CliText::tr("unknown command"));
    cli::Args args(inv.rest);
    if (args.flag(QStringLiteral("json")))
        ctx.json = true;
    return it->second(ctx, args);
}

} // namespace fv
