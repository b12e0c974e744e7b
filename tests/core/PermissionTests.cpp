// The rule book: every action × role × case state asked of the permission table, can(), and
// tried through the real operation. They must agree: what the table refuses, the operation
// refuses in the same words and changes nothing; what the table allows, the operation is not
// refused for permission.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "appeal/AppealService.h"
#include "application/ApplicationJson.h"
#include "application/Attachments.h"
#include "casework/CaseworkService.h"
#include "casework/OfficeSettings.h"
#include "decision/ConditionLibrary.h"
#include "decision/Fees.h"
#include "followup/FollowUpService.h"
#include "letters/DocumentService.h"
#include "letters/TemplateStore.h"
#include "registry/RegistryCatalogue.h"
#include "revocation/RevocationService.h"
#include "rules/Permissions.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <map>
#include <set>

using namespace fv;
using fv::test::TempDb;

namespace {

using Op = std::function<Status(CaseService &cases, const QString &caseNumber)>;

int g_reference = 0;
QString nextReference()
{
    return QStringLiteral("HD-2026-9%1").arg(++g_reference, 3, 10, QLatin1Char('0'));
}

void require(const Status &s, const char *what)
{
    if (!s)
        FAIL(what << ": " << s.error().toString().toStdString());
}

// One case in every state, worked by "per" (an adviser the walk does not act as), so that
// assigning, taking and four-eyes are not disturbed by the acting users' own earlier work.
struct Office
{
    TempDb t;
    std::vector<std::pair<CaseStatus, QString>> cases;

