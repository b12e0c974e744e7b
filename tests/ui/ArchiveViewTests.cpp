// The archive in the GUI: the journal window searched by date, party, type and status, the
// restanse list, the case's journal on its documents page, and the extract with progress.
#include "Clock.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "archive/ArchiveActions.h"
#include "archive/JournalModel.h"
#include "archive/JournalNoteDialog.h"
#include "archive/JournalService.h"
#include "archive/JournalWindow.h"
#include "casework/CaseView.h"
#include "letters/DocumentService.h"
#include "registry/RegistryCatalogue.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

// The demo office with its decided cases' letters sent: their applications are closed.
struct Office
{
    QTemporaryDir dir;
    Session session;
    Office()
    {
        REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
        CaseFilter decided;
        decided.status = CaseStatus::Decided;
        auto waiting = session.cases().list(decided);
        REQUIRE(waiting.ok());
        for (const CaseSummary &c : waiting.value())
            REQUIRE(DocumentService(session.cases()).send(c.caseNumber, LetterKind::Decision).ok());
    }
};

} // namespace

TEST_CASE("the journal window searches the journal and shows the restanse list with ages", "[archive][gui]")
{
    Office office;
    JournalWindow all(office.session, false);
    QAbstractItemModelTester tester(all.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    all.findChild<QDateEdit *>()->setDate(QDate(2000, 1, 1));
    all.search();
    const int everything = all.model()->rowCount();
    CHECK(everything > 20);
    all.findChild<QLineEdit *>()->setText(QStringLiteral("Direktoratet for medisinske produkter"));
    all.search();
    const int fromDmp = all.model()->rowCount();
    CHECK(fromDmp > 0);
    CHECK(fromDmp < everything);
    for (int r = 0; r < fromDmp; ++r)
        CHECK(all.model()->entry(r)->parties.front().name == QStringLiteral("Direktoratet for medisinske produkter"));

    // Screening the first entry from the window, then lifting it: the core operation each time.
    all.findChild<QLineEdit *>()->clear();
    all.search();
    all.table()->setCurrentIndex(all.model()->index(0, 0));
    const QString first = all.model()->entry(0)->reference();
    all.screenSelected(true);
    CHECK(all.model()->entry(0)->isScreened());
    CHECK(all.model()->index(0, JournalModel::Parties).data().toString() == QStringLiteral("*****"));
    all.table()->setCurrentIndex(all.model()->index(0, 0));
    all.screenSelected(false);
    CHECK_FALSE(all.model()->entry(0)->isScreened());
    CHECK(all.model()->entry(0)->reference() == first);

    JournalWindow restanse(office.session, true);
    QAbstractItemModelTester restanseTester(restanse.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(restanse.model()->rowCount() > 0);
    CHECK(restanse.model()->rowCount() < everything);
    for (int r = 0; r < restanse.model()->rowCount(); ++r) {
        const JournalEntry *e = restanse.model()->entry(r);
        CHECK(e->isOpen());
        CHECK(restanse.model()->index(r, JournalModel::State).data().toString().contains(QStringLiteral("day")));
    }
    restanse.show();
    saveScreenshot(restanse, QStringLiteral("restanse-en.png"));
    setUiLanguage(UiLanguage::Bokmal);
    JournalWindow nb(office.session, true);
    nb.show();
    saveScreenshot(nb, QStringLiteral("restanse-nb.png"));
    setUiLanguage(UiLanguage::English);
}

TEST_CASE("a case's documents page shows its journal; the archive menu writes an extract", "[archive][gui]")
{
    Office office;
    JournalQuery query;
    query.type = JournalType::Outgoing;
    auto sent = JournalService(office.session.cases()).find(query);
    REQUIRE(sent.ok());
    REQUIRE_FALSE(sent->empty());
    const QString number = sent->front().caseNumber;
    CaseView view;
    auto entries = JournalService(office.session.cases()).forCase(number);
    REQUIRE(entries.ok());
    view.setJournal(entries.value());
    view.showCase(office.session.cases().load(number).value(), loadRegistryMap(office.session.database()).value());
    const QString page = view.documentsPage()->toPlainText();
    CHECK(page.contains(QStringLiteral("Journal")));
    for (const JournalEntry &e : entries.value())
        CHECK(page.contains(e.journalNumber()));
    view.showTab(CaseView::DocumentsTab);
    view.resize(1100, 600);
    view.show();
    saveScreenshot(view, QStringLiteral("case-journal-en.png"));

    QWidget window;
    ArchiveActions actions(office.session, &window);
    QTemporaryDir out;
    bool ok = false;
    const QString target = out.filePath(QStringLiteral("uttrekk"));
    const QString said = actions.exportTo(QDate(2000, 1, 1), today(), target, &ok);
    INFO(said.toStdString());
    CHECK(ok);
    CHECK(QFileInfo::exists(target + QStringLiteral("/arkivuttrekk.xml")));
    // Again into the now full folder: refused, in words.
    CHECK(actions.exportTo(QDate(2000, 1, 1), today(), target, &ok).contains(QStringLiteral("not empty")));
    CHECK_FALSE(ok);
}

TEST_CASE("a note is journalled from the case's documents page, by keyboard alone; a refusal stays in the dialog",
          "[archive][gui][note]")
{
    Office office;
    JournalQuery open;
    open.openOnly = true;
    auto restanse = JournalService(office.session.cases()).find(open);
    REQUIRE(restanse.ok());
    REQUIRE_FALSE(restanse->empty());
    const JournalEntry incoming = restanse->front();
    const QString number = incoming.caseNumber;
    const size_t before = JournalService(office.session.cases()).forCase(number)->size();

    // The documents page offers it.
    CaseView view;
    view.showCase(office.session.cases().load(number).value(), loadRegistryMap(office.session.database()).value());
    QSignalSpy asked(&view, &CaseView::journalNoteRequested);
    view.journalNoteButton()->click();
    CHECK(asked.count() == 1);

    JournalNoteDialog dialog(office.session, number);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    for (QWidget *field : std::initializer_list<QWidget *>{
             dialog.titleField(), dialog.textField(), dialog.closesBox(), dialog.screeningBox()})
        CHECK_FALSE(field->accessibleName().isEmpty());
    CHECK(dialog.closesBox()->count() >= 2); // none, and the case's open incoming entries

    // OK without a title: refused above the fields, the dialog stays, nothing is journalled.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messages()->text().contains(QStringLiteral("title")));
    CHECK(JournalService(office.session.cases()).forCase(number)->size() == before);

    // By keyboard: the title, Tab to the text, Tab to follow-up (Space), Tab to the entry it closes.
    dialog.titleField()->setFocus();
    QTest::keyClicks(dialog.titleField(), QStringLiteral("Telefon med prosjektleder"));
    QTest::keyClick(dialog.titleField(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == dialog.textField());
    QTest::keyClicks(dialog.textField(), QStringLiteral("Avtalt at protokollen ettersendes."));
    QTest::keyClick(dialog.textField(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == dialog.followUpBox());
    QTest::keyClick(dialog.followUpBox(), Qt::Key_Space);
    QTest::keyClick(dialog.followUpBox(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == dialog.closesBox());
    QTest::keyClick(dialog.closesBox(), Qt::Key_Down);
    CHECK(dialog.closesBox()->currentData().toInt() == incoming.number);
    saveScreenshot(dialog, QStringLiteral("journal-note-en.png"));
    QTest::keyClick(dialog.closesBox(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.entry());
    CHECK(dialog.entry()->type == JournalType::InternalFollowUp);
    auto after = JournalService(office.session.cases()).forCase(number);
    REQUIRE(after->size() == before + 1);
    CHECK(after->back().title == QStringLiteral("Telefon med prosjektleder"));
    const auto closed = std::find_if(after->begin(), after->end(), [&](const JournalEntry &e) {
        return e.number == incoming.number;
    });
    REQUIRE(closed != after->end());
    REQUIRE(closed->closure);
    CHECK(closed->closure->method == QStringLiteral("TE"));

    setUiLanguage(UiLanguage::Bokmal);
    JournalNoteDialog nb(office.session, number);
    nb.show();
    CHECK(nb.windowTitle().contains(number));
    saveScreenshot(nb, QStringLiteral("journal-note-nb.png"));
    setUiLanguage(UiLanguage::English);
}
