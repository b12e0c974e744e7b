// "Registrer søknad" / "Rediger søknad": every field of application-v1, the core's validation
// shown at each field, nothing saved until the application is valid.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "application/ApplicationForm.h"
#include "application/DataSourceEditor.h"
#include "casework/CaseView.h"
#include "widgets/DateField.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

Application example()
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    return app.value();
}

// A new, empty database in which the acting user holds every role.
struct Office
{
    QTemporaryDir dir;
    Session session;
    Office() { REQUIRE(session.createEmpty(dir.filePath(QStringLiteral("office.db")), DatabaseKind::Test).ok()); }
    std::size_t caseCount() { return session.cases().list().value().size(); }
};

// What the core says about `path` in the form's application: the form shows it as it is
// (after the field's label), translated where the core writes it; no rewording in the GUI.
QString coreMessage(const ApplicationForm &form, const QString &path)
{
    for (const ValidationIssue &issue : validateApplication(form.application()))
        if (issue.path == path)
            return issue.message;
    return {};
}

QLineEdit *lineEdit(ApplicationForm &form, const QString &path)
{
    auto *edit = qobject_cast<QLineEdit *>(form.field(path));
    REQUIRE(edit);
    return edit;
}

void uncheckAll(QListWidget *list)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
}

// FV_SCREENSHOT_DIR=docs ctest -R ApplicationForm saves the pictures in docs/; with
// FV_SCREENSHOT_TABS=1 also every tab, for looking them over ("review-*.png").
void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (dir.isEmpty()
        || (name.startsWith(QLatin1String("review-")) && qEnvironmentVariableIsEmpty("FV_SCREENSHOT_TABS")))
        return;
    for (int i = 0; i < 5; ++i) // layout requests climb one level per pass
        QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("a form filled with the shared example registers a case with that application", "[ui][intake]")
{
    Office o;
    ApplicationForm form(o.session);
    form.setApplication(example());
    CHECK(form.dataSourceCount() == 4);
    CHECK(form.validate().empty());
    REQUIRE(form.save());
    CHECK(form.result() == QDialog::Accepted);
    CHECK(form.savedCase() == QStringLiteral("26/00001"));
    auto rec = o.session.cases().load(form.savedCase());
    REQUIRE(rec.ok());
    CHECK(applicationToJson(rec->application) == applicationToJson(example()));
    CHECK(rec->events.front().detail.contains(QStringLiteral("manual entry")));
}

TEST_CASE("typed input reaches the application: dates, org. number with spaces, variables", "[ui][intake]")
{
    Office o;
    ApplicationForm form(o.session);
    form.setApplication(example());
    lineEdit(form, QStringLiteral("project.start"))->setText(QStringLiteral("1.12.2026"));
    lineEdit(form, QStringLiteral("controller.orgNumber"))->setText(QStringLiteral("971 035 854"));
    DataSourceEditor *dar = form.dataSource(2);
    dar->checkVariable(QStringLiteral("OBDUKSJON"));       // in DAR's catalogue
    dar->checkVariable(QStringLiteral("egen variabel x")); // not in it: free text
    const Application app = form.application();
    CHECK(app.project.start == QDate(2026, 12, 1));
    CHECK(app.controller.orgNumber == QStringLiteral("971035854"));
    CHECK(app.dataSources[2].variables
          == QStringList{QStringLiteral("DODSDATO"), QStringLiteral("UNDERLIGGENDE_DODSARSAK"),
                         QStringLiteral("OBDUKSJON"), QStringLiteral("egen variabel x")});
}