    Office()
    {
        test::ensureGuiApplication(); // sending a letter renders it
        REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("per"), {Role::Adviser},
                           QStringLiteral("Per Hansen"))
                    .ok());
        for (CaseStatus s : allCaseStatuses())
            cases.emplace_back(s, make(s));
        // A few more, where the actions that need more than the status can be done.
        cases.emplace_back(CaseStatus::WaitingForApplicant, waiting(false)); // the answer is overdue
        cases.emplace_back(CaseStatus::WaitingForApplicant, waiting(true));  // and the reminder too
        cases.emplace_back(CaseStatus::DecisionDraft, settledDraft());
        // Appeals: one being prepared by HDS (back under assessment), one with the appeal body.
        cases.emplace_back(CaseStatus::UnderAssessment, appealed(false));
        cases.emplace_back(CaseStatus::LetterSent, appealed(true));
        // A late appeal waiting to be considered or rejected (§ 31); an appeal the appeal body
        // reversed in part, whose decision is to be recorded as a new version.
        cases.emplace_back(CaseStatus::LetterSent, lateAppeal());
        cases.emplace_back(CaseStatus::LetterSent, reversedByBody());
        // Revocation: notified; notified and commented on; a decision proposed by per.
        for (int step = 0; step < 3; ++step)
            cases.emplace_back(CaseStatus::LetterSent, revoking(step));
    }

    QString lateAppeal()
    {
        QString n;
        {
            ScopedToday day(QDate(2026, 9, 21)); // the letter sent long before the appeal comes in
            n = make(CaseStatus::LetterSent);
        }
        auto per = t.as(QStringLiteral("per"));
        AppealInput in;
        in.receivedOn = today();
        in.appellant = QStringLiteral("Kari Nordmann");
        in.contests = QStringLiteral("Vilkårene");
        in.text = QStringLiteral("Vi klager for sent.");
        auto a = AppealService(per).registerAppeal(n, in);
        require(a && !a->inTime ? ok() : Status(fail(QStringLiteral("late appeal"))), "late appeal");
        return n;
    }

    QString reversedByBody()
    {
        const QString n = appealed(true);
        auto per = t.as(QStringLiteral("per"));
        require(AppealService(per).recordResult(n, BodyResult::PartlyReversed, today(), QStringLiteral("HK 26/1")),
                "the appeal body's result");
        return n;
    }

    QString revoking(int step)
    {
        const QString n = make(CaseStatus::LetterSent);
        auto per = t.as(QStringLiteral("per"));
        RevocationService revocations(per);
        RevocationRequest notice;
        notice.grounds = QStringLiteral("Vilkår 3 er brutt.");
        auto sent = revocations.notify(n, notice);
        require(sent ? ok() : Status(sent.error()), "notify");
        if (step >= 1)
            require(revocations.comment(n, today(), QStringLiteral("Vi beklager.")), "comment");
        if (step >= 2)
            require(revocations.propose(n, RevocationOutcome::Revoked, QStringLiteral("Bruddet er alvorlig.")),
                    "propose");
        return n;
    }

    QString appealed(bool forwarded)
    {
        const QString n = make(CaseStatus::LetterSent);
        auto per = t.as(QStringLiteral("per"));
        AppealService appeals(per);
        AppealInput in;
        in.receivedOn = today();
        in.appellant = QStringLiteral("Kari Nordmann");
        in.contests = QStringLiteral("Vilkårene");
        in.text = QStringLiteral("Vi klager.");
        require(appeals.registerAppeal(n, in) ? ok() : Status(fail(QStringLiteral("appeal"))), "appeal");
        if (forwarded)
            require(appeals.forward(n, QStringLiteral("Vedtaket står.")), "forward the appeal");
        return n;
    }

    QString waiting(bool reminded)
    {
        auto per = t.as(QStringLiteral("per"));
        CaseworkService work(per);
        const QString n = imported();
        require(work.take(n), "take");
        {
            ScopedToday day(QDate(2026, 9, 15));
            require(work.requestInfo(n, QStringLiteral("Send protokollen.")), "request");
        }
        if (reminded) {
            ScopedToday day(QDate(2026, 10, 15));
            require(work.remind(n), "remind");
        }
        return n;
    }

    QString settledDraft()
    {
        const QString n = make(CaseStatus::DecisionDraft);
        test::settleAssessment(t, n);
        return n;
    }

    QString imported() { return test::importAs(t, QStringLiteral("per"), nextReference()); }

    QString make(CaseStatus state)
    {
        auto per = t.as(QStringLiteral("per"));
        CaseworkService work(per);
        DecisionService decisions(per);
        if (state == CaseStatus::RejectedNoReply)
            return rejected();
        const QString n = imported();
        const QStringList registries = per.load(n)->application.registryCodes();
        switch (state) {
        case CaseStatus::Received: return n;
        case CaseStatus::CompletenessCheck: require(work.startCompletenessCheck(n), "check"); return n;
        case CaseStatus::Withdrawn: require(work.withdraw(n, QStringLiteral("Trukket.")), "withdraw"); return n;
        default: break;
        }
        require(work.take(n), "take");
        if (state == CaseStatus::WaitingForApplicant) {
            require(work.requestInfo(n, QStringLiteral("Send protokollen.")), "request");
            return n;
        }
        require(work.complete(n), "complete");
        require(work.consult(n, registries.first(), today().addDays(20)), "consult");
        if (state == CaseStatus::UnderAssessment)
            return n;
        if (state == CaseStatus::Forwarded) {
            require(work.forward(n, QString(), QStringLiteral("Registerforvalter avgjør.")), "forward");
            return n;
        }
        require(decisions.draft(n) ? ok() : Status(fail(QStringLiteral("draft"))), "draft");
        if (state == CaseStatus::DecisionDraft)
            return n;
        test::settleAssessment(t, n);
        // The consultation above is still open: the caseworker confirms (as the GUI and CLI ask).
        require(decisions.submit(n, {}, DecisionService::OpenConsultations::Confirmed), "submit");
        if (state == CaseStatus::AwaitingApproval)
            return n;
        auto kari = t.as(QStringLiteral("kari"));
        require(DecisionService(kari).approve(n), "approve");
        if (state == CaseStatus::Decided)
            return n;
        auto sent = DocumentService(per).send(n, LetterKind::Decision);
        require(sent ? ok() : Status(sent.error()), "send");
        if (state == CaseStatus::LetterSent)
            return n;
        require(work.close(n), "close");
        return n;
    }

    // Asked on 14.09, reminded after the answer was due, rejected after the reminder ran out.
    QString rejected()
    {
        auto per = t.as(QStringLiteral("per"));
        CaseworkService work(per);
        const QString n = waiting(true);
        ScopedToday day(QDate(2026, 11, 16));
        require(work.rejectNoReply(n), "reject");
        return n;
    }
};

