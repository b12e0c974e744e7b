#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
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

const char *const helpText = R"(Usage: fellesvedtak-cli [--db PATH] [--as USER] [--json] COMMAND [ARGS]

Casework for Helsedataservice: one joint decision per application for access to
the central health registries. The database is --db, else $FELLESVEDTAK_DB, else
the default file in your data folder. The acting user is --as, else your login.
$FELLESVEDTAK_TODAY=YYYY-MM-DD fixes the date, only in a demo or test database
(a real database is refused while it is set). Only init and demo create a database.

Commands:
  init [--test]                         create or upgrade the database (idempotent);
                                        on a new database the acting user becomes admin;
                                        --test marks a new database as a test database
                                        (where $FELLESVEDTAK_TODAY may fix the date)
  demo [--force]                        fill the database with realistic example cases
  user add LOGIN --role ROLE... [--full-name TEXT] [--title TEXT]
                                        roles: adviser, lawyer, decision-maker, admin;
                                        the title is signed under the name in letters
  user list                             the users: roles, active or deactivated, title
  user deactivate LOGIN / user activate LOGIN
                                        a deactivated user cannot act or be assigned
  user role LOGIN (--add ROLE | --remove ROLE)...
                                        nobody changes their own roles; the last
                                        active admin stays admin
  user set LOGIN [--full-name TEXT] [--title TEXT]
                                        name and title (an admin; all user changes
                                        are audited)
  import FILE...                        import application-v1 files; prints CASE<TAB>FILE
  export CASE --out FILE                the case's application as application-v1 JSON
  edit-application CASE FILE            replace the case's application from an
                                        application-v1 file (adviser, lawyer or admin;
                                        only until a decision is drafted)
  list [--search TEXT] [--status S] [--registry CODE] [--purpose P] [--assignee LOGIN]
       [--unassigned] [--from DATE] [--to DATE] [--limit N]
                                        cases, newest first; with --search best match
                                        first (Norwegian letters folded: odegard = Ødegård)
  stats [--from DATE] [--to DATE]       received and decided per month, processing time
                                        (median, 90th percentile, within the deadline),
                                        per registry and per outcome
  generate --cases N [--seed S]         N realistic synthetic cases (an admin; progress
                                        on stderr); only into a demo or test database, or
                                        an empty one, which becomes a demo database
  show CASE                             the whole case: application, deadlines, assessment,
                                        consultations, dialogue, notes, decision, documents,
                                        events

Casework (roles: adviser or lawyer unless said; DATE is YYYY-MM-DD, --on defaults
to today and may not be in the future):
  assign CASE USER | assign CASE --me   make USER (an adviser or lawyer) responsible;
                                        an adviser, lawyer or admin assigns
  take CASE                             make yourself responsible
  start-check CASE                      start the completeness check
  complete CASE [--on DATE]             the application is complete: the statutory clock
                                        (30 working days, 60 for linked sources) starts
  request-info CASE --text TEXT [--on DATE]
                                        ask the applicant; the clock pauses; answer due
                                        in 10 working days
  info-received CASE [--on DATE]        the answer came; the clock runs again and the case
                                        returns to where it was
  remind CASE [--on DATE]               after the answer is overdue: 5 more working days
  reject-no-reply CASE                  after the reminder's deadline has passed
  withdraw CASE [--reason TEXT]         the applicant withdrew the application
  close CASE                            close a sent, forwarded, withdrawn or rejected case
  forward CASE [REGISTRY] --reason TEXT the registry manager decides the case (or that
                                        registry) itself
  preliminary-reply CASE [--on DATE]    record the forvaltningsloven § 11 a preliminary reply
  assess CASE ITEM RESULT [--note TEXT] ITEM: purpose, legal-basis, rek, institution-approval,
                                        minimisation, security, society-interest, linkage,
                                        deletion, security-screening; RESULT: fulfilled,
                                        not-fulfilled, not-relevant (a note is required for
                                        not-fulfilled, and for not-relevant on a required
                                        item); legal-basis and society-interest: a lawyer
  consult CASE REGISTRY --due DATE [--on DATE]
                                        ask the registry manager for its view
  consulted CASE REGISTRY --answer grant|partly|refuse [--note TEXT] [--on DATE]
                                        record the registry manager's answer
  note CASE --text TEXT [--for-applicant]
                                        an internal note, or one meant for the applicant
                                        (adviser, lawyer or decision-maker)
  deadlines CASE                        the statutory deadline, pauses and what is due
  timeline CASE                         every event, deadline and pause in time order
  setting KEY [VALUE]                   show or (an admin) change a setting, e.g.
                                        calendar.extraClosedMonthDays 12-24,12-31,
                                        assessment.securityScreeningRequired true

