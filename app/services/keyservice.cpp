#include "services/keyservice.h"

#include "db/database.h"
#include "db/transaction.h"
#include "security/x509backend.h"
#include "services/orgservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::KeyService", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString base64(const QByteArray &der)
{
    return QString::fromLatin1(der.toBase64());
}
} // namespace

KeyService::KeyService(Database &db, const Clock &clock, Session session)
    : m_db(db), m_clock(clock), m_session(std::move(session)), m_keyed(db, m_session.userId)
{
}

qint64 KeyService::latestKey(qint64 userId, QString *publicKeyHex)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT id, public_key FROM signing_keys WHERE user_id = :u ORDER BY id DESC LIMIT 1"),
        {{QStringLiteral("u"), userId}});
    qint64 id = 0;
    if (q.next()) {
        id = q.value(0).toLongLong();
        if (publicKeyHex)
            *publicKeyHex = q.value(1).toString();
    }
    q.finish();
    return id;
}

KeyStatus KeyService::status()
{
    KeyStatus s;
    s.keyId = latestKey(m_session.userId, &s.publicKeyHex);
    s.everCertified = rowsigning::mustSign(m_db, m_session.userId);
    if (!s.keyId)
        return s;
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT c.valid_from, c.valid_until, r.reason, r.revoked_at FROM key_certificates c "
            "LEFT JOIN key_revocations r ON r.certificate_id = c.id WHERE c.key_id = :k ORDER BY c.id"),
        {{QStringLiteral("k"), s.keyId}});
    while (q.next()) {
        const bool revoked = !q.value(2).isNull();
        s.revokedReason = revoked ? q.value(2).toString() : QString();
        if (!revoked && q.value(0).toLongLong() <= now && now < q.value(1).toLongLong()) {
            s.validNow = true;
            s.validUntil = std::max(s.validUntil, q.value(1).toLongLong());
        }
    }
    q.finish();
    if (s.validNow)
        s.revokedReason.clear();
    return s;
}

SigningIdentityPtr KeyService::enrol(const QString &password)
{
    SigningIdentityPtr made;
    m_keyed.once("key.enrol", m_clock.nowMs(), [&] {
        made = doEnrol(password);
        return QString::number(made->keyId());
    });
    // Done before (the answer was lost): the key it made is his latest, sealed under the same
    // password.
    return made ? made : unlock(password);
}

SigningIdentityPtr KeyService::doEnrol(const QString &password)
{
    if (password.isEmpty())
        fail(NastiError::Kind::Invalid, tr("A signing key is sealed under your password; enter it."));
    const signing::KeyPair pair = signing::generate();
    // With PDF signing, his X.509 key and its request too, sealed with the Ed25519 key.
    QByteArray secret = pair.secretKey;
    QString request;
    if (const X509Backend *x = x509::backend()) {
        X509Backend::Subject who;
        who.name = m_session.fullName.trimmed().isEmpty() ? m_session.login : m_session.fullName.trimmed();
        if (const PostRef *post = m_session.primaryPost())
            who.designation = post->titleEn;
        who.organisation =
            m_db.scalar(QStringLiteral("SELECT name FROM signing_authorities ORDER BY id DESC LIMIT 1"))
                .toString();
        if (who.organisation.isEmpty())
            who.organisation = QStringLiteral("Nasti");
        X509Backend::Material m = x->makeOfficerKey(who);
        secret += m.privateKeyPkcs8;
        m.privateKeyPkcs8.fill('\0');
        request = base64(m.certificateOrRequest);
    }
    const QString sealed = signing::seal(secret, password);
    Transaction tx(m_db);
    m_db.setActing(m_session.userId, m_clock.nowMs());
    const qint64 id =
        m_db.scalar(
                QStringLiteral("INSERT INTO signing_keys (user_id, public_key, sealed_secret, x509_request, "
                               "created_at) VALUES (:u, :pk, :s, :req, :now) RETURNING id"),
                {{QStringLiteral("u"), m_session.userId},
                 {QStringLiteral("pk"), signing::toHex(pair.publicKey)},
                 {QStringLiteral("s"), sealed},
                 {QStringLiteral("req"), request},
                 {QStringLiteral("now"), m_clock.nowMs()}})
            .toLongLong();
    m_keyed.record(QString::number(id), m_clock.nowMs());
    tx.commit();
    return std::make_shared<const SigningIdentity>(id, m_session.userId, secret);
}