QString registry(CaseService &c, const QString &n, int i)
{
    return c.load(n)->application.registryCodes().value(i);
}

// The real operation of every action that is about one case, with input that is valid.
const std::map<Action, Op> &caseOperations()
{
    using A = Action;
    static const std::map<Action, Op> ops = {
        {A::EditApplication,
         [](CaseService &c, const QString &n) { return c.updateApplication(n, c.load(n)->application); }},
        {A::AttachFile,
         [](CaseService &c, const QString &n) {
             auto r = Attachments(c).attach(n, QStringLiteral("protokoll-v3.pdf"), QByteArrayLiteral("test"));
             return r ? ok() : Status(r.error());
         }},
        {A::Assign,
         [](CaseService &c, const QString &n) { return CaseworkService(c).assign(n, QStringLiteral("lise")); }},
        {A::Take, [](CaseService &c, const QString &n) { return CaseworkService(c).take(n); }},
        {A::StartCompletenessCheck,
         [](CaseService &c, const QString &n) { return CaseworkService(c).startCompletenessCheck(n); }},
        {A::MarkComplete, [](CaseService &c, const QString &n) { return CaseworkService(c).complete(n); }},
        {A::RequestInfo,
         [](CaseService &c, const QString &n) {
             return CaseworkService(c).requestInfo(n, QStringLiteral("Send mer."));
         }},
        {A::InfoReceived, [](CaseService &c, const QString &n) { return CaseworkService(c).infoReceived(n); }},
        {A::SendReminder, [](CaseService &c, const QString &n) { return CaseworkService(c).remind(n); }},
        {A::RejectNoReply, [](CaseService &c, const QString &n) { return CaseworkService(c).rejectNoReply(n); }},
        {A::Consult,
         [](CaseService &c, const QString &n) {
             return CaseworkService(c).consult(n, registry(c, n, 1), today().addDays(20));
         }},
        {A::RecordConsultation,
         [](CaseService &c, const QString &n) {
             return CaseworkService(c).consulted(n, registry(c, n, 0), ConsultationAnswer::Grant, QString());
         }},
        {A::Assess,
         [](CaseService &c, const QString &n) {
             return CaseworkService(c).assess(n, AssessmentItem::Purpose, AssessmentResult::Fulfilled, QString());
         }},
        {A::AddNote,
         [](CaseService &c, const QString &n) {
             return CaseworkService(c).addNote(n, QStringLiteral("Ringte."), NoteAudience::Internal);
         }},
        {A::RecordPreliminaryReply,
         [](CaseService &c, const QString &n) { return CaseworkService(c).recordPreliminaryReply(n); }},
        {A::Forward,
         [](CaseService &c, const QString &n) {
             return CaseworkService(c).forward(n, registry(c, n, 1), QStringLiteral("Forvalter avgjør."));
         }},
        {A::Withdraw, [](CaseService &c, const QString &n) { return CaseworkService(c).withdraw(n, QString()); }},
        {A::Close, [](CaseService &c, const QString &n) { return CaseworkService(c).close(n); }},
        {A::DraftDecision,
         [](CaseService &c, const QString &n) {
             auto d = DecisionService(c).draft(n);
             return d ? ok() : Status(d.error());
         }},
        {A::EditDecision,
         [](CaseService &c, const QString &n) {
             return DecisionService(c).editDraft(n, [](const CaseRecord &, Decision &d) {
                 d.reasons += QStringLiteral(" Mer.");
                 return ok();
             });
         }},
        // Confirmed: the walk's cases have an open consultation; the table's rule is what is walked.
        {A::SubmitDecision,
         [](CaseService &c, const QString &n) {
             return DecisionService(c).submit(n, {}, DecisionService::OpenConsultations::Confirmed);
         }},
        {A::ApproveDecision, [](CaseService &c, const QString &n) { return DecisionService(c).approve(n); }},
        {A::ReturnDecision,
         [](CaseService &c, const QString &n) {
             return DecisionService(c).returnDraft(n, QStringLiteral("Begrunn."));
         }},
        {A::SendLetter,
         [](CaseService &c, const QString &n) {
             auto s = DocumentService(c).send(n, LetterKind::Receipt);
             return s ? ok() : Status(s.error());
         }},
        // After the decision letter.
        {A::RecordDelivery,
         [](CaseService &c, const QString &n) { return FollowUpService(c).ordered(n, registry(c, n, 0)); }},
        {A::RecordProjectEnd,
         [](CaseService &c, const QString &n) { return FollowUpService(c).endReportReceived(n, today()); }},
        {A::DecideSuspension,
         [](CaseService &c, const QString &n) {
             return RevocationService(c).requestSuspension(n, {}, QStringLiteral("Universitetet i Oslo"));
         }},
        {A::RegisterAppeal,
         [](CaseService &c, const QString &n) {
             AppealInput in;
             in.receivedOn = today();
             in.appellant = QStringLiteral("Kari Nordmann");
             in.contests = QStringLiteral("Avslaget");
             in.text = QStringLiteral("Vi klager.");
             auto a = AppealService(c).registerAppeal(n, in);
             return a ? ok() : Status(a.error());
         }},
        {A::ReverseAppeal,
         [](CaseService &c, const QString &n) {
             auto v = AppealService(c).reverse(n, true);
             return v ? ok() : Status(v.error());
         }},
        {A::ForwardAppeal,
         [](CaseService &c, const QString &n) {
             return AppealService(c).forward(n, QStringLiteral("Vedtaket står."));
         }},
        {A::RecordAppealResult,
         [](CaseService &c, const QString &n) {
             return AppealService(c).recordResult(n, BodyResult::Upheld, today());
         }},
        {A::WithdrawAppeal, [](CaseService &c, const QString &n) { return AppealService(c).withdraw(n); }},
        {A::DecideLateAppeal,
         [](CaseService &c, const QString &n) {
             return AppealService(c).considerLate(n, QStringLiteral("Særlige grunner."));
         }},
        {A::RecordBodyDecision,
         [](CaseService &c, const QString &n) {
             auto v = AppealService(c).recordBodyDecision(n);
             return v ? ok() : Status(v.error());
         }},
        {A::NotifyRevocation,
         [](CaseService &c, const QString &n) {
             RevocationRequest notice;
             notice.grounds = QStringLiteral("Vilkår 3 er brutt.");
             auto sent = RevocationService(c).notify(n, notice);
             return sent ? ok() : Status(sent.error());
         }},
        {A::RecordRevocationComment,
         [](CaseService &c, const QString &n) {
             return RevocationService(c).comment(n, today(), QStringLiteral("Vi er uenige."));
         }},
        {A::DecideRevocation,
         [](CaseService &c, const QString &n) {
             return RevocationService(c).propose(n, RevocationOutcome::Revoked, QStringLiteral("Bruddet er alvorlig."));
         }},
        {A::ApproveRevocation,
         [](CaseService &c, const QString &n) {
             auto sent = RevocationService(c).approve(n);
             return sent ? ok() : Status(sent.error());
         }},
    };
    return ops;
}

