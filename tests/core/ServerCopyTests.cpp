// PgCopy: rows streamed into the team server by binary COPY, read back exactly as they were
// sent; a failure anywhere in the stream leaves no row behind. Needs $FV_TEST_PG_URI
// (tools/pg-cluster.sh); without it these tests SKIP (named Server… for ctest -L postgresql).
#include "ServerTestSupport.h"
#include "storage/Database.h"
#include "storage/PgCopy.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::ServerTestDb;
using T = PgCopy::Type;

namespace {

#define REQUIRE_SERVER() \
    if (!ServerTestDb::available()) \
    SKIP("no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)")

const QStringList columns = {QStringLiteral("t"), QStringLiteral("i"), QStringLiteral("b"),
                             QStringLiteral("f"), QStringLiteral("d"), QStringLiteral("x")};
const QList<PgCopy::Type> types = {T::Text, T::Integer, T::BigInt, T::Boolean, T::Double, T::Bytea};

// A table of every type the copy writes, with a CHECK that a test can trip half-way, open to
// the database's administrator login.
std::unique_ptr<Database> openWithProbeTable(const ServerTestDb &server)
{
    REQUIRE(ServerTestDb::superPsql(
                QStringLiteral("CREATE TABLE public.copy_probe (t text, i integer CHECK (i <> "
                               "-1), b bigint, f boolean, d double precision, x bytea); "
                               "GRANT ALL ON public.copy_probe TO %1")
                    .arg(server.it()),
                server.name())
                .status
            == 0);
    auto db = Database::open(server.uri(server.it()));
    REQUIRE(db.ok());
    return std::move(db.value());
}

QString scalar(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    REQUIRE(v.ok());
    return v->toString();
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(static_cast<char>(b));
    return bytes;
}

} // namespace

TEST_CASE("bulk copy: every type, nulls, every byte value and awkward text arrive as they were sent", "[server][copy]")
{
    REQUIRE_SERVER();
    ServerTestDb server;
    auto db = openWithProbeTable(server);
    const QString awkward = QStringLiteral(
        "Ødegård, æøå ÆØÅ\ttab\nnewline\r\\N \\x00 back\\slash 'quote' \"q\" ; -- €");
    const QByteArray bytes = everyByte();
    PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
    copy.text(awkward);
    copy.integer(-2147483648LL);
    copy.integer(9007199254740993LL);
    copy.boolean(true);
    copy.real(-0.1);
    copy.bytes(bytes.constData(), bytes.size());
    const Status first = copy.endRow();
    INFO((first ? QString() : first.error().toString()).toStdString());
    REQUIRE(first.ok());
    for (int i = 0; i < columns.size(); ++i)
        copy.null();
    REQUIRE(copy.endRow().ok());
    REQUIRE(copy.row({QStringLiteral(""), 2147483647, qint64(-1), false, 1e300, QByteArray("")}).ok());
    auto taken = copy.finish();
    INFO((taken ? QString() : taken.error().toString()).toStdString());
    REQUIRE(taken.ok());
    CHECK(taken.value() == 3);

    auto q = db->exec(QStringLiteral("SELECT t, i, b, f, d, x FROM public.copy_probe ORDER BY i NULLS LAST"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == awkward);
    CHECK(q->value(1).toLongLong() == -2147483648LL);
    CHECK(q->value(2).toLongLong() == 9007199254740993LL);
    CHECK(q->value(3).toBool());
    CHECK(q->value(4).toDouble() == -0.1);
    CHECK(q->value(5).toByteArray() == bytes);
    REQUIRE(q->next());
    CHECK(q->value(0).toString().isEmpty());
    CHECK_FALSE(q->value(0).isNull()); // an empty text is no NULL
    CHECK(q->value(1).toLongLong() == 2147483647);
    CHECK_FALSE(q->value(3).toBool());
    CHECK(q->value(4).toDouble() == 1e300);
    CHECK(q->value(5).toByteArray().isEmpty());
    CHECK_FALSE(q->value(5).isNull());
    REQUIRE(q->next());
    for (int i = 0; i < columns.size(); ++i)
        CHECK(q->value(i).isNull());
    CHECK_FALSE(q->next());
    // The server's own view of the bytes and the text, not the driver's.
    CHECK(scalar(*db, QStringLiteral("SELECT encode(sha256(x), 'hex') FROM public.copy_probe WHERE i < 0"))
          == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(scalar(*db, QStringLiteral("SELECT encode(convert_to(t, 'UTF8'), 'hex') FROM public.copy_probe WHERE i < 0"))
          == QString::fromLatin1(awkward.toUtf8().toHex()));
}

TEST_CASE("bulk copy: many megabytes in many sends, counted by the server", "[server][copy]")
{
    REQUIRE_SERVER();
    ServerTestDb server;
    auto db = openWithProbeTable(server);
    QByteArray kilobytes(3000, 'a');
    PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
    for (int i = 0; i < 2000; ++i) { // 6 MB: several sends of 1 MB
        kilobytes[0] = static_cast<char>(i % 256);
        REQUIRE(copy.row({QStringLiteral("rad %1").arg(i), i, qint64(i) * 1000000000LL, i % 2 == 0, i / 4.0, kilobytes})
                    .ok());
    }
    auto taken = copy.finish();
    REQUIRE(taken.ok());
    CHECK(taken.value() == 2000);
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) || '/' || sum(i) || '/' || sum(b) || '/' || count(*) FILTER "
                                "(WHERE f) || '/' || sum(length(x)) FROM public.copy_probe"))
          == QStringLiteral("2000/1999000/1999000000000000/1000/6000000"));
}

