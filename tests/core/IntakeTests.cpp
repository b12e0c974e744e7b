// Intake beyond the file import: manual registration (validated like an import, nothing
// written when invalid) and editing a case's application until a decision is drafted.
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "decision/DecisionService.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

Application example()
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    return app.value();
}

qint64 count(TempDb &t, const QString &table)
{
    auto n = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    REQUIRE(n.ok());
    return n->toLongLong();
}

QString registerExample(TempDb &t, const QString &reference = QStringLiteral("HD-2026-000417"))
{
    Application app = example();
    app.reference = reference;
    auto number = t.as(QStringLiteral("ola")).registerManual(app);
    REQUIRE(number.ok());
    return number.value();
}

} // namespace

TEST_CASE("a valid manual registration becomes a case with every field, from manual entry", "[intake]")
{
    TempDb t;
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.registerManual(example());
    REQUIRE(number.ok());
    CHECK(number.value() == QStringLiteral("26/00001"));
    auto rec = ola.load(number.value());
    REQUIRE(rec.ok());
    CHECK(applicationToJson(rec->application) == applicationToJson(example()));
    CHECK(rec->summary.status == CaseStatus::Received);
    REQUIRE_FALSE(rec->events.empty());
    CHECK(rec->events.front().kind == QStringLiteral("imported"));
    CHECK(rec->events.front().detail.contains(QStringLiteral("manual entry")));
}

TEST_CASE("manual registration stores texts trimmed, as the import does", "[intake]")
{
    TempDb t;
    Application app = example();
    app.reference = QStringLiteral("  HD-2026-009999 ");
    app.project.funding = QStringLiteral("   "); // an optional text left blank is absent
    auto number = t.as(QStringLiteral("ola")).registerManual(app);
    REQUIRE(number.ok());
    auto rec = t.as(QStringLiteral("ola")).load(number.value());
    CHECK(rec->application.reference == QStringLiteral("HD-2026-009999"));
    CHECK(rec->application.project.funding.isEmpty());
}

TEST_CASE("an invalid manual registration is refused with the first problem and writes nothing", "[intake]")
{
    TempDb t;
    Application app = example();
    app.controller.orgNumber = QStringLiteral("971035855"); // check digit wrong
    app.dataSources[1].variables.clear();
    const qint64 events = count(t, QStringLiteral("event"));
    auto refused = t.as(QStringLiteral("ola")).registerManual(app);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().startsWith(QStringLiteral("controller.orgNumber: ")));
    CHECK(refused.error().toString().contains(QStringLiteral("MOD11")));
    CHECK(count(t, QStringLiteral("fv_case")) == 0);
    CHECK(count(t, QStringLiteral("application")) == 0);
    CHECK(count(t, QStringLiteral("event")) == events);
    // No case number was used up: the next registration gets the first one.
    CHECK(registerExample(t) == QStringLiteral("26/00001"));
}

TEST_CASE("a registration by hand keeps to the same limits as an import: lengths and dates", "[intake][limits]")
{
    TempDb t;
    const qint64 events = count(t, QStringLiteral("event"));
    const auto refused = [&](const Application &app) {
        auto r = t.as(QStringLiteral("ola")).registerManual(app);
        REQUIRE_FALSE(r.ok());
        return r.error().toString();
    };
    Application app = example();
    // A 1 MB title once made a receipt of 661 pages.
    app.project.title = QString(1024 * 1024, u'a');
    CHECK(refused(app).startsWith(QStringLiteral("project.title: the text is 1048576 characters long; this field "
                                                 "holds at most 300")));
    app = example();
    app.personsWithAccess[0].institution = QString(201, u'\u00f8');
    CHECK(refused(app).startsWith(QStringLiteral("personsWithAccess[0].institution: the text is 201 characters")));
    app = example();
    app.received = today().addDays(2);
    CHECK(refused(app).startsWith(QStringLiteral("received: %1 is outside the possible dates for this field")
                                      .arg(today().addDays(2).toString(Qt::ISODate))));
    app.received = today().addDays(1); // tomorrow is still possible: an application sent across midnight
    CHECK(t.as(QStringLiteral("ola")).registerManual(app).ok());
    CHECK(count(t, QStringLiteral("fv_case")) == 1);
    CHECK(count(t, QStringLiteral("event")) > events);
}

