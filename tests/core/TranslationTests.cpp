// Every message in the user's language: the catalogue compiled into the core, the CLI
// following the locale, Qt's own dialog texts in bokmål.
#include "TestSupport.h"
#include "i18n/UiLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

// Sets the locale variables for one test and puts the old values back.
class ScopedLocale
{
public:
    ScopedLocale(const char *lcAll, const char *lcMessages, const char *lang)
    {
        for (const char *name : names)
            m_saved.push_back(qgetenv(name));
        const char *values[] = {lcAll, lcMessages, lang};
        for (int i = 0; i < 3; ++i)
            values[i] ? qputenv(names[i], values[i]) : qunsetenv(names[i]);
    }
    ~ScopedLocale()
    {
        for (int i = 0; i < 3; ++i)
            m_saved[i].isNull() ? qunsetenv(names[i]) : qputenv(names[i], m_saved[i]);
    }

private:
    static constexpr const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    std::vector<QByteArray> m_saved;
};

QString tr(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

TEST_CASE("the language follows LC_ALL, else LC_MESSAGES, else LANG", "[i18n]")
{
    {
        ScopedLocale l(nullptr, nullptr, "nb_NO.UTF-8");
        CHECK(uiLanguageFromEnvironment() == UiLanguage::Bokmal);
    }
    {
        ScopedLocale l(nullptr, nullptr, "no_NO");
        CHECK(uiLanguageFromEnvironment() == UiLanguage::Bokmal);
    }
    {
        ScopedLocale l(nullptr, nullptr, "C.UTF-8");
        CHECK(uiLanguageFromEnvironment() == UiLanguage::English);
    }
    {
        ScopedLocale l("C", nullptr, "nb_NO.UTF-8"); // LC_ALL wins
        CHECK(uiLanguageFromEnvironment() == UiLanguage::English);
    }
    {
        ScopedLocale l(nullptr, "nb_NO.UTF-8", "en_GB.UTF-8"); // LC_MESSAGES before LANG
        CHECK(uiLanguageFromEnvironment() == UiLanguage::Bokmal);
    }
    {
        ScopedLocale l("", "", "nb_NO.UTF-8"); // empty counts as unset
        CHECK(uiLanguageFromEnvironment() == UiLanguage::Bokmal);
    }
    {
        ScopedLocale l(nullptr, nullptr, nullptr);
        CHECK(uiLanguageFromEnvironment() == UiLanguage::English);
    }
}

TEST_CASE("one catalogue translates the core's, the CLI's and the GUI's messages and Qt's own", "[i18n]")
{
    test::ensureGuiApplication();
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/fellesvedtak_nb.qm")));
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/qt_nb.qm")));
    installTranslations(UiLanguage::Bokmal);
    CHECK(installedUiLanguage() == UiLanguage::Bokmal);
    CHECK(tr("fv::Permissions", "approve decisions") == QStringLiteral("godkjenne vedtak"));
    CHECK(tr("fv::Cli", "audit trail intact") == QStringLiteral("revisjonssporet er intakt"));
    CHECK(tr("fv::MainWindow", "&File") == QStringLiteral("&Fil"));
    CHECK(tr("QPlatformTheme", "&Yes") == QStringLiteral("&Ja"));
    CHECK(tr("QPlatformTheme", "&No") == QStringLiteral("&Nei"));
    CHECK(tr("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(tr("QFileDialog", "Look in:") == QStringLiteral("Se i:"));
    CHECK(tr("QLineEdit", "&Paste") == QStringLiteral("&Lim inn"));

    installTranslations(UiLanguage::English); // back to the source language, nothing left over
    CHECK(tr("fv::Cli", "audit trail intact") == QStringLiteral("audit trail intact"));
    CHECK(tr("QPlatformTheme", "&Yes") == QStringLiteral("&Yes"));
}

TEST_CASE("counted words agree with their number in both languages", "[i18n]")
{
    test::ensureGuiApplication();
    const auto count = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    installTranslations(UiLanguage::English);
    CHECK(count("fv::CaseworkText", "Overdue by %n working day(s)", 1) == QStringLiteral("Overdue by 1 working day"));
    CHECK(count("fv::CaseworkText", "Overdue by %n working day(s)", 37)
          == QStringLiteral("Overdue by 37 working days"));
    CHECK(count("fv::TimelineView", "Clock paused: %n working day(s)", 1)
          == QStringLiteral("Clock paused: 1 working day"));
    installTranslations(UiLanguage::Bokmal);
    CHECK(count("fv::CaseworkText", "Overdue by %n working day(s)", 1) == QStringLiteral("1 arbeidsdag over fristen"));
    CHECK(count("fv::CaseworkText", "Overdue by %n working day(s)", 37)
          == QStringLiteral("37 arbeidsdager over fristen"));
    installTranslations(UiLanguage::English);
}

TEST_CASE("the CLI refuses in bokmål under a Norwegian locale and in English otherwise", "[i18n][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.db"));
    REQUIRE(test::cliProcess({QStringLiteral("--db"), db, QStringLiteral("init")}).status == 0);
    const QStringList badDate = {
        QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-02-30"), QStringLiteral("3")};
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const QStringList import = {QStringLiteral("--db"), db, QStringLiteral("import"), missing};
    const QStringList list = {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("list")};
    const QString before = test::cliProcess(list).out;

    SECTION("bokmål")
    {
        const QStringList nb = {QStringLiteral("LANG=nb_NO.UTF-8")};
        const auto date = test::cliProcess(badDate, nb);
        CHECK(date.status == 1);
        CHECK(date.err.contains(QStringLiteral("ikke en gyldig dato")));
        const auto file = test::cliProcess(import, nb);
        CHECK(file.status == 1);
        CHECK(file.err.contains(QStringLiteral("kan ikke lese filen")));
        CHECK(file.err.contains(missing));
        const auto unknown = test::cliProcess({QStringLiteral("frobnicate")}, nb);
        CHECK(unknown.status == 2);
        CHECK(unknown.err.contains(QStringLiteral("ukjent kommando")));
        CHECK(unknown.err.contains(QStringLiteral("Prøv «fellesvedtak-cli --help».")));
        // LC_MESSAGES is enough, and LC_ALL overrides both.
        CHECK(test::cliProcess(badDate, {QStringLiteral("LC_MESSAGES=nb_NO.UTF-8")})
                  .err.contains(QStringLiteral("ikke en gyldig dato")));
        CHECK(test::cliProcess(badDate, {QStringLiteral("LANG=nb_NO.UTF-8"), QStringLiteral("LC_ALL=C")})
                  .err.contains(QStringLiteral("not a real date")));
    }
    SECTION("English")
    {
        const auto date = test::cliProcess(badDate);
        CHECK(date.status == 1);
        CHECK(date.err.contains(QStringLiteral("not a real date in the form YYYY-MM-DD")));
        const auto file = test::cliProcess(import);
        CHECK(file.status == 1);
        CHECK(file.err.contains(QStringLiteral("cannot read the file")));
        const auto unknown = test::cliProcess({QStringLiteral("frobnicate")});
        CHECK(unknown.err.contains(QStringLiteral("unknown command")));
        CHECK_FALSE(unknown.err.contains(QStringLiteral("ukjent")));
    }
    // A refused command changes nothing.
    CHECK(test::cliProcess(list).out == before);
}

// Every place a refusal is written, run for real under bokmål: the rule book's own rules, the
// casework and decision services, the operation runner and attachments. Their texts are
// translated through a declared context, so lupdate and the running program agree on it.
TEST_CASE("the rule book's and the services' refusals are bokmål at run time", "[i18n][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.db"));
    const QStringList nb = {QStringLiteral("LANG=nb_NO.UTF-8")};
    const auto run = [&](QStringList args) {
        return test::cliProcess(QStringList{QStringLiteral("--db"), db} + args, nb);
    };
    REQUIRE(run({QStringLiteral("init")}).status == 0);
    REQUIRE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ola"), QStringLiteral("--role"),
                 QStringLiteral("adviser")})
                .status
            == 0);
    const auto as = [&](QStringList args) {
        return run(QStringList{QStringLiteral("--as"), QStringLiteral("ola")} + args);
    };
    const auto imported = as({QStringLiteral("import"), test::specFile(QStringLiteral("example-application.json"))});
    REQUIRE(imported.status == 0);
    const QString number = imported.out.section(QLatin1Char('\t'), 0, 0);

    // CaseRules: a draft before the application is complete.
    const auto draft = as({QStringLiteral("draft"), number});
    CHECK(draft.status == 1);
    CHECK(draft.err.contains(QStringLiteral("Utkast til vedtak lages når søknaden er komplett")));
    // CaseworkService: a completeness date in the future.
    const auto future = as({QStringLiteral("complete"), number, QStringLiteral("--on"), QStringLiteral("2099-01-02")});
    CHECK(future.status == 1);
    CHECK(future.err.contains(QStringLiteral("er fram i tid")));
    CHECK_FALSE(future.err.contains(QStringLiteral("is in the future")));
}

