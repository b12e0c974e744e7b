// After the decision letter: the registry managers' deliveries and the end of the project, the
// work-queue views that show what is late, delivery statistics and the end-of-project reminder.
// Every day is fixed (ScopedToday), so the tests do not depend on when they run.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "casework/OfficeSettings.h"
#include "followup/FollowUpService.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "rules/Permissions.h"
#include "search/WorkQueue.h"
#include "statistics/Statistics.h"
#include "storage/Migrations.h"

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// The example asks for MFR, NPR, DAR and LMR (project end 2030-12-31, deletion 2031-12-31).
// Decided on 2026-10-01 with LMR refused; the decision letter is sent on `letterDay`.
QString sentCase(TempDb &t, const QString &reference, const QDate &letterDay = QDate(2026, 10, 5))
{
    QString number;
    {
        ScopedToday day(QDate(2026, 10, 1));
        number = test::importAs(t, QStringLiteral("ola"), reference);
        auto ola = t.as(QStringLiteral("ola"));
        test::prepareForDraft(t, number);
        REQUIRE(DecisionService(ola).draft(number).ok());
        auto rec = ola.load(number);
        REQUIRE(rec.ok());
        Decision d = *rec->currentDecision();
        for (RegistryDecision &e : d.entries)
            if (e.registry == QLatin1String("LMR")) {
                e.outcome = Outcome::Refused;
                e.reason = QStringLiteral("Legemiddelbruk er ikke nødvendig for formålet.");
            }
        REQUIRE(DecisionService(ola).saveDraft(number, d, rec->rowVersion).ok());
        test::settleAssessment(t, number);
        REQUIRE(DecisionService(ola).submit(number).ok());
        auto kari = t.as(QStringLiteral("kari"));
        REQUIRE(DecisionService(kari).approve(number).ok());
    }
    if (letterDay.isValid()) {
        ScopedToday day(letterDay);
        test::ensureGuiApplication();
        auto ola = t.as(QStringLiteral("ola"));
        auto sent = DocumentService(ola).send(number, LetterKind::Decision);
        INFO((sent ? std::string() : sent.error().toString().toStdString()));
        REQUIRE(sent.ok());
    }
    return number;
}

// What any follow-up change would touch.
QString state(TempDb &t)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM event", "SELECT group_concat(row_version) FROM fv_case",
          "SELECT group_concat(registry || ordered_on || coalesce(delayed_on, '') || "
          "coalesce(delivered_on, '')) FROM delivery",
          "SELECT count(*) || group_concat(coalesce(report_on, '') || coalesce(deleted_on, '')) "
          "FROM project_end",
          "SELECT count(*) FROM delivery"})
        parts << t.db().scalar(QLatin1String(sql))->toString();
    return parts.join(QLatin1Char('|'));
}

void refusedUnchanged(TempDb &t, const std::function<Status()> &op, const QString &mention)
{
    const QString before = state(t);
    const Status s = op();
    REQUIRE_FALSE(s.ok());
    INFO(s.error().toString().toStdString());
    CHECK(s.error().toString().contains(mention));
    CHECK(state(t) == before);
}

std::vector<QString> queue(TempDb &t, QueueKind kind, const QDate &day)
{
    auto user = Users::find(t.db(), QStringLiteral("ola"));
    REQUIRE(user.ok());
    auto q = WorkQueue::load(t.db(), *user.value(), day);
    REQUIRE(q.ok());
    std::vector<QString> numbers;
    for (const QueueItem &item : q->items(kind))
        numbers.push_back(item.summary.caseNumber);
    return numbers;
}

} // namespace