TEST_CASE("a bad org. number, an end before the start and no variables are shown at those fields",
          "[ui][intake][validation]")
{
    Office o;
    ApplicationForm form(o.session);
    form.resize(1366, 768);
    form.show();
    form.setApplication(example());
    lineEdit(form, QStringLiteral("controller.orgNumber"))->setText(QStringLiteral("971035855"));
    lineEdit(form, QStringLiteral("project.end"))->setText(QStringLiteral("31.12.2025"));
    uncheckAll(form.dataSource(1)->variableList());

    CHECK_FALSE(form.save());
    CHECK(form.result() != QDialog::Accepted);
    CHECK(o.caseCount() == 0); // nothing saved
    CHECK(form.errorPaths()
          == QStringList{QStringLiteral("project.end"), QStringLiteral("controller.orgNumber"),
                         QStringLiteral("dataSources[1].variables")});
    CHECK(form.errorAt(QStringLiteral("controller.orgNumber")).contains(QStringLiteral("check digit")));
    CHECK(form.errorAt(QStringLiteral("project.end")).endsWith(coreMessage(form, QStringLiteral("project.end"))));
    CHECK(form.errorAt(QStringLiteral("project.end")).contains(QStringLiteral("2026-11-01"))); // the start it names
    CHECK(form.errorAt(QStringLiteral("dataSources[1].variables")).contains(QStringLiteral("variable")));
    CHECK(form.errorAt(QStringLiteral("project.title")).isEmpty());
    CHECK(form.field(QStringLiteral("controller.orgNumber"))->property("fvError").toBool());
    CHECK_FALSE(form.field(QStringLiteral("project.title"))->property("fvError").toBool());
    // The summary names all three; the first bad field, in the form's order, has the focus.
    CHECK(form.summaryText().contains(QStringLiteral("3 field")));
    CHECK(form.summaryText().contains(QStringLiteral("Data source 2 › Variables")));
    CHECK(form.tabs()->currentIndex() == ApplicationForm::ApplicationPage);
    CHECK(form.focusWidget() == form.field(QStringLiteral("project.end")));
    CHECK(form.tabs()->tabText(ApplicationForm::PeoplePage).contains(QStringLiteral("1 to fix")));

    // Put right, the messages go as the caseworker fixes them, and the save goes through.
    lineEdit(form, QStringLiteral("controller.orgNumber"))->setText(QStringLiteral("971035854"));
    lineEdit(form, QStringLiteral("project.end"))->setText(QStringLiteral("31.12.2030"));
    form.validate();
    CHECK(form.errorAt(QStringLiteral("controller.orgNumber")).isEmpty());
    CHECK(form.errorPaths() == QStringList{QStringLiteral("dataSources[1].variables")});
    form.dataSource(1)->checkVariable(QStringLiteral("hovedtilstand"));
    REQUIRE(form.save());
    CHECK(o.caseCount() == 1);
}

TEST_CASE("an empty form shows what is required at every field and saves nothing", "[ui][intake][validation]")
{
    Office o;
    ApplicationForm form(o.session);
    form.resize(1366, 768);
    form.show();
    CHECK_FALSE(form.save());
    CHECK(o.caseCount() == 0);
    for (const char *path :
         {"reference", "project.title", "project.purpose", "project.start", "projectLeader.email",
          "controller.orgNumber", "identifiability", "population", "storage.environment", "personsWithAccess",
          "dataSources"})
        CHECK_FALSE(form.errorAt(QString::fromLatin1(path)).isEmpty());
    CHECK(form.errorAt(QStringLiteral("received")).isEmpty()); // today, by default
    CHECK(form.errorAt(QStringLiteral("dataSources")).endsWith(coreMessage(form, QStringLiteral("dataSources"))));
    CHECK(form.errorAt(QStringLiteral("dataSources")).contains(QStringLiteral("data source")));
    CHECK(form.focusWidget() == form.field(QStringLiteral("reference")));
    CHECK(form.summaryText().contains(QStringLiteral("more, each marked in red")));
}

TEST_CASE("a date that is no date is named as such", "[ui][intake][validation]")
{
    Office o;
    ApplicationForm form(o.session);
    form.setApplication(example());
    lineEdit(form, QStringLiteral("project.deletionDate"))->setText(QStringLiteral("31.02.2031"));
    form.validate();
    CHECK(form.errorPaths() == QStringList{QStringLiteral("project.deletionDate")});
    CHECK(form.errorAt(QStringLiteral("project.deletionDate")).contains(QStringLiteral("is not a date")));
}

