// Casework: every status × action pair through the real core operations, role refusals,
// assignment, the legal assessment and the submit rule, consultations, dialogue, notes and
// forwarding.
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "casework/CaseworkService.h"
#include "casework/Completeness.h"
#include "casework/OfficeSettings.h"
#include "decision/DecisionService.h"
#include "letters/LetterService.h"
#include "rules/Permissions.h"
#include "storage/SchemaSteps.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace fv;
using fv::test::TempDb;

namespace {

using S = CaseStatus;
using A = CaseAction;

// The status machine written out by hand, independently of CaseStatus.cpp: for each status,
// the actions it allows and where they lead. Every pair not listed must be refused.
const std::map<S, std::map<A, S>> &expectedTable()
{
    static const std::map<S, std::map<A, S>> t = {
        {S::Received,
         {{A::StartCompletenessCheck, S::CompletenessCheck},
          {A::MarkComplete, S::UnderAssessment},
          {A::RequestInfo, S::WaitingForApplicant},
          {A::Draft, S::DecisionDraft},
          {A::Forward, S::Forwarded},
          {A::Withdraw, S::Withdrawn}}},
        {S::CompletenessCheck,
         {{A::MarkComplete, S::UnderAssessment},
          {A::RequestInfo, S::WaitingForApplicant},
          {A::Draft, S::DecisionDraft},
          {A::Forward, S::Forwarded},
          {A::Withdraw, S::Withdrawn}}},
        // The waiting case below was asked while under assessment, so the answer returns it there.
        {S::WaitingForApplicant,
         {{A::InfoReceived, S::UnderAssessment}, {A::Withdraw, S::Withdrawn}, {A::RejectNoReply, S::RejectedNoReply}}},
        {S::UnderAssessment,
         {{A::RequestInfo, S::WaitingForApplicant},
          {A::Draft, S::DecisionDraft},
          {A::Forward, S::Forwarded},
          {A::Withdraw, S::Withdrawn}}},
        {S::DecisionDraft, {{A::Submit, S::AwaitingApproval}, {A::Withdraw, S::Withdrawn}}},
        {S::AwaitingApproval, {{A::Approve, S::Decided}, {A::Return, S::DecisionDraft}, {A::Withdraw, S::Withdrawn}}},
        {S::Decided, {{A::SendLetter, S::LetterSent}}},
        {S::LetterSent, {{A::Close, S::Closed}}},
        {S::Closed, {}},
        {S::Forwarded, {{A::Close, S::Closed}}},
        {S::Withdrawn, {{A::Close, S::Closed}}},
        {S::RejectedNoReply, {{A::Close, S::Closed}}},
    };
    return t;
}

const std::vector<A> &allCaseActions()
{
    static const std::vector<A> a = {
        A::StartCompletenessCheck,
        A::MarkComplete,
        A::RequestInfo,
        A::InfoReceived,
        A::Draft,
        A::Submit,
        A::Approve,
        A::Return,
        A::SendLetter,
        A::Close,
        A::Forward,
        A::Withdraw,
        A::RejectNoReply};
    return a;
}

// A test office on 2026-11-22 with the example application importable many times.
struct Office
{
    Office() { test::fixTodayOnSqlite("2026-11-22"); }
    TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    CaseService lise = t.as(QStringLiteral("lise"));
    CaseService kari = t.as(QStringLiteral("kari"));
    CaseService admin = t.as(QStringLiteral("admin"));
    CaseworkService work{ola};
    int imported = 0;

