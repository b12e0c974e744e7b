// Sent letters as case documents: send stores the PDF, its SHA-256 and number in one
// transaction; `document` gives the bytes back exactly; documents never change; admins
// change templates, and letters then use them.
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "casework/CaseJson.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "letters/TemplateStore.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QString importExample(TempDb &t, const QString &reference = QStringLiteral("HD-2026-000417"))
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    Application a = app.value();
    a.reference = reference;
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.registerApplication(a, QStringLiteral("example-application.json"));
    REQUIRE(number.ok());
    return number.value();
}

// A case with a draft decision, made by the adviser ola.
QString draftedCase(TempDb &t, const QString &reference = QStringLiteral("HD-2026-000417"))
{
    const QString number = importExample(t, reference);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    return number;
}

// A case whose decision kari approved: its letter is waiting to be sent.
QString decidedCase(TempDb &t, const QString &reference = QStringLiteral("HD-2026-000417"))
{
    const QString number = draftedCase(t, reference);
    test::settleAssessment(t, number);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(DecisionService(ola).submit(number).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(number).ok());
    return number;
}

SentLetter send(TempDb &t, const QString &login, const QString &number, LetterKind kind)
{
    test::ensureGuiApplication();
    auto cases = t.as(login);
    auto sent = DocumentService(cases).send(number, kind);
    INFO((sent ? std::string() : str(sent.error().toString())));
    REQUIRE(sent.ok());
    return sent.value();
}

QByteArray storedBytes(TempDb &t, const QString &number, int docNo)
{
    auto bytes = t.db().scalar(
        QStringLiteral("SELECT d.content FROM document d JOIN fv_case c ON c.id = d.case_id "
                       "WHERE c.case_number = ? AND d.doc_no = ?"),
        {number, docNo});
    REQUIRE(bytes.ok());
    return bytes->toByteArray();
}

int documentCount(TempDb &t)
{
    return t.db().scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("sending the decision letter stores the PDF with its hash and number and moves the case", "[documents]")
{
    TempDb t;
    const QString number = decidedCase(t);
    const SentLetter sent = send(t, QStringLiteral("ola"), number, LetterKind::Decision);
    CHECK(sent.documentNumber == 1);
    CHECK(sent.reference() == number + QStringLiteral("-1"));
    CHECK(sent.fileName()
          == QString(number).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral("-1-vedtak.pdf"));
    CHECK(sent.pdf.startsWith("%PDF-"));
    CHECK(sent.pages >= 2);

    const QByteArray stored = storedBytes(t, number, 1);
    CHECK(stored == sent.pdf);
    auto ola = t.as(QStringLiteral("ola"));
    auto rec = ola.load(number);
    REQUIRE(rec.ok());
    CHECK(rec->summary.status == CaseStatus::LetterSent);
    REQUIRE(rec->documents.size() == 1);
    const StoredDocument &d = rec->documents.front();
    CHECK(d.number == 1);
    CHECK(d.kind == QStringLiteral("decision"));
    CHECK(d.language == QStringLiteral("nb"));
    CHECK(d.title.startsWith(QStringLiteral("Vedtak")));
    CHECK(d.createdBy == t.login(QStringLiteral("ola")));
    CHECK(d.createdAt.isValid());
    CHECK(d.sha256 == QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));
    CHECK(rec->events.back().kind == QStringLiteral("send"));
    CHECK(rec->events.back().detail.contains(sent.reference()));
    CHECK(AuditLog::verify(t.db()).ok());
}

TEST_CASE("the letter of a decision that is not approved cannot be sent", "[documents]")
{
    TempDb t;
    const QString number = draftedCase(t);
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    const auto eventsBefore = ola.load(number)->events.size();
    auto refused = DocumentService(ola).send(number, LetterKind::Decision);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not approved")));
    CHECK(refused.error().where == number);
    auto rec = ola.load(number);
    CHECK(rec->summary.status == CaseStatus::DecisionDraft);
    CHECK(rec->documents.empty());
    CHECK(rec->events.size() == eventsBefore);
    CHECK(documentCount(t) == 0);
    // The number was not used up either: the next letter is document 1.
    CHECK(send(t, QStringLiteral("ola"), number, LetterKind::Receipt).documentNumber == 1);
}

