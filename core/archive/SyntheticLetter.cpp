#include "archive/SyntheticLetter.h"

#include "letters/TaggedPdf.h"

#include <QGuiApplication>
#include <QList>
#include <QTextDocument>

namespace fv {
namespace {

// A4 at 1200 dpi with 2.5 cm margins, as the letters are laid out.
QByteArray renderedOnce()
{
    const qreal dpi = 1200;
    const QSizeF page(595.28, 841.89);
    const qreal margin = 72;
    const QSizeF body((page.width() - 2 * margin) * dpi / 72, (page.height() - 2 * margin) * dpi / 72);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPointSizeF(11);
    doc.setDefaultFont(font);
    // Short: every glyph used is embedded, and the bytes are stored once per generated case.
    // One font (the heading not bold): one embedded subset.
    doc.setHtml(QStringLiteral("<h1 style=\"font-weight:normal\">Vedtak</h1>"
                               "<p>Syntetisk brev fra testdatageneratoren.</p>"));
    doc.setPageSize(body);
    TaggedPageSetup setup;
    setup.pageSizePoints = page;
    setup.originPoints = QPointF(margin, margin);
    setup.dpi = dpi;
    setup.body = QRectF(QPointF(0, 0), body);
    setup.pages = doc.pageCount();
    auto pdf = writeTaggedPdf(
        doc, setup,
        {QStringLiteral("Vedtak om tilgang til helsedata (syntetisk)"), QStringLiteral("nb"),
         QStringLiteral("Fellesvedtak")},
        [](QPainter &, int) {});
    return pdf ? pdf.value() : QByteArray();
}

// A small, well-formed PDF 1.4 naming the case.
QByteArray plainLetter(const QString &caseNumber, const QString &title)
{
    const QByteArray text = "BT /F1 12 Tf 72 760 Td (Vedtak - syntetisk brev) Tj 0 -18 Td (Sak " + caseNumber.toLatin1()
        + ") Tj 0 -18 Td (" + title.left(60).toLatin1().replace('(', ' ').replace(')', ' ').replace('\\', ' ')
        + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

QByteArray syntheticLetter(const QString &caseNumber, const QString &title)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        static const QByteArray rendered = renderedOnce();
        if (!rendered.isEmpty())
            return rendered;
    }
    return plainLetter(caseNumber, title);
}

} // namespace fv