// The actions that are not about one case, with their real operation.
const std::map<Action, Op> &globalOperations()
{
    using A = Action;
    static const std::map<Action, Op> ops = {
        {A::ImportApplication,
         [](CaseService &c, const QString &) {
             auto r = c.importApplication(test::exampleWithReference(nextReference()), QStringLiteral("x.json"));
             return r ? ok() : Status(r.error());
         }},
        {A::RegisterApplication,
         [](CaseService &c, const QString &) {
             auto app = parseApplicationJson(test::exampleWithReference(nextReference()), QString());
             auto r = c.registerManual(app.value());
             return r ? ok() : Status(r.error());
         }},
        {A::EditRegistryCatalogue,
         [](CaseService &c, const QString &) {
             auto map = loadRegistryMap(c.database());
             return saveRegistry(c.database(), c.actor(), map->begin()->second);
         }},
        {A::EditLetterTemplates,
         [](CaseService &c, const QString &) {
             auto body = TemplateStore::load(c.database(), LetterKind::Receipt, Language::Bokmaal);
             return TemplateStore::save(
                 c.database(), c.actor(), LetterKind::Receipt, Language::Bokmaal, body.value() + QStringLiteral("\n"));
         }},
        {A::EditConditionLibrary,
         [](CaseService &c, const QString &) {
             return ConditionLibrary::save(c.database(), c.actor(), ConditionLibrary::load(c.database()).value());
         }},
        {A::EditPrices,
         [](CaseService &c, const QString &) {
             PriceTable p = PriceTables::on(c.database(), today()).value();
             p.validFrom = today().addDays(30);
             return PriceTables::save(c.database(), c.actor(), p);
         }},
        {A::EditSettings,
         [](CaseService &c, const QString &) {
             return changeSetting(c.database(), c.actor(), QStringLiteral("assessment.securityScreeningRequired"),
                                  QStringLiteral("true"));
         }},
    };
    return ops;
}

