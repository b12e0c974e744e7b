// Send letter… for the letters of the dialogue: a preliminary reply sends its reason (and is
// refused without one, storing nothing); case texts in another language than the letter ask
// first, and a "no" sends nothing; the letter dialog offers the reason only for a preliminary
// reply and lists the new kinds.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "casework/CaseworkService.h"
#include "letters/LetterChoice.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

struct Office
{
    Office()
    {
        qputenv("FELLESVEDTAK_TODAY", "2026-11-22");
        REQUIRE(session.createEmpty(dir.filePath(QStringLiteral("cases.db")), DatabaseKind::Test).ok());
        const QByteArray app = test::readFile(test::specFile(QStringLiteral("example-application.json")));
        auto n = session.cases().importApplication(app, QStringLiteral("a.json"));
        REQUIRE(n.ok());
        number = n.value();
        window.resize(1100, 700);
        window.show();
        REQUIRE(window.selectCase(number));
    }
    size_t documents()
    {
        auto rec = session.cases().load(number);
        REQUIRE(rec.ok());
        return rec->documents.size();
    }
    QTemporaryDir dir;
    Session session;
    MainWindow window{session};
    QString number;
};

} // namespace

TEST_CASE("a preliminary reply is sent from the GUI with its reason, and refused without one", "[ui][letters]")
{
    Office o;
    setNextLetterChoice(LetterChoice{LetterKind::PreliminaryReply, Language::Bokmaal});
    o.window.action(QStringLiteral("sendLetter"))->trigger();
    CHECK(o.documents() == 0);
    CHECK(o.window.messageBar()->text().contains(QStringLiteral("must say why the case takes time")));
    setNextLetterChoice(LetterChoice{LetterKind::PreliminaryReply, Language::Bokmaal, QStringLiteral("workload")});
    o.window.action(QStringLiteral("sendLetter"))->trigger();
    CHECK(o.documents() == 1);
    auto rec = o.session.cases().load(o.number);
    REQUIRE(rec.ok());
    CHECK(rec->events.back().detail.contains(QStringLiteral("reason: workload")));
}

TEST_CASE("case texts in another language than the letter ask first; no sends nothing", "[ui][letters]")
{
    Office o;
    CaseworkService work(o.session.cases());
    REQUIRE(work.take(o.number).ok());
    REQUIRE(work.requestInfo(o.number,
                             QStringLiteral("Please send the DPIA and the list of the persons who will "
                                            "have access to the data."))
                .ok());
    o.window.selectCase(o.number);
    setNextLetterChoice(LetterChoice{LetterKind::InfoRequest, Language::Bokmaal});
    Dialogs::setNextConfirmation(false);
    o.window.action(QStringLiteral("sendLetter"))->trigger();
    CHECK(Dialogs::lastQuestion().contains(QStringLiteral("The letter is in bokmål")));
    CHECK(Dialogs::lastQuestion().contains(QStringLiteral("the request for information")));
    CHECK(o.documents() == 0);
    setNextLetterChoice(LetterChoice{LetterKind::InfoRequest, Language::Bokmaal});
    Dialogs::setNextConfirmation(true);
    o.window.action(QStringLiteral("sendLetter"))->trigger();
    CHECK(o.documents() == 1);
    auto rec = o.session.cases().load(o.number);
    REQUIRE(rec.ok());
    CHECK(rec->events.back().detail.contains(QStringLiteral("(confirmed)")));
}

TEST_CASE("the letter dialog offers a reason only for a preliminary reply", "[ui][letters]")
{
    // FV_SCREENSHOT_DIR with FV_SCREENSHOT_LANG=nb: the dialog in bokmål (FV_EXTRA_TRANSLATION: a
    // .qm with the messages not yet folded into the catalogue).
    QTranslator extra;
    if (qEnvironmentVariable("FV_SCREENSHOT_LANG") == QLatin1String("nb")) {
        installTranslations(QStringLiteral("nb"));
        if (extra.load(qEnvironmentVariable("FV_EXTRA_TRANSLATION")))
            QCoreApplication::installTranslator(&extra);
    }
    Office o;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return; // (no REQUIRE here: an exception must not cross Qt's event loop)
        auto boxes = dialog->findChildren<QComboBox *>();
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("delayReason"));
        CHECK(reason);
        if (!reason) {
            dialog->reject();
            return;
        }
        QComboBox *kinds = boxes.front();
        CHECK(kinds->findData(QStringLiteral("rejection")) >= 0);
        CHECK(kinds->findData(QStringLiteral("statement-for-comment")) >= 0);
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("rejection")));
        CHECK_FALSE(reason->isEnabled());
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("preliminary-reply")));
        CHECK(reason->isEnabled());
        CHECK(reason->count() == 5); // empty, and the four standard reasons
        reason->setCurrentIndex(1);
        if (const QString shots = qEnvironmentVariable("FV_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(
                QStringLiteral("letter-choice-reason-%1.png")
                    .arg(qEnvironmentVariable("FV_SCREENSHOT_LANG", QStringLiteral("en")))));
        seen = true;
        dialog->reject();
    });
    const auto choice = askLetterChoice(&o.window, QStringLiteral("Send letter"), Language::Bokmaal);
    CHECK(seen);
    CHECK_FALSE(choice.has_value());
}