SigningIdentityPtr KeyService::unlockWithSecret(const QByteArray &secretKey)
{
    QString publicHex;
    const qint64 id = latestKey(m_session.userId, &publicHex);
    if (!id || signing::toHex(signing::publicKeyOf(SigningIdentity::edPart(secretKey))) != publicHex)
        return nullptr;
    return std::make_shared<const SigningIdentity>(id, m_session.userId, secretKey);
}

SigningIdentityPtr KeyService::unlock(const QString &password)
{
    QString publicHex;
    const qint64 id = latestKey(m_session.userId, &publicHex);
    if (!id)
        return nullptr;
    // On PostgreSQL only the key's own user reads its sealed copy (schema step 12).
    const bool ownLogin = m_db.isPostgres() && m_db.scalar(QStringLiteral("SELECT nasti_acting()")).toBool();
    const QString sealed =
        m_db.scalar(ownLogin ? QStringLiteral("SELECT nasti_my_sealed_key(:k)")
                             : QStringLiteral("SELECT sealed_secret FROM signing_keys WHERE id = :k"),
                    {{QStringLiteral("k"), id}})
            .toString();
    const QByteArray secret = signing::unseal(sealed, password);
    if (secret.isEmpty())
        fail(NastiError::Kind::Auth,
             tr("Your signing key does not open with this password (it was sealed under "
                "another one). Nothing was signed. Enrol a new key with your current "
                "password, or sign in on the desktop that holds the key."));
    if (signing::toHex(signing::publicKeyOf(SigningIdentity::edPart(secret))) != publicHex)
        fail(NastiError::Kind::Refused, tr("The sealed copy of your signing key is not the key on record; it "
                                           "was tampered with. Nothing was signed."));
    return std::make_shared<const SigningIdentity>(id, m_session.userId, secret);
}

bool KeyService::hasAuthority()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM signing_authorities")).toInt() > 0;
}

bool KeyService::authorityHasX509()
{
    return !m_db.scalar(QStringLiteral("SELECT x509_ca FROM signing_authorities ORDER BY id DESC LIMIT 1"))
                .toString()
                .isEmpty();
}

void KeyService::createAuthority(const QString &name, const QString &passphrase)
{
    m_keyed.once("key.authority", m_clock.nowMs(), [&] {
        doCreateAuthority(name, passphrase);
        return QString();
    });
}

void KeyService::doCreateAuthority(const QString &name, const QString &passphrase)
{
    if (name.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The authority needs a name (the organisation's)."));
    if (passphrase.size() < 8)
        fail(NastiError::Kind::Invalid, tr("The authority's passphrase must have at least 8 characters."));
    const X509Backend *x = x509::backend();
    // A second authority only to add the X.509 CA an older one lacks (the certificates it
    // made stay valid under it; new ones come from the new authority).
    if (hasAuthority() && (!x || authorityHasX509()))
        fail(NastiError::Kind::Refused, tr("This database already has its signing authority."));
    const signing::KeyPair pair = signing::generate();
    const QString sealed = signing::seal(pair.secretKey, passphrase);
    QString caPem, caSealed;
    if (x) {
        X509Backend::Material ca = x->createCa(name.trimmed(), utc(m_clock.nowMs()));
        caPem = QString::fromLatin1(x->certificatePem(ca.certificateOrRequest));
        caSealed = signing::seal(ca.privateKeyPkcs8, passphrase);
        ca.privateKeyPkcs8.fill('\0');
    }
    OrgService(m_db, m_clock).databaseId(); // the statements name the database
    Transaction tx(m_db);
    m_db.setActing(m_session.userId, m_clock.nowMs());
    m_db.exec(QStringLiteral("INSERT INTO signing_authorities (name, public_key, sealed_secret, x509_ca, "
                             "x509_sealed_key, created_at, created_by_user_id) VALUES (:n, :pk, :s, :ca, "
                             ":cak, :now, :u)"),
              {{QStringLiteral("n"), name.trimmed()},
               {QStringLiteral("pk"), signing::toHex(pair.publicKey)},
               {QStringLiteral("s"), sealed},
               {QStringLiteral("ca"), caPem},
               {QStringLiteral("cak"), caSealed},
               {QStringLiteral("now"), m_clock.nowMs()},
               {QStringLiteral("u"), m_session.userId > 0 ? QVariant(m_session.userId) : QVariant()}});
    m_keyed.record(QString(), m_clock.nowMs());
    tx.commit();
}

QByteArray KeyService::authoritySecret(qint64 authorityId, const QString &passphrase)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT public_key, sealed_secret FROM signing_authorities WHERE id = :a"),
                  {{QStringLiteral("a"), authorityId}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("This database has no signing authority yet (nasti-admin keys "
                                            "authority)."));
    }
    const QString publicHex = q.value(0).toString();
    const QString sealed = q.value(1).toString();
    q.finish();
    const QByteArray secret = signing::unseal(sealed, passphrase);
    if (secret.isEmpty())
        fail(NastiError::Kind::Auth,
             tr("Wrong passphrase for the signing authority; nothing was certified."));
    if (signing::toHex(signing::publicKeyOf(secret)) != publicHex)
        fail(NastiError::Kind::Refused,
             tr("The authority's sealed key is not its public key; it was tampered "
                "with. Nothing was certified."));
    return secret;
}

