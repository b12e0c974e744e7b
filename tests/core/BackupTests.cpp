// backup, restore and check: a backup restores to the same cases; a bad backup is refused and
// changes nothing; every copy is private to its owner; a migration is preceded by a backup.
#include "ReliabilitySupport.h"
#include "application/ApplicationJson.h"
#include "casework/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Check.h"
#include "storage/Migrations.h"
#include "storage/SchemaSteps.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

bool privateFile(const QString &path)
{
    const auto p = QFileInfo(path).permissions();
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo::exists(path) && !(p & others);
}

// What a caseworker sees of every case: number, status, decision and the application itself.
QStringList casesAsSeen(Database &db)
{
    auto actor = Users::actor(db, QStringLiteral("admin"));
    REQUIRE(actor.ok());
    CaseService cases(db, actor.value());
    auto list = cases.list();
    REQUIRE(list.ok());
    QStringList out;
    for (const CaseSummary &s : list.value()) {
        auto rec = cases.load(s.caseNumber);
        REQUIRE(rec.ok());
        const Decision *d = rec->currentDecision();
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(s.caseNumber, toCode(s.status), d ? toCode(d->status) : QStringLiteral("-"),
                        QString::fromUtf8(applicationToJsonBytes(rec->application)));
    }
    return out;
}

test::CliRun cli(const TempDb &t, const QString &as, const QStringList &args)
{
    return test::cliProcess(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--as"), as} + args);
}

} // namespace

TEST_CASE("a backup restores to the same cases, and the replaced database is kept", "[backup]")
{
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0201"));
    test::decidedCase(t, QStringLiteral("HD-2026-0202"));
    const QStringList atBackup = casesAsSeen(t.db());
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("copy.fvbak"));
    auto info = backupDatabase(t.db(), backup);
    REQUIRE(info.ok());
    CHECK(info->cases == 2);
    CHECK(info->auditHead == AuditLog::verifyChain(t.db())->headHash);
    CHECK(privateFile(backup));
    CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral("-wal"))); // one self-contained file

    // Work goes on after the backup; then the backup is restored.
    test::decidedCase(t, QStringLiteral("HD-2026-0203"));
    const QStringList afterwards = casesAsSeen(t.db());
    t.close();
    auto restored = restoreDatabase(backup, t.path(), QStringLiteral("admin"));
    REQUIRE(restored.ok());
    CHECK(restored->restored.cases == 2);
    CHECK(privateFile(t.path()));
    CHECK(privateFile(restored->previousCopy));

    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(casesAsSeen(*db.value()) == atBackup);
    auto report = checkDatabase(*db.value());
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    // The restore itself is in the audit trail.
    CHECK(db.value()
              ->scalar(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'database-restored' AND "
                                      "actor = 'admin'"))
              ->toInt()
          == 1);
    // Nothing is lost: the replaced database, with the third case, is kept beside it.
    auto previous = Database::open(restored->previousCopy);
    REQUIRE(previous.ok());
    CHECK(casesAsSeen(*previous.value()) == afterwards);
}

TEST_CASE("a backup taken while another program writes is consistent", "[backup][concurrency]")
{
    TempDb t;
    QStringList files;
    for (int i = 0; i < 30; ++i)
        files << test::writeExample(t.dir(), QStringLiteral("HD-2026-1%1").arg(i, 3, 10, QLatin1Char('0')));
    QProcess writer;
    writer.start(QStringLiteral(FV_CLI_PATH),
                 QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--as"), QStringLiteral("ola"),
                             QStringLiteral("import")}
                     + files);
    REQUIRE(writer.waitForStarted());
    int copies = 0;
    QList<qint64> seen;
    while (writer.state() != QProcess::NotRunning || copies == 0) {
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("live-%1.bak").arg(copies++));
        auto info = backupDatabase(t.db(), backup);
        REQUIRE(info.ok());
        seen << info->cases;
        auto copy = Database::open(backup, Database::Mode::ReadOnly);
        REQUIRE(copy.ok());
        auto report = checkDatabase(*copy.value());
        REQUIRE(report.ok());
        INFO(report->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->ok());
        writer.waitForFinished(20);
    }
    CHECK(writer.exitCode() == 0);
    WARN(copies << " backups taken during 30 imports, holding " << seen.first() << " to " << seen.last() << " cases");
}