The decision, letters and the database:
  draft CASE                            make the joint decision draft from the application
  outcome CASE REGISTRY OUTCOME [--drop-variable V]... [--reason TEXT]
                                        granted, partly-granted, refused, forwarded
  submit CASE [--despite-open-consultation]
                                        send the draft for approval (every required
                                        assessment item must be settled, every refusal
                                        reasoned); a consultation still open needs
                                        --despite-open-consultation
  approve CASE [--version N]            approve (a decision-maker who did not draft, edit or
                                        submit it); --version N: the revision you read
                                        ('show' prints it), refused if it changed since
  return CASE --text TEXT               send the draft back with a comment
  letter CASE --kind KIND [--lang nb|nn|en] [--registry CODE] [--reason TEXT] --out FILE.pdf
                                        render a letter as a preview (a draft decision is
                                        marked); KIND: decision, receipt, info-request,
                                        reminder, preliminary-reply, forwarding, registry-notice,
                                        rejection, statement-for-comment, project-end-reminder,
                                        revocation-notice, revocation, stop-delivery,
                                        suspension-decision, appeal-received, appeal-forwarding, appeal-copy,
                                        appeal-rejection
                                        (--registry: the registry whose manager is addressed,
                                        or whose manager's statement is put for comment)
  send CASE --kind KIND [--lang nb|nn|en] [--registry CODE] [--reason TEXT] [--despite-language]
                                        send a letter: render it with the case's next document
                                        number, store the PDF and its SHA-256 as a case
                                        document and record the event; a decision letter needs
                                        an approved decision and moves the case to letter-sent;
                                        a registry notice goes to every registry manager with a
                                        granted registry, one document each (--registry: only
                                        that registry's manager) (adviser, lawyer or
                                        decision-maker); prints CASE<TAB>DOCUMENT<TAB>KIND a
                                        letter, e.g. 26/00012<TAB>26/00012-3;
                                        a preliminary reply needs --reason: consultation,
                                        legal-assessment, linkage, workload or your own words;
                                        a rejection needs a case rejected for want of an answer;
                                        a statement-for-comment puts a registry manager's
                                        statement to the applicant and pauses the clock;
                                        case texts in another language than the letter need
                                        --despite-language
  document CASE DOCNO --out FILE        a stored document back, byte for byte, its SHA-256
                                        checked first; DOCNO: 3 or 26/00012-3
  audit verify                          check the hash-chained audit trail
  check                                 integrity, foreign keys, audit trail, every case whole
  migrate --to postgresql://HOST/DATABASE
                                        copy this SQLite database whole onto an empty team
                                        server database (as its superuser, docs/TEAM.md)
  backup FILE                           a consistent copy (0600), also while others work
  restore FILE                          put a checked backup in place (an admin; the
                                        database must be closed everywhere; the replaced
                                        one is kept as DB.before-restore-TIME.bak)
  calendar holidays YEAR                Norwegian public holidays, one a line
  calendar add-workdays DATE N          the date N working days after DATE
  condition add CASE (CODE | --text TEXT)
                                        add a standard condition (storage, named-persons, deletion,
                                        no-reidentification, no-onward-disclosure, publication,
                                        change-application, report-end) or a custom one to the draft
  fee CASE [--hours H] [--exemption E]  the fee basis: hours of case work; E: none,
                                        student-aggregated-anonymous, data-update, appeal
  foreign-basis CASE (--text TEXT | --clear)
                                        a foreign applicant's legal basis in its own law, stated
                                        under the decision letter's legal basis (while the draft
                                        may be edited)
  attach CASE FILE                      store the file behind an attachment the application
                                        lists (SHA-256 checked; at most 20 MB; never health data)
  attachment CASE FILENAME --out FILE   a stored attachment back, its hash checked
  practice CASE [--limit N]             earlier practice: approved decisions on the same
                                        registries, variables and purpose, closest and
                                        newest first (N: 1-100, default 10), with each
                                        registry's outcome, the reasons and conditions

The archive (Noark 5):
  journal CASE                          the case's journal entries: number, type (I incoming,
                                        U outgoing, N/X internal note), journal number, date,
                                        status, parties, public title, screening, closed or open
  journal screen CASE [ENTRY] --basis TEXT
                                        screen an entry's (or the whole case's) public title and
                                        parties in the public journal; TEXT: a basis from the
                                        setting journal.screening-bases, e.g. "Offl. § 13 jf.
                                        fvl. § 13"; ENTRY: the number 'journal CASE' shows
  journal unscreen CASE [ENTRY]         lift that screening
  journal close CASE ENTRY [--method TE|TO] --note TEXT
                                        close (avskriv) an incoming entry by a note
  journal note CASE --title TEXT [--text TEXT | --from-note N] [--follow-up]
               [--closes ENTRY] [--screen BASIS]
                                        journal an internal note: X, or N with --follow-up;
                                        --text is kept as an internal note of the case, N
                                        journals the case's Nth internal note instead;
                                        --closes closes an open incoming entry by it (TE for N,
                                        TO for X); --screen screens it with a BASIS
  journal restanse                      incoming entries not yet closed, with their age
  journal public --from DATE --to DATE --out FILE
                                        offentligJournal.xml of the period, screened
  journal running --from DATE --to DATE --out FILE
                                        loependeJournal.xml of the period (internal)
  archive export --from DATE --to DATE --out DIR
                                        a Noark 5 v5.0 extract of the closed cases created in
                                        the period (an admin); DIR must be new or empty
