// Revocation when conditions are broken, reversal without appeal (fvl § 35) and suspended
// implementation (fvl § 42): the advance notice (fvl § 16) with its deadline, the decision
// proposed by one person and approved by another, the stop-delivery notices to each registry
// manager, the letters in three languages, refusals that change nothing, and the schema step.
// Every day is fixed (ScopedToday).
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "decision/DecisionService.h"
#include "followup/FollowUp.h"
#include "followup/FollowUpService.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "revocation/RevocationService.h"
#include "rules/Permissions.h"
#include "statistics/Statistics.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

const QDate decidedDay(2026, 10, 1);
const QDate letterDay(2026, 10, 5);

// The example (MFR, NPR, DAR, LMR: Folkehelseinstituttet's) with BIV as well (Direktoratet for
// medisinske produkter): two registry managers deliver. Approved with everything granted, the
// decision letter sent on letterDay. "per" is a lawyer who is also a decision-maker.
QString sentCase(TempDb &t)
{
    REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("per"), {Role::Lawyer, Role::DecisionMaker},
                       QStringLiteral("Per Åsen"))
                .ok());
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    DataSource biv = app->dataSources.front();
    biv.registry = QStringLiteral("BIV");
    biv.variables = QStringList{QStringLiteral("legemiddel"), QStringLiteral("bivirkning")};
    biv.justification = QStringLiteral("Bivirkningsmeldinger som utfall.");
    app->dataSources.push_back(biv);
    QString number;
    {
        ScopedToday day(decidedDay);
        auto ola = t.as(QStringLiteral("ola"));
        auto n = ola.registerApplication(app.value(), QStringLiteral("example-application.json"));
        REQUIRE(n.ok());
        number = n.value();
        test::prepareForDraft(t, number);
        REQUIRE(DecisionService(ola).draft(number).ok());
        test::settleAssessment(t, number);
        REQUIRE(DecisionService(ola).submit(number).ok());
        auto kari = t.as(QStringLiteral("kari"));
        REQUIRE(DecisionService(kari).approve(number).ok());
    }
    ScopedToday day(letterDay);
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto sent = DocumentService(ola).send(number, LetterKind::Decision);
    INFO(str(sent ? QString() : sent.error().toString()));
    REQUIRE(sent.ok());
    return number;
}

// What any revocation step would touch.
QString state(TempDb &t)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM event", "SELECT count(*) FROM document",
          "SELECT group_concat(row_version) FROM fv_case",
          "SELECT count(*) || group_concat(coalesce(outcome, '') || coalesce(proposed_by, '') || "
          "coalesce(approved_by, '') || coalesce(comment_on, '')) FROM revocation",
          "SELECT count(*) || group_concat(revoked) FROM revocation_registry",
          "SELECT count(*) || group_concat(coalesce(granted, '') || coalesce(ended_on, '')) FROM suspension",
          "SELECT count(*) FROM delivery WHERE stopped_on IS NOT NULL"})
        parts << t.db().scalar(QLatin1String(sql))->toString();
    return parts.join(QLatin1Char('|'));
}

void refusedUnchanged(TempDb &t, const std::function<Status()> &op, const QString &mention)
{
    const QString before = state(t);
    const Status s = op();
    REQUIRE_FALSE(s.ok());
    INFO(str(s.error().toString()));
    CHECK(s.error().toString().contains(mention));
    CHECK(state(t) == before);
}

Status status(const Result<std::vector<SentLetter>> &r)
{
    return r ? ok() : Status(r.error());
}

QStringList eventKinds(CaseService &cases, const QString &number)
{
    QStringList kinds;
    const auto rec = cases.load(number);
    REQUIRE(rec.ok());
    for (const Event &e : rec->events)
        kinds << e.kind;
    return kinds;
}

} // namespace