TEST_CASE("only an adviser, lawyer or admin registers applications", "[intake][roles]")
{
    TempDb t;
    auto refused = t.as(QStringLiteral("kari")).registerManual(example());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("kari may not register applications")));
    CHECK(count(t, QStringLiteral("fv_case")) == 0);
    CHECK(t.as(QStringLiteral("lise")).registerManual(example()).ok());
}

TEST_CASE("manual registration refuses a reference that is already registered", "[intake]")
{
    TempDb t;
    registerExample(t);
    auto again = t.as(QStringLiteral("ola")).registerManual(example());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already registered as case 26/00001")));
    CHECK(count(t, QStringLiteral("fv_case")) == 1);
}

TEST_CASE("editing before a draft replaces the application and records which fields changed", "[intake][edit]")
{
    TempDb t;
    const QString number = registerExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    const qint64 versionBefore = ola.load(number)->rowVersion;
    Application app = ola.load(number)->application;
    app.project.title = QStringLiteral("Svangerskapsdiabetes og hjertesykdom – revidert tittel");
    app.personsWithAccess.push_back({QStringLiteral("Øystein Ås"), QStringLiteral("Universitetet i Bergen")});
    REQUIRE(ola.updateApplication(number, app, versionBefore).ok());

    auto rec = ola.load(number);
    CHECK(rec->application.project.title == QStringLiteral("Svangerskapsdiabetes og hjertesykdom – revidert tittel"));
    CHECK(rec->application.personsWithAccess.size() == 3);
    CHECK(rec->rowVersion > versionBefore);
    const Event &last = rec->events.back();
    CHECK(last.kind == QStringLiteral("application-edited"));
    CHECK(last.actor == QStringLiteral("ola"));
    CHECK(last.detail == QStringLiteral("changed: personsWithAccess, project"));
    // The log names fields, never their values: no personal data in it.
    CHECK_FALSE(last.detail.contains(QStringLiteral("Øystein")));
    CHECK_FALSE(last.detail.contains(QStringLiteral("revidert")));
    // The search index follows the edit.
    CaseFilter filter;
    filter.search = QStringLiteral("oystein");
    auto found = ola.list(filter);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().caseNumber == number);
}

TEST_CASE("an edit that changes nothing records nothing", "[intake][edit]")
{
    TempDb t;
    const QString number = registerExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    const qint64 events = count(t, QStringLiteral("event"));
    REQUIRE(ola.updateApplication(number, ola.load(number)->application).ok());
    CHECK(count(t, QStringLiteral("event")) == events);
}

TEST_CASE("an invalid edit is refused naming the field, and the case keeps its application", "[intake][edit]")
{
    TempDb t;
    const QString number = registerExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    Application app = ola.load(number)->application;
    app.project.end = QDate(2026, 1, 1); // before the start
    const qint64 events = count(t, QStringLiteral("event"));
    const Status refused = ola.updateApplication(number, app);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().startsWith(number + QStringLiteral(": project.end: ")));
    CHECK(ola.load(number)->application.project.end == QDate(2030, 12, 31));
    CHECK(count(t, QStringLiteral("event")) == events);
}

TEST_CASE("the application can no longer be edited once a decision is drafted", "[intake][edit]")
{
    TempDb t;
    const QString number = registerExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    DecisionService decisions(ola);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(decisions.draft(number).ok());
    Application app = ola.load(number)->application;
    app.project.title = QStringLiteral("Ny tittel");
    const Status refused = ola.updateApplication(number, app);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("a decision has been drafted")));
    CHECK(refused.error().where == number);
    CHECK(ola.load(number)->application.project.title != QStringLiteral("Ny tittel"));
}

