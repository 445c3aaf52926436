#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace nasti {

// Digital signatures (issue 16, DESIGN rule 8) with libsodium: Ed25519 keys
// (crypto_sign), and private keys sealed under a password or passphrase with a key
// derived by Argon2id (crypto_pwhash) and XSalsa20-Poly1305 (crypto_secretbox).
// Nothing here is hand-rolled cryptography; this file only fixes the formats.
namespace signing {

struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium's seed + public key)
};

KeyPair generate();
QByteArray sign(const QByteArray &secretKey, const QByteArray &message); // 64 bytes
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
// The public key of a secret key (its second half), for checking a keychain copy.
QByteArray publicKeyOf(const QByteArray &secretKey);

// "v1$ops$mem$salt$nonce$box" (base64 parts): the Argon2id costs travel with the
// sealed bytes, so a copy sealed on one machine opens on another. The cost follows
// passwords::setCost (tests use the minimum).
QString seal(const QByteArray &secret, const QString &password);
// Empty when the password is wrong or the sealed text is damaged.
QByteArray unseal(const QString &sealed, const QString &password);

// What is signed: a domain-separated statement naming the database, the object and
// the hash the event log recorded for it, so a signature cannot be moved to another
// row or another database.
QByteArray objectStatement(const QString &databaseId, const QString &table, qint64 id, const QString &hash);
// What the organisation's authority signs when it certifies an officer's key.
struct CertificateFields
{
    QString databaseId;
    QString authorityKeyHex;
    QString keyHex;
    qint64 userId = 0;
    QString login; // (logins never change; names may, so they are not in it)
    QString posts; // post codes, sorted, comma-separated
    qint64 validFrom = 0, validUntil = 0;
};
QByteArray certificateStatement(const CertificateFields &c);

QString toHex(const QByteArray &bytes);
QByteArray fromHex(const QString &hex); // empty when not hex
} // namespace signing

// An unlocked signing key of one user: what the services sign with. Its secret is the
// Ed25519 secret key (64 bytes), followed, for keys enrolled since letters are signed as
// PDFs, by the officer's X.509 private key (PKCS#8 DER): the two are sealed together
// under his password and kept together in his keychain. The secret is wiped when the
// last reference goes.
class SigningIdentity
{
public:
    SigningIdentity(qint64 keyId, qint64 userId, QByteArray secret);
    ~SigningIdentity();
    SigningIdentity(const SigningIdentity &) = delete;
    SigningIdentity &operator=(const SigningIdentity &) = delete;

    qint64 keyId() const { return m_keyId; }
    qint64 userId() const { return m_userId; }
    QByteArray publicKey() const { return signing::publicKeyOf(edSecret()); }
    QByteArray secretKey() const { return m_secret; } // both keys, for the keychain copy only
    QByteArray sign(const QByteArray &message) const { return signing::sign(edSecret(), message); }
    // The X.509 private key (PKCS#8 DER); empty for a key enrolled before PDF signing.
    QByteArray x509PrivateKey() const;

    // The Ed25519 part of a secret as sealed (empty when it is shorter than a key).
    static QByteArray edPart(const QByteArray &secret);

private:
    QByteArray edSecret() const { return edPart(m_secret); }

    qint64 m_keyId;
    qint64 m_userId;
    QByteArray m_secret;
};
using SigningIdentityPtr = std::shared_ptr<const SigningIdentity>;

} // namespace nasti
