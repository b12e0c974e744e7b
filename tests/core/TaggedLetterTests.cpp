// Letters every reader can read (issue 19, item 4): every letter kind in bokmål, nynorsk and
// English is a tagged PDF whose structure tree has headings and, where the letter has one, a
// table with header cells; it names its language and title and identifies as PDF/UA-1 and
// PDF/A-2. Read with poppler's pdfinfo and pdffonts and with qpdf, not with our own code.
#include "PdfStructure.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "letters/LetterRenderer.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

LetterInput letterOf(LetterKind kind, Language language)
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    LetterInput in;
    in.kind = kind;
    in.language = language;
    in.caseNumber = QStringLiteral("26/00012");
    in.documentNumber = 5;
    in.date = QDate(2026, 11, 20);
    in.caseworkerName = QStringLiteral("Kari Sæther");
    in.drafterName = QStringLiteral("Kari Sæther");
    in.approverName = QStringLiteral("Øystein Ålgård");
    in.application = app.value();
    Decision decision;
    for (const DataSource &source : in.application.dataSources)
        decision.entries.push_back({source.registry, Outcome::Granted, {}, {}, {}, {}});
    decision.entries.back().outcome = Outcome::Forwarded;
    decision.entries.back().reason = QStringLiteral("Registerforvalteren vurderer selv.");
    in.decision = decision;
    for (const RegistryDecision &entry : decision.entries) {
        Registry registry;
        registry.code = entry.registry;
        registry.name = registry.nameNn = registry.nameEn = QStringLiteral("Register ") + entry.registry;
        registry.manager = QStringLiteral("Folkehelseinstituttet");
        in.registries[entry.registry] = registry;
    }
    // A forwarding letter goes to the forwarded registry's manager, a notice to one that delivers.
    in.forwardRegistry =
        (kind == LetterKind::RegistryNotice ? decision.entries.front() : decision.entries.back()).registry;
    in.forwardReason = QStringLiteral("Registerforvalteren vurderer selv.");
    in.infoRequestText = QStringLiteral("Send oss REK-godkjenningen.");
    in.answerDue = QDate(2026, 12, 11);
    in.expectedDecision = QDate(2027, 1, 15);
    return in;
}

// The document catalogue as qpdf reads it (JSON v2: strings "u:…", references "n 0 R").
QJsonObject catalogue(const QString &pdf)
{
    const Tool json = run(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"), pdf});
    const QJsonObject objects = QJsonDocument::fromJson(json.out.toUtf8())[QLatin1String("qpdf")][1].toObject();
    const QString root = objects[QLatin1String("trailer")][QLatin1String("value")][QLatin1String("/Root")].toString();
    return objects[QStringLiteral("obj:") + root][QLatin1String("value")].toObject();
}

bool hasTable(LetterKind kind)
{
    return kind == LetterKind::Decision || kind == LetterKind::Forwarding || kind == LetterKind::RegistryNotice;
}

// The element's text in `pdfinfo -struct-text`: the quoted line after it.
QString elementText(const QString &structure, const QString &element)
{
    const QStringList lines = structure.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith(element))
            return lines[i + 1].trimmed();
    }
    return {};
}

} // namespace

