// The other letters (issue 14, items 8, 9, 11, 12, 14): a rejection and a registry manager's
// statement for comment as letters of their own, a preliminary reply with its real reason and a
// future date, a receipt that says when a decision can be expected, a forwarding letter with its
// legal basis, and the appeal section with HDS's address and § 36; each in nb, nn and en, each
// refused send changing nothing.
#include "Clock.h"
#include "TestSupport.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "decision/StandardTexts.h"
#include "letters/DialogueInput.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRules.h"
#include "letters/LetterService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

const std::array<Language, 3> allLanguages{Language::Bokmaal, Language::Nynorsk, Language::English};

std::string str(const QString &s)
{
    return s.toStdString();
}

// A test office on 2026-11-22 (a Sunday) on SQLite, on the server's today on the team server (a
// fixed day is refused there by design): the dates a test chooses are counted back from `day`, and
// those the program computes are checked with the core's calendar. The example application was
// received 2026-09-14.
struct Office
{
    Office()
    {
        test::fixTodayOnSqlite("2026-11-22");
        day = today();
        test::ensureGuiApplication();
    }
    TempDb t;
    CaseService ola = t.as(QStringLiteral("ola"));
    CaseworkService work{ola};
    QDate day; // today
    int imported = 0;

    QString import()
    {
        QJsonObject o =
            QJsonDocument::fromJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))))
                .object();
        o.insert(QStringLiteral("reference"), QStringLiteral("HD-2026-8%1").arg(++imported, 5, 10, QLatin1Char('0')));
        auto n = ola.importApplication(QJsonDocument(o).toJson(), QStringLiteral("example-application.json"));
        REQUIRE(n.ok());
        return n.value();
    }
    void must(const Status &s) const
    {
        INFO((s ? QString() : s.error().toString()).toStdString());
        REQUIRE(s.ok());
    }
    // Complete on 15 September, asked for the DPIA on 1 October, reminded on 16 October, rejected.
    QString rejected()
    {
        const QString n = import();
        must(work.take(n));
        must(work.complete(n, QDate(2026, 9, 15)));
        must(work.requestInfo(n, QStringLiteral("Send the DPIA for the project."), QDate(2026, 10, 1)));
        must(work.remind(n, QDate(2026, 10, 16)));
        must(work.rejectNoReply(n));
        return n;
    }
    // Complete, and the registry manager of MFR has answered the consultation with a statement.
    QString withStatement()
    {
        const QString n = import();
        must(work.take(n));
        must(work.complete(n, QDate(2026, 9, 15)));
        must(work.consult(n, QStringLiteral("MFR"), QDate(2026, 10, 30), QDate(2026, 10, 1)));
        must(work.consulted(n, QStringLiteral("MFR"), ConsultationAnswer::Partly,
                            QStringLiteral("Variabelen svangerskapslengde finnes allerede i prosjektets egne data."),
                            QDate(2026, 10, 20)));
        return n;
    }
    CaseRecord load(const QString &n)
    {
        auto rec = ola.load(n);
        REQUIRE(rec.ok());
        return rec.value();
    }
};

struct Snapshot
{
    int documents = 0;
    int events = 0;
    int requests = 0;
    QString status;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TempDb &t)
{
    return {t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt(),
            t.db().scalar(QStringLiteral("SELECT count(*) FROM event"))->toInt(),
            t.db().scalar(QStringLiteral("SELECT count(*) FROM info_request"))->toInt(),
            t.db()
                .scalar(QStringLiteral("SELECT ")
                        + Database::orderedList(t.db().isServer(), QStringLiteral("status"), QStringLiteral("fv_case"),
                                                QStringLiteral("id"), QStringLiteral(",")))
                ->toString()};
}

// Sending is refused with words containing `expected`, naming the case, and nothing changes.
void refusedUnchanged(Office &o, const QString &n, LetterKind kind, const SendOptions &options, const QString &expected)
{
    const Snapshot before = snapshot(o.t);
    auto refused = DocumentService(o.ola).sendWith(n, kind, options);
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.error().toString()));
    CHECK(refused.error().message.contains(expected));
    CHECK(refused.error().where == n);
    CHECK(snapshot(o.t) == before);
}

