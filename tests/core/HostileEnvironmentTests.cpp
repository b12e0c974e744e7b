// The database in hostile surroundings: write-protected, full, corrupt, from a newer program,
// locked by another process. Each gives a clear message, never a crash, and leaves the
// database intact.
#include "ReliabilitySupport.h"
#include "storage/Check.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

test::CliRun cli(const QString &db, const QString &as, const QStringList &args)
{
    return test::cliProcess(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), as} + args);
}

// One line on stderr, as the CLI contract asks of a refusal.
bool oneLine(const QString &text)
{
    return text.trimmed().count(QLatin1Char('\n')) == 0 && !text.trimmed().isEmpty();
}

// Sets an environment variable for the processes this test starts.
struct ScopedEnv
{
    QByteArray name;
    ScopedEnv(const char *n, const QByteArray &value) : name(n) { qputenv(n, value); }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};

} // namespace

TEST_CASE("a write-protected database opens read-only and refuses changes clearly", "[hostile][readonly]")
{
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0801"));
    t.close();
    REQUIRE(QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->isReadOnly());
    CaseService ola(*db.value(), Users::actor(*db.value(), QStringLiteral("ola")).value());
    CHECK(ola.list()->size() == 1);
    auto refused = ola.importApplication(
        test::exampleWithReference(QStringLiteral("HD-2026-0802")), QStringLiteral("b.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    db.value().reset();

    const QString file = test::writeExample(t.dir(), QStringLiteral("HD-2026-0803"));
    const auto run = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("import"), file});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("read-only")));
    CHECK(oneLine(run.err));
    CHECK(cli(t.path(), QStringLiteral("ola"), {QStringLiteral("list")}).status == 0);
    CHECK(cli(t.path(), QStringLiteral("ola"), {QStringLiteral("check")}).status == 0);
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a full disk gives a clear error and leaves the database intact", "[hostile][full]")
{
    TempDb t;
    const QString first = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0900"));
    // The database may grow by a few pages only: a disk that is nearly full.
    const int pages = t.db().scalar(QStringLiteral("PRAGMA page_count"))->toInt();
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 6)).ok());
    auto ola = t.as(QStringLiteral("ola"));
    int imported = 1;
    std::optional<Error> full;
    for (int i = 1; i < 60 && !full; ++i) {
        auto r = ola.importApplication(
            test::exampleWithReference(QStringLiteral("HD-2026-09%1").arg(i, 2, 10, QLatin1Char('0'))),
            QStringLiteral("f%1.json").arg(i));
        if (r)
            ++imported;
        else
            full = r.error();
    }
    REQUIRE(full.has_value());
    INFO(full->toString().toStdString());
    CHECK(full->message.contains(QStringLiteral("disk is full")));
    CHECK(full->message.contains(QStringLiteral("nothing was saved")));
    CHECK(full->where == QStringLiteral("f%1.json").arg(imported));

    // Intact: every imported case whole, the refused one absent, no case number lost.
    auto report = checkDatabase(t.db());
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
    CHECK(report->cases == imported);
    CHECK(t.db().scalar(QStringLiteral("SELECT last FROM case_sequence"))->toInt() == imported);
    CHECK(ola.load(first).ok());
    // With room again, work goes on.
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    CHECK(ola.importApplication(test::exampleWithReference(QStringLiteral("HD-2026-0999")), QStringLiteral("g")).ok());
    WARN("disk full after " << imported << " imports into " << pages << "+6 pages: " << full->toString().toStdString());
}

TEST_CASE("a corrupt database gives a clear error, never a crash", "[hostile][corrupt]")
{
    TempDb t;
    for (int i = 0; i < 6; ++i)
        test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-100%1").arg(i));
    t.close();
    const qint64 size = QFileInfo(t.path()).size();

    SECTION("pages overwritten in the middle")
    {
        QFile f(t.path());
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray garbage(int(size / 2), '\0');
        QRandomGenerator rng(42);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        f.seek(size / 4);
        f.write(garbage);
        f.close();
        const auto check = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("check")});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.status == 1);
        CHECK((check.err.contains(QStringLiteral("corrupt")) || check.err.contains(QStringLiteral("problem"))));
        const auto list = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("list")});
        CHECK((list.status == 1 || list.status == 0)); // a normal exit, not a crash (-1)
        if (list.status == 1)
            CHECK(list.err.contains(QStringLiteral("corrupt")));
    }
    SECTION("cut short, as an interrupted copy leaves it")
    {
        QFile f(t.path());
        REQUIRE(f.resize(size / 3));
        const auto list = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("list")});
        INFO(list.err.toStdString());
        CHECK(list.status == 1);
        CHECK(list.err.contains(QStringLiteral("corrupt")));
        CHECK(oneLine(list.err));
    }
    SECTION("the header destroyed")
    {
        QFile f(t.path());
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'x'));
        f.close();
        const auto list = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("list")});
        CHECK(list.status == 1);
        CHECK(list.err.contains(QStringLiteral("not a Fellesvedtak database")));
    }
}