X509Backend::Material KeyService::x509Authority(const QString &passphrase)
{
    const X509Backend *x = x509::backend();
    const QVariant authority =
        m_db.scalar(QStringLiteral("SELECT MAX(id) FROM signing_authorities WHERE x509_ca <> ''"));
    if (!x || authority.isNull())
        fail(NastiError::Kind::NotFound,
             tr("This database has no X.509 CA yet (nasti-admin keys authority makes it)."));
    QByteArray secret = authoritySecret(authority.toLongLong(), passphrase); // checks the passphrase
    secret.fill('\0');
    return openX509Ca(authority.toLongLong(), passphrase);
}

X509Backend::Material KeyService::openX509Ca(qint64 authorityId, const QString &passphrase,
                                             QString *organisation)
{
    X509Backend::Material ca;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT name, x509_ca, x509_sealed_key FROM signing_authorities WHERE id = :a"),
        {{QStringLiteral("a"), authorityId}});
    q.next();
    if (organisation)
        *organisation = q.value(0).toString();
    const QString caPem = q.value(1).toString();
    const QString caSealed = q.value(2).toString();
    q.finish();
    const X509Backend *x = x509::backend();
    if (!x || caPem.isEmpty())
        return ca;
    ca.certificateOrRequest = x->certificateDer(caPem.toLatin1());
    ca.privateKeyPkcs8 = signing::unseal(caSealed, passphrase);
    if (ca.privateKeyPkcs8.isEmpty())
        fail(NastiError::Kind::Refused, tr("The authority's sealed X.509 key does not open with its "
                                           "passphrase; it was tampered with. Nothing was done."));
    return ca;
}

QStringList KeyService::certify(const QStringList &logins, const QString &passphrase, int validDays,
                                QStringList *withoutX509)
{
    const QString done = m_keyed.once("key.certify", m_clock.nowMs(), [&] {
        return doCertify(logins, passphrase, validDays, withoutX509).join(QLatin1Char('\n'));
    });
    return done.isEmpty() ? QStringList() : done.split(QLatin1Char('\n'));
}

