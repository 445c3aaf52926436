#pragma once

#include "pdf/pdfhit.h"

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QThread>

#include <memory>

namespace nasti {

class PdfRenderWorker;
struct PdfRenderTickets;

// Shows one PDF at a time: loads, renders pages and searches on its own worker
// thread (Poppler never runs on the caller's thread) and reports back through
// signals. Pages are 0-based; sizes and hit rectangles are in PDF points.
//
// Results for a document that has since been replaced are dropped, so a
// signal always belongs to the last load(). Rendered pages are kept in an LRU
// cache keyed by (page, dpi) within a byte budget.
class PdfRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PdfRenderer(QObject *parent = nullptr);
    ~PdfRenderer() override;

    // Replaces the document; emits loaded() or failed().
    void load(const QByteArray &bytes);
    // Drops the document and everything queued for it.
    void clear();

    // Emits pageRendered() (or pageFailed()), always asynchronously, also on a
    // cache hit. Repeated requests for a page that is still queued are merged.
    void requestPage(int page, qreal dpi);
    // Forgets queued page requests (e.g. after a zoom change); the view asks
    // again for what it still needs.
    void cancelPendingPages();
    // The cached image, or a null image; never renders.
    QImage cachedPage(int page, qreal dpi) const;

    // Case-insensitive search over all pages; emits found(). A new find()
    // supersedes one still running.
    void find(const QString &text);
    // Of the last search found(): the pages (0-based) with no text layer (scanned images).
    const QList<int> &pagesWithoutText() const { return m_pagesWithoutText; }
    // Emits pageTextReady() with the page's plain text.
    void requestPageText(int page);

    bool isLoaded() const { return !m_pageSizesPt.isEmpty(); }
    int pageCount() const { return int(m_pageSizesPt.size()); }
    QList<QSizeF> pageSizesPt() const { return m_pageSizesPt; }

    void setCacheBudget(qint64 bytes);
    qint64 cacheBudget() const { return m_cache.maxCost(); }
    qint64 cachedBytes() const { return m_cache.totalCost(); }

    // The thread Poppler runs on (for tests and diagnostics).
    QThread *workerThread() { return &m_thread; }

Q_SIGNALS:
    void loaded(int pageCount, const QList<QSizeF> &pageSizesPt);
    void failed(const QString &problem);
    void pageRendered(int page, qreal dpi, const QImage &image);
    void pageFailed(int page, qreal dpi);
    // Before it, pagesWithoutText() says which pages the search could not look into.
    void found(const QList<nasti::PdfHit> &hits);
    void pageTextReady(int page, const QString &text);

private:
    static quint64 cacheKey(int page, qreal dpi);
    void onOpened(quint64 document, const QList<QSizeF> &pageSizesPt);
    void onOpenFailed(quint64 document, const QString &problem);
    void onRendered(quint64 document, int page, qreal dpi, const QImage &image);
    void onRenderFailed(quint64 document, int page, qreal dpi);
    void onSearched(quint64 document, quint64 search, const QList<PdfHit> &hits,
                    const QList<int> &pagesWithoutText);
    void onTextExtracted(quint64 document, int page, const QString &text);
    quint64 startNewDocument();

    std::unique_ptr<PdfRenderTickets> m_tickets; // read by the worker, written here
    QThread m_thread;
    PdfRenderWorker *m_worker = nullptr; // lives on m_thread
    quint64 m_document = 0;
    quint64 m_search = 0;
    QList<QSizeF> m_pageSizesPt;
    QList<int> m_pagesWithoutText;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_pending;
};

} // namespace nasti
