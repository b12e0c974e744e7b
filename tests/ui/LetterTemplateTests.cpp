// Administration → Letter templates as an admin and a caseworker use it, and sending letters
// from the main window.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "casework/Users.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "letters/LetterChoice.h"
#include "letters/LetterTemplateDialog.h"
#include "letters/TemplateStore.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

// A new database with one imported application; the acting login holds every role.
QString makeOffice(Session &session, const QString &path)
{
    REQUIRE(session.createEmpty(path, DatabaseKind::Test).ok());
    const QByteArray app = test::readFile(test::specFile(QStringLiteral("example-application.json")));
    auto number = session.cases().importApplication(app, QStringLiteral("a.json"));
    REQUIRE(number.ok());
    return number.value();
}

} // namespace

TEST_CASE("an admin edits a letter template and the preview follows", "[ui][templates]")
{
    QTemporaryDir dir;
    Session session;
    const QString number = makeOffice(session, dir.filePath(QStringLiteral("cases.db")));
    REQUIRE(session.user().has(Role::Admin));
    LetterTemplateDialog dialog(session, number);
    dialog.show();
    REQUIRE(dialog.isEditable());
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("receipt")));
    CHECK_FALSE(dialog.editor()->isReadOnly());
    CHECK(dialog.editor()->toPlainText().contains(QStringLiteral("{{")));
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("HD-2026-000417")));
    CHECK_FALSE(dialog.resetButton()->isEnabled()); // the standard template is in use

    dialog.editor()->setPlainText(
        QStringLiteral("<h1>Kvittering for {{application.reference}}</h1><p>Prosjekt: {{project.title}}</p>"));
    // The preview follows the typing after a short pause.
    CHECK(QTest::qWaitFor(
        [&] { return dialog.preview()->toPlainText().contains(QStringLiteral("Kvittering for HD-2026-000417")); },
        3000));
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("Prosjekt: Svangerskapsdiabetes")));

    // A broken template: the engine's message shows, and it is not saved.
    dialog.editor()->setPlainText(QStringLiteral("<p>{{#project}}{{title}}</p>"));
    dialog.updatePreview();
    CHECK(dialog.messages()->isVisible());
    CHECK(dialog.messages()->text().contains(QStringLiteral("template error")));
    dialog.saveButton()->click();
    CHECK_FALSE(TemplateStore::stored(session.database(), LetterKind::Receipt, Language::Bokmaal)->has_value());

    dialog.editor()->setPlainText(QStringLiteral("<h1>Egen kvittering</h1><p>{{application.reference}}</p>"));
    dialog.saveButton()->click();
    auto stored = TemplateStore::stored(session.database(), LetterKind::Receipt, Language::Bokmaal);
    REQUIRE(stored->has_value());
    CHECK(stored->value().body.contains(QStringLiteral("Egen kvittering")));
    CHECK(dialog.resetButton()->isEnabled());
    dialog.updatePreview();

    Dialogs::setNextConfirmation(true);
    dialog.resetButton()->click();
    CHECK_FALSE(TemplateStore::stored(session.database(), LetterKind::Receipt, Language::Bokmaal)->has_value());
    CHECK_FALSE(dialog.editor()->toPlainText().contains(QStringLiteral("Egen kvittering")));
}

TEST_CASE("a caseworker sees the letter templates read-only", "[ui][templates][roles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    {
        Session admin;
        makeOffice(admin, path);
    }
    // The same database, with the acting login stripped down to an adviser.
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db.value()
                    ->exec(QStringLiteral("UPDATE app_user SET roles = 'adviser' WHERE login = ?"),
                           {Session::actingLogin()})
                    .ok());
    }
    Session session;
    REQUIRE(session.open(path).ok());
    REQUIRE_FALSE(session.user().has(Role::Admin));
    LetterTemplateDialog dialog(session, QString());
    dialog.show();
    CHECK_FALSE(dialog.isEditable());
    CHECK(dialog.editor()->isReadOnly());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK_FALSE(dialog.resetButton()->isEnabled());
    // The sample letter shows without a case.
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("00000")));
}

TEST_CASE("send a letter and the waiting letters from the main window", "[ui][documents]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    QTemporaryDir dir;
    Session session;
    const QString number = makeOffice(session, dir.filePath(QStringLiteral("cases.db")));
    MainWindow window(session);
    REQUIRE(window.selectCase(number));
    setNextLetterChoice(LetterChoice{LetterKind::Receipt, Language::English});
    window.action(QStringLiteral("sendLetter"))->trigger();
    auto rec = session.cases().load(number);
    REQUIRE(rec->documents.size() == 1);
    CHECK(rec->documents.front().kind == QStringLiteral("receipt"));
    CHECK(rec->documents.front().language == QStringLiteral("en"));

    // Nothing waiting: said so, no folder asked for.
    window.action(QStringLiteral("sendWaitingLetters"))->trigger();
    CHECK(window.messageBar()->text().contains(QStringLiteral("No decision letters")));
}