QStringList KeyService::doCertify(const QStringList &logins, const QString &passphrase, int validDays,
                                  QStringList *withoutX509)
{
    if (validDays < 1 || validDays > 3 * 366)
        fail(NastiError::Kind::Invalid, tr("A certificate is valid for 1 to 1098 days."));
    const QVariant authority = m_db.scalar(QStringLiteral("SELECT MAX(id) FROM signing_authorities"));
    if (authority.isNull())
        fail(NastiError::Kind::NotFound, tr("This database has no signing authority yet (nasti-admin keys "
                                            "authority)."));
    const qint64 authorityId = authority.toLongLong();
    QByteArray secret = authoritySecret(authorityId, passphrase);
    const QString authorityHex = signing::toHex(signing::publicKeyOf(secret));
    const QString dbId = rowsigning::databaseId(m_db);
    const qint64 now = m_clock.nowMs();
    // The authority's X.509 CA (opened with the same passphrase), when it has one.
    const X509Backend *x = x509::backend();
    QString organisation;
    X509Backend::Material ca = openX509Ca(authorityId, passphrase, &organisation);

    // Whom: the named logins, or everyone enrolled whose latest key has no valid certificate.
    struct Target
    {
        qint64 userId = 0, keyId = 0;
        QString login, fullName, keyHex, request;
    };
    QList<Target> targets;
    {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT u.id, u.login, u.full_name, k.id, k.public_key, "
                                                "k.x509_request FROM "
                                                "users u JOIN signing_keys k ON k.user_id = "
                                                "u.id WHERE u.enabled = 1 AND k.id = (SELECT MAX(x.id) FROM "
                                                "signing_keys x WHERE x.user_id = u.id) "
                                                "ORDER BY u.login"));
        while (q.next())
            targets.append({q.value(0).toLongLong(), q.value(3).toLongLong(), q.value(1).toString(),
                            q.value(2).toString(), q.value(4).toString(), q.value(5).toString()});
        q.finish();
    }
    QList<Target> chosen;
    for (const QString &login : logins) {
        const auto it = std::find_if(targets.cbegin(), targets.cend(),
                                     [&login](const Target &t) { return t.login == login; });
        if (it == targets.cend())
            fail(NastiError::Kind::NotFound,
                 tr("%1 is not an enabled user with a signing key (he enrols at his first sign-in, or with "
                    "nasti-admin keys enrol).")
                     .arg(login));
        chosen.append(*it);
    }
    if (logins.isEmpty()) {
        for (const Target &t : targets) {
            const bool valid =
                m_db.scalar(QStringLiteral(
                                "SELECT COUNT(*) FROM key_certificates c WHERE c.key_id = :k AND "
                                "c.valid_from <= :now AND :now < c.valid_until AND NOT EXISTS (SELECT 1 "
                                "FROM key_revocations r WHERE r.certificate_id = c.id)"),
                            {{QStringLiteral("k"), t.keyId}, {QStringLiteral("now"), now}})
                    .toInt() > 0;
            if (!valid)
                chosen.append(t);
        }
    }

    QStringList done;
    Transaction tx(m_db);
    m_db.setActing(m_session.userId, now);
    for (const Target &t : chosen) {
        // The certificate names every post he holds now, in the order his session lists them
        // (an officer with additional charge signs as both); the visible signature on a
        // letter names the one post it was issued under.
        QStringList posts, titles;
        QSqlQuery &q = m_db.exec(
            QStringLiteral("SELECT code, title_en FROM posts WHERE holder_user_id = :u ORDER BY level, code"),
            {{QStringLiteral("u"), t.userId}});
        while (q.next()) {
            posts << q.value(0).toString();
            titles << q.value(1).toString();
        }
        q.finish();
        posts.sort(); // (the signed statement's list, as it always was: by code)
        const QString designation = titles.join(QStringLiteral("; "));
        signing::CertificateFields c;
        c.databaseId = dbId;
        c.authorityKeyHex = authorityHex;
        c.keyHex = t.keyHex;
        c.userId = t.userId;
        c.login = t.login;
        c.posts = posts.join(QLatin1Char(','));
        c.validFrom = now;
        c.validUntil = now + qint64(validDays) * kDayMs;
        const QByteArray sig = signing::sign(secret, signing::certificateStatement(c));
        // The X.509 certificate for PDF signatures, for the same period (when his key has a
        // request: keys enrolled before PDF signing have none and get it at the next enrolment).
        QString x509;
        if (!ca.privateKeyPkcs8.isEmpty() && !t.request.isEmpty()) {
            X509Backend::Subject who{t.fullName.trimmed().isEmpty() ? t.login : t.fullName.trimmed(),
                                     designation, organisation};
            x509 = QString::fromLatin1(x->certificatePem(x->certify(
                ca, QByteArray::fromBase64(t.request.toLatin1()), who, utc(c.validFrom), utc(c.validUntil))));
        } else if (withoutX509) {
            *withoutX509 << t.login;
        }
        m_db.exec(
            QStringLiteral("INSERT INTO key_certificates (key_id, authority_id, user_id, posts, valid_from, "
                           "valid_until, certified_at, certified_by_user_id, authority_signature, "
                           "x509_certificate) VALUES (:k, :a, :u, :p, :from, :until, :now, :by, :sig, :x)"),
            {{QStringLiteral("k"), t.keyId},
             {QStringLiteral("a"), authorityId},
             {QStringLiteral("u"), t.userId},
             {QStringLiteral("p"), c.posts},
             {QStringLiteral("from"), c.validFrom},
             {QStringLiteral("until"), c.validUntil},
             {QStringLiteral("now"), now},
             {QStringLiteral("by"), m_session.userId > 0 ? QVariant(m_session.userId) : QVariant()},
             {QStringLiteral("sig"), signing::toHex(sig)},
             {QStringLiteral("x"), x509}});
        done << t.login;
    }
    m_keyed.record(done.join(QLatin1Char('\n')).left(500), now);
    tx.commit();
    secret.fill('\0');
    ca.privateKeyPkcs8.fill('\0');
    return done;
}