    QString import()
    {
        QJsonObject o =
            QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))))
                .object();
        o.insert(QStringLiteral("reference"), QStringLiteral("HD-2026-9%1").arg(++imported, 5, 10, QLatin1Char('0')));
        auto n = ola.importApplication(QJsonDocument(o).toJson(), QStringLiteral("example-application.json"));
        REQUIRE(n.ok());
        return n.value();
    }
    S status(const QString &n) { return ola.load(n)->summary.status; }
    size_t events(const QString &n) { return ola.load(n)->events.size(); }
    void must(const Status &s) const
    {
        INFO((s ? QString() : s.error().toString()).toStdString());
        REQUIRE(s.ok());
    }

    // A new case brought to `target` by the real operations; its assessment is settled.
    QString caseIn(S target)
    {
        const QString n = import();
        test::settleAssessment(t, n);
        must(work.take(n)); // a case being worked on has a caseworker
        DecisionService drafting(ola);
        DecisionService approving(kari);
        switch (target) {
        case S::Received: break;
        case S::CompletenessCheck: must(work.startCompletenessCheck(n)); break;
        case S::UnderAssessment: must(work.complete(n, QDate(2026, 9, 15))); break;
        case S::WaitingForApplicant:
        case S::RejectedNoReply:
            must(work.complete(n, QDate(2026, 9, 15)));
            must(work.requestInfo(n, QStringLiteral("Send the DPIA"), QDate(2026, 10, 1)));
            must(work.remind(n, QDate(2026, 10, 16)));
            if (target == S::RejectedNoReply)
                must(work.rejectNoReply(n));
            break;
        case S::DecisionDraft:
        case S::AwaitingApproval:
        case S::Decided:
        case S::LetterSent:
        case S::Closed:
            must(work.complete(n, QDate(2026, 9, 15)));
            must(test::prepareForDraft(ola, n));
            REQUIRE(drafting.draft(n).ok());
            if (target == S::DecisionDraft)
                break;
            must(drafting.submit(n));
            if (target == S::AwaitingApproval)
                break;
            must(approving.approve(n));
            if (target == S::Decided)
                break;
            must(ola.applyAction(ola.caseId(n).value(), A::SendLetter, QString()));
            if (target == S::Closed)
                must(work.close(n));
            break;
        case S::Forwarded:
            must(work.forward(n, QString(), QStringLiteral("KPR-data til kommunens lovpålagte oppgaver")));
            break;
        case S::Withdrawn: must(work.withdraw(n, QStringLiteral("Prosjektet er avlyst"))); break;
        }
        REQUIRE(status(n) == target);
        return n;
    }

    // The action as the GUI and the CLI perform it, by a user allowed to.
    Status perform(A action, const QString &n)
    {
        DecisionService drafting(ola);
        DecisionService approving(kari);
        switch (action) {
        case A::StartCompletenessCheck: return work.startCompletenessCheck(n);
        case A::MarkComplete: return work.complete(n);
        case A::RequestInfo: return work.requestInfo(n, QStringLiteral("Send the protocol"));
        case A::InfoReceived: return work.infoReceived(n);
        case A::Draft: {
            auto d = drafting.draft(n);
            return d ? ok() : Status(d.error());
        }
        case A::Submit: return drafting.submit(n);
        case A::Approve: return approving.approve(n);
        case A::Return: return approving.returnDraft(n, QStringLiteral("Begrunn avslaget"));
        case A::SendLetter: {
            // No casework operation sends letters yet; the raw status step stands in for it.
            auto id = ola.caseId(n);
            auto s = ola.applyAction(id.value(), A::SendLetter, QString());
            return s ? s : Status(Error{s.error().message, n});
        }
        case A::Close: return work.close(n);
        case A::Forward: return work.forward(n, QString(), QStringLiteral("registerforvalter avgjør"));
        case A::Withdraw: return work.withdraw(n, QStringLiteral("trukket"));
        case A::RejectNoReply: return work.rejectNoReply(n);
        // The appeal's steps need a sent letter and an appeal: AppealTests walks them.
        case A::ReopenForAppeal:
        case A::ForwardAppeal:
        case A::WithdrawAppeal: return fail(QStringLiteral("an appeal step, tested in AppealTests"));
        }
        return fail(QStringLiteral("unknown action"));
    }
};

} // namespace

TEST_CASE("the status table in the core is the one written out here", "[casework][states][no-database]")
{
    int legal = 0;
    for (S from : allCaseStatuses()) {
        const auto &row = expectedTable().at(from);
        for (A action : allCaseActions()) {
            INFO(toCode(from).toStdString() << " × " << toCode(action).toStdString());
            auto to = transition(from, action);
            const auto it = row.find(action);
            if (it == row.end()) {
                REQUIRE_FALSE(to.ok());
                CHECK(to.error().message.contains(displayName(from)));
            } else {
                ++legal;
                REQUIRE(to.ok());
                if (action != A::InfoReceived)
                    CHECK(to.value() == it->second);
            }
        }
    }
    CHECK(legal == 28);
    // The answer goes back to where the request was made.
    CHECK(transition(S::WaitingForApplicant, A::InfoReceived, S::CompletenessCheck).value() == S::CompletenessCheck);
    CHECK(transition(S::WaitingForApplicant, A::InfoReceived, S::Received).value() == S::Received);
    CHECK(transition(S::WaitingForApplicant, A::InfoReceived, S::Decided).value() == S::UnderAssessment);
}

