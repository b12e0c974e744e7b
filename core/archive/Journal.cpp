#include "archive/Journal.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "casework/CaseStatus.h"
#include "registry/RegistryCatalogue.h"
#include "search/TextFolding.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <map>

namespace fv {
namespace {

const QString selectEntries = QStringLiteral(
    "SELECT j.id, j.case_id, c.case_number, a.title, j.entry_no, j.journal_year, j.journal_seq, j.type, "
    "j.status, j.journal_date, j.document_date, j.source, j.kind_title, j.title, j.doc_no, j.screened, "
    "j.screening_basis, s.basis, j.closed_on, j.closing_method, j.closed_by_entry, b.entry_no, j.closing_note, "
    "j.closed_by, j.created_at, j.created_by, c.year, c.seq, f.id, f.file_name "
    "FROM journal_entry j JOIN fv_case c ON c.id = j.case_id JOIN application a ON a.case_id = j.case_id "
    "LEFT JOIN case_screening s ON s.case_id = j.case_id "
    "LEFT JOIN journal_entry b ON b.id = j.closed_by_entry "
    "LEFT JOIN incoming_document f ON f.journal_entry_id = j.id ");

JournalEntry entryFrom(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.caseNumber = q.value(2).toString();
    e.caseTitle = q.value(3).toString();
    e.number = q.value(4).toInt();
    e.year = q.value(5).toInt();
    e.sequence = q.value(6).toInt();
    e.type = journalTypeFromCode(q.value(7).toString()).value_or(JournalType::Incoming);
    e.status = journalStatusFromCode(q.value(8).toString()).value_or(JournalStatus::Registered);
    e.journalDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.documentDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    e.source = q.value(11).toString();
    e.kindTitle = q.value(12).toString();
    e.title = q.value(13).toString();
    e.documentNumber = q.value(14).isNull() ? 0 : q.value(14).toInt();
    e.screened = q.value(15).toBool();
    e.caseScreened = !q.value(17).isNull();
    e.screeningBasis = e.screened ? q.value(16).toString() : q.value(17).toString();
    if (!q.value(18).isNull()) {
        JournalClosure c;
        c.on = QDate::fromString(q.value(18).toString(), Qt::ISODate);
        c.method = q.value(19).toString();
        c.byEntryId = q.value(20).isNull() ? 0 : q.value(20).toLongLong();
        c.byEntryNumber = q.value(21).isNull() ? 0 : q.value(21).toInt();
        c.note = q.value(22).toString();
        c.by = q.value(23).toString();
        e.closure = c;
    }
    e.createdAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    e.createdBy = q.value(25).toString();
    e.caseYear = q.value(26).toInt();
    e.caseSequence = q.value(27).toInt();
    e.fileId = q.value(28).toLongLong();
    e.fileName = q.value(29).toString();
    return e;
}

// The parties of the entries, in one query for all of them.
Status loadParties(Database &db, std::vector<JournalEntry> &entries, const QString &where, const QVariantList &binds)
{
    if (entries.empty())
        return ok();
    std::map<qint64, JournalEntry *> byId;
    for (JournalEntry &e : entries)
        byId[e.id] = &e;
    auto q = db.exec(
        QStringLiteral("SELECT p.entry_id, p.role, p.name, p.organisation, p.private_capacity "
                       "FROM journal_party p JOIN journal_entry j ON j.id = p.entry_id "
                       "JOIN fv_case c ON c.id = j.case_id %1 ORDER BY p.entry_id, p.pos")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    while (q->next()) {
        auto it = byId.find(q->value(0).toLongLong());
        if (it == byId.end())
            continue;
        JournalParty p;
        p.role = q->value(1).toString() == QLatin1String("recipient")
            ? JournalParty::Role::Recipient
            : JournalParty::Role::Sender;
        p.name = q->value(2).toString();
        p.organisation = q->value(3).toString();
        p.privateCapacity = q->value(4).toBool();
        it->second->parties.push_back(p);
    }
    return ok();
}

Result<int> nextNumber(Database &db, const QString &sql, const QVariantList &binds)
{
    auto v = db.scalar(sql, binds);
    if (!v)
        return v.error();
    return v->isNull() ? 1 : v->toInt() + 1;
}

} // namespace

Result<JournalEntry> Journal::record(Database &db, qint64 caseId, const QString &actor, const NewJournalEntry &in)
{
    const QDate day = today();
    auto number = nextNumber(db, QStringLiteral("SELECT max(entry_no) FROM journal_entry WHERE case_id = ?"), {caseId});
    if (!number)
        return number.error();
    // The year's journal number taken in one statement, under the counter row's lock: on the team
    // server two caseworkers journalling at the same moment wait for each other instead of both
    // reading the same last number (and one failing on the unique key). Rolled back with the entry.
    auto saveSeq = db.scalar(
        QStringLiteral("INSERT INTO journal_sequence (year, last) VALUES (?, 1) "
                       "ON CONFLICT (year) DO UPDATE SET last = journal_sequence.last + 1 "
                       "RETURNING last"),
        {day.year()});
    if (!saveSeq)
        return saveSeq.error();
    if (saveSeq->isNull())
        return fail(QCoreApplication::translate("fv::Storage", "the database gave no id for the new row"));
    const int seq = saveSeq->toInt();
    const JournalStatus status = in.type == JournalType::Outgoing
        ? JournalStatus::Dispatched
        : JournalStatus::Registered;
    auto ins = db.exec(
        QStringLiteral("INSERT INTO journal_entry (case_id, entry_no, journal_year, journal_seq, type, status, "
                       "journal_date, document_date, source, kind_title, title, doc_no, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, number.value(), day.year(), seq, toCode(in.type), toCode(status), toStorage(day),
         toStorage(in.documentDate.isValid() ? in.documentDate : day), in.source, in.kindTitle, in.title,
         in.documentNumber > 0 ? QVariant(in.documentNumber) : sqlNull(), toStorage(now()), actor});
    if (!ins)
        return ins.error();
    const qint64 id = ins->lastInsertId().toLongLong();
    int pos = 0;
    for (const JournalParty &p : in.parties) {
        auto party = db.exec(
            QStringLiteral("INSERT INTO journal_party (entry_id, pos, role, name, organisation, "
                           "private_capacity) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, ++pos,
             p.role == JournalParty::Role::Recipient ? QStringLiteral("recipient") : QStringLiteral("sender"), p.name,
             p.organisation, p.privateCapacity});
        if (!party)
            return party.error();
    }
    if (in.answersIncoming) {
        if (auto s = closeOpenIncoming(db, caseId, id, day, actor); !s)
            return s.error();
    }
    return entry(db, caseId, number.value());
}

Status Journal::closeOpenIncoming(Database &db, qint64 caseId, qint64 answerId, const QDate &on, const QString &actor)
{
    auto q = db.exec(QStringLiteral("UPDATE journal_entry SET closed_on = ?, closing_method = 'BU', "
                                    "closed_by_entry = ?, closed_by = ? "
                                    "WHERE case_id = ? AND type = 'I' AND closed_on IS NULL AND status <> 'U'"),
                     {toStorage(on), answerId, actor, caseId});
    if (!q)
        return q.error();
    return ok();
}

Status Journal::closeForInformation(Database &db, qint64 entryId, const QDate &on, const QString &note,
                                    const QString &actor)
{
    auto q = db.exec(QStringLiteral("UPDATE journal_entry SET closed_on = ?, closing_method = 'TO', closing_note = ?, "
                                    "closed_by = ? WHERE id = ? AND closed_on IS NULL"),
                     {toStorage(on), note, actor, entryId});
    return q ? ok() : Status(q.error());
}

Result<std::vector<JournalEntry>> Journal::find(Database &db, const JournalQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (query.from.isValid()) {
        where << QStringLiteral("j.journal_date >= ?");
        binds << toStorage(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("j.journal_date <= ?");
        binds << toStorage(query.to);
    }
    if (query.type) {
        where << QStringLiteral("j.type = ?");
        binds << toCode(*query.type);
    }
    if (query.status) {
        where << QStringLiteral("j.status = ?");
        binds << toCode(*query.status);
    }
    if (query.caseId) {
        where << QStringLiteral("j.case_id = ?");
        binds << query.caseId;
    }
    if (query.openOnly)
        where << QStringLiteral("j.type = 'I' AND j.closed_on IS NULL AND j.status <> 'U'");
    if (query.closedCasesOnly)
        where << QStringLiteral("c.status IN (%1)").arg(finishedStatusesSql());
    if (query.caseFrom.isValid()) {
        where << QStringLiteral("substr(c.created_at, 1, 10) >= ?");
        binds << toStorage(query.caseFrom);
    }
    if (query.caseTo.isValid()) {
        where << QStringLiteral("substr(c.created_at, 1, 10) <= ?");
        binds << toStorage(query.caseTo);
    }
    if (!query.party.trimmed().isEmpty()) {
        // Folded as the case search folds: "odegard" finds Ødegård.
        where << QStringLiteral("EXISTS (SELECT 1 FROM journal_party p WHERE p.entry_id = j.id AND "
                                "(%1 LIKE ? OR %2 LIKE ?))")
                     .arg(foldSql(QStringLiteral("p.name")), foldSql(QStringLiteral("p.organisation")));
        const QString like = QLatin1Char('%') + foldForSearch(query.party.trimmed()) + QLatin1Char('%');
        binds << like << like;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    auto q = db.exec(selectEntries + clause + QStringLiteral(" ORDER BY j.journal_year, j.journal_seq"), binds);
    if (!q)
        return q.error();
    std::vector<JournalEntry> out;
    while (q->next())
        out.push_back(entryFrom(q.value()));
    if (auto s = loadParties(db, out, clause, binds); !s)
        return s.error();
    return out;
}

Result<std::vector<JournalEntry>> Journal::forCase(Database &db, qint64 caseId)
{
    JournalQuery query;
    query.caseId = caseId;
    auto entries = find(db, query);
    if (!entries)
        return entries;
    std::sort(entries->begin(), entries->end(), [](const JournalEntry &a, const JournalEntry &b) {
        return a.number < b.number;
    });
    return entries;
}

Result<std::vector<JournalEntry>> Journal::restanse(Database &db)
{
    JournalQuery query;
    query.openOnly = true;
    return find(db, query);
}

Result<JournalEntry> Journal::entry(Database &db, qint64 caseId, int number)
{
    auto q = db.exec(selectEntries + QStringLiteral("WHERE j.case_id = ? AND j.entry_no = ?"), {caseId, number});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QCoreApplication::translate("fv::Journal", "the case has no journal entry %1").arg(number));
    std::vector<JournalEntry> one{entryFrom(q.value())};
    if (auto s = loadParties(db, one, QStringLiteral("WHERE j.id = ?"), {one.front().id}); !s)
        return s.error();
    return one.front();
}

QString Journal::finishedStatusesSql()
{
    QStringList finished;
    for (CaseStatus s : allCaseStatuses())
        if (!isOpen(s) && s != CaseStatus::Decided) // decided: its letter is still to be sent
            finished << QLatin1Char('\'') + toCode(s) + QLatin1Char('\'');
    return finished.join(QLatin1Char(','));
}

QString Journal::letterKindTitle(const QString &kind)
{
    static const std::map<QString, QString> titles = {
        {QStringLiteral("decision"), QStringLiteral("Vedtak")},
        {QStringLiteral("receipt"), QStringLiteral("Kvittering for mottatt søknad")},
        {QStringLiteral("info-request"), QStringLiteral("Anmodning om opplysninger")},
        {QStringLiteral("reminder"), QStringLiteral("Purring")},
        {QStringLiteral("preliminary-reply"), QStringLiteral("Foreløpig svar")},
        {QStringLiteral("forwarding"), QStringLiteral("Oversendelse")},
        {QStringLiteral("registry-notice"), QStringLiteral("Melding til registerforvalter")},
        {QStringLiteral("rejection"), QStringLiteral("Avvisning")},
        {QStringLiteral("statement-for-comment"), QStringLiteral("Uttalelse fra registerforvalter til kommentar")},
        {QStringLiteral("project-end-reminder"), QStringLiteral("Påminnelse om sluttrapport og sletting")},
        {QStringLiteral("revocation-notice"), QStringLiteral("Forhåndsvarsel om tilbakekall")},
        {QStringLiteral("revocation"), QStringLiteral("Vedtak om tilbakekall")},
        {QStringLiteral("stop-delivery"), QStringLiteral("Melding om stans i utlevering")},
        {QStringLiteral("suspension-decision"), QStringLiteral("Vedtak om utsatt iverksetting")},
        {QStringLiteral("appeal-received"), QStringLiteral("Bekreftelse på mottatt klage")},
        {QStringLiteral("appeal-forwarding"), QStringLiteral("Oversendelse av klage til klageinstansen")},
        {QStringLiteral("appeal-copy"), QStringLiteral("Kopi av oversendelse av klage")},
        {QStringLiteral("appeal-rejection"), QStringLiteral("Avvisning av klage")},
    };
    const auto it = titles.find(kind);
    return it == titles.end() ? QStringLiteral("Brev") : it->second;
}

bool Journal::letterAnswers(const QString &kind)
{
    return kind == QLatin1String("decision") || kind == QLatin1String("forwarding")
        || kind == QLatin1String("rejection") || kind == QLatin1String("appeal-forwarding")
        || kind == QLatin1String("appeal-rejection");
}

bool Journal::privateCapacity(const QString &leader, const QString &controller)
{
    const QString person = foldForSearch(leader).simplified();
    return !person.isEmpty() && foldForSearch(controller).contains(person);
}

JournalParty Journal::applicant(const Application &app, JournalParty::Role role)
{
    JournalParty p;
    p.role = role;
    p.name = app.projectLeader.name.trimmed();
    p.organisation = app.controller.name.trimmed();
    p.privateCapacity = privateCapacity(p.name, p.organisation);
    return p;
}

Status journalIncoming(Database &db, const CaseRecord &record, const QString &actor, const QString &source,
                       const QString &kindTitle, const QDate &documentDate, const QString &fromRegistry)
{
    auto entry = journalIncomingEntry(db, record, actor, source, kindTitle, documentDate, fromRegistry);
    return entry ? ok() : Status(entry.error());
}

Result<JournalEntry> journalIncomingEntry(
    Database &db, const CaseRecord &record, const QString &actor, const QString &source, const QString &kindTitle,
    const QDate &documentDate, const QString &fromRegistry, const QString &fromBody)
{
    NewJournalEntry in;
    in.source = source;
    in.kindTitle = kindTitle;
    in.title = kindTitle + QStringLiteral(" – ") + record.application.project.title;
    in.documentDate = documentDate;
    JournalParty from = Journal::applicant(record.application, JournalParty::Role::Sender);
    if (!fromRegistry.isEmpty()) {
        auto catalogue = loadRegistryMap(db);
        if (!catalogue)
            return catalogue.error();
        const auto it = catalogue->find(fromRegistry);
        const QString manager = it == catalogue->end() ? fromRegistry : it->second.manager;
        from = JournalParty{JournalParty::Role::Sender, manager, manager, false};
        in.title = kindTitle + QStringLiteral(" (") + fromRegistry + QStringLiteral(") – ")
            + record.application.project.title;
    }
    if (!fromBody.isEmpty()) {
        from = JournalParty{JournalParty::Role::Sender, fromBody, fromBody, false};
        in.title = kindTitle + QStringLiteral(" fra ") + fromBody + QStringLiteral(" – ")
            + record.application.project.title;
    }
    in.parties = {from};
    return Journal::record(db, record.summary.id, actor, in);
}

} // namespace fv