int KeyService::revoke(const QString &login, const QString &reason)
{
    return m_keyed
        .once("key.revoke", m_clock.nowMs(), [&] { return QString::number(doRevoke(login, reason)); })
        .toInt();
}

int KeyService::doRevoke(const QString &login, const QString &reason)
{
    static const QStringList reasons = {QStringLiteral("disabled"), QStringLiteral("transferred"),
                                        QStringLiteral("compromised"), QStringLiteral("renewed")};
    if (!reasons.contains(reason))
        fail(NastiError::Kind::Invalid,
             tr("A revocation's reason is one of: %1.").arg(reasons.join(QStringLiteral(", "))));
    const QVariant user =
        m_db.scalar(QStringLiteral("SELECT id FROM users WHERE login = :l"), {{QStringLiteral("l"), login}});
    if (!user.isValid())
        fail(NastiError::Kind::NotFound, tr("There is no user %1.").arg(login));
    Transaction tx(m_db);
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    QSqlQuery &q =
        m_db.exec(QStringLiteral("INSERT INTO key_revocations (certificate_id, reason, revoked_at, "
                                 "revoked_by_user_id) SELECT c.id, :r, :now, :by FROM key_certificates c "
                                 "WHERE c.user_id = :u AND NOT EXISTS (SELECT 1 FROM key_revocations x "
                                 "WHERE x.certificate_id = c.id)"),
                  {{QStringLiteral("r"), reason},
                   {QStringLiteral("now"), now},
                   {QStringLiteral("by"), m_session.userId > 0 ? QVariant(m_session.userId) : QVariant()},
                   {QStringLiteral("u"), user}});
    int n = q.numRowsAffected();
    q.finish();
    // His registered DSC tokens (schema step 018) go with his own certificates.
    QSqlQuery &t =
        m_db.exec(QStringLiteral("INSERT INTO dsc_token_revocations (token_id, reason, revoked_at, "
                                 "revoked_by_user_id) SELECT t.id, :r, :now, :by FROM dsc_tokens t "
                                 "WHERE t.user_id = :u AND NOT EXISTS (SELECT 1 FROM dsc_token_revocations x "
                                 "WHERE x.token_id = t.id)"),
                  {{QStringLiteral("r"), reason},
                   {QStringLiteral("now"), now},
                   {QStringLiteral("by"), m_session.userId > 0 ? QVariant(m_session.userId) : QVariant()},
                   {QStringLiteral("u"), user}});
    n += t.numRowsAffected();
    t.finish();
    m_keyed.record(QString::number(n), now);
    tx.commit();
    return n;
}

QList<KeyListRow> KeyService::list()
{
    QList<KeyListRow> out;
    QSqlQuery &q = m_db.exec(QStringLiteral(
        "SELECT u.login, u.full_name, k.id, k.public_key, c.id, c.posts, c.valid_from, c.valid_until, "
        "r.reason, "
        "r.revoked_at FROM signing_keys k JOIN users u ON u.id = k.user_id LEFT JOIN key_certificates c ON "
        "c.key_id = k.id LEFT JOIN key_revocations r ON r.certificate_id = c.id ORDER BY u.login, k.id, "
        "c.id"));
    while (q.next()) {
        KeyListRow r;
        r.login = q.value(0).toString();
        r.fullName = q.value(1).toString();
        r.keyId = q.value(2).toLongLong();
        r.publicKeyHex = q.value(3).toString();
        r.certificateId = q.value(4).toLongLong();
        r.posts = q.value(5).toString();
        r.validFrom = q.value(6).toLongLong();
        r.validUntil = q.value(7).toLongLong();
        r.revokedReason = q.value(8).toString();
        r.revokedAt = q.value(9).toLongLong();
        out.append(r);
    }
    q.finish();
    return out;
}

