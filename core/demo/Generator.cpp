#include "demo/Generator.h"

#include "Clock.h"
#include "archive/JournalBackfill.h"
#include "casework/AuditLog.h"
#include "casework/Users.h"
#include "demo/GeneratorData.h"
#include "demo/GeneratorPlan.h"
#include "demo/GeneratorWriter.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace fv {
namespace {

constexpr int batchSize = 5000;

struct StaffMember
{
    const char *login;
    const char *name;
    Role role;
};

const std::vector<StaffMember> &staffMembers()
{
    static const std::vector<StaffMember> s = {
        {"astrid.lovas", "Astrid Løvås", Role::Adviser},         {"bjorn.odegard", "Bjørn Ødegård", Role::Adviser},
        {"kare.haland", "Kåre Håland", Role::Adviser},           {"siri.saether", "Siri Sæther", Role::Adviser},
        {"oystein.stromme", "Øystein Strømme", Role::Adviser},   {"marte.aasen", "Marte Aasen", Role::Adviser},
        {"jorgen.brathen", "Jørgen Bråthen", Role::Lawyer},      {"solveig.kvael", "Solveig Kvæl", Role::Lawyer},
        {"hakon.myrvold", "Håkon Myrvold", Role::DecisionMaker}, {"liv.gronli", "Liv Grønli", Role::DecisionMaker},
        {"pal.nygard", "Pål Nygård", Role::DecisionMaker},
    };
    return s;
}

// The caseworkers of the synthetic office, added once (by the acting administrator).
Result<GeneratorStaff> ensureStaff(Database &db, const QString &acting, std::map<QString, qint64> &ids)
{
    auto n = Users::count(db);
    if (!n)
        return n.error();
    if (n.value() == 0) {
        if (auto u = Users::add(db, acting, acting, {Role::Admin}, acting); !u)
            return u.error();
    }
    auto me = Users::actor(db, acting);
    if (!me)
        return me.error();
    if (auto s = requireRole(me.value(), Role::Admin, QStringLiteral("generate synthetic cases")); !s)
        return s.error();
    GeneratorStaff staff;
    for (const StaffMember &m : staffMembers()) {
        const QString login = QString::fromUtf8(m.login);
        auto found = Users::find(db, login);
        if (!found)
            return found.error();
        User u;
        if (found.value()) {
            u = *found.value();
        } else {
            auto added = Users::add(db, acting, login, {m.role}, QString::fromUtf8(m.name));
            if (!added)
                return added.error();
            u = added.value();
        }
        ids[u.login] = u.id;
        staff.names[u.login] = u.fullName;
        (m.role == Role::DecisionMaker ? staff.deciders
             : m.role == Role::Lawyer  ? staff.lawyers
                                       : staff.advisers)
            .push_back(u.login);
    }
    return staff;
}

Result<std::map<QString, QStringList>> catalogueVariables(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT registry, name FROM registry_variable ORDER BY registry, rowid"));
    if (!q)
        return q.error();
    std::map<QString, QStringList> out;
    while (q->next())
        out[q->value(0).toString()] << q->value(1).toString();
    if (out.empty())
        return fail(QCoreApplication::translate("fv::Demo", "the registry catalogue is empty; cannot generate cases"));
    return out;
}

// One case, planned and ready to write.
struct PlannedCase
{
    int year = 0;
    int seq = 0;
    qint64 id = 0; // the case's id, given ahead so the audit chain can be computed here
    QString number;
    qint64 changeOf = 0; // the earlier case a change application refers to
    Application app;
    CasePlan plan;
    SearchIndex::SearchDocument search;
    std::vector<EventRow> events;
};

// A decided case a later change application can refer to.
struct Earlier
{
    qint64 id = 0;
    QString number;
    QDate approvedOn;
    Application app;
};

// Plans the cases in order on its own thread (the templates, names and timelines cost as
// much as writing), handing them over through a small queue; the writer stays on the
// database's thread. The plans depend only on the seed, never on timing.
class Planner
{
public:
    Planner(const GenerateOptions &o, ApplicationFaker faker, GeneratorStaff staff, std::map<int, int> lastSeq,
            QSet<QString> references, std::map<QString, QString> registryNames, qint64 lastCaseId, ChainEnd chain,
            const QDate &today)
        : m_options(o)
        , m_dice(o.seed)
        , m_faker(std::move(faker))
        , m_staff(std::move(staff))
        , m_lastSeq(std::move(lastSeq))
        , m_references(std::move(references))
        , m_registryNames(std::move(registryNames))
        , m_nextCaseId(lastCaseId + 1)
        , m_chain(std::move(chain))
        , m_today(today)
    {
        // About 15 000 cases a year at most, and at least two years, so every month has cases.
        const int years = std::max(2, static_cast<int>(std::ceil(m_options.cases / 15000.0)));
        m_first = QDate(m_today.year() - years + 1, 1, 1);
    }
    ~Planner() { stop(); }

    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    // The next case in order (waits for the planner).
    Result<PlannedCase> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || !m_error.message.isEmpty(); });
        if (m_queue.empty())
            return m_error;
        PlannedCase c = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return c;
    }