TEST_CASE("every status × action pair through the core operations: legal ones succeed, illegal ones are refused",
          "[casework][states]")
{
    Office o;
    int succeeded = 0;
    int refused = 0;
    int refusedByRule = 0;
    for (S from : allCaseStatuses()) {
        const auto &row = expectedTable().at(from);
        // The illegal actions on one case: each refused with the status named, nothing changed.
        const QString same = o.caseIn(from);
        for (A action : allCaseActions()) {
            if (row.count(action))
                continue;
            INFO(toCode(from).toStdString() << " × " << toCode(action).toStdString());
            const size_t before = o.events(same);
            const Status s = o.perform(action, same);
            REQUIRE_FALSE(s.ok());
            const QString message = s.error().toString();
            INFO(message.toStdString());
            // The rule book's words (the status's display name), or the status machine's (its code).
            CHECK((message.contains(QStringLiteral("while the case is %1").arg(displayName(from)), Qt::CaseInsensitive)
                   || message.contains(QStringLiteral("while the case is %1").arg(toCode(from)))));
            CHECK(message.contains(same));
            CHECK(o.status(same) == from);
            CHECK(o.events(same) == before);
            ++refused;
        }
        // Each legal action on a fresh case in that status: it moves, and leaves an event.
        for (const auto &[action, to] : row) {
            INFO(toCode(from).toStdString() << " × " << toCode(action).toStdString());
            const QString n = o.caseIn(from);
            const Status s = o.perform(action, n);
            if (action == A::Draft && from != S::UnderAssessment) {
                // The status allows a draft, the rule book does not yet: the application is not complete.
                REQUIRE_FALSE(s.ok());
                CHECK(s.error().message.contains(QStringLiteral("complete and under assessment")));
                CHECK(o.status(n) == from);
                ++refusedByRule;
                continue;
            }
            INFO((s ? QString() : s.error().toString()).toStdString());
            REQUIRE(s.ok());
            CHECK(o.status(n) == to);
            const Event last = o.ola.load(n)->events.back(); // a copy: the record is a temporary
            CHECK(last.kind == toCode(action));
            CHECK_FALSE(last.actor.isEmpty());
            CHECK(last.at.isValid());
            ++succeeded;
        }
    }
    CHECK(succeeded == 26);
    CHECK(refusedByRule == 2);
    CHECK(refused == 12 * 13 - 28);
}

TEST_CASE("roles are checked in the core for every casework operation", "[casework][roles]")
{
    Office o;
    const QString n = o.import();
    CaseworkService asKari(o.kari);   // decision-maker only
    CaseworkService asAdmin(o.admin); // admin only
    CaseworkService asOla(o.ola);     // adviser
    CaseworkService asLise(o.lise);   // lawyer
    const auto refusedFor = [&](const Status &s, const char *login) {
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.startsWith(o.t.login(QLatin1String(login))));
        CHECK(s.error().message.contains(QStringLiteral("needs the role")));
    };
    refusedFor(asKari.complete(n), "kari");
    refusedFor(asKari.startCompletenessCheck(n), "kari");
    refusedFor(asKari.requestInfo(n, QStringLiteral("x")), "kari");
    refusedFor(asKari.take(n), "kari");
    refusedFor(asKari.assess(n, AssessmentItem::Purpose, AssessmentResult::Fulfilled, {}), "kari");
    refusedFor(asKari.consult(n, QStringLiteral("MFR"), QDate(2026, 12, 1)), "kari");
    refusedFor(asKari.forward(n, QString(), QStringLiteral("x")), "kari");
    refusedFor(asKari.withdraw(n, {}), "kari");
    refusedFor(asAdmin.take(n), "admin");
    refusedFor(asAdmin.addNote(n, QStringLiteral("x"), NoteAudience::Internal), "admin");
    refusedFor(asAdmin.complete(n), "admin");
    // The GDPR legal basis and the exemption's conditions are the lawyer's judgement.
    refusedFor(asOla.assess(n, AssessmentItem::LegalBasis, AssessmentResult::Fulfilled, {}), "ola");
    refusedFor(asOla.assess(n, AssessmentItem::SocietyInterest, AssessmentResult::Fulfilled, {}), "ola");
    CHECK(asOla.assess(n, AssessmentItem::Purpose, AssessmentResult::Fulfilled, {}).ok());
    CHECK(asLise.assess(n, AssessmentItem::LegalBasis, AssessmentResult::Fulfilled, {}).ok());
    // A decision-maker writes notes and an admin assigns, but neither works the case.
    CHECK(asKari.addNote(n, QStringLiteral("Husk REK-vedtaket"), NoteAudience::Internal).ok());
    CHECK(asAdmin.assign(n, o.t.login(QStringLiteral("lise"))).ok());
    CHECK(o.status(n) == S::Received);
    // Approving stays with a decision-maker who did not draft (the four-eyes rule).
    CHECK_FALSE(canRole(Action::ApproveDecision, o.ola.actor()).ok());
    CHECK(canRole(Action::ApproveDecision, o.kari.actor()).ok());
}