TEST_CASE("a person with access without an institution is marked in the table", "[ui][intake][validation]")
{
    Office o;
    ApplicationForm form(o.session);
    form.setApplication(example());
    QTableWidget *persons = form.personsTable();
    persons->insertRow(2);
    persons->setItem(2, 0, new QTableWidgetItem(QStringLiteral("Øystein Ås")));
    persons->insertRow(3); // an empty row nobody filled in is left out, not an error
    CHECK_FALSE(form.save());
    CHECK(form.errorPaths() == QStringList{QStringLiteral("personsWithAccess[2].institution")});
    CHECK(form.errorAt(QStringLiteral("personsWithAccess[2].institution"))
          == coreMessage(form, QStringLiteral("personsWithAccess[2].institution")));
    CHECK_FALSE(form.errorAt(QStringLiteral("personsWithAccess[2].institution")).isEmpty());
    CHECK(persons->item(2, 1) != nullptr);
    CHECK(form.tabs()->currentIndex() == ApplicationForm::PeoplePage);
    CHECK(persons->currentRow() == 2);
}

TEST_CASE("only what applies is asked: change fields, special reasons, legal basis", "[ui][intake]")
{
    Office o;
    ApplicationForm form(o.session);
    form.show();
    QWidget *changeOf = form.field(QStringLiteral("changeOf"));
    QWidget *reasons = form.field(QStringLiteral("directIdentifiersJustification"));
    CHECK_FALSE(changeOf->isVisibleTo(&form));
    Application app = example();
    app.kind = ApplicationKind::Change;
    app.changeOf = QStringLiteral("26/00012");
    app.changeSummary = QStringLiteral("Ny periode for NPR.");
    app.identifiability = Identifiability::DirectlyIdentifiable;
    app.directIdentifiersJustification = QStringLiteral("Kobling mot egen kohort krever fødselsnummer.");
    form.setApplication(app);
    CHECK(changeOf->isVisibleTo(&form));
    form.tabs()->setCurrentIndex(ApplicationForm::LegalPage);
    CHECK(reasons->isVisibleTo(&form));
    CHECK(form.validate().empty());

    app.identifiability = Identifiability::Anonymous;
    app.rek.reset();
    app.legalBasis = LegalBasis{};
    app.legalBasis.institutionApproved = true;
    form.setApplication(app);
    CHECK_FALSE(reasons->isVisibleTo(&form));
    CHECK_FALSE(form.field(QStringLiteral("legalBasis.article6"))->isEnabled());
    CHECK(form.validate().empty()); // no legal basis asked for anonymous data
    CHECK(form.application().directIdentifiersJustification.isEmpty());
}

TEST_CASE("a reference already registered is shown at the reference field", "[ui][intake]")
{
    Office o;
    REQUIRE(o.session.cases().registerManual(example()).ok());
    ApplicationForm form(o.session);
    form.setApplication(example());
    CHECK_FALSE(form.save());
    CHECK(o.caseCount() == 1);
    CHECK(form.errorAt(QStringLiteral("reference")).contains(QStringLiteral("26/00001")));
}

TEST_CASE("closing a form with unsaved changes asks first", "[ui][intake]")
{
    Office o;
    ApplicationForm form(o.session);
    form.show();
    CHECK_FALSE(form.hasUnsavedChanges());
    lineEdit(form, QStringLiteral("project.title"))->setText(QStringLiteral("Et prosjekt"));
    CHECK(form.hasUnsavedChanges());
    Dialogs::setNextConfirmation(false);
    form.reject();
    CHECK(form.isVisible());
    Dialogs::setNextConfirmation(true);
    form.reject();
    CHECK_FALSE(form.isVisible());
    CHECK(form.result() == QDialog::Rejected);
}

