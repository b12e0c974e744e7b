#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fv {

// Noark 5 journalposttype: incoming (I), outgoing (U), internal with (N) or without (X) follow-up.
enum class JournalType { Incoming, Outgoing, InternalFollowUp, InternalNoFollowUp };
// Noark 5 journalstatus: Journalført (J), Ekspedert (E), Arkivert (A), Utgår (U).
enum class JournalStatus { Registered, Dispatched, Archived, Cancelled };

QString toCode(JournalType type);     // I, U, N, X
QString toCode(JournalStatus status); // J, E, A, U
std::optional<JournalType> journalTypeFromCode(const QString &code);
std::optional<JournalStatus> journalStatusFromCode(const QString &code);
// The names an extract writes ("Inngående dokument", "Journalført"): Noark's own, never translated.
QString noarkName(JournalType type);
QString noarkName(JournalStatus status);
// For the GUI and the CLI, translated.
QString displayName(JournalType type);
QString displayName(JournalStatus status);

// What the public journal shows in place of a screened word or name.
inline QString screenedText()
{
    return QStringLiteral("*****");
}

// A correspondence party of a journal entry. A person acting for an institution (a project
// leader, a registry manager) is public; one acting in a private capacity is screened.
struct JournalParty
{
    enum class Role { Sender, Recipient };
    Role role = Role::Sender;
    QString name;
    QString organisation;
    bool privateCapacity = false;
};

// How an incoming entry was closed (avskrevet): by the outgoing entry that answered it (BU), or
// by a note: taken into account (TE) or for information (TO).
struct JournalClosure
{
    QDate on;
    QString method; // BU, TE, TO
    qint64 byEntryId = 0;
    int byEntryNumber = 0; // the answering entry's number in the case, 0 for a note
    QString note;
    QString by; // login
};

// One journal entry (journalpost): every document of a case, in or out.
struct JournalEntry
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString caseTitle;
    int caseYear = 0; // saksår and sakssekvensnummer
    int caseSequence = 0;
    int number = 0;   // journalpostnummer: the entry's number in the case (1 = the application)
    int year = 0;     // journalår
    int sequence = 0; // journalsekvensnummer within the year
    JournalType type = JournalType::Incoming;
    JournalStatus status = JournalStatus::Registered;
    QDate journalDate;
    QDate documentDate;
    QString source;         // application, letter:KIND, answer, statement, note
    QString kindTitle;      // the part of the title that is never screened ("Vedtak")
    QString title;          // the whole title, for the running journal and the archive
    int documentNumber = 0; // the stored case document, 0 when the entry has none
    qint64 fileId = 0;      // or the received file (incoming_document), 0 when none
    QString fileName;       // that file's name
    std::vector<JournalParty> parties;
    bool screened = false;  // the entry's own screening
    QString screeningBasis; // the entry's, else the case's
    bool caseScreened = false;
    std::optional<JournalClosure> closure;
    QDateTime createdAt;
    QString createdBy;

    // "2026/17": journal year and sequence number.
    QString journalNumber() const;
    // "26/00012-3": case and entry number.
    QString reference() const;
    bool isScreened() const { return screened || caseScreened; }
    bool isOpen() const { return type == JournalType::Incoming && !closure && status != JournalStatus::Cancelled; }
    // The title as the public may see it: the kind alone and ***** when screened, the private
    // names replaced by ***** otherwise.
    QString publicTitle() const;
    // A party's name as the public may see it.
    QString publicName(const JournalParty &party) const;
    // Noark's korrespondanseparttype of a party: Avsender, Mottaker, or for an internal
    // document (N, X) Intern avsender, Intern mottaker.
    QString partyType(const JournalParty &party) const;
};

} // namespace fv
