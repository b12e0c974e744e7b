// The casework in the main window, on the demo database as of 22 November 2026: overdue work
// at a glance in the case list, "Mine saker", the Saksbehandling tab's actions and checklist,
// consultations, and the timeline.
#include "CaseActions.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "application/ApplicationHtml.h"
#include "casework/CaseView.h"
#include "casework/CaseworkDialogs.h"
#include "casework/CaseworkModels.h"
#include "casework/CaseworkPanel.h"
#include "casework/TimelineView.h"
#include "decision/ForeignBasis.h"
#include "registry/RegistryCatalogue.h"
#include "search/CaseListModel.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/Tones.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // pending layout requests, as a running program would have done
    w.grab().save(QDir(dir).filePath(name));
}

struct Demo
{
    Demo()
    {
        REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
        window = std::make_unique<MainWindow>(session);
        window->resize(1600, 980);
        window->show();
        window->pages()->setCurrentIndex(1);
    }
    QTemporaryDir dir;
    Session session;
    std::unique_ptr<MainWindow> window;

    QModelIndex cell(const QString &number, int column)
    {
        QAbstractItemModel *m = window->caseTable()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, CaseListModel::Number).data().toString() == number)
                return m->index(r, column);
        return {};
    }
    CaseStatus status(const QString &number) { return session.cases().load(number)->summary.status; }
    CaseworkPanel *panel() { return window->caseView()->caseworkPanel(); }
    CaseActions *actions() { return window->caseActions(); }
};

} // namespace

