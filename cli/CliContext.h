#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "cli/CliArgs.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace fv::cli {

// The command line's own words (usage problems, reports), translated in the context fv::Cli;
// the core's refusals come translated already.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(fv::Cli)
};

// What every command gets: the streams, the global options, and the database and
// acting user, opened on first use.
class Context
{
public:
    Context(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    QTextStream &out;
    QTextStream &err;
    QString dbOption;
    QString asOption;
    bool json = false;

    Result<QString> dbPath() const { return Database::resolvePath(dbOption); }
    // --as, else the computer's login; on the team server always the session's login.
    QString actingLogin() const;

    Result<Database *> database(); // an existing database; a missing file is refused
    // For init and demo, the only commands that make a file: a new database of `kind` when there
    // is none at the path (`created` says so), else the existing one.
    Result<Database *> openOrCreate(DatabaseKind kind, bool *created = nullptr);
    Result<CaseService *> cases();                          // the database plus the acting user
    Result<CaseRecord> loadCase(const QString &caseNumber); // cases(), then the whole case

    // Prints a refusal and returns Exit::Refused.
    int refuse(const Error &error);
    int refuse(const QString &message) { return refuse(Error{message, {}}); }
    int usage(const QString &command, const QString &problem);

private:
    Status checkServerIdentity() const;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseService> m_cases;
};

using Command = int (*)(Context &, Args &);

// The command groups, each in its own file.
int cmdInit(Context &, Args &);
int cmdUser(Context &, Args &);
int cmdImport(Context &, Args &);
int cmdExport(Context &, Args &);
int cmdEditApplication(Context &, Args &); // CliIntakeCommands.cpp
int cmdList(Context &, Args &);
int cmdShow(Context &, Args &);
int cmdDraft(Context &, Args &);
int cmdOutcome(Context &, Args &);
int cmdSubmit(Context &, Args &);
int cmdApprove(Context &, Args &);
int cmdReturn(Context &, Args &);
int cmdLetter(Context &, Args &);   // CliLetterCommands.cpp
int cmdSend(Context &, Args &);     // CliLetterCommands.cpp
int cmdDocument(Context &, Args &); // CliLetterCommands.cpp
int cmdAudit(Context &, Args &);
int cmdCalendar(Context &, Args &);
int cmdDemo(Context &, Args &);
int cmdAttach(Context &, Args &);
int cmdCondition(Context &, Args &);
int cmdFee(Context &, Args &);
int cmdForeignBasis(Context &, Args &); // CliDecisionEditCommands.cpp
int cmdAttachment(Context &, Args &);
int cmdStats(Context &, Args &);    // CliSearchCommands.cpp
int cmdJournal(Context &, Args &);  // CliArchiveCommands.cpp
int cmdArchive(Context &, Args &);  // CliArchiveCommands.cpp
int cmdGenerate(Context &, Args &); // CliSearchCommands.cpp
int cmdBackup(Context &, Args &);
int cmdRestore(Context &, Args &);
int cmdCheck(Context &, Args &);
int cmdMigrate(Context &, Args &);  // CliMigrateCommands.cpp
int cmdPractice(Context &, Args &); // CliPracticeCommands.cpp
// Casework (CliCaseworkCommands.cpp).
int cmdAssign(Context &, Args &);
int cmdTake(Context &, Args &);
int cmdStartCheck(Context &, Args &);
int cmdComplete(Context &, Args &);
int cmdRequestInfo(Context &, Args &);
int cmdInfoReceived(Context &, Args &);
int cmdRemind(Context &, Args &);
int cmdRejectNoReply(Context &, Args &);
int cmdWithdraw(Context &, Args &);
int cmdClose(Context &, Args &);
int cmdForward(Context &, Args &);
int cmdPreliminaryReply(Context &, Args &);
int cmdAssess(Context &, Args &);
int cmdConsult(Context &, Args &);
int cmdConsulted(Context &, Args &);
int cmdNote(Context &, Args &);
int cmdDeadlines(Context &, Args &);
int cmdTimeline(Context &, Args &);
int cmdSetting(Context &, Args &);
// After the decision letter (CliFollowUpCommands.cpp).
int cmdDelivery(Context &, Args &);
int cmdProjectEnd(Context &, Args &);
// Revocation, reversal without appeal, suspension (CliRevocationCommands.cpp).
int cmdRevoke(Context &, Args &);
int cmdSuspension(Context &, Args &);
int cmdAppeal(Context &, Args &); // CliAppealCommands.cpp
// The casework part of `show` and `deadlines` (CliCaseworkPrint.cpp).
void printCasework(QTextStream &out, const CaseRecord &record);
void printDeadlines(QTextStream &out, const CaseRecord &record);

} // namespace fv::cli