TEST_CASE("a delivery per granted registry is ordered, delayed with a reason and delivered, each audited",
          "[followup][delivery]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7001"));
    ScopedToday day(QDate(2026, 12, 1));
    auto ola = t.as(QStringLiteral("ola"));
    FollowUpService f(ola);
    REQUIRE(f.ordered(n, QStringLiteral("mfr"), QDate(2026, 10, 6)).ok());
    REQUIRE(f.ordered(n, QStringLiteral("NPR")).ok()); // today
    REQUIRE(f.delayed(n, QStringLiteral("NPR"), QStringLiteral("Venter på koblingsnøkkel fra SSB")).ok());
    REQUIRE(f.delivered(n, QStringLiteral("MFR"), QDate(2026, 11, 20)).ok());

    auto rec = ola.load(n);
    REQUIRE(rec.ok());
    CHECK(followup::deliveringRegistries(rec.value())
          == (QStringList{QStringLiteral("MFR"), QStringLiteral("NPR"), QStringLiteral("DAR")}));
    const Delivery *mfr = rec->followUp.delivery(QStringLiteral("MFR"));
    REQUIRE(mfr);
    CHECK(mfr->state() == DeliveryState::Delivered);
    CHECK(mfr->orderedOn == QDate(2026, 10, 6));
    CHECK(mfr->deliveredOn == QDate(2026, 11, 20));
    const Delivery *npr = rec->followUp.delivery(QStringLiteral("NPR"));
    REQUIRE(npr);
    CHECK(npr->state() == DeliveryState::Delayed);
    CHECK(npr->orderedOn == QDate(2026, 12, 1));
    CHECK(npr->delayReason == QStringLiteral("Venter på koblingsnøkkel fra SSB"));
    CHECK(rec->followUp.delivery(QStringLiteral("DAR")) == nullptr);

    QStringList kinds;
    for (const Event &e : rec->events)
        kinds << e.kind;
    CHECK(kinds.count(QStringLiteral("delivery-ordered")) == 2);
    CHECK(kinds.count(QStringLiteral("delivery-delayed")) == 1);
    CHECK(kinds.count(QStringLiteral("delivery-delivered")) == 1);
    CHECK(rec->events.back().detail == QStringLiteral("MFR on 2026-11-20"));
    CHECK(rec->events.back().actor == QStringLiteral("ola"));
    CHECK(AuditLog::verify(t.db()).ok());
}

TEST_CASE("a delivery that is impossible or not allowed is refused and changes nothing", "[followup][delivery]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7002"));
    const QString waiting = sentCase(t, QStringLiteral("HD-2026-7003"), QDate()); // approved, letter not sent
    ScopedToday day(QDate(2026, 12, 1));
    auto ola = t.as(QStringLiteral("ola"));
    FollowUpService f(ola);
    REQUIRE(f.ordered(n, QStringLiteral("DAR"), QDate(2026, 10, 20)).ok());
    REQUIRE(f.delivered(n, QStringLiteral("MFR"), QDate(2026, 11, 2)).ok());

    // A registry the decision refused, or one the application never asked for.
    refusedUnchanged(
        t, [&] { return f.ordered(n, QStringLiteral("LMR")); }, QStringLiteral("LMR"));
    refusedUnchanged(
        t, [&] { return f.ordered(n, QStringLiteral("KRG")); }, QStringLiteral("KRG"));
    // Impossible days: in the future, before the decision letter, before the order.
    refusedUnchanged(
        t, [&] { return f.delivered(n, QStringLiteral("NPR"), QDate(2026, 12, 2)); }, QStringLiteral("02.12.2026"));
    refusedUnchanged(
        t, [&] { return f.delivered(n, QStringLiteral("NPR"), QDate(2026, 10, 4)); }, QStringLiteral("05.10.2026"));
    refusedUnchanged(
        t, [&] { return f.delivered(n, QStringLiteral("DAR"), QDate(2026, 10, 19)); }, QStringLiteral("20.10.2026"));
    refusedUnchanged(
        t, [&] { return f.delivered(n, QStringLiteral("NPR"), QDate()); }, QStringLiteral("day"));
    // A delay needs its reason; what is delivered is done; an order is made once.
    refusedUnchanged(
        t, [&] { return f.delayed(n, QStringLiteral("NPR"), QStringLiteral("  ")); }, QStringLiteral("reason"));
    refusedUnchanged(
        t, [&] { return f.ordered(n, QStringLiteral("MFR")); }, QStringLiteral("02.11.2026"));
    refusedUnchanged(
        t, [&] { return f.ordered(n, QStringLiteral("DAR")); }, QStringLiteral("20.10.2026"));
    // Before the decision letter is sent there is nothing to follow up.
    refusedUnchanged(
        t, [&] { return f.ordered(waiting, QStringLiteral("MFR")); }, QStringLiteral("decision letter"));
    // The rule book: a decision-maker does not record deliveries.
    auto kari = t.as(QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return FollowUpService(kari).ordered(n, QStringLiteral("NPR")); }, QStringLiteral("kari"));
    CHECK(can(Action::RecordDelivery, kari.actor()).error().message.contains(QStringLiteral("kari")));
}