TEST_CASE("a revocation with advance notice, decision and stop-delivery notices to each manager", "[revocation]")
{
    TempDb t;
    const QString n = sentCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto per = t.as(QStringLiteral("per"));
    auto kari = t.as(QStringLiteral("kari"));

    // The advance notice: its letter goes to the applicant with the deadline (14 days by default).
    {
        ScopedToday day(QDate(2026, 11, 2));
        RevocationRequest notice;
        notice.grounds = QStringLiteral("Opplysningene er lagret utenfor det godkjente miljøet, i strid med vilkår 3.");
        auto sent = RevocationService(ola).notify(n, notice);
        INFO(str(sent ? QString() : sent.error().toString()));
        REQUIRE(sent.ok());
        REQUIRE(sent->size() == 1);
        CHECK(sent->front().kind == LetterKind::RevocationNotice);
        auto rec = ola.load(n);
        const Revocation *open = rec->revocation.open();
        REQUIRE(open);
        CHECK(open->commentDue == QDate(2026, 11, 16));
        CHECK(open->registries
              == QStringList({QStringLiteral("BIV"), QStringLiteral("DAR"), QStringLiteral("LMR"),
                              QStringLiteral("MFR"), QStringLiteral("NPR")}));
        // Before the deadline, and without a comment, nothing is decided.
        refusedUnchanged(
            t, [&] { return RevocationService(per).propose(n, RevocationOutcome::Revoked, QStringLiteral("Brudd.")); },
            QStringLiteral("until 16.11.2026"));
        // A second notice waits for the first.
        refusedUnchanged(
            t, [&] { return status(RevocationService(ola).notify(n, notice)); }, QStringLiteral("is not decided yet"));
    }
    ScopedToday day(QDate(2026, 11, 20));
    REQUIRE(RevocationService(per)
                .propose(n, RevocationOutcome::Revoked, QStringLiteral("Dere har ikke svart, og bruddet er alvorlig."))
                .ok());
    // The proposer is a decision-maker too, yet may not approve their own proposal (four eyes).
    refusedUnchanged(
        t, [&] { return status(RevocationService(per).approve(n)); }, QStringLiteral("four-eyes"));
    // An adviser may not approve at all.
    refusedUnchanged(
        t, [&] { return status(RevocationService(ola).approve(n)); }, QStringLiteral("needs the role"));
    // Nor the database itself lets one person propose and approve.
    CHECK_FALSE(
        t.db().exec(QStringLiteral("UPDATE revocation SET approved_by = proposed_by, decided_on = '2026-11-20'")).ok());

    auto letters = RevocationService(kari).approve(n);
    INFO(str(letters ? QString() : letters.error().toString()));
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 3);
    CHECK(letters->at(0).kind == LetterKind::RevocationDecision);
    CHECK(letters->at(1).kind == LetterKind::StopDelivery);
    CHECK(letters->at(2).kind == LetterKind::StopDelivery);
    const QString first = letters->at(1).registry, second = letters->at(2).registry;
    CHECK(((first == QLatin1String("BIV")) != (second == QLatin1String("BIV")))); // one to each manager

    auto rec = kari.load(n);
    REQUIRE(rec.ok());
    const Revocation &decided = rec->revocation.revocations.back();
    CHECK(decided.state() == RevocationState::Decided);
    CHECK(decided.approvedBy == QStringLiteral("kari"));
    CHECK(decided.proposedBy == QStringLiteral("per"));
    for (const QString &code : followup::deliveringRegistries(rec.value())) {
        const Delivery *d = rec->followUp.delivery(code);
        REQUIRE(d);
        CHECK(d->state() == DeliveryState::Stopped);
    }
    // A stopped delivery is never chased, however late.
    CHECK(followup::overdueDeliveries(rec.value(), QDate(2027, 6, 1)).isEmpty());
    // Nor counted as waiting in the delivery statistics.
    auto stats = computeStatistics(t.db());
    REQUIRE(stats.ok());
    for (const DeliveryFigures &d : stats->deliveries) {
        INFO(str(d.code));
        CHECK(d.waiting == 0);
    }
    // Every step is in the audit trail, and every letter is a stored, journalled document.
    const QStringList kinds = eventKinds(kari, n);
    for (const char *k : {"revocation-notified", "revocation-proposed", "revocation-approved"})
        CHECK(kinds.contains(QLatin1String(k)));
    CHECK(kinds.count(QStringLiteral("letter-sent")) == 4);
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT count(*) FROM journal_entry WHERE source IN ('letter:revocation-notice', "
                                     "'letter:revocation', 'letter:stop-delivery')"))
              ->toInt()
          == 4);
    // A manager told to stop is not recorded as delivering afterwards.
    refusedUnchanged(
        t, [&] { return FollowUpService(ola).delivered(n, QStringLiteral("MFR"), QDate(2026, 11, 20)); },
        QStringLiteral("stopped on 20.11.2026"));
}

