// Bindings written into a statement for the team server (one round trip per statement): quoted
// so that no value can end its literal, placeholders inside quoted text left alone.
#include "storage/ServerLiterals.h"

#include <catch2/catch_test_macros.hpp>

using namespace fv;

TEST_CASE("server literals: each placeholder outside quotes gets its value as a quoted literal", "[server][sql]")
{
    const auto sql = withServerLiterals(
        QStringLiteral("SELECT id FROM fv_case WHERE case_number = ? AND seq > ?"), {QStringLiteral("26/00010"), 5});
    REQUIRE(sql);
    CHECK(*sql == QStringLiteral("SELECT id FROM fv_case WHERE case_number = '26/00010' AND seq > '5'"));
}

TEST_CASE("server literals: quotes in a value are doubled, so a value never ends its literal", "[server][sql]")
{
    const auto sql = withServerLiterals(QStringLiteral("SELECT ?"), {QStringLiteral("x'); DROP TABLE event; --")});
    REQUIRE(sql);
    CHECK(*sql == QStringLiteral("SELECT 'x''); DROP TABLE event; --'"));
    // Backslashes stay as they are (standard_conforming_strings = on, which the program sets).
    CHECK(*withServerLiterals(QStringLiteral("SELECT ?"), {QStringLiteral("a\\'b")})
          == QStringLiteral("SELECT 'a\\''b'"));
}

TEST_CASE("server literals: question marks in quoted text and names are no placeholders", "[server][sql]")
{
    const auto sql = withServerLiterals(QStringLiteral("SELECT 'why?', \"odd?name\" FROM t WHERE a = ?"), {1});
    REQUIRE(sql);
    CHECK(*sql == QStringLiteral("SELECT 'why?', \"odd?name\" FROM t WHERE a = '1'"));
    // A value with a question mark is not scanned again.
    CHECK(*withServerLiterals(QStringLiteral("SELECT ?, ?"), {QStringLiteral("?"), 2})
          == QStringLiteral("SELECT '?', '2'"));
}

TEST_CASE("server literals: nulls, booleans, bytes and numbers", "[server][sql]")
{
    const auto sql = withServerLiterals(
        QStringLiteral("VALUES (?, ?, ?, ?, ?, ?)"),
        {QVariant(), QVariant(QString()), true, QByteArray::fromHex("00ff41"), 2.5, qint64(9007199254740993)});
    REQUIRE(sql);
    // A null text is an empty text (as Database binds it); any other null is NULL.
    CHECK(*sql == QStringLiteral("VALUES (NULL, '', 'true', '\\x00ff41', '2.5', '9007199254740993')"));
    CHECK(*withServerLiterals(QStringLiteral("SELECT ?"), {QVariant(QByteArray())}) == QStringLiteral("SELECT NULL"));
}

TEST_CASE("server literals: too few or too many bindings give nothing", "[server][sql]")
{
    CHECK_FALSE(withServerLiterals(QStringLiteral("SELECT ?, ?"), {1}));
    CHECK_FALSE(withServerLiterals(QStringLiteral("SELECT ?"), {1, 2}));
    CHECK(withServerLiterals(QStringLiteral("SELECT 1"), {}) == QStringLiteral("SELECT 1"));
}

TEST_CASE("server literals: one value written alone as in a statement", "[server][sql]")
{
    CHECK(serverLiteral(QStringLiteral("it's")) == QStringLiteral("'it''s'"));
    CHECK(serverLiteral(QVariant()) == QStringLiteral("NULL"));
    CHECK(serverLiteral(QByteArray::fromHex("00ff")) == QStringLiteral("'\\x00ff'"));
    CHECK(serverLiteral(qint64(42)) == QStringLiteral("'42'"));
    CHECK(*withServerLiterals(QStringLiteral("VALUES (?)"), {QStringLiteral("a?b")})
          == QStringLiteral("VALUES (") + serverLiteral(QStringLiteral("a?b")) + QLatin1Char(')'));
}
