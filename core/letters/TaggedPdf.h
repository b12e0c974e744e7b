#pragma once

#include "Result.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QTextDocument;

namespace fv {

// What a PDF says about itself: the title a reader shows, the language a screen reader
// speaks it in ("nb", "nn", "en") and the program that made it.
struct PdfMetadata
{
    QString title;
    QString language;
    QString creator;
};

// Where the pages of a laid-out QTextDocument go. The painter's coordinates are device pixels
// at `dpi` with their origin at `originPoints` on the page; page n of the document (a slice of
// `body.height()`) is painted at `body`.
struct TaggedPageSetup
{
    QSizeF pageSizePoints;
    QPointF originPoints;
    qreal dpi = 1200;
    QRectF body;
    int pages = 0;
};

// Paints what is not the document's content on a page: letterhead, footer, page number.
using PagePainter = std::function<void(QPainter &painter, int page)>;

// Writes a laid-out document as a tagged PDF that identifies as PDF/UA-1 and PDF/A-2b:
// headings, paragraphs, lists and tables (header cells from <thead>) in the structure tree in
// reading order; what `decorations` paints is an artifact. The layout (lines, page breaks) is
// QTextDocument's own: it looks as print preview shows it. Needs a QGuiApplication.
Result<QByteArray> writeTaggedPdf(const QTextDocument &doc, const TaggedPageSetup &setup, const PdfMetadata &meta,
                                  const PagePainter &decorations);

} // namespace fv