TEST_CASE("assigning and taking a case; my cases", "[casework][assign]")
{
    Office o;
    const QString a = o.import();
    const QString b = o.import();
    REQUIRE(o.work.take(a).ok());
    CHECK(o.ola.load(a)->summary.assignee == QStringLiteral("Ola Nordmann"));
    auto again = o.work.take(a);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already assigned")));
    auto toKari = o.work.assign(b, o.t.login(QStringLiteral("kari")));
    REQUIRE_FALSE(toKari.ok());
    CHECK(toKari.error().message.contains(QStringLiteral("adviser or lawyer")));
    CHECK_FALSE(o.work.assign(b, QStringLiteral("nobody")).ok());
    REQUIRE(o.work.assign(b, o.t.login(QStringLiteral("lise"))).ok());
    CaseFilter mine;
    mine.assignee = o.t.login(QStringLiteral("ola"));
    auto list = o.ola.list(mine);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().caseNumber == a);
    const Event e = o.ola.load(b)->events.back(); // a copy: the record is a temporary
    CHECK(e.kind == QStringLiteral("assigned"));
    CHECK(e.detail.contains(QStringLiteral("lise")));
}

TEST_CASE("a draft cannot go for approval while a required assessment item is unsettled", "[casework][assessment]")
{
    Office o;
    const QString n = o.import();
    DecisionService drafting(o.ola);
    REQUIRE(test::prepareForDraft(o.ola, n).ok());
    REQUIRE(drafting.draft(n).ok());
    auto refused = drafting.submit(n);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Purpose, Legal basis (GDPR), REK approval")));
    CHECK(o.status(n) == S::DecisionDraft);

    CaseworkService lawyer(o.lise);
    for (AssessmentItem item : allAssessmentItems())
        if (item != AssessmentItem::Deletion && item != AssessmentItem::SecurityScreening)
            REQUIRE(lawyer.assess(n, item, AssessmentResult::Fulfilled, {}).ok());
    refused = drafting.submit(n);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("unsettled for: End and deletion dates")));
    // Not relevant for a required item, or not fulfilled, needs a reason.
    auto noReason = lawyer.assess(n, AssessmentItem::Deletion, AssessmentResult::NotRelevant, {});
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("a note is required")));
    CHECK_FALSE(lawyer.assess(n, AssessmentItem::Purpose, AssessmentResult::NotFulfilled, QStringLiteral(" ")).ok());
    REQUIRE(lawyer.assess(n, AssessmentItem::Deletion, AssessmentResult::Fulfilled, QStringLiteral("2034-12-31")).ok());
    // security-screening is not required unless the office says so.
    REQUIRE(drafting.submit(n).ok());
    // Once submitted the assessment is locked.
    auto locked = lawyer.assess(n, AssessmentItem::Purpose, AssessmentResult::NotFulfilled, QStringLiteral("nei"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("Awaiting approval")));
    const auto rec = o.ola.load(n);
    CHECK(rec->casework.assessment.find(AssessmentItem::Deletion)->note == QStringLiteral("2034-12-31"));
    CHECK(rec->casework.assessment.find(AssessmentItem::Deletion)->assessedBy == o.t.login(QStringLiteral("lise")));
}

