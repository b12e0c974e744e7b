// The appeal body's reversal carried into the case: HDS upholds and forwards, the appeal body
// (Helseklage) reverses wholly or partly, and HDS records the body's decision as a new decision
// version drafted by one person and approved by another; the old version is superseded and kept,
// and the registry notices list exactly the registries the body's decision changes. Every day is
// fixed.
#include "Clock.h"
#include "ReliabilitySupport.h"
#include "appeal/AppealService.h"
#include "appeal/BodyDecision.h"
#include "decision/DecisionService.h"
#include "decision/Fees.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "rules/Permissions.h"
#include "search/WorkQueue.h"

#include <QTextDocument>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

// The example asks for MFR, NPR, DAR and LMR (all managed by Folkehelseinstituttet). Decided on
// 2026-10-01 with LMR refused, the letter sent 2026-10-05; appealed 2026-10-20, upheld by HDS and
// forwarded on 2026-10-22.
QString forwardedCase(TempDb &t, const QString &reference)
{
    QString number;
    {
        ScopedToday day(QDate(2026, 10, 1));
        number = test::importAs(t, QStringLiteral("ola"), reference);
        auto ola = t.as(QStringLiteral("ola"));
        test::prepareForDraft(t, number);
        REQUIRE(DecisionService(ola).draft(number).ok());
        REQUIRE(DecisionService(ola)
                    .editDraft(number,
                               [](const CaseRecord &, Decision &d) -> Status {
                                   for (RegistryDecision &e : d.entries)
                                       if (e.registry == QLatin1String("LMR")) {
                                           e.outcome = Outcome::Refused;
                                           e.reason = QStringLiteral("Legemiddelbruk er ikke nødvendig for formålet.");
                                       }
                                   return ok();
                               })
                    .ok());
        test::settleAssessment(t, number);
        REQUIRE(DecisionService(ola).submit(number).ok());
        auto kari = t.as(QStringLiteral("kari"));
        REQUIRE(DecisionService(kari).approve(number).ok());
    }
    test::ensureGuiApplication();
    {
        ScopedToday day(QDate(2026, 10, 5));
        auto ola = t.as(QStringLiteral("ola"));
        auto sent = DocumentService(ola).send(number, LetterKind::Decision);
        INFO((sent ? std::string() : sent.error().toString().toStdString()));
        REQUIRE(sent.ok());
    }
    ScopedToday day(QDate(2026, 10, 22));
    auto ola = t.as(QStringLiteral("ola"));
    AppealInput in;
    in.receivedOn = QDate(2026, 10, 20);
    in.appellant = QStringLiteral("Kari Nordmann, Universitetet i Oslo");
    in.contests = QStringLiteral("Avslaget på LMR");
    in.text = QStringLiteral("Vi klager på avslaget på data fra Legemiddelregisteret.");
    REQUIRE(AppealService(ola).registerAppeal(number, in).ok());
    REQUIRE(AppealService(ola).forward(number, QStringLiteral("LMR er ikke nødvendig for formålet.")).ok());
    return number;
}

CaseRecord loaded(TempDb &t, const QString &number)
{
    auto r = t.as(QStringLiteral("ola")).load(number);
    REQUIRE(r.ok());
    return r.value();
}

// What recording the body's decision, or approving it, would touch.
QString state(TempDb &t)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM event", "SELECT group_concat(row_version || status) FROM fv_case",
          "SELECT group_concat(version || status || revision) FROM decision",
          "SELECT group_concat(outcome || body_result || coalesce(reversing_version, '')) FROM appeal"})
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

// The case's task in the work queue's "appeals to prepare", if it is there.
std::optional<TaskKind> queued(TempDb &t, const QString &number)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto queue = WorkQueue::load(t.db(), ola.actor(), today());
    REQUIRE(queue.ok());
    for (const QueueItem &item : queue->items(QueueKind::AppealsToPrepare))
        if (item.summary.caseNumber == number && item.task)
            return item.task->kind;
    return std::nullopt;
}

Status statusOf(const Result<int> &r)
{
    return r ? ok() : Status(r.error());
}

QString letterText(TempDb &t, const QString &number, LetterKind kind, Language language)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto input = LetterService(ola).input(number, kind, language);
    INFO((input ? std::string() : input.error().toString().toStdString()));
    REQUIRE(input.ok());
    auto html = letterHtml(input.value());
    REQUIRE(html.ok());
    QTextDocument doc;
    doc.setHtml(html.value());
    return doc.toPlainText().simplified();
}

