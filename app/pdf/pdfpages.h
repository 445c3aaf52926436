#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace nasti {

// Every page of a PDF as an image at dpi, on the calling thread (for printing an
// uploaded draft into its fair copy). Empty when the bytes are not a readable PDF.
QList<QImage> renderPdfPages(const QByteArray &bytes, qreal dpi);

} // namespace nasti
