#pragma once

// Internal: the process's NSS, as Poppler uses it for signatures. Not part of the API.
//
// Poppler initialises NSS once per process (Poppler::setNSSDir must come before any
// signature operation, and cannot change afterwards). So the first signing or validation
// of the process points Poppler at a private database of its own: an empty NSS database
// in a 0700 temporary directory, protected by a random password that only this process
// knows, removed at exit. A signer's key and certificate are imported into it for one
// signature (NSS keeps the key encrypted under that password) and deleted right after.

#include "pdfsign/certificates.h"

#include <QMutexLocker>
#include <QString>

#include <memory>

namespace nasti::pdfsign::nss {

// Holds the process's NSS for one operation (signing, validation), initialising it on
// first use. Every Poppler signature call of the process must happen under a Guard.
class Guard
{
public:
    Guard();
    ~Guard();
    Guard(const Guard &) = delete;
    Guard &operator=(const Guard &) = delete;

    // A private 0700 directory for scratch files (the signed output) of this process.
    QString scratchDir() const;

private:
    QMutexLocker<QMutex> m_lock;
};

// The officer's key and certificate in the process's NSS database (the chain as temporary
// certificates), for as long as this object lives. Requires a Guard.
class SessionSigner
{
public:
    SessionSigner(const Guard &, const SigningCredentials &credentials);
    ~SessionSigner();
    SessionSigner(const SessionSigner &) = delete;
    SessionSigner &operator=(const SessionSigner &) = delete;

    // The nickname Poppler finds the certificate by, and the password it passes to NSS.
    QString nickname() const;
    QString password() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// An officer's DSC token (issue 16): a PKCS#11 module (the token's driver; SoftHSM2 in the
// tests) loaded into the process's NSS, the token holding certificateDer found among its
// slots and logged in to with the PIN, for as long as this object lives (then logged out).
// Throws NastiError naming the problem: the module does not load, no token is present, no
// token holds this certificate (Invalid); the PIN is wrong or locked (Auth). Requires a Guard.
struct TokenCredentials
{
    QString modulePath;
    QByteArray certificateDer;
    QByteArray pin;
    QList<QByteArray> chainDer; // the external CA, as temporary certificates
};

class TokenSigner
{
public:
    TokenSigner(const Guard &, const TokenCredentials &credentials);
    ~TokenSigner();
    TokenSigner(const TokenSigner &) = delete;
    TokenSigner &operator=(const TokenSigner &) = delete;

    // The token certificate's NSS nickname ("TOKEN:LABEL") and the PIN for Poppler.
    QString nickname() const;
    QString password() const;
    QString tokenLabel() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nasti::pdfsign::nss