QString pdfTool(const QString &tool, const QByteArray &pdf, const QString &dir, QStringList args = {})
{
    const QString path = QDir(dir).filePath(QStringLiteral("letter.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(tool,
            args << path << (tool == QLatin1String("pdftotext") ? QStringList{QStringLiteral("-")} : QStringList{}));
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The letter's text layer, whitespace made single spaces (lines break anywhere).
QString pdfText(const QByteArray &pdf, const QString &dir)
{
    return pdfTool(QStringLiteral("pdftotext"), pdf, dir).simplified();
}

SentLetter sendOne(Office &o, const QString &n, LetterKind kind, SendOptions options)
{
    auto sent = DocumentService(o.ola).sendWith(n, kind, options);
    INFO(str(sent ? QString() : sent.error().toString()));
    REQUIRE(sent.ok());
    REQUIRE(sent->size() == 1);
    return sent->front();
}

// PDF/A-2b (tagged, PDF/UA-1: TaggedLetterTests) with every font embedded (pdffonts: "emb" yes on
// every font line).
void requirePdfA(const QByteArray &pdf, const QString &dir)
{
    CHECK(pdf.contains("pdfaid:part=\"2\""));
    CHECK(pdf.contains("pdfaid:conformance=\"B\""));
    const QStringList lines = pdfTool(QStringLiteral("pdffonts"), pdf, dir).split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 3);
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        INFO(str(line));
        CHECK(line.contains(QStringLiteral(" yes ")));
    }
}

SendOptions in(Language language)
{
    SendOptions options;
    options.language = language;
    options.despiteLanguage = true; // the example's request text is English; the language check has its own test
    return options;
}

} // namespace

TEST_CASE("a rejection is an individual decision with the unanswered request, reasons and appeal",
          "[letters][dialogue]")
{
    Office o;
    const QString n = o.rejected();
    struct Expect
    {
        Language language;
        const char *decision, *appeal, *costs, *requested, *address, *rejectionIsDecision;
    };
    const Expect expectations[] = {
        {Language::Bokmaal, "Søknaden avvises", "forvaltningsloven §§ 28 og 29", "§ 36", "1. oktober 2026",
         "Postboks 222 Skøyen, 0213 Oslo", "forvaltningsloven § 2 tredje ledd"},
        {Language::Nynorsk, "Søknaden vert avvist", "forvaltningslova §§ 28 og 29", "§ 36", "1. oktober 2026",
         "Postboks 222 Skøyen, 0213 Oslo", "forvaltningslova § 2 tredje ledd"},
        {Language::English, "The application is rejected", "sections 28 and 29 of the Public Administration Act",
         "section 36", "1 October 2026", "Postboks 222 Skøyen, 0213 Oslo, Norway", "section 2 third paragraph"},
    };
    for (const Expect &e : expectations) {
        INFO(str(toCode(e.language)));
        const SentLetter letter = sendOne(o, n, LetterKind::Rejection, in(e.language));
        const QString text = pdfText(letter.pdf, o.t.dir());
        for (const char *expected : {e.decision, e.appeal, e.costs, e.requested, e.address, "helsedataservice@fhi.no",
                                     "Send the DPIA for the project.", "Helseklage", e.rejectionIsDecision})
            CHECK(text.contains(QString::fromUtf8(expected)));
        CHECK(letter.fileName().endsWith(QStringLiteral("-avvisning.pdf")));
        requirePdfA(letter.pdf, o.t.dir());
    }
    // The reminder's deadline (16 October + 5 working days) is named as the last chance.
    const SentLetter nb = sendOne(o, n, LetterKind::Rejection, in(Language::Bokmaal));
    CHECK(pdfText(nb.pdf, o.t.dir()).contains(QStringLiteral("23. oktober 2026")));
}

TEST_CASE("a rejection is refused for a case not rejected, and nothing changes", "[letters][dialogue]")
{
    Office o;
    const QString n = o.import();
    o.must(o.work.take(n));
    refusedUnchanged(o, n, LetterKind::Rejection, {}, QStringLiteral("not rejected for want of an answer"));
    auto verdict = letterMakesSense(o.load(n), LetterKind::Rejection);
    CHECK_FALSE(verdict.ok());
}

