// Hostile surroundings, each refused cleanly and changing nothing: an impossible schema version,
// a full disk under every output file, a misspelt --db, no home folder, a fixed clock on a real
// database, and synthetic cases generated into real casework.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "demo/Generator.h"
#include "letters/DocumentService.h"
#include "storage/DatabaseKind.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// The CLI in a child process, its surroundings changed (TestSupport.h).
test::CliRun cliIn(const QStringList &args, const QStringList &unset = {},
                   const QList<QPair<QString, QString>> &set = {}, int fileSizeLimitKib = 0)
{
    return test::cliProcess(args, test::CliSurroundings{unset, set, fileSizeLimitKib});
}

QStringList dbArgs(const QString &db, const QStringList &args, const QString &as = QStringLiteral("admin"))
{
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), as} + args;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

// Every file under `dir`, so a test can see that nothing was left behind.
QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

void setUserVersion(const QString &path, qint64 version)
{
    test::RawConnection raw(path);
    REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
}

// The example application with 100 persons with access: an export of about 45 KB.
QByteArray largeApplication(const QString &reference)
{
    QJsonObject o = QJsonDocument::fromJson(test::exampleWithReference(reference)).object();
    QJsonArray persons;
    for (int i = 0; i < 100; ++i)
        persons.append(QJsonObject{
            {QStringLiteral("name"),
             QStringLiteral("Forsker nummer %1 med et langt navn").arg(i).leftJustified(190, u'x')},
            {QStringLiteral("institution"),
             QStringLiteral("Universitetet i Oslo, institutt %1").arg(i).leftJustified(190, u'y')}});
    o.insert(QStringLiteral("personsWithAccess"), persons);
    return QJsonDocument(o).toJson();
}

struct ClockEnv
{
    explicit ClockEnv(const char *day) { qputenv("FELLESVEDTAK_TODAY", day); }
    ~ClockEnv() { qunsetenv("FELLESVEDTAK_TODAY"); }
};

} // namespace

TEST_CASE("an impossible schema version is refused by every command, never a crash", "[hostile][version]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    for (const qint64 version : {qint64(-1), qint64(-2147483648LL), qint64(99), qint64(2147483647)}) {
        DYNAMIC_SECTION("user_version " << version)
        {
            TempDb t;
            const QString number = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-5001"));
            t.close();
            setUserVersion(t.path(), version);
            const QByteArray before = fileHash(t.path());
            const QString file = test::writeExample(t.dir(), QStringLiteral("HD-2026-5002"));
            const QStringList listed = filesIn(t.dir());
            for (const QStringList &command :
                 {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("check")},
                  QStringList{QStringLiteral("show"), number}, QStringList{QStringLiteral("import"), file},
                  QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
                  QStringList{QStringLiteral("stats")}}) {
                const auto run = cliIn(dbArgs(t.path(), command));
                INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
                CHECK(run.status == 1);
                CHECK(run.err.contains(QStringLiteral("schema")));
                CHECK(run.err.contains(t.path()));
                CHECK(run.err.trimmed().count(u'\n') == 0);
            }
            CHECK(fileHash(t.path()) == before);
            CHECK(filesIn(t.dir()) == listed); // no upgrade backup, no temporary file
            auto opened = Database::open(t.path());
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().where == t.path());
        }
    }
}

TEST_CASE("restore of a backup with an impossible schema version refuses and leaves nothing behind",
          "[hostile][version][restore]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-5101"));
    const QString backup = t.dir() + QStringLiteral("/bad-backup.db");
    REQUIRE(cliIn(dbArgs(t.path(), {QStringLiteral("backup"), backup})).status == 0);
    t.close();
    for (const qint64 version : {qint64(-7), qint64(1000)}) {
        setUserVersion(backup, version);
        const QByteArray target = fileHash(t.path());
        const QStringList listed = filesIn(t.dir());
        const auto run = cliIn(dbArgs(t.path(), {QStringLiteral("restore"), backup}));
        INFO(run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("schema")));
        CHECK(run.err.contains(QStringLiteral("nothing was changed")));
        CHECK(fileHash(t.path()) == target);
        CHECK(filesIn(t.dir()) == listed);
    }
}

