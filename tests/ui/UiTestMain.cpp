// GUI tests run without a screen: the offscreen platform is chosen before the
// application object exists (catch_discover_tests also runs this binary at build time).
#include "AccessibleFactories.h"

#include <QApplication>

#include <catch2/catch_session.hpp>

int main(int argc, char *argv[])
{
    // FV_UI_TEST_PLATFORM=xcb (under xvfb-run): the accessibility events need a platform that
    // has accessibility; the offscreen one has none.
    const QByteArray platform = qgetenv("FV_UI_TEST_PLATFORM");
    qputenv("QT_QPA_PLATFORM", platform.isEmpty() ? QByteArray("offscreen") : platform);
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Helsedataservice-tests"));
    QApplication::setApplicationName(QStringLiteral("fellesvedtak-tests"));
    fv::installAccessibleFactories(); // as the program does
    return Catch::Session().run(argc, argv);
}