TEST_CASE("a statement for comment quotes the manager, sets a deadline and pauses the clock", "[letters][dialogue]")
{
    Office o;
    for (Language language : allLanguages) {
        INFO(str(toCode(language)));
        const QString n = o.withStatement();
        const QDate deadlineBefore = o.load(n).casework.deadlines.statutoryDeadline;
        REQUIRE(deadlineBefore.isValid());
        SendOptions options = in(language);
        const SentLetter letter = sendOne(o, n, LetterKind::StatementForComment, options);
        const QString text = pdfText(letter.pdf, o.t.dir());
        CHECK(text.contains(QStringLiteral("Variabelen svangerskapslengde finnes allerede i prosjektets egne data.")));
        CHECK(text.contains(
            language == Language::English ? QStringLiteral("section 17 second paragraph") : QStringLiteral("§ 17")));
        // The manager by its own name in the letter's language.
        CHECK(text.contains(language == Language::English ? QStringLiteral("Norwegian Institute of Public Health")
                                                          : QStringLiteral("Folkehelseinstituttet")));
        // 10 working days from today (on SQLite from Sunday 22 November: Friday 4 December).
        auto settings = loadCaseworkSettings(o.t.db());
        REQUIRE(settings.ok());
        const QDate due = settings->calendar.addWorkingDays(o.day, settings->answerWorkingDays);
        if (!TempDb::onServer())
            CHECK(due == QDate(2026, 12, 4));
        CHECK(text.contains(letterDate(due, language)));
        CHECK(text.contains(letterDate(QDate(2026, 10, 20), language)));
        requirePdfA(letter.pdf, o.t.dir());
        const CaseRecord after = o.load(n);
        CHECK(after.summary.status == CaseStatus::WaitingForApplicant);
        REQUIRE(after.casework.openRequest());
        CHECK(after.casework.openRequest()->answerDue == due);
        CHECK(after.casework.openRequest()->text.contains(letter.reference()));
        CHECK(after.casework.deadlines.paused);
        CHECK_FALSE(after.casework.deadlines.statutoryDeadline.isValid()); // paused: no deadline runs
    }
}

TEST_CASE("a statement for comment is refused without a statement or after drafting, and nothing changes",
          "[letters][dialogue]")
{
    Office o;
    const QString none = o.import();
    o.must(o.work.take(none));
    o.must(o.work.complete(none, QDate(2026, 9, 15)));
    refusedUnchanged(o, none, LetterKind::StatementForComment, {}, QStringLiteral("no registry manager has given"));
    const QString other = o.withStatement();
    SendOptions npr;
    npr.registry = QStringLiteral("NPR");
    refusedUnchanged(o, other, LetterKind::StatementForComment, npr, QStringLiteral("NPR has given no statement"));
    test::settleAssessment(o.t, other);
    REQUIRE(DecisionService(o.ola).draft(other).ok());
    refusedUnchanged(o, other, LetterKind::StatementForComment, {}, QStringLiteral("before the decision is drafted"));
}

TEST_CASE("a preliminary reply gives its own reason, never an answered request, and a future date",
          "[letters][dialogue]")
{
    Office o;
    const QString n = o.import();
    o.must(o.work.take(n));
    o.must(o.work.complete(n, o.day.addDays(-68))); // on SQLite 15 September
    o.must(o.work.requestInfo(n, QStringLiteral("Send the DPIA for the project."), o.day.addDays(-63)));
    o.must(o.work.infoReceived(n, o.day.addDays(-58)));
    // Without a reason: refused, nothing changes (also the preliminary reply is not recorded).
    refusedUnchanged(o, n, LetterKind::PreliminaryReply, {}, QStringLiteral("must say why the case takes time"));
    CHECK_FALSE(o.load(n).casework.preliminaryReplyOn.isValid());
    const char *consultation[] = {"venter på svar fra dem", "ventar på svar frå dei", "waiting for their answers"};
    for (size_t i = 0; i < allLanguages.size(); ++i) {
        INFO(str(toCode(allLanguages[i])));
        SendOptions options = in(allLanguages[i]);
        options.delayReason = QStringLiteral("consultation");
        const SentLetter letter = sendOne(o, n, LetterKind::PreliminaryReply, options);
        const QString text = pdfText(letter.pdf, o.t.dir());
        CHECK(text.contains(QString::fromUtf8(consultation[i])));
        CHECK_FALSE(text.contains(QStringLiteral("DPIA")));
        CHECK_FALSE(text.contains(QStringLiteral("UTKAST")));
        // The statutory deadline (60 working days from 15 September, paused 20–25 September) lies ahead.
        const QDate expected = o.load(n).casework.deadlines.statutoryDeadline;
        REQUIRE(expected > o.day);
        CHECK(text.contains(letterDate(expected, allLanguages[i])));
        requirePdfA(letter.pdf, o.t.dir());
    }
    SendOptions own;
    own.delayReason = QStringLiteral("Vi venter på en avklaring fra Datatilsynet om sammenstillingen.");
    const SentLetter mine = sendOne(o, n, LetterKind::PreliminaryReply, own);
    CHECK(pdfText(mine.pdf, o.t.dir()).contains(own.delayReason));
    const CaseRecord after = o.load(n);
    CHECK(after.casework.preliminaryReplyOn == o.day);
    CHECK(after.events.back().detail.contains(QStringLiteral("reason: ") + own.delayReason));
}

