#include "letters/PdfFinish.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

// qpdf 11 without its old PointerHolder type (std::shared_ptr throughout).
#define POINTERHOLDER_TRANSITION 4
#include <exception>
#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace fv {
namespace {

using Handle = QPDFObjectHandle;

std::string str(const QString &text)
{
    return text.toStdString();
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The stream's data compressed as FlateDecode (qCompress is zlib behind a 4-byte length).
void setFlateData(Handle stream, const QByteArray &data)
{
    const QByteArray zlib = qCompress(data).mid(4);
    stream.replaceStreamData(zlib.toStdString(), Handle::newName("/FlateDecode"), Handle::newNull());
}

// PDF/A-2 knows the pdfaid schema; pdfuaid it must be told about (an extension schema).
QString xmpPacket(const PdfMetadata &meta, const QString &producer, const QDateTime &now)
{
    const QString date = now.toString(Qt::ISODate);
    return QStringLiteral(
               "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
               " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
               " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
               " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
               " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
               " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
               " pdfaid:part=\"2\" pdfaid:conformance=\"B\" pdfuaid:part=\"1\""
               " xmp:CreatorTool=\"%1\" xmp:CreateDate=\"%2\" xmp:ModifyDate=\"%2\" xmp:MetadataDate=\"%2\""
               " pdf:Producer=\"%3\">\n"
               "<dc:format>application/pdf</dc:format>\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%4</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:language><rdf:Bag><rdf:li>%5</rdf:li></rdf:Bag></dc:language>\n"
               "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
               "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
               "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
               "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
               "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
               "<pdfaProperty:name>part</pdfaProperty:name>\n"
               "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
               "<pdfaProperty:category>internal</pdfaProperty:category>\n"
               "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is "
               "followed</pdfaProperty:description>\n"
               "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
               "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
               "</rdf:Description>\n"
               "</rdf:RDF>\n"
               "</x:xmpmeta>\n"
               "<?xpacket end=\"w\"?>")
        .arg(xmlEscaped(meta.creator), date, xmlEscaped(producer), xmlEscaped(meta.title), xmlEscaped(meta.language));
}

// Cairo's "Private" elements hold what is not content. Their marked content becomes
// /Artifact, and they leave the structure tree and its parent tree.
QByteArray privateToArtifact(QByteArray content)
{
    static const QByteArray open = QByteArrayLiteral("/Private <<");
    static const QByteArray close = QByteArrayLiteral(">> BDC");
    for (qsizetype at = content.indexOf(open); at >= 0; at = content.indexOf(open, at)) {
        const qsizetype end = content.indexOf(close, at);
        if (end < 0)
            break;
        content.replace(at, end + close.size() - at, QByteArrayLiteral("/Artifact BMC"));
    }
    return content;
}

// Walks Cairo's structure tree in pre-order, as PdfStructure lists it: "Private" elements
// leave (their content is an artifact), a continued element takes its continuation's marked
// content back, and header cells get their scope. Records what the parent tree must point to
// instead of a removed element.
class StructureFix
{
public:
    explicit StructureFix(const PdfStructure &structure) : m_structure(structure) {}

    void run(Handle root)
    {
        children(root);
        pruneParentTree(root.getKey("/ParentTree"));
    }

private:
    void children(Handle parent)
    {
        Handle kids = parent.getKey("/K");
        if (kids.isDictionary() || kids.isInteger())
            kids = Handle::newArray({kids});
        if (!kids.isArray())
            return;
        Handle kept = Handle::newArray();
        for (Handle kid : kids.getArrayAsVector()) {
            if (!kid.isDictionary() || !kid.hasKey("/S")) {
                kept.appendItem(kid); // marked content
                continue;
            }
            const size_t index = m_elements.size();
            m_elements.push_back(kid);
            const QByteArray tag = QByteArray::fromStdString(kid.getKey("/S").getName()).mid(1);
            const bool known = index < m_structure.elements.size() && m_structure.elements[index].tag == tag;
            m_inStep = m_inStep && known;
            if (tag == "Private") {
                m_replaced.emplace(kid.getObjGen(), Handle::newNull());
                continue;
            }
            if (m_inStep && m_structure.elements[index].continues >= 0) {
                Handle original = m_elements[size_t(m_structure.elements[index].continues)];
                children(kid); // a continued table row brings its cells
                moveMarks(kid, original);
                m_replaced.emplace(kid.getObjGen(), original);
                continue;
            }
            if (tag == "TH") {
                const QByteArray scope = m_inStep ? m_structure.elements[index].scope : QByteArray();
                kid.replaceKey("/A",
                               Handle::parse("<< /O /Table /Scope /"
                                             + (scope.isEmpty() ? "Column" : scope.toStdString()) + " >>"));
            }
            children(kid);
            kept.appendItem(kid);
        }
        parent.replaceKey("/K", kept);
    }

    // Marked content given as a bare MCID belongs to the element's page; moved to an element
    // that may start on an earlier page, it names its page. Child elements change parent.
    static void moveMarks(Handle from, Handle to)
    {
        Handle marks = from.getKey("/K");
        if (!marks.isArray())
            marks = Handle::newArray({marks});
        Handle target = to.getKey("/K");
        if (!target.isArray()) {
            target = target.isNull() ? Handle::newArray() : Handle::newArray({target});
            to.replaceKey("/K", target);
        }
        for (Handle mark : marks.getArrayAsVector()) {
            if (mark.isDictionary() && mark.hasKey("/S"))
                mark.replaceKey("/P", to);
            if (mark.isInteger()) {
                Handle reference = Handle::parse("<< /Type /MCR >>");
                reference.replaceKey("/Pg", from.getKey("/Pg"));
                reference.replaceKey("/MCID", mark);
                mark = reference;
            }
            target.appendItem(mark);
        }
    }

    void pruneParentTree(Handle node)
    {
        if (Handle kids = node.getKey("/Kids"); kids.isArray()) {
            for (const Handle &kid : kids.getArrayAsVector())
                pruneParentTree(kid);
        }
        Handle nums = node.getKey("/Nums");
        if (!nums.isArray())
            return;
        for (int i = 1; i < nums.getArrayNItems(); i += 2) {
            Handle marks = nums.getArrayItem(i);
            for (int m = 0; marks.isArray() && m < marks.getArrayNItems(); ++m) {
                const Handle mark = marks.getArrayItem(m);
                if (!mark.isIndirect())
                    continue;
                if (const auto it = m_replaced.find(mark.getObjGen()); it != m_replaced.end())
                    marks.setArrayItem(m, it->second);
            }
        }
    }

    const PdfStructure &m_structure;
    std::vector<Handle> m_elements;
    std::map<QPDFObjGen, Handle> m_replaced;
    bool m_inStep = true;
};

void markArtifacts(QPDF &pdf, const PdfStructure &structure)
{
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        for (Handle &stream : page.getPageContents()) {
            const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            const QByteArray content(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
            setFlateData(stream, privateToArtifact(content));
        }
    }
    Handle root = pdf.getRoot().getKey("/StructTreeRoot");
    if (!root.isDictionary())
        return;
    StructureFix(structure).run(root);
}

// The sRGB profile (colord's, copied in at build time) as the output intent PDF/A requires
// for device colours.
Handle outputIntents(QPDF &pdf, const QByteArray &iccProfile)
{
    Handle profile = Handle::newStream(&pdf);
    setFlateData(profile, iccProfile);
    profile.getDict().replaceKey("/N", Handle::newInteger(3));
    Handle intent = Handle::parse("<< /Type /OutputIntent /S /GTS_PDFA1 >>");
    intent.replaceKey("/OutputConditionIdentifier", Handle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/Info", Handle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/DestOutputProfile", profile);
    return Handle::newArray({pdf.makeIndirectObject(intent)});
}

void setMetadata(QPDF &pdf, const PdfMetadata &meta, const QByteArray &iccProfile)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now = now.addMSecs(-now.time().msec()); // the same second in the information and in XMP
    const QString producer = QStringLiteral("Fellesvedtak (Cairo, qpdf)");
    const QString pdfDate = QStringLiteral("D:") + now.toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
    Handle info = Handle::newDictionary();
    info.replaceKey("/Title", Handle::newUnicodeString(str(meta.title)));
    info.replaceKey("/Creator", Handle::newUnicodeString(str(meta.creator)));
    info.replaceKey("/Producer", Handle::newUnicodeString(str(producer)));
    info.replaceKey("/CreationDate", Handle::newString(str(pdfDate)));
    info.replaceKey("/ModDate", Handle::newString(str(pdfDate)));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    Handle xmp = Handle::newStream(&pdf, xmpPacket(meta, producer, now).toUtf8().toStdString());
    xmp.getDict().replaceKey("/Type", Handle::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", Handle::newName("/XML"));

    Handle root = pdf.getRoot();
    root.replaceKey("/Metadata", xmp);
    root.replaceKey("/Lang", Handle::newUnicodeString(str(meta.language)));
    root.replaceKey("/ViewerPreferences", Handle::parse("<< /DisplayDocTitle true >>"));
    root.replaceKey("/MarkInfo", Handle::parse("<< /Marked true >>"));
    root.replaceKey("/OutputIntents", outputIntents(pdf, iccProfile));
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray &input, const PdfMetadata &meta, const PdfStructure &structure)
{
    QFile icc(QStringLiteral(":/color/sRGB.icc"));
    if (!icc.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fv::Letters", "could not finish the letter"), icc.fileName());
    const QByteArray iccProfile = icc.readAll();
    try {
        QPDF pdf;
        pdf.processMemoryFile("letter.pdf", input.constData(), size_t(input.size()));
        markArtifacts(pdf, structure);
        setMetadata(pdf, meta, iccProfile);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // Streams stay as they are: PDF/A wants the XMP metadata unfiltered.
        writer.setCompressStreams(false);
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return fail(QCoreApplication::translate("fv::Letters", "could not finish the letter"),
                    QStringLiteral("qpdf: ") + QString::fromLocal8Bit(e.what()));
    }
}

} // namespace fv