TEST_CASE("which assessment items an application needs", "[casework][assessment][no-database]")
{
    Application research;
    research.project.purpose = QStringLiteral("medical-health-research");
    research.identifiability = Identifiability::IndirectlyIdentifiable;
    research.dataSources.resize(2);
    AssessmentRules rules;
    const auto required = [&](const Application &app) {
        QStringList out;
        for (AssessmentItem i : allAssessmentItems())
            if (isRequired(i, app, rules))
                out << toCode(i);
        return out.join(QLatin1Char(' '));
    };
    CHECK(required(research)
          == QStringLiteral("purpose legal-basis rek institution-approval minimisation security society-interest "
                            "linkage deletion"));
    Application statistics = research;
    statistics.project.purpose = QStringLiteral("statistics");
    statistics.identifiability = Identifiability::Anonymous;
    statistics.dataSources.resize(1);
    // Anonymous data: no GDPR legal basis, no exemption, no REK; one source: no linkage.
    CHECK(required(statistics) == QStringLiteral("purpose institution-approval minimisation deletion"));
    Application quality = research;
    quality.project.purpose = QStringLiteral("quality-improvement");
    CHECK_FALSE(isRequired(AssessmentItem::Rek, quality, rules));
    CHECK(requirementReason(AssessmentItem::Rek, quality, rules).contains(QStringLiteral("not medical")));
    rules.securityScreeningRequired = true;
    CHECK(isRequired(AssessmentItem::SecurityScreening, statistics, rules));
}

TEST_CASE("security screening becomes required when the office turns the setting on", "[casework][assessment]")
{
    Office o;
    const QString n = o.import();
    CHECK_FALSE(o.ola.load(n)->casework.assessment.find(AssessmentItem::SecurityScreening)->required);
    auto byOla = changeSetting(
        o.t.db(), o.ola.actor(), QStringLiteral("assessment.securityScreeningRequired"), QStringLiteral("true"));
    CHECK_FALSE(byOla.ok());
    CHECK_FALSE(changeSetting(o.t.db(), o.admin.actor(), QStringLiteral("assessment.securityScreeningRequired"),
                              QStringLiteral("maybe"))
                    .ok());
    REQUIRE(changeSetting(o.t.db(), o.admin.actor(), QStringLiteral("assessment.securityScreeningRequired"),
                          QStringLiteral("true"))
                .ok());
    // On the server another session reads the settings anew within a second (storage/Settings.cpp
    // keeps them that long per connection), so ola's session may need a moment there.
    auto rec = o.ola.load(n);
    for (QDeadlineTimer patience(2000);
         !rec->casework.assessment.find(AssessmentItem::SecurityScreening)->required && !patience.hasExpired();
         rec = o.ola.load(n))
        QThread::msleep(100);
    CHECK(rec->casework.assessment.find(AssessmentItem::SecurityScreening)->required);
    CHECK(rec->casework.assessment.unsettledRequired().contains(QStringLiteral("security-screening")));
}

TEST_CASE("forwarding one registry or the whole case, always with a reason", "[casework][forward]")
{
    Office o;
    const QString n = o.import();
    DecisionService drafting(o.ola);
    REQUIRE(test::prepareForDraft(o.ola, n).ok());
    REQUIRE(drafting.draft(n).ok());
    auto noReason = o.work.forward(n, QStringLiteral("LMR"), QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("reason")));
    CHECK_FALSE(o.work.forward(n, QStringLiteral("KRG"), QStringLiteral("x")).ok()); // not asked for
    o.must(o.work.forward(n, QStringLiteral("lmr"), QStringLiteral("Legemiddelregisteret avgjør selv")));
    CHECK_FALSE(o.work.forward(n, QStringLiteral("LMR"), QStringLiteral("igjen")).ok());
    auto rec = o.ola.load(n);
    CHECK(rec->summary.status == S::DecisionDraft); // the rest is still HDS's to decide
    REQUIRE(rec->casework.forwardings.size() == 1);
    CHECK(rec->casework.forwardings.front().registry == QStringLiteral("LMR"));
    // The draft's LMR entry now says forwarded, with the reason.
    const RegistryDecision &lmr = rec->currentDecision()->entries.back();
    CHECK(lmr.registry == QStringLiteral("LMR"));
    CHECK(lmr.outcome == Outcome::Forwarded);
    CHECK(lmr.reason == QStringLiteral("Legemiddelregisteret avgjør selv"));
    CHECK(rec->events.back().kind == QStringLiteral("registry-forwarded"));

    // One registry at a time down to the last: that one means forwarding the whole case.
    const QString m = o.import();
    for (const char *code : {"MFR", "NPR", "DAR"})
        REQUIRE(o.work.forward(m, QLatin1String(code), QStringLiteral("forvalter")).ok());
    auto last = o.work.forward(m, QStringLiteral("LMR"), QStringLiteral("forvalter"));
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().message.contains(QStringLiteral("whole case")));
    REQUIRE(o.work.forward(m, QString(), QStringLiteral("Alle registrene avgjøres av forvalter")).ok());
    CHECK(o.status(m) == S::Forwarded);
    CHECK(o.ola.load(m)->casework.forwardings.back().wholeCase());
}

