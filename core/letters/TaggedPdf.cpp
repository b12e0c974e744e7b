#include "letters/TaggedPdf.h"

#include "letters/CairoPaintDevice.h"
#include "letters/PdfFinish.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextItem>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <cairo-pdf.h>
#include <cairo.h>
#include <cmath>
#include <map>
#include <vector>

namespace fv {
namespace {

// One structure element: `id` tells elements with the same tag apart (two paragraphs).
struct Node
{
    QString id;
    QByteArray tag;
    QByteArray scope = {}; // a header cell's: "Column" or "Row"
};
using Path = std::vector<Node>;

// A laid-out line of the document and the structure element its text belongs to.
struct Line
{
    QRectF rect; // document coordinates
    int item = 0;
    bool listItem = false;
};

// The document's structure: for each block the path of elements from Document down to the
// one that holds its text, and its lines page by page.
class StructureMap
{
public:
    StructureMap(const QTextDocument &doc, qreal pageHeight, int pages)
        : m_layout(doc.documentLayout())
        , m_pageHeight(pageHeight)
        , m_lines(size_t(qMax(1, pages)))
    {
        frame(doc.rootFrame(), {{QStringLiteral("Document"), QByteArrayLiteral("Document")}});
    }

    const Path &path(int item) const { return m_items[size_t(item)]; }
    const std::vector<Line> &lines(int page) const { return m_lines[size_t(page)]; }

private:
    void frame(QTextFrame *frame, const Path &parent)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                this->table(table, parent);
            else if (it.currentFrame())
                this->frame(it.currentFrame(), parent);
            else
                block(it.currentBlock(), parent);
        }
    }

    // A table with header rows (<thead>) is a data table: Table, TR, TH or TD; so is one whose
    // every row starts with a bold cell (the decision's facts: "Prosjektperiode | …"), its
    // first column row headers. Any other table is only layout (the reference line, the
    // signatures): each cell is a paragraph.
    void table(QTextTable *table, const Path &parent)
    {
        const QString id = QStringLiteral("T%1").arg(table->firstPosition());
        const int headerRows = table->format().headerRowCount();
        const bool rowHeaders = headerRows == 0 && hasRowHeaders(table);
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const QString cellId = QStringLiteral("%1.%2.%3").arg(id).arg(r).arg(c);
                Path path = parent;
                if (headerRows > 0 || rowHeaders) {
                    path.push_back({id, QByteArrayLiteral("Table")});
                    path.push_back({QStringLiteral("%1.%2").arg(id).arg(r), QByteArrayLiteral("TR")});
                    if (r < headerRows)
                        path.push_back({cellId, QByteArrayLiteral("TH"), QByteArrayLiteral("Column")});
                    else if (rowHeaders && c == 0)
                        path.push_back({cellId, QByteArrayLiteral("TH"), QByteArrayLiteral("Row")});
                    else
                        path.push_back({cellId, QByteArrayLiteral("TD")});
                } else {
                    path.push_back({cellId, QByteArrayLiteral("P")});
                }
                const int item = int(m_items.size());
                m_items.push_back(path);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentBlock().isValid())
                        addLines(it.currentBlock(), item, false);
                }
            }
        }
    }

    static bool hasRowHeaders(QTextTable *table)
    {
        if (table->columns() < 2 || table->rows() < 1)
            return false;
        for (int r = 0; r < table->rows(); ++r) {
            bool bold = false;
            const QTextTableCell cell = table->cellAt(r, 0);
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                for (auto f = it.currentBlock().begin(); !f.atEnd(); ++f) {
                    if (f.fragment().text().trimmed().isEmpty())
                        continue;
                    if (f.fragment().charFormat().fontWeight() < QFont::Bold)
                        return false;
                    bold = true;
                }
            }
            if (!bold)
                return false;
        }
        return true;
    }

    void block(const QTextBlock &block, Path path)
    {
        if (block.text().trimmed().isEmpty())
            return;
        const QString n = QString::number(block.blockNumber());
        if (const QTextList *list = block.textList()) {
            path.push_back({QStringLiteral("L%1").arg(quintptr(list)), QByteArrayLiteral("L")});
            path.push_back({QStringLiteral("LI") + n, QByteArrayLiteral("LI")});
            path.push_back({QStringLiteral("LBody") + n, QByteArrayLiteral("LBody")});
        } else if (const int level = block.blockFormat().headingLevel(); level >= 1 && level <= 6) {
            path.push_back({QStringLiteral("H") + n, QByteArrayLiteral("H") + QByteArray::number(level)});
        } else {
            path.push_back({QStringLiteral("P") + n, QByteArrayLiteral("P")});
        }
        m_items.push_back(path);
        addLines(block, int(m_items.size()) - 1, block.textList() != nullptr);
    }

    void addLines(const QTextBlock &block, int item, bool listItem)
    {
        const QTextLayout *layout = block.layout();
        if (!layout)
            return;
        // A block in a table cell has its position relative to the cell; the bounding
        // rectangle is in document coordinates.
        const QPointF origin = m_layout->blockBoundingRect(block).topLeft() - layout->boundingRect().topLeft();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QRectF rect(origin.x() + line.x(), origin.y() + line.y(), line.width(), line.height());
            // As the paginator counts pages: positions are rounded to the pixel.
            const int page = int(std::floor((rect.top() + 0.5) / m_pageHeight));
            if (page >= 0 && page < int(m_lines.size()))
                m_lines[size_t(page)].push_back({rect, item, listItem && i == 0});
        }
    }

    QAbstractTextDocumentLayout *m_layout;
    qreal m_pageHeight;
    std::vector<Path> m_items;
    std::vector<std::vector<Line>> m_lines;
};

