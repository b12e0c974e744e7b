#include "letters/LetterRenderer.h"

#include "letters/LetterContext.h"
#include "letters/TaggedPdf.h"
#include "letters/TemplateEngine.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace fv {
namespace {

const QString fontFamily = QStringLiteral("Liberation Sans"); // fonts-liberation2; metric-compatible with Arial
constexpr qreal bodyPointSize = 10.5;

// The house style of the body. Templates may add inline style. QTextDocument reads CSS
// lengths in px (1/96 inch, scaled to the device), font sizes in pt.
const QString styleSheet = QStringLiteral(
    "h1 { font-size: 13pt; font-weight: bold; margin-top: 0px; margin-bottom: 8px; }"
    "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 5px; }"
    "h3 { font-size: 10.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }"
    "p { margin-top: 0px; margin-bottom: 8px; }"
    "ul, ol { margin-top: 0px; margin-bottom: 8px; }"
    "li { margin-top: 0px; margin-bottom: 3px; }"
    "th { text-align: left; font-weight: bold; background-color: #e6ebef; }"
    ".label { font-size: 8pt; color: #555555; }"
    ".subtitle { font-size: 11.5pt; font-weight: bold; margin-top: -4px; margin-bottom: 12px; }"
    ".small { font-size: 9pt; }");

// Page geometry in device pixels. Margins are those of a Norwegian state letter: 25 mm at the
// sides; the letterhead (page 1) or running header sits above the body, the footer below it.
struct Geometry
{
    qreal dpi = 72;
    qreal width = 0;
    qreal headerHeight = 0;
    qreal bodyHeight = 0;
    qreal footerHeight = 0;

    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal footerTop() const { return headerHeight + bodyHeight; }
};

const QMarginsF pageMarginsMm(25, 12, 25, 10);
constexpr qreal headerMm = 24;
constexpr qreal footerMm = 17;

struct LaidOutLetter
{
    std::unique_ptr<QTextDocument> doc;
    Geometry geometry;
    QVariantMap labels;
    QString ourRef;
    QString title;
    int pages = 0;
};

QFont letterFont(qreal pointSize, bool bold = false)
{
    QFont font(fontFamily);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Hinting is for screens; at print resolution it costs time and changes nothing.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString label(const LaidOutLetter &letter, const char *key)
{
    return letter.labels.value(QLatin1String(key)).toString();
}

QString pageText(const LaidOutLetter &letter, int page)
{
    return label(letter, "page").arg(page + 1).arg(letter.pages);
}

// --- Pagination --------------------------------------------------------------------------

// QTextDocument breaks pages line by line; a letter should not. A table row, a heading and
// what it introduces, a list's first or last item, a paragraph's first or last line do not
// stand alone. Each pass moves the first bad break and lays the document out anew. Breaks it
// set itself are taken back when the block before is moved along with them.
class Paginator
{
public:
    Paginator(QTextDocument &doc, qreal pageHeight)
        : m_doc(doc)
        , m_layout(doc.documentLayout())
        , m_pageHeight(pageHeight)
    {}

    // Nothing before the block a fix changed moves, so the next pass starts just before it
    // (a heading may now have to follow its text).
    bool fixFirstBreak()
    {
        QTextBlock block = m_doc.findBlockByNumber(qMax(0, m_resumeAt - 2));
        for (; block.isValid(); block = block.next()) {
            m_resumeAt = block.blockNumber();
            if (auto *table = qobject_cast<QTextTable *>(m_doc.frameAt(block.position()))) {
                if (table->firstPosition() == block.position() && fixTableRows(table))
                    return true;
                continue;
            }
            if (m_layout->blockBoundingRect(block).height() >= m_pageHeight / 2)
                continue;
            if (fixKeepWithNext(block) || (block.textList() && fixList(block))
                || (m_doc.frameAt(block.position()) == m_doc.rootFrame() && fixParagraph(block)))
                return true;
        }
        return false;
    }

private:
    // Positions are 26.6 fixed point in the layout: a line placed at a page start may read a
    // hair less than it, so they are rounded to the pixel.
    int pageOf(qreal y) const { return int(std::floor((y + 0.5) / m_pageHeight)); }

    qreal firstLineBottom(const QTextBlock &block) const
    {
        const QRectF rect = m_layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        return lines && lines->lineCount() > 0 ? rect.top() + lines->lineAt(0).height() : rect.bottom();
    }

    QRectF rowRect(QTextTable *table, int row) const
    {
        QRectF rect;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            if (cell.row() != row || cell.column() != c)
                continue;
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                rect |= m_layout->blockBoundingRect(it.currentBlock());
        }
        return rect;
    }

    // A row that straddles a page break goes to the next page: the row above grows, as Qt
    // does itself for a row whose cells all start below the page end. The header row and
    // the first row take the whole table along.
    bool fixTableRows(QTextTable *table)
    {
        for (int r = 0; r < table->rows(); ++r) {
            const QRectF rect = rowRect(table, r);
            if (rect.isNull() || rect.height() >= m_pageHeight * 0.9 || pageOf(rect.top()) == pageOf(rect.bottom() - 1))
                continue;
            if (r <= table->format().headerRowCount()) {
                QTextTableFormat format = table->format();
                if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
                m_tableBreaks.insert(table->firstPosition());
                return true;
            }
            const qreal slack = m_layout->paintDevice()->logicalDpiY() / 12.0;
            const qreal push = (pageOf(rect.top()) + 1) * m_pageHeight - rect.top() + slack;
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell above = table->cellAt(r - 1, c);
                QTextTableCellFormat format = above.format().toTableCellFormat();
                format.setBottomPadding(format.bottomPadding() + push);
                above.setFormat(format);
            }
            return true;
        }
        return false;
    }