TEST_CASE("the case list shows overdue work at a glance, in colour and in words", "[ui][casework]")
{
    Demo d;
    // 26/00002 waits for approval past its statutory deadline (18 November).
    const QModelIndex late = d.cell(QStringLiteral("26/00002"), CaseListModel::Deadline);
    REQUIRE(late.isValid());
    // The same words as everywhere else ("2 arbeidsdager over fristen"), not "2 d".
    CHECK(late.data().toString().startsWith(QStringLiteral("Overdue by 2 working day(s) · ")));
    CHECK(late.data().toString().contains(QStringLiteral("Decision deadline")));
    // A tint of the palette's base, red for overdue (fv::tones), not a fixed colour.
    CHECK(late.data(Qt::BackgroundRole).value<QColor>()
          == tones::background(Tone::Error, QApplication::palette(), QPalette::Base));
    CHECK(late.data(Qt::BackgroundRole).value<QColor>() != QApplication::palette().color(QPalette::Base));
    CHECK_FALSE(late.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue by 2 working day(s)")));
    // 26/00006 waits for Norsk helsearkiv, whose answer was due 8 October.
    CHECK(d.cell(QStringLiteral("26/00006"), CaseListModel::Deadline)
              .data()
              .toString()
              .contains(QStringLiteral("Registry manager's answer")));
    // 26/00005 was never taken: its preliminary reply is overdue.
    CHECK(d.cell(QStringLiteral("26/00005"), CaseListModel::Deadline)
              .data()
              .toString()
              .contains(QStringLiteral("Preliminary reply")));
    // 26/00010 waits for the applicant: paused, the answer due within the week.
    const QModelIndex paused = d.cell(QStringLiteral("26/00010"), CaseListModel::Deadline);
    CHECK(paused.data().toString().startsWith(QStringLiteral("Paused")));
    CHECK(paused.data(Qt::BackgroundRole).value<QColor>()
          == tones::background(Tone::Warning, QApplication::palette(), QPalette::Base));
    // A decided case has nothing due.
    CHECK(d.cell(QStringLiteral("26/00001"), CaseListModel::Deadline).data().toString().isEmpty());
    int overdue = 0;
    QAbstractItemModel *m = d.window->caseTable()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        overdue += m->index(r, CaseListModel::Deadline).data().toString().startsWith(QStringLiteral("Overdue"));
    CHECK(overdue == 3);

    // The screenshot: the case list with its deadline column, and a late case's casework.
    REQUIRE(d.window->selectCase(QStringLiteral("26/00006")));
    d.window->caseView()->showTab(CaseView::CaseworkTab);
    saveScreenshot(*d.window, QStringLiteral("screenshot-casework.png"));
    d.window->caseView()->showTab(CaseView::TimelineTab);
    saveScreenshot(*d.window, QStringLiteral("screenshot-timeline.png"));
}

TEST_CASE("Mine saker shows only the user's cases", "[ui][casework]")
{
    Demo d;
    QAbstractItemModel *m = d.window->caseTable()->model();
    CHECK(m->rowCount() == 11);
    d.actions()->myCasesAction()->trigger();
    REQUIRE(m->rowCount() == 2);
    for (int r = 0; r < m->rowCount(); ++r)
        CHECK(m->index(r, CaseListModel::Assignee).data().toString() == d.session.user().fullName);
    // Taking a case puts it among mine.
    d.actions()->myCasesAction()->trigger();
    REQUIRE(d.window->selectCase(QStringLiteral("26/00005")));
    REQUIRE(d.actions()->take()->isEnabled());
    d.actions()->take()->trigger();
    CHECK_FALSE(d.actions()->take()->isEnabled());
    d.actions()->myCasesAction()->trigger();
    CHECK(m->rowCount() == 3);
}

TEST_CASE("the Saksbehandling tab offers only legal actions and runs the dialogue", "[ui][casework]")
{
    Demo d;
    REQUIRE(d.window->selectCase(QStringLiteral("26/00005"))); // received, untouched
    CaseActions *a = d.actions();
    CHECK(a->startCheck()->isEnabled());
    CHECK(a->complete()->isEnabled());
    CHECK_FALSE(a->infoReceived()->isEnabled());
    CHECK(a->infoReceived()->toolTip().contains(QStringLiteral("while the case is received"), Qt::CaseInsensitive));
    CHECK_FALSE(a->remind()->isEnabled());
    CHECK_FALSE(a->close()->isEnabled());
    CHECK_FALSE(a->consulted()->isEnabled());

    a->startCheck()->trigger();
    CHECK(d.status(QStringLiteral("26/00005")) == CaseStatus::CompletenessCheck);
    CHECK_FALSE(a->startCheck()->isEnabled());
    Dialogs::setNextText(QStringLiteral("Legg ved DPIA."));
    a->requestInfo()->trigger();
    CHECK(d.status(QStringLiteral("26/00005")) == CaseStatus::WaitingForApplicant);
    CHECK(d.panel()->deadlineSummary()->text().contains(QStringLiteral("not complete")));
    CHECK(d.panel()->dialogueView()->toPlainText().contains(QStringLiteral("Legg ved DPIA.")));
    REQUIRE(a->infoReceived()->isEnabled());
    CHECK_FALSE(a->remind()->isEnabled()); // the applicant still has ten working days
    CHECK(a->remind()->toolTip().contains(QStringLiteral("04.12.2026")));
    CaseworkDialogs::setNextDate(QDate(2026, 11, 22));
    a->infoReceived()->trigger();
    CHECK(d.status(QStringLiteral("26/00005")) == CaseStatus::CompletenessCheck); // back where it was
    // The demo application lacks a DPIA: the caseworker is asked before the clock starts.
    Dialogs::setNextConfirmation(false);
    a->complete()->trigger();
    CHECK(d.status(QStringLiteral("26/00005")) == CaseStatus::CompletenessCheck);
    Dialogs::setNextConfirmation(true);
    CaseworkDialogs::setNextDate(QDate(2026, 11, 20));
    a->complete()->trigger();
    CHECK(d.status(QStringLiteral("26/00005")) == CaseStatus::UnderAssessment);
    CHECK(d.panel()->deadlineSummary()->text().contains(QStringLiteral("Decision due")));

    // A consultation, answered.
    CaseworkDialogs::setNextChoice(QStringLiteral("HKR"));
    CaseworkDialogs::setNextDate(QDate(2026, 12, 4));
    a->consult()->trigger();
    REQUIRE(d.panel()->consultationModel()->rowCount() == 1);
    CHECK(d.panel()->consultationModel()->index(0, ConsultationModel::State).data().toString()
          == QStringLiteral("Waiting"));
    REQUIRE(a->consulted()->isEnabled());
    CaseworkDialogs::setNextChoice(QStringLiteral("HKR"));
    CaseworkDialogs::setNextChoice(QStringLiteral("Grant in part"));
    Dialogs::setNextText(QStringLiteral("Uten NPR-koblingsnøkkel"));
    a->consulted()->trigger();
    INFO(d.window->messageBar()->text().toStdString());
    CHECK(d.panel()->consultationModel()->index(0, ConsultationModel::Answer).data().toString()
          == QStringLiteral("Grant in part"));
    CHECK(d.panel()->consultationModel()->index(0, ConsultationModel::Note).data().toString()
          == QStringLiteral("Uten NPR-koblingsnøkkel"));
    CHECK_FALSE(a->consulted()->isEnabled()); // nothing more to wait for
}

TEST_CASE("the checklist is edited in place; a refusal shows in the message bar", "[ui][casework][assessment]")
{
    Demo d;
    REQUIRE(d.window->selectCase(QStringLiteral("26/00007"))); // anonymous statistics, mine
    CaseworkPanel *p = d.panel();
    AssessmentModel *model = p->assessmentModel();
    REQUIRE(model->rowCount() == 10);
    CHECK(model->index(1, AssessmentModel::Required).data().toString() == QStringLiteral("Not needed")); // legal-basis
    // Institution's approval is required and not yet assessed.
    const int row = 3;
    REQUIRE(model->index(row, AssessmentModel::Item).data().toString() == QStringLiteral("Institution's approval"));
    CHECK(model->index(row, AssessmentModel::Result).data().toString() == QStringLiteral("Not assessed"));
    p->assessmentTable()->setCurrentIndex(model->index(row, 0));
    REQUIRE(p->saveAssessmentButton()->isEnabled());
    p->resultEditor()->setCurrentIndex(p->resultEditor()->findData(static_cast<int>(AssessmentResult::NotFulfilled)));
    p->noteEditor()->clear();
    p->saveAssessmentButton()->click();
    CHECK(d.window->messageBar()->isVisible());
    CHECK(d.window->messageBar()->text().contains(QStringLiteral("a note is required")));
    p->noteEditor()->setText(QStringLiteral("Godkjenning fra instituttleder mangler"));
    p->saveAssessmentButton()->click();
    CHECK(model->index(row, AssessmentModel::Result).data().toString() == QStringLiteral("Not fulfilled"));
    CHECK(model->index(row, AssessmentModel::Note).data().toString()
          == QStringLiteral("Godkjenning fra instituttleder mangler"));
    CHECK(d.session.cases()
              .load(QStringLiteral("26/00007"))
              ->casework.assessment.find(AssessmentItem::InstitutionApproval)
              ->result
          == AssessmentResult::NotFulfilled);
}

TEST_CASE("submit waits for the legal assessment; the drafter cannot approve", "[ui][casework][four-eyes]")
{
    Demo d;
    // A decision is drafted on a complete case that has a caseworker.
    REQUIRE(test::prepareForDraft(d.session.cases(), QStringLiteral("26/00005")).ok());
    REQUIRE(d.window->selectCase(QStringLiteral("26/00005")));
    d.window->action(QStringLiteral("draft"))->trigger();
    REQUIRE(d.status(QStringLiteral("26/00005")) == CaseStatus::DecisionDraft);
    QAction *submit = d.window->action(QStringLiteral("submit"));
    CHECK_FALSE(submit->isEnabled());
    // The rule book's own refusal, naming the unsettled items in words.
    CHECK(submit->toolTip().startsWith(QStringLiteral("The draft cannot go for approval while the legal assessment")));
    CHECK(submit->toolTip().contains(QStringLiteral("Purpose"), Qt::CaseInsensitive));
    REQUIRE(test::settleAssessment(d.session.cases(), QStringLiteral("26/00005")).ok());
    d.session.notifyCasesChanged();
    REQUIRE(submit->isEnabled());
    submit->trigger();
    CHECK(d.status(QStringLiteral("26/00005")) == CaseStatus::AwaitingApproval);
    CHECK_FALSE(d.window->action(QStringLiteral("approve"))->isEnabled());
}

TEST_CASE("consultations: the overdue one is highlighted and says so", "[ui][casework][consultation]")
{
    Demo d;
    REQUIRE(d.window->selectCase(QStringLiteral("26/00006")));
    ConsultationModel *m = d.panel()->consultationModel();
    REQUIRE(m->rowCount() == 2);
    const int har = m->index(0, ConsultationModel::Registry).data().toString() == QStringLiteral("HAR") ? 0 : 1;
    CHECK(m->index(har, ConsultationModel::State).data().toString() == QStringLiteral("Overdue, no answer"));
    CHECK(m->index(har, ConsultationModel::Registry).data(Qt::BackgroundRole).isValid());
    CHECK(m->index(1 - har, ConsultationModel::State).data().toString().startsWith(QStringLiteral("Answered")));
    CHECK_FALSE(m->index(1 - har, ConsultationModel::Registry).data(Qt::BackgroundRole).isValid());
    const QTableWidget *tasks = d.panel()->taskTable();
    REQUIRE(tasks->rowCount() >= 1);
    CHECK(tasks->item(0, 2)->text().startsWith(QStringLiteral("Overdue by")));
}

TEST_CASE("the timeline shows events, deadlines and both pauses", "[ui][casework][timeline]")
{
    Demo d;
    REQUIRE(d.window->selectCase(QStringLiteral("26/00007"))); // two pauses in October
    d.window->caseView()->showTab(CaseView::TimelineTab);
    QTreeWidget *tree = d.window->caseView()->timeline()->tree();
    QStringList pauses;
    bool today = false;
    bool deadline = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString what = tree->topLevelItem(i)->text(TimelineView::What);
        if (what.startsWith(QStringLiteral("Clock paused")))
            pauses << what;
        today |= what == QStringLiteral("Today");
        deadline |= what.startsWith(QStringLiteral("Decision deadline – coming"));
    }
    CHECK(pauses
          == QStringList{
              QStringLiteral("Clock paused: 5 working day(s)"), QStringLiteral("Clock paused: 5 working day(s)")});
    CHECK(today);
    CHECK(deadline);
}

