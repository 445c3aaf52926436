#include "pdfsign/certificates.h"

#include "pdfsign/gnutlsutil.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QLockFile>
#include <QSaveFile>

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>

#include <cstring>

namespace nasti::pdfsign {

namespace {
// lupdate files the strings of OrganisationCa's members under its own context, the
// others under the namespace's: look in both.
QString tr(const char *text)
{
    const QString member = QCoreApplication::translate("nasti::pdfsign::OrganisationCa", text);
    return member != QLatin1String(text) ? member : QCoreApplication::translate("nasti::pdfsign", text);
}

constexpr unsigned kRsaBits = 3072;
constexpr int kMinPassphrase = 8;
const char *const kCertFile = "ca-cert.pem";
const char *const kKeyFile = "ca-key.pem";
const char *const kSerialsFile = "serials.txt";
// extendedKeyUsage: S/MIME (what NSS checks for a document signer) and Microsoft's
// document signing, which Adobe also accepts.
const char *const kEkuEmailProtection = "1.3.6.1.5.5.7.3.4";
const char *const kEkuDocumentSigning = "1.3.6.1.4.1.311.10.3.12";

QString path(const QString &dir, const char *name)
{
    return QDir(dir).filePath(QString::fromLatin1(name));
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::NotFound, tr("Cannot read %1: %2").arg(file, f.errorString()));
    return f.readAll();
}

void writeAtomically(const QString &file, const QByteArray &bytes, QFileDevice::Permissions perms)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(perms) || f.write(bytes) != bytes.size() ||
        !f.commit())
        fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(file, f.errorString()));
}

void setDn(gnutls_x509_crt_t crt, const char *oid, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray utf8 = value.toUtf8();
    gt::check(gnutls_x509_crt_set_dn_by_oid(crt, oid, 0, utf8.constData(), unsigned(utf8.size())),
              tr("Setting the certificate's subject"));
}

void setCrqDn(gnutls_x509_crq_t crq, const char *oid, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray utf8 = value.toUtf8();
    gt::check(gnutls_x509_crq_set_dn_by_oid(crq, oid, 0, utf8.constData(), unsigned(utf8.size())),
              tr("Setting the request's subject"));
}

void setSerial(gnutls_x509_crt_t crt, const QByteArray &serial)
{
    gt::check(gnutls_x509_crt_set_serial(crt, serial.constData(), size_t(serial.size())),
              QStringLiteral("gnutls_x509_crt_set_serial"));
}

QByteArray randomSerial()
{
    QByteArray serial(16, '\0');
    gt::check(gnutls_rnd(GNUTLS_RND_NONCE, serial.data(), size_t(serial.size())),
              QStringLiteral("gnutls_rnd"));
    // Positive (top bit clear) and of full length (no leading zero byte to strip).
    serial[0] = char((uchar(serial[0]) & 0x7f) | 0x40);
    return serial;
}