TEST_CASE("revocation letters in bokmål, nynorsk and English carry their mandatory elements", "[revocation][letters]")
{
    TempDb t;
    const QString n = sentCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto lise = t.as(QStringLiteral("lise"));
    auto kari = t.as(QStringLiteral("kari"));
    {
        ScopedToday day(QDate(2026, 11, 2));
        RevocationRequest notice;
        notice.grounds = QStringLiteral("Opplysningene er delt med en forsker som ikke står i søknaden.");
        notice.registries = {QStringLiteral("mfr"), QStringLiteral("BIV")};
        notice.commentDays = 21;
        REQUIRE(RevocationService(ola).notify(n, notice).ok());
    }
    ScopedToday day(QDate(2026, 11, 10));
    REQUIRE(RevocationService(ola).comment(n, QDate(2026, 11, 9), QStringLiteral("Vi beklager.")).ok());
    REQUIRE(RevocationService(lise)
                .propose(n, RevocationOutcome::Partly, QStringLiteral("Delingen gjaldt bare bivirkningsdata."),
                         {QStringLiteral("BIV")})
                .ok());
    REQUIRE(RevocationService(kari).approve(n).ok());
    REQUIRE(ola.load(n)->followUp.delivery(QStringLiteral("BIV"))->state() == DeliveryState::Stopped);
    CHECK_FALSE(ola.load(n)->followUp.delivery(QStringLiteral("MFR"))); // kept: still delivered

    struct Expect
    {
        Language language;
        const char *decisionTitle, *kept, *appeal, *deletion, *stop;
    };
    const Expect expected[] = {
        {Language::Bokmaal, "Vedtak om tilbakekall", "gjelder som før", "forvaltningsloven §§ 28 og 29", "skal slettes",
         "straks stanse all utlevering"},
        {Language::Nynorsk, "Vedtak om tilbakekall", "gjeld som før", "forvaltningslova §§ 28 og 29", "skal slettast",
         "straks stanse all utlevering"},
        {Language::English, "Decision to revoke access", "continues as before", "sections 28 and 29", "must be deleted",
         "stop at once every delivery"},
    };
    for (const Expect &e : expected) {
        INFO(str(toCode(e.language)));
        const auto render = [&](LetterKind kind, const QString &registry = {}) {
            auto in = LetterService(ola).input(n, kind, e.language, registry);
            REQUIRE(in.ok());
            auto letter = renderLetterPdf(in.value());
            REQUIRE(letter.ok());
            CHECK_FALSE(letter->text.contains(QStringLiteral("{{")));
            return letter->text.simplified();
        };
        const QString decision = render(LetterKind::RevocationDecision);
        CHECK(decision.contains(QString::fromUtf8(e.decisionTitle)));
        CHECK(decision.contains(QString::fromUtf8(e.kept)));
        CHECK(decision.contains(QString::fromUtf8(e.appeal)));
        CHECK(decision.contains(QString::fromUtf8(e.deletion)));
        CHECK(decision.contains(QStringLiteral("Helseklage")));
        CHECK(decision.contains(QStringLiteral("Delingen gjaldt bare bivirkningsdata.")));
        CHECK(decision.contains(QStringLiteral("Per Åsen")) == false);
        CHECK(decision.contains(QStringLiteral("Kari Sørensen")));
        CHECK(decision.contains(QStringLiteral("Lise Bø")));
        const QString stop = render(LetterKind::StopDelivery);
        // The manager by its own name in the letter's language (English letters use the agency's English name).
        CHECK(stop.contains(e.language == Language::English ? QStringLiteral("Norwegian Medical Products Agency")
                                                            : QStringLiteral("Direktoratet for medisinske produkter")));
        CHECK(stop.contains(QString::fromUtf8(e.stop)));
        CHECK_FALSE(stop.contains(QStringLiteral("Medisinsk fødselsregister")));
        CHECK(stop.contains(n + QStringLiteral("-"))); // the revocation decision's reference
    }
    // The stop-delivery notice goes to the manager of the revoked registry only.
    auto fhi = DocumentService(ola).sendAll(n, LetterKind::StopDelivery, {}, QStringLiteral("MFR"));
    REQUIRE_FALSE(fhi.ok());
    CHECK(fhi.error().message.contains(QStringLiteral("revokes nothing from the registry MFR")));
}