// FV_LETTER_PDF_DIR=dir: the decision letter recording the body's decision, in nb, nn and en, written
// there to be looked at.
void keepPdfs(TempDb &t, const QString &number)
{
    const QString dir = qEnvironmentVariable("FV_LETTER_PDF_DIR");
    if (dir.isEmpty())
        return;
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        auto input = LetterService(ola).input(number, LetterKind::Decision, language);
        REQUIRE(input.ok());
        auto pdf = renderLetterPdf(input.value());
        REQUIRE(pdf.ok());
        QFile out(QStringLiteral("%1/appeal-body.%2.pdf").arg(dir, toCode(language)));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(pdf->pdf);
    }
}

// The body's result recorded on 2026-11-30 (HK 26/0042); ola records its decision as version 2
// and edits it to match: LMR granted, and, for a whole reversal, DAR no longer granted.
void recordAndEdit(TempDb &t, const QString &n, BodyResult result)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    CHECK_FALSE(queued(t, n).has_value()); // with the appeal body: nothing to do yet
    REQUIRE(AppealService(ola).recordResult(n, result, QDate(2026, 11, 30), QStringLiteral("HK 26/0042")).ok());
    // The work queue prompts to record the body's decision.
    CHECK(queued(t, n) == TaskKind::AppealBodyDecision);
    // Nobody but a caseworker records it; a decision-maker is refused and nothing changes.
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(kari).recordBodyDecision(n)); }, QStringLiteral("kari"));
    auto version = AppealService(ola).recordBodyDecision(n);
    INFO((version ? std::string() : version.error().toString().toStdString()));
    REQUIRE(version.ok());
    CHECK(version.value() == 2);
    // Once is enough: a second recording is refused.
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(ola).recordBodyDecision(n)); },
        QStringLiteral("While the case is Decision draft"));
    const bool whole = result == BodyResult::Reversed;
    REQUIRE(DecisionService(ola)
                .editDraft(n,
                           [whole](const CaseRecord &, Decision &d) -> Status {
                               for (RegistryDecision &e : d.entries) {
                                   if (e.registry == QLatin1String("LMR")) {
                                       e.outcome = Outcome::Granted;
                                       e.reason.clear();
                                   }
                                   if (whole && e.registry == QLatin1String("DAR")) {
                                       e.outcome = Outcome::Refused;
                                       e.reason = QStringLiteral("Dødsårsak trengs ikke etter klageinstansens vedtak.");
                                   }
                               }
                               return ok();
                           })
                .ok());
}

} // namespace