TEST_CASE("internal notes and notes for the applicant are kept apart", "[casework][notes]")
{
    Office o;
    const QString n = o.import();
    REQUIRE(o.work.addNote(n, QStringLiteral("Ringte prosjektleder; svar kommer"), NoteAudience::Internal).ok());
    REQUIRE(
        o.work.addNote(n, QStringLiteral("Vi trenger DPIA før vi kan vurdere saken."), NoteAudience::Applicant).ok());
    CHECK_FALSE(o.work.addNote(n, QStringLiteral("   "), NoteAudience::Internal).ok());
    const auto notes = o.ola.load(n)->casework.notes;
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].audience == NoteAudience::Internal);
    CHECK(notes[1].audience == NoteAudience::Applicant);
    CHECK(notes[1].writtenBy == o.t.login(QStringLiteral("ola")));
    // The audit trail says a note was written, not what it says.
    CHECK(o.ola.load(n)->events.back().detail == QStringLiteral("note for the applicant"));
}

TEST_CASE("the casework commands: exit codes, messages, show --json", "[casework][cli]")
{
    test::fixTodayOnSqlite("2026-11-22");
    TempDb t;
    const QStringList asOla = t.cliArgs(QStringLiteral("ola"));
    const QStringList asLise = t.cliArgs(QStringLiteral("lise"));
    t.close();
    const auto run = [&](const char *as, QStringList args) {
        return test::cli((QLatin1String(as) == QLatin1String("lise") ? asLise : asOla) + args);
    };
    const QString example = test::specFile(QStringLiteral("example-application.json"));
    const auto imported = run("ola", {QStringLiteral("import"), example});
    REQUIRE(imported.status == 0);
    const QString n = imported.out.section(QLatin1Char('\t'), 0, 0);
    CHECK(n.endsWith(QStringLiteral("/00001")));
    CHECK(run("ola", {QStringLiteral("assign"), n, QStringLiteral("--me")}).status == 0);
    CHECK(run("ola", {QStringLiteral("complete"), n, QStringLiteral("--on"), QStringLiteral("2026-09-16")}).status
          == 0);
    auto bad = run("ola", {QStringLiteral("complete"), n, QStringLiteral("--on"), QStringLiteral("2026-02-30")});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("2026-02-30")));
    auto twice = run("ola", {QStringLiteral("complete"), n});
    CHECK(twice.status == 1);
    CHECK(twice.err.contains(
        n + QStringLiteral(": While the case is Under assessment, nobody can mark applications complete")));
    CHECK(twice.err.count(QLatin1Char('\n')) == 1);
    CHECK(run("ola", {QStringLiteral("assess"), n, QStringLiteral("purpos"), QStringLiteral("fulfilled")}).status == 2);
    CHECK(run("ola", {QStringLiteral("assess"), n, QStringLiteral("purpose"), QStringLiteral("yes")}).status == 2);
    CHECK(run("ola", {QStringLiteral("assess"), n, QStringLiteral("legal-basis"), QStringLiteral("fulfilled")}).status
          == 1);
    CHECK(run("lise",
              {QStringLiteral("assess"), n, QStringLiteral("legal-basis"), QStringLiteral("fulfilled"),
               QStringLiteral("--note"), QStringLiteral("art. 6(1)(e) og 9(2)(j)")})
              .status
          == 0);
    CHECK(run("ola", {QStringLiteral("consult"), n, QStringLiteral("NPR")}).status == 2); // --due missing
    CHECK(run("ola",
              {QStringLiteral("consult"), n, QStringLiteral("NPR"), QStringLiteral("--due"),
               today().addDays(12).toString(Qt::ISODate)})
              .status
          == 0);
    CHECK(run("ola",
              {QStringLiteral("consulted"), n, QStringLiteral("NPR"), QStringLiteral("--answer"),
               QStringLiteral("partly"), QStringLiteral("--note"), QStringLiteral("Uten diagnosekoder")})
              .status
          == 0);
    CHECK(run("ola",
              {QStringLiteral("note"), n, QStringLiteral("--text"), QStringLiteral("Til søker"),
               QStringLiteral("--for-applicant")})
              .status
          == 0);
    CHECK(run("ola", {QStringLiteral("forward"), n, QStringLiteral("LMR")}).status == 2); // --reason missing

    auto shown = run("ola", {QStringLiteral("show"), n, QStringLiteral("--json")});
    REQUIRE(shown.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(o.value(u"caseNumber").toString() == n);
    CHECK(o.value(u"assignee").toString() == QStringLiteral("Ola Nordmann"));
    CHECK(o.value(u"deadlines").toObject().value(u"statutoryDeadline").toString() == QStringLiteral("2026-12-09"));
    CHECK(o.value(u"deadlines").toObject().value(u"limitWorkingDays").toInt() == 60);
    CHECK(o.value(u"assessment").toArray().size() == 10);
    CHECK(o.value(u"assessment").toArray().at(1).toObject().value(u"note").toString()
          == QStringLiteral("art. 6(1)(e) og 9(2)(j)"));
    CHECK(o.value(u"consultations").toArray().at(0).toObject().value(u"answer").toString() == QStringLiteral("partly"));
    CHECK(o.value(u"notes").toArray().at(0).toObject().value(u"audience").toString() == QStringLiteral("applicant"));

    auto text = run("ola", {QStringLiteral("show"), n});
    // The days left and what is upcoming follow today: the fixed 2026-11-22 on SQLite only (the
    // statutory deadline itself follows from the completion date, on both engines).
    CHECK(text.out.contains(QStringLiteral("Statutory deadline:  2026-12-09")));
    if (!TempDb::onServer())
        CHECK(text.out.contains(QStringLiteral("Statutory deadline:  2026-12-09, 13 working days left")));
    CHECK(text.out.contains(QStringLiteral("Legal assessment (1 of 9 required items settled)")));
    auto deadlines = run("ola", {QStringLiteral("deadlines"), n});
    CHECK(deadlines.status == 0);
    CHECK(deadlines.out.contains(QStringLiteral("preliminary-reply")));
    auto timeline = run("ola", {QStringLiteral("timeline"), n});
    CHECK(timeline.status == 0);
    CHECK(timeline.out.contains(QStringLiteral("2026-12-09  deadline ")));
    if (!TempDb::onServer())
        CHECK(timeline.out.contains(QStringLiteral("2026-12-09  deadline upcoming  statutory-deadline")));
    CHECK(run("ola",
              {QStringLiteral("setting"), QStringLiteral("calendar.extraClosedMonthDays"), QStringLiteral("12-24")})
              .status
          == 1);
    CHECK(run("ola", {QStringLiteral("--help")}).out.contains(QStringLiteral("assess CASE ITEM RESULT")));
}

