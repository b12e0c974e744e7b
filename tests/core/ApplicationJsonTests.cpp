// The application-v1 import and export: the shared examples, one golden folder per rule
// (tests/data/applications/{invalid,valid}/<case>/), and the validator used by the form.

#include "application/ApplicationJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace fv;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject readJsonObject(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QStringList caseFolders(const QString &kind)
{
    const QDir dir(QStringLiteral(FV_TEST_DATA_DIR "/applications/") + kind);
    return dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Application parseFile(const QString &path)
{
    const Result<Application> result = parseApplicationJson(readFile(path), QFileInfo(path).fileName());
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// parse(export(app)) gives the same application, and exporting it again the same bytes.
void requireStableRoundTrip(const Application &app)
{
    const QByteArray bytes = applicationToJsonBytes(app);
    const Result<Application> again = parseApplicationJson(bytes, u"export.json"_s);
    INFO(bytes.toStdString());
    REQUIRE(again.ok());
    CHECK(applicationToJson(again.value()) == applicationToJson(app));
    CHECK(applicationToJsonBytes(again.value()) == bytes);
}

Application exampleApplication()
{
    return parseFile(QStringLiteral(FV_SPEC_DIR "/example-application.json"));
}

bool hasIssueAt(const std::vector<ValidationIssue> &issues, const QString &path)
{
    return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue &issue) { return issue.path == path; });
}

} // namespace

TEST_CASE("The repository's copies of the spec's examples are the shared ones", "[application]")
{
    if (!QFileInfo::exists(QStringLiteral(FV_SHARED_SPEC_DIR "/example-application.json")))
        SKIP("no shared/spec beside this checkout");
    for (const char *name : {"example-application.json", "example-change-application.json"}) {
        INFO(name);
        CHECK(readFile(QStringLiteral(FV_SPEC_DIR "/") + QString::fromLatin1(name))
              == readFile(QStringLiteral(FV_SHARED_SPEC_DIR "/") + QString::fromLatin1(name)));
    }
}

TEST_CASE("The shared examples import and export unchanged", "[application]")
{
    for (const char *name : {"example-application.json", "example-change-application.json"}) {
        const QString path = QStringLiteral(FV_SPEC_DIR "/") + QString::fromLatin1(name);
        DYNAMIC_SECTION(name)
        {
            const Application app = parseFile(path);
            CHECK(applicationToJson(app) == readJsonObject(path));
            requireStableRoundTrip(app);
        }
    }
}

TEST_CASE("The example's fields land in the struct", "[application]")
{
    const Application app = exampleApplication();
    CHECK(app.reference == u"HD-2026-000417");
    CHECK(app.kind == ApplicationKind::New);
    CHECK(app.received == QDate(2026, 9, 14));
    CHECK(app.project.purpose == u"medical-health-research");
    CHECK(app.controller.address.postalCode == u"0316");
    CHECK(app.legalBasis.dpoConsulted == std::optional<bool>(true));
    REQUIRE(app.rek.has_value());
    CHECK(app.rek->approvedOn == QDate(2026, 6, 2));
    CHECK(app.registryCodes() == QStringList{u"MFR"_s, u"NPR"_s, u"DAR"_s, u"LMR"_s});
    CHECK(app.dataSources[2].variables == QStringList{u"DODSDATO"_s, u"UNDERLIGGENDE_DODSARSAK"_s});
    CHECK(app.hasAttachmentsKey);
    CHECK(app.attachments.size() == 2);
    CHECK(app.extensions.isEmpty());

    const Application change = parseFile(QStringLiteral(FV_SPEC_DIR "/example-change-application.json"));
    CHECK(change.kind == ApplicationKind::Change);
    CHECK(change.changeOf == u"26/00012");
    CHECK(change.language == Language::Nynorsk);
    CHECK_FALSE(change.hasAttachmentsKey);
}

