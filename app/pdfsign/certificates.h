#pragma once

// The organisation's certification authority and the officers' signing keys (X.509,
// RSA-3072, SHA-256). See pdfsign.h for the choice of library and key type.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace nasti::pdfsign {

// Who a certificate names: CN = name, title = designation, O = organisation.
struct Officer
{
    QString name;
    QString designation;
    QString organisation;
    QString email; // optional (emailAddress in the subject)
};

// Made on the officer's desktop. The private key is a PKCS#8 PrivateKeyInfo, DER,
// NOT encrypted: the caller seals it (libsodium) before it is stored anywhere, and
// wipes it from memory when done. requestDer is a PKCS#10 request, signed by the key.
struct KeyAndRequest
{
    QByteArray requestDer;
    QByteArray privateKeyPkcs8;
};
KeyAndRequest generateOfficerKey(const Officer &officer);

// What a certificate says, for display and checks.
struct CertificateSummary
{
    QString commonName;
    QString title;
    QString organisation;
    QString issuerCommonName;
    QString issuerOrganisation;
    QByteArray serial; // big-endian bytes as in the certificate
    QDateTime notBefore, notAfter;
    bool isCa = false;
    QByteArray sha256; // fingerprint of the DER
};
// Throws NastiError (Invalid) for bytes that are not a certificate (DER or PEM).
CertificateSummary inspectCertificate(const QByteArray &derOrPem);
// PEM <-> DER for certificates; certificateDer() accepts either and returns DER.
QByteArray certificateDer(const QByteArray &derOrPem);
QByteArray certificatePem(const QByteArray &derOrPem);
// Every certificate of a PEM bundle (or the one DER certificate), as DER.
QList<QByteArray> certificatesDer(const QByteArray &derOrPemBundle);

// An officer to certify: his request (preferred; its signature is checked) or his
// public key (SubjectPublicKeyInfo, DER), his name, designation and organisation as
// the CA records them (the request's own subject is not copied), and the validity.
struct CertificationRequest
{
    QByteArray requestDer;
    QByteArray publicKeyDer;
    Officer officer;
    QDateTime notBefore;
    QDateTime notAfter;
};

// The organisation's CA, kept in a directory:
//   ca-cert.pem   the CA certificate
//   ca-key.pem    its private key, PKCS#8 encrypted with the passphrase
//                 (PBES2: PBKDF2-SHA256 and AES-256-CBC); never stored plain
//   serials.txt   one line per issued certificate: serial (hex), notAfter, subject
// Serials are 16 random bytes (positive), checked against serials.txt under a lock
// file, so they never repeat in the CA even if two processes certify at once.
class OrganisationCa
{
public:
    // A new CA in dir (created if missing, must not already hold a CA). The passphrase
    // must be at least 8 characters. valid from `now` for `years`.
    static OrganisationCa create(const QString &dir, const QString &organisation, const QString &passphrase,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc(), int years = 20);
    // Opens the CA in dir; NastiError (Auth) when the passphrase is wrong, (NotFound)
    // when dir holds no CA.
    static OrganisationCa open(const QString &dir, const QString &passphrase);
    // The CA certificate of dir without its passphrase (DER).
    static QByteArray storedCertificate(const QString &dir);

    // A CA kept by the caller instead of a directory (the database's, sealed there under
    // the authority's passphrase): made in memory, its key handed out as PKCS#8 DER, NOT
    // encrypted (privateKeyPkcs8(); the caller seals it and wipes it). Such a CA keeps no
    // serial register: its serials are 16 random bytes, so a repeat is a 2^-120 chance.
    static OrganisationCa createDetached(const QString &organisation,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                         int years = 20);
    // Opens such a CA from its certificate (DER or PEM) and key (PKCS#8 DER); NastiError
    // (Invalid) when the key is not the certificate's.
    static OrganisationCa fromKey(const QByteArray &certificate, const QByteArray &privateKeyPkcs8);

    OrganisationCa(OrganisationCa &&) noexcept;
    OrganisationCa &operator=(OrganisationCa &&) noexcept;
    ~OrganisationCa();

    QByteArray certificateDer() const;
    QByteArray certificatePem() const;
    QString directory() const; // empty for a detached CA
    QByteArray privateKeyPkcs8() const;

    // Issues the officer's certificate (DER): keyUsage digitalSignature + nonRepudiation
    // (critical), extendedKeyUsage emailProtection + Microsoft document signing, not a CA,
    // subject/authority key identifiers, SHA-256 with RSA. Throws NastiError (Invalid)
    // for a bad request, an empty name, or a validity that is empty or outside the CA's.
    QByteArray certify(const CertificationRequest &request);

    // A certificate revocation list (X.509 v2, DER) signed by this CA: the serials revoked and
    // when, issued now, next update at nextUpdate.
    struct Revoked
    {
        QByteArray serial;
        QDateTime at;
    };
    QByteArray revocationList(const QList<Revoked> &revoked, const QDateTime &now,
                              const QDateTime &nextUpdate) const;

private:
    struct Private;
    explicit OrganisationCa(std::unique_ptr<Private> d);
    static OrganisationCa build(const QString &organisation, const QDateTime &now, int years);
    std::unique_ptr<Private> d;
};

// What a signature needs: the officer's key (PKCS#8 DER, as generateOfficerKey made it),
// his certificate and the chain above it (the CA certificate; embedded in the signature
// so readers can build the path). Made by signingCredentials(), which checks that the
// certificate is an X.509 certificate for exactly this key.
struct SigningCredentials
{
    QByteArray privateKeyPkcs8;
    QByteArray certificateDer;
    QList<QByteArray> chainDer;
};
SigningCredentials signingCredentials(const QByteArray &privateKeyPkcs8, const QByteArray &certificate,
                                      const QList<QByteArray> &chain = {});

// A CRL (DER or PEM) read and checked: its signature must verify against one of the trusted
// CA certificates; NastiError (Invalid) naming the problem otherwise. Its entries, and when
// it was issued and is next due.
struct RevocationList
{
    QList<OrganisationCa::Revoked> revoked;
    QDateTime thisUpdate, nextUpdate;
    QString issuer;
};
RevocationList readRevocationList(const QByteArray &derOrPem, const QList<QByteArray> &trustedCas);

} // namespace nasti::pdfsign
