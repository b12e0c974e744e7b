#pragma once

#include "Result.h"
#include "archive/Journal.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

class CaseService;

// An internal note for the journal (Noark 5 journalposttype N or X).
struct JournalNoteRequest
{
    QString title;
    QString text;           // the note's text, kept as an internal case note; empty: no document
    int fromNote = 0;       // instead of `text`: the case's internal note number n (1 = its oldest)
    bool followUp = false;  // N: for follow-up, else X: without follow-up
    int closes = 0;         // an open incoming entry the note closes: TE for N, TO for X
    QString screeningBasis; // screened in the public journal with this basis, empty: public
};

// What a caseworker does with the journal, each one operation through the rule book, audited:
// screening an entry or a whole case for the public journal (and lifting it), closing an
// incoming entry by a note, and publishing the public journal of a period.
class JournalService
{
public:
    explicit JournalService(CaseService &cases);

    Result<std::vector<JournalEntry>> forCase(const QString &caseNumber);
    Result<std::vector<JournalEntry>> find(const JournalQuery &query);

    // The screening bases a caseworker may choose from (the setting journal.screening-bases).
    Result<QStringList> screeningBases();
    // Screens one entry (`entry` > 0) or the whole case, with a basis from screeningBases().
    Status screen(const QString &caseNumber, int entry, const QString &basis);
    Status unscreen(const QString &caseNumber, int entry);
    // Closes an open incoming entry by a note: TE (taken into account) or TO (for information).
    Status close(const QString &caseNumber, int entry, const QString &method, const QString &note);
    // Journals an internal note (N or X) in the case, its text kept as an internal case note;
    // it may close an open incoming entry and be screened. Returns the new entry.
    Result<JournalEntry> journalNote(const QString &caseNumber, const JournalNoteRequest &note);

    // The public journal (offentligJournal.xml) and the running journal (loependeJournal.xml) of
    // the entries journalled from `from` to `to`, each written whole or not at all; audited.
    Status writePublicJournal(const QDate &from, const QDate &to, const QString &path);
    Status writeRunningJournal(const QDate &from, const QDate &to, const QString &path);

private:
    Status writeJournal(const QDate &from, const QDate &to, const QString &path, bool isPublic);

    CaseService &m_cases;
};

} // namespace fv
