// The files behind listed attachments: hash-checked in, hash-checked out, size-limited.
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "application/ApplicationStore.h"
#include "application/Attachments.h"
#include "storage/Transaction.h"

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

QString importExample(CaseService &cases)
{
    auto n = cases.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                     QStringLiteral("example-application.json"));
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("a listed attachment's file is stored when its SHA-256 matches, and comes back unchanged", "[attachments]")
{
    test::TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    const QString number = importExample(ola);
    Attachments attachments(ola);
    auto before = attachments.list(number);
    REQUIRE(before->size() == 2);
    CHECK(before->at(0).size == -1);

    // The example lists protokoll-v3.pdf with the SHA-256 of the four bytes "test".
    auto stored = attachments.attach(
        number, QStringLiteral("/tmp/somewhere/protokoll-v3.pdf"), QByteArrayLiteral("test"));
    REQUIRE(stored.ok());
    CHECK(stored->fileName == QStringLiteral("protokoll-v3.pdf"));
    CHECK(attachments.list(number)->at(0).size == 4);
    CHECK(attachments.content(number, QStringLiteral("protokoll-v3.pdf")).value() == QByteArrayLiteral("test"));

    auto rec = ola.load(number);
    CHECK(rec->events.back().kind == QStringLiteral("attachment-stored"));
    // The export is still what the applicant sent.
    CHECK(applicationToJson(rec->application)
          == applicationToJson(
              parseApplicationJson(
                  test::readFile(test::specFile(QStringLiteral("example-application.json"))), QStringLiteral("x"))
                  .value()));
}

TEST_CASE("a file that is not the one listed is refused with both hashes", "[attachments]")
{
    test::TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    const QString number = importExample(ola);
    Attachments attachments(ola);
    auto wrong = attachments.attach(number, QStringLiteral("protokoll-v3.pdf"), QByteArrayLiteral("not the protocol"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
    auto unknown = attachments.attach(number, QStringLiteral("notes.txt"), QByteArrayLiteral("hello"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("protokoll-v3.pdf")));
    CHECK(attachments.list(number)->at(0).size == -1);
    auto missing = attachments.content(number, QStringLiteral("protokoll-v3.pdf"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("not been attached")));
}

TEST_CASE("attachments over the size limit are refused, and only caseworkers attach", "[attachments]")
{
    test::TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    const QString number = importExample(ola);
    const QByteArray big(static_cast<qsizetype>(Attachments::maxBytes + 1), 'x');
    auto refused = Attachments(ola).attach(number, QStringLiteral("big.pdf"), big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("at most 20.0 MB")));
    auto kari = t.as(QStringLiteral("kari"));
    auto notAllowed = Attachments(kari).attach(number, QStringLiteral("protokoll-v3.pdf"), QByteArrayLiteral("test"));
    REQUIRE_FALSE(notAllowed.ok());
    CHECK(notAllowed.error().message.contains(QStringLiteral("kari")));
}

TEST_CASE("a stored file survives an edit of the application", "[attachments]")
{
    test::TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    const QString number = importExample(ola);
    Attachments attachments(ola);
    REQUIRE(attachments.attach(number, QStringLiteral("protokoll-v3.pdf"), QByteArrayLiteral("test")).ok());
    auto rec = ola.load(number);
    REQUIRE(rec.ok());
    {
        Transaction tx(t.db());
        REQUIRE(ApplicationStore::save(t.db(), rec->summary.id, rec->application).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(attachments.content(number, QStringLiteral("protokoll-v3.pdf")).value() == QByteArrayLiteral("test"));
}
