#pragma once

#include "services/session.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nasti {

class Database;
class Clock;

// DSC tokens (issue 16, schema step 018). An officer who holds a Digital Signature
// Certificate on a USB token from a licensed CA (CCA India) signs the letters he issues with
// it, through NSS's PKCS#11, instead of with the organisation CA's certificate. The
// administrator trusts the external CA (its certificate, recorded) and registers the token's
// certificate to the officer and the posts he holds; both are rows in the chain, and
// disabling the login or handing a post over revokes the registration as it revokes his own
// certificates. A letter signed with a token is valid here when its certificate chains to a
// trusted CA and is registered to the officer who issued it, unrevoked at the issue.
struct TrustedCaRow
{
    qint64 id = 0;
    QString name, subject, fingerprint;
    qint64 addedAt = 0, notAfter = 0;
};

struct DscTokenRow
{
    qint64 id = 0, userId = 0;
    QString login, fullName, posts, subject, fingerprint, caName, modulePath, revokedReason;
    qint64 validFrom = 0, validUntil = 0, registeredAt = 0, revokedAt = 0;
};

class DscTokenService
{
public:
    DscTokenService(Database &db, const Clock &clock, Session session);

    // Administrator: trusts an external CA (PEM or DER, a CA certificate); returns its id.
    qint64 trustCa(const QString &name, const QByteArray &certificate);
    QList<TrustedCaRow> trustedCas();
    // Administrator: registers the token certificate (PEM or DER) to login, for the posts he
    // holds now; modulePath is the token's PKCS#11 driver on the officers' desktops. Refused
    // when the certificate is not from a trusted CA, not valid now, not for signing, a CA's,
    // or already registered to him and unrevoked. Returns the registration's id.
    qint64 registerToken(const QString &login, const QByteArray &certificate, const QString &modulePath);
    QList<DscTokenRow> tokens();

private:
    Database &m_db;
    const Clock &m_clock;
    Session m_session;
};

namespace dsctokens {
// The trusted external CAs' certificates (PEM).
QList<QByteArray> trustedCas(Database &db);
// The user's registration that is valid and unrevoked at nowMs (id 0 when none); with
// `why` the reason there is none when he has registrations (expired, revoked).
struct Registration
{
    qint64 id = 0;
    QByteArray certificatePem, caPem;
    QString modulePath, subject;
    qint64 validUntil = 0;
};
Registration registered(Database &db, qint64 userId, qint64 nowMs, QString *why = nullptr);
// Every registration of the certificate with this SHA-256 fingerprint (hex), oldest first.
QList<DscTokenRow> registrationsOf(Database &db, const QString &fingerprint);
} // namespace dsctokens

} // namespace nasti