// [sqlite-only]: SQLite's schema step 2 (the server's own steps are resources/postgres/vN.sql,
// upgraded in ServerScaleTests).
TEST_CASE("schema step 2 upgrades a version 1 database and keeps its cases", "[casework][storage][sqlite-only]")
{
    Office o;
    const QString n = o.import();
    Database &db = o.t.db();
    // Make the database what version 1 left: none of step 2's tables and columns (and none of
    // the later steps' triggers that read them).
    const QStringList ours = {
        QStringLiteral("assessment"), QStringLiteral("consultation"), QStringLiteral("info_request"),
        QStringLiteral("case_note"),  QStringLiteral("forwarding"),   QStringLiteral("preliminary_reply_on")};
    QStringList dependent;
    auto triggers = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"));
    REQUIRE(triggers.ok());
    while (triggers->next())
        for (const QString &name : ours)
            if (triggers->value(1).toString().contains(name))
                dependent << QStringLiteral("DROP %1 %2")
                                 .arg(triggers->value(1).toString().startsWith(QLatin1String("CREATE VIEW"))
                                          ? QStringLiteral("VIEW")
                                          : QStringLiteral("TRIGGER"),
                                      triggers->value(0).toString());
    dependent.removeDuplicates();
    for (const QString &sql : dependent
             + QStringList{QStringLiteral("DROP TABLE assessment"), QStringLiteral("DROP TABLE consultation"),
                           QStringLiteral("DROP TABLE info_request"), QStringLiteral("DROP TABLE case_note"),
                           QStringLiteral("DROP TABLE forwarding"), QStringLiteral("DROP INDEX case_assignee"),
                           QStringLiteral("ALTER TABLE fv_case DROP COLUMN preliminary_reply_on")}) {
        auto r = db.exec(sql);
        INFO(sql.toStdString() << ": " << (r ? QString() : r.error().toString()).toStdString());
        REQUIRE(r.ok());
    }
    CHECK_FALSE(o.ola.load(n).ok()); // this program needs step 2's tables
    REQUIRE(upgradeToV2(db).ok());
    auto rec = o.ola.load(n);
    REQUIRE(rec.ok());
    CHECK(rec->summary.status == S::Received);
    CHECK(rec->application.reference == QStringLiteral("HD-2026-900001"));
    CHECK(rec->casework.assessment.entries.size() == 10);
    REQUIRE(o.work.complete(n, QDate(2026, 9, 15)).ok());
    REQUIRE(o.work.requestInfo(n, QStringLiteral("DPIA"), QDate(2026, 10, 1)).ok());
    CHECK(o.ola.load(n)->casework.deadlines.paused);
}

