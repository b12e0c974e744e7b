#include "archive/Addml.h"

#include "archive/ArchiveExport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QXmlStreamWriter>

namespace fv {
namespace {

const QString addmlNs = QStringLiteral("http://www.arkivverket.no/standarder/addml");
const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

void property(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeStartElement(QStringLiteral("property"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeTextElement(QStringLiteral("value"), value);
    w.writeEndElement();
}

void element(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeStartElement(QStringLiteral("additionalElement"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeTextElement(QStringLiteral("value"), value);
    w.writeEndElement();
}

void writeReference(QXmlStreamWriter &w, const AddmlFacts &f)
{
    w.writeStartElement(QStringLiteral("reference"));
    w.writeStartElement(QStringLiteral("context"));
    w.writeStartElement(QStringLiteral("additionalElements"));
    w.writeStartElement(QStringLiteral("additionalElement"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("recordCreators"));
    w.writeStartElement(QStringLiteral("additionalElements"));
    w.writeStartElement(QStringLiteral("additionalElement"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("recordCreator"));
    w.writeStartElement(QStringLiteral("additionalElements"));
    element(w, QStringLiteral("name"), f.creator.name);
    element(w, QStringLiteral("organisationNumber"), f.creator.id);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    element(w, QStringLiteral("systemType"), QStringLiteral("Noark5"));
    element(w, QStringLiteral("systemName"), QStringLiteral("Fellesvedtak"));
    element(w, QStringLiteral("systemVersion"), QStringLiteral(FV_VERSION));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("content"));
    w.writeStartElement(QStringLiteral("additionalElements"));
    w.writeStartElement(QStringLiteral("additionalElement"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("archivalPeriod"));
    w.writeStartElement(QStringLiteral("properties"));
    property(w, QStringLiteral("startDate"), f.from.toString(Qt::ISODate));
    property(w, QStringLiteral("endDate"), f.to.toString(Qt::ISODate));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

// One file of the extract: its name, type, SHA-256, its schema and what it holds.
Status writeFile(QXmlStreamWriter &w, const QString &root, const QString &file,
                 const std::vector<std::pair<QString, int>> &occurrences)
{
    const QString sha = fileSha256(root + QLatin1Char('/') + file);
    if (sha.isEmpty())
        return fail(QCoreApplication::translate("fv::Archive", "could not read the file to checksum it"), file);
    const QString name = file.section(QLatin1Char('.'), 0, 0);
    const bool isSchema = file.endsWith(QLatin1String(".xsd"));
    w.writeStartElement(QStringLiteral("dataObject"));
    w.writeAttribute(QStringLiteral("name"), isSchema ? file : name);
    w.writeStartElement(QStringLiteral("properties"));
    w.writeStartElement(QStringLiteral("property"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("file"));
    w.writeStartElement(QStringLiteral("properties"));
    property(w, QStringLiteral("name"), file);
    property(w, QStringLiteral("type"), isSchema ? QStringLiteral("xsd") : QStringLiteral("xml"));
    w.writeStartElement(QStringLiteral("property"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("checksum"));
    w.writeStartElement(QStringLiteral("properties"));
    property(w, QStringLiteral("algorithm"), QStringLiteral("SHA256"));
    property(w, QStringLiteral("value"), sha);
    w.writeEndElement();
    w.writeEndElement();
    if (!isSchema)
        property(w, QStringLiteral("schema"), name + QStringLiteral(".xsd"));
    w.writeEndElement();
    w.writeEndElement();
    if (!occurrences.empty()) {
        w.writeStartElement(QStringLiteral("property"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("info"));
        w.writeStartElement(QStringLiteral("properties"));
        w.writeStartElement(QStringLiteral("property"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("numberOfOccurrences"));
        w.writeStartElement(QStringLiteral("properties"));
        for (const auto &[what, count] : occurrences)
            property(w, what, QString::number(count));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    return ok();
}

} // namespace

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Status writeAddml(const QString &root, const AddmlFacts &f)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(addmlNs);
    w.writeNamespace(xsiNs, QStringLiteral("xsi"));
    w.writeStartElement(addmlNs, QStringLiteral("addml"));
    w.writeAttribute(xsiNs, QStringLiteral("schemaLocation"), addmlNs + QStringLiteral(" addml.xsd"));
    w.writeStartElement(QStringLiteral("dataset"));
    writeReference(w, f);
    w.writeStartElement(QStringLiteral("dataObjects"));
    w.writeStartElement(QStringLiteral("dataObject"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Noark 5 arkivuttrekk"));
    w.writeStartElement(QStringLiteral("properties"));
    w.writeStartElement(QStringLiteral("property"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("info"));
    w.writeStartElement(QStringLiteral("properties"));
    property(w, QStringLiteral("type"), QStringLiteral("Noark5"));
    property(w, QStringLiteral("version"), QStringLiteral("v5.0"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("dataObjects"));
    const std::map<QString, std::vector<std::pair<QString, int>>> occurrences = {
        {QStringLiteral("arkivstruktur.xml"),
         {{QStringLiteral("mappe"), f.counts.folders},
          {QStringLiteral("registrering"), f.counts.registrations},
          {QStringLiteral("dokumentbeskrivelse"), f.counts.documentDescriptions},
          {QStringLiteral("dokumentobjekt"), f.counts.documentObjects}}},
        {QStringLiteral("endringslogg.xml"), {{QStringLiteral("endring"), f.changes}}},
        {QStringLiteral("loependeJournal.xml"), {{QStringLiteral("journalregistrering"), f.journalEntries}}},
        {QStringLiteral("offentligJournal.xml"), {{QStringLiteral("journalregistrering"), f.journalEntries}}},
    };
    for (const QString &file : ArchiveExport::xmlFiles() + ArchiveExport::schemaFiles()) {
        const auto it = occurrences.find(file);
        if (auto s = writeFile(w, root, file, it == occurrences.end() ? decltype(it->second){} : it->second); !s)
            return s;
    }
    w.writeEndElement(); // dataObjects
    w.writeEndElement(); // dataObject
    w.writeEndElement(); // dataObjects
    w.writeEndElement(); // dataset
    w.writeEndElement(); // addml
    w.writeEndDocument();
    QFile file(root + QStringLiteral("/arkivuttrekk.xml"));
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.flush())
        return fail(QCoreApplication::translate("fv::Archive", "could not write the file: %1").arg(file.errorString()),
                    file.fileName());
    return ok();
}

} // namespace fv