    // A block moved to the next page drops its space above: it starts the page.
    bool breakBefore(const QTextBlock &block)
    {
        QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return false;
        m_blockBreaks.emplace(block.blockNumber(), format.topMargin());
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);
        QTextCursor(block).setBlockFormat(format);
        return true;
    }

    // The block (or table) after one that now starts a page no longer needs its own break.
    void takeBackBreak(const QTextBlock &block)
    {
        auto *table = qobject_cast<QTextTable *>(m_doc.frameAt(block.position()));
        if (table && m_tableBreaks.erase(table->firstPosition())) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            table->setFormat(format);
        } else if (const auto ours = m_blockBreaks.find(block.blockNumber()); !table && ours != m_blockBreaks.end()) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            format.setTopMargin(ours->second);
            QTextCursor(block).setBlockFormat(format);
            m_blockBreaks.erase(ours);
        }
    }

    bool moveWithNext(const QTextBlock &block)
    {
        if (!breakBefore(block))
            return false;
        takeBackBreak(block.next());
        return true;
    }

    // A one-row table (the signature) goes nowhere without the text before it.
    bool startsOneRowTable(const QTextBlock &block) const
    {
        const auto *table = qobject_cast<QTextTable *>(m_doc.frameAt(block.position()));
        return table && table->rows() == 1 && table->firstPosition() == block.position();
    }

    // A heading, or a lead-in ending in a colon, stays on the page of what it introduces.
    bool fixKeepWithNext(const QTextBlock &block)
    {
        const QTextBlock next = block.next();
        if (!next.isValid())
            return false;
        const bool keepWithNext = block.blockFormat().headingLevel() > 0
            || block.text().trimmed().endsWith(QLatin1Char(':')) || startsOneRowTable(next);
        if (!keepWithNext)
            return false;
        const QRectF rect = m_layout->blockBoundingRect(block);
        const bool startsPage = std::fmod(rect.top(), m_pageHeight) < block.blockFormat().topMargin() + 2;
        if (startsPage || pageOf(firstLineBottom(next) - 1) == pageOf(rect.top()))
            return false;
        return moveWithNext(block);
    }

    // A list does not leave its first item behind or carry its last item over alone.
    bool fixList(const QTextBlock &block)
    {
        const QTextList *list = block.textList();
        const int i = list->itemNumber(block);
        if (i + 1 >= list->count() || (i != 0 && i + 2 != list->count()))
            return false;
        const QTextBlock next = list->item(i + 1);
        if (pageOf(m_layout->blockBoundingRect(block).top()) == pageOf(firstLineBottom(next) - 1))
            return false;
        return moveWithNext(block);
    }

    // A paragraph does not leave one line behind or carry one line over: a short one moves
    // to the next page whole. (QTextBlockFormat::nonBreakableLines would stop wrapping: <pre>.)
    bool fixParagraph(const QTextBlock &block)
    {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() < 2)
            return false;
        const int firstPage = pageOf(lines->position().y() + lines->lineAt(0).y());
        int before = 0;
        for (int i = 0; i < lines->lineCount(); ++i) {
            if (pageOf(lines->position().y() + lines->lineAt(i).y()) == firstPage)
                ++before;
        }
        const int after = lines->lineCount() - before;
        if (after == 0 || (before >= 2 && after >= 2) || (before >= 2 && lines->lineCount() > 8))
            return false;
        return breakBefore(block);
    }

    QTextDocument &m_doc;
    QAbstractTextDocumentLayout *m_layout;
    qreal m_pageHeight;
    std::map<int, qreal> m_blockBreaks; // block number -> its top margin before
    std::set<int> m_tableBreaks;        // first positions
    int m_resumeAt = 0;                 // block number
};

