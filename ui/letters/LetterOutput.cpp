#include "letters/LetterOutput.h"

#include "letters/LetterRenderer.h"
#include "storage/SafeFile.h"
#include "widgets/Accessibility.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace fv {

void LetterOutput::printPreview(QWidget *parent, const LetterInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(input.caseNumber);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print preview – %1").arg(input.caseNumber));
    a11y::resizeWithin(&dialog, QSize(900, 1000));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&input](QPrinter *p) {
        (void)paintLetter(input, *p);
    });
    dialog.exec();
}

Status LetterOutput::saveAsPdf(const LetterInput &input, const QString &path)
{
    auto pdf = renderLetterPdf(input);
    if (!pdf)
        return pdf.error();
    return writeFileAtomically(path, pdf->pdf);
}

} // namespace fv