TEST_CASE("the casework models behave", "[ui][models]")
{
    Demo d;
    AssessmentModel assessment;
    QAbstractItemModelTester t1(&assessment, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ConsultationModel consultations;
    QAbstractItemModelTester t2(&consultations, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CaseListModel cases;
    QAbstractItemModelTester t3(&cases, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const char *n : {"26/00001", "26/00006", "26/00010"}) {
        auto rec = d.session.cases().load(QLatin1String(n));
        REQUIRE(rec.ok());
        assessment.setAssessment(rec->casework.assessment);
        consultations.setConsultations(rec->casework.consultations, QDate(2026, 11, 22));
    }
    consultations.setConsultations({}, QDate(2026, 11, 22));
    auto list = d.session.cases().list();
    REQUIRE(list.ok());
    cases.setCases(list.value());
    cases.setDeadlines({});
    CHECK(cases.columnCount() == CaseListModel::ColumnCount);
}

TEST_CASE("the checklist, the dialogue and the timeline name people, not their logins", "[ui][casework][users]")
{
    Demo d;
    // 26/00003: the lawyer Lars Myklebust assessed it; Erik Sæther worked it.
    REQUIRE(d.window->selectCase(QStringLiteral("26/00003")));
    AssessmentModel *model = d.panel()->assessmentModel();
    bool named = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString by = model->index(r, AssessmentModel::AssessedBy).data().toString();
        CHECK(by != QStringLiteral("lars.myklebust"));
        named = named || by == QStringLiteral("Lars Myklebust");
    }
    CHECK(named);
    QTreeWidget *tree = d.window->caseView()->timeline()->tree();
    QStringList who;
    for (int r = 0; r < tree->topLevelItemCount(); ++r)
        who << tree->topLevelItem(r)->text(TimelineView::Who);
    CHECK(who.contains(QStringLiteral("Lars Myklebust")));
    CHECK(who.contains(QStringLiteral("Erik Sæther")));
    CHECK_FALSE(who.contains(QStringLiteral("erik.saether")));
    // 26/00002: Ingrid Hauge asked the applicant for more and wrote a note.
    REQUIRE(d.window->selectCase(QStringLiteral("26/00002")));
    const QString dialogue = d.panel()->dialogueView()->toPlainText();
    CHECK(dialogue.contains(QStringLiteral("Information requested by Ingrid Hauge")));
    CHECK(dialogue.contains(QStringLiteral("(Ingrid Hauge, ")));
    CHECK_FALSE(dialogue.contains(QStringLiteral("ingrid.hauge")));
}

TEST_CASE("the application page names variables as the registry catalogue does", "[ui][casework][registry]")
{
    Demo d;
    auto record = d.session.cases().load(QStringLiteral("26/00001")); // asks DAR for UNDERLIGGENDE_DODSARSAK
    REQUIRE(record.ok());
    auto registries = loadRegistryMap(d.session.database());
    REQUIRE(registries.ok());
    QTextDocument page;
    page.setHtml(applicationHtml(record.value(), registries.value()));
    const QString text = page.toPlainText();
    CHECK(text.contains(QStringLiteral("Underliggende dødsårsak (ICD-10)")));
    CHECK_FALSE(text.contains(QStringLiteral("UNDERLIGGENDE_DODSARSAK")));
}

TEST_CASE("the case menu states a foreign applicant's legal basis while the draft may be edited", "[ui][decision]")
{
    Demo d;
    CaseActions *a = d.actions();
    REQUIRE(d.window->selectCase(QStringLiteral("26/00005"))); // received: no draft to state it in
    CHECK_FALSE(a->foreignBasis()->isEnabled());
    CHECK_FALSE(a->foreignBasis()->toolTip().isEmpty());

    REQUIRE(d.window->selectCase(QStringLiteral("26/00006"))); // a draft
    REQUIRE(a->foreignBasis()->isEnabled());
    const QString basis = QStringLiteral("GDPR Article 6(1)(e), with the Danish Data Protection Act section 10");
    Dialogs::setNextText(basis);
    a->foreignBasis()->trigger();
    INFO(d.window->messageBar()->text().toStdString());
    CHECK(ForeignBasis::of(d.session.database(), QStringLiteral("26/00006")).value() == basis);
    CHECK(d.window->statusBar()->currentMessage().contains(QStringLiteral("legal basis abroad is stated")));
    // The same text again is refused in the message bar, and nothing changes.
    Dialogs::setNextText(basis);
    a->foreignBasis()->trigger();
    CHECK(d.window->messageBar()->text().contains(QStringLiteral("already states this foreign legal basis")));
    CHECK(ForeignBasis::of(d.session.database(), QStringLiteral("26/00006")).value() == basis);
}
