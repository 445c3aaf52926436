#include "pdf/pdfrenderer.h"

#include "pdf/pdfrenderworker.h"

#include <QtMath>

namespace nasti {

namespace {
constexpr qint64 kDefaultCacheBudget = 64LL * 1024 * 1024;
constexpr qreal kMinDpi = 1.0;
constexpr qreal kMaxDpi = 1200.0;
} // namespace

PdfRenderer::PdfRenderer(QObject *parent)
    : QObject(parent), m_tickets(std::make_unique<PdfRenderTickets>()), m_cache(kDefaultCacheBudget)
{
    m_thread.setObjectName(QStringLiteral("nasti.pdf.render"));
    m_worker = new PdfRenderWorker(*m_tickets);
    m_worker->moveToThread(&m_thread);

    connect(m_worker, &PdfRenderWorker::opened, this, &PdfRenderer::onOpened);
    connect(m_worker, &PdfRenderWorker::openFailed, this, &PdfRenderer::onOpenFailed);
    connect(m_worker, &PdfRenderWorker::rendered, this, &PdfRenderer::onRendered);
    connect(m_worker, &PdfRenderWorker::renderFailed, this, &PdfRenderer::onRenderFailed);
    connect(m_worker, &PdfRenderWorker::searched, this, &PdfRenderer::onSearched);
    connect(m_worker, &PdfRenderWorker::textExtracted, this, &PdfRenderer::onTextExtracted);

    m_thread.start();
    // First job on the thread, ahead of any document.
    QMetaObject::invokeMethod(m_worker, &PdfRenderWorker::warmUp, Qt::QueuedConnection);
}

PdfRenderer::~PdfRenderer()
{
    // Make queued and running work give up, then stop the thread before the
    // worker (and its document) goes away.
    ++m_tickets->document;
    ++m_tickets->search;
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 PdfRenderer::cacheKey(int page, qreal dpi)
{
    // dpi to 1/100, so a dpi that went through arithmetic still hits.
    return (quint64(quint32(page)) << 32) | quint32(qRound(dpi * 100.0));
}

quint64 PdfRenderer::startNewDocument()
{
    m_document = ++m_tickets->document;
    ++m_tickets->pages;
    ++m_tickets->search;
    m_search = m_tickets->search;
    m_pageSizesPt.clear();
    m_cache.clear();
    m_pending.clear();
    return m_document;
}

void PdfRenderer::load(const QByteArray &bytes)
{
    const quint64 document = startNewDocument();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, document, bytes] { worker->open(document, bytes); },
        Qt::QueuedConnection);
}

void PdfRenderer::clear()
{
    const quint64 document = startNewDocument();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, document] { worker->close(document); }, Qt::QueuedConnection);
}

void PdfRenderer::requestPage(int page, qreal dpi)
{
    if (page < 0 || (isLoaded() && page >= pageCount()))
        return;
    dpi = qBound(kMinDpi, dpi, kMaxDpi);
    const quint64 key = cacheKey(page, dpi);
    if (const QImage *cached = m_cache.object(key)) {
        // Asynchronous like a real render, so callers need not handle re-entry.
        QMetaObject::invokeMethod(
            this,
            [this, document = m_document, page, dpi, image = *cached] {
                if (document == m_document)
                    Q_EMIT pageRendered(page, dpi, image);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, document = m_document, pages = m_tickets->pages.load(), page, dpi] {
            worker->render(document, pages, page, dpi);
        },
        Qt::QueuedConnection);
}

void PdfRenderer::cancelPendingPages()
{
    ++m_tickets->pages;
    m_pending.clear();
}

QImage PdfRenderer::cachedPage(int page, qreal dpi) const
{
    const QImage *cached = m_cache.object(cacheKey(page, qBound(kMinDpi, dpi, kMaxDpi)));
    return cached ? *cached : QImage();
}

void PdfRenderer::find(const QString &text)
{
    m_search = ++m_tickets->search;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, document = m_document, search = m_search, text] {
            worker->find(document, search, text);
        },
        Qt::QueuedConnection);
}

void PdfRenderer::requestPageText(int page)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, document = m_document, page] { worker->extractText(document, page); },
        Qt::QueuedConnection);
}

void PdfRenderer::setCacheBudget(qint64 bytes)
{
    m_cache.setMaxCost(qMax<qint64>(0, bytes));
}

void PdfRenderer::onOpened(quint64 document, const QList<QSizeF> &pageSizesPt)
{
    if (document != m_document)
        return;
    m_pageSizesPt = pageSizesPt;
    Q_EMIT loaded(pageCount(), m_pageSizesPt);
}

void PdfRenderer::onOpenFailed(quint64 document, const QString &problem)
{
    if (document == m_document)
        Q_EMIT failed(problem);
}

void PdfRenderer::onRendered(quint64 document, int page, qreal dpi, const QImage &image)
{
    if (document != m_document)
        return;
    const quint64 key = cacheKey(page, dpi);
    m_pending.remove(key);
    // An image above the whole budget is not kept (QCache refuses it).
    m_cache.insert(key, new QImage(image), image.sizeInBytes());
    Q_EMIT pageRendered(page, dpi, image);
}

void PdfRenderer::onRenderFailed(quint64 document, int page, qreal dpi)
{
    if (document != m_document)
        return;
    m_pending.remove(cacheKey(page, dpi));
    Q_EMIT pageFailed(page, dpi);
}

void PdfRenderer::onSearched(quint64 document, quint64 search, const QList<PdfHit> &hits,
                             const QList<int> &pagesWithoutText)
{
    if (document == m_document && search == m_search) {
        m_pagesWithoutText = pagesWithoutText;
        Q_EMIT found(hits);
    }
}

void PdfRenderer::onTextExtracted(quint64 document, int page, const QString &text)
{
    if (document == m_document)
        Q_EMIT pageTextReady(page, text);
}

} // namespace nasti
