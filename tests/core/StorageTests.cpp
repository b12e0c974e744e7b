// The case database: migrations, round trips, case numbers and the audit trail.
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "application/ApplicationStore.h"
#include "casework/AuditLog.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>
#include <set>

using namespace fv;
using fv::test::TempDb;

// [sqlite-only]: the SQLite file itself (PRAGMAs, file permissions, the header).
TEST_CASE("a new database has the current schema with the 11 registries", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    REQUIRE(QFile(path).open(QIODevice::WriteOnly)); // a zero-byte file, as an interrupted create leaves
    // Opening never takes an empty file for a database; creating one reuses it.
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(path).size() == 0);
    auto db = test::createTestDatabase(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    auto registries = loadRegistries(*db.value());
    REQUIRE(registries.ok());
    REQUIRE(registries->size() == 11);
    CHECK(registries->front().code == QStringLiteral("DAR"));
    CHECK(registries->at(2).name == QStringLiteral("Medisinsk fødselsregister"));
    for (const Registry &r : registries.value()) {
        CHECK(!r.manager.isEmpty());
        CHECK(!r.regulation.isEmpty());
        CHECK(!r.variables.empty());
    }
    auto fk = db.value()->scalar(QStringLiteral("PRAGMA foreign_keys"));
    CHECK(fk->toInt() == 1);
    auto wal = db.value()->scalar(QStringLiteral("PRAGMA journal_mode"));
    CHECK(wal->toString() == QStringLiteral("wal"));
}

// [sqlite-only]: the SQLite file itself (PRAGMAs, file permissions, the header).
TEST_CASE("opening twice is idempotent and a new file is private to its owner", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/cases.db"));
    {
        auto db = test::createTestDatabase(path);
        REQUIRE(db.ok());
    }
    // Made once: a second create is refused and leaves the database as it was.
    auto twice = test::createTestDatabase(path);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("new file name")));
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == currentSchemaVersion());
    auto count = again.value()->scalar(QStringLiteral("SELECT count(*) FROM registry"));
    CHECK(count->toInt() == 11);
    const auto perms = QFileInfo(path).permissions();
    CHECK((perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
}

// [sqlite-only]: the SQLite file itself (PRAGMAs, file permissions, the header).
TEST_CASE("a database from a newer program and a file that is not a database are refused", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = test::createTestDatabase(newer);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    auto refused = Database::open(newer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("newer version")));
    CHECK(refused.error().where == newer);

    const QString text = dir.filePath(QStringLiteral("notes.db"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database\n");
    f.close();
    auto notDb = Database::open(text);
    REQUIRE_FALSE(notDb.ok());
    CHECK(notDb.error().message.contains(QStringLiteral("not a Fellesvedtak database")));
}

TEST_CASE("an application survives the round trip through the database", "[storage]")
{
    TempDb t;
    for (const char *name : {"example-application.json", "example-change-application.json"}) {
        const QByteArray bytes = test::readFile(test::specFile(QLatin1String(name)));
        auto parsed = parseApplicationJson(bytes, QLatin1String(name));
        REQUIRE(parsed.ok());
        auto cases = t.as(QStringLiteral("ola"));
        auto number = cases.importApplication(bytes, QLatin1String(name));
        REQUIRE(number.ok());
        auto rec = cases.load(number.value());
        REQUIRE(rec.ok());
        // Everything the applicant sent comes back: the export equals the parsed file.
        CHECK(applicationToJson(rec->application) == applicationToJson(parsed.value()));
        CHECK(rec->application.projectLeader.name == parsed->projectLeader.name);
    }
}

// [sqlite-only]: allocateCaseNumber is SQLite's allocator; the server numbers a case in fv_new_case
// (the refused import and the two processes below hold it to the same rules on both engines).
TEST_CASE("case numbers are YY/NNNNN, per year, without gaps", "[storage][casenumber][sqlite-only]")
{
    TempDb t;
    Transaction tx(t.db());
    REQUIRE(tx.isOpen());
    CHECK(allocateCaseNumber(t.db(), 2026).value() == QStringLiteral("26/00001"));
    CHECK(allocateCaseNumber(t.db(), 2026).value() == QStringLiteral("26/00002"));
    CHECK(allocateCaseNumber(t.db(), 2027).value() == QStringLiteral("27/00001"));
    CHECK(allocateCaseNumber(t.db(), 2026).value() == QStringLiteral("26/00003"));
}

TEST_CASE("a refused import gives its case number back", "[storage][casenumber]")
{
    TempDb t;
    auto cases = t.as(QStringLiteral("ola"));
    const QByteArray example = test::readFile(test::specFile(QStringLiteral("example-application.json")));
    auto first = cases.importApplication(example, QStringLiteral("a.json"));
    REQUIRE(first.ok());
    auto duplicate = cases.importApplication(example, QStringLiteral("b.json"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("already registered")));
    const QByteArray change = test::readFile(test::specFile(QStringLiteral("example-change-application.json")));
    auto second = cases.importApplication(change, QStringLiteral("c.json"));
    REQUIRE(second.ok());
    CHECK(second->endsWith(QStringLiteral("/00002")));
    auto count = t.db().scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    CHECK(count->toInt() == 2);
}

TEST_CASE("two processes importing at once never share a case number", "[storage][casenumber][race]")
{
    TempDb t;
    t.close();
    // Many distinct files, imported by two fellesvedtak-cli processes at the same time.
    QJsonObject base =
        QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json")))).object();
    QStringList filesA;
    QStringList filesB;
    for (int i = 0; i < 40; ++i) {
        base.insert(QStringLiteral("reference"), QStringLiteral("HD-RACE-%1").arg(i));
        const QString file = QDir(t.dir()).filePath(QStringLiteral("race-%1.json").arg(i));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(base).toJson());
        (i % 2 ? filesA : filesB) << file;
    }
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(FV_CLI_PATH),
            t.cliArgs(QStringLiteral("ola")) + QStringList{QStringLiteral("import")} + filesA);
    b.start(QStringLiteral(FV_CLI_PATH),
            t.cliArgs(QStringLiteral("ola")) + QStringList{QStringLiteral("import")} + filesB);
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    INFO("a: " << a.readAllStandardError().toStdString() << "\nb: " << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 40);
    std::set<int> numbers;
    for (const QString &line : lines)
        numbers.insert(line.section(QLatin1Char('\t'), 0, 0).section(QLatin1Char('/'), 1).toInt());
    CHECK(numbers.size() == 40);
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == 40); // no gaps
}