namespace rowsigning {

bool mustSign(Database &db, qint64 userId)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM key_certificates WHERE user_id = :u"),
                     {{QStringLiteral("u"), userId}})
               .toInt() > 0;
}

QString databaseId(Database &db)
{
    const QString id =
        db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'database_id'")).toString();
    if (id.isEmpty())
        fail(NastiError::Kind::Schema,
             QCoreApplication::translate("nasti::KeyService", "This database has no identity to sign under; "
                                                              "run nasti-admin init on it."));
    return id;
}

X509Chain x509Chain(Database &db, qint64 keyId, qint64 nowMs)
{
    X509Chain out;
    QSqlQuery &q =
        db.exec(QStringLiteral(
                    "SELECT c.x509_certificate, a.x509_ca FROM key_certificates c JOIN signing_authorities a "
                    "ON a.id = c.authority_id WHERE c.key_id = :k AND c.x509_certificate <> '' AND "
                    "c.valid_from <= :now AND :now < c.valid_until AND NOT EXISTS (SELECT 1 FROM "
                    "key_revocations r WHERE r.certificate_id = c.id) ORDER BY c.id DESC LIMIT 1"),
                {{QStringLiteral("k"), keyId}, {QStringLiteral("now"), nowMs}});
    if (q.next()) {
        out.certificatePem = q.value(0).toString().toLatin1();
        out.caPem = q.value(1).toString().toLatin1();
    }
    q.finish();
    return out;
}

QList<QByteArray> organisationCas(Database &db)
{
    QList<QByteArray> out;
    QSqlQuery &q =
        db.exec(QStringLiteral("SELECT x509_ca FROM signing_authorities WHERE x509_ca <> '' ORDER BY id"));
    while (q.next())
        out << q.value(0).toString().toLatin1();
    q.finish();
    return out;
}

QList<RevokedX509> revokedX509(Database &db)
{
    QList<RevokedX509> out;
    QSqlQuery &q = db.exec(QStringLiteral(
        "SELECT c.x509_certificate, r.revoked_at, r.reason FROM key_revocations r JOIN key_certificates c "
        "ON c.id = r.certificate_id WHERE c.x509_certificate <> '' ORDER BY r.id"));
    while (q.next())
        out << RevokedX509{q.value(0).toString().toLatin1(), q.value(1).toLongLong(), q.value(2).toString()};
    q.finish();
    return out;
}

void requireSigner(const Session &session)
{
    if (!session.signer && !session.signingProblem.isEmpty())
        fail(NastiError::Kind::Refused,
             QCoreApplication::translate(
                 "nasti::KeyService", "What you decide must carry your digital signature, and your signing "
                                      "key could not be unlocked at sign-in: %1 Nothing was frozen or sent; "
                                      "your draft is kept.")
                 .arg(session.signingProblem));
    if (!session.signer) {
        fail(NastiError::Kind::Refused,
             QCoreApplication::translate(
                 "nasti::KeyService",
                 "What you decide must carry your digital signature, and your signing key is not unlocked "
                 "here. Sign in again with your password to unlock it; nothing was frozen or sent."));
    }
}

void sign(Database &db, const Session &session, const QString &table, qint64 id, const QString &hash,
          qint64 nowMs)
{
    // A key not yet certified signs nothing (its signature would be worth nothing).
    if (!mustSign(db, session.userId))
        return;
    requireSigner(session);
    const QByteArray sig = session.signer->sign(signing::objectStatement(databaseId(db), table, id, hash));
    db.exec(QStringLiteral(
                "INSERT INTO signatures (object_table, object_id, object_hash, key_id, signer_user_id, "
                "signed_at, signature) VALUES (:t, :id, :h, :k, :u, :now, :s)"),
            {{QStringLiteral("t"), table},
             {QStringLiteral("id"), id},
             {QStringLiteral("h"), hash},
             {QStringLiteral("k"), session.signer->keyId()},
             {QStringLiteral("u"), session.userId},
             {QStringLiteral("now"), nowMs},
             {QStringLiteral("s"), signing::toHex(sig)}});
}

} // namespace rowsigning

} // namespace nasti