TEST_CASE("bulk copy: a row the server refuses half-way leaves nothing, and says what and where", "[server][copy]")
{
    REQUIRE_SERVER();
    ServerTestDb server;
    auto db = openWithProbeTable(server);
    SECTION("inside a transaction, as migrate copies")
    {
        {
            Transaction tx(*db);
            REQUIRE(tx.isOpen());
            REQUIRE(db->exec(QStringLiteral("INSERT INTO public.copy_probe (t) VALUES ('before')")).ok());
            PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
            const QByteArray big(2000, 'z');
            for (int i = 0; i < 3000; ++i) // the refused row after the first megabytes went
                REQUIRE(copy.row({QStringLiteral("r"), i == 2500 ? -1 : i, qint64(i), true, 0.5, big}).ok());
            auto taken = copy.finish();
            REQUIRE_FALSE(taken.ok());
            CHECK(taken.error().message.contains(QStringLiteral("copy_probe")));
            CHECK(taken.error().message.contains(QStringLiteral("check constraint")));
            CHECK(taken.error().message.contains(QStringLiteral("line 2501")));
            // tx rolls back at the end of its scope
        }
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM public.copy_probe")) == QStringLiteral("0"));
    }
    SECTION("on its own: the COPY is one statement")
    {
        PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
        REQUIRE(copy.row({QStringLiteral("a"), 1, 1, true, 1.0, QByteArray("x")}).ok());
        REQUIRE(copy.row({QStringLiteral("b"), -1, 2, true, 2.0, QByteArray("y")}).ok());
        CHECK_FALSE(copy.finish().ok());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM public.copy_probe")) == QStringLiteral("0"));
    }
    // The connection goes on working.
    CHECK(scalar(*db, QStringLiteral("SELECT 40 + 2")) == QStringLiteral("42"));
}

TEST_CASE("bulk copy: a value that does not fit its column, or a copy never finished, sends nothing", "[server][copy]")
{
    REQUIRE_SERVER();
    ServerTestDb server;
    auto db = openWithProbeTable(server);
    SECTION("text into an integer column")
    {
        PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
        REQUIRE(copy.row({QStringLiteral("ok"), 1, 1, true, 1.0, QByteArray("x")}).ok());
        copy.text(u"a");
        copy.text(u"not a number");
        const Status s = copy.endRow();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("column i of public.copy_probe is integer")));
        CHECK_FALSE(copy.finish().ok());
    }
    SECTION("a number too large for an integer column")
    {
        PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
        const Status s = copy.row({QStringLiteral("a"), qint64(1) << 40, 1, true, 1.0, QByteArray("x")});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("too large")));
        CHECK_FALSE(copy.finish().ok());
    }
    SECTION("a row short of values")
    {
        PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
        REQUIRE(copy.row({QStringLiteral("ok"), 1, 1, true, 1.0, QByteArray("x")}).ok());
        copy.text(u"short");
        const Status s = copy.endRow();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("1 of its 6 values")));
    }
    SECTION("rows sent but the copy abandoned")
    {
        PgCopy copy(*db, QStringLiteral("public.copy_probe"), columns, types);
        const QByteArray big(4000, 'q');
        for (int i = 0; i < 1000; ++i) // 4 MB already at the server
            REQUIRE(copy.row({QStringLiteral("r"), i, qint64(i), true, 0.5, big}).ok());
    }
    SECTION("a table that is not there")
    {
        PgCopy copy(*db, QStringLiteral("public.no_such_table"), columns, types);
        const Status s = copy.row({QStringLiteral("a"), 1, 1, true, 1.0, QByteArray("x")});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("no_such_table")));
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM public.copy_probe")) == QStringLiteral("0"));
    CHECK(scalar(*db, QStringLiteral("SELECT 40 + 2")) == QStringLiteral("42"));
}