TEST_CASE("restore refuses a bad backup and changes nothing", "[backup][restore]")
{
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0301"));
    const QString good = QDir(t.dir()).filePath(QStringLiteral("good.bak"));
    REQUIRE(backupDatabase(t.db(), good).ok());
    const QStringList before = casesAsSeen(t.db());
    const qint64 eventsBefore = t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toLongLong();
    const auto refused = [&](const QString &file, const QString &login = QStringLiteral("admin")) {
        auto r = restoreDatabase(file, t.path(), login);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };

    SECTION("not a database")
    {
        const QString text = QDir(t.dir()).filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        t.close();
        CHECK(refused(text).message.contains(QStringLiteral("not a Fellesvedtak backup")));
    }
    SECTION("a backup with a forged audit trail")
    {
        {
            test::RawConnection raw(good);
            REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER event_no_update")));
            REQUIRE(raw.exec(QStringLiteral("UPDATE event SET actor = 'mallory' WHERE id = 2")));
        }
        t.close();
        const Error e = refused(good);
        CHECK(e.message.contains(QStringLiteral("event 2")));
        CHECK(e.where == good);
    }
    SECTION("a backup from a newer program")
    {
        {
            test::RawConnection raw(good);
            REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        t.close();
        CHECK(refused(good).message.contains(QStringLiteral("newer version")));
    }
    SECTION("a damaged backup")
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 3);
        f.write(QByteArray(4096 * 4, '\x5a'));
        f.close();
        t.close();
        CHECK(refused(good).where == good);
    }
    SECTION("someone not an administrator")
    {
        t.close();
        CHECK(refused(good, QStringLiteral("ola")).message.contains(QStringLiteral("admin")));
    }
    SECTION("while the database is open elsewhere")
    {
        // t keeps it open, as another Fellesvedtak window would.
        qputenv("FELLESVEDTAK_BUSY_TIMEOUT_MS", "200");
        CHECK(refused(good).message.contains(QStringLiteral("open in another")));
        qunsetenv("FELLESVEDTAK_BUSY_TIMEOUT_MS");
        t.close();
    }
    auto after = Database::open(t.path());
    REQUIRE(after.ok());
    CHECK(casesAsSeen(*after.value()) == before);
    CHECK(after.value()->scalar(QStringLiteral("SELECT count(*) FROM event"))->toLongLong() == eventsBefore);
    const QStringList leftovers = QDir(t.dir()).entryList(
        QStringList{QStringLiteral("*restore*")}, QDir::Files | QDir::Hidden);
    CHECK(leftovers.isEmpty());
}

TEST_CASE("backup refuses to overwrite the database or a file that is not a backup", "[backup]")
{
    TempDb t;
    auto self = backupDatabase(t.db(), t.path());
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("database itself")));
    const QString doc = QDir(t.dir()).filePath(QStringLiteral("report.odt"));
    QFile f(doc);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("a document");
    f.close();
    auto other = backupDatabase(t.db(), doc);
    REQUIRE_FALSE(other.ok());
    CHECK(test::readFile(doc) == QByteArray("a document"));
    // An older backup is replaced whole.
    const QString old = QDir(t.dir()).filePath(QStringLiteral("nightly.bak"));
    REQUIRE(backupDatabase(t.db(), old).ok());
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0401"));
    auto again = backupDatabase(t.db(), old);
    REQUIRE(again.ok());
    CHECK(again->cases == 1);
}