TEST_CASE("the end report and the confirmation of deletion are recorded once, on possible days",
          "[followup][project-end]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7004"));
    ScopedToday day(QDate(2031, 3, 1));
    auto lise = t.as(QStringLiteral("lise"));
    FollowUpService f(lise);
    refusedUnchanged(
        t, [&] { return f.endReportReceived(n, QDate(2031, 3, 2)); }, QStringLiteral("02.03.2031"));
    refusedUnchanged(
        t, [&] { return f.endReportReceived(n, QDate(2026, 10, 1)); }, QStringLiteral("05.10.2026"));
    REQUIRE(f.endReportReceived(n, QDate(2031, 2, 10)).ok());
    refusedUnchanged(
        t, [&] { return f.endReportReceived(n, QDate(2031, 2, 11)); }, QStringLiteral("10.02.2031"));
    REQUIRE(f.deletionConfirmed(n, QDate(2031, 2, 28)).ok());
    auto rec = lise.load(n);
    REQUIRE(rec.ok());
    CHECK(rec->followUp.end.reportOn == QDate(2031, 2, 10));
    CHECK(rec->followUp.end.deletedOn == QDate(2031, 2, 28));
    CHECK(rec->events.back().kind == QStringLiteral("deletion-confirmed"));
    auto kari = t.as(QStringLiteral("kari"));
    refusedUnchanged(
        t, [&] { return FollowUpService(kari).deletionConfirmed(n, QDate(2031, 2, 28)); }, QStringLiteral("kari"));
}

TEST_CASE("the work queue shows data not delivered, missing end reports and unconfirmed deletion when late",
          "[followup][queue]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7005")); // letter 2026-10-05: data due 2026-11-30
    const QString other = sentCase(t, QStringLiteral("HD-2026-7006"), QDate(2026, 11, 2)); // due 2026-12-28
    const auto notDelivered = [&](const QDate &d) { return queue(t, QueueKind::DataNotDelivered, d); };
    CHECK(notDelivered(QDate(2026, 11, 30)).empty());
    CHECK(notDelivered(QDate(2026, 12, 1)) == std::vector<QString>{n});
    CHECK(notDelivered(QDate(2026, 12, 29)) == std::vector<QString>{n, other}); // the most overdue first

    {
        auto user = Users::find(t.db(), QStringLiteral("ola"));
        auto q = WorkQueue::load(t.db(), *user.value(), QDate(2026, 12, 1));
        REQUIRE(q.ok());
        const auto items = q->items(QueueKind::DataNotDelivered);
        REQUIRE(items.size() == 1);
        REQUIRE(items.front().task);
        CHECK(items.front().task->kind == TaskKind::DataDelivery);
        CHECK(items.front().task->due == QDate(2026, 11, 30));
        CHECK(items.front().task->registry == QStringLiteral("MFR, NPR, DAR"));
        CHECK(items.front().overdue());
        CHECK(q->openCases() == 0); // decided cases are no open casework
        CHECK(q->items(QueueKind::Mine).empty());
    }
    {
        ScopedToday day(QDate(2026, 12, 10));
        auto ola = t.as(QStringLiteral("ola"));
        FollowUpService work(ola);
        for (const char *r : {"MFR", "NPR", "DAR"})
            REQUIRE(work.delivered(n, QLatin1String(r), QDate(2026, 12, 9)).ok());
    }
    CHECK(notDelivered(QDate(2026, 12, 29)) == std::vector<QString>{other});

    // The setting moves the limit: 12 weeks after 2026-11-02 is 2027-01-25.
    auto admin = t.as(QStringLiteral("admin"));
    REQUIRE(changeSetting(t.db(), admin.actor(), QStringLiteral("followup.deliveryWeeks"), QStringLiteral("12")).ok());
    CHECK(notDelivered(QDate(2027, 1, 25)).empty());
    CHECK(notDelivered(QDate(2027, 1, 26)) == std::vector<QString>{other});
    CHECK_FALSE(
        changeSetting(t.db(), admin.actor(), QStringLiteral("followup.deliveryWeeks"), QStringLiteral("0")).ok());

    // The project ends 2030-12-31; the report is late after four weeks' grace (2031-01-28).
    CHECK(queue(t, QueueKind::EndReportMissing, QDate(2031, 1, 28)).empty());
    CHECK(queue(t, QueueKind::EndReportMissing, QDate(2031, 1, 29)) == std::vector<QString>{n, other});
    // Deletion by 2031-12-31.
    CHECK(queue(t, QueueKind::DeletionNotConfirmed, QDate(2031, 12, 31)).empty());
    CHECK(queue(t, QueueKind::DeletionNotConfirmed, QDate(2032, 1, 1)).size() == 2);
    {
        ScopedToday day(QDate(2032, 1, 5));
        auto ola = t.as(QStringLiteral("ola"));
        REQUIRE(FollowUpService(ola).endReportReceived(n, QDate(2031, 2, 1)).ok());
        REQUIRE(FollowUpService(ola).deletionConfirmed(other, QDate(2032, 1, 4)).ok());
    }
    CHECK(queue(t, QueueKind::EndReportMissing, QDate(2032, 1, 5)) == std::vector<QString>{other});
    CHECK(queue(t, QueueKind::DeletionNotConfirmed, QDate(2032, 1, 5)) == std::vector<QString>{n});
}

