// Internal notes in the journal (Noark 5 journalposttype N and X): one operation that keeps the
// note's text as an internal case note, journals it, and may close an incoming entry by it.
#include "Clock.h"
#include "archive/JournalService.h"
#include "archive/JournalXml.h"
#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "casework/CaseworkStore.h"
#include "rules/Operation.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace fv {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Journal)
};

// The internal case note the entry refers to: the one numbered `fromNote`, or a new one with `text`.
// 0 when the note has no text.
Result<qint64> noteOf(Database &db, qint64 caseId, const JournalNoteRequest &note, qint64 userId)
{
    if (note.fromNote > 0) {
        auto notes = CaseworkStore::notes(db, caseId);
        if (!notes)
            return notes.error();
        std::vector<CaseNote> internal;
        for (const CaseNote &n : notes.value())
            if (n.audience == NoteAudience::Internal)
                internal.push_back(n);
        if (note.fromNote > static_cast<int>(internal.size()))
            return fail(Tr::tr("the case has no internal note %1; it has %n internal note(s)", nullptr,
                               static_cast<int>(internal.size()))
                            .arg(note.fromNote));
        const qint64 id = internal[note.fromNote - 1].id;
        auto taken = db.scalar(QStringLiteral("SELECT count(*) FROM journal_entry WHERE case_id = ? AND source = ?"),
                               {caseId, QStringLiteral("note:%1").arg(id)});
        if (!taken)
            return taken.error();
        if (taken->toInt() > 0)
            return fail(Tr::tr("internal note %1 is already in the journal").arg(note.fromNote));
        return id;
    }
    if (note.text.trimmed().isEmpty())
        return qint64(0);
    if (auto s = CaseworkStore::addNote(db, caseId, toCode(NoteAudience::Internal), note.text.trimmed(), userId); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT max(id) FROM case_note WHERE case_id = ?"), {caseId});
    if (!id)
        return id.error();
    return id->toLongLong();
}

// The open incoming entry `number` closed by the note `by`: TE (taken into account) for a note
// for follow-up, TO (for information) for one without.
Status closeByNote(Database &db, qint64 caseId, int number, const JournalEntry &by, const QString &actor)
{
    auto e = Journal::entry(db, caseId, number);
    if (!e)
        return fail(Tr::tr("the case has no journal entry %1 (see its journal for the numbers)").arg(number));
    if (!e->isOpen())
        return fail(e->type != JournalType::Incoming
                        ? Tr::tr("journal entry %1 is not an incoming document; only those are closed").arg(number)
                        : Tr::tr("journal entry %1 is already closed").arg(number));
    const QString method = by.type == JournalType::InternalFollowUp ? QStringLiteral("TE") : QStringLiteral("TO");
    auto q = db.exec(QStringLiteral("UPDATE journal_entry SET closed_on = ?, closing_method = ?, closed_by_entry = ?, "
                                    "closing_note = ?, closed_by = ? WHERE id = ?"),
                     {toStorage(by.journalDate), method, by.id, by.title, actor, e->id});
    return q ? ok() : Status(q.error());
}

Status screenEntry(Database &db, qint64 entryId, const QString &basis)
{
    auto q = db.exec(
        QStringLiteral("UPDATE journal_entry SET screened = TRUE, screening_basis = ? WHERE id = ?"), {basis, entryId});
    return q ? ok() : Status(q.error());
}

} // namespace

Result<JournalEntry> JournalService::journalNote(const QString &caseNumber, const JournalNoteRequest &note)
{
    const QString title = note.title.simplified();
    if (title.isEmpty())
        return fail(Tr::tr("a note in the journal needs a title"), caseNumber);
    if (note.fromNote > 0 && !note.text.trimmed().isEmpty())
        return fail(Tr::tr("journal either an existing note or a new text, not both"), caseNumber);
    const QString basis = note.screeningBasis.simplified();
    if (!basis.isEmpty()) {
        auto bases = screeningBases();
        if (!bases)
            return bases.error();
        if (!bases->contains(basis))
            return fail(Tr::tr("\"%1\" is not a screening basis on the list; choose one of: %2")
                            .arg(basis, bases->join(QStringLiteral("; "))),
                        caseNumber);
    }
    Database &db = m_cases.database();
    const User actor = m_cases.actor();
    JournalEntry made;
    const Status s =
        Operation(m_cases, Action::JournalNote).run(caseNumber, [&](CaseRecord &r, const User &) -> Status {
            auto noteId = noteOf(db, r.summary.id, note, actor.id);
            if (!noteId)
                return noteId.error();
            NewJournalEntry in;
            in.type = note.followUp ? JournalType::InternalFollowUp : JournalType::InternalNoFollowUp;
            in.source = noteId.value() > 0 ? QStringLiteral("note:%1").arg(noteId.value()) : QStringLiteral("note");
            in.kindTitle = QStringLiteral("Notat");
            in.title = title;
            in.documentDate = today();
            // An internal document's party is the caseworker who wrote it, acting for the agency.
            in.parties.push_back({JournalParty::Role::Sender, nonEmpty(actor.fullName, actor.login),
                                  QStringLiteral("Helsedataservice"), false});
            auto entry = Journal::record(db, r.summary.id, actor.login, in);
            if (!entry)
                return entry.error();
            if (note.closes > 0) {
                if (auto c = closeByNote(db, r.summary.id, note.closes, entry.value(), actor.login); !c)
                    return c;
            }
            if (!basis.isEmpty()) {
                if (auto c = screenEntry(db, entry->id, basis); !c)
                    return c;
            }
            auto reread = Journal::entry(db, r.summary.id, entry->number);
            if (!reread)
                return reread.error();
            made = reread.value();
            QString detail =
                QStringLiteral("entry %1 journalled: internal note (%2)").arg(made.number).arg(toCode(made.type));
            if (note.closes > 0)
                detail += QStringLiteral(", closes entry %1").arg(note.closes);
            if (!basis.isEmpty())
                detail += QStringLiteral(", screened: %1").arg(basis);
            return AuditLog::append(db, r.summary.id, actor.login, QStringLiteral("journal-note"), detail);
        });
    if (!s)
        return s.error();
    return made;
}

} // namespace fv