// QTextDocument puts an empty paragraph after every table; in a letter it is only a gap.
void collapseBlocksAfterTables(QTextDocument &doc)
{
    bool afterTable = false;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (afterTable && block.isValid() && block.text().isEmpty()) {
            QTextBlockFormat format = block.blockFormat();
            format.setTopMargin(0);
            format.setBottomMargin(0);
            format.setLineHeight(1, QTextBlockFormat::FixedHeight);
            QTextCharFormat tiny;
            tiny.setFontPointSize(1);
            QTextCursor cursor(block);
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(tiny);
        }
        afterTable = qobject_cast<QTextTable *>(it.currentFrame()) != nullptr;
    }
}

// --- Layout -------------------------------------------------------------------------------

Geometry pageGeometry(QPagedPaintDevice &device)
{
    Geometry g;
    g.dpi = device.logicalDpiY();
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    g.width = paintRect.width();
    g.headerHeight = g.mm(headerMm);
    g.footerHeight = g.mm(footerMm);
    g.bodyHeight = std::floor(paintRect.height() - g.headerHeight - g.footerHeight);
    return g;
}

QString firstHeading(const QTextDocument &doc)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1)
            return block.text().trimmed();
    }
    return {};
}

Result<LaidOutLetter> layOut(const LetterInput &input, QPagedPaintDevice &device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate(
            "fv::Letters",
            "letters need a QGuiApplication for their fonts (use -platform offscreen without a display)"));
    auto html = letterHtml(input);
    if (!html)
        return html.error();
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, pageMarginsMm, QPageLayout::Millimeter));

    LaidOutLetter letter;
    letter.geometry = pageGeometry(device);
    letter.labels = letterLabels(input.language);
    letter.ourRef = input.documentNumber > 0
        ? input.caseNumber + QLatin1Char('-') + QString::number(input.documentNumber)
        : input.caseNumber;
    letter.doc = std::make_unique<QTextDocument>();
    QTextDocument &doc = *letter.doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(letterFont(bodyPointSize));
    doc.setDefaultStyleSheet(styleSheet);
    // Words break only between words, never inside one ("registerforvalt/er" in a narrow cell):
    // a table column is then at least as wide as its longest word.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(*html);
    collapseBlocksAfterTables(doc);
    const QSizeF pageSize(letter.geometry.width, letter.geometry.bodyHeight);
    doc.setPageSize(pageSize);
    // Setting the page size lays the whole document out anew. (Relaying out incrementally
    // after a format change can leave later blocks unplaced when pages break.)
    Paginator paginator(doc, letter.geometry.bodyHeight);
    for (int pass = 0; pass < 60 && paginator.fixFirstBreak(); ++pass)
        doc.setPageSize(pageSize);
    letter.pages = doc.pageCount();
    letter.title = firstHeading(doc);
    return letter;
}

// --- Painting -----------------------------------------------------------------------------