TEST_CASE("the advance notice in three languages names the grounds, the deadline and where to answer",
          "[revocation][letters]")
{
    TempDb t;
    const QString n = sentCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    ScopedToday day(QDate(2026, 11, 2));
    RevocationRequest notice;
    notice.kind = RevocationKind::Revocation;
    notice.grounds = QStringLiteral("Sluttrapporten viser at data er koblet med Kreftregisteret uten tillatelse.");
    notice.commentDays = 21;
    REQUIRE(RevocationService(ola).notify(n, notice).ok());
    const struct
    {
        Language language;
        const char *title, *deadline, *law;
    } expected[] = {
        {Language::Bokmaal, "Forhåndsvarsel om tilbakekall", "innen 23. november 2026", "forvaltningsloven § 16"},
        {Language::Nynorsk, "Førehandsvarsel om tilbakekall", "innan 23. november 2026", "forvaltningslova § 16"},
        {Language::English, "Advance notice of revocation", "by 23 November 2026", "section 16"},
    };
    for (const auto &e : expected) {
        INFO(str(toCode(e.language)));
        auto in = LetterService(ola).input(n, LetterKind::RevocationNotice, e.language);
        REQUIRE(in.ok());
        auto letter = renderLetterPdf(in.value());
        REQUIRE(letter.ok());
        const QString text = letter->text.simplified();
        CHECK(text.contains(QString::fromUtf8(e.title)));
        CHECK(text.contains(QString::fromUtf8(e.deadline)));
        CHECK(text.contains(QString::fromUtf8(e.law)));
        CHECK(text.contains(notice.grounds));
        CHECK(text.contains(QStringLiteral("helsedataservice@fhi.no")));
        CHECK_FALSE(text.contains(QStringLiteral("{{")));
    }
}

TEST_CASE("refused revocation steps change nothing", "[revocation][refusal]")
{
    TempDb t;
    const QString n = sentCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    ScopedToday day(QDate(2026, 11, 2));
    RevocationRequest notice;
    refusedUnchanged(
        t, [&] { return status(RevocationService(ola).notify(n, notice)); }, QStringLiteral("grounds"));
    notice.grounds = QStringLiteral("Vilkår 2 er brutt.");
    notice.registries = {QStringLiteral("HAR")};
    refusedUnchanged(
        t, [&] { return status(RevocationService(ola).notify(n, notice)); },
        QStringLiteral("grants nothing from the registry \"HAR\""));
    notice.registries.clear();
    notice.commentDays = 0;
    refusedUnchanged(
        t, [&] { return status(RevocationService(ola).notify(n, notice)); }, QStringLiteral("between 1 and 90"));
    notice.commentDays.reset();
    refusedUnchanged(
        t, [&] { return status(RevocationService(kari).notify(n, notice)); }, QStringLiteral("needs the role"));
    refusedUnchanged(
        t, [&] { return RevocationService(ola).comment(n, {}, QString()); }, QStringLiteral("No advance notice"));
    refusedUnchanged(
        t, [&] { return status(RevocationService(kari).approve(n)); }, QStringLiteral("No proposed"));
    refusedUnchanged(
        t, [&] { return status(RevocationService(kari).decideSuspension(n, true, QStringLiteral("X"))); },
        QStringLiteral("No request for suspended"));
    REQUIRE(RevocationService(ola).notify(n, notice).ok());
    refusedUnchanged(
        t, [&] { return RevocationService(ola).comment(n, QDate(2026, 11, 3), QString()); },
        QStringLiteral("in the future"));
    REQUIRE(RevocationService(ola).comment(n, {}, QStringLiteral("Vi retter opp.")).ok());
    refusedUnchanged(
        t, [&] { return RevocationService(ola).comment(n, {}, QString()); }, QStringLiteral("already"));
    refusedUnchanged(
        t,
        [&] {
            return RevocationService(ola).propose(
                n, RevocationOutcome::Partly, QStringLiteral("Delvis."),
                {QStringLiteral("MFR"), QStringLiteral("NPR"), QStringLiteral("DAR"), QStringLiteral("LMR"),
                 QStringLiteral("BIV")});
        },
        QStringLiteral("some but not all"));
    refusedUnchanged(
        t, [&] { return RevocationService(ola).propose(n, RevocationOutcome::Dropped, QString()); },
        QStringLiteral("reason"));
    // Dropped: the letter says so, no appeal information, and nothing is stopped.
    REQUIRE(RevocationService(ola).propose(n, RevocationOutcome::Dropped, QStringLiteral("Forholdet er rettet.")).ok());
    auto letters = RevocationService(kari).approve(n);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM delivery WHERE stopped_on IS NOT NULL"))->toInt() == 0);
    auto in = LetterService(ola).input(n, LetterKind::RevocationDecision, Language::Bokmaal);
    REQUIRE(in.ok());
    const QString text = renderLetterPdf(in.value())->text.simplified();
    CHECK(text.contains(QStringLiteral("Saken om tilbakekall er avsluttet")));
    CHECK_FALSE(text.contains(QStringLiteral("Klagefristen")));
    refusedUnchanged(
        t, [&] { return status(DocumentService(ola).sendAll(n, LetterKind::StopDelivery)); },
        QStringLiteral("no registry manager is told"));
    // An approved revocation is locked, whoever writes.
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE revocation SET outcome = 'revoked'")).ok());
}

