#pragma once

#include "Result.h"
#include "application/Application.h"
#include "archive/JournalTypes.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fv {

class Database;
struct CaseRecord;

// What an operation adds to the journal when it creates a document or receives one.
struct NewJournalEntry
{
    JournalType type = JournalType::Incoming;
    QString source;    // application, letter:KIND, answer, statement, note
    QString kindTitle; // "Søknad om tilgang til helsedata", "Vedtak": never screened
    QString title;     // the whole title
    QDate documentDate;
    int documentNumber = 0; // the stored case document, if any
    std::vector<JournalParty> parties;
    // An outgoing answer (a decision, a forwarding) closes the case's open incoming entries (BU).
    bool answersIncoming = false;
};

// Which entries a journal query returns (the GUI's search, the CLI's lists).
struct JournalQuery
{
    QDate from, to; // journal date, inclusive; invalid: open
    QString party;  // part of a party's name or organisation
    std::optional<JournalType> type;
    std::optional<JournalStatus> status;
    qint64 caseId = 0;            // one case only
    bool openOnly = false;        // the restanse list: incoming entries not closed
    bool closedCasesOnly = false; // the archive extract
    QDate caseFrom, caseTo;       // the case's date (saksdato), inclusive; invalid: open
};

// The journal: every incoming and outgoing document of a case as a journal entry, numbered
// per year. Entries are written by the operation that makes or receives the document, inside
// its transaction (record()); the operation's audit event names the journal number.
class Journal
{
public:
    // Inside the caller's transaction: numbers the entry in the case and in the year, screens it
    // when the case is screened and, for an answer, closes the case's open incoming entries.
    static Result<JournalEntry> record(Database &db, qint64 caseId, const QString &actor, const NewJournalEntry &entry);

    static Result<std::vector<JournalEntry>> find(Database &db, const JournalQuery &query);
    static Result<std::vector<JournalEntry>> forCase(Database &db, qint64 caseId);
    // Incoming entries not yet closed, oldest first (fvl § 11 a: the restanse list).
    static Result<std::vector<JournalEntry>> restanse(Database &db);
    static Result<JournalEntry> entry(Database &db, qint64 caseId, int number);

    // The applicant as a correspondence party: the project leader for the data controller.
    // A leader whose own name is the controller's (a sole proprietorship) applies in a private
    // capacity and is screened.
    static JournalParty applicant(const Application &app, JournalParty::Role role);
    static bool privateCapacity(const QString &leader, const QString &controller);

    // The case statuses of a finished case, as an SQL list ('closed', 'forwarded', ...).
    static QString finishedStatusesSql();

    // A letter's title in the journal without the case's words ("Vedtak"), by letter kind code.
    static QString letterKindTitle(const QString &kind);
    // Whether a letter of the kind answers the case's incoming documents (and so closes them).
    static bool letterAnswers(const QString &kind);

    // The open incoming entries of a case are closed by the entry `answerId` (BU).
    static Status closeOpenIncoming(Database &db, qint64 caseId, qint64 answerId, const QDate &on,
                                    const QString &actor);
    // The incoming entry `entryId` closed as taken for information (TO) with `note`, inside the
    // caller's transaction: a document nobody answers (the appeal body's final decision).
    static Status closeForInformation(Database &db, qint64 entryId, const QDate &on, const QString &note,
                                      const QString &actor);
};

// An incoming document without stored bytes (the applicant's answer, a registry manager's
// statement), journalled by the operation that records it, inside its transaction. An empty
// `fromRegistry` means the applicant sent it.
Status journalIncoming(Database &db, const CaseRecord &record, const QString &actor, const QString &source,
                       const QString &kindTitle, const QDate &documentDate, const QString &fromRegistry = {});
// The same, returning the entry (a received file is linked to it); `fromBody` names another
// public body as the sender (the appeal body, for its decision).
Result<JournalEntry> journalIncomingEntry(
    Database &db, const CaseRecord &record, const QString &actor, const QString &source, const QString &kindTitle,
    const QDate &documentDate, const QString &fromRegistry = {}, const QString &fromBody = {});

} // namespace fv