TEST_CASE("editable while received or assessed, never after", "[intake][edit]")
{
    for (CaseStatus s : {CaseStatus::Received, CaseStatus::CompletenessCheck, CaseStatus::WaitingForApplicant,
                         CaseStatus::UnderAssessment})
        CHECK(applicationEditable(s, false).ok());
    for (CaseStatus s :
         {CaseStatus::DecisionDraft, CaseStatus::AwaitingApproval, CaseStatus::Decided, CaseStatus::LetterSent,
          CaseStatus::Closed, CaseStatus::Forwarded, CaseStatus::Withdrawn, CaseStatus::RejectedNoReply})
        CHECK_FALSE(applicationEditable(s, false).ok());
    // A draft returned to an earlier status still counts: its decision exists.
    CHECK_FALSE(applicationEditable(CaseStatus::UnderAssessment, true).ok());
    CHECK(applicationEditable(CaseStatus::Forwarded, false)
              .error()
              .message.contains(QStringLiteral("forwarded"), Qt::CaseInsensitive));
}

TEST_CASE("an edit keeps references unique", "[intake][edit]")
{
    TempDb t;
    const QString first = registerExample(t, QStringLiteral("HD-2026-000001"));
    const QString second = registerExample(t, QStringLiteral("HD-2026-000002"));
    auto ola = t.as(QStringLiteral("ola"));
    Application app = ola.load(second)->application;
    app.reference = QStringLiteral("HD-2026-000001");
    const Status refused = ola.updateApplication(second, app);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already registered as case %1").arg(first)));
    CHECK(ola.load(second)->application.reference == QStringLiteral("HD-2026-000002"));
    // A new reference of its own is fine.
    app.reference = QStringLiteral("HD-2026-000003");
    REQUIRE(ola.updateApplication(second, app).ok());
    CHECK(ola.load(second)->events.back().detail == QStringLiteral("changed: reference"));
}

TEST_CASE("an edit on top of someone else's change is refused", "[intake][edit][concurrency]")
{
    TempDb t;
    const QString number = registerExample(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto lise = t.as(QStringLiteral("lise"));
    const CaseRecord opened = ola.load(number).value();
    Application theirs = opened.application;
    theirs.population = QStringLiteral("Alle fødende 2010–2020.");
    REQUIRE(lise.updateApplication(number, theirs, opened.rowVersion).ok());
    Application mine = opened.application;
    mine.project.title = QStringLiteral("Min tittel");
    const Status refused = ola.updateApplication(number, mine, opened.rowVersion);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("lise")));
    CHECK(ola.load(number)->application.population == QStringLiteral("Alle fødende 2010–2020."));
}

TEST_CASE("a decision-maker may not edit an application", "[intake][edit][roles]")
{
    TempDb t;
    const QString number = registerExample(t);
    Application app = t.as(QStringLiteral("ola")).load(number)->application;
    app.project.title = QStringLiteral("Ny tittel");
    const Status refused = t.as(QStringLiteral("kari")).updateApplication(number, app);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("kari may not correct applications")));
}

TEST_CASE("edit-application replaces a case's application from a file, with the same rules", "[intake][cli]")
{
    TempDb t;
    const QString number = registerExample(t);
    Application app = example();
    app.storage.environment = QStringLiteral("SAFE");
    const QString file = t.dir() + QStringLiteral("/edited.json");
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(applicationToJsonBytes(app));
    }
    const QStringList base{QStringLiteral("--db"), t.path(), QStringLiteral("--as"), QStringLiteral("ola")};
    auto run = test::cli(base + QStringList{QStringLiteral("edit-application"), number, file});
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("%1: application changed (storage)").arg(number)));
    CHECK(t.as(QStringLiteral("ola")).load(number)->application.storage.environment == QStringLiteral("SAFE"));

    run = test::cli(base + QStringList{QStringLiteral("edit-application"), number});
    CHECK(run.status == 2);

    auto ola = t.as(QStringLiteral("ola"));
    DecisionService decisions(ola);
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(decisions.draft(number).ok());
    run = test::cli(base + QStringList{QStringLiteral("edit-application"), number, file});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("a decision has been drafted")));
}