TEST_CASE("delivery statistics give the median and 90th percentile of days from decision letter to delivery",
          "[followup][statistics]")
{
    TempDb t;
    // Four cases, their letters on 2026-10-05; MFR delivered after 10, 20, 30 and 100 days,
    // NPR after 40 days in one case.
    std::vector<QString> cases;
    for (int i = 0; i < 4; ++i)
        cases.push_back(sentCase(t, QStringLiteral("HD-2026-710%1").arg(i)));
    const QDate letter(2026, 10, 5);
    {
        ScopedToday day(QDate(2027, 3, 1));
        auto ola = t.as(QStringLiteral("ola"));
        FollowUpService f(ola);
        const int days[] = {20, 10, 100, 30};
        for (int i = 0; i < 4; ++i)
            REQUIRE(f.delivered(cases[static_cast<size_t>(i)], QStringLiteral("MFR"), letter.addDays(days[i])).ok());
        REQUIRE(f.delivered(cases[0], QStringLiteral("NPR"), letter.addDays(40)).ok());
    }
    auto s = computeStatistics(t.db());
    REQUIRE(s.ok());
    std::map<QString, DeliveryFigures> by;
    for (const DeliveryFigures &d : s->deliveries)
        by[d.code] = d;
    REQUIRE(by.count(QStringLiteral("MFR")));
    CHECK(by[QStringLiteral("MFR")].delivered == 4);
    CHECK(by[QStringLiteral("MFR")].median == 25.0);
    CHECK(by[QStringLiteral("MFR")].p90 == 100.0);
    CHECK(by[QStringLiteral("MFR")].waiting == 0);
    CHECK(by[QStringLiteral("NPR")].delivered == 1);
    CHECK(by[QStringLiteral("NPR")].median == 40.0);
    CHECK(by[QStringLiteral("NPR")].p90 == 40.0);
    CHECK(by[QStringLiteral("NPR")].waiting == 3);
    CHECK(by[QStringLiteral("DAR")].delivered == 0);
    CHECK(by[QStringLiteral("DAR")].waiting == 4);
    CHECK_FALSE(by.count(QStringLiteral("LMR"))); // refused everywhere: nothing to deliver

    // Only deliveries within the period count: the 100-day one was on 2027-01-13.
    auto early = computeStatistics(t.db(), QDate(2026, 10, 1), QDate(2026, 12, 31));
    REQUIRE(early.ok());
    for (const DeliveryFigures &d : early->deliveries)
        if (d.code == QLatin1String("MFR")) {
            CHECK(d.delivered == 3);
            CHECK(d.median == 20.0);
            CHECK(d.p90 == 30.0);
        }
    const QJsonObject json = statisticsToJson(s.value());
    const QJsonArray times = json.value(QStringLiteral("deliveryTime")).toArray();
    REQUIRE_FALSE(times.isEmpty());
    bool found = false;
    for (const QJsonValue &v : times)
        if (v[QStringLiteral("code")].toString() == QLatin1String("MFR")) {
            found = true;
            CHECK(v[QStringLiteral("medianDays")].toDouble() == 25.0);
            CHECK(v[QStringLiteral("p90Days")].toDouble() == 100.0);
        }
    CHECK(found);
}