TEST_CASE("output files are written whole or not at all on a full disk", "[hostile][full][output]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    test::ensureGuiApplication();
    TempDb t;
    const QString decided = test::decidedCase(t, QStringLiteral("HD-2026-5201"));
    auto ola = t.as(QStringLiteral("ola"));
    auto sent = DocumentService(ola).send(decided, LetterKind::Decision);
    REQUIRE(sent.ok());
    auto big = ola.importApplication(largeApplication(QStringLiteral("HD-2026-5202")), QStringLiteral("big.json"));
    REQUIRE(big.ok());
    t.close();

    const QString out = t.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(out));
    const QString docNo = QString::number(sent->documentNumber);
    const QList<QPair<QString, QStringList>> outputs = {
        {QStringLiteral("export.json"), {QStringLiteral("export"), big.value(), QStringLiteral("--out")}},
        {QStringLiteral("document.pdf"), {QStringLiteral("document"), decided, docNo, QStringLiteral("--out")}},
        {QStringLiteral("letter.pdf"),
         {QStringLiteral("letter"), decided, QStringLiteral("--kind"), QStringLiteral("decision"),
          QStringLiteral("--out")}},
        {QStringLiteral("backup.db"), {QStringLiteral("backup")}},
    };
    constexpr int limitKib = 34; // above SQLite's 32 KiB shared-memory file, below every output
    for (const auto &[name, command] : outputs) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString target = out + u'/' + name;
            // With room, the file is larger than the limit: the limit is what fails it below.
            const auto whole = cliIn(dbArgs(t.path(), command + QStringList{target}, QStringLiteral("ola")));
            INFO(whole.err.toStdString());
            REQUIRE(whole.status == 0);
            REQUIRE(QFileInfo(target).size() > limitKib * 1024);
            REQUIRE(QFile::remove(target));

            const auto full = cliIn(
                dbArgs(t.path(), command + QStringList{target}, QStringLiteral("ola")), {}, {}, limitKib);
            INFO(full.err.toStdString());
            CHECK(full.status == 1);
            CHECK(full.err.contains(target));
            CHECK(full.err.trimmed().count(u'\n') == 0);
            CHECK_FALSE(QFileInfo::exists(target));
            CHECK(filesIn(out).isEmpty()); // no partial file and no temporary one

            // An earlier file of that name stays as it was.
            {
                QFile earlier(target);
                REQUIRE(earlier.open(QIODevice::WriteOnly));
                earlier.write("earlier");
            }
            const auto again = cliIn(
                dbArgs(t.path(), command + QStringList{target}, QStringLiteral("ola")), {}, {}, limitKib);
            CHECK(again.status == 1);
            CHECK(test::readFile(target) == QByteArray("earlier"));
            CHECK(filesIn(out) == QStringList{target});
            REQUIRE(QFile::remove(target));
        }
    }
}

TEST_CASE("only init and demo make a database: a misspelt --db is refused", "[hostile][missing]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("cases-misspelt.db"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("user"), QStringLiteral("list")}}) {
        const auto run = cliIn(dbArgs(missing, command));
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("no case database at %1; create one with init").arg(missing)));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    CHECK(filesIn(dir.path()).isEmpty());
    // The core says it without command-line words, for the GUI.
    auto opened = Database::open(missing);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message == QStringLiteral("there is no case database at %1").arg(missing));
    CHECK_FALSE(QFileInfo::exists(missing));

    // init makes it; then the same commands work.
    REQUIRE(cliIn(dbArgs(missing, {QStringLiteral("init")})).status == 0);
    CHECK(cliIn(dbArgs(missing, {QStringLiteral("check")})).status == 0);
    CHECK(cliIn(dbArgs(missing, {QStringLiteral("list")})).status == 0);
}

TEST_CASE("without a home folder the default database is refused, not made under /", "[hostile][home]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    const bool existedBefore = QFileInfo::exists(QStringLiteral("/.local/share/fellesvedtak"));
    const QStringList unset{QStringLiteral("HOME"), QStringLiteral("XDG_DATA_HOME"), QStringLiteral("FELLESVEDTAK_DB")};
    for (const QStringList &command : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("list")},
                                       QStringList{QStringLiteral("demo")}}) {
        const auto run = cliIn(QStringList{QStringLiteral("--as"), QStringLiteral("admin")} + command, unset);
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("HOME is not set")));
        CHECK(run.err.contains(QStringLiteral("name the database file")));
    }
    CHECK(QFileInfo::exists(QStringLiteral("/.local/share/fellesvedtak")) == existedBefore);
    // Naming the file is enough.
    QTemporaryDir dir;
    const QString named = dir.filePath(QStringLiteral("x.db"));
    CHECK(cliIn(dbArgs(named, {QStringLiteral("init")}), unset).status == 0);
    CHECK(cliIn(QStringList{QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("list")}, unset,
                {{QStringLiteral("FELLESVEDTAK_DB"), named}})
              .status
          == 0);
}

