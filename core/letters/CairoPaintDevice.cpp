#include "letters/CairoPaintDevice.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

#include <cairo.h>
#include <cstring>
#include <pango/pangocairo.h>

namespace fv {

// Draws what QPainter asks for with Cairo. Only what letters use is supported: solid pens and
// brushes, paths, images and text; everything is drawn at once (no buffering).
class CairoPaintEngine : public QPaintEngine
{
public:
    CairoPaintEngine(cairo_t *cr, qreal dpi, const QTransform &toPoints, PaintTagger *tagger);
    ~CairoPaintEngine() override;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &state) override;

    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override;
    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &sr) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags) override;
    void drawTextItem(const QPointF &p, const QTextItem &item) override;

private:
    // Sets Cairo's matrix (and clip) for a drawing operation; undone by cairo_restore.
    void beginDraw();
    void setSource(const QColor &color);
    void fillAndStroke(bool fill);
    PangoFontDescription *fontDescription(const QFont &font) const;

    cairo_t *m_cr;
    qreal m_dpi;
    QTransform m_toPoints;
    PaintTagger *m_tagger;
    QPen m_pen;
    QBrush m_brush;
    QFont m_font;
    QTransform m_world;
    QPainterPath m_clip; // device pixels
    bool m_clipped = false;
    PangoContext *m_pango = nullptr;
    PangoLayout *m_layout = nullptr;
};

CairoPaintEngine::CairoPaintEngine(cairo_t *cr, qreal dpi, const QTransform &toPoints, PaintTagger *tagger)
    : QPaintEngine(QPaintEngine::AllFeatures)
    , m_cr(cr)
    , m_dpi(dpi)
    , m_toPoints(toPoints)
    , m_tagger(tagger)
{
    // Text is laid out in device pixels (fonts of 100 px and more at 1200 dpi), unhinted and
    // with unrounded glyph positions, as QTextDocument laid it out with design metrics.
    m_pango = pango_font_map_create_context(pango_cairo_font_map_get_default());
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(m_pango, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(m_pango, FALSE);
    m_layout = pango_layout_new(m_pango);
}

CairoPaintEngine::~CairoPaintEngine()
{
    g_object_unref(m_layout);
    g_object_unref(m_pango);
}

void CairoPaintEngine::updateState(const QPaintEngineState &state)
{
    const DirtyFlags flags = state.state();
    if (flags & DirtyPen)
        m_pen = state.pen();
    if (flags & DirtyBrush)
        m_brush = state.brush();
    if (flags & DirtyFont)
        m_font = state.font();
    if (flags & DirtyTransform)
        m_world = state.transform();
    if (flags & DirtyClipEnabled)
        m_clipped = state.isClipEnabled() && !m_clip.isEmpty();
    // A clip arrives in the coordinates in force when it was set.
    QPainterPath clip;
    if (flags & DirtyClipRegion)
        clip.addRegion(state.clipRegion());
    if (flags & DirtyClipPath)
        clip = state.clipPath();
    if (flags & (DirtyClipRegion | DirtyClipPath)) {
        const QPainterPath mapped = m_world.map(clip);
        switch (state.clipOperation()) {
        case Qt::NoClip:
            m_clip = QPainterPath();
            m_clipped = false;
            break;
        case Qt::ReplaceClip:
            m_clip = mapped;
            m_clipped = true;
            break;
        case Qt::IntersectClip:
            m_clip = m_clipped ? m_clip.intersected(mapped) : mapped;
            m_clipped = true;
            break;
        }
    }
}

namespace {

void setMatrix(cairo_t *cr, const QTransform &t)
{
    cairo_matrix_t m;
    cairo_matrix_init(&m, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy());
    cairo_set_matrix(cr, &m);
}

void addPath(cairo_t *cr, const QPainterPath &path)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement: cairo_move_to(cr, e.x, e.y); break;
        case QPainterPath::LineToElement: cairo_line_to(cr, e.x, e.y); break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            cairo_curve_to(cr, e.x, e.y, c2.x, c2.y, end.x, end.y);
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement: break;
        }
    }
}

} // namespace

void CairoPaintEngine::beginDraw()
{
    cairo_save(m_cr);
    cairo_new_path(m_cr);
    if (m_clipped) {
        setMatrix(m_cr, m_toPoints);
        addPath(m_cr, m_clip);
        cairo_set_fill_rule(
            m_cr, m_clip.fillRule() == Qt::WindingFill ? CAIRO_FILL_RULE_WINDING : CAIRO_FILL_RULE_EVEN_ODD);
        cairo_clip(m_cr);
    }
    setMatrix(m_cr, m_world * m_toPoints);
}

void CairoPaintEngine::setSource(const QColor &color)
{
    cairo_set_source_rgba(m_cr, color.redF(), color.greenF(), color.blueF(), color.alphaF());
}