TEST_CASE("every letter kind in every language is a tagged PDF that identifies as PDF/UA-1 and PDF/A-2",
          "[letters][tagged]")
{
    test::ensureGuiApplication();
    QTemporaryDir dir;
    for (LetterKind kind : allLetterKinds()) {
        for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English}) {
            const QString name = toCode(kind) + QLatin1Char('.') + toCode(language);
            INFO(str(name));
            auto letter = renderLetterPdf(letterOf(kind, language));
            INFO((letter ? std::string() : str(letter.error().toString())));
            REQUIRE(letter.ok());
            const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
            QFile file(pdf);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(letter->pdf);
            file.close();

            const Tool info = run(QStringLiteral("pdfinfo"), {pdf});
            CHECK(info.out.contains(QStringLiteral("Tagged:          yes")));
            CHECK(info.out.contains(
                QStringLiteral("Title:           ") + letter->title + QStringLiteral(" – 26/00012-5")));

            const QString structure = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf}).out;
            INFO(str(structure.left(3000)));
            CHECK(structure.startsWith(QStringLiteral("Document")));
            // The heading reads as the title (line breaks join without a space).
            const QString h1 = elementText(structure, QStringLiteral("H1"));
            CHECK(!h1.isEmpty());
            CHECK(h1.startsWith(QLatin1Char('"') + letter->title.section(QLatin1Char(' '), 0, 1)));
            CHECK(structure.contains(QStringLiteral("  P (block)")));
            if (hasTable(kind)) {
                CHECK(structure.contains(QStringLiteral("Table (block)")));
                CHECK(structure.contains(QStringLiteral("TH:")));
                CHECK(structure.contains(QStringLiteral("/Scope /Column")));
                CHECK(structure.contains(QStringLiteral("TD")));
            }
            if (kind == LetterKind::Decision || kind == LetterKind::Receipt)
                CHECK(structure.contains(QStringLiteral("H2 (block)")));
            if (kind == LetterKind::Decision) // the facts of the project: label, value
                CHECK(structure.contains(QStringLiteral("/Scope /Row")));
            if (kind == LetterKind::Receipt) { // the list of what was received
                CHECK(structure.contains(QStringLiteral("L (block)")));
                CHECK(structure.contains(QStringLiteral("LI (block)")));
                CHECK(structure.contains(QStringLiteral("LBody")));
            }
            // Letterhead, footer and page numbers are artifacts: on the page, not in the structure.
            CHECK(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                      .out.contains(QStringLiteral("983 744 516")));
            CHECK_FALSE(structure.contains(QStringLiteral("983 744 516")));
            CHECK_FALSE(structure.contains(QStringLiteral("Private")));

            const QJsonObject catalog = catalogue(pdf);
            CHECK(catalog[QLatin1String("/Lang")].toString() == QStringLiteral("u:") + toCode(language));
            CHECK(catalog[QLatin1String("/ViewerPreferences")][QLatin1String("/DisplayDocTitle")].toBool());
            CHECK(catalog[QLatin1String("/MarkInfo")][QLatin1String("/Marked")].toBool());
            CHECK(catalog[QLatin1String("/OutputIntents")].toArray().size() == 1);
            CHECK(catalog.contains(QLatin1String("/StructTreeRoot")));

            CHECK(letter->pdf.contains("pdfaid:part=\"2\""));
            CHECK(letter->pdf.contains("pdfaid:conformance=\"B\""));
            CHECK(letter->pdf.contains("pdfuaid:part=\"1\""));
            CHECK(letter->pdf.contains("<dc:language><rdf:Bag><rdf:li>" + toCode(language).toUtf8() + "</rdf:li>"));
            CHECK(letter->pdf.contains("/GTS_PDFA1"));

            const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n')).mid(2);
            int embedded = 0;
            for (const QString &font : fonts) {
                if (font.trimmed().isEmpty())
                    continue;
                INFO(str(font));
                CHECK(font.contains(QStringLiteral(" yes yes yes ")));
                ++embedded;
            }
            CHECK(embedded >= 2);

            // The structure as a PDF/UA checker walks it: all content tagged or an artifact and
            // in the tree both ways, TH with Scope, Figure with Alt, fonts embedded with ToUnicode.
            const test::PdfStructure tree = test::checkTaggedPdf(letter->pdf);
            INFO(str(tree.problems.join(QLatin1Char('\n'))));
            CHECK(tree.problems.isEmpty());
            CHECK(tree.markedContent >= 10);
            CHECK(tree.elements >= 10);
            CHECK(tree.fonts >= 2);
            if (hasTable(kind))
                CHECK(tree.headerCells >= 2);

            const Tool check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
            INFO(str(check.out));
            CHECK(check.exitCode == 0);
            CHECK(check.out.contains(QStringLiteral("No syntax or stream encoding errors")));
        }
    }
}

