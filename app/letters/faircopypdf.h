#pragma once

#include "domain/faircopy.h"

#include <QRectF>

class QTextDocument;

namespace nasti {

// The fair copy as an A4 PDF: the department's letterhead, number and date, the
// addressees, subject and reference, the approved text, the approving officer's
// signature block, the "copy to" list and "Page N of M" on every page. The printed
// words are in the letter's own language (not the program's). Devanagari is shaped
// by Qt's text engine with the Noto fonts.
class FairCopyPdf : public FairCopyRenderer
{
public:
    // Where the visible digital signature goes: the reserved box above the signer's name
    // (FairCopy::signatureBox), for pdfsign::SignatureAppearance. rect is in PDF points
    // from the page's top-left corner; page is 0-based, -1 when no box was reserved.
    using SignaturePlace = nasti::SignaturePlace;
    static constexpr qreal kSignatureBoxWidth = 200; // points
    static constexpr qreal kSignatureBoxHeight = 72; // points; the QR code is as tall and square

    QByteArray render(const FairCopy &copy) const override;
    QByteArray render(const FairCopy &copy, SignaturePlace *place) const override;
    // The letter as rich text, for the client's preview.
    static QString html(const FairCopy &copy);
};

} // namespace nasti