// Fills the current path with the brush (when `fill`), then strokes it with the pen.
void CairoPaintEngine::fillAndStroke(bool fill)
{
    if (fill && m_brush.style() == Qt::SolidPattern) {
        setSource(m_brush.color());
        cairo_fill_preserve(m_cr);
    }
    if (m_pen.style() != Qt::NoPen && m_pen.brush().style() == Qt::SolidPattern) {
        setSource(m_pen.color());
        cairo_set_line_cap(
            m_cr,
            m_pen.capStyle() == Qt::FlatCap ? CAIRO_LINE_CAP_BUTT
                : m_pen.capStyle() == Qt::RoundCap
                ? CAIRO_LINE_CAP_ROUND
                : CAIRO_LINE_CAP_SQUARE);
        cairo_set_line_join(
            m_cr,
            m_pen.joinStyle() == Qt::RoundJoin ? CAIRO_LINE_JOIN_ROUND
                : m_pen.joinStyle() == Qt::BevelJoin
                ? CAIRO_LINE_JOIN_BEVEL
                : CAIRO_LINE_JOIN_MITER);
        // A cosmetic pen is as wide in device pixels whatever the painter's transform.
        if (m_pen.isCosmetic())
            setMatrix(m_cr, m_toPoints);
        cairo_set_line_width(m_cr, qMax<qreal>(m_pen.widthF(), m_pen.isCosmetic() ? 1 : 0.01));
        cairo_stroke_preserve(m_cr);
    }
    cairo_new_path(m_cr);
}

void CairoPaintEngine::drawPath(const QPainterPath &path)
{
    m_tagger->graphics();
    beginDraw();
    addPath(m_cr, path);
    cairo_set_fill_rule(m_cr, path.fillRule() == Qt::WindingFill ? CAIRO_FILL_RULE_WINDING : CAIRO_FILL_RULE_EVEN_ODD);
    fillAndStroke(true);
    cairo_restore(m_cr);
}

void CairoPaintEngine::drawPolygon(const QPointF *points, int count, PolygonDrawMode mode)
{
    if (count < 2)
        return;
    m_tagger->graphics();
    beginDraw();
    cairo_move_to(m_cr, points[0].x(), points[0].y());
    for (int i = 1; i < count; ++i)
        cairo_line_to(m_cr, points[i].x(), points[i].y());
    if (mode != PolylineMode)
        cairo_close_path(m_cr);
    cairo_set_fill_rule(m_cr, mode == WindingMode ? CAIRO_FILL_RULE_WINDING : CAIRO_FILL_RULE_EVEN_ODD);
    fillAndStroke(mode != PolylineMode);
    cairo_restore(m_cr);
}

void CairoPaintEngine::drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &sr)
{
    drawImage(r, pixmap.toImage(), sr, Qt::AutoColor);
}

void CairoPaintEngine::drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags)
{
    if (image.isNull() || sr.isEmpty())
        return;
    m_tagger->graphics();
    const bool alpha = image.hasAlphaChannel();
    const QImage argb = image.convertToFormat(alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    // Cairo keeps its own copy: the PDF is written after this image is gone.
    cairo_surface_t *surface = cairo_image_surface_create(
        alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, argb.width(), argb.height());
    const int stride = cairo_image_surface_get_stride(surface);
    unsigned char *data = cairo_image_surface_get_data(surface);
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(data + y * stride, argb.constScanLine(y), size_t(argb.width()) * 4);
    cairo_surface_mark_dirty(surface);
    beginDraw();
    cairo_translate(m_cr, r.x(), r.y());
    cairo_scale(m_cr, r.width() / sr.width(), r.height() / sr.height());
    cairo_set_source_surface(m_cr, surface, -sr.x(), -sr.y());
    cairo_rectangle(m_cr, 0, 0, sr.width(), sr.height());
    cairo_fill(m_cr);
    cairo_restore(m_cr);
    cairo_surface_destroy(surface);
}

PangoFontDescription *CairoPaintEngine::fontDescription(const QFont &font) const
{
    PangoFontDescription *description = pango_font_description_new();
    const QByteArray families = font.families().join(QLatin1Char(',')).toUtf8();
    pango_font_description_set_family(description, families.constData());
    pango_font_description_set_weight(description, PangoWeight(font.weight()));
    pango_font_description_set_style(description, font.italic() ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    const qreal pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * m_dpi / 72.0;
    pango_font_description_set_absolute_size(description, pixels * PANGO_SCALE);
    return description;
}

// Pango shapes the run again with the same font (both use HarfBuzz, unhinted), so glyphs
// land where QTextLayout put them, and Cairo gets the text with its glyphs.
void CairoPaintEngine::drawTextItem(const QPointF &p, const QTextItem &item)
{
    const QString text = item.text();
    if (text.trimmed().isEmpty())
        return;
    m_tagger->text(p, item);
    beginDraw();
    PangoFontDescription *description = fontDescription(item.font());
    pango_layout_set_font_description(m_layout, description);
    pango_font_description_free(description);
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(m_layout, utf8.constData(), int(utf8.size()));
    setSource(m_pen.color());
    cairo_move_to(m_cr, p.x(), p.y());
    pango_cairo_show_layout_line(m_cr, pango_layout_get_line_readonly(m_layout, 0));
    cairo_restore(m_cr);
}

CairoPaintDevice::CairoPaintDevice(cairo_t *cr, QSizeF sizePixels, qreal dpi, const QTransform &toPoints,
                                   PaintTagger *tagger)
    : m_engine(std::make_unique<CairoPaintEngine>(cr, dpi, toPoints, tagger))
    , m_size(sizePixels)
    , m_dpi(dpi)
{}

CairoPaintDevice::~CairoPaintDevice() = default;

QPaintEngine *CairoPaintDevice::paintEngine() const
{
    return m_engine.get();
}

int CairoPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return qRound(m_size.width());
    case PdmHeight: return qRound(m_size.height());
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / m_dpi);
    case PdmNumColors: return INT_MAX;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return qRound(m_dpi);
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace fv