TEST_CASE("a stored document comes back byte for byte, and a damaged one is refused", "[documents]")
{
    TempDb t;
    const QString number = decidedCase(t);
    const SentLetter sent = send(t, QStringLiteral("lise"), number, LetterKind::Decision);
    auto ola = t.as(QStringLiteral("ola"));
    DocumentService documents(ola);
    for (const QString &which : {QStringLiteral("1"), sent.reference()}) {
        auto bytes = documents.content(number, which);
        REQUIRE(bytes.ok());
        CHECK(bytes.value() == storedBytes(t, number, 1));
    }
    const QString out = t.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(documents.writeTo(number, QStringLiteral("1"), out).ok());
    CHECK(test::readFile(out) == sent.pdf);
    CHECK_FALSE(documents.content(number, QStringLiteral("2")).ok());
    CHECK_FALSE(documents.content(number, QStringLiteral("25/00001-1")).ok());

    // Someone goes around the program (and its trigger) and changes a byte.
    // On the server only its superuser can (docs/TEAM.md: that account stays with IT).
    QByteArray tampered = sent.pdf;
    tampered[tampered.size() / 2] = static_cast<char>(tampered.at(tampered.size() / 2) ^ 1);
    if (TempDb::onServer()) {
        t.asSuperuser({QStringLiteral("ALTER TABLE document DISABLE TRIGGER document_no_change"),
                       QStringLiteral("ALTER TABLE document DROP CONSTRAINT document_check"), // the hash's own check
                       QStringLiteral("UPDATE document SET content = decode('%1', 'hex')")
                           .arg(QString::fromLatin1(tampered.toHex()))});
    } else {
        REQUIRE(t.db().exec(QStringLiteral("DROP TRIGGER document_no_update")).ok());
        REQUIRE(t.db().exec(QStringLiteral("UPDATE document SET content = ?"), {tampered}).ok());
    }
    const QString other = t.dir() + QStringLiteral("/tampered.pdf");
    auto damaged = documents.writeTo(number, QStringLiteral("1"), other);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message.contains(QStringLiteral("SHA-256")));
    CHECK(damaged.error().where == sent.reference());
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("a sent document can be neither changed nor deleted", "[documents]")
{
    TempDb t;
    const QString number = decidedCase(t);
    send(t, QStringLiteral("ola"), number, LetterKind::Decision);
    auto update = t.db().exec(QStringLiteral("UPDATE document SET title = 'x'"));
    REQUIRE_FALSE(update.ok());
    INFO(update.error().message.toStdString());
    auto remove = t.db().exec(QStringLiteral("DELETE FROM document"));
    REQUIRE_FALSE(remove.ok());
    INFO(remove.error().message.toStdString());
    if (TempDb::onServer()) { // nobody has UPDATE or DELETE on documents there, not even an admin
        CHECK(update.error().message.contains(QStringLiteral("permission denied")));
        CHECK(remove.error().message.contains(QStringLiteral("permission denied")));
    } else {
        CHECK(update.error().message.contains(QStringLiteral("cannot be changed")));
        CHECK(remove.error().message.contains(QStringLiteral("cannot be deleted")));
    }
    CHECK(documentCount(t) == 1);
}

TEST_CASE("letters get the case's next document numbers; only the decision letter moves the status", "[documents]")
{
    TempDb t;
    const QString number = decidedCase(t);
    CHECK(send(t, QStringLiteral("ola"), number, LetterKind::Receipt).documentNumber == 1);
    CHECK(send(t, QStringLiteral("ola"), number, LetterKind::Receipt).documentNumber == 2);
    auto ola = t.as(QStringLiteral("ola"));
    CHECK(ola.load(number)->summary.status == CaseStatus::Decided);
    CHECK(send(t, QStringLiteral("kari"), number, LetterKind::Decision).documentNumber == 3);
    CHECK(ola.load(number)->summary.status == CaseStatus::LetterSent);
    // Sent once: the decision letter goes no second time as a new send.
    CHECK_FALSE(DocumentService(ola).send(number, LetterKind::Decision).ok());
    CHECK(documentCount(t) == 3);
}

TEST_CASE("only an adviser, a lawyer or a decision-maker sends letters", "[documents][roles]")
{
    TempDb t;
    const QString number = decidedCase(t);
    test::ensureGuiApplication();
    auto admin = t.as(QStringLiteral("admin"));
    auto refused = DocumentService(admin).send(number, LetterKind::Decision);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("may not send letters")));
    CHECK(admin.load(number)->summary.status == CaseStatus::Decided);
    CHECK(documentCount(t) == 0);
}

