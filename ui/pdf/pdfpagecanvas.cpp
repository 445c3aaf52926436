#include "pdf/pdfpagecanvas.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace nasti {

namespace {
constexpr int kMargin = 12; // around the pages and between them
} // namespace

PdfPageCanvas::PdfPageCanvas(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Dark);
}

void PdfPageCanvas::setPageSizes(const QList<QSizeF> &sizesPt)
{
    m_sizesPt = sizesPt;
    m_images.clear();
    m_hits.clear();
    m_currentHit = -1;
    relayout();
}

void PdfPageCanvas::setScale(qreal pixelsPerPoint)
{
    if (qFuzzyCompare(pixelsPerPoint, m_scale))
        return;
    m_scale = pixelsPerPoint;
    relayout();
}

void PdfPageCanvas::relayout()
{
    m_tops.clear();
    m_maxWidth = 0;
    int y = kMargin;
    for (const QSizeF &size : std::as_const(m_sizesPt)) {
        m_tops.append(y);
        y += qRound(size.height() * m_scale) + kMargin;
        m_maxWidth = qMax(m_maxWidth, qRound(size.width() * m_scale));
    }
    setMinimumSize(contentSize());
    update();
}

QSize PdfPageCanvas::contentSize() const
{
    if (m_sizesPt.isEmpty())
        return {0, 0};
    return {m_maxWidth + 2 * kMargin, m_tops.constLast() + pageRect(pageCount() - 1).height() + kMargin};
}

QRect PdfPageCanvas::pageRect(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const QSize size(qRound(m_sizesPt.at(page).width() * m_scale),
                     qRound(m_sizesPt.at(page).height() * m_scale));
    // Centred when the viewport is wider than the pages.
    const int x = qMax(kMargin, (width() - size.width()) / 2);
    return {QPoint(x, m_tops.at(page)), size};
}

std::pair<int, int> PdfPageCanvas::pagesIn(const QRect &rect) const
{
    if (m_tops.isEmpty())
        return {0, -1};
    // The first page whose bottom is below rect.top(), by binary search on tops.
    auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), rect.top());
    int first = qMax(0, int(it - m_tops.cbegin()) - 1);
    if (pageRect(first).bottom() < rect.top())
        ++first;
    it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), rect.bottom());
    const int last = int(it - m_tops.cbegin()) - 1;
    return {first, qMin(last, pageCount() - 1)};
}

QRect PdfPageCanvas::hitRect(const PdfHit &hit) const
{
    const QRect page = pageRect(hit.page);
    if (page.isNull())
        return {};
    const QRectF r = hit.rectPt;
    return QRectF(page.x() + r.x() * m_scale, page.y() + r.y() * m_scale, r.width() * m_scale,
                  r.height() * m_scale)
        .toAlignedRect();
}

void PdfPageCanvas::setPageImage(int page, const QPixmap &pixmap, qreal dpi)
{
    if (page < 0 || page >= pageCount())
        return;
    m_images.insert(page, PageImage{pixmap, dpi});
    update(pageRect(page));
}

bool PdfPageCanvas::hasPageImage(int page, qreal dpi) const
{
    const auto it = m_images.constFind(page);
    return it != m_images.cend() && qFuzzyCompare(it->dpi, dpi);
}

void PdfPageCanvas::keepImagesOnly(int first, int last)
{
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (it.key() < first || it.key() > last)
            it = m_images.erase(it);
        else
            ++it;
    }
}

void PdfPageCanvas::setHits(const QList<PdfHit> &hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    update();
}

void PdfPageCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    const auto [first, last] = pagesIn(event->rect());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int page = first; page <= last; ++page) {
        const QRect rect = pageRect(page);
        painter.fillRect(rect.translated(2, 2), palette().color(QPalette::Shadow));
        const auto image = m_images.constFind(page);
        if (image != m_images.cend())
            painter.drawPixmap(rect, image->pixmap);
        else
            painter.fillRect(rect, Qt::white); // placeholder until rendered
    }
    for (int i = 0; i < m_hits.size(); ++i) {
        const PdfHit &hit = m_hits.at(i);
        if (hit.page < first || hit.page > last)
            continue;
        const bool current = i == m_currentHit;
        const QRect rect = hitRect(hit).adjusted(-1, -1, 1, 1);
        painter.fillRect(rect, current ? QColor(255, 128, 0, 110) : QColor(255, 220, 0, 90));
        if (current) {
            painter.setPen(QPen(QColor(230, 90, 0), 1.5));
            painter.drawRect(rect);
        }
    }
}

} // namespace nasti