void checkOfficer(const Officer &o)
{
    if (o.name.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The officer's name is empty."));
    if (o.organisation.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The officer's organisation is empty."));
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

// ---------------------------------------------------------------------------------------
// Officer keys and certificate helpers

KeyAndRequest generateOfficerKey(const Officer &officer)
{
    checkOfficer(officer);
    gt::X509Key key = gt::generateRsa(kRsaBits);
    gt::Crq crq = gt::newCrq();
    gt::check(gnutls_x509_crq_set_version(crq.get(), 1), QStringLiteral("gnutls_x509_crq_set_version"));
    setCrqDn(crq.get(), GNUTLS_OID_X520_COMMON_NAME, officer.name.trimmed());
    setCrqDn(crq.get(), GNUTLS_OID_X520_TITLE, officer.designation.trimmed());
    setCrqDn(crq.get(), GNUTLS_OID_X520_ORGANIZATION_NAME, officer.organisation.trimmed());
    setCrqDn(crq.get(), GNUTLS_OID_PKCS9_EMAIL, officer.email.trimmed());
    gt::check(gnutls_x509_crq_set_key(crq.get(), key.get()), QStringLiteral("gnutls_x509_crq_set_key"));
    gt::check(
        gnutls_x509_crq_set_key_usage(crq.get(), GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_NON_REPUDIATION),
        QStringLiteral("gnutls_x509_crq_set_key_usage"));
    gt::PrivKey priv = gt::privKeyOf(key.get());
    gt::check(gnutls_x509_crq_privkey_sign(crq.get(), priv.get(), GNUTLS_DIG_SHA256, 0),
              tr("Signing the certificate request"));

    KeyAndRequest out;
    gnutls_datum_t d{};
    gt::check(gnutls_x509_crq_export2(crq.get(), GNUTLS_X509_FMT_DER, &d),
              QStringLiteral("gnutls_x509_crq_export2"));
    out.requestDer = gt::takeDatum(d);
    gt::check(
        gnutls_x509_privkey_export2_pkcs8(key.get(), GNUTLS_X509_FMT_DER, nullptr, GNUTLS_PKCS_PLAIN, &d),
        QStringLiteral("gnutls_x509_privkey_export2_pkcs8"));
    out.privateKeyPkcs8 = gt::takeDatum(d);
    return out;
}

CertificateSummary inspectCertificate(const QByteArray &derOrPem)
{
    gt::Crt crt = gt::importCrt(derOrPem, tr("The certificate"));
    CertificateSummary s;
    s.commonName = gt::dnPart(crt.get(), GNUTLS_OID_X520_COMMON_NAME, false);
    s.title = gt::dnPart(crt.get(), GNUTLS_OID_X520_TITLE, false);
    s.organisation = gt::dnPart(crt.get(), GNUTLS_OID_X520_ORGANIZATION_NAME, false);
    s.issuerCommonName = gt::dnPart(crt.get(), GNUTLS_OID_X520_COMMON_NAME, true);
    s.issuerOrganisation = gt::dnPart(crt.get(), GNUTLS_OID_X520_ORGANIZATION_NAME, true);
    s.serial = gt::serialOf(crt.get());
    s.notBefore = gt::notBefore(crt.get());
    s.notAfter = gt::notAfter(crt.get());
    unsigned critical = 0;
    s.isCa = gnutls_x509_crt_get_ca_status(crt.get(), &critical) > 0;
    s.sha256 = sha256(gt::exportCrt(crt.get(), GNUTLS_X509_FMT_DER));
    return s;
}

QByteArray certificateDer(const QByteArray &derOrPem)
{
    gt::Crt crt = gt::importCrt(derOrPem, tr("The certificate"));
    return gt::exportCrt(crt.get(), GNUTLS_X509_FMT_DER);
}

QByteArray certificatePem(const QByteArray &derOrPem)
{
    gt::Crt crt = gt::importCrt(derOrPem, tr("The certificate"));
    return gt::exportCrt(crt.get(), GNUTLS_X509_FMT_PEM);
}

QList<QByteArray> certificatesDer(const QByteArray &derOrPemBundle)
{
    if (!derOrPemBundle.contains("-----BEGIN"))
        return {certificateDer(derOrPemBundle)};
    QList<QByteArray> out;
    const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    const QByteArray end = "-----END CERTIFICATE-----";
    qsizetype from = 0;
    while (true) {
        const qsizetype b = derOrPemBundle.indexOf(begin, from);
        if (b < 0)
            break;
        const qsizetype e = derOrPemBundle.indexOf(end, b);
        if (e < 0)
            break;
        out << certificateDer(derOrPemBundle.mid(b, e + end.size() - b) + '\n');
        from = e + end.size();
    }
    if (out.isEmpty())
        fail(NastiError::Kind::Invalid, tr("No certificate found in the PEM text."));
    return out;
}

// ---------------------------------------------------------------------------------------
// The CA

struct OrganisationCa::Private
{
    QString dir;
    gt::X509Key key;
    gt::Crt cert;
    QByteArray certDer;
};

OrganisationCa::OrganisationCa(std::unique_ptr<Private> p) : d(std::move(p)) {}
OrganisationCa::OrganisationCa(OrganisationCa &&) noexcept = default;
OrganisationCa &OrganisationCa::operator=(OrganisationCa &&) noexcept = default;
OrganisationCa::~OrganisationCa() = default;

QByteArray OrganisationCa::certificateDer() const
{
    return d->certDer;
}

QByteArray OrganisationCa::certificatePem() const
{
    return gt::exportCrt(d->cert.get(), GNUTLS_X509_FMT_PEM);
}

QString OrganisationCa::directory() const
{
    return d->dir;
}

OrganisationCa OrganisationCa::build(const QString &organisation, const QDateTime &now, int years)
{
    if (organisation.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The organisation's name is empty."));
    if (years < 1 || years > 50)
        fail(NastiError::Kind::Invalid, tr("The CA's validity must be 1 to 50 years."));
    auto p = std::make_unique<Private>();
    p->key = gt::generateRsa(kRsaBits);
    p->cert = gt::newCrt();
    gnutls_x509_crt_t crt = p->cert.get();
    gt::check(gnutls_x509_crt_set_version(crt, 3), QStringLiteral("gnutls_x509_crt_set_version"));
    setDn(crt, GNUTLS_OID_X520_COMMON_NAME, tr("%1 Signing CA").arg(organisation.trimmed()));
    setDn(crt, GNUTLS_OID_X520_ORGANIZATION_NAME, organisation.trimmed());
    gt::check(gnutls_x509_crt_set_key(crt, p->key.get()), QStringLiteral("gnutls_x509_crt_set_key"));
    setSerial(crt, randomSerial());
    const QDateTime from = now.toUTC().addSecs(-300); // a little slack for clocks
    gnutls_x509_crt_set_activation_time(crt, time_t(from.toSecsSinceEpoch()));
    gnutls_x509_crt_set_expiration_time(crt, time_t(now.toUTC().addYears(years).toSecsSinceEpoch()));
    gt::check(gnutls_x509_crt_set_basic_constraints(crt, 1, 0), QStringLiteral("basic constraints"));
    gt::check(gnutls_x509_crt_set_key_usage(crt, GNUTLS_KEY_KEY_CERT_SIGN | GNUTLS_KEY_CRL_SIGN),
              QStringLiteral("key usage"));
    gt::PubKey pub = gt::pubKeyOf(p->key.get());
    const QByteArray ski = gt::keyId(pub.get());
    gt::check(gnutls_x509_crt_set_subject_key_id(crt, ski.constData(), size_t(ski.size())),
              QStringLiteral("subject key id"));
    gt::PrivKey signer = gt::privKeyOf(p->key.get());
    gt::check(gnutls_x509_crt_privkey_sign(crt, crt, signer.get(), GNUTLS_DIG_SHA256, 0),
              tr("Signing the CA certificate"));
    p->certDer = gt::exportCrt(crt, GNUTLS_X509_FMT_DER);
    return OrganisationCa(std::move(p));
}

OrganisationCa OrganisationCa::create(const QString &dir, const QString &organisation,
                                      const QString &passphrase, const QDateTime &now, int years)
{
    if (organisation.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The organisation's name is empty."));
    if (passphrase.size() < kMinPassphrase)
        fail(NastiError::Kind::Invalid,
             tr("The CA passphrase must have at least %1 characters.").arg(kMinPassphrase));
    if (years < 1 || years > 50)
        fail(NastiError::Kind::Invalid, tr("The CA's validity must be 1 to 50 years."));
    if (!QDir().mkpath(dir))
        fail(NastiError::Kind::Invalid, tr("Cannot create the directory %1.").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFile::exists(path(dir, kKeyFile)) || QFile::exists(path(dir, kCertFile)))
        fail(NastiError::Kind::Refused, tr("%1 already holds a CA.").arg(dir));
    OrganisationCa ca = build(organisation, now, years);
    ca.d->dir = dir;
    gnutls_datum_t keyPem{};
    const QByteArray pass = passphrase.toUtf8();
    gt::check(gnutls_x509_privkey_export2_pkcs8(ca.d->key.get(), GNUTLS_X509_FMT_PEM, pass.constData(),
                                                GNUTLS_PKCS_PBES2_AES_256, &keyPem),
              tr("Encrypting the CA key"));
    const QByteArray encryptedKey = gt::takeDatum(keyPem);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    writeAtomically(path(dir, kKeyFile), encryptedKey, ownerOnly);
    writeAtomically(path(dir, kCertFile), ca.certificatePem(),
                    ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!QFile::exists(path(dir, kSerialsFile)))
        writeAtomically(path(dir, kSerialsFile), QByteArray(), ownerOnly);
    return ca;
}

OrganisationCa OrganisationCa::createDetached(const QString &organisation, const QDateTime &now, int years)
{
    return build(organisation, now, years);
}

OrganisationCa OrganisationCa::fromKey(const QByteArray &certificate, const QByteArray &privateKeyPkcs8)
{
    auto p = std::make_unique<Private>();
    p->cert = gt::importCrt(certificate, tr("The CA certificate"));
    p->certDer = gt::exportCrt(p->cert.get(), GNUTLS_X509_FMT_DER);
    p->key = gt::importPkcs8(privateKeyPkcs8, tr("The CA's private key"));
    gt::PubKey pub = gt::pubKeyOf(p->key.get());
    if (gt::keyId(pub.get()) != gt::keyIdOfCrt(p->cert.get()))
        fail(NastiError::Kind::Invalid, tr("The CA's private key does not belong to its certificate."));
    return OrganisationCa(std::move(p));
}

QByteArray OrganisationCa::privateKeyPkcs8() const
{
    gnutls_datum_t out{};
    gt::check(gnutls_x509_privkey_export2_pkcs8(d->key.get(), GNUTLS_X509_FMT_DER, nullptr, GNUTLS_PKCS_PLAIN,
                                                &out),
              QStringLiteral("gnutls_x509_privkey_export2_pkcs8"));
    return gt::takeDatum(out);
}

QByteArray OrganisationCa::storedCertificate(const QString &dir)
{
    if (!QFile::exists(path(dir, kCertFile)))
        fail(NastiError::Kind::NotFound,
             tr("%1 holds no CA (no %2).").arg(dir, QString::fromLatin1(kCertFile)));
    return pdfsign::certificateDer(readAll(path(dir, kCertFile)));
}

OrganisationCa OrganisationCa::open(const QString &dir, const QString &passphrase)
{
    if (!QFile::exists(path(dir, kKeyFile)) || !QFile::exists(path(dir, kCertFile)))
        fail(NastiError::Kind::NotFound, tr("%1 holds no CA.").arg(dir));
    auto p = std::make_unique<Private>();
    p->dir = dir;
    p->cert = gt::importCrt(readAll(path(dir, kCertFile)), path(dir, kCertFile));
    p->certDer = gt::exportCrt(p->cert.get(), GNUTLS_X509_FMT_DER);
    const QByteArray encrypted = readAll(path(dir, kKeyFile));
    p->key = gt::newKey();
    const gnutls_datum_t d = gt::view(encrypted);
    const QByteArray pass = passphrase.toUtf8();
    const int rc =
        gnutls_x509_privkey_import_pkcs8(p->key.get(), &d, GNUTLS_X509_FMT_PEM, pass.constData(), 0);
    if (rc < 0)
        fail(NastiError::Kind::Auth,
             tr("Wrong passphrase for the CA in %1 (or its key file is damaged).").arg(dir));
    gt::PubKey pub = gt::pubKeyOf(p->key.get());
    if (gt::keyId(pub.get()) != gt::keyIdOfCrt(p->cert.get()))
        fail(NastiError::Kind::Invalid, tr("The CA key in %1 does not belong to its certificate.").arg(dir));
    return OrganisationCa(std::move(p));
}

QByteArray OrganisationCa::certify(const CertificationRequest &r)
{
    checkOfficer(r.officer);
    if (!r.notBefore.isValid() || !r.notAfter.isValid() || r.notAfter <= r.notBefore)
        fail(NastiError::Kind::Invalid, tr("The certificate's validity period is empty."));
    const QDateTime caFrom = gt::notBefore(d->cert.get());
    const QDateTime caTo = gt::notAfter(d->cert.get());
    if (r.notBefore < caFrom || r.notAfter > caTo)
        fail(NastiError::Kind::Invalid,
             tr("The certificate's validity (%1 to %2) must lie within the CA's (%3 to %4).")
                 .arg(r.notBefore.toUTC().toString(Qt::ISODate), r.notAfter.toUTC().toString(Qt::ISODate),
                      caFrom.toString(Qt::ISODate), caTo.toString(Qt::ISODate)));

    gt::PubKey pub = gt::newPubKey();
    if (!r.requestDer.isEmpty()) {
        gt::Crq crq = gt::newCrq();
        const gnutls_datum_t d = gt::view(r.requestDer);
        if (gnutls_x509_crq_import(crq.get(), &d, GNUTLS_X509_FMT_DER) < 0)
            fail(NastiError::Kind::Invalid, tr("The certificate request is not a PKCS#10 request (DER)."));
        if (gnutls_x509_crq_verify(crq.get(), 0) < 0)
            fail(NastiError::Kind::Invalid, tr("The certificate request's own signature does not verify."));
        gt::check(gnutls_pubkey_import_x509_crq(pub.get(), crq.get(), 0), tr("The request's public key"));
    } else if (!r.publicKeyDer.isEmpty()) {
        const gnutls_datum_t d = gt::view(r.publicKeyDer);
        if (gnutls_pubkey_import(pub.get(), &d, GNUTLS_X509_FMT_DER) < 0)
            fail(NastiError::Kind::Invalid, tr("The public key is not a SubjectPublicKeyInfo (DER)."));
    } else {
        fail(NastiError::Kind::Invalid, tr("Neither a certificate request nor a public key was given."));
    }
    unsigned bits = 0;
    const int algo = gnutls_pubkey_get_pk_algorithm(pub.get(), &bits);
    if (algo == GNUTLS_PK_RSA && bits < 2048)
        fail(NastiError::Kind::Invalid,
             tr("The officer's RSA key has %1 bits; at least 2048 are needed.").arg(bits));

    gt::Crt crt = gt::newCrt();
    gnutls_x509_crt_t c = crt.get();
    gt::check(gnutls_x509_crt_set_version(c, 3), QStringLiteral("gnutls_x509_crt_set_version"));
    setDn(c, GNUTLS_OID_X520_COMMON_NAME, r.officer.name.trimmed());
    setDn(c, GNUTLS_OID_X520_TITLE, r.officer.designation.trimmed());
    setDn(c, GNUTLS_OID_X520_ORGANIZATION_NAME, r.officer.organisation.trimmed());
    setDn(c, GNUTLS_OID_PKCS9_EMAIL, r.officer.email.trimmed());
    gt::check(gnutls_x509_crt_set_pubkey(c, pub.get()), QStringLiteral("gnutls_x509_crt_set_pubkey"));
    gnutls_x509_crt_set_activation_time(c, time_t(r.notBefore.toSecsSinceEpoch()));
    gnutls_x509_crt_set_expiration_time(c, time_t(r.notAfter.toSecsSinceEpoch()));
    gt::check(gnutls_x509_crt_set_basic_constraints(c, 0, -1), QStringLiteral("basic constraints"));
    gt::check(gnutls_x509_crt_set_key_usage(c, GNUTLS_KEY_DIGITAL_SIGNATURE | GNUTLS_KEY_NON_REPUDIATION),
              QStringLiteral("key usage"));
    gt::check(gnutls_x509_crt_set_key_purpose_oid(c, kEkuEmailProtection, 0), QStringLiteral("key purpose"));
    gt::check(gnutls_x509_crt_set_key_purpose_oid(c, kEkuDocumentSigning, 0), QStringLiteral("key purpose"));
    const QByteArray ski = gt::keyId(pub.get());
    gt::check(gnutls_x509_crt_set_subject_key_id(c, ski.constData(), size_t(ski.size())),
              QStringLiteral("subject key id"));
    const QByteArray aki = gt::keyIdOfCrt(d->cert.get());
    gt::check(gnutls_x509_crt_set_authority_key_id(c, aki.constData(), size_t(aki.size())),
              QStringLiteral("authority key id"));

    if (d->dir.isEmpty()) {
        // A detached CA: random serials, no register (see the header).
        setSerial(c, randomSerial());
        gt::PrivKey signer = gt::privKeyOf(d->key.get());
        gt::check(gnutls_x509_crt_privkey_sign(c, d->cert.get(), signer.get(), GNUTLS_DIG_SHA256, 0),
                  tr("Signing the officer's certificate"));
        return gt::exportCrt(c, GNUTLS_X509_FMT_DER);
    }
    // The serial: random, checked against (and recorded in) serials.txt under a lock.
    QLockFile lock(path(d->dir, kSerialsFile) + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        fail(NastiError::Kind::Conflict,
             tr("The CA in %1 is busy (its serial register is locked).").arg(d->dir));
    QFile serials(path(d->dir, kSerialsFile));
    if (!serials.open(QIODevice::ReadWrite | QIODevice::Append))
        fail(NastiError::Kind::Invalid,
             tr("Cannot open the serial register %1: %2").arg(serials.fileName(), serials.errorString()));
    serials.seek(0);
    const QByteArray issued = serials.readAll();
    QByteArray serial;
    do {
        serial = randomSerial();
    } while (issued.contains(serial.toHex() + ' '));
    setSerial(c, serial);

    gt::PrivKey signer = gt::privKeyOf(d->key.get());
    gt::check(gnutls_x509_crt_privkey_sign(c, d->cert.get(), signer.get(), GNUTLS_DIG_SHA256, 0),
              tr("Signing the officer's certificate"));
    const QByteArray der = gt::exportCrt(c, GNUTLS_X509_FMT_DER);

    QString subject = r.officer.name.trimmed();
    subject.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray line = serial.toHex() + ' ' + r.notAfter.toUTC().toString(Qt::ISODate).toUtf8() + ' ' +
                            subject.toUtf8() + '\n';
    if (serials.write(line) != line.size() || !serials.flush())
        fail(NastiError::Kind::Invalid,
             tr("Cannot record the serial in %1: %2").arg(serials.fileName(), serials.errorString()));
    return der;
}

SigningCredentials signingCredentials(const QByteArray &privateKeyPkcs8, const QByteArray &certificate,
                                      const QList<QByteArray> &chain)
{
    gt::X509Key key = gt::importPkcs8(privateKeyPkcs8, tr("The officer's private key"));
    gt::Crt crt = gt::importCrt(certificate, tr("The officer's certificate"));
    gt::PubKey pub = gt::pubKeyOf(key.get());
    if (gt::keyId(pub.get()) != gt::keyIdOfCrt(crt.get()))
        fail(NastiError::Kind::Invalid, tr("The certificate does not belong to this private key."));
    SigningCredentials out;
    out.privateKeyPkcs8 = privateKeyPkcs8;
    out.certificateDer = gt::exportCrt(crt.get(), GNUTLS_X509_FMT_DER);
    for (const QByteArray &c : chain)
        out.chainDer << certificateDer(c);
    return out;
}

namespace {
struct CrlDeleter
{
    void operator()(gnutls_x509_crl_int *p) const { gnutls_x509_crl_deinit(p); }
};
using Crl = std::unique_ptr<gnutls_x509_crl_int, CrlDeleter>;

Crl newCrl()
{
    gnutls_x509_crl_t c = nullptr;
    gt::check(gnutls_x509_crl_init(&c), QStringLiteral("gnutls_x509_crl_init"));
    return Crl(c);
}
} // namespace

QByteArray OrganisationCa::revocationList(const QList<Revoked> &revoked, const QDateTime &now,
                                          const QDateTime &nextUpdate) const
{
    if (!(nextUpdate > now))
        fail(NastiError::Kind::Invalid, tr("A revocation list's next update must be after now."));
    Crl crl = newCrl();
    gt::check(gnutls_x509_crl_set_version(crl.get(), 2), QStringLiteral("gnutls_x509_crl_set_version"));
    gt::check(gnutls_x509_crl_set_this_update(crl.get(), time_t(now.toSecsSinceEpoch())),
              QStringLiteral("gnutls_x509_crl_set_this_update"));
    gt::check(gnutls_x509_crl_set_next_update(crl.get(), time_t(nextUpdate.toSecsSinceEpoch())),
              QStringLiteral("gnutls_x509_crl_set_next_update"));
    for (const Revoked &r : revoked)
        gt::check(gnutls_x509_crl_set_crt_serial(crl.get(), r.serial.constData(), size_t(r.serial.size()),
                                                 time_t(r.at.toSecsSinceEpoch())),
                  QStringLiteral("gnutls_x509_crl_set_crt_serial"));
    const QByteArray id = gt::keyIdOfCrt(d->cert.get());
    gt::check(gnutls_x509_crl_set_authority_key_id(crl.get(), id.constData(), size_t(id.size())),
              QStringLiteral("gnutls_x509_crl_set_authority_key_id"));
    gt::PrivKey signer = gt::privKeyOf(d->key.get());
    gt::check(gnutls_x509_crl_privkey_sign(crl.get(), d->cert.get(), signer.get(), GNUTLS_DIG_SHA256, 0),
              QStringLiteral("gnutls_x509_crl_privkey_sign"));
    gnutls_datum_t out{};
    gt::check(gnutls_x509_crl_export2(crl.get(), GNUTLS_X509_FMT_DER, &out),
              QStringLiteral("gnutls_x509_crl_export2"));
    return gt::takeDatum(out);
}

RevocationList readRevocationList(const QByteArray &derOrPem, const QList<QByteArray> &trustedCas)
{
    Crl crl = newCrl();
    const gnutls_datum_t data = gt::view(derOrPem);
    const bool pem = derOrPem.contains("-----BEGIN X509 CRL-----");
    if (gnutls_x509_crl_import(crl.get(), &data, pem ? GNUTLS_X509_FMT_PEM : GNUTLS_X509_FMT_DER) < 0)
        fail(NastiError::Kind::Invalid, tr("This is not a certificate revocation list (CRL)."));
    bool verified = false;
    for (const QByteArray &ca : trustedCas) {
        gt::Crt c = gt::importCrt(ca, QStringLiteral("CA"));
        gnutls_x509_crt_t list[1] = {c.get()};
        unsigned status = 0;
        if (gnutls_x509_crl_verify(crl.get(), list, 1, 0, &status) >= 0 && status == 0) {
            verified = true;
            break;
        }
    }
    if (!verified)
        fail(NastiError::Kind::Invalid,
             tr("The revocation list is not signed by a trusted CA (or was changed after signing)."));
    RevocationList out;
    out.thisUpdate = QDateTime::fromSecsSinceEpoch(gnutls_x509_crl_get_this_update(crl.get()), Qt::UTC);
    const time_t next = gnutls_x509_crl_get_next_update(crl.get());
    if (next != time_t(-1))
        out.nextUpdate = QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
    const int n = gnutls_x509_crl_get_crt_count(crl.get());
    for (int i = 0; i < n; ++i) {
        unsigned char serial[64];
        size_t size = sizeof serial;
        time_t at = 0;
        gt::check(gnutls_x509_crl_get_crt_serial(crl.get(), unsigned(i), serial, &size, &at),
                  QStringLiteral("gnutls_x509_crl_get_crt_serial"));
        out.revoked << OrganisationCa::Revoked{
            QByteArray(reinterpret_cast<const char *>(serial), qsizetype(size)),
            QDateTime::fromSecsSinceEpoch(at, Qt::UTC)};
    }
    return out;
}

} // namespace nasti::pdfsign