TEST_CASE("waiting decision letters are sent one by one; a cancel keeps what was sent", "[documents][batch]")
{
    TempDb t;
    const QString first = decidedCase(t, QStringLiteral("HD-2026-000501"));
    const QString second = decidedCase(t, QStringLiteral("HD-2026-000502"));
    draftedCase(t, QStringLiteral("HD-2026-000503")); // not approved: not waiting
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    DocumentService documents(ola);
    REQUIRE(documents.waitingDecisionLetters().ok());
    CHECK(documents.waitingDecisionLetters().value() == QStringList{first, second});

    std::vector<int> seen;
    const BatchResult cancelled = documents.sendWaiting([&](int done, int total, const Result<SentLetter> &letter) {
        seen.push_back(done);
        CHECK(total == 2);
        CHECK(letter.ok());
        return false; // cancel after the first
    });
    CHECK(cancelled.cancelled);
    REQUIRE(cancelled.sent.size() == 1);
    CHECK(cancelled.sent.front().caseNumber == first);
    CHECK(seen == std::vector<int>{1});
    CHECK(ola.load(first)->summary.status == CaseStatus::LetterSent);
    CHECK(documents.waitingDecisionLetters().value() == QStringList{second});

    const BatchResult rest = documents.sendWaiting();
    CHECK_FALSE(rest.cancelled);
    CHECK(rest.failed.empty());
    REQUIRE(rest.sent.size() == 1);
    CHECK(rest.sent.front().caseNumber == second);
    CHECK(documents.waitingDecisionLetters().value().isEmpty());
}

TEST_CASE("an admin changes and resets a letter template; others and broken templates are refused",
          "[documents][templates]")
{
    TempDb t;
    auto admin = t.as(QStringLiteral("admin"));
    auto ola = t.as(QStringLiteral("ola"));
    auto packaged = letterTemplate(LetterKind::Receipt, Language::Bokmaal);
    REQUIRE(packaged.ok());
    CHECK(TemplateStore::load(t.db(), LetterKind::Receipt, Language::Bokmaal).value() == packaged.value());

    const QString mine = QStringLiteral("<h1>Kvittering</h1><p>Vi har mottatt {{application.reference}}.</p>");
    auto notAdmin = TemplateStore::save(t.db(), ola.actor(), LetterKind::Receipt, Language::Bokmaal, mine);
    REQUIRE_FALSE(notAdmin.ok());
    CHECK(notAdmin.error().message.contains(QStringLiteral("admin"), Qt::CaseInsensitive));

    auto broken = TemplateStore::save(t.db(), admin.actor(), LetterKind::Receipt, Language::Bokmaal,
                                      QStringLiteral("<p>{{#application}}{{reference}}</p>"));
    REQUIRE_FALSE(broken.ok());
    INFO(str(broken.error().toString()));
    CHECK(broken.error().message.contains(QStringLiteral("template error")));
    CHECK(broken.error().message.contains(QStringLiteral("application"))); // the engine names the open section
    CHECK_FALSE(TemplateStore::stored(t.db(), LetterKind::Receipt, Language::Bokmaal).value().has_value());

    REQUIRE(TemplateStore::save(t.db(), admin.actor(), LetterKind::Receipt, Language::Bokmaal, mine).ok());
    auto stored = TemplateStore::stored(t.db(), LetterKind::Receipt, Language::Bokmaal);
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->body == mine);
    CHECK(stored.value()->updatedBy == t.login(QStringLiteral("admin")));
    CHECK(TemplateStore::load(t.db(), LetterKind::Receipt, Language::Bokmaal).value() == mine);
    CHECK(TemplateStore::load(t.db(), LetterKind::Receipt, Language::Nynorsk).value() != mine);

    CHECK_FALSE(TemplateStore::reset(t.db(), ola.actor(), LetterKind::Receipt, Language::Bokmaal).ok());
    REQUIRE(TemplateStore::reset(t.db(), admin.actor(), LetterKind::Receipt, Language::Bokmaal).ok());
    CHECK(TemplateStore::load(t.db(), LetterKind::Receipt, Language::Bokmaal).value() == packaged.value());

    auto events = t.db().exec(QStringLiteral("SELECT kind FROM event WHERE kind LIKE 'letter-template-%' ORDER BY id"));
    QStringList kinds;
    while (events->next())
        kinds << events->value(0).toString();
    CHECK(kinds == QStringList{QStringLiteral("letter-template-saved"), QStringLiteral("letter-template-reset")});
}