TEST_CASE("the waiting decision letters are sent and saved in a folder", "[ui][documents]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    QTemporaryDir dir;
    Session session;
    const QString number = makeOffice(session, dir.filePath(QStringLiteral("cases.db")));
    // Drafted by the acting user, approved by a second decision-maker.
    auto kari = Users::add(session.database(), session.user().login, QStringLiteral("kari"), {Role::DecisionMaker},
                           QStringLiteral("Kari Sørensen"));
    REQUIRE(kari.ok());
    DecisionService drafting(session.cases());
    REQUIRE(test::prepareForDraft(session.cases(), number).ok());
    REQUIRE(drafting.draft(number).ok());
    REQUIRE(test::settleAssessment(session.cases(), number).ok());
    REQUIRE(drafting.submit(number).ok());
    CaseService asKari(session.database(), kari.value());
    REQUIRE(DecisionService(asKari).approve(number).ok());

    MainWindow window(session);
    const QString folder = dir.filePath(QStringLiteral("letters"));
    REQUIRE(QDir().mkpath(folder));
    Dialogs::setNextFileName(folder);
    window.action(QStringLiteral("sendWaitingLetters"))->trigger();
    auto rec = session.cases().load(number);
    REQUIRE(rec.ok());
    CHECK(rec->summary.status == CaseStatus::LetterSent);
    REQUIRE(rec->documents.size() == 1);
    const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    REQUIRE(pdfs.size() == 1);
    // The saved file is the stored document, byte for byte.
    auto stored = DocumentService(session.cases()).content(number, QString::number(rec->documents.front().number));
    REQUIRE(stored.ok());
    CHECK(test::readFile(QDir(folder).filePath(pdfs.front())) == stored.value());
    CHECK(window.messageBar()->text().contains(folder));

    // Saving the decision letter again gives the letter as sent, never a new rendering.
    const QString again = dir.filePath(QStringLiteral("again.pdf"));
    Dialogs::setNextFileName(again);
    window.action(QStringLiteral("saveLetterPdf"))->trigger();
    CHECK(test::readFile(again) == stored.value());
}

TEST_CASE("screenshot of the letter template editor", "[ui][templates][.screenshot]")
{
    // FV_SCREENSHOT_DIR=docs: the Norwegian UI on a demo case with an approved decision.
    installTranslations(QStringLiteral("nb"));
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    CaseFilter decided;
    decided.status = CaseStatus::Decided;
    auto cases = session.cases().list(decided);
    REQUIRE(cases.ok());
    REQUIRE_FALSE(cases->empty());
    LetterTemplateDialog dialog(session, cases->front().caseNumber);
    dialog.resize(1400, 860);
    dialog.show();
    QTest::qWait(50);
    saveScreenshot(dialog, QStringLiteral("screenshot-templates.png"));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("two windows edit the same letter template: the later save is refused, the earlier kept",
          "[ui][templates][race]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    Session first;
    makeOffice(first, path);
    Session second;
    REQUIRE(second.open(path).ok());
    const QString receipt = QStringLiteral("receipt");
    LetterTemplateDialog earlier(first, QString());
    LetterTemplateDialog later(second, QString());
    for (LetterTemplateDialog *d : {&earlier, &later}) {
        d->show();
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(receipt));
    }
    const QString kept = QStringLiteral("<p>Først lagret {{application.reference}}</p>");
    earlier.editor()->setPlainText(kept);
    earlier.saveButton()->click();
    REQUIRE_FALSE(earlier.messages()->text().contains(QStringLiteral("not saved")));

    later.editor()->setPlainText(QStringLiteral("<p>Sist lagret {{application.reference}}</p>"));
    later.saveButton()->click();
    INFO(later.messages()->text().toStdString());
    CHECK(later.messages()->isVisible());
    CHECK(later.messages()->text().contains(QStringLiteral("was not saved")));
    CHECK(later.messages()->text().contains(Session::actingLogin()));
    CHECK(TemplateStore::load(first.database(), LetterKind::Receipt, Language::Bokmaal).value() == kept);
    saveScreenshot(later, QStringLiteral("screenshot-template-refused-en.png"));

    // Saving again without reopening is refused again, and in bokmål the refusal is Norwegian.
    installTranslations(QStringLiteral("nb"));
    later.saveButton()->click();
    const QString norwegian = later.messages()->text();
    saveScreenshot(later, QStringLiteral("screenshot-template-refused-nb.png"));
    installTranslations(QStringLiteral("en"));
    INFO(norwegian.toStdString());
    CHECK(norwegian.contains(QStringLiteral("Endringen din ble ikke lagret")));
    CHECK(norwegian.contains(QStringLiteral("brevmalen receipt.nb")));
    CHECK(TemplateStore::load(first.database(), LetterKind::Receipt, Language::Bokmaal).value() == kept);
}