After the decision letter (adviser or lawyer; once the decision letter of a decision
that grants data is sent; a DATE may not be in the future or before that letter):
  delivery CASE                         each granted registry's delivery: ordered, delayed,
                                        delivered, and whether it is overdue (setting
                                        followup.deliveryWeeks after the letter, default 8)
  delivery CASE REGISTRY (--ordered [DATE] | --delivered DATE | --delayed REASON [--on DATE])
                                        the registry manager's delivery (also
                                        --delayed --reason TEXT); only a granted registry
  project-end CASE [--report DATE | --deleted DATE]
                                        the applicant's end report received / deletion or
                                        anonymisation confirmed; without an option the dates
                                        and what is late (the report: setting
                                        followup.endReportGraceWeeks after the project's
                                        end, default 4); a longer project needs a change
                                        application
  send CASE --kind project-end-reminder  the end-of-project reminder, only when something
                                        is late
Revocation and reversal without appeal (fvl §§ 16, 35), suspension (fvl § 42):
  revoke notify CASE --grounds TEXT [--registry R]... [--reversal] [--comment-days N]
                                        advance notice to the applicant with a deadline to
                                        comment (setting revocation.commentDays, default 14
                                        calendar days; also --text TEXT); all granted
                                        registries unless named; the notice letter is sent
  revoke comment CASE [--received DATE] [--text TEXT]
                                        the applicant's comment received
  revoke decide CASE [--outcome revoked|partly|dropped] [--reason TEXT] [--registry R]...
                                        propose the decision once the deadline has passed or
                                        the comment is in; partly names the registries revoked
  revoke approve CASE                   a decision-maker other than the proposer approves:
                                        deliveries stopped, the decision letter and a
                                        stop-delivery notice to each registry manager sent
  revoke show CASE                      the case's revocations and suspensions
  suspension CASE [--requested DATE --by NAME | --grant --reason T | --refuse --reason T |
                   --end DATE]          suspended implementation requested, decided (its
                                        letter is sent), ended; while granted, deliveries
                                        are not chased
Appeals (klage; adviser or lawyer; once a decision or rejection letter is sent):
  appeal register CASE --received DATE --from NAME --contests TEXT [--posted DATE]
         [--text TEXT] [--file FILE]    the last day (fvl § 29: the letter + setting
                                        appeal.deliveryDays, default 3, + 3 weeks, moved to
                                        the next working day; posted by then counts, § 30);
                                        in time: back into assessment, to be prepared within
                                        appeal.preparationWorkingDays (default 30). --file:
                                        the appeal as received (PDF, scan, saved e-mail; at
                                        most 20 MB), kept byte for byte and journalled; a
                                        text file is also the text when --text is not given
  appeal consider CASE [--late-reason TEXT]
                                        a late appeal considered anyway (§ 31)
  appeal reject CASE --reason TEXT      a late appeal rejected (a decision: send its letter)
  appeal reverse CASE [--partly]        HDS reverses: a new decision version is drafted, fee-
                                        free, then submitted and approved by a second person
  appeal forward CASE --view TEXT [--comment-days N]
                                        upheld and forwarded to the appeal body (setting
                                        letter.appealBody); comments within N days (setting
                                        appeal.commentDays, default 14)
  appeal result CASE (--upheld | --reversed | --partly | --sent-back) --date DATE
         [--reference REF] [--file FILE]
                                        the appeal body's result, journalled as received from
                                        it; --file: its decision letter, kept byte for byte;
                                        sent back: prepared again
  appeal implement CASE                 the appeal body reversed: its decision recorded as a
                                        new decision version (drafted from the current one,
                                        fee-free, approved by another person); then the
                                        registry notices of the registries it changes
  appeal withdraw CASE [--date DATE]    the appellant withdraws (default today): the case
                                        returns to "letter sent", the decision stands; a
                                        granted suspension (§ 42) ends that day
  appeal list CASE                      the case's appeals (also in show --json)

Options:
  --json        machine-readable output
  --help        this text
  --version     the program version

Exit status: 0 done, 1 refused (the message says what and where), 2 usage error.
)";

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
        out << cli::helpText;
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
