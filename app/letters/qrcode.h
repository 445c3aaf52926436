#pragma once

// QR codes (libqrencode) for fair copies of issued letters: the dispatch number, the date and
// the content hash, printed beside the signature so a paper copy can be checked.

#include <QByteArray>
#include <QImage>
#include <QRectF>

class QPainter;

namespace nasti {

// The QR code of `text` (its bytes as they are, in 8-bit mode; error correction level M),
// moduleSize pixels per module, black on white with the standard quiet zone of 4 modules.
// Throws NastiError (Invalid) when the text is empty or too long for a QR code.
QImage qrCode(const QByteArray &text, int moduleSize = 4);

// Draws the same code as filled squares (sharp at any resolution, e.g. into a PDF), square,
// centred in rect, quiet zone included.
void drawQrCode(QPainter &painter, const QRectF &rect, const QByteArray &text);

} // namespace nasti
