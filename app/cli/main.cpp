// fellesvedtak-cli: the command-line face of the same core operations the GUI uses.
#include "cli/Cli.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

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
    // Letters need fonts, and fonts need a QGuiApplication; the command line has no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Helsedataservice"));
    QCoreApplication::setApplicationName(QStringLiteral("fellesvedtak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FV_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int status = fv::runCli(args, out, err);
    out.flush();
    err.flush();
    return status;
}
