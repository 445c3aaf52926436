#include "pdfsign/pdfsignature.h"

#include "pdfsign/gnutlsutil.h"
#include "pdfsign/nssbridge.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>
#include <QTimeZone>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include <atomic>

namespace nasti::pdfsign {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::pdfsign", text);
}

// A PDF Poppler can read, or a clear NastiError naming the problem. `bytes` must outlive it.
std::unique_ptr<Poppler::Document> loadPdf(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The document is empty, not a PDF."));
    if (bytes.left(1024).indexOf("%PDF-") < 0)
        fail(NastiError::Kind::Invalid, tr("The document is not a PDF (no %PDF- header)."));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc || doc->numPages() < 1)
        fail(NastiError::Kind::Invalid, tr("The PDF is damaged: it cannot be read."));
    if (doc->isLocked())
        fail(NastiError::Kind::Invalid, tr("The PDF is password-protected; it cannot be signed or checked."));
    return doc;
}

QString ist(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
        .toString(QStringLiteral("dd-MM-yyyy hh:mm"));
}

QByteArray stripZeros(QByteArray serial)
{
    while (serial.size() > 1 && serial.at(0) == '\0')
        serial.remove(0, 1);
    return serial;
}

struct TrustList
{
    gnutls_x509_trust_list_t list = nullptr;
    TrustList()
    {
        gt::check(gnutls_x509_trust_list_init(&list, 0), QStringLiteral("gnutls_x509_trust_list_init"));
    }
    ~TrustList() { gnutls_x509_trust_list_deinit(list, 1); }
    TrustList(const TrustList &) = delete;
    TrustList &operator=(const TrustList &) = delete;
};

CertificateStatus checkCertificate(const QByteArray &der, const QDateTime &when,
                                   const QList<QByteArray> &trusted, const QList<QByteArray> &revoked)
{
    if (der.isEmpty())
        return CertificateStatus::UnknownCa;
    gnutls_x509_crt_t signer = nullptr;
    gt::Crt signerOwner;
    try {
        signerOwner = gt::importCrt(der, tr("The signer's certificate"));
        signer = signerOwner.get();
    } catch (const NastiError &) {
        return CertificateStatus::BadCertificate;
    }
    TrustList tl;
    for (const QByteArray &ca : trusted) {
        gt::Crt crt = gt::importCrt(ca, tr("A trusted CA certificate"));
        gnutls_x509_crt_t raw = crt.get();
        if (gnutls_x509_trust_list_add_cas(tl.list, &raw, 1, 0) == 1)
            (void)crt.release(); // the list owns it now
    }
    unsigned status = 0;
    const unsigned flags = GNUTLS_VERIFY_DISABLE_TIME_CHECKS | GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS;
    if (gnutls_x509_trust_list_verify_crt(tl.list, &signer, 1, flags, &status, nullptr) < 0)
        return CertificateStatus::BadCertificate;
    if (status & GNUTLS_CERT_SIGNER_NOT_FOUND)
        return CertificateStatus::UnknownCa;
    if (status != 0)
        return CertificateStatus::BadCertificate;

    gnutls_x509_crt_t issuer = nullptr; // owned by the list
    if (gnutls_x509_trust_list_get_issuer(tl.list, signer, &issuer, 0) < 0)
        issuer = nullptr;
    const QDateTime t = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    auto validAt = [&t](gnutls_x509_crt_t crt) {
        return gt::notBefore(crt) <= t && t <= gt::notAfter(crt);
    };
    if (!validAt(signer) || (issuer && issuer != signer && !validAt(issuer)))
        return CertificateStatus::Expired;

    unsigned usage = 0, critical = 0;
    const int ku = gnutls_x509_crt_get_key_usage(signer, &usage, &critical);
    if (ku >= 0 && !(usage & (GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_NON_REPUDIATION)))
        return CertificateStatus::BadCertificate;

    const QByteArray serial = stripZeros(gt::serialOf(signer));
    for (const QByteArray &r : revoked)
        if (stripZeros(r) == serial)
            return CertificateStatus::Revoked;
    return CertificateStatus::Trusted;
}
} // namespace

CertificateStatus certificateStatus(const QByteArray &certificate, const QList<QByteArray> &trustedCas,
                                    const QDateTime &when)
{
    QList<QByteArray> trusted;
    for (const QByteArray &ca : trustedCas)
        trusted << certificatesDer(ca);
    QByteArray der;
    try {
        der = certificateDer(certificate);
    } catch (const NastiError &) {
        return CertificateStatus::BadCertificate;
    }
    return checkCertificate(der, when, trusted, {});
}

void initialiseSigning()
{
    const nss::Guard guard;
}

QString visibleSignatureText(const QString &name, const QString &designation, const QDateTime &when)
{
    QString text = tr("Digitally signed by %1").arg(name);
    if (!designation.isEmpty())
        text += QLatin1Char('\n') + designation;
    text += QLatin1Char('\n') + tr("Date: %1 IST").arg(ist(when));
    return text;
}