TEST_CASE("the appeal body reverses in part: its decision recorded by ola, approved by kari, the notices list the "
          "changed registries only",
          "[appeal][body]")
{
    TempDb t;
    const QString n = forwardedCase(t, QStringLiteral("HD-2026-8301"));
    ScopedToday day(QDate(2026, 12, 1));
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    // Before the result nothing is to be recorded.
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(ola).recordBodyDecision(n)); }, QStringLiteral("not reversed"));
    recordAndEdit(t, n, BodyResult::PartlyReversed);

    CaseRecord r = loaded(t, n);
    REQUIRE(r.decisions.size() == 2);
    const Decision &draft = r.decisions.back();
    CHECK(r.summary.status == CaseStatus::DecisionDraft);
    CHECK(draft.draftedBy == QStringLiteral("ola"));
    CHECK(draft.supersedes == r.decisions.front().id);
    CHECK(draft.feeExemption == toCode(FeeExemption::Appeal));
    // Prefilled from the current decision, with the body's decision and reference in its legal
    // basis; the reasons only say they follow it (the letter's introduction names it, once).
    CHECK(draft.conditions.size() == r.decisions.front().conditions.size());
    CHECK(draft.reasons.startsWith(QStringLiteral("Vurderingen nedenfor følger klageinstansens vedtak.")));
    CHECK_FALSE(draft.reasons.contains(QStringLiteral("HK 26/0042")));
    CHECK(draft.reasons.endsWith(r.decisions.front().reasons));
    CHECK(draft.legalBasis.startsWith(
        QStringLiteral("Vedtaket gjennomfører vedtaket fra Helseklage av 30. november 2026 (referanse HK 26/0042)")));
    CHECK(r.appeals.current()->reversingVersion == 2);
    CHECK(r.appeals.current()->outcome == HdsOutcome::UpheldForwarded); // HDS's own outcome is unchanged
    CHECK(appeal::implementsBody(r));

    REQUIRE(DecisionService(ola).submit(n).ok());
    // The recorder may not approve it: four eyes, and nothing changes.
    refusedUnchanged(
        t, [&] { return DecisionService(ola).approve(n); }, QStringLiteral("ola"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    r = loaded(t, n);
    CHECK(r.decisions.front().status == DecisionStatus::Superseded);
    CHECK(r.decisions.back().status == DecisionStatus::Approved);
    CHECK(r.decisions.back().approvedBy == QStringLiteral("kari"));
    CHECK(r.decisions.back().feeTotal.value_or(-1) == 0);
    CHECK(r.summary.status == CaseStatus::Decided);
    CHECK(appeal::changedByBody(r) == QStringList{QStringLiteral("LMR")});
    // Approved: the work queue prompts to send the letter and the registry notices.
    CHECK(queued(t, n) == TaskKind::AppealBodyDecision);

    // The registry notice is built from the new version and lists exactly LMR.
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        const QString notice = letterText(t, n, LetterKind::RegistryNotice, language);
        INFO(notice.toStdString());
        CHECK(notice.contains(language == Language::English ? QStringLiteral("Norwegian Prescribed Drug Registry")
                                                            : QStringLiteral("Legemiddelregisteret")));
        CHECK_FALSE(notice.contains(QStringLiteral("Medisinsk fødselsregister")));
        CHECK_FALSE(notice.contains(QStringLiteral("Norsk pasientregister")));
        CHECK_FALSE(notice.contains(QStringLiteral("Medical Birth Registry")));
        CHECK(notice.contains(QStringLiteral("HK 26/0042")));
        CHECK(notice.contains(
            language == Language::English ? QStringLiteral("30 November 2026") : QStringLiteral("30. november 2026")));
    }
    // The applicant's letter gives no new appeal information: the body's decision is final. It says
    // once which decision of the body it implements and that the body reversed ours, and once that
    // the body's decision is final.
    const QString nb = letterText(t, n, LetterKind::Decision, Language::Bokmaal);
    INFO(nb.toStdString());
    CHECK(nb.contains(QStringLiteral("Dette vedtaket gjennomfører vedtaket fra Helseklage av 30. november 2026")));
    CHECK(nb.count(QStringLiteral("gjennomfører vedtaket fra Helseklage av 30. november 2026 (referanse HK 26/0042) "
                                  "i klagesaken over"))
          == 1);
    CHECK(nb.count(QStringLiteral("omgjort")) == 1);
    CHECK(nb.count(QStringLiteral("kan ikke påklages")) == 1);
    CHECK(nb.contains(QStringLiteral("Vurderingen nedenfor følger klageinstansens vedtak.")));
    CHECK_FALSE(nb.contains(QStringLiteral("Klagefristen er tre uker")));
    CHECK_FALSE(nb.contains(QStringLiteral("tar klagen delvis til følge"))); // not HDS's own reversal
    const QString nn = letterText(t, n, LetterKind::Decision, Language::Nynorsk);
    CHECK(nn.count(QStringLiteral("kan ikkje klagast på")) == 1);
    CHECK(nn.count(QStringLiteral("gjort om")) == 1);
    CHECK_FALSE(nn.contains(QStringLiteral("Klagefristen er tre veker")));
    const QString en = letterText(t, n, LetterKind::Decision, Language::English);
    CHECK(en.contains(QStringLiteral("This decision implements the decision of Helseklage of 30 November 2026")));
    CHECK(en.count(QStringLiteral("cannot be appealed")) == 1);
    CHECK(en.count(QStringLiteral("reversed")) == 1);
    keepPdfs(t, n);
    CHECK_FALSE(en.contains(QStringLiteral("The time limit for an appeal")));

    // Sent: the letter to the applicant moves the case to "letter sent"; one notice to FHI.
    REQUIRE(DocumentService(ola).send(n, LetterKind::Decision).ok());
    auto notices = DocumentService(ola).sendAll(n, LetterKind::RegistryNotice);
    INFO((notices ? std::string() : notices.error().toString().toStdString()));
    REQUIRE(notices.ok());
    REQUIRE(notices->size() == 1);
    CHECK(notices->front().registry == QStringLiteral("LMR"));
    CHECK(loaded(t, n).summary.status == CaseStatus::LetterSent);
    CHECK_FALSE(queued(t, n).has_value()); // done: off the queue
    // The body's decision is recorded once: later it is refused, and nothing changes.
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(ola).recordBodyDecision(n)); },
        QStringLiteral("already recorded as decision version 2"));
}

