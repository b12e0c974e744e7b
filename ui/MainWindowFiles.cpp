// The File, View and Help menu actions of the main window.
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "WelcomePage.h"
#include "admin/RegistryCatalogueDialog.h"
#include "help/HelpWindow.h"
#include "storage/DatabaseKind.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/ServerDialog.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace fv {

void MainWindow::buildWelcome()
{
    m_welcome = new WelcomePage(this);
    m_welcome->hide();
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importApplications);
    connect(m_welcome, &WelcomePage::registerRequested, this, &MainWindow::registerApplicationManually);
    connect(m_welcome, &WelcomePage::newDemoRequested, this, &MainWindow::newDemoDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabase);
    connect(&m_session, &Session::casesChanged, this, &MainWindow::showWelcomeIfEmpty);
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::showWelcomeIfEmpty);
    showWelcomeIfEmpty();
}

// A new database starts empty: the welcome page says where the first case comes from, and
// leaves once there is one.
void MainWindow::showWelcomeIfEmpty()
{
    bool empty = false;
    if (m_session.isOpen()) {
        CaseFilter first;
        first.limit = 1;
        auto cases = m_session.cases().list(first);
        empty = cases && cases->empty();
    }
    const int tab = m_pages->indexOf(m_welcome);
    if (empty && tab < 0) {
        m_welcome->setDatabaseName(QFileInfo(m_session.path()).fileName());
        // Last, so the work queue and the cases keep their places (0 and 1).
        const int added = m_pages->addTab(
            m_welcome, style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("Welcome"));
        m_pages->setCurrentIndex(added);
    } else if (!empty && tab >= 0) {
        m_pages->removeTab(tab);
        m_welcome->hide();
    }
}

void MainWindow::newDatabase()
{
    const QString path = Dialogs::saveFileName(
        this, tr("New case database"), QStringLiteral("fellesvedtak.db"), tr("Case databases (*.db)"));
    if (path.isEmpty())
        return;
    report(m_session.createEmpty(path), tr("New database %1").arg(path));
}

void MainWindow::newDemoDatabase()
{
    const QString path = Dialogs::saveFileName(
        this, tr("New demo database"), QStringLiteral("fellesvedtak-demo.db"), tr("Case databases (*.db)"));
    if (path.isEmpty())
        return;
    report(m_session.createDemo(path), tr("Demo database %1").arg(path));
}

void MainWindow::openDatabase()
{
    const QString path = Dialogs::openFileName(
        this, tr("Open case database"), tr("Case databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status s = m_session.open(path);
    if (s)
        QSettings().setValue(QStringLiteral("database/last"), path);
    report(s, tr("Opened %1").arg(path));
}

void MainWindow::connectServer()
{
    ServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = m_session.open(dialog.uri());
    if (s) {
        dialog.remember();
        QSettings().setValue(QStringLiteral("database/last"), dialog.uri());
    }
    report(s, tr("Connected to %1").arg(m_session.displayName()));
}

void MainWindow::importApplications()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Import applications"), tr("Applications (*.json)"));
    if (files.isEmpty())
        return;
    QStringList done;
    QStringList refused;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            refused << tr("%1: cannot read the file: %2").arg(file, f.errorString());
            continue;
        }
        auto number = m_session.cases().importApplication(f.readAll(), file);
        if (number)
            done << number.value();
        else
            refused << number.error().toString();
    }
    m_session.notifyCasesChanged();
    if (!refused.isEmpty()) {
        m_messages->show(
            MessageBar::Kind::Error,
            tr("%1 of %2 files imported. Refused:\n%3")
                .arg(done.size())
                .arg(files.size())
                .arg(refused.join(QLatin1Char('\n'))));
        m_messages->takeFocus(); // the keyboard goes on from the refusal it was just told
    } else {
        statusBar()->showMessage(
            tr("Imported %n application(s): %1", nullptr, static_cast<int>(done.size()))
                .arg(done.join(QStringLiteral(", "))),
            8000);
    }
    if (!done.isEmpty())
        selectCase(done.last());
}

void MainWindow::setLanguage(const QString &code)
{
    // Rebuilt after this action's handler returns: the window it belongs to is replaced.
    const UiLanguage language = uiLanguageFromCode(code).value_or(UiLanguage::Bokmal);
    QTimer::singleShot(0, this, [this, language] { switchLanguage(this, language); });
}

void MainWindow::showRegistryCatalogue()
{
    RegistryCatalogueDialog dialog(m_session, this);
    dialog.exec();
    m_session.notifyCasesChanged(); // registry names show in the case view
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Fellesvedtak"),
        tr("<h3>Fellesvedtak %1</h3><p>Casework for Helsedataservice: one joint decision on access to "
           "the central health registries, with exemption from the duty of confidentiality.</p>"
           "<p>The case database holds application and case data only – never health data.</p>"
           "<p>Licence: EUPL-1.2</p>")
            .arg(QStringLiteral(FV_VERSION)));
}

void MainWindow::showHelp()
{
    const QString topic = helpTopicFor(QApplication::activeWindow(), m_pages->currentIndex());
    if (m_helpWindow && m_helpWindow->language() != HelpWindow::currentLanguage()) {
        delete m_helpWindow; // the language changed since: the guide follows it
        m_helpWindow = nullptr;
    }
    if (!m_helpWindow) {
        // A window of its own, not blocked while the modal decision editor is open.
        m_helpWindow = new HelpWindow(nullptr);
        connect(this, &QObject::destroyed, m_helpWindow, [help = m_helpWindow] { delete help; });
    }
    m_helpWindow->showTopic(topic);
}

// A demo database says it is one, in the title and the status bar, so nobody takes its cases
// for real ones.
void MainWindow::showDatabaseKind()
{
    auto kind = m_session.isOpen() ? databaseKind(m_session.database()) : Result<DatabaseKind>(DatabaseKind::Real);
    const bool demo = kind && kind.value() == DatabaseKind::Demo;
    // The database's file name; the window system adds the program's name.
    const QString file = m_session.isOpen() ? QFileInfo(m_session.path()).fileName() : QString();
    setWindowTitle(demo ? tr("%1 – Demo database").arg(file) : file);
    if (!m_demoLabel) {
        m_demoLabel = new QLabel(this);
        m_demoLabel->setObjectName(QStringLiteral("demoDatabaseLabel"));
        m_demoLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; padding: 1px 8px; }")
                                       .arg(tones::css(tones::background(Tone::Warning, palette()))));
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    m_demoLabel->setText(tr("Demo database"));
    m_demoLabel->setToolTip(tr("The cases in this database are examples, not real applications."));
    m_demoLabel->setVisible(demo);
}

} // namespace fv
