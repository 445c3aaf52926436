#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace nasti {

// The X.509 side of signing (issue 16): the organisation's CA, the officers' RSA keys and
// certificates, and standard PDF signatures on issued letters. The core states what it
// needs here; nasti_pdfsign (GnuTLS, Poppler, NSS) does it, and a program that signs
// letters installs it at start-up (pdfsign::installBackend()). The core itself links
// neither GnuTLS nor Poppler.
class X509Backend
{
public:
    virtual ~X509Backend() = default;

    struct Material
    {
        QByteArray certificateOrRequest; // DER: the CA's certificate, or an officer's PKCS#10 request
        QByteArray privateKeyPkcs8;      // DER, plain: the caller seals it and wipes it
    };
    struct Subject
    {
        QString name, designation, organisation;
    };
    struct Appearance
    {
        int page = 0;
        QRectF rect; // PDF points from the page's top-left corner
        QString text, reason, location;
    };
    struct Check
    {
        enum class State
        {
            Valid,     // intact, whole document, from a certificate of a trusted CA
            Invalid,   // changed after signing (or a broken signature)
            Untrusted, // intact, but its certificate is not one of ours (or expired, unfit)
        };
        State state = State::Invalid;
        QString signerName, signerTitle, signerOrganisation;
        QDateTime signedAt;        // UTC; invalid when the signature names no time
        QString problem;           // translated, one line; empty when Valid
        QByteArray certificateDer; // the signer's certificate, for the caller's revocation check
        bool revoked = false;      // Untrusted because the caller found its certificate revoked
        QString registeredTo;      // a DSC token's (external CA): the officer it is registered to
    };

    // An officer's DSC token (issue 16): its PKCS#11 module, the certificate registered to
    // him (DER), its PIN and its CA (DER).
    struct Token
    {
        QString modulePath;
        QByteArray certificateDer, pin, caDer;
    };
    // What a certificate (DER or PEM) says, and whether it chains to one of trustedCas and
    // is fit for signing at `at` (problem then empty; otherwise translated, one line).
    struct CertificateInfo
    {
        QString commonName, title, organisation, issuerCommonName;
        QString serialHex, sha256Hex;
        QDateTime notBefore, notAfter;
        bool isCa = false;
        QString problem;
    };

    virtual Material createCa(const QString &organisation, const QDateTime &now) const = 0;
    virtual Material makeOfficerKey(const Subject &officer) const = 0;
    // The officer's certificate (DER) for his request, valid [from, until).
    virtual QByteArray certify(const Material &ca, const QByteArray &requestDer, const Subject &officer,
                               const QDateTime &from, const QDateTime &until) const = 0;
    virtual QByteArray signPdf(const QByteArray &pdf, const QByteArray &privateKeyPkcs8,
                               const QByteArray &certificateDer, const QByteArray &caDer,
                               const Appearance &appearance, const QDateTime &now) const = 0;
    // Signs with the key on the officer's DSC token through NSS's PKCS#11 (NastiError Auth for
    // a wrong PIN, Invalid for a missing module or token or a token without the certificate).
    virtual QByteArray signPdfWithToken(const QByteArray &pdf, const Token &token,
                                        const Appearance &appearance, const QDateTime &now) const = 0;
    // Throws NastiError (Invalid) for bytes that are not a certificate.
    virtual CertificateInfo inspectCertificate(const QByteArray &pemOrDer,
                                               const QList<QByteArray> &trustedCas,
                                               const QDateTime &at) const = 0;
    // Every signature of pdf against the trusted CA certificates (DER or PEM); an unsigned
    // PDF gives none; a file that is not a PDF throws NastiError (Invalid).
    virtual QList<Check> checkPdf(const QByteArray &pdf, const QList<QByteArray> &trustedCas) const = 0;
    // PEM of a DER certificate (for ca export and the database's column).
    virtual QByteArray certificatePem(const QByteArray &der) const = 0;
    virtual QByteArray certificateDer(const QByteArray &pemOrDer) const = 0;
    // "Digitally signed by NAME / DESIGNATION / Date: ..." as the visible signature says it.
    virtual QString visibleText(const QString &name, const QString &designation,
                                const QDateTime &when) const = 0;
};

namespace x509 {
// The installed backend, or null when this program installed none (then keys are made
// and certified without X.509 material and letters are issued without a PDF signature).
const X509Backend *backend();
void install(const X509Backend *backend);
} // namespace x509

} // namespace nasti