// Runs `op` and rolls everything it did back, so every cell of the walk starts from the same case.
Status tried(Database &db, const std::function<Status()> &op)
{
    Transaction outer(db);
    REQUIRE(outer.isOpen());
    return op(); // no commit: the outer transaction rolls back
}

const QStringList &walkers()
{
    static const QStringList logins = {
        QStringLiteral("admin"), QStringLiteral("ola"), QStringLiteral("lise"), QStringLiteral("kari")};
    return logins;
}

} // namespace

TEST_CASE("every action × role × state: the table and the operation agree", "[permissions]")
{
    Office o;
    std::map<Action, std::set<QString>> refusals; // every refusal the table gives, per action
    std::map<Action, int> done;
    for (const auto &[action, op] : caseOperations())
        for (const QString &login : walkers())
            for (const auto &[state, number] : o.cases) {
                auto cases = o.t.as(login);
                const CaseRecord rec = cases.load(number).value();
                REQUIRE(rec.summary.status == state);
                if (auto s = can(action, cases.actor(), rec); !s)
                    refusals[action].insert(s.error().message);
            }
    for (const auto &[action, op] : caseOperations())
        for (const QString &login : walkers())
            for (const auto &[state, number] : o.cases) {
                auto cases = o.t.as(login);
                const CaseRecord before = cases.load(number).value();
                const Status allowed = can(action, cases.actor(), before);
                const Status result = tried(o.t.db(), [&] { return op(cases, number); });
                INFO(toCode(action).toStdString()
                     << " as " << login.toStdString() << " in " << toCode(state).toStdString());
                INFO("table: " << (allowed ? std::string("allowed") : allowed.error().message.toStdString()));
                INFO("operation: " << (result ? std::string("done") : result.error().toString().toStdString()));
                if (!allowed) {
                    REQUIRE_FALSE(result.ok());
                    CHECK(result.error().message == allowed.error().message);
                    CHECK(result.error().where == number);
                } else if (result) {
                    ++done[action];
                } else {
                    CHECK(refusals[action].count(result.error().message) == 0);
                }
                CHECK(cases.load(number)->rowVersion == before.rowVersion); // rolled back: nothing kept
            }
    // Not a walk of refusals only: every action was done by someone somewhere.
    for (const auto &[action, op] : caseOperations()) {
        INFO(toCode(action).toStdString());
        CHECK(done[action] > 0);
        CHECK(!refusals[action].empty());
    }
}

TEST_CASE("actions not about one case: the table and the operation agree for every role", "[permissions]")
{
    TempDb t;
    for (const auto &[action, op] : globalOperations())
        for (const QString &login : walkers()) {
            auto cases = t.as(login);
            const Status allowed = can(action, cases.actor());
            const Status result = tried(t.db(), [&] { return op(cases, QString()); });
            INFO(toCode(action).toStdString() << " as " << login.toStdString());
            INFO("operation: " << (result ? std::string("done") : result.error().toString().toStdString()));
            CHECK(allowed.ok() == result.ok());
            if (!allowed)
                CHECK(result.error().message == allowed.error().message);
        }
}

