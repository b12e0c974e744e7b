#include "archive/JournalService.h"

#include "Clock.h"
#include "archive/JournalXml.h"
#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "letters/LetterInput.h"
#include "rules/Operation.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fv {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Journal)
};

QString entryText(int entry)
{
    return entry > 0 ? QStringLiteral("entry %1").arg(entry) : QStringLiteral("the whole case");
}

// The entry `number` of the case, or a refusal naming it.
Result<JournalEntry> entryOf(Database &db, const CaseRecord &r, int number)
{
    auto e = Journal::entry(db, r.summary.id, number);
    if (!e)
        return fail(Tr::tr("the case has no journal entry %1 (see its journal for the numbers)").arg(number));
    return e;
}

} // namespace

JournalService::JournalService(CaseService &cases) : m_cases(cases)
{}

Result<std::vector<JournalEntry>> JournalService::forCase(const QString &caseNumber)
{
    auto id = m_cases.caseId(caseNumber);
    if (!id)
        return id.error();
    return Journal::forCase(m_cases.database(), id.value());
}

Result<std::vector<JournalEntry>> JournalService::find(const JournalQuery &query)
{
    return Journal::find(m_cases.database(), query);
}

Result<QStringList> JournalService::screeningBases()
{
    auto text = Settings::get(m_cases.database(), QStringLiteral("journal.screening-bases"), QStringLiteral("[]"));
    if (!text)
        return text.error();
    QStringList bases;
    for (const QJsonValue &v : QJsonDocument::fromJson(text->toUtf8()).array())
        if (!v.toString().trimmed().isEmpty())
            bases << v.toString().trimmed();
    return bases;
}