TEST_CASE("a case's application is edited in the form until a decision is drafted", "[ui][intake][edit]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    auto received = session.cases().load(QStringLiteral("26/00005")); // a received demo case
    REQUIRE(received.ok());
    {
        ApplicationForm form(session, received.value());
        CHECK(form.isEditable());
        CHECK(applicationToJson(form.application()) == applicationToJson(received->application));
        CHECK_FALSE(form.hasUnsavedChanges());
        auto *environment = qobject_cast<QComboBox *>(form.field(QStringLiteral("storage.environment")));
        REQUIRE(environment);
        environment->setCurrentText(QStringLiteral("HUNT Cloud"));
        REQUIRE(form.save());
    }
    auto edited = session.cases().load(QStringLiteral("26/00005"));
    CHECK(edited->application.storage.environment == QStringLiteral("HUNT Cloud"));
    CHECK(edited->events.back().kind == QStringLiteral("application-edited"));
    CHECK(edited->events.back().detail == QStringLiteral("changed: storage"));

    auto decided = session.cases().load(QStringLiteral("26/00003"));
    REQUIRE(decided.ok());
    ApplicationForm locked(session, decided.value());
    CHECK_FALSE(locked.isEditable());
    CHECK_FALSE(locked.saveButton()->isEnabled());
    CHECK(lineEdit(locked, QStringLiteral("project.title"))->isReadOnly());
    CHECK_FALSE(locked.save());
    CHECK(locked.noteText().contains(QStringLiteral("can no longer be changed: a decision has been drafted")));
}

TEST_CASE("the main window offers registration always and editing only while editable", "[ui][intake]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    QAction *registerManually = window.action(QStringLiteral("registerManually"));
    QAction *edit = window.action(QStringLiteral("editApplication"));
    REQUIRE(registerManually);
    REQUIRE(edit);
    CHECK(registerManually->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    CHECK(registerManually->isEnabled());
    REQUIRE(window.selectCase(QStringLiteral("26/00005")));
    CHECK(edit->isEnabled());
    REQUIRE(window.selectCase(QStringLiteral("26/00003")));
    CHECK_FALSE(edit->isEnabled());
}

TEST_CASE("the registration form, empty with its errors and filled in", "[ui][intake][screenshot]")
{
    // With FV_SCREENSHOT_DIR set: the pictures in docs/, in Norwegian as the caseworker sees it.
    QTranslator more;
    if (!qEnvironmentVariableIsEmpty("FV_SCREENSHOT_DIR")) {
        installTranslations(QStringLiteral("nb"));
        const QString extra = qEnvironmentVariable("FV_EXTRA_TRANSLATION"); // strings not yet in the .ts
        if (!extra.isEmpty() && more.load(extra))
            QCoreApplication::installTranslator(&more);
    }
    Office o;
    {
        ApplicationForm form(o.session);
        form.resize(1120, 680);
        form.show();
        CHECK_FALSE(form.save());
        saveScreenshot(form, QStringLiteral("screenshot-registration-errors.png"));
        for (int t = 1; t < form.tabs()->count(); ++t) {
            form.tabs()->setCurrentIndex(t);
            saveScreenshot(form, QStringLiteral("review-errors-%1.png").arg(t));
        }
    }
    ApplicationForm form(o.session);
    form.resize(1120, 680);
    form.show();
    form.setApplication(example());
    lineEdit(form, QStringLiteral("controller.orgNumber"))->setText(QStringLiteral("971035855"));
    lineEdit(form, QStringLiteral("dataSources[0].periodTo"))->setText(QStringLiteral("31.12.2007"));
    uncheckAll(form.dataSource(0)->variableList());
    CHECK_FALSE(form.save());
    for (int t = 0; t < form.tabs()->count(); ++t) {
        form.tabs()->setCurrentIndex(t);
        saveScreenshot(form, QStringLiteral("review-filled-%1.png").arg(t));
    }
    lineEdit(form, QStringLiteral("controller.orgNumber"))->setText(QStringLiteral("971035854"));
    lineEdit(form, QStringLiteral("dataSources[0].periodTo"))->setText(QStringLiteral("31.12.2022"));
    const Application original = example();
    for (const QString &v : original.dataSources[0].variables)
        form.dataSource(0)->checkVariable(v);
    CHECK(form.validate().empty());
    form.tabs()->setCurrentIndex(ApplicationForm::SourcesPage);
    saveScreenshot(form, QStringLiteral("screenshot-registration.png"));
    QCoreApplication::removeTranslator(&more);
}