TEST_CASE("the end-of-project reminder is refused until something is late, then says what, in each language",
          "[followup][letters]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7201"));
    test::ensureGuiApplication();
    {
        ScopedToday day(QDate(2031, 1, 28));
        auto ola = t.as(QStringLiteral("ola"));
        const QString before = state(t);
        const int documents = t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt();
        auto refused = DocumentService(ola).send(n, LetterKind::ProjectEndReminder);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("28.01.2031")));
        CHECK(state(t) == before);
        CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt() == documents);
    }
    ScopedToday day(QDate(2031, 2, 2)); // the report is late; deletion (2031-12-31) is not
    auto ola = t.as(QStringLiteral("ola"));
    struct Expect
    {
        Language language;
        QString heading, report, change;
    };
    for (const Expect &e :
         {Expect{Language::Bokmaal, QStringLiteral("Påminnelse om sluttrapport og sletting"),
                 QStringLiteral("Sluttrapport for prosjektet"), QStringLiteral("endringssøknad")},
          Expect{Language::Nynorsk, QStringLiteral("Påminning om sluttrapport og sletting"),
                 QStringLiteral("Sluttrapport for prosjektet"), QStringLiteral("endringssøknad")},
          Expect{Language::English, QStringLiteral("Reminder: end report and deletion"),
                 QStringLiteral("end report, which was due"), QStringLiteral("change application")}}) {
        auto in = LetterService(ola).input(n, LetterKind::ProjectEndReminder, e.language);
        REQUIRE(in.ok());
        auto letter = renderLetterPdf(in.value());
        REQUIRE(letter.ok());
        const QString text = letter->text.simplified();
        INFO(text.toStdString());
        CHECK(letter->title == e.heading);
        CHECK(text.contains(e.report));
        CHECK(text.contains(e.change));
        CHECK_FALSE(text.contains(QStringLiteral("{{")));
        // Only what is late is asked for.
        CHECK_FALSE(text.contains(e.language == Language::English       ? QStringLiteral("Confirmation that the data")
                                      : e.language == Language::Nynorsk ? QStringLiteral("Stadfesting på at")
                                                                        : QStringLiteral("Bekreftelse på at")));
    }
    auto sent = DocumentService(ola).send(n, LetterKind::ProjectEndReminder);
    REQUIRE(sent.ok());
    CHECK(sent->fileName().endsWith(QStringLiteral("paminnelse-prosjektslutt.pdf")));
    CHECK(ola.load(n)->events.back().kind == QStringLiteral("letter-sent"));
}

TEST_CASE("a version 8 database gains the delivery and project-end tables", "[followup][migration]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7301"));
    // Back to version 8: without step 9's tables and step 10's column.
    for (const char *sql :
         {"DROP TABLE incoming_document", "DROP TABLE revocation_registry", "DROP TABLE revocation",
          "DROP TABLE suspension", // schema 12
          "DROP TABLE appeal",     // schema 11
          "DROP TABLE delivery", "DROP TABLE project_end", "ALTER TABLE fv_case DROP COLUMN foreign_legal_basis",
          "PRAGMA user_version = 8"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM delivery"))->toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM project_end"))->toInt() == 0);
    CHECK(n.size() > 0);
}

