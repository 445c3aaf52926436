#pragma once

// Internal: owning handles for GnuTLS objects and small helpers. Not part of the API.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <gnutls/abstract.h>
#include <gnutls/x509.h>

#include <memory>

namespace nasti::pdfsign::gt {

struct CrtDeleter
{
    void operator()(gnutls_x509_crt_int *p) const { gnutls_x509_crt_deinit(p); }
};
struct CrqDeleter
{
    void operator()(gnutls_x509_crq_int *p) const { gnutls_x509_crq_deinit(p); }
};
struct KeyDeleter
{
    void operator()(gnutls_x509_privkey_int *p) const { gnutls_x509_privkey_deinit(p); }
};
struct PrivDeleter
{
    void operator()(gnutls_privkey_st *p) const { gnutls_privkey_deinit(p); }
};
struct PubDeleter
{
    void operator()(gnutls_pubkey_st *p) const { gnutls_pubkey_deinit(p); }
};
using Crt = std::unique_ptr<gnutls_x509_crt_int, CrtDeleter>;
using Crq = std::unique_ptr<gnutls_x509_crq_int, CrqDeleter>;
using X509Key = std::unique_ptr<gnutls_x509_privkey_int, KeyDeleter>;
using PrivKey = std::unique_ptr<gnutls_privkey_st, PrivDeleter>;
using PubKey = std::unique_ptr<gnutls_pubkey_st, PubDeleter>;

// Throws NastiError(Invalid) "<what>: <gnutls message>" when rc < 0.
void check(int rc, const QString &what);

Crt newCrt();
Crq newCrq();
X509Key newKey();
PrivKey newPrivKey();
PubKey newPubKey();

// A certificate from DER or PEM; throws NastiError(Invalid) naming `what`.
Crt importCrt(const QByteArray &derOrPem, const QString &what);
QByteArray exportCrt(gnutls_x509_crt_t crt, gnutls_x509_crt_fmt_t fmt);
// An unencrypted PKCS#8 DER key.
X509Key importPkcs8(const QByteArray &der, const QString &what);
X509Key generateRsa(unsigned bits);
// Abstract private key referencing (not owning) the x509 key.
PrivKey privKeyOf(gnutls_x509_privkey_t key);
PubKey pubKeyOf(gnutls_x509_privkey_t key);

// The key id (SHA-1 of the public key info) of a key, a certificate or a public key.
QByteArray keyId(gnutls_pubkey_t key);
QByteArray keyIdOfCrt(gnutls_x509_crt_t crt);

QString dnPart(gnutls_x509_crt_t crt, const char *oid, bool issuer);
QByteArray serialOf(gnutls_x509_crt_t crt);
QDateTime notBefore(gnutls_x509_crt_t crt);
QDateTime notAfter(gnutls_x509_crt_t crt);

QByteArray datum(const gnutls_datum_t &d); // copies (does not free)
QByteArray takeDatum(gnutls_datum_t &d);   // copies and frees
gnutls_datum_t view(const QByteArray &bytes);

} // namespace nasti::pdfsign::gt
