#include "archive/JournalBackfill.h"

#include "archive/Journal.h"
#include "archive/SyntheticLetter.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

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
        "FROM fv_case c JOIN application a ON a.case_id = c.id "
        "WHERE NOT EXISTS (SELECT 1 FROM journal_entry j WHERE j.case_id = c.id)"));
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
        "FROM document d JOIN app_user u ON u.id = d.created_by JOIN application a ON a.case_id = d.case_id "
        "WHERE NOT EXISTS (SELECT 1 FROM journal_entry j WHERE j.case_id = d.case_id)"));
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
    std::map<int, int> lastByYear;
    auto last = db.exec(QStringLiteral("SELECT year, last FROM journal_sequence"));
    if (!last)
        return last.error();
    while (last->next())
        lastByYear[last->value(0).toInt()] = last->value(1).toInt();
    auto rows = storedDocuments(db);
    if (!rows)
        return rows.error();
    std::sort(rows->begin(), rows->end(), [](const Backfill &a, const Backfill &b) {
        return std::tie(a.at, a.caseId, a.number) < std::tie(b.at, b.caseId, b.number);
    });
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
        auto s = db.exec(QStringLiteral("INSERT INTO journal_sequence (year, last) VALUES (?, ?) "
                                        "ON CONFLICT (year) DO UPDATE SET last = excluded.last"),
                         {year, last});
        if (!s)
            return s.error();
    }
    return ok();
}

} // namespace

Status buildMissingJournal(Database &db)
{
    return buildJournal(db);
}

Status storeSyntheticLetters(Database &db, qint64 firstCaseId)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT c.id, c.case_number, c.updated_at, a.title, "
            "(SELECT d.approved_by FROM decision d WHERE d.case_id = c.id AND d.approved_by IS NOT NULL "
            "ORDER BY d.version DESC LIMIT 1) "
            "FROM fv_case c JOIN application a ON a.case_id = c.id "
            "WHERE c.id >= ? AND c.status IN ('letter-sent', 'closed') "
            "AND NOT EXISTS (SELECT 1 FROM document d WHERE d.case_id = c.id)"),
        {firstCaseId});
    if (!q)
        return q.error();
    struct Letter
    {
        qint64 caseId;
        QString at;
        qint64 by;
        QByteArray pdf;
    };
    std::vector<Letter> letters;
    while (q->next()) {
        if (q->value(4).isNull())
            continue;
        letters.push_back({q->value(0).toLongLong(), q->value(2).toString(), q->value(4).toLongLong(),
                           syntheticLetter(q->value(1).toString(), q->value(3).toString())});
    }
    // Rendered once a process, the letter is mostly one and the same bytes (shared): hashed once.
    QByteArray hashed;
    QString sha;
    for (const Letter &l : letters) {
        if (sha.isEmpty() || !l.pdf.isSharedWith(hashed)) {
            hashed = l.pdf;
            sha = QString::fromLatin1(QCryptographicHash::hash(l.pdf, QCryptographicHash::Sha256).toHex());
        }
        auto ins = db.exec(
            QStringLiteral("INSERT INTO document (case_id, doc_no, kind, language, title, created_at, "
                           "created_by, sha256, content) VALUES (?, 1, 'decision', 'nb', ?, ?, ?, ?, ?)"),
            {l.caseId, QStringLiteral("Vedtak om tilgang til helsedata"), l.at, l.by, sha, l.pdf});
        if (!ins)
            return ins.error();
        auto bump = db.exec(
            QStringLiteral("UPDATE fv_case SET next_document = 2 WHERE id = ? AND next_document < 2"), {l.caseId});
        if (!bump)
            return bump.error();
    }
    return ok();
}

} // namespace fv
