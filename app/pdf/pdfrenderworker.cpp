#include "pdf/pdfrenderworker.h"

#include "pdf/popplerdocument.h"

#include <QtMath>

namespace nasti {

namespace {
// Beyond this a single page image would be larger than the whole cache.
constexpr qreal kMaxPixels = 40.0 * 1000 * 1000;
} // namespace

PdfRenderWorker::PdfRenderWorker(const PdfRenderTickets &tickets) : m_tickets(tickets) {}

PdfRenderWorker::~PdfRenderWorker() = default;

void PdfRenderWorker::warmUp()
{
    warmUpPoppler();
}

bool PdfRenderWorker::isCurrent(quint64 document) const
{
    return document == m_tickets.document.load() && document == m_documentTicket && m_document;
}

Poppler::Page *PdfRenderWorker::page(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return nullptr;
    if (!m_pages[index])
        m_pages[index] = m_document->page(index);
    return m_pages[index].get();
}

void PdfRenderWorker::open(quint64 document, const QByteArray &bytes)
{
    close(document);
    if (document != m_tickets.document.load())
        return; // replaced before we got to it
    OpenedPdf result = openPopplerDocument(bytes);
    if (!result.problem.isEmpty()) {
        Q_EMIT openFailed(document, result.problem);
        return;
    }
    m_document = std::move(result.document);
    m_documentTicket = document;
    m_pages.resize(result.pageSizesPt.size());
    Q_EMIT opened(document, result.pageSizesPt);
}

void PdfRenderWorker::close(quint64 document)
{
    m_pages.clear();
    m_document.reset();
    m_documentTicket = document;
}

void PdfRenderWorker::render(quint64 document, quint64 pages, int index, qreal dpi)
{
    if (!isCurrent(document) || pages != m_tickets.pages.load())
        return;
    Poppler::Page *p = page(index);
    QImage image;
    if (p) {
        const QSizeF sizePt = p->pageSizeF();
        qreal renderDpi = dpi;
        const qreal pixels = sizePt.width() * sizePt.height() * (dpi / 72.0) * (dpi / 72.0);
        if (pixels > kMaxPixels)
            renderDpi *= qSqrt(kMaxPixels / pixels); // the view scales it up; better than no page
        image = p->renderToImage(renderDpi, renderDpi);
    }
    // Reported under the requested dpi, which is what the caller matches on.
    if (image.isNull())
        Q_EMIT renderFailed(document, index, dpi);
    else
        Q_EMIT rendered(document, index, dpi, image);
}

void PdfRenderWorker::find(quint64 document, quint64 search, const QString &text)
{
    QList<PdfHit> hits;
    QList<int> withoutText;
    for (int i = 0; i < int(m_pages.size()); ++i) {
        // A new search or document makes the rest of this one pointless.
        if (!isCurrent(document) || search != m_tickets.search.load())
            return;
        if (Poppler::Page *p = page(i)) {
            const QList<QRectF> rects = p->search(text, Poppler::Page::IgnoreCase);
            for (const QRectF &rect : rects)
                hits.append(PdfHit{i, rect});
            // A scanned page is an image: no text layer, so nothing on it can be found.
            if (rects.isEmpty() && p->text(QRectF()).trimmed().isEmpty())
                withoutText.append(i);
        }
    }
    if (isCurrent(document))
        Q_EMIT searched(document, search, hits, withoutText);
}

void PdfRenderWorker::extractText(quint64 document, int index)
{
    if (!isCurrent(document))
        return;
    Poppler::Page *p = page(index);
    Q_EMIT textExtracted(document, index, p ? p->text(QRectF()) : QString());
}

} // namespace nasti