TEST_CASE("Every invalid golden file is refused with its path and message", "[application][golden]")
{
    const QStringList cases = caseFolders(u"invalid"_s);
    CHECK(cases.size() >= 40);
    for (const QString &name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString folder = QStringLiteral(FV_TEST_DATA_DIR "/applications/invalid/") + name;
            // One line: path, tab, message substring (the path is empty for a whole-file problem).
            const QString expected = QString::fromUtf8(readFile(folder + u"/expected.txt"_s)).section(u'\n', 0, 0);
            const QString expectedPath = expected.section(u'\t', 0, 0);
            const QString expectedText = expected.section(u'\t', 1).trimmed();
            REQUIRE_FALSE(expectedText.isEmpty());

            const Result<Application> result = parseApplicationJson(
                readFile(folder + u"/input.json"_s), u"input.json"_s);
            REQUIRE_FALSE(result.ok());
            const Error &error = result.error();
            INFO(error.toString().toStdString());
            CHECK(error.where == u"input.json");
            if (!expectedPath.isEmpty())
                CHECK(error.message.startsWith(expectedPath + u": "_s));
            CHECK(error.message.contains(expectedText));
        }
    }
}

TEST_CASE("Every valid golden file imports and exports its normal form", "[application][golden]")
{
    const QStringList cases = caseFolders(u"valid"_s);
    CHECK(cases.size() >= 10);
    for (const QString &name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString folder = QStringLiteral(FV_TEST_DATA_DIR "/applications/valid/") + name;
            const Application app = parseFile(folder + u"/input.json"_s);
            // expected.json holds the normal form when it differs from the input (trimmed, nulls dropped).
            const QString expectedPath = QFile::exists(folder + u"/expected.json"_s)
                ? folder + u"/expected.json"_s
                : folder + u"/input.json"_s;
            CHECK(applicationToJson(app) == readJsonObject(expectedPath));
            CHECK(validateApplication(app).empty());
            requireStableRoundTrip(app);
        }
    }
}

TEST_CASE("x- keys are kept in the object they stood in", "[application]")
{
    const Application app = parseFile(QStringLiteral(FV_TEST_DATA_DIR "/applications/valid/extension-keys/input.json"));
    CHECK(app.extensions.value(u""_s).toObject().value(u"x-portal-version"_s) == u"4.2"_s);
    CHECK(app.extensions.value(u"dataSources[1]"_s).toObject().value(u"x-note"_s) == u"NPR somatikk"_s);
    CHECK(app.extensions.value(u"controller.address"_s).toObject().value(u"x-postbox"_s) == true);
    const QJsonObject exported = applicationToJson(app);
    CHECK(exported.value(u"dataSources"_s).toArray().at(1).toObject().value(u"x-note"_s) == u"NPR somatikk"_s);
    CHECK_FALSE(exported.value(u"dataSources"_s).toArray().at(0).toObject().contains(u"x-note"_s));
}

TEST_CASE("Export writes the spec's key order, format first", "[application]")
{
    const QByteArray bytes = applicationToJsonBytes(exampleApplication());
    CHECK(bytes.startsWith("{\n  \"format\": \"helsedata-application/1\",\n  \"reference\""));
    const QList<QByteArray> order{
        "\"format\"",          "\"reference\"",         "\"kind\"",
        "\"received\"",        "\"language\"",          "\"project\"",
        "\"title\"",           "\"deletionDate\"",      "\"projectLeader\"",
        "\"controller\"",      "\"legalBasis\"",        "\"rek\"",
        "\"identifiability\"", "\"population\"",        "\"linkage\"",
        "\"storage\"",         "\"personsWithAccess\"", "\"dataSources\"",
        "\"attachments\""};
    qsizetype previous = -1;
    for (const QByteArray &key : order) {
        const qsizetype at = bytes.indexOf(key, previous + 1);
        INFO(key.toStdString());
        CHECK(at > previous);
        previous = at;
    }
    CHECK(bytes.contains("\"variables\": [\"DODSDATO\", \"UNDERLIGGENDE_DODSARSAK\"]"));
    CHECK(bytes.contains("Åse Kjærstad Ødegård")); // UTF-8, not \u escapes
}

TEST_CASE("The error names the file and the JSON path", "[application]")
{
    QByteArray bytes = readFile(QStringLiteral(FV_SPEC_DIR "/example-application.json"));
    bytes.replace("\"registry\": \"DAR\"", "\"registry\": \"XYZ\"");
    const Result<Application> result = parseApplicationJson(bytes, u"app.json"_s);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().toString()
          == u"app.json: dataSources[2].registry: unknown registry code \"XYZ\" (expected one of DAR, KRG, MFR, "
             u"MSIS, SYSVAK, NPR, HKR, BIV, KPR, LMR, HAR)"_s);
}