// Opens and closes Cairo's structure tags as painting goes on. Text in the body opens the
// element its line belongs to; anything else is drawn in a "Private" element that
// finishPdf() turns into an artifact (Cairo 1.16 has no artifact tag).
class Tagger : public PaintTagger
{
public:
    Tagger(cairo_t *cr, const StructureMap &map) : m_cr(cr), m_map(map) {}

    // The body of `page` is being painted; -1: decorations.
    void setPage(int page) { m_page = page; }

    void text(const QPointF &baseline, const QTextItem &) override
    {
        if (m_page < 0)
            return graphics();
        const Line *hit = nullptr;
        const Line *label = nullptr;
        for (const Line &line : m_map.lines(m_page)) {
            if (baseline.y() < line.rect.top() - 1 || baseline.y() > line.rect.bottom() + 1)
                continue;
            // Table cells touch: the cell whose left edge is nearest on the left holds it.
            if (baseline.x() >= line.rect.left() - 1 && baseline.x() < line.rect.right() - 1) {
                if (!hit || line.rect.left() > hit->rect.left())
                    hit = &line;
                continue;
            }
            // A list item's number is drawn left of its first line.
            if (line.listItem && baseline.x() < line.rect.left() && (!label || line.rect.left() < label->rect.left()))
                label = &line;
        }
        if (hit)
            return sync(m_map.path(hit->item));
        if (!label)
            return graphics();
        Path path = m_map.path(label->item);
        path.back() = {path.back().id + QStringLiteral("Lbl"), QByteArrayLiteral("Lbl")};
        sync(path);
    }

    // Cairo 1.16 marks only the content of leaf elements: an artifact is never put inside the
    // element that holds text. It closes that element; text after it reopens the element as a
    // continuation, which finishPdf() merges back (a paragraph across a page break).
    void graphics() override
    {
        if (!m_open.empty() && m_open.back().tag == "Private")
            return;
        Path path = m_open;
        if (!path.empty() && isLeaf(path.back().tag))
            path.pop_back();
        path.push_back({QStringLiteral("A%1").arg(++m_artifacts), QByteArrayLiteral("Private")});
        sync(path);
    }

