#include "archive/Journal.h"
#include "archive/JournalTypes.h"
#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <map>
#include <vector>

namespace fv {
namespace {

struct Backfill
{
    qint64 caseId = 0;
    int number = 0;
    QDateTime at;
    QString type, status, source, kindTitle, title, actor;
    QDate documentDate;
    QVariant docNo;
    QString party, organisation, role;
    bool privateCapacity = false;
    bool answers = false;
};

Result<std::vector<Backfill>> storedDocuments(Database &db)
{
    std::vector<Backfill> rows;
    auto apps = db.exec(QStringLiteral(
        "SELECT c.id, c.created_at, a.received, a.title, a.leader_name, a.controller_name, "
        "(SELECT actor FROM event e WHERE e.case_id = c.id ORDER BY e.id LIMIT 1) "
        "FROM fv_case c JOIN application a ON a.case_id = c.id"));
    if (!apps)
        return apps.error();
    while (apps->next()) {
        Backfill b;
        b.caseId = apps->value(0).toLongLong();
        b.number = 1;
        b.at = QDateTime::fromString(apps->value(1).toString(), Qt::ISODateWithMs);
        b.documentDate = QDate::fromString(apps->value(2).toString(), Qt::ISODate);
        b.type = QStringLiteral("I");
        b.status = QStringLiteral("J");
        b.source = QStringLiteral("application");
        b.kindTitle = QStringLiteral("Søknad om tilgang til helsedata");
        b.title = b.kindTitle + QStringLiteral(" – ") + apps->value(3).toString();
        b.actor = apps->value(6).toString();
        b.party = apps->value(4).toString();
        b.organisation = apps->value(5).toString();
        b.role = QStringLiteral("sender");
        b.privateCapacity = Journal::privateCapacity(b.party, b.organisation);
        rows.push_back(b);
    }
    auto docs = db.exec(QStringLiteral(
        "SELECT d.case_id, d.doc_no, d.kind, d.title, d.created_at, u.login, a.leader_name, a.controller_name "
        "FROM document d JOIN app_user u ON u.id = d.created_by JOIN application a ON a.case_id = d.case_id"));
    if (!docs)
        return docs.error();
    while (docs->next()) {
        Backfill b;
        b.caseId = docs->value(0).toLongLong();
        b.number = docs->value(1).toInt() + 1; // the application is entry 1
        b.docNo = docs->value(1);
        const QString kind = docs->value(2).toString();
        b.at = QDateTime::fromString(docs->value(4).toString(), Qt::ISODateWithMs);
        b.documentDate = b.at.date();
        b.type = QStringLiteral("U");
        b.status = QStringLiteral("E");
        b.source = QStringLiteral("letter:") + kind;
        b.kindTitle = Journal::letterKindTitle(kind);
        b.title = docs->value(3).toString();
        b.actor = docs->value(5).toString();
        b.party = docs->value(6).toString();
        b.organisation = docs->value(7).toString();
        b.role = QStringLiteral("recipient");
        b.privateCapacity = Journal::privateCapacity(b.party, b.organisation);
        b.answers = Journal::letterAnswers(kind);
        rows.push_back(b);
    }
    return rows;
}

// The journal of an existing database, from its stored documents: the application of each case
// (incoming) and every letter sent (outgoing), numbered by year in the order they were made.
Status buildJournal(Database &db)
{
    auto rows = storedDocuments(db);
    if (!rows)
        return rows.error();
    std::sort(rows->begin(), rows->end(), [](const Backfill &a, const Backfill &b) {
        return std::tie(a.at, a.caseId, a.number) < std::tie(b.at, b.caseId, b.number);
    });
    std::map<int, int> lastByYear;
    std::map<qint64, qint64> applicationEntry; // case → the application's entry id
    for (const Backfill &b : rows.value()) {
        const QDate day = b.at.date();
        const int seq = ++lastByYear[day.year()];
        auto ins = db.exec(
            QStringLiteral("INSERT INTO journal_entry (case_id, entry_no, journal_year, journal_seq, type, status, "
                           "journal_date, document_date, source, kind_title, title, doc_no, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {b.caseId, b.number, day.year(), seq, b.type, b.status, day.toString(Qt::ISODate),
             b.documentDate.toString(Qt::ISODate), b.source, b.kindTitle, b.title, b.docNo,
             b.at.toString(Qt::ISODateWithMs), b.actor});
        if (!ins)
            return ins.error();
        const qint64 id = ins->lastInsertId().toLongLong();
        if (b.number == 1)
            applicationEntry[b.caseId] = id;
        auto party = db.exec(QStringLiteral("INSERT INTO journal_party (entry_id, pos, role, name, organisation, "
                                            "private_capacity) VALUES (?, 1, ?, ?, ?, ?)"),
                             {id, b.role, b.party, b.organisation, b.privateCapacity});
        if (!party)
            return party.error();
        if (b.answers && applicationEntry.count(b.caseId)) {
            auto close = db.exec(
                QStringLiteral("UPDATE journal_entry SET closed_on = ?, closing_method = 'BU', "
                               "closed_by_entry = ?, closed_by = ? WHERE id = ? AND closed_on IS NULL"),
                {day.toString(Qt::ISODate), id, b.actor, applicationEntry[b.caseId]});
            if (!close)
                return close.error();
        }
    }
    for (const auto &[year, last] : lastByYear) {
        auto s = db.exec(QStringLiteral("INSERT INTO journal_sequence (year, last) VALUES (?, ?)"), {year, last});
        if (!s)
            return s.error();
    }
    return ok();
}

} // namespace

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
    return buildJournal(db);
}

} // namespace fv