TEST_CASE("suspended implementation: requested, granted, deliveries not chased meanwhile, ended",
          "[revocation][suspension]")
{
    TempDb t;
    const QString n = sentCase(t);
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    ScopedToday day(QDate(2027, 1, 11)); // the data are overdue (8 weeks after 2026-10-05)
    REQUIRE_FALSE(followup::overdueDeliveries(ola.load(n).value(), today()).isEmpty());
    refusedUnchanged(
        t, [&] { return RevocationService(ola).requestSuspension(n, QDate(2026, 10, 1), QStringLiteral("UiO")); },
        QStringLiteral("before the decision letter was sent"));
    REQUIRE(
        RevocationService(ola).requestSuspension(n, QDate(2027, 1, 8), QStringLiteral("Universitetet i Oslo")).ok());
    refusedUnchanged(
        t, [&] { return RevocationService(ola).requestSuspension(n, {}, QStringLiteral("UiO")); },
        QStringLiteral("not decided yet"));
    refusedUnchanged(
        t, [&] { return status(RevocationService(kari).decideSuspension(n, true, QString())); },
        QStringLiteral("reason"));
    auto letter = RevocationService(kari).decideSuspension(n, true, QStringLiteral("Klagen reiser tvil om vedtaket."));
    REQUIRE(letter.ok());
    REQUIRE(letter->size() == 1);
    CHECK(letter->front().kind == LetterKind::SuspensionDecision);
    auto rec = ola.load(n);
    CHECK(rec->revocation.suspended());
    CHECK(followup::overdueDeliveries(rec.value(), today()).isEmpty());
    for (const Language l : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        auto in = LetterService(ola).input(n, LetterKind::SuspensionDecision, l);
        REQUIRE(in.ok());
        const QString text = renderLetterPdf(in.value())->text.simplified();
        CHECK(text.contains(QStringLiteral("Universitetet i Oslo")));
        CHECK(text.contains(QStringLiteral("Klagen reiser tvil om vedtaket.")));
        CHECK(text.contains(l == Language::English ? QStringLiteral("section 42") : QStringLiteral("§ 42")));
        CHECK_FALSE(text.contains(QStringLiteral("{{")));
    }
    REQUIRE(RevocationService(ola).endSuspension(n, {}).ok());
    rec = ola.load(n);
    CHECK_FALSE(rec->revocation.suspended());
    CHECK_FALSE(followup::overdueDeliveries(rec.value(), today()).isEmpty());
    const QStringList kinds = eventKinds(ola, n);
    for (const char *k : {"suspension-requested", "suspension-granted", "suspension-ended"})
        CHECK(kinds.contains(QLatin1String(k)));
}