TEST_CASE("the refusals of the table speak to a caseworker, not to the command line", "[permissions]")
{
    Office o;
    for (Action action : allActions())
        for (const QString &login : walkers())
            for (const auto &[state, number] : o.cases) {
                auto cases = o.t.as(login);
                const Status s = can(action, cases.actor(), cases.load(number).value());
                if (s)
                    continue;
                INFO(s.error().message.toStdString());
                CHECK_FALSE(s.error().message.contains(QStringLiteral("--")));
                // no command names in quotes ('draft', 'assess CASE ITEM')
                CHECK_FALSE(QRegularExpression(QStringLiteral("'[a-z][a-z -]*'")).match(s.error().message).hasMatch());
                CHECK_FALSE(s.error().message.isEmpty());
            }
}

TEST_CASE("a decision is drafted only on a complete case under assessment that has a caseworker", "[permissions]")
{
    TempDb t;
    const QString n = test::importAs(t, QStringLiteral("ola"), nextReference());
    auto ola = t.as(QStringLiteral("ola"));
    const qint64 before = ola.load(n)->rowVersion;
    auto received = DecisionService(ola).draft(n);
    REQUIRE_FALSE(received.ok());
    CHECK(received.error().message.contains(QStringLiteral("complete and under assessment")));
    CHECK(ola.load(n)->decisions.empty());
    CHECK(ola.load(n)->rowVersion == before);

    REQUIRE(CaseworkService(ola).complete(n).ok()); // complete, but nobody's case
    auto unassigned = DecisionService(ola).draft(n);
    REQUIRE_FALSE(unassigned.ok());
    CHECK(unassigned.error().message.contains(QStringLiteral("no caseworker")));
    CHECK(ola.load(n)->decisions.empty());

    REQUIRE(CaseworkService(ola).take(n).ok());
    CHECK(can(Action::DraftDecision, ola.actor(), ola.load(n).value()).ok());
    CHECK(DecisionService(ola).draft(n).ok());
}

TEST_CASE("a lawyer and decision-maker who edited someone else's draft cannot approve it", "[permissions][four-eyes]")
{
    TempDb t;
    REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("lars"), {Role::Lawyer, Role::DecisionMaker},
                       QStringLiteral("Lars Li"))
                .ok());
    const QString n = test::importAs(t, QStringLiteral("ola"), nextReference());
    auto ola = t.as(QStringLiteral("ola"));
    auto lars = t.as(QStringLiteral("lars"));
    test::prepareForDraft(t, n);
    REQUIRE(DecisionService(ola).draft(n).ok());
    // Lars changes one outcome of Ola's draft; Ola submits it.
    REQUIRE(DecisionService(lars)
                .editDraft(n,
                           [](const CaseRecord &, Decision &d) {
                               d.entries.front().outcome = Outcome::Refused;
                               d.entries.front().reason = QStringLiteral("Ikke nødvendig.");
                               return ok();
                           })
                .ok());
    test::settleAssessment(t, n);
    REQUIRE(DecisionService(ola).submit(n).ok());
    const CaseRecord awaiting = ola.load(n).value();
    const auto &who = awaiting.currentDecision()->contributors;
    CHECK(std::any_of(who.begin(), who.end(), [](const Contributor &c) {
        return c.login == QStringLiteral("lars") && c.act == QStringLiteral("edited");
    }));

    // The table says no, and so does the operation, in the same words; nothing changes.
    const Status asked = can(Action::ApproveDecision, lars.actor(), awaiting);
    REQUIRE_FALSE(asked.ok());
    CHECK(asked.error().message.contains(QStringLiteral("four-eyes")));
    CHECK(asked.error().message.contains(QStringLiteral("Lars Li (lars)")));
    const Status refused = DecisionService(lars).approve(n);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == asked.error().message);
    CHECK(ola.load(n)->summary.status == CaseStatus::AwaitingApproval);
    CHECK(ola.load(n)->rowVersion == awaiting.rowVersion);
    // Someone who did not touch it approves.
    auto kari = t.as(QStringLiteral("kari"));
    CHECK(DecisionService(kari).approve(n).ok());
}

