#pragma once
// Shared by JournalTests and ArchiveTests: cases taken to a sent decision, xmllint against
// Arkivverket's schemas, and the consistency checks Arkivverket's test tool makes on an extract.
#include "Clock.h"
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "archive/ArchiveExport.h"
#include "decision/DecisionService.h"
#include "letters/DocumentService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <map>

namespace fv::test {

inline Application exampleApplication(const QString &reference)
{
    auto app = parseApplicationJson(
        readFile(specFile(QStringLiteral("example-application.json"))), QStringLiteral("example-application.json"));
    REQUIRE(app.ok());
    Application a = app.value();
    a.reference = reference;
    return a;
}

inline QString registerAs(TempDb &t, const Application &a)
{
    auto ola = t.as(QStringLiteral("ola"));
    auto number = ola.registerApplication(a, a.reference + QStringLiteral(".json"));
    INFO((number ? std::string() : number.error().toString().toStdString()));
    REQUIRE(number.ok());
    return number.value();
}

// Approved by kari and its decision letter sent by ola: the case is finished (letter sent).
inline QString decidedAndSent(TempDb &t, const Application &a)
{
    const QString number = registerAs(t, a);
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    settleAssessment(t, number);
    REQUIRE(DecisionService(ola).submit(number).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(number).ok());
    ensureGuiApplication();
    auto sent = DocumentService(ola).send(number, LetterKind::Decision);
    INFO((sent ? std::string() : sent.error().toString().toStdString()));
    REQUIRE(sent.ok());
    return number;
}

// The folder with Arkivverket's schemas: the shared one, else the copies the program carries.
inline QString noarkSchemaDir()
{
    const QString shared = QStringLiteral(FV_NOARK5_DIR);
    if (QFileInfo::exists(shared + QStringLiteral("/arkivstruktur.xsd")))
        return shared;
    return QStringLiteral(FV_NOARK5_FALLBACK_DIR);
}

inline bool haveXmllint()
{
    return !QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty();
}

// xmllint --noout --schema SCHEMA FILE: empty when it validates, else what xmllint said.
inline QString schemaErrors(const QString &file, const QString &schema)
{
    QProcess p;
    p.start(
        QStringLiteral("xmllint"),
        {QStringLiteral("--noout"), QStringLiteral("--schema"), noarkSchemaDir() + QLatin1Char('/') + schema, file});
    p.waitForFinished(300000);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromUtf8(p.readAllStandardError()).left(2000) + QStringLiteral(" (exit %1)").arg(p.exitCode());
}

// Every XML file of an extract against its schema, as Arkivverket's test tool does.
inline void requireValidExtract(const QString &dir)
{
    const std::map<QString, QString> schemas = {
        {QStringLiteral("arkivstruktur.xml"), QStringLiteral("arkivstruktur.xsd")},
        {QStringLiteral("endringslogg.xml"), QStringLiteral("endringslogg.xsd")},
        {QStringLiteral("loependeJournal.xml"), QStringLiteral("loependeJournal.xsd")},
        {QStringLiteral("offentligJournal.xml"), QStringLiteral("offentligJournal.xsd")},
        {QStringLiteral("arkivuttrekk.xml"), QStringLiteral("addml.xsd")},
    };
    for (const auto &[file, schema] : schemas) {
        INFO(file.toStdString() << " against " << noarkSchemaDir().toStdString() << "/" << schema.toStdString());
        CHECK(schemaErrors(dir + QLatin1Char('/') + file, schema).toStdString() == std::string());
    }
}

inline QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// Walks an XML file: `visit(path of element names, text)` for every element that holds text only;
// `empty` collects elements with neither text nor children.
inline void walkXml(const QString &file, const std::function<void(const QStringList &, const QString &)> &visit,
                    QStringList *empty = nullptr)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader r(&f);
    QStringList path;
    std::vector<bool> hasContent;
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (!hasContent.empty())
                hasContent.back() = true;
            path << r.name().toString();
            hasContent.push_back(false);
            text.clear();
        } else if (r.isCharacters() && !r.isWhitespace()) {
            text += r.text();
            hasContent.back() = true;
        } else if (r.isEndElement()) {
            if (!hasContent.back() && empty)
                *empty << path.join(u'/');
            if (!text.isEmpty())
                visit(path, text);
            text.clear();
            path.removeLast();
            hasContent.pop_back();
        }
    }
    INFO(file.toStdString() << ": " << r.errorString().toStdString());
    REQUIRE_FALSE(r.hasError());
}