TEST_CASE("a database from a newer program is refused with a message", "[hostile][newer]")
{
    TempDb t;
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA user_version = 42")).ok());
    t.close();
    const auto run = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("list")});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("newer version of Fellesvedtak")));
    CHECK(run.err.contains(QStringLiteral("update the program")));
    CHECK(oneLine(run.err));
    // Refused, not touched: the version is still the newer one.
    test::RawConnection raw(t.path());
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 42);
}

TEST_CASE("a database locked by another process gives a clear message", "[hostile][locked]")
{
    TempDb t;
    t.close();
    const QString file = test::writeExample(t.dir(), QStringLiteral("HD-2026-1101"));
    test::RawConnection other(t.path()); // another program, holding the write lock
    REQUIRE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    REQUIRE(other.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('held', '1')")));

    ScopedEnv timeout("FELLESVEDTAK_BUSY_TIMEOUT_MS", "300");
    QElapsedTimer timer;
    timer.start();
    const auto run = cli(t.path(), QStringLiteral("ola"), {QStringLiteral("import"), file});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("in use by another program")));
    CHECK(oneLine(run.err));
    CHECK(timer.elapsed() < 5000);
    // Reading goes on meanwhile.
    CHECK(cli(t.path(), QStringLiteral("ola"), {QStringLiteral("list")}).status == 0);

    REQUIRE(other.exec(QStringLiteral("COMMIT")));
    CHECK(cli(t.path(), QStringLiteral("ola"), {QStringLiteral("import"), file}).status == 0);
}

TEST_CASE("a short lock is waited for, not reported", "[hostile][locked]")
{
    TempDb t;
    t.close();
    const QString file = test::writeExample(t.dir(), QStringLiteral("HD-2026-1201"));
    test::RawConnection other(t.path());
    REQUIRE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QProcess p;
    p.start(QStringLiteral(FV_CLI_PATH),
            {QStringLiteral("--db"), t.path(), QStringLiteral("--as"), QStringLiteral("ola"), QStringLiteral("import"),
             file});
    REQUIRE(p.waitForStarted());
    QThread::msleep(700); // the other program finishes its work
    REQUIRE(other.exec(QStringLiteral("COMMIT")));
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("26/00001")));
}

TEST_CASE("errors name files, JSON paths and case numbers, never the applicant", "[privacy]")
{
    TempDb t;
    t.close();
    const QString name = QStringLiteral("Åse Kjærstad Ødegård");
    const QString email = QStringLiteral("ase.odegard@example.uio.no");
    const QString good = test::writeExample(t.dir(), QStringLiteral("HD-2026-1301"));
    // The same application with a broken e-mail address and a broken phone number.
    QByteArray broken = test::exampleWithReference(QStringLiteral("HD-2026-1302"));
    broken.replace(email.toUtf8(), QByteArrayLiteral("ase.odegard at example"));
    const QString bad = QDir(t.dir()).filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(broken);
    f.close();

    QStringList said;
    for (const auto &run :
         {cli(t.path(), QStringLiteral("ola"), {QStringLiteral("import"), good}),
          cli(t.path(), QStringLiteral("ola"), {QStringLiteral("import"), good}),
          cli(t.path(), QStringLiteral("ola"), {QStringLiteral("import"), bad}),
          cli(t.path(), QStringLiteral("kari"), {QStringLiteral("import"), bad}),
          cli(t.path(), QStringLiteral("kari"), {QStringLiteral("draft"), QStringLiteral("26/00001")}),
          cli(t.path(), QStringLiteral("ola"), {QStringLiteral("check")})})
        said << run.err << run.out;
    const QString all = said.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("bad.json")));
    CHECK(all.contains(QStringLiteral("projectLeader.email")));
    CHECK(all.contains(QStringLiteral("26/00001")));
    CHECK_FALSE(all.contains(name));
    CHECK_FALSE(all.contains(QStringLiteral("Ødegård")));
    CHECK_FALSE(all.contains(email));
    CHECK_FALSE(all.contains(QStringLiteral("ase.odegard")));
}

TEST_CASE("a database made by the command line is private to its owner", "[privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    REQUIRE(cli(path, QStringLiteral("boss"), {QStringLiteral("init")}).status == 0);
    const auto perms = QFileInfo(path).permissions();
    CHECK(perms == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}