// `--help` is a whole text per language (resources/cli/help.LANG.txt: its columns do not survive
// line-by-line translation). The file's name goes through the translation system, so the
// installed catalogue picks it: bokmål under a Norwegian locale, English otherwise. Every command
// line of the English text is in the bokmål one too, so neither falls behind the other.
TEST_CASE("fellesvedtak-cli --help speaks the user's language and lists every command in both", "[translation][cli]")
{
    const auto nb = test::cliProcess({QStringLiteral("--help")}, {QStringLiteral("LANG=nb_NO.UTF-8")});
    REQUIRE(nb.status == 0);
    CHECK(nb.out.startsWith(QStringLiteral("Bruk: fellesvedtak-cli")));
    CHECK(nb.out.contains(QStringLiteral("Klage (rådgiver eller jurist")));
    CHECK(nb.out.contains(QStringLiteral("Avslutningsstatus: 0 utført")));
    const auto en = test::cliProcess({QStringLiteral("--help")});
    REQUIRE(en.status == 0);
    CHECK(en.out.startsWith(QStringLiteral("Usage: fellesvedtak-cli")));
    CHECK_FALSE(en.out.contains(QStringLiteral("Kommandoer")));
    // A command's synopsis: what a line holds before the description column (column 40).
    const auto synopses = [](const QString &text) {
        static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
        QStringList out;
        for (const QString &line : text.split(u'\n')) {
            if (line.size() > 2 && line.startsWith(QStringLiteral("  ")) && line.at(2) != u' ')
                out.append(line.left(40).trimmed().split(gap).constFirst());
        }
        return out;
    };
    const QStringList english = synopses(en.out);
    const QStringList bokmal = synopses(nb.out);
    CHECK(english.size() > 80);
    for (const QString &synopsis : english) {
        INFO(synopsis.toStdString());
        CHECK(bokmal.contains(synopsis));
    }
}