TEST_CASE("a schema upgrade is preceded by a private backup of the old file", "[backup][migration]")
{
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0501"));
    // As the previous program version left it: one schema step behind.
    const int old = currentSchemaVersion() - 1;
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA user_version = %1").arg(old)).ok());
    t.close();
    const QString copy = migrationBackupPath(t.path(), currentSchemaVersion());
    CHECK(copy.endsWith(QStringLiteral("cases.db.before-v%1.bak").arg(currentSchemaVersion())));

    // The last step runs again on tables it already made, and may or may not refuse to:
    // either way the copy was taken first, and a refused upgrade changed nothing.
    {
        auto db = Database::open(t.path());
        if (db)
            CHECK(db.value()->schemaVersion() == currentSchemaVersion());
        else
            CHECK(db.error().message.contains(QStringLiteral("upgrading the schema")));
    }
    REQUIRE(privateFile(copy));
    test::RawConnection raw(copy);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == old);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM fv_case")).toInt() == 1);
    CHECK(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("schema step 4 puts the audit trail's head at its last event", "[backup][migration][audit]")
{
    TempDb t;
    test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0502"));
    // The database as schema 3 had it: no head, no triggers of step 4.
    for (const char *sql :
         {"DROP TRIGGER event_moves_head", "DROP TRIGGER audit_head_forward", "DROP TRIGGER audit_head_no_delete",
          "DROP TRIGGER event_touches_case", "DROP TABLE audit_head"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    {
        Transaction tx(t.db());
        REQUIRE(upgradeToV4(t.db()).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT last_id FROM audit_head"))->toLongLong()
          == t.db().scalar(QStringLiteral("SELECT max(id) FROM event"))->toLongLong());
    CHECK(AuditLog::verify(t.db()).ok());
    const QString number = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0503"));
    CHECK(AuditLog::verify(t.db()).ok());
    CHECK(t.as(QStringLiteral("ola")).load(number)->rowVersion > 1); // the import's event moved it
}

TEST_CASE("a new database is not backed up before its first schema", "[backup][migration]")
{
    TempDb t;
    CHECK_FALSE(QFileInfo::exists(migrationBackupPath(t.path(), currentSchemaVersion())));
    CHECK(QDir(t.dir()).entryList(QStringList{QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("check finds a case that is not whole, and names it", "[check]")
{
    TempDb t;
    const QString number = test::importAs(t, QStringLiteral("ola"), QStringLiteral("HD-2026-0601"));
    auto clean = checkDatabase(t.db());
    REQUIRE(clean.ok());
    CHECK(clean->ok());
    CHECK(clean->cases == 1);
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    REQUIRE(t.db().exec(QStringLiteral("DELETE FROM application")).ok());
    REQUIRE(t.db().exec(QStringLiteral("DELETE FROM data_source WHERE pos > 0")).ok());
    REQUIRE(t.db().exec(QStringLiteral("UPDATE fv_case SET status = 'decided'")).ok());
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO data_source_variable VALUES (999, 0, 'x')")).ok());
    auto report = checkDatabase(t.db());
    REQUIRE(report.ok());
    const QString all = report->problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("case %1: has no application").arg(number)));
    CHECK(all.contains(QStringLiteral("case %1: the status decided does not fit its decision (none)").arg(number)));
    CHECK(all.contains(QStringLiteral("foreign key")));
    CHECK_FALSE(all.contains(QStringLiteral("Nordmann"))); // names no applicant
}

TEST_CASE("backup, check and restore from the command line", "[backup][cli]")
{
    TempDb t;
    test::decidedCase(t, QStringLiteral("HD-2026-0701"));
    t.close();
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("cli.bak"));
    auto made = cli(t, QStringLiteral("ola"), {QStringLiteral("backup"), backup});
    CHECK(made.status == 0);
    CHECK(made.out.contains(QStringLiteral("1 cases")));
    CHECK(privateFile(backup));

    auto checked = cli(t, QStringLiteral("ola"), {QStringLiteral("check")});
    CHECK(checked.status == 0);
    CHECK(checked.out.contains(QStringLiteral("ok")));

    CHECK(cli(t, QStringLiteral("ola"), {QStringLiteral("backup")}).status == 2);
    auto notAdmin = cli(t, QStringLiteral("ola"), {QStringLiteral("restore"), backup});
    CHECK(notAdmin.status == 1);
    CHECK(notAdmin.err.contains(QStringLiteral("admin")));
    auto restored = cli(t, QStringLiteral("admin"), {QStringLiteral("restore"), backup});
    CHECK(restored.status == 0);
    CHECK(restored.out.contains(QStringLiteral("kept as")));

    {
        test::RawConnection raw(t.path());
        REQUIRE(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(raw.exec(QStringLiteral("DELETE FROM decision_entry")));
    }
    auto damaged = cli(t, QStringLiteral("ola"), {QStringLiteral("check")});
    CHECK(damaged.status == 1);
    CHECK(damaged.out.contains(QStringLiteral("has no registry entries")));
    CHECK(damaged.err.contains(QStringLiteral("problem")));
}
