#pragma once

#include "casework/CaseService.h"
#include "casework/Users.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace fv::test {

// Every database a test makes is made here, as a TEST database (DatabaseKind::Test): only there
// may $FELLESVEDTAK_TODAY fix the date, which many tests do.
Result<std::unique_ptr<Database>> createTestDatabase(const QString &path);

// A fresh test database in its own temporary folder, with an admin, an adviser ("ola"), a
// lawyer ("lise") and a decision-maker ("kari"); removed when the test ends.
//
// With FV_TEST_ENGINE=postgresql the database is on the throw-away cluster of $FV_TEST_PG_URI
// instead (tools/pg-cluster.sh; the test SKIPs without one): a clone of a template made once by
// `init --test`, with the four users as LOGIN roles of their own (login("ola") is the real name,
// unique per database), and as(login) a CaseService over a connection signed in AS that login. The
// date there is always the server's: $FELLESVEDTAK_TODAY is unset when the database is made.
class TempDb
{
public:
    TempDb();
    ~TempDb();
    TempDb(const TempDb &) = delete;
    TempDb &operator=(const TempDb &) = delete;

    // Whether this process's TempDbs are on the server (FV_TEST_ENGINE=postgresql).
    static bool onServer();

    // SQLite: the file's connection. Server: the administrator's session.
    Database &db() { return *m_db; }
    // The session of `login` ("ola", …): the same connection on SQLite, its own on the server.
    Database &dbAs(const QString &login);
    // SQLite: the file. Server: the database's URI signed in as the administrator.
    QString path() const;
    QString dir() const { return m_dir.path(); }
    // Where another program would open the database as `login`: the file on SQLite (the login is
    // then the program's --as), the database's URI signed in as that login on the server.
    QString location(const QString &login) const;
    // The real login of a user the test calls "ola", "kari", …: the same on SQLite.
    QString login(const QString &name) const;
    // --db and the acting user for fellesvedtak-cli: --db FILE --as LOGIN on SQLite, the URI
    // signed in as the login on the server (where --as is refused).
    QStringList cliArgs(const QString &login) const;
    // Adds a user (on the server also the LOGIN role), as the administrator; throws when refused.
    void addUser(const QString &login, const std::vector<Role> &roles, const QString &fullName);
    CaseService as(const QString &login);
    void close();
    // Server only: runs the statements one by one on this database as the cluster's superuser
    // (search path fv), what no caseworker can (tampering behind the program's back); throws when
    // one fails.
    void asSuperuser(const QStringList &statements);

private:
    struct Server;
    void openOnServer();
    void makeOnServer();
    QString serverUri(const QString &login) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Database> m_db;
};

// Fixes "today" for the test on SQLite ($FELLESVEDTAK_TODAY). On the server the date is always the
// server's (a fixed one is refused there by design), so the test must hold on the real today there
// too; one that cannot is tagged [sqlite-only] instead.
void fixTodayOnSqlite(const char *day);

// Records every required legal-assessment item of the case as fulfilled, as `lawyer`
// (a user with the role lawyer): DecisionService::submit refuses while one is unsettled.
Status settleAssessment(CaseService &lawyer, const QString &caseNumber);
// The same in a TempDb, as its lawyer "lise"; throws when refused.
void settleAssessment(TempDb &t, const QString &caseNumber);

// Makes the case ready for a decision draft as the adviser `adviser` (a user with the role
// adviser or lawyer): takes it and marks the application complete. A decision is drafted only
// on a complete case under assessment that has a caseworker.
Status prepareForDraft(CaseService &adviser, const QString &caseNumber);
// The same in a TempDb, as its adviser "ola"; throws when refused.
void prepareForDraft(TempDb &t, const QString &caseNumber);

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

// Runs fellesvedtak-cli's command handling in this process.
CliRun cli(const QStringList &args);
// Runs the real fellesvedtak-cli program (for what only a process shows: exit codes, stdout),
// in English (LANG=C.UTF-8) unless `environment` (names and values) says otherwise.
CliRun cliProcess(const QStringList &args, const QStringList &environment = {});

// What the program's surroundings are for cliProcess(): variables removed and set, and a file-size
// limit in KiB (SIGXFSZ ignored, so a write past it fails as it does on a full disk).
struct CliSurroundings
{
    QStringList unset;
    QList<QPair<QString, QString>> set;
    int fileSizeLimitKib = 0;
};
CliRun cliProcess(const QStringList &args, const CliSurroundings &surroundings);

// Rendering needs fonts, and fonts need a QGuiApplication (offscreen); Catch2's main makes
// none. Lives until the process ends.
void ensureGuiApplication();

// The number of the first case (in the list's order) whose record is `wanted`; empty when none is.
QString firstCase(CaseService &cases, const std::function<bool(const CaseRecord &)> &wanted);
// The first case whose current decision is a draft; fails the test when there is none.
QString firstCaseWithDraft(CaseService &cases);

QString specFile(const QString &name);
QString dataFile(const QString &relative);
QByteArray readFile(const QString &path);

} // namespace fv::test
