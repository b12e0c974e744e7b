#pragma once

#include "casework/CaseService.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fv::test {

// Every database a test makes is made here, as a TEST database (DatabaseKind::Test): only there
// may $FELLESVEDTAK_TODAY fix the date, which many tests do.
Result<std::unique_ptr<Database>> createTestDatabase(const QString &path);

// A fresh test database in its own temporary folder, with an admin, an adviser ("ola"), a
// lawyer ("lise") and a decision-maker ("kari"); removed when the test ends.
class TempDb
{
public:
    TempDb();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    CaseService as(const QString &login);
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

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

QString specFile(const QString &name);
QString dataFile(const QString &relative);
QByteArray readFile(const QString &path);

} // namespace fv::test