TEST_CASE("the appeal body reverses wholly: a registry no longer granted is in the notice too", "[appeal][body]")
{
    TempDb t;
    const QString n = forwardedCase(t, QStringLiteral("HD-2026-8302"));
    ScopedToday day(QDate(2026, 12, 1));
    recordAndEdit(t, n, BodyResult::Reversed);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).submit(n).ok());
    refusedUnchanged(
        t, [&] { return DecisionService(ola).approve(n); }, QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    CaseRecord r = loaded(t, n);
    CHECK(r.decisions.front().status == DecisionStatus::Superseded);
    const QString letter = letterText(t, n, LetterKind::Decision, Language::Bokmaal);
    CHECK(letter.contains(QStringLiteral("Klageinstansen har omgjort vedtaket vårt.")));
    CHECK(letter.count(QStringLiteral("omgjort")) == 1);
    CHECK_FALSE(letter.contains(QStringLiteral("delvis omgjort")));
    QStringList changed = appeal::changedByBody(r);
    changed.sort();
    CHECK(changed == QStringList{QStringLiteral("DAR"), QStringLiteral("LMR")});
    const QString notice = letterText(t, n, LetterKind::RegistryNotice, Language::Bokmaal);
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("Dødsårsaksregisteret")));
    CHECK(notice.contains(QStringLiteral("Legemiddelregisteret")));
    CHECK_FALSE(notice.contains(QStringLiteral("Norsk pasientregister")));
    CHECK(notice.contains(QStringLiteral("skal ikke utleveres")));
}

TEST_CASE("an upheld result makes no version, and nothing can be recorded from it", "[appeal][body]")
{
    TempDb t;
    const QString n = forwardedCase(t, QStringLiteral("HD-2026-8303"));
    ScopedToday day(QDate(2026, 12, 1));
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(AppealService(ola).recordResult(n, BodyResult::Upheld, QDate(2026, 11, 30)).ok());
    CaseRecord r = loaded(t, n);
    CHECK(r.decisions.size() == 1);
    CHECK(r.summary.status == CaseStatus::LetterSent);
    CHECK_FALSE(queued(t, n).has_value()); // nothing to carry out
    CHECK_FALSE(can(Action::RecordBodyDecision, ola.actor(), r).ok());
    refusedUnchanged(
        t, [&] { return statusOf(AppealService(ola).recordBodyDecision(n)); }, QStringLiteral("not reversed"));
}

TEST_CASE("appeal implement on the command line; a refusal changes nothing", "[appeal][body][cli]")
{
    TempDb t;
    const QString n = forwardedCase(t, QStringLiteral("HD-2026-8304"));
    const QString path = t.path();
    t.close();
    ScopedToday day(QDate(2026, 12, 1));
    const auto run = [&](const QString &who, const QStringList &words) {
        return test::cli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), who} + words);
    };
    auto early = run(QStringLiteral("ola"), {QStringLiteral("appeal"), QStringLiteral("implement"), n});
    CHECK(early.status == 1);
    CHECK(early.err.contains(QStringLiteral("not reversed")));
    auto result = run(
        QStringLiteral("ola"),
        {QStringLiteral("appeal"), QStringLiteral("result"), n, QStringLiteral("--partly"), QStringLiteral("--date"),
         QStringLiteral("2026-11-30"), QStringLiteral("--reference"), QStringLiteral("HK 26/0042")});
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);
    CHECK(result.out.contains(QStringLiteral("appeal implement %1").arg(n)));
    auto refused = run(QStringLiteral("kari"), {QStringLiteral("appeal"), QStringLiteral("implement"), n});
    CHECK(refused.status == 1);
    auto done = run(QStringLiteral("ola"), {QStringLiteral("appeal"), QStringLiteral("implement"), n});
    INFO(done.err.toStdString());
    REQUIRE(done.status == 0);
    CHECK(done.out.contains(QStringLiteral("decision version 2")));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->scalar(QStringLiteral("SELECT reversing_version FROM appeal"))->toInt() == 2);
    CHECK(db.value()->scalar(QStringLiteral("SELECT status FROM fv_case"))->toString()
          == QStringLiteral("decision-draft"));
}