TEST_CASE("the audit trail records every change and refuses edits", "[storage][audit]")
{
    TempDb t;
    auto cases = t.as(QStringLiteral("ola"));
    auto number = cases.importApplication(
        test::readFile(test::specFile(QStringLiteral("example-application.json"))), QStringLiteral("x.json"));
    REQUIRE(number.ok());
    auto rec = cases.load(number.value());
    REQUIRE(rec.ok());
    REQUIRE(rec->events.size() == 1);
    CHECK(rec->events.front().actor == t.login(QStringLiteral("ola")));
    CHECK(rec->events.front().kind == QStringLiteral("imported"));
    CHECK(AuditLog::verify(t.db()).ok());

    auto update = t.db().exec(QStringLiteral("UPDATE event SET actor = 'mallory'"));
    CHECK_FALSE(update.ok());
    auto del = t.db().exec(QStringLiteral("DELETE FROM event"));
    CHECK_FALSE(del.ok());

    // Behind the program's back, with the triggers dropped: verify names the event. On the server
    // only its superuser can (docs/TEAM.md: that account stays with IT).
    if (TempDb::onServer()) {
        t.asSuperuser({QStringLiteral("ALTER TABLE event DISABLE TRIGGER event_no_change"),
                       QStringLiteral("UPDATE event SET detail = 'changed' WHERE id = 3")});
    } else {
        REQUIRE(t.db().exec(QStringLiteral("DROP TRIGGER event_no_update")).ok());
        REQUIRE(t.db().exec(QStringLiteral("UPDATE event SET detail = 'changed' WHERE id = 3")).ok());
    }
    auto broken = AuditLog::verify(t.db());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().where == QStringLiteral("event 3"));
}

TEST_CASE("a failed operation leaves nothing behind", "[storage][transaction]")
{
    TempDb t;
    {
        Transaction tx(t.db());
        REQUIRE(tx.isOpen());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '1')")).ok());
        {
            Transaction inner(t.db());
            REQUIRE(inner.isOpen());
            REQUIRE(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('b', '2')")).ok());
            // inner not committed: rolled back to its savepoint
        }
        REQUIRE(tx.commit().ok());
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'a'"))->toInt() == 1);
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'b'"))->toInt() == 0);
    {
        Transaction tx(t.db());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('c', '3')")).ok());
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'c'"))->toInt() == 0);
}