void paintDraftMark(QPainter &p, const LaidOutLetter &letter)
{
    const Geometry &g = letter.geometry;
    p.save();
    // Opaque and drawn under the body: PDF/A-1 allows no transparency.
    p.setPen(QColor(0xF0, 0xC8, 0xC8));
    p.setFont(letterFont(40, true));
    p.translate(g.width / 2, g.headerHeight + g.bodyHeight / 2);
    p.rotate(-50);
    p.drawText(QRectF(-g.mm(140), -g.mm(15), g.mm(280), g.mm(30)), Qt::AlignCenter, label(letter, "draftMark"));
    p.restore();
    p.save();
    p.setPen(QColor(0xB0, 0x1E, 0x1E));
    p.setFont(letterFont(9, true));
    p.drawText(QRectF(0, 0, g.width, g.mm(6)), Qt::AlignRight | Qt::AlignTop, label(letter, "draftMark"));
    p.restore();
}

QStringList senderLines(const LetterSettings &settings, Language language)
{
    return settings.letterhead(language).split(QStringLiteral(" – "), Qt::SkipEmptyParts);
}

void paintLetterhead(QPainter &p, const LaidOutLetter &letter, const LetterSettings &settings, Language language)
{
    const Geometry &g = letter.geometry;
    qreal x = 0;
    const QImage logo = settings.logoPath.isEmpty() ? QImage() : QImage(settings.logoPath);
    if (!logo.isNull()) {
        // Flattened onto white: PDF/A-1 forbids the soft mask an alpha channel would need.
        QImage flat(logo.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, logo);
        const qreal h = g.mm(14);
        const qreal w = h * flat.width() / qMax(1, flat.height());
        p.drawImage(QRectF(0, g.mm(1), w, h), flat);
        x = w + g.mm(4);
    }
    const QStringList lines = senderLines(settings, language);
    p.save();
    p.setPen(QColor(0x1A, 0x2B, 0x3C));
    p.setFont(letterFont(15, true));
    p.drawText(QRectF(x, 0, g.width - x, g.mm(8)), Qt::AlignLeft | Qt::AlignTop, lines.value(0));
    p.setFont(letterFont(10.5));
    p.drawText(QRectF(x, g.mm(7.5), g.width - x, g.mm(6)), Qt::AlignLeft | Qt::AlignTop,
               lines.mid(1).join(QStringLiteral(" – ")));
    p.restore();
}

void paintRunningHeader(QPainter &p, const LaidOutLetter &letter)
{
    p.save();
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(letterFont(8));
    p.drawText(QRectF(0, 0, letter.geometry.width, letter.geometry.mm(6)), Qt::AlignLeft | Qt::AlignTop,
               label(letter, "ourRef") + QLatin1Char(' ') + letter.ourRef);
    p.restore();
}

// The footer's three columns, as lines; the last column ends with the page number.
std::array<QStringList, 3> footerColumns(const LaidOutLetter &letter, const LetterSettings &s, Language language,
                                         int page)
{
    return {{
        {s.letterhead(language), label(letter, "postalAddress") + QStringLiteral(": ") + s.postalAddress,
         label(letter, "visitingAddress") + QStringLiteral(": ") + s.visitingAddress},
        {label(letter, "email") + QStringLiteral(": ") + s.email,
         label(letter, "phone") + QStringLiteral(": ") + s.phone,
         label(letter, "orgNumber") + QLatin1Char(' ') + s.orgNumber},
        {s.web, QString(), pageText(letter, page)},
    }};
}

void paintFooter(QPainter &p, const LaidOutLetter &letter, const LetterSettings &settings, Language language, int page)
{
    const Geometry &g = letter.geometry;
    const qreal top = g.footerTop() + g.mm(4);
    p.save();
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), g.mm(0.2)));
    p.drawLine(QPointF(0, top), QPointF(g.width, top));
    p.setPen(QColor(0x33, 0x33, 0x33));
    const auto columns = footerColumns(letter, settings, language, page);
    const qreal widths[] = {g.width * 0.47, g.width * 0.35, g.width * 0.18};
    const qreal lineHeight = g.mm(3.4);
    qreal x = 0;
    for (int c = 0; c < 3; ++c) {
        const Qt::Alignment align = (c == 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
        for (int i = 0; i < columns[c].size(); ++i) {
            const bool strong = (c == 0 && i == 0) || (c == 2 && i == 2);
            p.setFont(letterFont(strong && c == 2 ? 8.5 : 7.5, strong));
            p.drawText(QRectF(x, top + g.mm(1.5) + i * lineHeight, widths[c], lineHeight * 1.5), align,
                       columns[c].at(i));
        }
        x += widths[c];
    }
    p.restore();
}