private:
    void run();
    Result<PlannedCase> plan(int index);
    QDate receivedOn(int index) const;
    QString nextReference(int year);

    GenerateOptions m_options;
    Dice m_dice;
    ApplicationFaker m_faker;
    GeneratorStaff m_staff;
    std::map<int, int> m_lastSeq;
    QSet<QString> m_references;
    std::map<QString, QString> m_registryNames;
    qint64 m_nextCaseId = 1;
    ChainEnd m_chain;
    QDate m_today;
    QDate m_first;
    WorkingDayCalendar m_calendar;
    std::vector<Earlier> m_earlier;
    int m_serial = 0;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PlannedCase> m_queue;
    Error m_error;
    bool m_stopped = false;
};

QDate Planner::receivedOn(int index) const
{
    const qint64 span = m_first.daysTo(m_today);
    QDate d = m_first.addDays(span * index / std::max(1, m_options.cases));
    while (!m_calendar.isWorkingDay(d) && d < m_today)
        d = d.addDays(1);
    return d;
}

QString Planner::nextReference(int year)
{
    QString ref;
    do
        ref = QStringLiteral("HD-%1-%2").arg(year).arg(++m_serial, 6, 10, QLatin1Char('0'));
    while (m_references.contains(ref));
    return ref;
}

Result<PlannedCase> Planner::plan(int index)
{
    PlannedCase c;
    c.id = m_nextCaseId++;
    const QDate received = receivedOn(index);
    c.year = received.year();
    c.seq = ++m_lastSeq[c.year];
    if (c.seq > 99999)
        return fail(QCoreApplication::translate("fv::Demo", "the case numbers of %1 are used up (99 999)").arg(c.year));
    c.number = QStringLiteral("%1/%2").arg(c.year % 100, 2, 10, QLatin1Char('0')).arg(c.seq, 5, 10, QLatin1Char('0'));
    const QString reference = nextReference(c.year);
    const Earlier *earlier = nullptr;
    if (!m_earlier.empty() && m_dice.chance(25)) {
        const Earlier &e = m_dice.pick(m_earlier);
        if (e.approvedOn < received)
            earlier = &e;
    }
    c.app = earlier ? m_faker.makeChange(m_dice, earlier->app, earlier->number, received, reference)
                    : m_faker.make(m_dice, received, reference);
    c.changeOf = earlier ? earlier->id : 0;
    c.plan = planCase(
        m_dice, m_calendar, m_today, c.app, m_staff, QStringLiteral("generate --seed %1").arg(m_options.seed));
    QStringList comments;
    if (c.plan.decision && !c.plan.decision->returnComment.isEmpty())
        comments << c.plan.decision->returnComment;
    QStringList notes;
    for (const PlannedNote &n : c.plan.notes)
        notes << n.text;
    c.search = SearchIndex::document(c.number, c.app, m_registryNames, comments, notes);
    for (const PlannedEvent &e : c.plan.events) {
        const qint64 id = ++m_chain.id;
        const QString hash = auditHash(m_chain.hash, id, c.id, e.atText, e.actor, e.kind, e.detail);
        c.events.push_back({id, e.atText.toUtf8(), e.actor.toUtf8(), e.kind.toUtf8(), e.detail.toUtf8(),
                            m_chain.hash.toLatin1(), hash.toLatin1()});
        m_chain.hash = hash;
    }
    if (c.plan.decision && c.plan.decision->status == DecisionStatus::Approved) {
        Earlier e{c.id, c.number, c.plan.approvedOn, c.app};
        if (m_earlier.size() < 400)
            m_earlier.push_back(std::move(e));
        else
            m_earlier[static_cast<size_t>(m_dice.below(400))] = std::move(e);
    }
    return c;
}

void Planner::run()
{
    for (int i = 0; i < m_options.cases; ++i) {
        auto c = plan(i);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < 1000 || m_stopped; });
        if (m_stopped)
            return;
        if (!c) {
            m_error = c.error();
            m_changed.notify_all();
            return;
        }
        m_queue.push_back(std::move(c.value()));
        m_changed.notify_all();
    }
}