TEST_CASE("the expected decision date is in the future in every state, also before completeness", "[letters][dialogue]")
{
    Office o;
    auto settings = loadCaseworkSettings(o.t.db());
    REQUIRE(settings.ok());
    const QDate today = o.day;
    // Received, not complete: the whole 60 working days from today.
    const QString fresh = o.import();
    const QDate before = expectedDecisionDate(o.load(fresh), settings.value(), today);
    CHECK(before == settings->calendar.addWorkingDays(today, 60));
    // Complete, and looked at long after its deadline: still a date ahead.
    const QString late = o.import();
    o.must(o.work.take(late));
    o.must(o.work.complete(late, today.addDays(-68)));
    const QDate later = today.addDays(99); // on SQLite 1 March 2027
    REQUIRE(o.load(late).casework.deadlines.statutoryDeadline < later);
    CHECK(expectedDecisionDate(o.load(late), settings.value(), later) > later);
    CHECK(expectedDecisionDate(o.load(late), settings.value(), today)
          == o.load(late).casework.deadlines.statutoryDeadline);
    // Waiting for the applicant: after their deadline, with the working days left.
    const QString asked = o.import();
    o.must(o.work.take(asked));
    o.must(o.work.complete(asked, today.addDays(-20)));
    o.must(o.work.requestInfo(asked, QStringLiteral("Send the DPIA."), today.addDays(-2)));
    const CaseRecord rec = o.load(asked);
    const QDate expected = expectedDecisionDate(rec, settings.value(), today);
    CHECK(expected > rec.casework.openRequest()->answerDue);
    CHECK(expected
          == settings->calendar.addWorkingDays(
              rec.casework.openRequest()->answerDue, rec.casework.deadlines.remainingWorkingDays));
    // The preview before completeness prints it too.
    SendOptions options;
    options.delayReason = QStringLiteral("workload");
    const SentLetter letter = sendOne(o, fresh, LetterKind::PreliminaryReply, options);
    CHECK(pdfText(letter.pdf, o.t.dir()).contains(letterDate(before, Language::Bokmaal)));
}

TEST_CASE("a receipt states the statutory limit and an estimate from recent processing times", "[letters][dialogue]")
{
    Office o;
    const QString n = o.import();
    // No decided case yet: the limit, no estimate.
    SentLetter first = sendOne(o, n, LetterKind::Receipt, in(Language::Bokmaal));
    QString text = pdfText(first.pdf, o.t.dir());
    CHECK(text.contains(QStringLiteral("60 arbeidsdager"))); // the example links four registries
    CHECK(text.contains(QStringLiteral("§ 19 f")));
    CHECK_FALSE(text.contains(QStringLiteral("anslag")));
    // One decided case, received 14 September and approved today (69 days on SQLite): the estimate.
    const QString decided = o.import();
    REQUIRE(test::prepareForDraft(o.ola, decided).ok());
    REQUIRE(DecisionService(o.ola).draft(decided).ok());
    test::settleAssessment(o.t, decided);
    REQUIRE(DecisionService(o.ola).submit(decided).ok());
    auto kari = o.t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(decided).ok());
    auto typical = typicalProcessingDays(o.t.db(), 20);
    REQUIRE(typical.ok());
    const QDate received = o.load(decided).application.received;
    REQUIRE(received == QDate(2026, 9, 14));
    CHECK(typical->first == received.daysTo(o.day)); // on SQLite 69
    CHECK(typical->second == 1);
    const QDate estimate = std::max(received.addDays(typical->first), o.day.addDays(1));
    const char *words[] = {"anslag", "overslag", "estimate"};
    for (size_t i = 0; i < allLanguages.size(); ++i) {
        INFO(str(toCode(allLanguages[i])));
        const SentLetter letter = sendOne(o, n, LetterKind::Receipt, in(allLanguages[i]));
        text = pdfText(letter.pdf, o.t.dir());
        CHECK(text.contains(QString::fromUtf8(words[i])));
        CHECK(text.contains(letterDate(estimate, allLanguages[i])));
        CHECK(text.contains(QStringLiteral("60")));
    }
}

