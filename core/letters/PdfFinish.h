#pragma once

#include "Result.h"
#include "letters/TaggedPdf.h"

#include <QByteArray>

#include <vector>

namespace fv {

// The structure elements Cairo wrote, in the order it made them (the tree's pre-order):
// their tag, and for an element that continues an earlier one (a paragraph reopened after a
// page's artifacts) that element's index, else -1; for a header cell, what it heads.
struct PdfStructure
{
    struct Element
    {
        QByteArray tag;
        int continues = -1;
        QByteArray scope = {}; // a header cell's: "Column" or "Row"
    };
    std::vector<Element> elements;
};

// Finishes a tagged PDF from Cairo with qpdf so that it identifies as PDF/UA-1 and PDF/A-2b:
// the document language, title (shown by readers), XMP metadata, an sRGB output intent, header
// cells' scope, and what Cairo drew in "Private" elements marked as artifacts.
// Continued elements are merged into the one they continue.
Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfMetadata &meta, const PdfStructure &structure);

} // namespace fv
