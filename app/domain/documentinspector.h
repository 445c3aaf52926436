#pragma once

#include <QByteArray>
#include <QString>

namespace nasti {

// What the core needs to know about an uploaded document before it is stored.
// The core never parses PDF itself: the Poppler-backed implementation lives in
// the nasti_pdf library (app/pdf), and tests may inject their own.
struct DocumentCheck
{
    bool ok = false;
    int pageCount = 0;
    QString mimeType; // "application/pdf"
    QString problem;  // translated, one line, names what is wrong when !ok
};

class DocumentInspector
{
public:
    virtual ~DocumentInspector() = default;
    // Must be safe to call from any thread (each call uses its own document).
    virtual DocumentCheck inspect(const QByteArray &bytes) const = 0;
};

} // namespace nasti
