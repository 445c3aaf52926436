#include "access/scram.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace nasti::access {

namespace {
// libpq runs the password through SASLprep before hashing; for ASCII that is the
// identity. For other text: map non-ASCII spaces to a space, drop the characters
// "commonly mapped to nothing" (RFC 3454 B.1), then NFKC.
QByteArray saslPrep(const QString &password)
{
    bool ascii = true;
    for (const QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString mapped;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) ||
            (u >= 0x200B && u <= 0x200D) || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        if (u == 0x00A0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F ||
            u == 0x3000)
            mapped += QLatin1Char(' ');
        else
            mapped += c;
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}
} // namespace

QString scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray key = saslPrep(password);
    // PBKDF2-HMAC-SHA-256, one block of 32 bytes.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(salt + QByteArray("\0\0\0\1", 4));
    QByteArray u = mac.result();
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int b = 0; b < salted.size(); ++b)
            salted[b] = static_cast<char>(salted.at(b) ^ u.at(b));
    }
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString scramVerifier(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return scramVerifier(password, salt, iterations);
}

} // namespace nasti::access
