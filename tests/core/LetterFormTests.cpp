// The form of a letter (issue 14, item 16): no word or date broken inside a table cell, no text
// repeated at a page break in the PDF's text layer, the signer's title from the user record, no
// doubled parentheses.
#include "TestSupport.h"
#include "casework/CaseworkService.h"
#include "casework/Users.h"
#include "decision/DecisionService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// The PDF's text layer as pdftotext reads it, line breaks kept.
QString textLayer(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The example drafted as ola, with NPR forwarded to its registry manager.
QString draftedCase(TempDb &t)
{
    test::fixTodayOnSqlite("2026-11-22");
    test::ensureGuiApplication();
    auto ola = t.as(QStringLiteral("ola"));
    auto n = ola.importApplication(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                   QStringLiteral("example-application.json"));
    REQUIRE(n.ok());
    REQUIRE(test::prepareForDraft(ola, n.value()).ok());
    REQUIRE(DecisionService(ola).draft(n.value()).ok());
    auto forwardNpr = [](const CaseRecord &, Decision &d) {
        for (RegistryDecision &e : d.entries) {
            if (e.registry == QLatin1String("NPR")) {
                e.outcome = Outcome::Forwarded;
                e.reason = QStringLiteral("Registerforvalteren avgjør selv.");
            }
        }
        return ok();
    };
    REQUIRE(DecisionService(ola).editDraft(n.value(), forwardNpr).ok());
    return n.value();
}

LetterInput input(TempDb &t, const QString &n, LetterKind kind, Language language, const QString &registry = {})
{
    auto ola = t.as(QStringLiteral("ola"));
    auto in = LetterService(ola).input(n, kind, language, registry);
    INFO(str(in ? QString() : in.error().toString()));
    REQUIRE(in.ok());
    return in.value();
}

QString rendered(const LetterInput &in)
{
    auto pdf = renderLetterPdf(in);
    INFO(str(pdf ? QString() : pdf.error().toString()));
    REQUIRE(pdf.ok());
    return textLayer(pdf->pdf);
}

} // namespace

TEST_CASE("no word is broken inside a table cell", "[letters][form]")
{
    TempDb t;
    const QString n = draftedCase(t);
    // The decision table's outcome column holds "videresendt til registerforvalter" whole.
    const QString nb = rendered(input(t, n, LetterKind::Decision, Language::Bokmaal));
    CHECK(nb.contains(QStringLiteral("registerforvalter")));
    CHECK_FALSE(nb.contains(QStringLiteral("registerforvalt\n")));
    const QString nn = rendered(input(t, n, LetterKind::Decision, Language::Nynorsk));
    CHECK(nn.contains(QStringLiteral("registerforvaltar")));
    CHECK_FALSE(nn.contains(QStringLiteral("registerforvalt\n")));
}

TEST_CASE("no date is broken inside a table cell", "[letters][form]")
{
    TempDb t;
    const QString n = draftedCase(t);
    auto work = t.as(QStringLiteral("ola"));
    REQUIRE(CaseworkService(work).forward(n, QStringLiteral("NPR"), QStringLiteral("Eget formål.")).ok());
    // The forwarding letter's table: the period of NPR is 2008–2025.
    const QString nb = rendered(input(t, n, LetterKind::Forwarding, Language::Bokmaal, QStringLiteral("NPR")));
    CHECK(nb.contains(QStringLiteral("31.12.2025")));
    CHECK_FALSE(nb.contains(QStringLiteral("31.\n")));
    const QString en = rendered(input(t, n, LetterKind::Forwarding, Language::English, QStringLiteral("NPR")));
    INFO(str(en));
    CHECK(en.contains(QRegularExpression(QStringLiteral("31[ \\x{00A0}]Dec[ \\x{00A0}]2025"))));
    CHECK_FALSE(en.contains(QRegularExpression(QStringLiteral("31\\s*\\n\\s*Dec"))));
}

TEST_CASE("no text is repeated at a page break in the PDF's text layer", "[letters][form]")
{
    TempDb t;
    const QString n = draftedCase(t);
    LetterInput in = input(t, n, LetterKind::Decision, Language::Bokmaal);
    QStringList sentences;
    for (int i = 1; i <= 90; ++i)
        sentences
            << QStringLiteral("Setning nummer S%1S i begrunnelsen, som fyller sidene.").arg(i, 3, 10, QLatin1Char('0'));
    in.decision->reasons = sentences.join(QLatin1Char(' '));
    std::vector<VariableDecision> &variables = in.decision->entries[0].variables;
    variables.clear();
    for (int i = 1; i <= 40; ++i)
        variables.push_back({QStringLiteral("V%1V").arg(i, 3, 10, QLatin1Char('0')), i % 4 != 0,
                             QStringLiteral("Grunn G%1G.").arg(i, 3, 10, QLatin1Char('0'))});
    auto pdf = renderLetterPdf(in);
    REQUIRE(pdf.ok());
    REQUIRE(pdf->pages >= 3);
    const QString text = textLayer(pdf->pdf);
    for (int i = 1; i <= 90; ++i) {
        const QString marker = QStringLiteral("S%1S").arg(i, 3, 10, QLatin1Char('0'));
        INFO(str(marker));
        CHECK(text.count(marker) == 1);
    }
    for (int i = 4; i <= 40; i += 4) {
        const QString marker = QStringLiteral("G%1G").arg(i, 3, 10, QLatin1Char('0'));
        INFO(str(marker));
        CHECK(text.count(marker) == pdf->text.count(marker));
    }
}

TEST_CASE("a letter is signed with the caseworker's title from the user record", "[letters][form]")
{
    TempDb t;
    const QString n = draftedCase(t);
    UserDetails details;
    details.title = QStringLiteral("Fagdirektør");
    REQUIRE(Users::setDetails(t.db(), t.login(QStringLiteral("admin")), t.login(QStringLiteral("ola")), details).ok());
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
        INFO(str(toCode(language)));
        const QString text = rendered(input(t, n, LetterKind::Receipt, language));
        CHECK(text.contains(QStringLiteral("Ola Nordmann\nFagdirektør")));
    }
}

TEST_CASE("a value the letter puts in parentheses is not parenthesised twice", "[letters][form]")
{
    TempDb t;
    const QString n = draftedCase(t);
    LetterInput in = input(t, n, LetterKind::Decision, Language::Bokmaal);
    in.application.storage.description = QStringLiteral("(se vedlegg 3 om tilgangsstyring)");
    const QString text = rendered(in).simplified();
    CHECK(text.contains(QStringLiteral("(se vedlegg 3 om tilgangsstyring)")));
    CHECK_FALSE(text.contains(QStringLiteral("((")));
    CHECK_FALSE(text.contains(QStringLiteral("))")));
}
