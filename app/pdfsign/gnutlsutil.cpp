#include "pdfsign/gnutlsutil.h"

#include "util/error.h"

#include <QCoreApplication>

#include <gnutls/gnutls.h>

#include <cstring>

namespace nasti::pdfsign::gt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::pdfsign", text);
}
} // namespace

void check(int rc, const QString &what)
{
    if (rc < 0)
        fail(NastiError::Kind::Invalid, tr("%1: %2").arg(what, QString::fromUtf8(gnutls_strerror(rc))));
}

Crt newCrt()
{
    gnutls_x509_crt_t p = nullptr;
    check(gnutls_x509_crt_init(&p), QStringLiteral("gnutls_x509_crt_init"));
    return Crt(p);
}

Crq newCrq()
{
    gnutls_x509_crq_t p = nullptr;
    check(gnutls_x509_crq_init(&p), QStringLiteral("gnutls_x509_crq_init"));
    return Crq(p);
}

X509Key newKey()
{
    gnutls_x509_privkey_t p = nullptr;
    check(gnutls_x509_privkey_init(&p), QStringLiteral("gnutls_x509_privkey_init"));
    return X509Key(p);
}

PrivKey newPrivKey()
{
    gnutls_privkey_t p = nullptr;
    check(gnutls_privkey_init(&p), QStringLiteral("gnutls_privkey_init"));
    return PrivKey(p);
}

PubKey newPubKey()
{
    gnutls_pubkey_t p = nullptr;
    check(gnutls_pubkey_init(&p), QStringLiteral("gnutls_pubkey_init"));
    return PubKey(p);
}

gnutls_datum_t view(const QByteArray &bytes)
{
    gnutls_datum_t d;
    d.data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData()));
    d.size = unsigned(bytes.size());
    return d;
}

QByteArray datum(const gnutls_datum_t &d)
{
    return QByteArray(reinterpret_cast<const char *>(d.data), qsizetype(d.size));
}

QByteArray takeDatum(gnutls_datum_t &d)
{
    QByteArray out = datum(d);
    if (d.data) {
        std::memset(d.data, 0, d.size);
        gnutls_free(d.data);
    }
    d.data = nullptr;
    d.size = 0;
    return out;
}

Crt importCrt(const QByteArray &derOrPem, const QString &what)
{
    Crt crt = newCrt();
    const gnutls_datum_t d = view(derOrPem);
    const bool pem = derOrPem.contains("-----BEGIN");
    const int rc = gnutls_x509_crt_import(crt.get(), &d, pem ? GNUTLS_X509_FMT_PEM : GNUTLS_X509_FMT_DER);
    if (rc < 0)
        fail(NastiError::Kind::Invalid,
             tr("%1 is not an X.509 certificate (%2).").arg(what, QString::fromUtf8(gnutls_strerror(rc))));
    return crt;
}

QByteArray exportCrt(gnutls_x509_crt_t crt, gnutls_x509_crt_fmt_t fmt)
{
    gnutls_datum_t out{};
    check(gnutls_x509_crt_export2(crt, fmt, &out), QStringLiteral("gnutls_x509_crt_export2"));
    return takeDatum(out);
}

X509Key importPkcs8(const QByteArray &der, const QString &what)
{
    X509Key key = newKey();
    const gnutls_datum_t d = view(der);
    const int rc =
        gnutls_x509_privkey_import_pkcs8(key.get(), &d, GNUTLS_X509_FMT_DER, nullptr, GNUTLS_PKCS_PLAIN);
    if (rc < 0)
        fail(NastiError::Kind::Invalid,
             tr("%1 is not a PKCS#8 private key (%2).").arg(what, QString::fromUtf8(gnutls_strerror(rc))));
    return key;
}

X509Key generateRsa(unsigned bits)
{
    X509Key key = newKey();
    check(gnutls_x509_privkey_generate2(key.get(), GNUTLS_PK_RSA, bits, 0, nullptr, 0),
          tr("Generating an RSA key"));
    return key;
}

PrivKey privKeyOf(gnutls_x509_privkey_t key)
{
    PrivKey p = newPrivKey();
    check(gnutls_privkey_import_x509(p.get(), key, 0), QStringLiteral("gnutls_privkey_import_x509"));
    return p;
}

PubKey pubKeyOf(gnutls_x509_privkey_t key)
{
    PrivKey priv = privKeyOf(key);
    PubKey pub = newPubKey();
    check(gnutls_pubkey_import_privkey(pub.get(), priv.get(), 0, 0),
          QStringLiteral("gnutls_pubkey_import_privkey"));
    return pub;
}

QByteArray keyId(gnutls_pubkey_t key)
{
    unsigned char buf[64];
    size_t size = sizeof buf;
    check(gnutls_pubkey_get_key_id(key, GNUTLS_KEYID_USE_SHA1, buf, &size),
          QStringLiteral("gnutls_pubkey_get_key_id"));
    return QByteArray(reinterpret_cast<const char *>(buf), qsizetype(size));
}

QByteArray keyIdOfCrt(gnutls_x509_crt_t crt)
{
    unsigned char buf[64];
    size_t size = sizeof buf;
    check(gnutls_x509_crt_get_key_id(crt, GNUTLS_KEYID_USE_SHA1, buf, &size),
          QStringLiteral("gnutls_x509_crt_get_key_id"));
    return QByteArray(reinterpret_cast<const char *>(buf), qsizetype(size));
}

QString dnPart(gnutls_x509_crt_t crt, const char *oid, bool issuer)
{
    char buf[1024];
    size_t size = sizeof buf;
    const int rc = issuer ? gnutls_x509_crt_get_issuer_dn_by_oid(crt, oid, 0, 0, buf, &size)
                          : gnutls_x509_crt_get_dn_by_oid(crt, oid, 0, 0, buf, &size);
    if (rc < 0)
        return {};
    // GnuTLS escapes the value as in RFC 4514 ("\\," or "\\2C"); undo it.
    QByteArray out;
    for (size_t i = 0; i < size; ++i) {
        if (buf[i] == '\\' && i + 1 < size) {
            const QByteArray hex = QByteArray(buf + i + 1, i + 2 < size ? 2 : 1);
            bool ok = false;
            const int value = hex.size() == 2 ? hex.toInt(&ok, 16) : 0;
            if (ok) {
                out += char(value);
                i += 2;
            } else {
                out += buf[++i];
            }
        } else {
            out += buf[i];
        }
    }
    return QString::fromUtf8(out);
}

QByteArray serialOf(gnutls_x509_crt_t crt)
{
    unsigned char buf[64];
    size_t size = sizeof buf;
    if (gnutls_x509_crt_get_serial(crt, buf, &size) < 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), qsizetype(size));
}

QDateTime notBefore(gnutls_x509_crt_t crt)
{
    return QDateTime::fromSecsSinceEpoch(qint64(gnutls_x509_crt_get_activation_time(crt)), Qt::UTC);
}

QDateTime notAfter(gnutls_x509_crt_t crt)
{
    return QDateTime::fromSecsSinceEpoch(qint64(gnutls_x509_crt_get_expiration_time(crt)), Qt::UTC);
}

} // namespace nasti::pdfsign::gt