TEST_CASE("delivery and project-end on the command line; a refused command changes nothing", "[followup][cli]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7401")); // letter 2026-10-05
    const QString path = t.path();
    t.close();
    ScopedToday day(QDate(2026, 12, 1));
    const auto run = [&](const QString &login, const QStringList &words) {
        return test::cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), login} + words);
    };
    const auto events = [&] {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        return db.value()
            ->scalar(QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM delivery) || '/' || (SELECT "
                                    "count(*) FROM project_end) FROM event"))
            ->toString();
    };
    const QString ola = QStringLiteral("ola");

    auto list = run(ola, {QStringLiteral("delivery"), n});
    REQUIRE(list.status == 0);
    CHECK(list.out.contains(QStringLiteral("2026-11-30")));
    CHECK(list.out.contains(QStringLiteral("OVERDUE")));
    REQUIRE(run(ola,
                {QStringLiteral("delivery"), n, QStringLiteral("MFR"), QStringLiteral("--ordered"),
                 QStringLiteral("2026-10-06")})
                .status
            == 0);
    REQUIRE(run(ola,
                {QStringLiteral("delivery"), n, QStringLiteral("npr"), QStringLiteral("--delayed"),
                 QStringLiteral("Venter på koblingsnøkkel")})
                .status
            == 0);
    REQUIRE(
        run(ola,
            {QStringLiteral("delivery"), n, QStringLiteral("DAR"), QStringLiteral("--delayed"),
             QStringLiteral("--reason"), QStringLiteral("Ferie"), QStringLiteral("--on"), QStringLiteral("2026-11-02")})
            .status
        == 0);
    REQUIRE(run(ola,
                {QStringLiteral("delivery"), n, QStringLiteral("MFR"), QStringLiteral("--delivered"),
                 QStringLiteral("2026-11-20")})
                .status
            == 0);
    auto json = run(ola, {QStringLiteral("--json"), QStringLiteral("delivery"), n});
    REQUIRE(json.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("caseNumber")).toString() == n);
    CHECK(o.value(QStringLiteral("deliveryDue")).toString() == QStringLiteral("2026-11-30"));
    const QJsonArray rows = o.value(QStringLiteral("deliveries")).toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][QStringLiteral("registry")].toString() == QStringLiteral("MFR"));
    CHECK(rows[0][QStringLiteral("state")].toString() == QStringLiteral("delivered"));
    CHECK(rows[0][QStringLiteral("orderedOn")].toString() == QStringLiteral("2026-10-06"));
    CHECK_FALSE(rows[0][QStringLiteral("overdue")].toBool());
    CHECK(rows[1][QStringLiteral("state")].toString() == QStringLiteral("delayed"));
    CHECK(rows[1][QStringLiteral("delayReason")].toString() == QStringLiteral("Venter på koblingsnøkkel"));
    CHECK(rows[1][QStringLiteral("overdue")].toBool());
    CHECK(rows[2][QStringLiteral("delayedOn")].toString() == QStringLiteral("2026-11-02"));

    // Refusals (1) and usage errors (2) say what and where, and change nothing.
    const QString before = events();
    struct Refusal
    {
        QString login;
        QStringList words;
        int status;
        QString mention;
    };
    const QString d = QStringLiteral("delivery");
    for (const Refusal &r : {
             Refusal{ola, {d, n, QStringLiteral("LMR"), QStringLiteral("--ordered")}, 1, QStringLiteral("LMR")},
             Refusal{ola,
                     {d, n, QStringLiteral("NPR"), QStringLiteral("--delivered"), QStringLiteral("2026-02-30")},
                     1,
                     QStringLiteral("2026-02-30")},
             Refusal{ola,
                     {d, n, QStringLiteral("NPR"), QStringLiteral("--delivered"), QStringLiteral("2027-01-01")},
                     1,
                     QStringLiteral("01.01.2027")},
             Refusal{ola,
                     {d, n, QStringLiteral("NPR"), QStringLiteral("--delivered"), QStringLiteral("2026-10-01")},
                     1,
                     QStringLiteral("05.10.2026")},
             Refusal{ola, {d, n, QStringLiteral("MFR"), QStringLiteral("--ordered")}, 1, QStringLiteral("MFR")},
             Refusal{QStringLiteral("kari"),
                     {d, n, QStringLiteral("NPR"), QStringLiteral("--ordered")},
                     1,
                     QStringLiteral("kari")},
             Refusal{ola,
                     {d, n, QStringLiteral("NPR"), QStringLiteral("--ordered"), QStringLiteral("--delivered"),
                      QStringLiteral("2026-11-01")},
                     2,
                     QStringLiteral("--ordered")},
             Refusal{ola, {d, n, QStringLiteral("NPR"), QStringLiteral("--delayed")}, 2, QStringLiteral("reason")},
             Refusal{ola,
                     {QStringLiteral("project-end"), n, QStringLiteral("--report"), QStringLiteral("2026-11-30"),
                      QStringLiteral("--deleted"), QStringLiteral("2026-11-30")},
                     2,
                     QStringLiteral("--report")},
             Refusal{ola,
                     {QStringLiteral("project-end"), n, QStringLiteral("--deleted"), QStringLiteral("2026-12-02")},
                     1,
                     QStringLiteral("02.12.2026")},
             Refusal{ola,
                     {QStringLiteral("send"), n, QStringLiteral("--kind"), QStringLiteral("project-end-reminder")},
                     1,
                     QStringLiteral("nothing about the end of the project is late")},
         }) {
        const auto result = run(r.login, r.words);
        INFO(r.words.join(QLatin1Char(' ')).toStdString() << " → " << result.err.toStdString());
        CHECK(result.status == r.status);
        CHECK(result.err.contains(r.mention));
        CHECK(events() == before);
    }

    REQUIRE(
        run(ola, {QStringLiteral("project-end"), n, QStringLiteral("--report"), QStringLiteral("2026-11-30")}).status
        == 0);
    auto end = run(ola, {QStringLiteral("--json"), QStringLiteral("project-end"), n});
    REQUIRE(end.status == 0);
    const QJsonObject e = QJsonDocument::fromJson(end.out.toUtf8()).object();
    CHECK(e.value(QStringLiteral("endReportReceived")).toString() == QStringLiteral("2026-11-30"));
    CHECK(e.value(QStringLiteral("deletionDate")).toString() == QStringLiteral("2031-12-31"));
    CHECK(e.value(QStringLiteral("deletionConfirmed")).isNull());
    CHECK_FALSE(e.value(QStringLiteral("deletionLate")).toBool());

    // stats --json: MFR delivered 46 days after the letter.
    auto stats = run(ola, {QStringLiteral("--json"), QStringLiteral("stats")});
    REQUIRE(stats.status == 0);
    bool found = false;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("deliveryTime")).toArray())
        if (v[QStringLiteral("code")].toString() == QLatin1String("MFR")) {
            found = true;
            CHECK(v[QStringLiteral("delivered")].toInt() == 1);
            CHECK(v[QStringLiteral("medianDays")].toDouble() == 46.0);
        }
    CHECK(found);
}

TEST_CASE("the real program exits 1 on a refused delivery and 2 on a usage error", "[followup][cli]")
{
    TempDb t;
    const QString n = sentCase(t, QStringLiteral("HD-2026-7402"));
    const QString path = t.path();
    t.close();
    const QStringList env{QStringLiteral("FELLESVEDTAK_TODAY=2026-12-01")};
    const QStringList base{
        QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("ola"), QStringLiteral("delivery"), n};
    auto refused = test::cliProcess(base + QStringList{QStringLiteral("LMR"), QStringLiteral("--ordered")}, env);
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("LMR")));
    auto usage = test::cliProcess(base + QStringList{QStringLiteral("NPR"), QStringLiteral("--shipped")}, env);
    CHECK(usage.status == 2);
    auto done = test::cliProcess(base + QStringList{QStringLiteral("NPR"), QStringLiteral("--ordered")}, env);
    CHECK(done.status == 0);
    CHECK(done.out.contains(QStringLiteral("NPR")));
}
