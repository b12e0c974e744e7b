// The archive in the GUI: the journal window searched by date, party, type and status, the
// restanse list, the case's journal on its documents page, and the extract with progress.
#include "Clock.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "archive/ArchiveActions.h"
#include "archive/JournalModel.h"
#include "archive/JournalService.h"
#include "archive/JournalWindow.h"
#include "casework/CaseView.h"
#include "letters/DocumentService.h"
#include "registry/RegistryCatalogue.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QTemporaryDir>
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
