// The figures managers answer for: volumes per month, processing time with the paused days
// left out, the share decided in time, per registry and per outcome; stats --json and CSV.
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "calendar/NorwegianCalendar.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "demo/Generator.h"
#include "statistics/Statistics.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void setToday(const char *day)
{
    qputenv("FELLESVEDTAK_TODAY", day);
}

Application example(const QString &reference, const QString &registry, const QDate &received)
{
    // Read on the day the example was received: a received date after tomorrow is refused.
    const ScopedToday receivedDay(QDate(2026, 9, 14));
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    if (!app)
        throw std::runtime_error(app.error().toString().toStdString());
    Application a = app.value();
    a.reference = reference;
    a.received = received;
    a.dataSources.resize(1); // one source: the 30-day limit
    a.dataSources[0].registry = registry;
    a.linkage.reset();
    return a;
}

// Takes a case through the real operations: complete, perhaps a pause, assessment, the
// draft, approval by a second person on `decided`.
void decide(test::TempDb &t, const QString &number, const char *complete, const char *decided,
            const char *asked = nullptr, const char *answered = nullptr)
{
    CaseService ola = t.as(QStringLiteral("ola"));
    CaseService lise = t.as(QStringLiteral("lise"));
    CaseService kari = t.as(QStringLiteral("kari"));
    CaseworkService work(ola);
    setToday(complete);
    REQUIRE(work.complete(number).ok());
    if (asked) {
        setToday(asked);
        REQUIRE(work.requestInfo(number, QStringLiteral("Send protokollen")).ok());
        setToday(answered);
        REQUIRE(work.infoReceived(number).ok());
    }
    setToday(decided);
    auto rec = ola.load(number);
    REQUIRE(rec.ok());
    for (const AssessmentEntry &e : rec->casework.assessment.entries) {
        if (!e.required)
            continue;
        CaseworkService by(needsLawyer(e.item) ? lise : ola);
        REQUIRE(by.assess(number, e.item, AssessmentResult::Fulfilled, {}).ok());
    }
    DecisionService drafting(ola);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(drafting.draft(number).ok());
    REQUIRE(drafting.submit(number).ok());
    REQUIRE(DecisionService(kari).approve(number).ok());
}

} // namespace

TEST_CASE("processing time leaves the paused days out and counts working days", "[statistics]")
{
    test::TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    setToday("2026-03-02");
    const QString a = ola.registerApplication(example(QStringLiteral("HD-S-1"), QStringLiteral("KRG"), {2026, 3, 2}),
                                              QStringLiteral("a"))
                          .value();
    const QString b = ola.registerApplication(example(QStringLiteral("HD-S-2"), QStringLiteral("NPR"), {2026, 3, 2}),
                                              QStringLiteral("b"))
                          .value();
    setToday("2026-04-01");
    REQUIRE(ola.registerApplication(
                   example(QStringLiteral("HD-S-3"), QStringLiteral("NPR"), {2026, 4, 1}), QStringLiteral("c"))
                .ok());
    // a: complete Mon 2 March, decided Mon 16 March: 10 working days.
    decide(t, a, "2026-03-02", "2026-03-16");
    // b: complete 2 March, paused 9–16 March (5 working days), decided 11 May: 46 working
    // days in all (Easter and 1 May are holidays), 41 once the pause is left out – past 30.
    decide(t, b, "2026-03-02", "2026-05-11", "2026-03-09", "2026-03-16");
    const WorkingDayCalendar cal;
    REQUIRE(cal.workingDaysBetween({2026, 3, 2}, {2026, 3, 16}) == 10);
    const int bDays = usedWorkingDays(cal, {2026, 3, 2}, {2026, 5, 11}, {{{2026, 3, 9}, {2026, 3, 16}}});

    auto s = computeStatistics(t.db());
    REQUIRE(s.ok());
    CHECK(s->received == 3);
    CHECK(s->decided == 2);
    CHECK(s->open == 1);
    CHECK(s->times.cases == 2);
    CHECK(s->times.median == (10 + bDays) / 2.0);
    CHECK(s->times.p90 == bDays);
    CHECK(bDays == 41);
    CHECK(s->times.withinDeadline == 1);
    CHECK(s->times.withinDeadlineShare() == 0.5);

    REQUIRE(s->months.size() == 3);
    CHECK(s->months[0].month == QStringLiteral("2026-03"));
    CHECK(s->months[0].received == 2);
    CHECK(s->months[0].decided == 1);
    CHECK(s->months[1].received == 1);
    CHECK(s->months[2].month == QStringLiteral("2026-05"));
    CHECK(s->months[2].decided == 1);

    // NPR is the most requested (two applications), then KRG.
    REQUIRE(s->registries.size() == 11);
    CHECK(s->registries[0].code == QStringLiteral("NPR"));
    CHECK(s->registries[0].requested == 2);
    CHECK(s->registries[0].decided == 1);
    CHECK(s->registries[0].times.median == bDays);
    CHECK(s->registries[1].code == QStringLiteral("KRG"));
    CHECK(s->registries[1].granted == 1);

    REQUIRE(s->outcomes.size() == 3);
    CHECK(s->outcomes[0].outcome == QStringLiteral("granted"));
    CHECK(s->outcomes[0].decided == 2);

    // A period: only what was received and decided in March.
    auto march = computeStatistics(t.db(), {2026, 3, 1}, {2026, 3, 31});
    REQUIRE(march.ok());
    CHECK(march->received == 2);
    CHECK(march->decided == 1);
    CHECK(march->times.median == 10);
}