TEST_CASE("revoke and suspension on the command line; show --json has the revocation", "[revocation][cli]")
{
    TempDb t;
    const QString n = sentCase(t);
    const QString path = t.path();
    t.close();
    const auto run = [&](const QString &login, const QStringList &words) {
        return test::cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), login} + words);
    };
    const auto events = [&] {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        return db.value()->scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt();
    };
    {
        ScopedToday day(QDate(2026, 11, 2));
        auto usage = run(QStringLiteral("ola"), {QStringLiteral("revoke"), QStringLiteral("notify"), n});
        CHECK(usage.status == 2);
        const int before = events();
        auto refused = run(QStringLiteral("ola"),
                           {QStringLiteral("revoke"), QStringLiteral("notify"), n, QStringLiteral("--grounds"),
                            QStringLiteral("Brudd"), QStringLiteral("--registry"), QStringLiteral("HAR")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(QStringLiteral("HAR")));
        CHECK(events() == before);
        auto notified = run(
            QStringLiteral("ola"),
            {QStringLiteral("revoke"), QStringLiteral("notify"), n, QStringLiteral("--text"),
             QStringLiteral("Vilkår 3 er brutt."), QStringLiteral("--reversal"), QStringLiteral("--comment-days"),
             QStringLiteral("7")});
        INFO(str(notified.err));
        REQUIRE(notified.status == 0);
        CHECK(notified.out.contains(QStringLiteral("revocation-notice")));
    }
    ScopedToday day(QDate(2026, 11, 12));
    auto decided = run(QStringLiteral("lise"), {QStringLiteral("revoke"), QStringLiteral("decide"), n});
    INFO(str(decided.err));
    REQUIRE(decided.status == 0);
    auto own = run(QStringLiteral("lise"), {QStringLiteral("revoke"), QStringLiteral("approve"), n});
    CHECK(own.status == 1);
    auto approved = run(QStringLiteral("kari"), {QStringLiteral("revoke"), QStringLiteral("approve"), n});
    INFO(str(approved.err));
    REQUIRE(approved.status == 0);
    CHECK(approved.out.count(QStringLiteral("stop-delivery")) == 2);
    auto shown = run(QStringLiteral("ola"), {QStringLiteral("--json"), QStringLiteral("show"), n});
    REQUIRE(shown.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const QJsonObject revocation = o.value(QStringLiteral("revocation")).toObject();
    const QJsonObject r = revocation.value(QStringLiteral("revocations")).toArray().first().toObject();
    CHECK(r.value(QStringLiteral("kind")).toString() == QStringLiteral("reversal"));
    CHECK(r.value(QStringLiteral("state")).toString() == QStringLiteral("decided"));
    CHECK(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("revoked"));
    CHECK(r.value(QStringLiteral("approvedBy")).toString() == QStringLiteral("kari"));
    CHECK(r.value(QStringLiteral("commentDue")).toString() == QStringLiteral("2026-11-09"));
    auto text = run(QStringLiteral("ola"), {QStringLiteral("revoke"), QStringLiteral("show"), n});
    REQUIRE(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("kari")));
    auto whole = run(QStringLiteral("ola"), {QStringLiteral("show"), n});
    REQUIRE(whole.status == 0);
    CHECK(whole.out.contains(QStringLiteral("Reversal without appeal (fvl § 35): Decided")));

    REQUIRE(run(QStringLiteral("ola"),
                {QStringLiteral("suspension"), n, QStringLiteral("--requested"), QStringLiteral("2026-11-11"),
                 QStringLiteral("--by"), QStringLiteral("UiO")})
                .status
            == 0);
    auto refused = run(QStringLiteral("kari"),
                       {QStringLiteral("suspension"), n, QStringLiteral("--refuse"), QStringLiteral("--reason"),
                        QStringLiteral("Ingen grunn til utsettelse.")});
    INFO(str(refused.err));
    REQUIRE(refused.status == 0);
    CHECK(refused.out.contains(QStringLiteral("suspension-decision")));
    auto listed = run(QStringLiteral("ola"), {QStringLiteral("--json"), QStringLiteral("suspension"), n});
    const QJsonObject s = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    CHECK(s.value(QStringLiteral("suspensions")).toArray().first().toObject().value(QStringLiteral("granted")).toBool()
          == false);
}

TEST_CASE("a version 11 database gains the revocation and suspension tables", "[revocation][migration]")
{
    TempDb t;
    const QString n = sentCase(t);
    // Back to the version before this step: without its tables and column.
    for (const char *sql :
         {"DROP TABLE incoming_document", "DROP TABLE revocation_registry", "DROP TABLE revocation",
          "DROP TABLE suspension", "ALTER TABLE delivery DROP COLUMN stopped_on", "PRAGMA user_version = 11"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM revocation"))->toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM suspension"))->toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM delivery WHERE stopped_on IS NULL"))->toInt() == 0);
    auto cases = CaseService(*db.value(), Users::actor(*db.value(), QStringLiteral("ola")).value());
    auto rec = cases.load(n);
    REQUIRE(rec.ok());
    CHECK(rec->revocation.revocations.empty());
}
