#pragma once

// Standard PDF signatures (adbe.pkcs7.detached, SHA-256, RSA) made and checked with
// Poppler-Qt6. See pdfsign.h for how NSS is used underneath.

#include "pdfsign/certificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace nasti::pdfsign {

// Sets up the process's NSS for Poppler's signature code (see pdfsign.h). signPdf and
// validatePdf call it themselves; call it early (at start-up) when other code of the
// process may touch Poppler's signature API first (a viewer listing signature fields),
// because NSS can be initialised only once. Throws NastiError when NSS was initialised
// by someone else already.
void initialiseSigning();

// Where and how the signature shows on the page.
struct SignatureAppearance
{
    int page = 0; // 0-based
    QRectF rect;  // in PDF points (1/72 inch) from the page's top-left corner, as QPdfWriter lays out
    QString text; // the visible text; lines split by '\n' (see visibleSignatureText)
    QString reason;
    QString location;
    double fontSize = 8;
};

// "Digitally signed by NAME\nDESIGNATION\nDate: dd-MM-yyyy hh:mm IST" (time in Asia/Kolkata).
QString visibleSignatureText(const QString &name, const QString &designation, const QDateTime &when);

// Signs pdf as the certificate's holder and returns the signed PDF (an incremental
// update of the input). Refused (NastiError Refused) when the certificate is not valid
// at `now` or not meant for signatures; NastiError Invalid when pdf is not a readable,
// unencrypted PDF, the page or rectangle is off the page, or the key does not match.
// The key is in NSS (encrypted, in the process's private database) only for the time of
// the signature.
QByteArray signPdf(const QByteArray &pdf, const SigningCredentials &credentials,
                   const SignatureAppearance &appearance,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

// An officer's DSC token (issue 16): the token's PKCS#11 module (its driver), the certificate
// registered to him (DER or PEM; the token must hold it and its key), its PIN, and its CA
// chain (DER or PEM). signPdfWithToken loads the module into the process's NSS, finds the
// token holding the certificate, logs in with the PIN (checked once, never retried) and
// signs with the key on the token; the key never leaves it. A missing module or token, a
// token without the certificate (Invalid) or a wrong PIN (Auth) is said and nothing signed.
struct TokenSigning
{
    QString modulePath;
    QByteArray certificate;
    QByteArray pin;
    QList<QByteArray> chain;
};
QByteArray signPdfWithToken(const QByteArray &pdf, const TokenSigning &token,
                            const SignatureAppearance &appearance,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

enum class CertificateStatus
{
    Trusted,        // chains to one of the trusted CAs, valid at the signing time, usable for signing
    UnknownCa,      // does not chain to any trusted CA (or no signer certificate in the signature)
    Expired,        // not valid at the signing time (expired or not yet valid; signer or CA)
    Revoked,        // its serial is on the caller's revoked list
    BadCertificate, // chains but unfit: not for signing, insecure algorithm, malformed
};

struct SignatureCheck
{
    QString fieldName;
    QString signerName;         // the certificate's common name
    QString signerOrganisation; // its O
    QString signerTitle;        // its title (designation)
    QDateTime signingTime;      // the signature's /M (UTC); invalid if absent
    QString reason, location;
    bool signatureValid = false;      // the CMS signature and the digest of the signed bytes check out
    bool digestMismatch = false;      // the signed bytes were altered after signing
    bool coversWholeDocument = false; // nothing was added after the signature
    CertificateStatus certificate = CertificateStatus::UnknownCa;
    QByteArray certificateDer;
    QByteArray serial;

    // Valid, covering the whole document, and trusted.
    bool ok() const
    {
        return signatureValid && coversWholeDocument && certificate == CertificateStatus::Trusted;
    }
    // What is wrong, translated, one line ("" when ok()).
    QString problem() const;
};

// Checks every signature of pdf. trustedCas: DER (or PEM) certificates of the CAs the caller
// trusts — nothing from the system or any NSS database is trusted. revokedSerials: serials
// (big-endian bytes) the caller knows to be revoked by those CAs. An unsigned PDF gives an
// empty list; a file that is not a readable PDF throws NastiError (Invalid).
QList<SignatureCheck> validatePdf(const QByteArray &pdf, const QList<QByteArray> &trustedCas,
                                  const QList<QByteArray> &revokedSerials = {});

QString certificateStatusText(CertificateStatus status);
// One certificate (DER or PEM) against the trusted CAs at `when`, as validatePdf judges a signer's.
CertificateStatus certificateStatus(const QByteArray &certificate, const QList<QByteArray> &trustedCas,
                                    const QDateTime &when);

} // namespace nasti::pdfsign