Status JournalService::screen(const QString &caseNumber, int entry, const QString &basis)
{
    auto bases = screeningBases();
    if (!bases)
        return bases.error();
    const QString chosen = basis.simplified();
    if (!bases->contains(chosen))
        return fail(Tr::tr("\"%1\" is not a screening basis on the list; choose one of: %2")
                        .arg(chosen, bases->join(QStringLiteral("; "))),
                    caseNumber);
    Database &db = m_cases.database();
    const QString actor = m_cases.actor().login;
    return Operation(m_cases, Action::ScreenJournal).run(caseNumber, [&](CaseRecord &r, const User &) -> Status {
        if (entry > 0) {
            auto e = entryOf(db, r, entry);
            if (!e)
                return e.error();
            auto q = db.exec(
                QStringLiteral("UPDATE journal_entry SET screened = TRUE, screening_basis = ? WHERE id = ?"),
                {chosen, e->id});
            if (!q)
                return q.error();
        } else {
            auto q = db.exec(
                QStringLiteral("INSERT INTO case_screening (case_id, basis, set_by, set_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                               "basis = excluded.basis, set_by = excluded.set_by, set_at = excluded.set_at"),
                {r.summary.id, chosen, actor, toStorage(now())});
            if (!q)
                return q.error();
        }
        return AuditLog::append(db, r.summary.id, actor, QStringLiteral("journal-screened"),
                                QStringLiteral("%1 screened in the public journal: %2").arg(entryText(entry), chosen));
    });
}

Status JournalService::unscreen(const QString &caseNumber, int entry)
{
    Database &db = m_cases.database();
    const QString actor = m_cases.actor().login;
    return Operation(m_cases, Action::ScreenJournal).run(caseNumber, [&](CaseRecord &r, const User &) -> Status {
        if (entry > 0) {
            auto e = entryOf(db, r, entry);
            if (!e)
                return e.error();
            if (!e->screened)
                return fail(e->caseScreened ? Tr::tr("journal entry %1 is screened with the whole case; lift the "
                                                     "case's screening instead")
                                                  .arg(entry)
                                            : Tr::tr("journal entry %1 is not screened").arg(entry));
            auto q = db.exec(
                QStringLiteral("UPDATE journal_entry SET screened = FALSE, screening_basis = '' WHERE id = ?"),
                {e->id});
            if (!q)
                return q.error();
        } else {
            auto q = db.exec(QStringLiteral("DELETE FROM case_screening WHERE case_id = ?"), {r.summary.id});
            if (!q)
                return q.error();
            if (q->numRowsAffected() == 0)
                return fail(Tr::tr("the case is not screened as a whole"));
        }
        return AuditLog::append(db, r.summary.id, actor, QStringLiteral("journal-unscreened"),
                                QStringLiteral("%1 no longer screened in the public journal").arg(entryText(entry)));
    });
}

Status JournalService::close(const QString &caseNumber, int entry, const QString &method, const QString &note)
{
    if (method != QLatin1String("TE") && method != QLatin1String("TO"))
        return fail(Tr::tr("a journal entry is closed by a note as TE (taken into account) or TO (for information), "
                           "not \"%1\"")
                        .arg(method),
                    caseNumber);
    if (note.trimmed().isEmpty())
        return fail(Tr::tr("closing a journal entry by a note needs the note"), caseNumber);
    Database &db = m_cases.database();
    const QString actor = m_cases.actor().login;
    return Operation(m_cases, Action::CloseJournalEntry).run(caseNumber, [&](CaseRecord &r, const User &) -> Status {
        auto e = entryOf(db, r, entry);
        if (!e)
            return e.error();
        if (!e->isOpen())
            return fail(e->type != JournalType::Incoming
                            ? Tr::tr("journal entry %1 is not an incoming document; only those are closed").arg(entry)
                            : Tr::tr("journal entry %1 is already closed").arg(entry));
        auto q = db.exec(QStringLiteral("UPDATE journal_entry SET closed_on = ?, closing_method = ?, closing_note = ?, "
                                        "closed_by = ? WHERE id = ?"),
                         {toStorage(today()), method, note.trimmed(), actor, e->id});
        if (!q)
            return q.error();
        return AuditLog::append(db, r.summary.id, actor, QStringLiteral("journal-closed"),
                                QStringLiteral("entry %1 closed (%2)").arg(entry).arg(method));
    });
}

Status JournalService::writePublicJournal(const QDate &from, const QDate &to, const QString &path)
{
    return writeJournal(from, to, path, true);
}

Status JournalService::writeRunningJournal(const QDate &from, const QDate &to, const QString &path)
{
    return writeJournal(from, to, path, false);
}

Status JournalService::writeJournal(const QDate &from, const QDate &to, const QString &path, bool isPublic)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(Tr::tr("the period must be two dates, the first not after the second"));
    Database &db = m_cases.database();
    return Operation::runGlobal(db, m_cases.actor(), Action::PublishJournal, [&]() -> Status {
        JournalQuery query;
        query.from = from;
        query.to = to;
        auto entries = Journal::find(db, query);
        if (!entries)
            return entries.error();
        if (entries->empty())
            return fail(Tr::tr("nothing was journalled from %1 to %2, so there is no journal to write")
                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        auto creator = archiveCreator(db);
        if (!creator)
            return creator.error();
        const QByteArray xml = isPublic
            ? publicJournalXml(entries.value(), from, to, creator.value())
            : runningJournalXml(entries.value(), from, to, creator.value());
        if (auto s = writeFileAtomically(path, xml); !s)
            return s;
        return AuditLog::append(
            db, 0, m_cases.actor().login,
            isPublic ? QStringLiteral("journal-published") : QStringLiteral("journal-written"),
            QStringLiteral("%1 entries from %2 to %3")
                .arg(entries->size())
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    });
}

Result<ArchiveCreator> archiveCreator(Database &db)
{
    auto id = Settings::get(db, QStringLiteral("archive.creator-id"), QStringLiteral("983744516"));
    if (!id)
        return id.error();
    return ArchiveCreator{id.value(), Settings::letterSettings(db).senderName};
}

} // namespace fv
