#pragma once

#include <QList>
#include <QMetaType>
#include <QRectF>

namespace nasti {

// One match of a text search: the page (0-based) and where on it, in PDF
// points (1/72 inch) from the page's top-left corner.
struct PdfHit
{
    int page = -1;
    QRectF rectPt;

    friend bool operator==(const PdfHit &a, const PdfHit &b)
    {
        return a.page == b.page && a.rectPt == b.rectPt;
    }
};

} // namespace nasti

Q_DECLARE_METATYPE(nasti::PdfHit)