TEST_CASE("letters use the stored template, and applicant text in it still prints literally", "[documents][templates]")
{
    TempDb t;
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> & <b>fet</b>");
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    Application a = app.value();
    a.project.title = hostile;
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.registerApplication(a, QStringLiteral("hostile.json"));
    REQUIRE(number.ok());
    auto admin = t.as(QStringLiteral("admin"));
    REQUIRE(TemplateStore::save(t.db(), admin.actor(), LetterKind::Receipt, Language::Bokmaal,
                                QStringLiteral("<h1>Egen kvittering</h1><p>Prosjekt: {{project.title}}</p>"
                                               "<p>Vår ref. {{ourRef}}</p>"))
                .ok());

    test::ensureGuiApplication();
    auto input = LetterService(ola).input(number.value(), LetterKind::Receipt);
    REQUIRE(input.ok());
    auto html = letterHtml(input.value());
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Egen kvittering")));
    CHECK_FALSE(html->contains(QStringLiteral("<img")));
    CHECK_FALSE(html->contains(QStringLiteral("<b>fet")));
    auto letter = renderLetterPdf(input.value());
    REQUIRE(letter.ok());
    CHECK(letter->title == QStringLiteral("Egen kvittering"));
    CHECK(letter->text.contains(QStringLiteral("Prosjekt: ") + hostile));

    // Sent, the stored document is the letter from the admin's template.
    const SentLetter sent = send(t, QStringLiteral("ola"), number.value(), LetterKind::Receipt);
    CHECK(sent.title == QStringLiteral("Egen kvittering"));
    const QString pdf = t.dir() + QStringLiteral("/receipt.pdf");
    REQUIRE(DocumentService(ola).writeTo(number.value(), QStringLiteral("1"), pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(hostile));
    CHECK(text.contains(number.value() + QStringLiteral("-1")));
}

// [sqlite-only] (both version steps): SQLite's schema steps; the server's are resources/postgres/vN.sql.
TEST_CASE("a version 5 database gains immutable documents and the template table, its documents kept",
          "[documents][migration][sqlite-only]")
{
    TempDb t;
    const QString number = decidedCase(t);
    const SentLetter sent = send(t, QStringLiteral("ola"), number, LetterKind::Decision);
    // Back to what version 5 had: no triggers on documents, no template table (and nothing of
    // the later versions).
    for (const char *sql :
         {"DROP TABLE incoming_document",
          "DROP TABLE revocation_registry",
          "DROP TABLE revocation",
          "DROP TABLE suspension", // schema 12
          "DROP TABLE delivery",
          "DROP TABLE project_end", // schema 9
          "DROP TRIGGER document_no_update",
          "DROP TRIGGER document_no_delete",
          "DROP TABLE letter_template",
          "DROP TABLE decision_contributor",
          "ALTER TABLE app_user DROP COLUMN title",
          "ALTER TABLE app_user DROP COLUMN row_version",
          "ALTER TABLE decision DROP COLUMN revision",
          "DROP TABLE journal_party",
          "DROP TABLE journal_entry",
          "DROP TABLE journal_sequence",
          "DROP TABLE case_screening",
          "DELETE FROM setting WHERE key = 'journal.screening-bases'",
          "ALTER TABLE fv_case DROP COLUMN foreign_legal_basis",
          "DROP TABLE appeal",
          "PRAGMA user_version = 5"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    CHECK(db.value()->scalar(QStringLiteral("SELECT content FROM document"))->toByteArray() == sent.pdf);
    CHECK_FALSE(db.value()->exec(QStringLiteral("DELETE FROM document")).ok());
    CHECK(db.value()->exec(QStringLiteral("SELECT count(*) FROM letter_template")).ok());
}

TEST_CASE("a version 6 database gains user titles and the decision's contributors, drafter and submitter among them",
          "[decision][migration][sqlite-only]")
{
    TempDb t;
    const QString number = decidedCase(t);
    for (const char *sql :
         {"DROP TABLE incoming_document", "DROP TABLE revocation_registry", "DROP TABLE revocation",
          "DROP TABLE suspension",                         // schema 12
          "DROP TABLE delivery", "DROP TABLE project_end", // schema 9
          "DROP TABLE decision_contributor", "ALTER TABLE app_user DROP COLUMN title",
          "ALTER TABLE app_user DROP COLUMN row_version", "ALTER TABLE decision DROP COLUMN revision",
          "DROP TABLE journal_party", "DROP TABLE journal_entry", "DROP TABLE journal_sequence",
          "DROP TABLE case_screening", "DELETE FROM setting WHERE key = 'journal.screening-bases'",
          "ALTER TABLE fv_case DROP COLUMN foreign_legal_basis", "DROP TABLE appeal", "PRAGMA user_version = 6"})
        REQUIRE(t.db().exec(QLatin1String(sql)).ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == currentSchemaVersion());
    // Every version's drafter, and its submitter when it was submitted, are its contributors.
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM decision_contributor WHERE act = 'drafted'"))->toInt()
          == db.value()->scalar(QStringLiteral("SELECT count(*) FROM decision"))->toInt());
    CHECK(db.value()
              ->scalar(QStringLiteral("SELECT count(*) FROM decision_contributor c JOIN decision d "
                                      "ON d.id = c.decision_id AND d.submitted_by = c.user_id "
                                      "WHERE c.act = 'submitted'"))
              ->toInt()
          >= 1);
    CHECK(db.value()
              ->scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE title = '' AND row_version = 1"))
              ->toInt()
          == db.value()->scalar(QStringLiteral("SELECT count(*) FROM app_user"))->toInt());
    CHECK_FALSE(db.value()->exec(QStringLiteral("DELETE FROM decision_contributor")).ok());
    CHECK(number.size() > 0);
}

TEST_CASE("send, document and show --json on the command line", "[documents][cli]")
{
    test::fixTodayOnSqlite("2026-11-22");
    TempDb t;
    const QString number = decidedCase(t);
    const QStringList base = t.cliArgs(QStringLiteral("ola"));

    auto usage = test::cliProcess(base + QStringList{QStringLiteral("send"), number});
    CHECK(usage.status == 2);
    auto sent = test::cliProcess(
        base
        + QStringList{QStringLiteral("send"), number, QStringLiteral("--kind"), QStringLiteral("decision"),
                      QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(str(sent.err));
    REQUIRE(sent.status == 0);
    CHECK(sent.out == QStringLiteral("%1\t%1-1\tdecision\n").arg(number));

    auto json = test::cliProcess(
        base
        + QStringList{QStringLiteral("--json"), QStringLiteral("send"), number, QStringLiteral("--kind"),
                      QStringLiteral("receipt")});
    REQUIRE(json.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(u"docNo").toInt() == 2);
    CHECK(o.value(u"reference").toString() == number + QStringLiteral("-2"));
    CHECK(o.value(u"sha256").toString().size() == 64);

    const QString out = t.dir() + QStringLiteral("/doc1.pdf");
    auto doc = test::cliProcess(
        base + QStringList{QStringLiteral("document"), number, QStringLiteral("1"), QStringLiteral("--out"), out});
    REQUIRE(doc.status == 0);
    CHECK(test::readFile(out) == storedBytes(t, number, 1));
    const QString text = pdfText(out);
    CHECK(text.contains(number + QStringLiteral("-1"))); // "Our ref." carries the document number
    CHECK(text.contains(QStringLiteral("Decision")));

    auto missing = test::cliProcess(
        base + QStringList{QStringLiteral("document"), number, QStringLiteral("9"), QStringLiteral("--out"), out});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(number + QStringLiteral("-9")));

    auto show = test::cliProcess(base + QStringList{QStringLiteral("show"), number, QStringLiteral("--json")});
    REQUIRE(show.status == 0);
    const QJsonArray docs = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"documents").toArray();
    REQUIRE(docs.size() == 2);
    const QJsonObject first = docs.at(0).toObject();
    CHECK(first.value(u"docNo").toInt() == 1);
    CHECK(first.value(u"kind").toString() == QStringLiteral("decision"));
    CHECK(first.value(u"language").toString() == QStringLiteral("en"));
    CHECK(first.value(u"createdBy").toString() == t.login(QStringLiteral("ola")));
    CHECK(first.value(u"createdAt").toString().startsWith(today().toString(Qt::ISODate))); // 2026-11-22 on SQLite
    CHECK(first.value(u"sha256").toString()
          == QString::fromLatin1(
              QCryptographicHash::hash(storedBytes(t, number, 1), QCryptographicHash::Sha256).toHex()));
    CHECK_FALSE(first.value(u"title").toString().isEmpty());

    auto admin = test::cliProcess(
        t.cliArgs(QStringLiteral("admin"))
        << QStringLiteral("send") << number << QStringLiteral("--kind") << QStringLiteral("receipt"));
    CHECK(admin.status == 1);
    CHECK(admin.err.contains(QStringLiteral("may not send letters")));
}
