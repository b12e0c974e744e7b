// fellesvedtak-cli: the command-line face of the same core operations the GUI uses.
#include "cli/Cli.h"
#include "i18n/UiLanguage.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
// Qt's platform chatter (no XDG_RUNTIME_DIR, offscreen fonts) is not for the caseworker;
// real problems reach the user as the command's own refusal on stderr.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("FV_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> app;
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    // Letters need fonts, and fonts need a QGuiApplication; everything else starts faster
    // without one (a search answers in a third of the time).
    if (fv::cliRendersLetters(words)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // the command line has no screen
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Helsedataservice"));
    QCoreApplication::setApplicationName(QStringLiteral("fellesvedtak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FV_VERSION));
    // Messages follow the locale, as other command-line programs' do: nb (or no) → bokmål.
    fv::installTranslations(fv::uiLanguageFromEnvironment());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int status = fv::runCli(args, out, err);
    out.flush();
    // Output that did not reach its file (stdout redirected to a full disk) is a failure, not "done".
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << "fellesvedtak-cli: "
            << QCoreApplication::translate(
                   "fv::Cli", "the output could not be written (is the disk full?); it is incomplete")
            << Qt::endl;
        return status == 0 ? 1 : status;
    }
    err.flush();
    return status;
}
