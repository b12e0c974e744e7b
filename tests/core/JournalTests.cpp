// The journal: every document in or out of a case is a journal entry, numbered in its case and
// its year; answers close incoming entries (the restanse list); screening for the public journal
// through the rule book, audited and liftable; the public and running journals.
#include "ArchiveSupport.h"
#include "ReliabilitySupport.h"
#include "archive/JournalService.h"
#include "casework/CaseworkService.h"
#include "storage/Migrations.h"

using namespace fv;
using fv::test::TempDb;

namespace {

std::vector<JournalEntry> journalOf(TempDb &t, const QString &number)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto entries = JournalService(ola).forCase(number);
    REQUIRE(entries.ok());
    return entries.value();
}

int eventCount(TempDb &t)
{
    return t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt();
}

QString journalRows(TempDb &t)
{
    auto q = t.db().exec(QStringLiteral("SELECT group_concat(id || screened || screening_basis || "
                                        "coalesce(closed_on, '') || closing_note, '|') FROM journal_entry"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toString() + t.db().scalar(QStringLiteral("SELECT count(*) FROM case_screening"))->toString();
}

// An applicant in a private capacity: the controller is her own sole proprietorship.
Application privateApplicant(const QString &reference)
{
    Application a = test::exampleApplication(reference);
    a.projectLeader.name = QStringLiteral("Kari Mykkeltveit Haugland");
    a.controller.name = QStringLiteral("Kari Mykkeltveit Haugland ENK");
    return a;
}

} // namespace

TEST_CASE("an imported application is the case's first journal entry, incoming, numbered in its year", "[journal]")
{
    TempDb t;
    const QString first = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7001")));
    const QString second = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7002")));
    const auto a = journalOf(t, first);
    const auto b = journalOf(t, second);
    REQUIRE(a.size() == 1);
    REQUIRE(b.size() == 1);
    CHECK(a[0].number == 1);
    CHECK(a[0].type == JournalType::Incoming);
    CHECK(a[0].status == JournalStatus::Registered);
    CHECK(a[0].year == today().year());
    CHECK(b[0].sequence == a[0].sequence + 1);
    CHECK(a[0].title.contains(test::exampleApplication(QStringLiteral("x")).project.title));
    REQUIRE(a[0].parties.size() == 1);
    CHECK(a[0].parties[0].name == QStringLiteral("Åse Kjærstad Ødegård"));
    CHECK(a[0].parties[0].organisation == QStringLiteral("Universitetet i Oslo"));
    CHECK_FALSE(a[0].parties[0].privateCapacity); // she acts for the university: public
    CHECK(a[0].isOpen());
    // Found by a party's name as people type it without Norwegian letters.
    auto ola = t.as(QStringLiteral("ola"));
    JournalQuery byParty;
    byParty.party = QStringLiteral("kjaerstad odegard");
    CHECK(JournalService(ola).find(byParty)->size() == 2);
    byParty.party = QStringLiteral("Nordmann");
    CHECK(JournalService(ola).find(byParty)->empty());
}

TEST_CASE("the decision letter is an outgoing entry that closes the open incoming ones", "[journal]")
{
    TempDb t;
    const QString number = test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-7010")));
    const auto entries = journalOf(t, number);
    REQUIRE(entries.size() == 2);
    const JournalEntry &letter = entries.back();
    CHECK(letter.type == JournalType::Outgoing);
    CHECK(letter.status == JournalStatus::Dispatched);
    CHECK(letter.documentNumber == 1);
    CHECK(letter.parties.at(0).role == JournalParty::Role::Recipient);
    REQUIRE(entries.front().closure);
    CHECK(entries.front().closure->method == QStringLiteral("BU"));
    CHECK(entries.front().closure->byEntryNumber == letter.number);
    auto ola = t.as(QStringLiteral("ola"));
    JournalQuery open;
    open.openOnly = true;
    CHECK(JournalService(ola).find(open)->empty());
}

TEST_CASE("answers are on the restanse list until closed by a note; a refused close changes nothing",
          "[journal][restanse]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7020")));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(test::prepareForDraft(ola, number).ok());
    CaseworkService work(ola);
    REQUIRE(work.requestInfo(number, QStringLiteral("Send the protocol"), today()).ok());
    REQUIRE(work.infoReceived(number, today()).ok());
    auto entries = journalOf(t, number);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].source == QStringLiteral("answer"));
    CHECK(entries[1].type == JournalType::Incoming);
    JournalQuery open;
    open.openOnly = true;
    CHECK(JournalService(ola).find(open)->size() == 2);

    const QString rows = journalRows(t);
    const int events = eventCount(t);
    JournalService journal(ola);
    CHECK_FALSE(journal.close(number, 2, QStringLiteral("BU"), QStringLiteral("x")).ok());  // only TE or TO
    CHECK_FALSE(journal.close(number, 2, QStringLiteral("TE"), QStringLiteral("  ")).ok()); // a note is needed
    CHECK_FALSE(journal.close(number, 9, QStringLiteral("TE"), QStringLiteral("x")).ok());  // no such entry
    auto admin = t.as(QStringLiteral("admin"));
    const auto refused = JournalService(admin).close(number, 2, QStringLiteral("TE"), QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("admin")));
    CHECK(journalRows(t) == rows);
    CHECK(eventCount(t) == events);

    REQUIRE(journal.close(number, 2, QStringLiteral("TE"), QStringLiteral("The protocol is on file")).ok());
    CHECK(eventCount(t) == events + 1);
    entries = journalOf(t, number);
    REQUIRE(entries[1].closure);
    CHECK(entries[1].closure->method == QStringLiteral("TE"));
    CHECK(entries[1].closure->note == QStringLiteral("The protocol is on file"));
    CHECK(JournalService(ola).find(open)->size() == 1);
    CHECK_FALSE(journal.close(number, 2, QStringLiteral("TE"), QStringLiteral("again")).ok()); // already closed
}

