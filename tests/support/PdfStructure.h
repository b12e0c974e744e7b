#pragma once
// What a PDF/UA checker looks at in a tagged letter, read with libqpdf (veraPDF, the reference
// validator, is not packaged in Debian 12; python3-pikepdf is this same qpdf underneath). Used by
// TaggedLetterTests.
#include <QByteArray>
#include <QStringList>

namespace fv::test {

struct PdfStructure
{
    QStringList problems;  // empty: every check below passed
    int markedContent = 0; // marked-content sequences with an MCID, over all pages
    int elements = 0;      // structure elements
    int headerCells = 0;   // TH
    int figures = 0;       // Figure
    int fonts = 0;         // fonts used on the pages
};

// Checks that every page's marked content belongs to the structure tree (ParentTree and the
// elements' /K agree both ways); that no text or image is drawn outside marked content (tagged or
// /Artifact); that every TH has a /Scope and every Figure an /Alt; that every structure type
// is standard or role-mapped to one (and no standard type is remapped); that the catalogue has
// /Lang, /MarkInfo /Marked, DisplayDocTitle and PDF/UA identification in its metadata; and
// that every font is embedded and has a ToUnicode map.
PdfStructure checkTaggedPdf(const QByteArray &pdf);

} // namespace fv::test