TEST_CASE("a forwarding letter states the legal basis for the manager deciding itself", "[letters][dialogue]")
{
    Office o;
    const QString n = o.import();
    o.must(o.work.take(n));
    o.must(o.work.complete(n, QDate(2026, 9, 15)));
    o.must(o.work.forward(n, QStringLiteral("NPR"), QStringLiteral("Tied to the registry's own purpose.")));
    for (Language language : allLanguages) {
        INFO(str(toCode(language)));
        SendOptions options = in(language);
        options.registry = QStringLiteral("NPR");
        const SentLetter letter = sendOne(o, n, LetterKind::Forwarding, options);
        const QString text = pdfText(letter.pdf, o.t.dir());
        CHECK(text.contains(QStringLiteral("helsedataforskrift")));
        CHECK(text.contains(QStringLiteral("19 a")));
        // The registry's own regulation, from the catalogue.
        CHECK(text.contains(QStringLiteral("norsk pasientregisterforskriften")));
        CHECK_FALSE(text.contains(QStringLiteral("følger vedlagt")));
    }
}

TEST_CASE("the decision's appeal section gives HDS's address, § 36 for a refusal, and Helseklage in English",
          "[letters][appeal]")
{
    Office o;
    const QString n = o.import();
    REQUIRE(test::prepareForDraft(o.ola, n).ok());
    REQUIRE(DecisionService(o.ola).draft(n).ok());
    auto refuseDar = [](const CaseRecord &, Decision &d) {
        for (RegistryDecision &e : d.entries) {
            if (e.registry == QLatin1String("DAR")) {
                e.outcome = Outcome::Refused;
                e.reason = QStringLiteral("Dødsårsak er ikke nødvendig for formålet.");
            }
        }
        return ok();
    };
    REQUIRE(DecisionService(o.ola).editDraft(n, refuseDar).ok());
    test::settleAssessment(o.t, n);
    REQUIRE(DecisionService(o.ola).submit(n).ok());
    auto kari = o.t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    for (Language language : allLanguages) {
        INFO(str(toCode(language)));
        auto input = LetterService(o.ola).input(n, LetterKind::Decision, language);
        REQUIRE(input.ok());
        auto pdf = renderLetterPdf(input.value());
        REQUIRE(pdf.ok());
        const QString text = pdfText(pdf->pdf, o.t.dir());
        CHECK(text.contains(QStringLiteral("Postboks 222 Skøyen, 0213 Oslo")));
        CHECK(text.contains(QStringLiteral("helsedataservice@fhi.no")));
        CHECK(text.contains(language == Language::English ? QStringLiteral("section 36") : QStringLiteral("§ 36")));
        if (language == Language::English) {
            CHECK(text.contains(QStringLiteral("0213 Oslo, Norway")));
            CHECK(
                text.contains(QStringLiteral("Helseklage, the Norwegian National Office for Health Service Appeals")));
            CHECK(text.contains(QStringLiteral("sections 28 and 29 of the Public Administration Act")));
        }
    }
    // A decision that grants everything has nobody to compensate: no § 36.
    const QString granted = o.import();
    REQUIRE(test::prepareForDraft(o.ola, granted).ok());
    REQUIRE(DecisionService(o.ola).draft(granted).ok());
    auto input = LetterService(o.ola).input(granted, LetterKind::Decision, Language::Bokmaal);
    REQUIRE(input.ok());
    REQUIRE(input->decision->overall() == OverallResult::Granted);
    auto pdf = renderLetterPdf(input.value());
    REQUIRE(pdf.ok());
    const QString text = pdfText(pdf->pdf, o.t.dir());
    CHECK(text.contains(QStringLiteral("Postboks 222 Skøyen, 0213 Oslo")));
    CHECK_FALSE(text.contains(QStringLiteral("§ 36")));
}