TEST_CASE("FELLESVEDTAK_TODAY fixes the date only in a demo or test database", "[hostile][clock]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.db"));
    REQUIRE(cliIn(dbArgs(real, {QStringLiteral("init")})).status == 0);
    const QByteArray before = fileHash(real);

    SECTION("a real database is refused while it is set, naming the variable and the database")
    {
        const auto run = cliIn(dbArgs(real, {QStringLiteral("list")}), {},
                               {{QStringLiteral("FELLESVEDTAK_TODAY"), QStringLiteral("2020-01-01")}});
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("FELLESVEDTAK_TODAY")));
        CHECK(run.err.contains(real));
        CHECK(run.err.contains(QStringLiteral("real case database")));
        CHECK(fileHash(real) == before);
        ClockEnv clock("2020-01-01");
        auto opened = Database::open(real);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(real));
        CHECK_FALSE(todayFromEnvironmentAllowed());
        // A real database is not made while it is set either, and nothing is left of the attempt.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        CHECK_FALSE(Database::create(other, DatabaseKind::Real).ok());
        CHECK(cliIn(dbArgs(other, {QStringLiteral("init")})).status == 1);
        CHECK_FALSE(QFileInfo::exists(other));
    }
    SECTION("a test database runs on it; a bad value is an error, never ignored")
    {
        const QString testDb = dir.filePath(QStringLiteral("test.db"));
        REQUIRE(cliIn(dbArgs(testDb, {QStringLiteral("init"), QStringLiteral("--test")})).status == 0);
        {
            test::RawConnection raw(testDb);
            CHECK(raw.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'database.kind'")).toString()
                  == QStringLiteral("test"));
        }
        ClockEnv clock("2024-02-29");
        {
            auto opened = Database::open(testDb);
            REQUIRE(opened.ok());
            CHECK(today() == QDate(2024, 2, 29));
        }
        for (const char *bad : {"2024-02-30", "29.02.2024", "tomorrow"}) {
            qputenv("FELLESVEDTAK_TODAY", bad);
            auto refused = Database::open(testDb);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().where == QStringLiteral("FELLESVEDTAK_TODAY"));
            CHECK(refused.error().message.contains(QLatin1String(bad)));
            const auto run = cliIn(dbArgs(testDb, {QStringLiteral("list")}));
            CHECK(run.status == 1);
            CHECK(run.err.contains(QStringLiteral("FELLESVEDTAK_TODAY")));
        }
        // --test marks only a new database: a real one stays real.
        qunsetenv("FELLESVEDTAK_TODAY");
        const auto marked = cliIn(dbArgs(real, {QStringLiteral("init"), QStringLiteral("--test")}));
        CHECK(marked.status == 1);
        CHECK(fileHash(real) == before);
    }
}

TEST_CASE("generate refuses real casework and leaves nothing when it fails", "[hostile][generate]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    const auto count = [](Database &db, const char *table) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
    };
    SECTION("a real database with cases is refused")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("real.db"));
        REQUIRE(cliIn(dbArgs(path, {QStringLiteral("init")})).status == 0);
        REQUIRE(cliIn(dbArgs(path,
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ola"),
                              QStringLiteral("--role"), QStringLiteral("adviser")}))
                    .status
                == 0);
        REQUIRE(cliIn(dbArgs(path, {QStringLiteral("import"), test::writeExample(dir.path(), QStringLiteral("HD-1"))},
                             QStringLiteral("ola")))
                    .status
                == 0);
        const QByteArray before = fileHash(path);
        const auto run = cliIn(
            dbArgs(path, {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5")}));
        INFO(run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("real cases")));
        CHECK(fileHash(path) == before);
    }
    SECTION("an empty real database becomes a demo database")
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("empty.db")), DatabaseKind::Real);
        REQUIRE(db.ok());
        auto report = generateCases(*db.value(), QStringLiteral("admin"), GenerateOptions{3, 7});
        REQUIRE(report.ok());
        CHECK(databaseKind(*db.value()).value() == DatabaseKind::Demo);
        CHECK(count(*db.value(), "fv_case") == 3);
    }
    SECTION("a generate that fails half-way adds no users and no cases")
    {
        TempDb t;
        const qint64 users = count(t.db(), "app_user");
        const qint64 events = count(t.db(), "event");
        const int pages = t.db().scalar(QStringLiteral("PRAGMA page_count"))->toInt();
        REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40)).ok());
        auto report = generateCases(t.db(), QStringLiteral("admin"), GenerateOptions{400, 3});
        REQUIRE_FALSE(report.ok());
        INFO(report.error().toString().toStdString());
        CHECK(report.error().message.contains(QStringLiteral("disk is full")));
        CHECK(count(t.db(), "app_user") == users);
        CHECK(count(t.db(), "fv_case") == 0);
        CHECK(count(t.db(), "event") == events);
        REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
        CHECK(generateCases(t.db(), QStringLiteral("admin"), GenerateOptions{3, 3}).ok());
    }
}

