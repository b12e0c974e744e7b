#include "rules/Operation.h"

#include "casework/CaseService.h"
#include "casework/CaseVersion.h"
#include "casework/CaseworkStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace fv {
namespace {

// lupdate and the running program agree on the context only through a declared one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Permissions)
};

Result<User> freshActor(Database &db, const User &actor)
{
    auto found = Users::find(db, actor.login);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(Tr::tr("%1 is no longer a user of this database").arg(actor.login));
    return *found.value();
}

} // namespace

Operation::Operation(CaseService &cases, Action action) : m_cases(cases), m_action(action)
{}

Operation &Operation::seen(const Seen &seen)
{
    m_seen = seen;
    return *this;
}

Operation &Operation::check(Check check)
{
    m_check = std::move(check);
    return *this;
}

Operation &Operation::withoutEvent()
{
    m_needsEvent = false;
    return *this;
}

Status Operation::run(const QString &caseNumber, const Body &body)
{
    Status s = runInTransaction(caseNumber, body);
    if (!s && s.error().where.isEmpty())
        return Error{s.error().message, caseNumber.trimmed()};
    return s;
}

Status Operation::runInTransaction(const QString &caseNumber, const Body &body)
{
    Database &db = m_cases.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    // On the server two programs' operations on one case queue here until the first commits, as
    // BEGIN IMMEDIATE makes them on SQLite: the second then reads the first's change instead of
    // overwriting it or being refused as stale. The lock ends with the transaction.
    if (db.isServer())
        if (auto locked = db.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(1718051187, hashtext(?))"), {caseNumber.trimmed()});
            !locked)
            return locked.error();
    auto actor = freshActor(db, m_cases.actor());
    if (!actor)
        return actor.error();
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    CaseRecord &record = rec.value();
    if (auto s = can(m_action, actor.value(), record); !s)
        return s;
    if (m_check) {
        if (auto s = m_check(actor.value(), record); !s)
            return s;
    }
    if (m_seen.caseVersion) {
        if (auto s = requireCaseVersion(db, record.summary.id, *m_seen.caseVersion); !s)
            return s;
    }
    if (m_seen.decisionRevision) {
        if (auto s = requireDecisionRevision(db, record, *m_seen.decisionRevision); !s)
            return s;
    }
    const qint64 before = record.rowVersion;
    if (auto s = body(record, actor.value()); !s)
        return s;
    if (m_needsEvent) {
        // Every recorded event moves the case's version (schema 4 trigger): a change that did not
        // move it left no trace in the audit trail, and is not committed.
        auto after = CaseworkStore::rowVersion(db, record.summary.id);
        if (!after)
            return after.error();
        if (after.value() == before)
            return fail(Tr::tr("The change was not saved: it left no event in the case's history"));
    }
    return tx.commit();
}

Status Operation::runGlobal(Database &db, const User &actor, Action action, const std::function<Status()> &body)
{
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto fresh = freshActor(db, actor);
    if (!fresh)
        return fresh.error();
    if (auto s = can(action, fresh.value()); !s)
        return s;
    if (auto s = body(); !s)
        return s;
    return tx.commit();
}

Status canNow(Database &db, const User &actor, Action action)
{
    auto fresh = freshActor(db, actor);
    if (!fresh)
        return fresh.error();
    return can(action, fresh.value());
}

Status requireDecisionRevision(Database &db, const CaseRecord &record, int revision)
{
    const Decision *d = record.currentDecision();
    if (!d)
        return fail(Tr::tr("The case has no decision draft yet"));
    if (d->revision == revision)
        return ok();
    // The newest event of the case names who changed it and when; nothing is saved, so nothing of
    // theirs is lost.
    auto last = CaseworkStore::lastChange(db, record.summary.id);
    if (!last)
        return last.error();
    return fail(Tr::tr("The decision was changed by %1 at %2 after you read it (you read revision %3, it is now "
                       "revision %4); nothing was done: read it again first")
                    .arg(last->who, last->at.toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                    .arg(revision)
                    .arg(d->revision));
}

} // namespace fv
