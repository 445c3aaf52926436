#include "pdfsign/backend.h"

#include "pdfsign/certificates.h"
#include "pdfsign/pdfsignature.h"
#include "security/x509backend.h"

namespace nasti::pdfsign {

namespace {

class Backend final : public X509Backend
{
public:
    Material createCa(const QString &organisation, const QDateTime &now) const override
    {
        const OrganisationCa ca = OrganisationCa::createDetached(organisation, now);
        return {ca.certificateDer(), ca.privateKeyPkcs8()};
    }

    Material makeOfficerKey(const Subject &o) const override
    {
        const KeyAndRequest k = generateOfficerKey({o.name, o.designation, o.organisation, {}});
        return {k.requestDer, k.privateKeyPkcs8};
    }

    QByteArray certify(const Material &caMaterial, const QByteArray &requestDer, const Subject &o,
                       const QDateTime &from, const QDateTime &until) const override
    {
        OrganisationCa ca =
            OrganisationCa::fromKey(caMaterial.certificateOrRequest, caMaterial.privateKeyPkcs8);
        CertificationRequest r;
        r.requestDer = requestDer;
        r.officer = {o.name, o.designation, o.organisation, {}};
        r.notBefore = from;
        r.notAfter = until;
        return ca.certify(r);
    }

    QByteArray signPdf(const QByteArray &pdf, const QByteArray &key, const QByteArray &certificate,
                       const QByteArray &caDer, const Appearance &a, const QDateTime &now) const override
    {
        SignatureAppearance look;
        look.page = a.page;
        look.rect = a.rect;
        look.text = a.text;
        look.reason = a.reason;
        look.location = a.location;
        return pdfsign::signPdf(pdf, signingCredentials(key, certificate, {caDer}), look, now);
    }

    QByteArray signPdfWithToken(const QByteArray &pdf, const Token &t, const Appearance &a,
                                const QDateTime &now) const override
    {
        SignatureAppearance look;
        look.page = a.page;
        look.rect = a.rect;
        look.text = a.text;
        look.reason = a.reason;
        look.location = a.location;
        TokenSigning token;
        token.modulePath = t.modulePath;
        token.certificate = t.certificateDer;
        token.pin = t.pin;
        if (!t.caDer.isEmpty())
            token.chain << t.caDer;
        return pdfsign::signPdfWithToken(pdf, token, look, now);
    }

    CertificateInfo inspectCertificate(const QByteArray &pemOrDer, const QList<QByteArray> &trustedCas,
                                       const QDateTime &at) const override
    {
        const CertificateSummary s = pdfsign::inspectCertificate(pemOrDer);
        CertificateInfo i;
        i.commonName = s.commonName;
        i.title = s.title;
        i.organisation = s.organisation;
        i.issuerCommonName = s.issuerCommonName;
        i.serialHex = QString::fromLatin1(s.serial.toHex());
        i.sha256Hex = QString::fromLatin1(s.sha256.toHex());
        i.notBefore = s.notBefore;
        i.notAfter = s.notAfter;
        i.isCa = s.isCa;
        const CertificateStatus status = certificateStatus(pemOrDer, trustedCas, at);
        if (status != CertificateStatus::Trusted)
            i.problem = certificateStatusText(status);
        return i;
    }

    QList<Check> checkPdf(const QByteArray &pdf, const QList<QByteArray> &trustedCas) const override
    {
        QList<Check> out;
        for (const SignatureCheck &s : validatePdf(pdf, trustedCas)) {
            Check c;
            c.signerName = s.signerName;
            c.signerTitle = s.signerTitle;
            c.signerOrganisation = s.signerOrganisation;
            c.signedAt = s.signingTime;
            c.problem = s.problem();
            c.certificateDer = s.certificateDer;
            if (s.ok())
                c.state = Check::State::Valid;
            else if (!s.signatureValid || s.digestMismatch || !s.coversWholeDocument)
                c.state = Check::State::Invalid;
            else
                c.state = Check::State::Untrusted;
            out << c;
        }
        return out;
    }

    QByteArray certificatePem(const QByteArray &der) const override { return pdfsign::certificatePem(der); }
    QByteArray certificateDer(const QByteArray &pemOrDer) const override
    {
        return pdfsign::certificateDer(pemOrDer);
    }

    QString visibleText(const QString &name, const QString &designation, const QDateTime &when) const override
    {
        return visibleSignatureText(name, designation, when);
    }
};

} // namespace

void installBackend()
{
    static const Backend backend;
    x509::install(&backend);
}

} // namespace nasti::pdfsign
