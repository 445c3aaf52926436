#include "pdf/pdfpages.h"

#include "pdf/popplerdocument.h"

namespace nasti {

QList<QImage> renderPdfPages(const QByteArray &bytes, qreal dpi)
{
    warmUpPoppler();
    OpenedPdf pdf = openPopplerDocument(bytes);
    QList<QImage> pages;
    if (!pdf.document)
        return pages;
    for (int i = 0; i < pdf.document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page(pdf.document->page(i));
        pages << (page ? page->renderToImage(dpi, dpi) : QImage());
    }
    return pages;
}

} // namespace nasti