TEST_CASE("a letter is rendered before the write transaction, and again if the case changed meanwhile",
          "[hostile][letters][lock]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    test::ensureGuiApplication();
    TempDb t;
    const QString number = test::decidedCase(t, QStringLiteral("HD-2026-5301"));
    auto ola = t.as(QStringLiteral("ola"));
    const auto documents = [&] { return t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt(); };
    const int before = documents();
    struct HookReset
    {
        ~HookReset() { DocumentService::setAfterRenderHook({}); }
    } reset;

    SECTION("another program writes while the letter is made")
    {
        bool wrote = false;
        DocumentService::setAfterRenderHook([&] {
            test::RawConnection other(t.path());
            wrote = other.exec(QStringLiteral("BEGIN IMMEDIATE"))
                && other.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('x.hostile', 'written')"))
                && other.exec(QStringLiteral("COMMIT"));
        });
        auto sent = DocumentService(ola).send(number, LetterKind::Receipt);
        REQUIRE(sent.ok());
        CHECK(wrote); // the write lock was free once the letter was rendered
        CHECK(documents() == before + 1);
    }
    SECTION("the case changes while the letter is made: it is made again")
    {
        int renders = 0;
        DocumentService::setAfterRenderHook([&] {
            if (++renders == 1) {
                test::RawConnection other(t.path());
                REQUIRE(other.exec(QStringLiteral("UPDATE fv_case SET row_version = row_version + 1")));
            }
        });
        auto sent = DocumentService(ola).send(number, LetterKind::Receipt);
        REQUIRE(sent.ok());
        CHECK(renders == 2);
        CHECK(sent->documentNumber == before + 1);
        CHECK(documents() == before + 1);
    }
    SECTION("a case that never holds still is refused, and nothing is stored")
    {
        DocumentService::setAfterRenderHook([&] {
            test::RawConnection other(t.path());
            REQUIRE(other.exec(QStringLiteral("UPDATE fv_case SET row_version = row_version + 1")));
        });
        auto sent = DocumentService(ola).send(number, LetterKind::Receipt);
        REQUIRE_FALSE(sent.ok());
        CHECK(sent.error().message.contains(QStringLiteral("try again")));
        CHECK(sent.error().where == number);
        CHECK(documents() == before);
    }
}

TEST_CASE("demo makes its own database and marks it as a demo database", "[hostile][clock][demo]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    QTemporaryDir dir;
    const auto kindOf = [](const QString &path) {
        test::RawConnection raw(path);
        return raw.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'database.kind'")).toString();
    };
    // A new file: made as a demo database.
    const QString fresh = dir.filePath(QStringLiteral("demo.db"));
    const auto made = cliIn(dbArgs(fresh, {QStringLiteral("demo")}, QStringLiteral("boss")));
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    CHECK(kindOf(fresh) == QStringLiteral("demo"));
    // The demo runs on a fixed date there.
    CHECK(cliIn(dbArgs(fresh, {QStringLiteral("list")}, QStringLiteral("boss")), {},
                {{QStringLiteral("FELLESVEDTAK_TODAY"), QStringLiteral("2026-11-20")}})
              .status
          == 0);
    // An empty database made by init: filled, and from then on a demo database.
    const QString initialised = dir.filePath(QStringLiteral("init.db"));
    REQUIRE(cliIn(dbArgs(initialised, {QStringLiteral("init")}, QStringLiteral("boss"))).status == 0);
    CHECK(kindOf(initialised).isEmpty()); // real: no mark
    REQUIRE(cliIn(dbArgs(initialised, {QStringLiteral("demo")}, QStringLiteral("boss"))).status == 0);
    CHECK(kindOf(initialised) == QStringLiteral("demo"));
}

TEST_CASE("output to a full disk on standard output is a failure, not done", "[hostile][full][output]")
{
    qunsetenv("FELLESVEDTAK_TODAY");
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-5401"));
    t.close();
    for (const QStringList &command :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("--json"), QStringLiteral("list")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026")}}) {
        QProcess p;
        p.start(QStringLiteral("bash"),
                QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" > /dev/full"),
                            QStringLiteral(FV_CLI_PATH)}
                    + dbArgs(t.path(), command, QStringLiteral("ola")));
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(command.join(u' ').toStdString() << ": " << err.toStdString());
        CHECK(p.exitCode() == 1);
        CHECK(err.contains(QStringLiteral("the output could not be written")));
        // With room, the same command is done.
        CHECK(cliIn(dbArgs(t.path(), command, QStringLiteral("ola"))).status == 0);
    }
}
