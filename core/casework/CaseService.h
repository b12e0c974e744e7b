#pragma once

#include "Result.h"
#include "application/Application.h"
#include "casework/AuditLog.h"
#include "casework/CaseStatus.h"
#include "casework/Users.h"
#include "decision/Decision.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fv {

class Database;

// A line in the case list.
struct CaseSummary
{
    qint64 id = 0;
    QString caseNumber;
    QString reference;
    CaseStatus status = CaseStatus::Received;
    QString title;
    QString controller;
    QString projectLeader;
    QDate received;
    ApplicationKind kind = ApplicationKind::New;
    QString assignee; // full name, empty when unassigned
    QStringList registries;
};

struct CaseFilter
{
    std::optional<CaseStatus> status;
    QString registry;
    QString search;
    int limit = -1;
    qint64 caseId = 0; // one case only
};

struct StoredDocument
{
    int number = 0;
    QString kind;
    QString language;
    QString title;
    QDateTime createdAt;
    QString createdBy;
    QString sha256;
};

// The whole case, as `show` and the case view present it.
struct CaseRecord
{
    CaseSummary summary;
    QDate completedOn;
    qint64 rowVersion = 0;
    QString changeOfCaseNumber; // the earlier case, when this is a change application in our database
    Application application;
    std::vector<Decision> decisions; // oldest first; the last is the current one
    std::vector<Event> events;
    std::vector<StoredDocument> documents;

    const Decision *currentDecision() const { return decisions.empty() ? nullptr : &decisions.back(); }
};

// Case operations for one acting user. Each checks the rule and the role, writes in one
// transaction and records the event; the GUI and the CLI both call these.
class CaseService
{
public:
    CaseService(Database &db, User actor);

    const User &actor() const { return m_actor; }
    Database &database() { return m_db; }

    // Parses, validates and stores one application-v1 file as a new case; returns the case number.
    Result<QString> importApplication(const QByteArray &bytes, const QString &fileName);
    // Stores an already validated application (manual registration, demo data).
    Result<QString> registerApplication(const Application &app, const QString &source);

    Result<std::vector<CaseSummary>> list(const CaseFilter &filter = {});
    Result<CaseRecord> load(const QString &caseNumber);
    Result<qint64> caseId(const QString &caseNumber);

    // Moves the case's status by `action` (refused when the status does not allow it).
    Status applyAction(qint64 caseId, CaseAction action, const QString &detail);

private:
    Database &m_db;
    User m_actor;
};

// Allocates the next case number of `year` ("YY/NNNNN") inside the caller's transaction.
Result<QString> allocateCaseNumber(Database &db, int year, int *sequence = nullptr);

} // namespace fv