TEST_CASE("Organisation numbers are checked with MOD11", "[application]")
{
    CHECK(isValidOrgNumber(u"971035854"_s));
    CHECK(isValidOrgNumber(u"874789542"_s));
    CHECK_FALSE(isValidOrgNumber(u"971035855"_s));
    CHECK_FALSE(isValidOrgNumber(u"97103585"_s));
    CHECK_FALSE(isValidOrgNumber(u"9710358540"_s));
    CHECK_FALSE(isValidOrgNumber(u"97103585x"_s));
    CHECK_FALSE(isValidOrgNumber(u"400000000"_s)); // remainder 1: no check digit can be right
    CHECK_FALSE(isValidOrgNumber(QString()));
}

TEST_CASE("validateApplication reports every problem at its field", "[application]")
{
    Application app = exampleApplication();
    REQUIRE(validateApplication(app).empty());

    app.reference = u"   "_s;
    app.project.end = app.project.start;
    app.controller.orgNumber = u"971035855"_s;
    app.projectLeader.email = u"not an email"_s;
    app.rek.reset();
    app.legalBasis.dpia.clear();
    app.dataSources[1].registry = u"MFR"_s;
    app.dataSources[0].variables.clear();
    app.attachments[0].sha256 = u"abc"_s;
    app.personsWithAccess.clear();

    const std::vector<ValidationIssue> issues = validateApplication(app);
    for (const QString &path :
         {u"reference"_s, u"project.end"_s, u"controller.orgNumber"_s, u"projectLeader.email"_s, u"rek"_s,
          u"legalBasis.dpia"_s, u"dataSources[1].registry"_s, u"dataSources[0].variables"_s, u"attachments[0].sha256"_s,
          u"personsWithAccess"_s}) {
        INFO(path.toStdString());
        CHECK(hasIssueAt(issues, path));
    }
    CHECK(issues.size() == 10);
}

TEST_CASE("validateApplication applies the rules that depend on identifiability and kind", "[application]")
{
    Application app = exampleApplication();
    app.identifiability = Identifiability::Anonymous;
    app.rek.reset();
    app.legalBasis = LegalBasis{};
    CHECK(validateApplication(app).empty());

    app.identifiability = Identifiability::DirectlyIdentifiable;
    const std::vector<ValidationIssue> direct = validateApplication(app);
    for (const QString &path : {u"legalBasis.article6"_s, u"legalBasis.article9"_s, u"legalBasis.dpia"_s,
                                u"legalBasis.dpoConsulted"_s, u"rek"_s, u"directIdentifiersJustification"_s}) {
        INFO(path.toStdString());
        CHECK(hasIssueAt(direct, path));
    }

    Application change = exampleApplication();
    change.kind = ApplicationKind::Change;
    const std::vector<ValidationIssue> changeIssues = validateApplication(change);
    CHECK(hasIssueAt(changeIssues, u"changeOf"_s));
    CHECK(hasIssueAt(changeIssues, u"changeSummary"_s));
}

TEST_CASE("Form input with surrounding spaces is judged by its trimmed text", "[application]")
{
    Application app = exampleApplication();
    app.controller.orgNumber = u" 971035854 "_s;
    app.controller.address.postalCode = u"0316 "_s;
    app.dataSources[0].registry = u" MFR"_s;
    CHECK(validateApplication(app).empty());
}

TEST_CASE("Codes convert both ways", "[application]")
{
    for (const Identifiability value :
         {Identifiability::Anonymous, Identifiability::IndirectlyIdentifiable, Identifiability::DirectlyIdentifiable})
        CHECK(identifiabilityFromCode(toCode(value)) == value);
    for (const Language value : {Language::Bokmaal, Language::Nynorsk, Language::English})
        CHECK(languageFromCode(toCode(value)) == value);
    CHECK(applicationKindFromCode(u"change"_s) == ApplicationKind::Change);
    CHECK_FALSE(applicationKindFromCode(u"Change"_s).has_value());
    CHECK(purposeCodes().size() == 9);
    CHECK(attachmentKindCodes().size() == 6);
    CHECK(registryCodesInSpec().size() == 11);
}