QString certificateStatusText(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Trusted:
        return tr("certificate trusted");
    case CertificateStatus::UnknownCa:
        return tr("the certificate was not issued by a trusted CA (unknown CA)");
    case CertificateStatus::Expired:
        return tr("the certificate was not valid at the signing time (expired or not yet valid)");
    case CertificateStatus::Revoked:
        return tr("the certificate has been revoked");
    case CertificateStatus::BadCertificate:
        return tr("the certificate is not fit for signing (bad signature, usage or algorithm)");
    }
    return {};
}

QString SignatureCheck::problem() const
{
    QStringList problems;
    if (digestMismatch)
        problems << tr("the signed bytes were changed after signing");
    else if (!signatureValid)
        problems << tr("the signature is not valid");
    if (!coversWholeDocument)
        problems << tr(
            "the document was changed after signing (it has content the signature does not cover)");
    if (certificate != CertificateStatus::Trusted)
        problems << certificateStatusText(certificate);
    return problems.join(QStringLiteral("; "));
}

namespace {
// An expired, not yet valid, unfit or CA certificate is refused before anything else.
void requireSigningCertificate(const QByteArray &certificateDer, const QDateTime &now)
{
    gt::Crt crt = gt::importCrt(certificateDer, tr("The officer's certificate"));
    const QString cn = gt::dnPart(crt.get(), GNUTLS_OID_X520_COMMON_NAME, false);
    const QDateTime from = gt::notBefore(crt.get()), to = gt::notAfter(crt.get());
    if (now > to)
        fail(NastiError::Kind::Refused,
             tr("The signing certificate of %1 expired on %2 IST; it cannot sign.").arg(cn, ist(to)));
    if (now < from)
        fail(NastiError::Kind::Refused,
             tr("The signing certificate of %1 is valid only from %2 IST; it cannot sign yet.")
                 .arg(cn, ist(from)));
    unsigned usage = 0, critical = 0;
    if (gnutls_x509_crt_get_key_usage(crt.get(), &usage, &critical) >= 0 &&
        !(usage & (GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_NON_REPUDIATION)))
        fail(NastiError::Kind::Refused, tr("The certificate of %1 is not meant for signatures.").arg(cn));
    unsigned critCa = 0;
    if (gnutls_x509_crt_get_ca_status(crt.get(), &critCa) > 0)
        fail(NastiError::Kind::Refused, tr("A CA certificate cannot sign letters; certify an officer."));
}

// The document loaded and the appearance checked; its rectangle normalised for Poppler.
struct Prepared
{
    QByteArray input; // Poppler reads from it while the document lives
    std::unique_ptr<Poppler::Document> doc;
    QRectF normalised;
};

void prepare(Prepared &p, const QByteArray &pdf, const SignatureAppearance &appearance)
{
    if (appearance.text.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The signature's visible text is empty."));
    p.input = pdf;
    p.doc = loadPdf(p.input);
    if (appearance.page < 0 || appearance.page >= p.doc->numPages())
        fail(NastiError::Kind::Invalid,
             tr("The PDF has no page %1 (it has %2).").arg(appearance.page + 1).arg(p.doc->numPages()));
    std::unique_ptr<Poppler::Page> page = p.doc->page(appearance.page);
    const QSizeF size = page ? page->pageSizeF() : QSizeF();
    const QRectF r = appearance.rect;
    if (size.isEmpty() || r.isEmpty() || r.left() < 0 || r.top() < 0 || r.right() > size.width() + 0.5 ||
        r.bottom() > size.height() + 0.5)
        fail(NastiError::Kind::Invalid, tr("The signature's rectangle lies off the page."));
    // Poppler takes the rectangle as fractions of the page, from its top-left corner.
    p.normalised = QRectF(r.left() / size.width(), r.top() / size.height(), r.width() / size.width(),
                          r.height() / size.height());
}

// Poppler's PDFConverter::sign with the certificate NSS knows by nickname.
QByteArray signWith(const nss::Guard &guard, Prepared &p, const SignatureAppearance &appearance,
                    const QString &nickname, const QString &password)
{
    QTemporaryFile out(guard.scratchDir() + QStringLiteral("/signed-XXXXXX.pdf"));
    if (!out.open())
        fail(NastiError::Kind::Invalid,
             tr("Cannot create a scratch file for signing: %1").arg(out.errorString()));
    out.close();

    static std::atomic<int> fields{0};
    std::unique_ptr<Poppler::PDFConverter> converter = p.doc->pdfConverter();
    converter->setOutputFileName(out.fileName());
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(nickname);
    data.setPassword(password);
    data.setPage(appearance.page);
    data.setBoundingRectangle(p.normalised);
    data.setSignatureText(appearance.text);
    data.setReason(appearance.reason);
    data.setLocation(appearance.location);
    data.setFontSize(appearance.fontSize);
    data.setFontColor(QColor(0x10, 0x10, 0x60));
    data.setBorderColor(QColor(0x10, 0x10, 0x60));
    data.setBorderWidth(0.8);
    data.setBackgroundColor(QColor(0xf4, 0xf6, 0xfb));
    data.setFieldPartialName(
        QStringLiteral("NastiSignature%1-%2").arg(QCoreApplication::applicationPid()).arg(++fields));
    if (!converter->sign(data)) {
        fail(NastiError::Kind::Invalid,
             tr("Poppler could not sign the PDF (error %1).").arg(int(converter->lastError())));
    }
    QFile result(out.fileName());
    if (!result.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::Invalid, tr("Cannot read the signed PDF: %1").arg(result.errorString()));
    const QByteArray signedPdf = result.readAll();
    if (signedPdf.size() <= p.input.size())
        fail(NastiError::Kind::Invalid, tr("Poppler wrote no signature into the PDF."));
    return signedPdf;
}
} // namespace

QByteArray signPdf(const QByteArray &pdf, const SigningCredentials &credentials,
                   const SignatureAppearance &appearance, const QDateTime &now)
{
    const SigningCredentials creds =
        signingCredentials(credentials.privateKeyPkcs8, credentials.certificateDer, credentials.chainDer);
    requireSigningCertificate(creds.certificateDer, now);
    Prepared p;
    prepare(p, pdf, appearance);
    nss::Guard guard;
    nss::SessionSigner signer(guard, creds);
    return signWith(guard, p, appearance, signer.nickname(), signer.password());
}

QByteArray signPdfWithToken(const QByteArray &pdf, const TokenSigning &token,
                            const SignatureAppearance &appearance, const QDateTime &now)
{
    const QByteArray der = certificateDer(token.certificate);
    requireSigningCertificate(der, now);
    Prepared p;
    prepare(p, pdf, appearance);
    nss::Guard guard;
    QList<QByteArray> chain;
    for (const QByteArray &ca : token.chain)
        chain << certificatesDer(ca);
    nss::TokenSigner signer(guard, {token.modulePath, der, token.pin, chain});
    return signWith(guard, p, appearance, signer.nickname(), signer.password());
}

QList<SignatureCheck> validatePdf(const QByteArray &pdf, const QList<QByteArray> &trustedCas,
                                  const QList<QByteArray> &revokedSerials)
{
    QList<QByteArray> trusted;
    for (const QByteArray &ca : trustedCas)
        trusted << certificatesDer(ca);
    const QByteArray input = pdf;
    nss::Guard guard; // Poppler's signature code needs the process's NSS set up first
    std::unique_ptr<Poppler::Document> doc = loadPdf(input);
    QList<SignatureCheck> checks;
    for (const std::unique_ptr<Poppler::FormFieldSignature> &sig : doc->signatures()) {
        if (sig->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        // ValidateVerifyCertificate makes Poppler fill in the signer's certificate; its own
        // verdict on it (NSS trust) is ignored. No OCSP, no AIA fetching: nothing goes online.
        const Poppler::SignatureValidationInfo info =
            sig->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate |
                              Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck,
                          QDateTime());
        SignatureCheck c;
        c.fieldName = sig->fullyQualifiedName();
        c.signatureValid = info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
        c.digestMismatch =
            info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureDigestMismatch;
        c.coversWholeDocument = info.signsTotalDocument();
        if (info.signingTime() > 0)
            c.signingTime = QDateTime::fromSecsSinceEpoch(qint64(info.signingTime()), Qt::UTC);
        c.reason = info.reason();
        c.location = info.location();
        const Poppler::CertificateInfo cert = info.certificateInfo();
        if (!cert.isNull()) {
            c.certificateDer = cert.certificateData();
            c.signerName = cert.subjectInfo(Poppler::CertificateInfo::CommonName);
            c.signerOrganisation = cert.subjectInfo(Poppler::CertificateInfo::Organization);
            c.serial = cert.serialNumber();
        }
        if (c.signerName.isEmpty())
            c.signerName = info.signerName();
        if (!c.certificateDer.isEmpty()) {
            try {
                const CertificateSummary s = inspectCertificate(c.certificateDer);
                c.signerTitle = s.title;
                c.serial = s.serial;
                if (!s.commonName.isEmpty())
                    c.signerName = s.commonName;
                if (!s.organisation.isEmpty())
                    c.signerOrganisation = s.organisation;
            } catch (const NastiError &) {
            }
        }
        c.certificate = checkCertificate(c.certificateDer, c.signingTime, trusted, revokedSerials);
        checks << c;
    }
    return checks;
}

} // namespace nasti::pdfsign