// Writes the planned cases in order, in large transactions.
class Writer
{
public:
    Writer(Database &db, std::map<QString, qint64> userIds, bool searchIndex)
        : m_writer(db)
        , m_userIds(std::move(userIds))
        , m_searchIndex(searchIndex)
    {}
    Status prepare() { return m_writer.prepare(); }
    Status write(const PlannedCase &c);
    // At the start of each transaction: nobody else wrote cases or events in between.
    Status checkContinues(const PlannedCase &c) { return m_writer.checkContinues(c.id, c.events.front()); }
    // The case numbers written so far, per year (the planner runs ahead of the writer).
    Status saveSequences() { return m_writer.saveSequences(m_lastSeq); }
    GenerateReport report;

private:
    GeneratorWriter m_writer;
    std::map<QString, qint64> m_userIds;
    std::map<int, int> m_lastSeq;
    bool m_searchIndex;
};

Status Writer::write(const PlannedCase &c)
{
    const CasePlan &plan = c.plan;
    // The case's own row goes last, carrying the row version its events would have given it:
    // each event moves it on (trigger event_touches_case), which costs a write per event when
    // the row is already there. (Foreign keys are checked after the bulk load, not per row.)
    const int rowVersion = 1 + static_cast<int>(c.events.size());
    GeneratorWriter::CaseRow row{
        c.id,
        c.number,
        c.year,
        c.seq,
        toCode(plan.status),
        plan.assignee.isEmpty() ? QVariant() : QVariant(m_userIds.at(plan.assignee)),
        plan.events.front().at,
        plan.completedOn,
        plan.preliminaryReplyOn,
        plan.events.back().at,
        rowVersion,
        c.changeOf > 0 ? QVariant(c.changeOf) : QVariant()};
    m_lastSeq[c.year] = std::max(m_lastSeq[c.year], c.seq);
    if (auto s = m_writer.insertApplicationChildren(c.id, c.app); !s)
        return s;
    if (auto s = m_writer.insertCasework(c.id, plan, m_userIds); !s)
        return s;
    if (plan.decision)
        if (auto s = m_writer.insertDecision(c.id, *plan.decision, m_userIds); !s)
            return s;
    if (auto s = m_writer.insertApplication(c.id, c.app); !s)
        return s;
    if (m_searchIndex)
        if (auto s = m_writer.insertSearchDocument(c.id, c.search); !s)
            return s;
    for (const EventRow &e : c.events)
        if (auto s = m_writer.appendEvent(c.id, e); !s)
            return s;
    if (auto id = m_writer.insertCase(row); !id)
        return id.error();
    if (report.firstCase.isEmpty())
        report.firstCase = c.number;
    report.lastCase = c.number;
    ++report.cases;
    report.decided += plan.decision && plan.decision->status == DecisionStatus::Approved ? 1 : 0;
    report.events = m_writer.events();
    return ok();
}

struct Setup
{
    GeneratorStaff staff;
    std::map<QString, qint64> userIds;
    std::map<QString, QStringList> variables;
    std::map<int, int> lastSeq;
    QSet<QString> references;
    std::map<QString, QString> registryNames;
    qint64 lastCaseId = 0;
    ChainEnd chain;
};

Result<Setup> setUp(Database &db, const QString &acting)
{
    Setup s;
    auto staff = ensureStaff(db, acting, s.userIds);
    if (!staff)
        return staff.error();
    s.staff = staff.value();
    auto variables = catalogueVariables(db);
    if (!variables)
        return variables.error();
    s.variables = variables.value();
    auto seqs = db.exec(QStringLiteral("SELECT year, last FROM case_sequence"));
    if (!seqs)
        return seqs.error();
    while (seqs->next())
        s.lastSeq[seqs->value(0).toInt()] = seqs->value(1).toInt();
    auto names = db.exec(QStringLiteral("SELECT code, name FROM registry"));
    if (!names)
        return names.error();
    while (names->next())
        s.registryNames[names->value(0).toString()] = names->value(1).toString();
    auto lastCase = GeneratorWriter::lastCaseId(db);
    if (!lastCase)
        return lastCase.error();
    s.lastCaseId = lastCase.value();
    auto chain = GeneratorWriter::chainEnd(db);
    if (!chain)
        return chain.error();
    s.chain = chain.value();
    auto refs = db.exec(QStringLiteral("SELECT reference FROM application"));
    if (!refs)
        return refs.error();
    while (refs->next())
        s.references.insert(refs->value(0).toString());
    return s;
}