TEST_CASE("screening takes a basis from the list, goes through the rule book, is audited and can be lifted",
          "[journal][screening]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7030")));
    auto ola = t.as(QStringLiteral("ola"));
    JournalService journal(ola);
    const QString basis = QStringLiteral("Offl. § 13 jf. fvl. § 13");
    REQUIRE(journal.screeningBases()->contains(basis));

    const QString rows = journalRows(t);
    const int events = eventCount(t);
    const auto notListed = journal.screen(number, 1, QStringLiteral("because I say so"));
    REQUIRE_FALSE(notListed.ok());
    CHECK(notListed.error().message.contains(basis)); // the refusal names the choices
    auto admin = t.as(QStringLiteral("admin"));
    CHECK_FALSE(JournalService(admin).screen(number, 1, basis).ok()); // an admin is no caseworker
    CHECK_FALSE(journal.screen(number, 5, basis).ok());
    CHECK_FALSE(journal.unscreen(number, 1).ok()); // nothing to lift
    CHECK(journalRows(t) == rows);
    CHECK(eventCount(t) == events);

    REQUIRE(journal.screen(number, 1, basis).ok());
    auto e = journalOf(t, number).front();
    CHECK(e.isScreened());
    CHECK(e.screeningBasis == basis);
    CHECK(e.publicTitle() == e.kindTitle + QStringLiteral(" *****"));
    CHECK(e.publicName(e.parties.front()) == QStringLiteral("*****"));
    auto rec = ola.load(number);
    CHECK(rec->events.back().kind == QStringLiteral("journal-screened"));
    CHECK(rec->events.back().detail.contains(basis));

    REQUIRE(journal.unscreen(number, 1).ok());
    e = journalOf(t, number).front();
    CHECK_FALSE(e.isScreened());
    CHECK(e.publicName(e.parties.front()).contains(QStringLiteral("Åse Kjærstad Ødegård")));

    // The whole case: every entry, also those journalled later.
    REQUIRE(journal.screen(number, 0, QStringLiteral("Offl. § 14")).ok());
    e = journalOf(t, number).front();
    CHECK(e.caseScreened);
    CHECK(e.screeningBasis == QStringLiteral("Offl. § 14"));
    CHECK_FALSE(journal.unscreen(number, 1).ok()); // screened with the case, not on its own
    REQUIRE(journal.unscreen(number, 0).ok());
    CHECK_FALSE(journalOf(t, number).front().isScreened());
    CHECK(ola.load(number)->events.back().kind == QStringLiteral("journal-unscreened"));
}