TEST_CASE("completeness lists what a complete application has and this one lacks",
          "[casework][completeness][no-database]")
{
    auto example = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                        QStringLiteral("example-application.json"));
    REQUIRE(example.ok());
    Application app = example.value();
    // The example lists its protocol and REK approval, but no DPIA for identifiable data.
    CHECK(completenessGaps(app) == std::vector<CompletenessGap>{CompletenessGap::DataProtection});
    app.attachments.push_back({QStringLiteral("dpo-assessment"), QStringLiteral("pvo.pdf"), QString(64, u'a')});
    CHECK(completenessGaps(app).empty());
    app.attachments.clear();
    app.rek.reset();
    CHECK(completenessGaps(app)
          == std::vector<CompletenessGap>{CompletenessGap::Protocol, CompletenessGap::RekReference,
                                          CompletenessGap::RekApproval, CompletenessGap::DataProtection});
    // Anonymous data for statistics need neither REK nor a DPIA; the protocol still.
    app.identifiability = Identifiability::Anonymous;
    app.project.purpose = QStringLiteral("statistics");
    CHECK(completenessGaps(app) == std::vector<CompletenessGap>{CompletenessGap::Protocol});
    CHECK(describe(CompletenessGap::RekApproval).contains(QStringLiteral("rek-approval")));
}

TEST_CASE("marking complete records the gaps in the event and the CLI warns of each", "[casework][completeness][cli]")
{
    Office o;
    const QString n = o.import();
    o.must(o.work.complete(n, QDate(2026, 11, 20)));
    const Event e = o.ola.load(n)->events.back(); // a copy: the record is a temporary
    CHECK(e.detail.contains(QStringLiteral("marked complete without: a DPIA")));

    const QString second = o.import();
    const test::CliRun run = test::cliProcess(
        o.t.cliArgs(QStringLiteral("ola")) << QStringLiteral("complete") << second);
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("complete; the statutory clock runs")));
    CHECK(run.err.contains(QStringLiteral("warning: %1: marked complete without a DPIA").arg(second)));
}

TEST_CASE("letters of the dialogue and the forwarding take their facts from the case", "[casework][letters]")
{
    Office o;
    const QString n = o.caseIn(S::UnderAssessment);
    LetterService letters(o.ola);
    // Before anything is asked: a request would give 10 working days, a reminder 5.
    auto preview = letters.input(n, LetterKind::InfoRequest);
    REQUIRE(preview.ok());
    // 10 working days from Sunday 22 November 2026 on SQLite; from the server's today there.
    if (TempDb::onServer())
        CHECK(preview->answerDue >= today().addDays(14));
    else
        CHECK(preview->answerDue == QDate(2026, 12, 4));
    o.must(o.work.requestInfo(n, QStringLiteral("Send the DPIA"), QDate(2026, 11, 20)));
    auto request = letters.input(n, LetterKind::InfoRequest);
    REQUIRE(request.ok());
    CHECK(request->infoRequestText == QStringLiteral("Send the DPIA"));
    CHECK(request->answerDue == o.ola.load(n)->casework.infoRequests.back().answerDue);
    auto reminder = letters.input(n, LetterKind::Reminder);
    REQUIRE(reminder.ok());
    if (TempDb::onServer()) // five working days from today
        CHECK(reminder->answerDue >= today().addDays(7));
    else
        CHECK(reminder->answerDue == QDate(2026, 11, 27)); // five working days after the 22nd

    const QString other = o.caseIn(S::UnderAssessment);
    o.must(o.work.forward(other, QStringLiteral("NPR"), QStringLiteral("Registerforvalter avgjør selv.")));
    auto forwarding = letters.input(other, LetterKind::Forwarding);
    REQUIRE(forwarding.ok());
    CHECK(forwarding->forwardRegistry == QStringLiteral("NPR"));
    CHECK(forwarding->forwardReason == QStringLiteral("Registerforvalter avgjør selv."));
}
