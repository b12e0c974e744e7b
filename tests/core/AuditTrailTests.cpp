// The audit trail behind the program's back: with the triggers dropped, an edited, deleted
// (also the last), inserted or re-ordered event is found by `audit verify`, which names the
// first broken event.
#include "ReliabilitySupport.h"
#include "casework/AuditLog.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// Four users, two cases and a decision: events 1..11 or so.
struct Trail
{
    TempDb t;
    qint64 last = 0;
    Trail()
    {
        test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0101"));
        test::decidedCase(t, QStringLiteral("HD-2026-0102"));
        last = t.db().scalar(QStringLiteral("SELECT max(id) FROM event"))->toLongLong();
        REQUIRE(AuditLog::verify(t.db()).ok());
        // What someone with the sqlite3 shell could do: drop the guards first.
        for (const char *trigger : {"event_no_update", "event_no_delete", "event_moves_head", "audit_head_forward"})
            REQUIRE(t.db().exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))).ok());
    }
    Error broken()
    {
        auto s = AuditLog::verify(t.db());
        REQUIRE_FALSE(s.ok());
        return s.error();
    }
    // `audit verify` through the real program: exit 1 and the event named on stderr.
    test::CliRun cliVerify()
    {
        t.close();
        return test::cliProcess({QStringLiteral("--db"), t.path(), QStringLiteral("--as"), QStringLiteral("admin"),
                                 QStringLiteral("audit"), QStringLiteral("verify")});
    }
};

} // namespace

TEST_CASE("the guards refuse UPDATE and DELETE, and the head only moves forward", "[audit]")
{
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0101"));
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE event SET detail = 'x' WHERE id = 1")).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM event WHERE id = 1")).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE audit_head SET last_id = 1")).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM audit_head")).ok());
    auto chain = AuditLog::verifyChain(t.db());
    REQUIRE(chain.ok());
    CHECK(chain->events == t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toLongLong());
    CHECK(chain->headHash == t.db().scalar(QStringLiteral("SELECT hash FROM event ORDER BY id DESC"))->toString());
}

TEST_CASE("an edited event is found and named, also by the command line", "[audit]")
{
    Trail trail;
    REQUIRE(trail.t.db().exec(QStringLiteral("UPDATE event SET actor = 'mallory' WHERE id = 6")).ok());
    CHECK(trail.broken().where == QStringLiteral("event 6"));
    CHECK(trail.broken().message.contains(QStringLiteral("changed")));
    const auto run = trail.cliVerify();
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("event 6")));
}

TEST_CASE("an edited event is found even when its own hash was recomputed", "[audit]")
{
    Trail trail;
    // The forger knows the hash recipe and rewrites event 5 with a hash that fits it: the
    // next event no longer follows.
    auto q = trail.t.db().exec(QStringLiteral("SELECT prev_hash, case_id, at, actor, kind FROM event WHERE id = 5"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const QString forged = QStringLiteral("nothing happened");
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part :
         {q->value(0).toString(), QStringLiteral("5"), q->value(1).isNull() ? QString() : q->value(1).toString(),
          q->value(2).toString(), q->value(3).toString(), q->value(4).toString(), forged}) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    const QString hash = QString::fromLatin1(h.result().toHex());
    REQUIRE(
        trail.t.db().exec(QStringLiteral("UPDATE event SET detail = ?, hash = ? WHERE id = 5"), {forged, hash}).ok());
    CHECK(trail.broken().where == QStringLiteral("event 6"));
    CHECK(trail.broken().message.contains(QStringLiteral("does not follow")));
}

TEST_CASE("a deleted event in the middle is found and named", "[audit]")
{
    Trail trail;
    REQUIRE(trail.t.db().exec(QStringLiteral("DELETE FROM event WHERE id = 4")).ok());
    CHECK(trail.broken().where == QStringLiteral("event 4"));
    CHECK(trail.broken().message.contains(QStringLiteral("deleted")));
}

TEST_CASE("deleting the last events is found, and stays found after new events", "[audit]")
{
    Trail trail;
    REQUIRE(trail.t.db().exec(QStringLiteral("DELETE FROM event WHERE id >= %1").arg(trail.last - 1)).ok());
    CHECK(trail.broken().where == QStringLiteral("event %1").arg(trail.last - 1));
    CHECK(trail.broken().message.contains(QStringLiteral("last events were deleted")));

    // The program goes on after the head, so the gap is not papered over.
    test::importAs(trail.t, QStringLiteral("ola"), QStringLiteral("HD-2026-0103"));
    CHECK(trail.broken().where == QStringLiteral("event %1").arg(trail.last - 1));
    const auto run = trail.cliVerify();
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("event %1").arg(trail.last - 1)));
}