// Bulk-load settings: a large page cache, fewer checkpoints, and no per-row foreign-key look-ups
// (a case's rows are whole when its transaction commits; GeneratorTests runs foreign_key_check).
class BulkLoad
{
public:
    explicit BulkLoad(Database &db) : m_db(db)
    {
        for (const char *sql :
             {"PRAGMA cache_size = -262144", "PRAGMA wal_autocheckpoint = 20000", "PRAGMA foreign_keys = OFF"})
            (void)m_db.exec(QLatin1String(sql));
    }
    ~BulkLoad()
    {
        for (const char *sql :
             {"PRAGMA cache_size = -2000", "PRAGMA wal_autocheckpoint = 1000", "PRAGMA foreign_keys = ON"})
            (void)m_db.exec(QLatin1String(sql));
    }

private:
    Database &m_db;
};

Result<GenerateReport> writeAll(Database &db, Planner &planner, Writer &writer, const GenerateOptions &options,
                                const GenerateProgress &progress)
{
    for (int done = 0; done < options.cases;) {
        Transaction batch(db); // a savepoint in generateCases' transaction
        if (!batch.isOpen())
            return batch.error();
        // The index rows are written with the cases, not by the triggers (see SearchIndex.h).
        if (auto s = SearchIndex::beginBulkLoad(db); !s)
            return s.error();
        const int end = std::min(options.cases, done + batchSize);
        for (const int first = done; done < end; ++done) {
            auto c = planner.take();
            if (!c)
                return c.error();
            if (done == first)
                if (auto s = writer.checkContinues(c.value()); !s)
                    return s.error();
            if (auto s = writer.write(c.value()); !s)
                return s.error();
        }
        if (auto s = writer.saveSequences(); !s)
            return s.error();
        if (auto s = SearchIndex::endBulkLoad(db); !s)
            return s.error();
        if (auto c = batch.commit(); !c)
            return c.error();
        if (progress)
            progress(done, options.cases);
    }
    return writer.report;
}

// Synthetic cases never go in among real ones: a real database is refused once it holds a
// case; an empty one becomes a demo database (which may then run on a fixed date).
Status checkKind(Database &db)
{
    auto kind = databaseKind(db);
    if (!kind)
        return kind.error();
    if (kind.value() != DatabaseKind::Real)
        return ok();
    auto cases = db.scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    if (!cases)
        return cases.error();
    if (cases->toLongLong() > 0)
        return fail(QCoreApplication::translate("fv::Demo",
                                                "this database holds real cases; synthetic cases go only into a "
                                                "new, empty database or a demo or test database"),
                    db.path());
    return setDatabaseKind(db, DatabaseKind::Demo);
}

Result<GenerateReport> generateAll(Database &db, const QString &actingLogin, const GenerateOptions &options,
                                   const GenerateProgress &progress)
{
    if (auto s = checkKind(db); !s)
        return s.error();
    auto setup = setUp(db, actingLogin);
    if (!setup)
        return setup.error();
    Writer writer(db, setup->userIds, options.searchIndex);
    if (auto s = writer.prepare(); !s)
        return s.error();
    Planner planner(options, ApplicationFaker(setup->variables), setup->staff, setup->lastSeq, setup->references,
                    setup->registryNames, setup->lastCaseId, setup->chain, today());
    planner.start();
    auto report = writeAll(db, planner, writer, options, progress);
    planner.stop();
    if (!report)
        return report.error();
    // Their decision letters (small synthetic PDFs) and their journal, as the program would have
    // made them, so that archive extracts of generated data are whole.
    if (auto s = storeSyntheticLetters(db, setup->lastCaseId + 1); !s)
        return s.error();
    if (auto s = buildMissingJournal(db); !s)
        return s.error();
    const GenerateReport &r = report.value();
    if (auto s = AuditLog::append(
            db, 0, actingLogin, QStringLiteral("generated"),
            QStringLiteral("%1 synthetic cases (seed %2): %3 – %4")
                .arg(r.cases)
                .arg(options.seed)
                .arg(r.firstCase, r.lastCase));
        !s)
        return s.error();
    return r;
}

} // namespace

Result<GenerateReport> generateCases(Database &db, const QString &actingLogin, const GenerateOptions &options,
                                     const GenerateProgress &progress)
{
    if (options.cases < 1 || options.cases > 1000000)
        return fail(QCoreApplication::translate("fv::Demo", "the number of cases must be between 1 and 1 000 000"));
    // One transaction: a generate that fails half-way leaves nothing, not even the staff users it
    // added. The bulk-load settings come first: foreign_keys cannot change inside a transaction.
    BulkLoad bulk(db);
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto report = generateAll(db, actingLogin, options, progress);
    if (!report)
        return report.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return report;
}

} // namespace fv