// Arkivverket's consistency checks on an extract; the problems found, none when it is sound.
inline QStringList extractProblems(const QString &dir)
{
    QStringList problems;
    // ADDML: every file it names exists and has the checksum it gives; counts of the structure.
    std::map<QString, QString> addmlSums;
    std::map<QString, int> addmlCounts;
    QString lastFile;
    walkXml(dir + QStringLiteral("/arkivuttrekk.xml"), [&](const QStringList &, const QString &) {});
    {
        QFile f(dir + QStringLiteral("/arkivuttrekk.xml"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader r(&f);
        QStringList names; // the property names down to here
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("property"))
                names << r.attributes().value(QStringLiteral("name")).toString();
            else if (r.isEndElement() && r.name() == QLatin1String("property"))
                names.removeLast();
            else if (r.isStartElement() && r.name() == QLatin1String("value")) {
                const QString v = r.readElementText();
                if (names.size() == 2 && names.at(0) == QLatin1String("file") && names.at(1) == QLatin1String("name"))
                    lastFile = v;
                else if (names.endsWith(QStringLiteral("value")) && names.contains(QStringLiteral("checksum")))
                    addmlSums[lastFile] = v;
                else if (names.size() == 3 && names.at(1) == QLatin1String("numberOfOccurrences"))
                    addmlCounts[lastFile + QLatin1Char('/') + names.at(2)] = v.toInt();
            }
        }
    }
    QStringList topLevel = QDir(dir).entryList(QDir::Files);
    topLevel.removeAll(QStringLiteral("arkivuttrekk.xml"));
    for (const QString &file : topLevel)
        if (!addmlSums.count(file))
            problems << QStringLiteral("%1 is not described in arkivuttrekk.xml").arg(file);
    for (const auto &[file, sum] : addmlSums)
        if (sha256Of(dir + QLatin1Char('/') + file) != sum)
            problems << QStringLiteral("the checksum of %1 does not match arkivuttrekk.xml").arg(file);

    // arkivstruktur.xml: unique systemIDs, documents present with their checksums and sizes, counts.
    QSet<QString> ids;
    QSet<QString> referenced;
    std::map<QString, int> counts;
    QString file, sum, size;
    QStringList empty;
    walkXml(
        dir + QStringLiteral("/arkivstruktur.xml"),
        [&](const QStringList &path, const QString &text) {
            const QString &name = path.last();
            if (name == QLatin1String("systemID")) {
                if (ids.contains(text))
                    problems << QStringLiteral("systemID %1 is used twice").arg(text);
                ids.insert(text);
                const QString owner = path.at(path.size() - 2);
                ++counts[owner];
            } else if (name == QLatin1String("referanseDokumentfil")) {
                file = text;
                if (referenced.contains(text))
                    problems << QStringLiteral("%1 is referenced twice").arg(text);
                referenced.insert(text);
            } else if (name == QLatin1String("sjekksum")) {
                sum = text;
            } else if (name == QLatin1String("filstoerrelse")) {
                size = text;
                const QFileInfo info(dir + QLatin1Char('/') + file);
                if (!info.exists())
                    problems << QStringLiteral("%1 is referenced but missing").arg(file);
                else if (info.size() == 0)
                    problems << QStringLiteral("%1 is empty").arg(file);
                else if (sha256Of(info.filePath()) != sum)
                    problems << QStringLiteral("the sjekksum of %1 does not match the file").arg(file);
                else if (QString::number(info.size()) != size)
                    problems << QStringLiteral("the filstoerrelse of %1 does not match the file").arg(file);
            }
        },
        &empty);
    for (const QString &e : empty)
        problems << QStringLiteral("empty element %1 in arkivstruktur.xml").arg(e);
    QDirIterator it(dir + QStringLiteral("/DOKUMENT"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (!referenced.contains(relative))
            problems << QStringLiteral("%1 is not referenced by arkivstruktur.xml").arg(relative);
    }
    for (const char *what : {"mappe", "registrering", "dokumentbeskrivelse", "dokumentobjekt"}) {
        const QString key = QStringLiteral("arkivstruktur.xml/") + QLatin1String(what);
        if (addmlCounts[key] != counts[QLatin1String(what)])
            problems << QStringLiteral("arkivuttrekk.xml counts %1 %2, arkivstruktur.xml has %3")
                            .arg(addmlCounts[key])
                            .arg(QLatin1String(what))
                            .arg(counts[QLatin1String(what)]);
    }
    for (const QString &other : {QStringLiteral("endringslogg.xml"), QStringLiteral("loependeJournal.xml"),
                                 QStringLiteral("offentligJournal.xml"), QStringLiteral("arkivuttrekk.xml")}) {
        QStringList none;
        walkXml(
            dir + QLatin1Char('/') + other, [](const QStringList &, const QString &) {}, &none);
        for (const QString &e : none)
            problems << QStringLiteral("empty element %1 in %2").arg(e, other);
    }
    return problems;
}

} // namespace fv::test
