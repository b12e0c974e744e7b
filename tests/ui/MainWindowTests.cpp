// The main window on a demo database, as a caseworker first sees it.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "casework/CaseView.h"
#include "decision/DecisionEntryModel.h"
#include "registry/RegistryCatalogue.h"
#include "search/CaseListModel.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// The screenshot for the README, when asked for: FV_SCREENSHOT_DIR=docs ctest -R MainWindow
void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("the main window opens on a demo database with about ten cases", "[ui][smoke]")
{
    QTemporaryDir dir;
    Session session;
    const Status made = session.createDemo(dir.filePath(QStringLiteral("demo.db")));
    REQUIRE(made.ok());
    MainWindow window(session);
    window.resize(1500, 900);
    window.show();

    QAbstractItemModel *model = window.caseTable()->model();
    CHECK(model->rowCount() == 11);
    // Every one of the 11 registries is used by some demo case.
    QStringList used;
    for (int r = 0; r < model->rowCount(); ++r)
        used += model->index(r, CaseListModel::Registries).data().toString().split(QStringLiteral(", "));
    used.removeDuplicates();
    CHECK(used.size() == 11);

    // The newest case is open, and a decided one shows its joint decision.
    CHECK(!window.selectedCase().isEmpty());
    REQUIRE(window.selectCase(QStringLiteral("26/00003")));
    REQUIRE(window.caseView()->currentCase().has_value());
    CHECK(window.caseView()->currentCase()->summary.status == CaseStatus::Decided);
    CHECK(window.action(QStringLiteral("printLetter"))->isEnabled());
    CHECK_FALSE(window.action(QStringLiteral("approve"))->isEnabled());
    window.caseView()->showTab(CaseView::DecisionTab);
    saveScreenshot(window, QStringLiteral("screenshot-main.png"));

    // Sorting by case number ascending puts last year's follow-up case, 25/00001, first.
    window.caseTable()->sortByColumn(CaseListModel::Number, Qt::AscendingOrder);
    CHECK(model->index(0, CaseListModel::Number).data().toString() == QStringLiteral("25/00001"));
    CHECK(model->index(1, CaseListModel::Number).data().toString() == QStringLiteral("26/00001"));
}

TEST_CASE("drafting from the window moves the case and offers submit, not approve", "[ui]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    window.show();
    // 26/00005 is a received demo case; a decision is drafted once it is complete and has a caseworker.
    REQUIRE(test::prepareForDraft(session.cases(), QStringLiteral("26/00005")).ok());
    REQUIRE(window.selectCase(QStringLiteral("26/00005")));
    QAction *draft = window.action(QStringLiteral("draft"));
    REQUIRE(draft->isEnabled());
    draft->trigger();
    REQUIRE(window.caseView()->currentCase().has_value());
    CHECK(window.caseView()->currentCase()->summary.status == CaseStatus::DecisionDraft);
    // Submitting needs the legal assessment settled first (the acting user is also the lawyer),
    // and the disabled button says so.
    CHECK_FALSE(window.action(QStringLiteral("submit"))->isEnabled());
    CHECK(window.action(QStringLiteral("submit"))
              ->toolTip()
              .startsWith(QStringLiteral("The draft cannot go for approval while the legal assessment is unsettled")));
    REQUIRE(test::settleAssessment(session.cases(), QStringLiteral("26/00005")).ok());
    session.notifyCasesChanged();
    CHECK(window.action(QStringLiteral("submit"))->isEnabled());
    window.action(QStringLiteral("submit"))->trigger();
    CHECK(window.caseView()->currentCase()->summary.status == CaseStatus::AwaitingApproval);
    // The acting user drafted it: the four-eyes rule hides approval from them.
    CHECK_FALSE(window.action(QStringLiteral("approve"))->isEnabled());
}

TEST_CASE("saving the decision letter as PDF writes a PDF", "[ui][letter]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    REQUIRE(window.selectCase(QStringLiteral("26/00001")));
    const QString pdf = dir.filePath(QStringLiteral("vedtak.pdf"));
    Dialogs::setNextFileName(pdf);
    window.action(QStringLiteral("saveLetterPdf"))->trigger();
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(test::readFile(pdf).startsWith("%PDF-"));
}

TEST_CASE("a database that cannot be opened is reported, not crashed on", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("garbage, not a database");
    f.close();
    Session session;
    const Status s = session.open(path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().toString().contains(path));
}

TEST_CASE("the item models behave", "[ui][models]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    CaseListModel cases;
    QAbstractItemModelTester casesTester(&cases, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto list = session.cases().list();
    REQUIRE(list.ok());
    cases.setCases(list.value());
    cases.setCases(list.value()); // same rows: dataChanged, no reset
    auto fewer = list.value();
    fewer.pop_back();
    cases.setCases(fewer);
    CHECK(cases.rowCount() == static_cast<int>(list->size()) - 1);

    DecisionEntryModel entries;
    QAbstractItemModelTester entriesTester(&entries, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rec = session.cases().load(QStringLiteral("26/00003"));
    REQUIRE(rec.ok());
    auto registries = loadRegistryMap(session.database());
    REQUIRE(registries.ok());
    entries.setDecision(rec->currentDecision(), registries.value());
    CHECK(entries.rowCount() == static_cast<int>(rec->currentDecision()->entries.size()));
    CHECK(entries.index(0, DecisionEntryModel::Registry).data().toString()
          == QStringLiteral("Kommunalt pasient- og brukerregister"));
    CHECK(entries.index(0, DecisionEntryModel::Registry)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("(KPR)")));
}