TEST_CASE("an inserted event is found, at the end or in the middle", "[audit]")
{
    SECTION("at the end")
    {
        Trail trail;
        REQUIRE(trail.t.db()
                    .exec(QStringLiteral("INSERT INTO event (id, at, actor, kind, detail, prev_hash, hash) "
                                         "SELECT id + 1, at, 'mallory', 'user-added', 'mallory (admin)', hash, "
                                         "'forged' FROM event WHERE id = %1")
                              .arg(trail.last))
                    .ok());
        CHECK(trail.broken().where == QStringLiteral("event %1").arg(trail.last + 1));
    }
    SECTION("in the middle, the later events renumbered")
    {
        Trail trail;
        // Shift events 3.. up by one (via a detour, ids are unique), then fill the hole.
        REQUIRE(trail.t.db().exec(QStringLiteral("UPDATE event SET id = id + 1000 WHERE id >= 3")).ok());
        REQUIRE(trail.t.db().exec(QStringLiteral("UPDATE event SET id = id - 999 WHERE id >= 1000")).ok());
        REQUIRE(trail.t.db()
                    .exec(QStringLiteral("INSERT INTO event (id, at, actor, kind, detail, prev_hash, hash) "
                                         "SELECT 3, at, 'mallory', 'user-added', 'mallory (admin)', hash, 'forged' "
                                         "FROM event WHERE id = 2"))
                    .ok());
        CHECK(trail.broken().where == QStringLiteral("event 3"));
    }
}

TEST_CASE("re-ordered events are found at the first one moved", "[audit]")
{
    Trail trail;
    // Swap the contents of events 7 and 8, ids staying in place.
    REQUIRE(trail.t.db().exec(QStringLiteral("UPDATE event SET id = -7 WHERE id = 7")).ok());
    REQUIRE(trail.t.db().exec(QStringLiteral("UPDATE event SET id = 7 WHERE id = 8")).ok());
    REQUIRE(trail.t.db().exec(QStringLiteral("UPDATE event SET id = 8 WHERE id = -7")).ok());
    CHECK(trail.broken().where == QStringLiteral("event 7"));
}

TEST_CASE("a removed head is found", "[audit]")
{
    Trail trail;
    REQUIRE(trail.t.db().exec(QStringLiteral("DROP TRIGGER audit_head_no_delete")).ok());
    REQUIRE(trail.t.db().exec(QStringLiteral("DELETE FROM audit_head")).ok());
    CHECK(trail.broken().message.contains(QStringLiteral("head")));
    // Nothing more is recorded on a trail without its head.
    auto cases = trail.t.as(QStringLiteral("ola"));
    CHECK_FALSE(
        cases.importApplication(test::exampleWithReference(QStringLiteral("HD-2026-0109")), QStringLiteral("x")).ok());
}

TEST_CASE("appending stays fast on a long trail", "[audit][speed]")
{
    TempDb t;
    Transaction tx(t.db());
    REQUIRE(tx.isOpen());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5000; ++i)
        REQUIRE(AuditLog::append(t.db(), 0, QStringLiteral("admin"), QStringLiteral("setting-changed"),
                                 QStringLiteral("x = %1").arg(i))
                    .ok());
    REQUIRE(tx.commit().ok());
    const qint64 appendMs = timer.elapsed();
    timer.restart();
    auto chain = AuditLog::verifyChain(t.db());
    const qint64 verifyMs = timer.elapsed();
    REQUIRE(chain.ok());
    CHECK(chain->events == 5004);
    WARN("5000 appends: " << appendMs << " ms; verify of 5004 events: " << verifyMs << " ms");
    CHECK(appendMs < 5000); // about 0.1 ms each on the CI machine; generous for a busy one
}
