// The appeal and the appeal body's decision as files on the "Klage" page: "Attach file …" on
// registering and on recording the result (the file dialog scripted through Dialogs), the
// received files listed and opened from a private copy of the stored bytes. Days are fixed.
#include "Clock.h"
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "appeal/AppealPage.h"
#include "appeal/AppealService.h"
#include "appeal/ReceivedFiles.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"
#include "widgets/DateField.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// Catches what the page would open in the desktop's viewer.
class Viewer : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

QString sentCase(test::TempDb &t)
{
    ScopedToday day(QDate(2026, 10, 5));
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                        QStringLiteral("example-application.json"));
    REQUIRE(number.ok());
    const QString n = number.value();
    test::prepareForDraft(t, n);
    REQUIRE(DecisionService(ola).draft(n).ok());
    test::settleAssessment(t, n);
    REQUIRE(DecisionService(ola).submit(n).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(n).ok());
    REQUIRE(DocumentService(ola).send(n, LetterKind::Decision).ok());
    return n;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("the appeal page attaches the appeal and the appeal body's decision as files and opens them",
          "[appeal][ui][file]")
{
    test::TempDb t;
    const QString n = sentCase(t);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% Klage fra Kari Nordmann, æøå\n%%EOF\n");
    const QByteArray scan = QByteArrayLiteral("\x89PNG\r\n\x1a\n-- Helseklages vedtak, skannet --");
    const QString pdfPath = writeFile(t.dir(), QStringLiteral("klage.pdf"), pdf);
    const QString scanPath = writeFile(t.dir(), QStringLiteral("klagevedtak.png"), scan);
    const QString emptyPath = writeFile(t.dir(), QStringLiteral("tom.pdf"), {});
    const QString path = t.path();
    t.close();
    qputenv("FELLESVEDTAK_USER", "ola");
    Session session;
    REQUIRE(session.open(path).ok());
    qunsetenv("FELLESVEDTAK_USER");
    const auto load = [&] { return session.cases().load(n).value(); };

    for (UiLanguage language : {UiLanguage::English, UiLanguage::Bokmal}) {
        setUiLanguage(language);
        AppealPage page;
        page.resize(1000, 760);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.showCase(load());
        saveScreenshot(page,
                       QStringLiteral("appeal-file-%1.png")
                           .arg(language == UiLanguage::English ? QStringLiteral("en") : QStringLiteral("nb")));
        // Both buttons are reachable by keyboard and named for a screen reader.
        for (ReceivedFileField *f : {page.appealFile(), page.resultFile()}) {
            CHECK((f->attachButton()->focusPolicy() & Qt::TabFocus));
            CHECK_FALSE(f->attachButton()->accessibleName().isEmpty());
            CHECK_FALSE(f->attachButton()->text().isEmpty());
        }
        CHECK_FALSE(page.receivedFiles()->openButton()->accessibleName().isEmpty());
        CHECK_FALSE(page.receivedFiles()->openButton()->isEnabled()); // nothing received yet
    }
    setUiLanguage(UiLanguage::English);

    ScopedToday day(QDate(2026, 10, 19));
    Status last = ok();
    AppealPage page;
    page.setSession(&session, [&](const Status &s, const QString &) {
        last = s;
        page.showCase(load());
    });
    page.resize(1000, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCase(load());
    CHECK(page.appealFile()->attachButton()->isEnabled());
    CHECK_FALSE(page.resultFile()->attachButton()->isEnabled()); // no appeal with the appeal body

    // An empty file: refused naming it, nothing kept.
    Dialogs::setNextFileName(emptyPath);
    QTest::mouseClick(page.appealFile()->attachButton(), Qt::LeftButton);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().toString().contains(emptyPath));
    CHECK(page.appealFile()->file().isEmpty());

    Dialogs::setNextFileName(pdfPath);
    QTest::mouseClick(page.appealFile()->attachButton(), Qt::LeftButton);
    CHECK(page.appealFile()->nameLabel()->text().contains(QStringLiteral("klage.pdf")));
    page.receivedDate()->lineEdit()->setText(QStringLiteral("19.10.2026"));
    page.appellant()->setText(QStringLiteral("Kari Nordmann"));
    page.contests()->setText(QStringLiteral("Avslaget"));
    saveScreenshot(page, QStringLiteral("appeal-file-attached-en.png"));
    QTest::mouseClick(page.registerButton(), Qt::LeftButton); // no text: the file is the appeal
    INFO((last ? std::string() : last.error().toString().toStdString()));
    REQUIRE(last.ok());
    const CaseRecord registered = load();
    REQUIRE(registered.appeals.current());
    const IncomingDocument *stored = registered.appeals.file(registered.appeals.current()->attachmentId);
    REQUIRE(stored);
    CHECK(stored->fileName == QStringLiteral("klage.pdf"));
    CHECK(page.appealFile()->file().isEmpty()); // used, so not attached to the next appeal
    REQUIRE(page.receivedFiles()->files()->count() == 1);
    CHECK(page.receivedFiles()->files()->currentText().contains(QStringLiteral("klage.pdf")));

    // Open: a private copy of exactly the stored bytes goes to the desktop's viewer.
    Viewer viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    QTest::mouseClick(page.receivedFiles()->openButton(), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(viewer.opened.size() == 1);
    CHECK(viewer.opened.front().toLocalFile() == page.receivedFiles()->lastCopy());
    CHECK(test::readFile(page.receivedFiles()->lastCopy()) == pdf);

    // The appeal body's decision, attached when recording its result.
    REQUIRE(AppealService(session.cases()).forward(n, QStringLiteral("HDS mener vedtaket er riktig.")).ok());
    page.showCase(load());
    CHECK(page.resultFile()->attachButton()->isEnabled());
    Dialogs::setNextFileName(scanPath);
    QTest::mouseClick(page.resultFile()->attachButton(), Qt::LeftButton);
    page.resultDate()->lineEdit()->setText(QStringLiteral("19.10.2026"));
    saveScreenshot(page, QStringLiteral("appeal-file-result-en.png"));
    QTest::mouseClick(page.recordResultButton(), Qt::LeftButton);
    INFO((last ? std::string() : last.error().toString().toStdString()));
    REQUIRE(last.ok());
    const CaseRecord decided = load();
    const IncomingDocument *body = decided.appeals.file(decided.appeals.current()->bodyDocumentId);
    REQUIRE(body);
    CHECK(body->mediaType == QStringLiteral("image/png"));
    CHECK(AppealService(session.cases()).receivedFile(n, body->id).value() == scan);
    CHECK(page.receivedFiles()->files()->count() == 2);
    CHECK(page.receivedFiles()->files()->currentText().contains(QStringLiteral("klagevedtak.png")));
}

#include "AppealFilePageTests.moc"
