#include "letters/qrcode.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QPainter>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace nasti {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using Qr = std::unique_ptr<QRcode, QrDeleter>;

Qr encode(const QByteArray &text)
{
    if (text.isEmpty())
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate("nasti::qrCode", "A QR code needs some text."));
    Qr code(QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0,
                              QR_ECLEVEL_M));
    if (!code)
        fail(NastiError::Kind::Invalid,
             errno == ERANGE
                 ? QCoreApplication::translate("nasti::qrCode",
                                               "The text is too long for a QR code (%1 bytes).")
                       .arg(text.size())
                 : QCoreApplication::translate("nasti::qrCode", "The QR code could not be made."));
    return code;
}

bool dark(const QRcode &code, int x, int y)
{
    return code.data[y * code.width + x] & 1;
}
} // namespace

QImage qrCode(const QByteArray &text, int moduleSize)
{
    const Qr code = encode(text);
    moduleSize = qBound(1, moduleSize, 64);
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (dark(*code, x, y))
                for (int dy = 0; dy < moduleSize; ++dy)
                    for (int dx = 0; dx < moduleSize; ++dx)
                        image.setPixel((x + kQuietZone) * moduleSize + dx, (y + kQuietZone) * moduleSize + dy,
                                       1);
    return image;
}

void drawQrCode(QPainter &painter, const QRectF &rect, const QByteArray &text)
{
    const Qr code = encode(text);
    const int modules = code->width + 2 * kQuietZone;
    const qreal side = qMin(rect.width(), rect.height());
    const qreal m = side / modules;
    const QPointF origin(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        // Runs of dark modules in a row as one rectangle: fewer, seamless shapes.
        for (int x = 0; x < code->width;) {
            if (!dark(*code, x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code->width && dark(*code, end, y))
                ++end;
            painter.drawRect(QRectF(origin.x() + (x + kQuietZone) * m, origin.y() + (y + kQuietZone) * m,
                                    (end - x) * m, m));
            x = end;
        }
    }
    painter.restore();
}

} // namespace nasti