// The paragraph a page break cuts (lines on both sides of `y`), if any.
std::optional<QTextBlock> blockCutAt(const QTextDocument &doc, qreal y)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QRectF r = layout->blockBoundingRect(b);
        if (r.top() < y && r.bottom() > y && b.layout() && b.layout()->lineCount() > 0)
            return b;
    }
    return std::nullopt;
}

// Where a block's layout puts its line 0, in document coordinates.
QPointF layoutOrigin(const QTextDocument &doc, const QTextBlock &block)
{
    return doc.documentLayout()->blockBoundingRect(block).topLeft() - block.layout()->boundingRect().topLeft();
}

// A line belongs to the page that holds its middle.
qreal lineMiddle(const QPointF &origin, const QTextLine &line)
{
    return origin.y() + line.y() + line.height() / 2;
}

// Qt's layout draws every line that touches its clip, and the one line just above it too:
// clipped away on paper, but in the PDF's text layer such a line repeats on the next page. So
// the paragraph cut at the top of the page is drawn here line by line, only its lines on this
// page; the layout draws from below that paragraph down to the first line of the paragraph cut
// at the bottom that belongs to the next page. Returns the clip the layout draws in.
QRectF paintCutBlock(QPainter &p, const QTextDocument &doc, const QRectF &page)
{
    qreal from = page.top();
    // A block Qt moved just below the page is still drawn when it starts within a hair of it.
    qreal to = page.bottom() - p.device()->logicalDpiY() / 24.0;
    if (const auto cut = blockCutAt(doc, page.top())) {
        const QPointF origin = layoutOrigin(doc, *cut);
        const QTextLayout *layout = cut->layout();
        p.setPen(Qt::black);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (lineMiddle(origin, line) >= page.top() && lineMiddle(origin, line) < page.bottom())
                line.draw(&p, origin);
        }
        from = doc.documentLayout()->blockBoundingRect(*cut).bottom() + 1;
    }
    if (const auto cut = blockCutAt(doc, page.bottom())) {
        const QPointF origin = layoutOrigin(doc, *cut);
        const QTextLayout *layout = cut->layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (lineMiddle(origin, line) >= page.bottom()) {
                to = std::min(to, origin.y() + line.y() - 1);
                break;
            }
        }
    }
    return QRectF(page.left(), from, page.width(), std::max<qreal>(0, to - from));
}

void paintBody(QPainter &p, const LaidOutLetter &letter, int page)
{
    const Geometry &g = letter.geometry;
    const QRectF clip(0, page * g.bodyHeight, g.width, g.bodyHeight);
    p.save();
    p.translate(0, g.headerHeight - page * g.bodyHeight);
    p.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = paintCutBlock(p, *letter.doc, clip);
    context.palette.setColor(QPalette::Text, Qt::black);
    if (!context.clip.isEmpty())
        letter.doc->documentLayout()->draw(&p, context);
    p.restore();
}

// What is painted around the body: in the tagged PDF, all of it an artifact.
void paintDecorations(QPainter &p, const LaidOutLetter &letter, const LetterInput &input, int page)
{
    if (input.draft)
        paintDraftMark(p, letter);
    if (page == 0)
        paintLetterhead(p, letter, input.settings, input.language);
    else
        paintRunningHeader(p, letter);
    paintFooter(p, letter, input.settings, input.language, page);
}

Status paintPages(const LaidOutLetter &letter, const LetterInput &input, QPagedPaintDevice &device)
{
    QPainter p;
    if (!p.begin(&device))
        return fail(QCoreApplication::translate(
            "fv::Letters", "could not start painting the letter on the printer or PDF file"));
    p.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < letter.pages; ++page) {
        if (page > 0 && !device.newPage())
            return fail(
                QCoreApplication::translate("fv::Letters", "could not start page %1 of the letter").arg(page + 1));
        paintDecorations(p, letter, input, page);
        paintBody(p, letter, page);
    }
    if (!p.end())
        return fail(QCoreApplication::translate("fv::Letters", "could not finish the letter"));
    return ok();
}

