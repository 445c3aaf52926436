#pragma once

#include "pdf/pdfhit.h"

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QSizeF>
#include <QWidget>

namespace nasti {

// Paints a document's pages stacked vertically at one scale: rendered images
// where it has them (possibly from an older zoom, scaled), white placeholders
// sized from the page sizes elsewhere, and search hits on top. It only shows;
// PdfView decides what to render. Lives inside a QScrollArea.
class PdfPageCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPageCanvas(QWidget *parent = nullptr);

    void setPageSizes(const QList<QSizeF> &sizesPt);
    int pageCount() const { return int(m_sizesPt.size()); }

    // Screen pixels per PDF point.
    void setScale(qreal pixelsPerPoint);
    qreal scale() const { return m_scale; }
    QSize contentSize() const;

    QRect pageRect(int page) const;
    // Pages that intersect rect, as [first, last]; first > last when none.
    std::pair<int, int> pagesIn(const QRect &rect) const;
    QRect hitRect(const PdfHit &hit) const;

    void setPageImage(int page, const QPixmap &pixmap, qreal dpi);
    bool hasPageImage(int page, qreal dpi) const;
    bool hasPageImage(int page) const { return m_images.contains(page); } // at any dpi
    // Frees images of pages far from view.
    void keepImagesOnly(int first, int last);

    void setHits(const QList<PdfHit> &hits, int current);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct PageImage
    {
        QPixmap pixmap;
        qreal dpi = 0;
    };
    void relayout();

    QList<QSizeF> m_sizesPt;
    QList<int> m_tops; // y of each page at the current scale
    int m_maxWidth = 0;
    qreal m_scale = 1.0;
    QHash<int, PageImage> m_images;
    QList<PdfHit> m_hits;
    int m_currentHit = -1;
};

} // namespace nasti
