#include "archive/ArchiveFormats.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace fv {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Archive)
};

// The PDF/A part and conformance its XMP metadata declares (PDF/A keeps that stream unfiltered),
// as "2B"; empty when it declares none.
QString pdfaIdentification(const QByteArray &bytes)
{
    static const QRegularExpression part(QStringLiteral("pdfaid:part(?:=[\"']|>)\\s*(\\d)"));
    static const QRegularExpression conformance(QStringLiteral("pdfaid:conformance(?:=[\"']|>)\\s*([ABUabu])"));
    // Only the XMP packet is read: a regular expression over a whole PDF costs seconds in a
    // 10 000-case extract.
    const qsizetype at = bytes.indexOf("pdfaid:");
    if (at < 0)
        return {};
    const QString text = QString::fromLatin1(bytes.mid(std::max<qsizetype>(0, at - 200), 1200));
    const auto p = part.match(text);
    if (!p.hasMatch())
        return {};
    const auto c = conformance.match(text);
    return p.captured(1) + (c.hasMatch() ? c.captured(1).toUpper() : QStringLiteral("B"));
}

std::optional<ArchiveFormat> pdfaFormat(const QString &id)
{
    static const std::pair<const char *, const char *> known[] = {
        {"1A", "fmt/95"}, {"1B", "fmt/354"}, {"2A", "fmt/476"}, {"2B", "fmt/477"}, {"2U", "fmt/478"},
    };
    for (const auto &[code, pronom] : known)
        if (id == QLatin1String(code))
            return ArchiveFormat{QLatin1String(pronom), QStringLiteral("PDF/A-") + id.left(1) + id.right(1).toLower(),
                                 QStringLiteral("pdf")};
    return std::nullopt; // PDF/A-3 and later are not accepted for deposit
}

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError())
        return false;
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return false;
    return true;
}

} // namespace

bool isPlainPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-") && pdfaIdentification(bytes).isEmpty();
}

std::optional<ArchiveFormat> archiveFormat(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    if (bytes.startsWith("%PDF-"))
        return pdfaFormat(pdfaIdentification(bytes));
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return ArchiveFormat{QStringLiteral("fmt/13"), QStringLiteral("PNG"), QStringLiteral("png")};
    if (bytes.startsWith("\xff\xd8\xff")) {
        if (bytes.mid(6, 5) == QByteArray("JFIF\0", 5))
            return ArchiveFormat{bytes.at(12) >= 2 ? QStringLiteral("fmt/44") : QStringLiteral("fmt/43"),
                                 QStringLiteral("JPEG (JFIF)"), QStringLiteral("jpg")};
        return ArchiveFormat{QStringLiteral("fmt/41"), QStringLiteral("JPEG"), QStringLiteral("jpg")};
    }
    if (isText(bytes))
        return ArchiveFormat{QStringLiteral("x-fmt/111"), QStringLiteral("Ren tekst, UTF-8"), QStringLiteral("txt")};
    return std::nullopt;
}

Result<QByteArray> convertToPdfA(const QByteArray &pdf)
{
    const QString gs = QStandardPaths::findExecutable(QStringLiteral("gs"));
    if (gs.isEmpty())
        return fail(Tr::tr("Ghostscript (gs) is not installed, so a plain PDF cannot be converted to PDF/A"));
    QTemporaryDir work;
    if (!work.isValid())
        return fail(Tr::tr("could not make a working folder: %1").arg(work.errorString()));
    const QString icc = work.filePath(QStringLiteral("sRGB.icc"));
    const QString in = work.filePath(QStringLiteral("in.pdf"));
    const QString def = work.filePath(QStringLiteral("pdfa.ps"));
    const QString out = work.filePath(QStringLiteral("out.pdf"));
    QFile::copy(QStringLiteral(":/color/sRGB.icc"), icc);
    // The output intent PDF/A needs, as Ghostscript's PDFA_def.ps makes it.
    const QByteArray prologue = "%!\n[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark\n"
                                "[{icc_PDFA} <</N 3>> /PUT pdfmark\n[{icc_PDFA} ("
        + icc.toUtf8()
        + ") (r) file /PUT pdfmark\n[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark\n"
          "[{OutputIntent_PDFA} <</Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA} "
          "/OutputConditionIdentifier (sRGB)>> /PUT pdfmark\n"
          "[{Catalog} <</OutputIntents [ {OutputIntent_PDFA} ]>> /PUT pdfmark\n";
    for (const auto &[path, bytes] : {std::pair{in, pdf}, std::pair{def, prologue}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return fail(Tr::tr("could not write the file: %1").arg(f.errorString()), path);
    }
    QProcess p;
    p.start(gs,
            {QStringLiteral("-q"), QStringLiteral("-dPDFA=2"), QStringLiteral("-dBATCH"), QStringLiteral("-dNOPAUSE"),
             QStringLiteral("-dSAFER"), QStringLiteral("--permit-file-read=") + icc,
             QStringLiteral("-sColorConversionStrategy=RGB"), QStringLiteral("-dPDFACompatibilityPolicy=1"),
             QStringLiteral("-sDEVICE=pdfwrite"), QStringLiteral("-o"), out, def, in});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(Tr::tr("Ghostscript could not convert the PDF to PDF/A: %1")
                        .arg(QString::fromUtf8(p.readAllStandardError()).simplified().left(300)));
    QFile result(out);
    if (!result.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Ghostscript could not convert the PDF to PDF/A: %1").arg(result.errorString()));
    QByteArray bytes = result.readAll();
    if (!archiveFormat(bytes))
        return fail(Tr::tr("Ghostscript's result does not identify itself as PDF/A"));
    return bytes;
}

} // namespace fv
