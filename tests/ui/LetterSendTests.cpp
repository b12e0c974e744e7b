// Send letter… in the main window: a letter that makes no sense now is refused with the core's
// own words (letterMakesSense) and nothing is stored; a registry notice goes to each manager.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "letters/LetterChoice.h"
#include "letters/LetterRules.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

TEST_CASE("Send letter… shows why a letter makes no sense now and stores nothing", "[ui][documents]")
{
    qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createEmpty(dir.filePath(QStringLiteral("cases.db")), DatabaseKind::Test).ok());
    const QByteArray app = test::readFile(test::specFile(QStringLiteral("example-application.json")));
    auto number = session.cases().importApplication(app, QStringLiteral("a.json"));
    REQUIRE(number.ok());
    MainWindow window(session);
    window.resize(1100, 700);
    window.show();
    REQUIRE(window.selectCase(number.value()));
    for (LetterKind kind : {LetterKind::InfoRequest, LetterKind::Forwarding, LetterKind::RegistryNotice}) {
        setNextLetterChoice(LetterChoice{kind, Language::Bokmaal});
        window.action(QStringLiteral("sendLetter"))->trigger();
        auto rec = session.cases().load(number.value());
        REQUIRE(rec.ok());
        CHECK(rec->documents.empty());
        const auto verdict = letterMakesSense(rec.value(), kind);
        REQUIRE_FALSE(verdict.ok());
        CHECK(window.messageBar()->isVisible());
        CHECK(window.messageBar()->text().contains(verdict.error().message));
    }
    if (const QString shots = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("send-letter-refused.png")));
}
