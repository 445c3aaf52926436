#pragma once

// Internal to nasti_pdf: the object that owns the Poppler document and lives
// on PdfRenderer's worker thread. Use PdfRenderer instead.

#include "pdf/pdfhit.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace Poppler {
class Document;
class Page;
} // namespace Poppler

namespace nasti {

// Counters the GUI thread raises so the worker can skip work nobody waits for
// any more (a replaced document, renders for an old zoom, a replaced search).
struct PdfRenderTickets
{
    std::atomic<quint64> document{0};
    std::atomic<quint64> pages{0};
    std::atomic<quint64> search{0};
};

class PdfRenderWorker : public QObject
{
    Q_OBJECT

public:
    explicit PdfRenderWorker(const PdfRenderTickets &tickets);
    ~PdfRenderWorker() override;

    // All of these run on the worker thread (called through invokeMethod).
    void warmUp();
    void open(quint64 document, const QByteArray &bytes);
    void close(quint64 document);
    void render(quint64 document, quint64 pages, int page, qreal dpi);
    void find(quint64 document, quint64 search, const QString &text);
    void extractText(quint64 document, int page);

Q_SIGNALS:
    void opened(quint64 document, const QList<QSizeF> &pageSizesPt);
    void openFailed(quint64 document, const QString &problem);
    void rendered(quint64 document, int page, qreal dpi, const QImage &image);
    void renderFailed(quint64 document, int page, qreal dpi);
    // pagesWithoutText: pages with no text layer (scans), which no search can find anything on.
    void searched(quint64 document, quint64 search, const QList<nasti::PdfHit> &hits,
                  const QList<int> &pagesWithoutText);
    void textExtracted(quint64 document, int page, const QString &text);

private:
    bool isCurrent(quint64 document) const;
    Poppler::Page *page(int index);

    const PdfRenderTickets &m_tickets;
    quint64 m_documentTicket = 0;
    std::unique_ptr<Poppler::Document> m_document;
    std::vector<std::unique_ptr<Poppler::Page>> m_pages; // built lazily
};

} // namespace nasti