TEST_CASE("stats --json and every table as CSV", "[statistics][cli]")
{
    setToday("2026-11-22");
    test::TempDb t;
    REQUIRE(generateCases(t.db(), QStringLiteral("admin"), {600, 9}).ok());
    auto s = computeStatistics(t.db());
    REQUIRE(s.ok());
    CHECK(s->received == 600);
    CHECK(s->decided > 300);
    CHECK(s->times.median > 10);
    CHECK(s->times.p90 >= s->times.median);
    CHECK(s->times.withinDeadlineShare() > 0.2);
    CHECK(s->times.withinDeadlineShare() < 1.0);

    const auto tables = statisticsTables(s.value());
    REQUIRE(tables.size() == 5);
    for (const CsvTable &table : tables) {
        const QStringList lines = table.csv.trimmed().split(u'\n');
        CHECK(lines.size() > 1);
        const auto columns = lines.first().count(u',');
        for (const QString &line : lines)
            if (!line.contains(u'"'))
                CHECK(line.count(u',') == columns);
    }
    CHECK(tables[2].csv.contains(QStringLiteral("NPR,Norsk pasientregister,")));

    const QString db = t.path();
    t.close();
    auto r = test::cli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola"),
                        QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(u"received").toInt() == 600);
    CHECK(o.value(u"processingTime").toObject().value(u"medianWorkingDays").toDouble() == s->times.median);
    CHECK(o.value(u"registries").toArray().size() == 11);
    CHECK(o.value(u"months").toArray().size() >= 23);
    CHECK(test::cli(
              {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("May")})
              .status
          == 2);
}

TEST_CASE("linked applications are measured against the 60-day limit, others against 30", "[statistics]")
{
    test::TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    setToday("2026-03-02");
    // One source and no linkage; two sources; one source linked with an external source.
    const QString single =
        ola.registerApplication(
               example(QStringLiteral("HD-L-1"), QStringLiteral("KRG"), {2026, 3, 2}), QStringLiteral("a"))
            .value();
    Application twoSources = example(QStringLiteral("HD-L-2"), QStringLiteral("MFR"), {2026, 3, 2});
    twoSources.dataSources.push_back(twoSources.dataSources[0]);
    twoSources.dataSources[1].registry = QStringLiteral("NPR");
    const QString two = ola.registerApplication(twoSources, QStringLiteral("b")).value();
    Application external = example(QStringLiteral("HD-L-3"), QStringLiteral("NPR"), {2026, 3, 2});
    external.linkage = Linkage{
        QStringLiteral("Kobles til SSB-data"), {QStringLiteral("fødselsnummer")}, {QStringLiteral("SSB inntekt")}};
    const QString linked = ola.registerApplication(external, QStringLiteral("c")).value();
    // All three complete on 2 March and decided on 4 May: past 30 working days, within 60.
    const int days = WorkingDayCalendar().workingDaysBetween({2026, 3, 2}, {2026, 5, 4});
    REQUIRE(days > 30);
    REQUIRE(days <= 60);
    for (const QString &n : {single, two, linked})
        decide(t, n, "2026-03-02", "2026-05-04");

    auto s = computeStatistics(t.db());
    REQUIRE(s.ok());
    CHECK(s->decided == 3);
    CHECK(s->times.cases == 3);
    CHECK(s->times.median == days);
    CHECK(s->times.withinDeadline == 2); // the two linked ones
    const auto figures = [&s](const char *code) {
        for (const RegistryFigures &r : s->registries)
            if (r.code == QLatin1String(code))
                return r;
        return RegistryFigures{};
    };
    CHECK(figures("KRG").decided == 1);
    CHECK(figures("KRG").times.withinDeadline == 0);
    CHECK(figures("MFR").decided == 1);
    CHECK(figures("NPR").decided == 2);
    CHECK(figures("NPR").times.withinDeadline == 2);
    CHECK(figures("NPR").granted == 2);
}
