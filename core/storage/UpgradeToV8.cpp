#include "archive/JournalBackfill.h"
#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace fv {

// Version 8: the archive.
//  - journal_entry is the journal (journalpost): one per document in or out, numbered in its case
//    (entry_no) and in its year (journal_year, journal_seq). Entries are never deleted; an
//    incoming entry is closed (avskrevet) by the entry that answered it or by a note.
//  - journal_party are its correspondence parties; a private-capacity party is screened.
//  - case_screening screens every entry of a case in the public journal, with its basis; the
//    bases a caseworker may choose are the setting journal.screening-bases (a JSON list).
Status upgradeToV8(Database &db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE journal_sequence (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE journal_entry (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES fv_case(id),
            entry_no INTEGER NOT NULL,
            journal_year INTEGER NOT NULL, journal_seq INTEGER NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('I', 'U', 'N', 'X')),
            status TEXT NOT NULL CHECK (status IN ('J', 'E', 'A', 'U')),
            journal_date TEXT NOT NULL, document_date TEXT NOT NULL,
            source TEXT NOT NULL, kind_title TEXT NOT NULL, title TEXT NOT NULL,
            doc_no INTEGER,
            screened BOOLEAN NOT NULL DEFAULT FALSE, screening_basis TEXT NOT NULL DEFAULT '',
            closed_on TEXT, closing_method TEXT CHECK (closing_method IN ('BU', 'TE', 'TO')),
            closed_by_entry INTEGER REFERENCES journal_entry(id), closing_note TEXT NOT NULL DEFAULT '',
            closed_by TEXT,
            created_at TEXT NOT NULL, created_by TEXT NOT NULL,
            UNIQUE (case_id, entry_no), UNIQUE (journal_year, journal_seq),
            FOREIGN KEY (case_id, doc_no) REFERENCES document(case_id, doc_no)))"),
        QStringLiteral("CREATE INDEX journal_entry_date ON journal_entry(journal_date)"),
        QStringLiteral("CREATE INDEX journal_entry_open ON journal_entry(type, closed_on)"),
        QStringLiteral(R"(CREATE TABLE journal_party (
            entry_id INTEGER NOT NULL REFERENCES journal_entry(id),
            pos INTEGER NOT NULL, role TEXT NOT NULL CHECK (role IN ('sender', 'recipient')),
            name TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT '',
            private_capacity BOOLEAN NOT NULL DEFAULT FALSE,
            PRIMARY KEY (entry_id, pos)))"),
        QStringLiteral(R"(CREATE TABLE case_screening (
            case_id INTEGER PRIMARY KEY REFERENCES fv_case(id),
            basis TEXT NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
            BEGIN SELECT RAISE(ABORT, 'a journal entry cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER journal_entry_numbers_kept BEFORE UPDATE OF case_id, entry_no,
            journal_year, journal_seq, type, journal_date, title, doc_no, created_at, created_by ON journal_entry
            BEGIN SELECT RAISE(ABORT, 'what a journal entry records cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER journal_party_no_delete BEFORE DELETE ON journal_party
            BEGIN SELECT RAISE(ABORT, 'a journal entry''s parties cannot be removed'); END)"),
    };
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    const QJsonArray bases = {
        QStringLiteral("Offl. § 13 jf. fvl. § 13"),
        QStringLiteral("Offl. § 13 jf. hregl. § 17"),
        QStringLiteral("Offl. § 14"),
        QStringLiteral("Offl. § 15"),
        QStringLiteral("Offl. § 24"),
    };
    auto seed = db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('journal.screening-bases', ?)"),
                        {QString::fromUtf8(QJsonDocument(bases).toJson(QJsonDocument::Compact))});
    if (!seed)
        return seed.error();
    return buildMissingJournal(db);
}

} // namespace fv
