#pragma once

#include <QPaintDevice>
#include <QPointF>
#include <QSizeF>
#include <QTransform>

#include <memory>

class QTextItem;
typedef struct _cairo cairo_t;

namespace fv {

// Told before each drawing operation whether it draws text or graphics, so that the tagged
// PDF writer can open the structure element the next marks belong to.
class PaintTagger
{
public:
    virtual ~PaintTagger() = default;
    // Text at `baseline` (the painter's coordinates) is about to be drawn.
    virtual void text(const QPointF &baseline, const QTextItem &item) = 0;
    // A line, a fill or an image is about to be drawn.
    virtual void graphics() = 0;
};

class CairoPaintEngine;

// A QPainter target that draws on a Cairo context: QTextDocument and QPainter code paint a
// tagged PDF through it unchanged. Text is shaped and drawn by Pango, which hands Cairo the
// characters with the glyphs (the PDF's ToUnicode and ActualText). Coordinates are device
// pixels at `dpi`, mapped to PDF points by `toPoints`.
class CairoPaintDevice : public QPaintDevice
{
public:
    CairoPaintDevice(cairo_t *cr, QSizeF sizePixels, qreal dpi, const QTransform &toPoints, PaintTagger *tagger);
    ~CairoPaintDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<CairoPaintEngine> m_engine;
    QSizeF m_size;
    qreal m_dpi;
};

} // namespace fv