TEST_CASE("the public journal shows no screened word or name, and unscreened entries whole", "[journal][public]")
{
    TempDb t;
    const QString open = test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-7040")));
    const QString privately = test::registerAs(t, privateApplicant(QStringLiteral("HD-2026-7041")));
    Application secret = test::exampleApplication(QStringLiteral("HD-2026-7042"));
    secret.project.title = QStringLiteral("Sjelden arvelig sykdom i én slekt fra Hasvik");
    secret.projectLeader.name = QStringLiteral("Torbjørn Skjelbred");
    const QString screened = test::registerAs(t, secret);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(JournalService(ola).screen(screened, 0, QStringLiteral("Offl. § 13 jf. fvl. § 13")).ok());

    const QString pub = t.dir() + QStringLiteral("/offentligJournal.xml");
    const QString run = t.dir() + QStringLiteral("/loependeJournal.xml");
    REQUIRE(JournalService(ola).writePublicJournal(today().addDays(-1), today(), pub).ok());
    REQUIRE(JournalService(ola).writeRunningJournal(today().addDays(-1), today(), run).ok());
    const QString published = QString::fromUtf8(test::readFile(pub));
    for (const char *word : {"Kari", "Mykkeltveit", "Haugland", "Hasvik", "Sjelden arvelig", "Torbjørn", "Skjelbred"}) {
        INFO(word);
        CHECK_FALSE(published.contains(QString::fromUtf8(word), Qt::CaseInsensitive));
    }
    CHECK(published.count(QStringLiteral("*****")) >= 3);
    CHECK(published.contains(QStringLiteral("Offl. § 13 jf. fvl. § 13")));
    // The unscreened case: its applicant, institution, title and both entries.
    const Application example = test::exampleApplication(QStringLiteral("x"));
    CHECK(published.contains(QStringLiteral("Åse Kjærstad Ødegård, Universitetet i Oslo")));
    CHECK(published.contains(example.project.title));
    CHECK(published.count(QStringLiteral("<journalregistrering>")) == 4);
    CHECK(published.contains(QStringLiteral("Besvart med utgående dokument")));
    // The running journal is internal: everything, with what is screened marked.
    const QString running = QString::fromUtf8(test::readFile(run));
    CHECK(running.contains(QStringLiteral("Kari Mykkeltveit Haugland")));
    CHECK(running.contains(QStringLiteral("Hasvik")));
    CHECK(ola.load(open).ok());
    CHECK(ola.load(privately).ok());
    if (!test::haveXmllint())
        SKIP("xmllint is not installed: the journals were not validated against Arkivverket's schemas");
    CHECK(test::schemaErrors(pub, QStringLiteral("offentligJournal.xsd")).toStdString() == std::string());
    CHECK(test::schemaErrors(run, QStringLiteral("loependeJournal.xsd")).toStdString() == std::string());
}

TEST_CASE("a public journal of a period with nothing journalled is refused and writes nothing", "[journal][public]")
{
    TempDb t;
    test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7050")));
    auto ola = t.as(QStringLiteral("ola"));
    const QString pub = t.dir() + QStringLiteral("/p.xml");
    CHECK_FALSE(JournalService(ola).writePublicJournal(QDate(2001, 1, 1), QDate(2001, 12, 31), pub).ok());
    CHECK_FALSE(JournalService(ola).writePublicJournal(today(), today().addDays(-1), pub).ok());
    CHECK_FALSE(QFileInfo::exists(pub));
}

