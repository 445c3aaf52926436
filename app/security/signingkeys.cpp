#include "security/signingkeys.h"

#include "util/error.h"

#include <QStringList>

#include <sodium.h>

namespace nasti {

namespace {
void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        fail(NastiError::Kind::Database, QStringLiteral("libsodium could not start"));
}

QByteArray deriveKey(const QString &password, const QByteArray &salt, unsigned long long ops, size_t mem)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()),
                      static_cast<unsigned long long>(key.size()), utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

QByteArray b64(const QString &part)
{
    return QByteArray::fromBase64(part.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}
} // namespace

namespace signing {

bool g_minimumCost = false; // set through passwords::setCost

KeyPair generate()
{
    ensureSodium();
    KeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        fail(NastiError::Kind::Invalid, QStringLiteral("A signing key has the wrong length."));
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return sig;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    return secretKey.right(crypto_sign_PUBLICKEYBYTES);
}

QString seal(const QByteArray &secret, const QString &password)
{
    ensureSodium();
    const unsigned long long ops =
        g_minimumCost ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = g_minimumCost ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray key = deriveKey(password, salt, ops, mem);
    if (key.isEmpty())
        fail(NastiError::Kind::Database, QStringLiteral("Out of memory while sealing a key"));
    QByteArray box(secret.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secret.constData()),
                          static_cast<unsigned long long>(secret.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    return QStringLiteral("v1$%1$%2$%3$%4$%5")
        .arg(ops)
        .arg(qulonglong(mem))
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(nonce.toBase64()),
             QString::fromLatin1(box.toBase64()));
}

QByteArray unseal(const QString &sealed, const QString &password)
{
    ensureSodium();
    const QStringList parts = sealed.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("v1"))
        return {};
    bool okOps = false, okMem = false;
    const qulonglong ops = parts.at(1).toULongLong(&okOps);
    const qulonglong mem = parts.at(2).toULongLong(&okMem);
    const QByteArray salt = b64(parts.at(3)), nonce = b64(parts.at(4)), box = b64(parts.at(5));
    // Refuse costs an attacker could plant to exhaust the machine (and nonsense).
    if (!okOps || !okMem || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() <= int(crypto_secretbox_MACBYTES))
        return {};
    QByteArray key = deriveKey(password, salt, ops, size_t(mem));
    if (key.isEmpty())
        return {};
    QByteArray out(box.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(out.data()),
                                              reinterpret_cast<const unsigned char *>(box.constData()),
                                              static_cast<unsigned long long>(box.size()),
                                              reinterpret_cast<const unsigned char *>(nonce.constData()),
                                              reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    if (rc != 0)
        return {};
    return out;
}

QByteArray objectStatement(const QString &databaseId, const QString &table, qint64 id, const QString &hash)
{
    return QStringLiteral("nasti-signature-v1\n%1\n%2\n%3\n%4\n")
        .arg(databaseId, table, QString::number(id), hash)
        .toUtf8();
}

QByteArray certificateStatement(const CertificateFields &c)
{
    return QStringLiteral("nasti-certificate-v1\n%1\n%2\n%3\n%4\n%5\n%6\n%7\n%8\n")
        .arg(c.databaseId, c.authorityKeyHex, c.keyHex, QString::number(c.userId), c.login, c.posts,
             QString::number(c.validFrom), QString::number(c.validUntil))
        .toUtf8();
}

QString toHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray fromHex(const QString &hex)
{
    static const QString digits = QStringLiteral("0123456789abcdef");
    if (hex.size() % 2)
        return {};
    for (const QChar c : hex)
        if (!digits.contains(c))
            return {};
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace signing

SigningIdentity::SigningIdentity(qint64 keyId, qint64 userId, QByteArray secret)
    : m_keyId(keyId), m_userId(userId), m_secret(std::move(secret))
{
}

QByteArray SigningIdentity::edPart(const QByteArray &secret)
{
    return secret.size() < qsizetype(crypto_sign_SECRETKEYBYTES) ? QByteArray()
                                                                 : secret.left(crypto_sign_SECRETKEYBYTES);
}

QByteArray SigningIdentity::x509PrivateKey() const
{
    return m_secret.mid(crypto_sign_SECRETKEYBYTES);
}

SigningIdentity::~SigningIdentity()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

} // namespace nasti
