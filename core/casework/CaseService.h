#pragma once

#include "Result.h"
#include "appeal/Appeal.h"
#include "application/Application.h"
#include "application/ChangeDiff.h"
#include "casework/AuditLog.h"
#include "casework/CaseStatus.h"
#include "casework/CaseworkTypes.h"
#include "casework/Users.h"
#include "decision/Decision.h"
#include "followup/FollowUp.h"
#include "revocation/Revocation.h"

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

// Which cases a list shows; every field set narrows it (see core/search/CaseSearch.h).
struct CaseFilter
{
    std::optional<CaseStatus> status;
    QString registry;
    QString search; // full text, best match first
    int limit = -1;
    qint64 caseId = 0;                 // one case only
    std::vector<CaseStatus> anyStatus; // one of these
    QString purpose;                   // the application's purpose code
    QString assignee;                  // login of the caseworker
    bool unassigned = false;
    QDate receivedFrom;
    QDate receivedTo;
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
    QString changeOfCaseNumber;           // the earlier case, when this is a change application in our database
    std::optional<ChangeDiff> changeDiff; // what the change application changes against that case
    Application application;
    std::vector<Decision> decisions; // oldest first; the last is the current one
    std::vector<Event> events;
    std::vector<StoredDocument> documents;
    CaseworkRecord casework;     // assessment, consultations, dialogue, notes, forwarding, deadlines
    FollowUpRecord followUp;     // after the decision letter: deliveries, the end of the project
    RevocationRecord revocation; // revocation, reversal without appeal, suspension (core/revocation)
    AppealRecord appeals;        // appeals against its decisions (klage)

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
    // Manual registration of an application received by letter or e-mail (CaseIntake.cpp):
    // validated like an import, refused with the first problem ("path: what") and nothing
    // written; then stored as a new case from "manual entry".
    Result<QString> registerManual(const Application &app);
    // Replaces a case's application while it is editable (applicationEditable), validated like
    // an import; records "application-edited" naming the changed top-level fields. With
    // `expectedVersion` (the row version the editor loaded) a change made meanwhile is refused.
    Status updateApplication(const QString &caseNumber, const Application &app,
                             std::optional<qint64> expectedVersion = std::nullopt);

    Result<std::vector<CaseSummary>> list(const CaseFilter &filter = {});
    Result<CaseRecord> load(const QString &caseNumber);
    Result<qint64> caseId(const QString &caseNumber);

    // Moves the case's status by `action` (refused when the status does not allow it);
    // `resumeTo` is where InfoReceived returns the case.
    Status applyAction(qint64 caseId, CaseAction action, const QString &detail,
                       std::optional<CaseStatus> resumeTo = std::nullopt);

private:
    Result<ChangeDiff> changeDiffFor(const QString &earlierCase, const Application &change);

    Database &m_db;
    User m_actor;
};

// Whether a case's application may still be changed: only before any decision is drafted and
// while the case is being received or assessed. The refusal says why, in words.
Status applicationEditable(CaseStatus status, bool hasDecision);
// The top-level application-v1 keys whose values differ ("dataSources", "project", ...), in
// alphabetical order: what an edit changed, without the values (no personal data in the log).
QStringList changedApplicationFields(const Application &before, const Application &after);

// Allocates the next case number of `year` ("YY/NNNNN") inside the caller's transaction.
Result<QString> allocateCaseNumber(Database &db, int year, int *sequence = nullptr);

} // namespace fv