TEST_CASE("on the command line too: who added a condition to the draft does not approve it",
          "[permissions][four-eyes][cli]")
{
    TempDb t;
    REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("lars"), {Role::Lawyer, Role::DecisionMaker},
                       QStringLiteral("Lars Li"))
                .ok());
    const QString n = test::importAs(t, QStringLiteral("ola"), nextReference());
    test::prepareForDraft(t, n);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).draft(n).ok());
    const auto run = [&](const QString &as, const QStringList &args) {
        return test::cliProcess(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--as"), as} + args);
    };
    REQUIRE(run(QStringLiteral("lars"),
                {QStringLiteral("condition"), QStringLiteral("add"), n, QStringLiteral("--text"),
                 QStringLiteral("Data slettes etter bruk.")})
                .status
            == 0);
    test::settleAssessment(t, n);
    REQUIRE(run(QStringLiteral("ola"), {QStringLiteral("submit"), n}).status == 0);
    const qint64 before = ola.load(n)->rowVersion;
    const auto refused = run(QStringLiteral("lars"), {QStringLiteral("approve"), n});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("four-eyes")));
    CHECK(ola.load(n)->summary.status == CaseStatus::AwaitingApproval);
    CHECK(ola.load(n)->rowVersion == before);
    // show --json names the revision the approver reads; approving exactly that works.
    const auto shown = run(QStringLiteral("kari"), {QStringLiteral("show"), n, QStringLiteral("--json")});
    REQUIRE(shown.status == 0);
    const int revision =
        QJsonDocument::fromJson(shown.out.toUtf8())
            .object()
            .value(QStringLiteral("decision"))
            .toObject()
            .value(QStringLiteral("revision"))
            .toInt();
    CHECK(revision == 2); // drafted, then one saved edit
    CHECK(run(QStringLiteral("kari"),
              {QStringLiteral("approve"), n, QStringLiteral("--version"), QString::number(revision + 1)})
              .status
          == 1);
    CHECK(run(QStringLiteral("kari"),
              {QStringLiteral("approve"), n, QStringLiteral("--version"), QString::number(revision)})
              .status
          == 0);
}

TEST_CASE("an edit saved from a copy read before the draft was returned keeps the return comment",
          "[permissions][decision]")
{
    TempDb t;
    const QString n = test::importAs(t, QStringLiteral("ola"), nextReference());
    test::prepareForDraft(t, n);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).draft(n).ok());
    test::settleAssessment(t, n);
    REQUIRE(DecisionService(ola).submit(n).ok());
    Decision copy = *ola.load(n)->currentDecision(); // read while it awaited approval
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).returnDraft(n, QStringLiteral("Begrunn avslaget.")).ok());
    copy.reasons += QStringLiteral(" Utdypet.");
    REQUIRE(DecisionService(ola).saveDraft(n, copy).ok());
    const Decision after = *ola.load(n)->currentDecision();
    CHECK(after.returnComment == QStringLiteral("Begrunn avslaget."));
    CHECK(after.reasons.endsWith(QStringLiteral(" Utdypet.")));
}

TEST_CASE("removing a variable makes a granted registry partly granted, wherever the draft is saved",
          "[permissions][decision]")
{
    TempDb t;
    const QString n = test::importAs(t, QStringLiteral("ola"), nextReference());
    test::prepareForDraft(t, n);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).draft(n).ok());
    const CaseRecord rec = ola.load(n).value();
    const RegistryDecision &first = rec.currentDecision()->entries.front();
    // The command line's outcome: "granted" with a variable dropped is stored as partly granted.
    const auto run = test::cliProcess(
        {QStringLiteral("--db"), t.path(), QStringLiteral("--as"), QStringLiteral("ola"), QStringLiteral("outcome"), n,
         first.registry, QStringLiteral("granted"), QStringLiteral("--drop-variable"), first.variables.front().name,
         QStringLiteral("--reason"), QStringLiteral("Ikke nødvendig.")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(ola.load(n)->currentDecision()->entries.front().outcome == Outcome::PartlyGranted);
    // saveDraft follows the same rule.
    Decision d = *ola.load(n)->currentDecision();
    d.entries[1].variables.front().approved = false;
    REQUIRE(DecisionService(ola).saveDraft(n, d).ok());
    CHECK(ola.load(n)->currentDecision()->entries[1].outcome == Outcome::PartlyGranted);
}
