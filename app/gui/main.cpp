// fellesvedtak: the caseworker's desktop application.
#include "AccessibleFactories.h"
#include "MainWindow.h"
#include "Session.h"
#include "Translations.h"
#include "search/WorkQueueView.h"
#include "storage/Database.h"
#include "widgets/AccessibleStyle.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace {

// The database named by --db or $FELLESVEDTAK_DB must exist: a misspelt name never makes a new,
// empty one. Only the default database is made on the first start, and it starts empty (the
// main window greets the caseworker); demo cases go into a demo database of their own.
fv::Status openDatabase(fv::Session &session, const QString &fromOption)
{
    const auto path = fv::Database::resolvePath(fromOption);
    if (!path)
        return path.error();
    const bool named = !fromOption.isEmpty() || !qEnvironmentVariableIsEmpty("FELLESVEDTAK_DB");
    if (QFileInfo::exists(path.value()) || named)
        return session.open(path.value());
    return session.createEmpty(path.value());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Focus marks, selected rows and placeholders that meet WCAG 2.1 AA in the desktop's palette.
    QApplication::setStyle(new fv::AccessibleStyle);
    // Rich-text panes with their headings and charts as tables, for a screen reader.
    fv::installAccessibleFactories();
    QApplication::setOrganizationName(QStringLiteral("Helsedataservice"));
    QApplication::setApplicationName(QStringLiteral("fellesvedtak"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fellesvedtak"));
    QApplication::setApplicationVersion(QStringLiteral(FV_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("no.fhi.Fellesvedtak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fellesvedtak – casework for Helsedataservice"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The case database file."), QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("UI language: nb or en."), QStringLiteral("LANG"));
    const QCommandLineOption caseOption(
        QStringLiteral("case"), QStringLiteral("Open this case, e.g. 26/00012."), QStringLiteral("CASE"));
    parser.addOptions({dbOption, langOption, caseOption});
    parser.process(app);

    // --lang for this run only; View → Language saves the choice.
    fv::setUiLanguage(parser.isSet(langOption)
                          ? fv::uiLanguageFromCode(parser.value(langOption)).value_or(fv::UiLanguage::Bokmal)
                          : fv::savedUiLanguage());

    fv::Session session;
    const fv::Status opened = openDatabase(session, parser.value(dbOption));
    if (!opened) {
        QMessageBox::critical(
            nullptr, QObject::tr("Fellesvedtak"),
            QObject::tr("The case database could not be opened.\n\n%1").arg(opened.error().toString()));
        return 1;
    }
    // On the heap and deleting itself: switching the language replaces it (LanguageSwitch.h).
    auto *window = new fv::MainWindow(session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (parser.isSet(caseOption) && !window->openCase(parser.value(caseOption)))
        QMessageBox::warning(window, QObject::tr("Fellesvedtak"),
                             QObject::tr("There is no case %1 in this database.").arg(parser.value(caseOption)));
    else if (!parser.isSet(caseOption))
        // The keyboard starts in the work queue: Orca's first words were the case pane's tab bar.
        window->workQueue()->table()->setFocus(Qt::OtherFocusReason);
    // FV_OPEN_ACTION=objectName: the AT-SPI walk (tests/ui/atspi) opens a view as its menu does.
    if (const QString name = qEnvironmentVariable("FV_OPEN_ACTION"); !name.isEmpty())
        if (QAction *open = window->action(name))
            QTimer::singleShot(0, open, &QAction::trigger);
    const int status = app.exec();
    // The window deletes itself on close and may have been replaced by a language switch;
    // none may outlive the session it shows.
    QList<QPointer<fv::MainWindow>> windows;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<fv::MainWindow *>(w))
            windows << m;
    for (const QPointer<fv::MainWindow> &m : windows)
        delete m.data();
    return status;
}