    // Closes the artifact at the end of a page; structure elements go on across pages.
    void endArtifact()
    {
        if (!m_open.empty() && m_open.back().tag == "Private") {
            Path path = m_open;
            path.pop_back();
            sync(path);
        }
    }

    void sync(const Path &path)
    {
        size_t common = 0;
        while (common < m_open.size() && common < path.size() && m_open[common].id == path[common].id)
            ++common;
        while (m_open.size() > common) {
            cairo_tag_end(m_cr, m_open.back().tag.constData());
            m_open.pop_back();
        }
        for (size_t i = common; i < path.size(); ++i) {
            cairo_tag_begin(m_cr, path[i].tag.constData(), "");
            m_open.push_back(path[i]);
            const auto [first, isNew] = m_opened.try_emplace(path[i].id, int(m_structure.elements.size()));
            m_structure.elements.push_back({path[i].tag, isNew ? -1 : first->second, path[i].scope});
        }
    }

    // Every element in the order Cairo made them (the structure tree's pre-order).
    const PdfStructure &structure() const { return m_structure; }

private:
    static bool isLeaf(const QByteArray &tag)
    {
        return tag == "P" || tag == "LBody" || tag == "Lbl" || tag == "TD" || tag == "TH"
            || (tag.size() == 2 && tag.startsWith('H'));
    }

private:
    cairo_t *m_cr;
    const StructureMap &m_map;
    Path m_open;
    std::map<QString, int> m_opened; // element id -> index of its first element
    PdfStructure m_structure;
    int m_page = -1;
    int m_artifacts = 0;
};

cairo_status_t appendBytes(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

// As the letter's Qt path paints it: the page's slice of the document, clipped to the body.
void paintBody(QPainter &painter, const QTextDocument &doc, const TaggedPageSetup &setup, int page)
{
    const qreal height = setup.body.height();
    const QRectF clip(0, page * height, setup.body.width(), height);
    painter.save();
    painter.translate(setup.body.left(), setup.body.top() - page * height);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

Result<PdfStructure> paintPages(cairo_t *cr, const QTextDocument &doc, const TaggedPageSetup &setup,
                                const PagePainter &decorations)
{
    const StructureMap map(doc, setup.body.height(), setup.pages);
    Tagger tagger(cr, map);
    const qreal scale = 72.0 / setup.dpi;
    const QTransform toPoints = QTransform::fromScale(scale, scale)
        * QTransform::fromTranslate(setup.originPoints.x(), setup.originPoints.y());
    CairoPaintDevice device(cr, setup.pageSizePoints / scale, setup.dpi, toPoints, &tagger);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(QCoreApplication::translate(
            "fv::Letters", "could not start painting the letter on the printer or PDF file"));
    tagger.sync({{QStringLiteral("Document"), QByteArrayLiteral("Document")}});
    for (int page = 0; page < setup.pages; ++page) {
        if (page > 0) {
            tagger.endArtifact();
            cairo_show_page(cr);
        }
        tagger.setPage(-1);
        decorations(painter, page);
        tagger.setPage(page);
        paintBody(painter, doc, setup, page);
        tagger.setPage(-1);
    }
    tagger.sync({});
    painter.end();
    return tagger.structure();
}

} // namespace

Result<QByteArray> writeTaggedPdf(const QTextDocument &doc, const TaggedPageSetup &setup, const PdfMetadata &meta,
                                  const PagePainter &decorations)
{
    QByteArray cairoPdf;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(
        appendBytes, &cairoPdf, setup.pageSizePoints.width(), setup.pageSizePoints.height());
    cairo_t *cr = cairo_create(surface);
    const auto painted = paintPages(cr, doc, setup, decorations);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (!painted)
        return painted.error();
    if (status != CAIRO_STATUS_SUCCESS)
        return fail(QCoreApplication::translate("fv::Letters", "could not finish the letter"),
                    QStringLiteral("Cairo: ") + QString::fromUtf8(cairo_status_to_string(status)));
    return finishPdf(cairoPdf, meta, *painted);
}

} // namespace fv
