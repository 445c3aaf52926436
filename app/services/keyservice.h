#pragma once

#include "security/signingkeys.h"
#include "security/x509backend.h"
#include "services/actionkey.h"
#include "services/session.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nasti {

class Database;
class Clock;

// Where a user stands with his signing key.
struct KeyStatus
{
    qint64 keyId = 0; // his latest key; 0: not enrolled
    QString publicKeyHex;
    bool everCertified = false; // from then on he must sign (no signature, no freeze)
    bool validNow = false;      // a certificate covers now and is not revoked
    qint64 validUntil = 0;
    QString revokedReason; // of his latest certificate, when revoked
};

struct KeyListRow
{
    QString login, fullName, publicKeyHex, posts, revokedReason;
    qint64 keyId = 0, certificateId = 0, validFrom = 0, validUntil = 0, revokedAt = 0;
};

// Officers' signing keys and the organisation's authority that certifies them
// (issue 16). A key is made on the officer's desktop (enrol), its private half kept in
// his keychain by the client and, sealed under his password, in the database; the
// administrator certifies it for the user, his posts and a period with the authority's
// key (sealed under the administrator's passphrase in the database). Enrolment,
// certification and revocation are rows the database records in the chain; disabling a
// login or handing a post over revokes (schema step 12).
class KeyService
{
public:
    KeyService(Database &db, const Clock &clock, Session session);

    KeyStatus status();
    // A new key for the session's user, sealed under his password; returns it unlocked.
    // With PDF signing installed, also his X.509 key (sealed with it) and its request.
    SigningIdentityPtr enrol(const QString &password);
    // His latest key from its keychain copy (null when that copy is another key's).
    SigningIdentityPtr unlockWithSecret(const QByteArray &secretKey);
    // His latest key from the database's sealed copy; null when he has no key; a
    // NastiError(Auth) naming the problem when the password does not open it.
    SigningIdentityPtr unlock(const QString &password);

    // Administrator: the organisation's authority (once; its public key is what verify trusts).
    // With PDF signing installed (security/x509backend.h) it is also the organisation's
    // X.509 CA, its key sealed under the same passphrase. A database whose authority
    // predates PDF signing may create one more, with the CA (older certificates stay
    // valid under the older authority).
    void createAuthority(const QString &name, const QString &passphrase);
    bool hasAuthority();
    bool authorityHasX509();
    // Certifies the latest key of each login (all enrolled users without a valid
    // certificate when logins is empty) for validDays from now; returns who was certified.
    // Each also gets his X.509 certificate for the same period when his key carries a
    // request; those whose keys do not (enrolled before PDF signing) are added to
    // withoutX509: they get one when they enrol again and are certified.
    // The latest authority's X.509 CA opened with its passphrase (for its revocation list);
    // the key is plain: the caller wipes it. NotFound when there is no CA.
    X509Backend::Material x509Authority(const QString &passphrase);
    QStringList certify(const QStringList &logins, const QString &passphrase, int validDays,
                        QStringList *withoutX509 = nullptr);
    // Revokes a login's unrevoked certificates; returns how many.
    int revoke(const QString &login, const QString &reason);
    QList<KeyListRow> list();

private:
    QByteArray authoritySecret(qint64 authorityId, const QString &passphrase);
    // The authority's X.509 CA, its key unsealed (empty when it has none or PDF signing is
    // not installed); Refused when the sealed key does not open.
    X509Backend::Material openX509Ca(qint64 authorityId, const QString &passphrase,
                                     QString *organisation = nullptr);
    qint64 latestKey(qint64 userId, QString *publicKeyHex = nullptr);
    SigningIdentityPtr doEnrol(const QString &password);
    void doCreateAuthority(const QString &name, const QString &passphrase);
    QStringList doCertify(const QStringList &logins, const QString &passphrase, int validDays,
                          QStringList *withoutX509);
    int doRevoke(const QString &login, const QString &reason);

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    // Enrolment, the authority, certification and revocation by a signed-in user are named by
    // his action key (issue 19): retried after a lost answer, each is done once.
    KeyedCalls m_keyed;
};

// Signing a row inside a service's transaction (notes when they freeze, approvals,
// approved versions, issued letters): over the hash the event log records for it.
namespace rowsigning {
// Whether the user has ever been certified (then he must sign).
bool mustSign(Database &db, qint64 userId);
// Signs (table, id, hash) for the session's user, or refuses with a clear message when
// he must sign and has no unlocked key. Nothing is written for a user never certified.
void sign(Database &db, const Session &session, const QString &table, qint64 id, const QString &hash,
          qint64 nowMs);
QString databaseId(Database &db);
// Refuses, saying why, when the session has no unlocked key (for a user who must sign).
void requireSigner(const Session &session);

// The X.509 material a key signs PDFs with now: its certificate (PEM) valid and not
// revoked at nowMs, and the CA certificate (PEM) of the authority that made it; both
// empty when there is none.
struct X509Chain
{
    QByteArray certificatePem, caPem;
};
X509Chain x509Chain(Database &db, qint64 keyId, qint64 nowMs);
// The organisation's X.509 CA certificates (PEM), every authority's that has one.
QList<QByteArray> organisationCas(Database &db);
// Every revoked officer certificate that has X.509 material: the certificate (PEM), when
// and why it was revoked.
struct RevokedX509
{
    QByteArray certificatePem;
    qint64 revokedAt = 0;
    QString reason;
};
QList<RevokedX509> revokedX509(Database &db);
} // namespace rowsigning

} // namespace nasti