TEST_CASE("a tagged letter keeps the print layout's pages and a paragraph across a page break stays one",
          "[letters][tagged]")
{
    test::ensureGuiApplication();
    LetterInput in = letterOf(LetterKind::Decision, Language::Bokmaal);
    auto letter = renderLetterPdf(in);
    REQUIRE(letter.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(letter->pdf);
    file.close();
    // Print preview paints on Qt's own devices; the pages are the same.
    QPdfWriter writer(dir.filePath(QStringLiteral("print.pdf")));
    auto printed = paintLetter(in, writer);
    REQUIRE(printed.ok());
    CHECK(printed.value() == letter->pages);
    CHECK(letter->pages >= 2);
    CHECK(run(QStringLiteral("pdfinfo"), {pdf}).out.contains(QStringLiteral("Pages:           %1").arg(letter->pages)));
    // Every page's first body line continues the element before the break or starts a new
    // one, but no element is empty: the artifacts between pages did not split one in two.
    const QStringList lines =
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf}).out.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == QStringLiteral("P (block)") || line.startsWith(QStringLiteral("LBody"))) {
            INFO("element " << i << " " << str(line));
            CHECK(lines[i + 1].trimmed().startsWith(QLatin1Char('"')));
        }
    }
}

TEST_CASE("applicant text in Arabic script is drawn and can be read out of a tagged letter", "[letters][tagged]")
{
    test::ensureGuiApplication();
    LetterInput in = letterOf(LetterKind::Receipt, Language::English);
    in.application.projectLeader.name = QStringLiteral("محمد علي");
    auto letter = renderLetterPdf(in);
    REQUIRE(letter.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(letter->pdf);
    file.close();
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    INFO(str(text));
    CHECK(text.contains(QStringLiteral("محمد")));
    CHECK(letter->text.contains(QStringLiteral("محمد علي")));
    const Tool fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK_FALSE(fonts.out.contains(QStringLiteral(" no ")));
}

TEST_CASE("a letterhead logo is drawn in a tagged letter, as an artifact", "[letters][tagged]")
{
    test::ensureGuiApplication();
    QTemporaryDir dir;
    QImage logo(40, 20, QImage::Format_ARGB32);
    logo.fill(QColor(0x1A, 0x2B, 0x3C, 200));
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    LetterInput in = letterOf(LetterKind::Receipt, Language::Bokmaal);
    in.settings.logoPath = logoPath;
    auto letter = renderLetterPdf(in);
    REQUIRE(letter.ok());
    const QString pdf = dir.filePath(QStringLiteral("logo.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(letter->pdf);
    file.close();
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
    INFO(str(images));
    CHECK(images.contains(QStringLiteral(" 40    20 ")));
    CHECK_FALSE(
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct"), pdf}).out.contains(QStringLiteral("Figure")));
}

TEST_CASE("the structure check finds a header cell without scope, an unknown type and no DisplayDocTitle",
          "[letters][tagged]")
{
    test::ensureGuiApplication();
    auto letter = renderLetterPdf(letterOf(LetterKind::Decision, Language::Bokmaal));
    REQUIRE(letter.ok());
    REQUIRE(test::checkTaggedPdf(letter->pdf).problems.isEmpty());
    // Same-length edits of the uncompressed structure objects, so the cross-reference holds.
    const auto broken = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray pdf = letter->pdf;
        REQUIRE(pdf.contains(from));
        return test::checkTaggedPdf(pdf.replace(from, to)).problems.join(QLatin1Char('\n'));
    };
    CHECK(broken("/Scope", "/Scopx").contains(QStringLiteral("a TH without /Scope")));
    CHECK(broken("/S /TH", "/S /TX").contains(QStringLiteral("/TX is neither standard nor role-mapped")));
    CHECK(broken("/DisplayDocTitle", "/DisplayDocTitlX").contains(QStringLiteral("DisplayDocTitle is not true")));
    CHECK(broken("/ToUnicode", "/ToUnicodX").contains(QStringLiteral("has no ToUnicode map")));
}