TEST_CASE("a version 7 database gets its journal from the applications and letters it holds", "[journal][migration]")
{
    TempDb t;
    const QString number = test::decidedAndSent(t, test::exampleApplication(QStringLiteral("HD-2026-7060")));
    const QString other = test::registerAs(t, privateApplicant(QStringLiteral("HD-2026-7061")));
    for (const char *sql :
         {"DROP TABLE journal_party", "DROP TABLE journal_entry", "DROP TABLE journal_sequence",
          "DROP TABLE case_screening", "DELETE FROM setting WHERE key = 'journal.screening-bases'",
          "DROP TABLE incoming_document", "DROP TABLE revocation_registry", "DROP TABLE revocation",
          "DROP TABLE suspension",                               // schema 12
          "DROP TABLE delivery", "DROP TABLE project_end",       // version 9
          "ALTER TABLE fv_case DROP COLUMN foreign_legal_basis", // version 10
          "DROP TABLE appeal",                                   // version 11
          "PRAGMA user_version = 7"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    auto &reopened = db;
    auto id = reopened.value()->scalar(QStringLiteral("SELECT id FROM fv_case WHERE case_number = ?"), {number});
    auto entries = Journal::forCase(*reopened.value(), id->toLongLong());
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).type == JournalType::Incoming);
    CHECK(entries->at(1).type == JournalType::Outgoing);
    CHECK(entries->at(1).number == 2);
    CHECK(entries->at(1).documentNumber == 1);
    REQUIRE(entries->at(0).closure);
    CHECK(entries->at(0).closure->byEntryNumber == 2);
    auto otherId = reopened.value()->scalar(QStringLiteral("SELECT id FROM fv_case WHERE case_number = ?"), {other});
    auto privateEntries = Journal::forCase(*reopened.value(), otherId->toLongLong());
    REQUIRE(privateEntries->size() == 1);
    CHECK(privateEntries->front().parties.front().privateCapacity);
    CHECK(reopened.value()->scalar(QStringLiteral("SELECT count(DISTINCT journal_seq) FROM journal_entry"))->toInt()
          == 3);
}

TEST_CASE("journal commands: list as JSON, screen with exit codes, usage errors", "[journal][cli]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7070")));
    const QString db = t.path();
    t.close();
    const auto base = QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola")};
    auto listed = test::cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("journal"), number});
    REQUIRE(listed.status == 0);
    const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].toObject()[QStringLiteral("type")].toString() == QStringLiteral("I"));
    CHECK(
        entries[0].toObject()[QStringLiteral("journalNumber")].toString().startsWith(QString::number(today().year())));
    CHECK(test::cli(base + QStringList{QStringLiteral("journal"), QStringLiteral("screen"), number}).status == 2);
    auto bad = test::cli(base
                         + QStringList{QStringLiteral("journal"), QStringLiteral("screen"), number,
                                       QStringLiteral("--basis"), QStringLiteral("nope")});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(number));
    CHECK(test::cli(
              base
              + QStringList{QStringLiteral("journal"), QStringLiteral("screen"), number, number + QStringLiteral("-1"),
                            QStringLiteral("--basis"), QStringLiteral("Offl. § 13 jf. fvl. § 13")})
              .status
          == 0);
    auto shown = test::cli(base + QStringList{QStringLiteral("journal"), number});
    CHECK(shown.out.contains(QStringLiteral("*****")));
    CHECK(test::cli(base
                    + QStringList{QStringLiteral("journal"), QStringLiteral("public"), QStringLiteral("--from"),
                                  QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                  QStringLiteral("--out"), QStringLiteral("x")})
              .status
          == 2);
}