TaggedPageSetup taggedPageSetup(const LaidOutLetter &letter, const QPdfWriter &writer)
{
    const Geometry &g = letter.geometry;
    const QPageLayout layout = writer.pageLayout();
    TaggedPageSetup setup;
    setup.pageSizePoints = layout.fullRect(QPageLayout::Point).size();
    setup.originPoints = layout.paintRect(QPageLayout::Point).topLeft();
    setup.dpi = g.dpi;
    setup.body = QRectF(0, g.headerHeight, g.width, g.bodyHeight);
    setup.pages = letter.pages;
    return setup;
}

PdfMetadata letterMetadata(const LaidOutLetter &letter, const LetterInput &input)
{
    return {letter.ourRef.isEmpty() ? letter.title : letter.title + QStringLiteral(" – ") + letter.ourRef,
            toCode(input.language), QStringLiteral("Fellesvedtak")};
}

QString plainText(const LaidOutLetter &letter, const LetterInput &input)
{
    QStringList parts = senderLines(input.settings, input.language);
    parts.append(letter.doc->toPlainText());
    for (int page = 0; page < letter.pages; ++page) {
        if (input.draft)
            parts.append(label(letter, "draftMark"));
        for (const QStringList &column : footerColumns(letter, input.settings, input.language, page))
            parts.append(column);
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

} // namespace

Result<QString> letterTemplate(LetterKind kind, Language language)
{
    const QString path = QStringLiteral(":/letters/%1.%2.html").arg(toCode(kind), toCode(language));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fv::Letters", "there is no %1 letter template in language %2")
                        .arg(toCode(kind), toCode(language)),
                    path);
    return QString::fromUtf8(file.readAll());
}

QString letterStyleSheet()
{
    return styleSheet;
}

Result<QString> letterHtml(const LetterInput &input)
{
    if (input.kind == LetterKind::Decision && !input.decision)
        return fail(
            QCoreApplication::translate("fv::Letters", "the decision letter needs a decision; make a draft first"),
            input.caseNumber);
    auto templ = input.templateText.isEmpty()
        ? letterTemplate(input.kind, input.language)
        : Result<QString>(input.templateText);
    if (!templ)
        return templ.error();
    // Escaping is fixed here, never by the template: {{value}} always prints applicant text
    // literally. {{{value}}} or {{& value}} in a template is its author's explicit choice, and
    // only admins store templates (TemplateStore).
    auto html = renderTemplate(*templ, letterContext(input), Escaping::Html);
    if (!html) {
        const QString name = QStringLiteral("%1.%2").arg(toCode(input.kind), toCode(input.language));
        return Error{html.error().message,
                     input.templateText.isEmpty()
                         ? QStringLiteral(":/letters/%1.html").arg(name)
                         : QCoreApplication::translate("fv::Letters", "stored letter template %1").arg(name)};
    }
    return html;
}

Result<int> paintLetter(const LetterInput &input, QPagedPaintDevice &device)
{
    auto letter = layOut(input, device);
    if (!letter)
        return letter.error();
    if (auto painted = paintPages(*letter, input, device); !painted)
        return painted.error();
    return letter->pages;
}

Result<RenderedLetter> renderLetterPdf(const LetterInput &input)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    auto letter = layOut(input, writer);
    if (!letter)
        return letter.error();
    // The writer only lays out (page size, resolution, fonts): a tagged PDF is drawn with Cairo
    // and finished with qpdf (TaggedPdf.h, docs/LETTERS.md). Print and preview stay on Qt.
    auto pdf = writeTaggedPdf(*letter->doc, taggedPageSetup(*letter, writer), letterMetadata(*letter, input),
                              [&](QPainter &p, int page) { paintDecorations(p, *letter, input, page); });
    if (!pdf)
        return pdf.error();
    RenderedLetter out;
    out.pdf = *pdf;
    out.text = plainText(*letter, input);
    out.title = letter->title;
    out.pages = letter->pages;
    return out;
}

} // namespace fv
