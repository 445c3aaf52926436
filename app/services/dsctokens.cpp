#include "services/dsctokens.h"

#include "db/database.h"
#include "db/transaction.h"
#include "security/x509backend.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::DscTokenService", text);
}

QString ist(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
               .toString(QStringLiteral("dd-MM-yyyy hh:mm")) +
           QStringLiteral(" IST");
}

const X509Backend &backend()
{
    const X509Backend *x = x509::backend();
    if (!x)
        fail(NastiError::Kind::Invalid, tr("This program cannot read X.509 certificates (no PDF signing)."));
    return *x;
}

QVariant by(const Session &s)
{
    return s.userId > 0 ? QVariant(s.userId) : QVariant(QMetaType(QMetaType::LongLong));
}

QList<DscTokenRow> readTokens(Database &db, const QString &where, const QVariantMap &binds)
{
    QList<DscTokenRow> out;
    QSqlQuery &q = db.exec(
        QStringLiteral(
            "SELECT t.id, t.user_id, u.login, u.full_name, t.posts, t.subject, t.fingerprint, c.name, "
            "t.module_path, t.valid_from, t.valid_until, t.registered_at, r.revoked_at, r.reason "
            "FROM dsc_tokens t JOIN users u ON u.id = t.user_id JOIN trusted_cas c ON c.id = t.ca_id "
            "LEFT JOIN dsc_token_revocations r ON r.token_id = t.id ") +
            where + QStringLiteral(" ORDER BY t.id"),
        binds);
    while (q.next()) {
        DscTokenRow r;
        r.id = q.value(0).toLongLong();
        r.userId = q.value(1).toLongLong();
        r.login = q.value(2).toString();
        r.fullName = q.value(3).toString();
        r.posts = q.value(4).toString();
        r.subject = q.value(5).toString();
        r.fingerprint = q.value(6).toString();
        r.caName = q.value(7).toString();
        r.modulePath = q.value(8).toString();
        r.validFrom = q.value(9).toLongLong();
        r.validUntil = q.value(10).toLongLong();
        r.registeredAt = q.value(11).toLongLong();
        r.revokedAt = q.value(12).toLongLong();
        r.revokedReason = q.value(13).toString();
        out << r;
    }
    q.finish();
    return out;
}
} // namespace

DscTokenService::DscTokenService(Database &db, const Clock &clock, Session session)
    : m_db(db), m_clock(clock), m_session(std::move(session))
{
}

qint64 DscTokenService::trustCa(const QString &name, const QByteArray &certificate)
{
    if (name.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("A trusted CA needs a name (--name)."));
    const X509Backend &x = backend();
    const qint64 now = m_clock.nowMs();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const X509Backend::CertificateInfo info = x.inspectCertificate(certificate, {}, at);
    if (!info.isCa)
        fail(NastiError::Kind::Invalid,
             tr("%1 is not a CA certificate; trust the CA that issued the token's certificate.")
                 .arg(info.commonName));
    // A self-signed root checks against itself; an intermediate is trusted as it stands.
    if (info.notAfter.isValid() && info.notAfter < at)
        fail(NastiError::Kind::Refused, tr("The CA certificate of %1 expired on %2.")
                                            .arg(info.commonName, ist(info.notAfter.toMSecsSinceEpoch())));
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM trusted_cas WHERE fingerprint = :f"),
                    {{QStringLiteral("f"), info.sha256Hex}})
            .toInt() > 0)
        fail(NastiError::Kind::Refused, tr("The CA %1 is trusted already.").arg(info.commonName));
    const QByteArray pem = x.certificatePem(x.certificateDer(certificate));
    Transaction tx(m_db);
    m_db.setActing(m_session.userId, now);
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO trusted_cas (name, certificate, fingerprint, added_at, "
                                   "added_by_user_id) VALUES (:n, :c, :f, :now, :by) RETURNING id"),
                    {{QStringLiteral("n"), name.trimmed()},
                     {QStringLiteral("c"), QString::fromLatin1(pem)},
                     {QStringLiteral("f"), info.sha256Hex},
                     {QStringLiteral("now"), now},
                     {QStringLiteral("by"), by(m_session)}})
            .toLongLong();
    tx.commit();
    return id;
}

QList<TrustedCaRow> DscTokenService::trustedCas()
{
    QList<TrustedCaRow> out;
    const X509Backend *x = x509::backend();
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT id, name, certificate, fingerprint, added_at FROM trusted_cas ORDER BY id"));
    while (q.next()) {
        TrustedCaRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.fingerprint = q.value(3).toString();
        r.addedAt = q.value(4).toLongLong();
        if (x) {
            try {
                const X509Backend::CertificateInfo i = x->inspectCertificate(
                    q.value(2).toString().toLatin1(), {}, QDateTime::currentDateTimeUtc());
                r.subject = i.commonName;
                r.notAfter = i.notAfter.toMSecsSinceEpoch();
            } catch (const NastiError &) {
            }
        }
        out << r;
    }
    q.finish();
    return out;
}

qint64 DscTokenService::registerToken(const QString &login, const QByteArray &certificate,
                                      const QString &modulePath)
{
    const X509Backend &x = backend();
    if (modulePath.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("Name the token's PKCS#11 driver on the officers' desktops (--module PATH)."));
    QSqlQuery &u = m_db.exec(QStringLiteral("SELECT id, enabled FROM users WHERE login = :l"),
                             {{QStringLiteral("l"), login}});
    qint64 userId = 0;
    bool enabled = false;
    if (u.next()) {
        userId = u.value(0).toLongLong();
        enabled = u.value(1).toInt() == 1;
    }
    u.finish();
    if (!userId)
        fail(NastiError::Kind::NotFound, tr("There is no user %1.").arg(login));
    if (!enabled)
        fail(NastiError::Kind::Refused,
             tr("The login %1 is disabled; its tokens cannot be registered.").arg(login));

    const qint64 now = m_clock.nowMs();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    // Which trusted CA issued it: the one it chains to.
    QList<QByteArray> cas;
    QList<qint64> caIds;
    {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, certificate FROM trusted_cas ORDER BY id"));
        while (q.next()) {
            caIds << q.value(0).toLongLong();
            cas << q.value(1).toString().toLatin1();
        }
        q.finish();
    }
    const X509Backend::CertificateInfo info = x.inspectCertificate(certificate, cas, at);
    if (info.isCa)
        fail(NastiError::Kind::Invalid, tr("%1 is a CA certificate, not an officer's.").arg(info.commonName));
    if (cas.isEmpty())
        fail(NastiError::Kind::Refused,
             tr("No external CA is trusted yet: trust the CA that issued the token's certificate first "
                "(nasti-admin keys trust-ca)."));
    if (!info.problem.isEmpty())
        fail(NastiError::Kind::Refused, tr("The certificate of %1 (issued by %2) cannot be registered: %3.")
                                            .arg(info.commonName, info.issuerCommonName, info.problem));
    qint64 caId = 0;
    for (int i = 0; i < cas.size() && !caId; ++i)
        if (x.inspectCertificate(certificate, {cas.at(i)}, at).problem.isEmpty())
            caId = caIds.at(i);
    if (m_db.scalar(QStringLiteral(
                        "SELECT COUNT(*) FROM dsc_tokens t WHERE t.user_id = :u AND t.fingerprint = :f "
                        "AND NOT EXISTS (SELECT 1 FROM dsc_token_revocations r WHERE r.token_id = t.id)"),
                    {{QStringLiteral("u"), userId}, {QStringLiteral("f"), info.sha256Hex}})
            .toInt() > 0)
        fail(NastiError::Kind::Refused, tr("This certificate is registered to %1 already.").arg(login));

    QStringList posts;
    QSqlQuery &p = m_db.exec(QStringLiteral("SELECT code FROM posts WHERE holder_user_id = :u ORDER BY code"),
                             {{QStringLiteral("u"), userId}});
    while (p.next())
        posts << p.value(0).toString();
    p.finish();

    const QByteArray pem = x.certificatePem(x.certificateDer(certificate));
    QString subject = info.commonName;
    if (!info.organisation.isEmpty())
        subject += QStringLiteral(", ") + info.organisation;
    Transaction tx(m_db);
    m_db.setActing(m_session.userId, now);
    const qint64 id =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO dsc_tokens (user_id, ca_id, posts, certificate, fingerprint, subject, "
                        "valid_from, valid_until, module_path, registered_at, registered_by_user_id) "
                        "VALUES (:u, :ca, :p, :c, :f, :s, :from, :until, :m, :now, :by) RETURNING id"),
                    {{QStringLiteral("u"), userId},
                     {QStringLiteral("ca"), caId},
                     {QStringLiteral("p"), posts.join(QLatin1Char(','))},
                     {QStringLiteral("c"), QString::fromLatin1(pem)},
                     {QStringLiteral("f"), info.sha256Hex},
                     {QStringLiteral("s"), subject},
                     {QStringLiteral("from"), info.notBefore.toMSecsSinceEpoch()},
                     {QStringLiteral("until"), info.notAfter.toMSecsSinceEpoch()},
                     {QStringLiteral("m"), modulePath.trimmed()},
                     {QStringLiteral("now"), now},
                     {QStringLiteral("by"), by(m_session)}})
            .toLongLong();
    tx.commit();
    return id;
}

QList<DscTokenRow> DscTokenService::tokens()
{
    return readTokens(m_db, {}, {});
}

namespace dsctokens {

QList<QByteArray> trustedCas(Database &db)
{
    QList<QByteArray> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT certificate FROM trusted_cas ORDER BY id"));
    while (q.next())
        out << q.value(0).toString().toLatin1();
    q.finish();
    return out;
}

Registration registered(Database &db, qint64 userId, qint64 nowMs, QString *why)
{
    Registration out;
    QSqlQuery &q =
        db.exec(QStringLiteral(
                    "SELECT t.id, t.certificate, c.certificate, t.module_path, t.subject, t.valid_from, "
                    "t.valid_until, "
                    "r.revoked_at, r.reason FROM dsc_tokens t JOIN trusted_cas c ON c.id = t.ca_id LEFT JOIN "
                    "dsc_token_revocations r ON r.token_id = t.id WHERE t.user_id = :u ORDER BY t.id DESC"),
                {{QStringLiteral("u"), userId}});
    QString reason;
    while (q.next()) {
        const qint64 from = q.value(5).toLongLong(), until = q.value(6).toLongLong();
        const bool revoked = !q.value(7).isNull();
        if (revoked) {
            if (reason.isEmpty())
                reason = tr("the registration of your DSC token (%1) was revoked on %2")
                             .arg(q.value(4).toString(), ist(q.value(7).toLongLong()));
            continue;
        }
        if (nowMs >= until || nowMs < from) {
            if (reason.isEmpty())
                reason = nowMs >= until ? tr("the certificate on your DSC token (%1) expired on %2")
                                              .arg(q.value(4).toString(), ist(until))
                                        : tr("the certificate on your DSC token (%1) is valid only from %2")
                                              .arg(q.value(4).toString(), ist(from));
            continue;
        }
        out.id = q.value(0).toLongLong();
        out.certificatePem = q.value(1).toString().toLatin1();
        out.caPem = q.value(2).toString().toLatin1();
        out.modulePath = q.value(3).toString();
        out.subject = q.value(4).toString();
        out.validUntil = until;
        break;
    }
    q.finish();
    if (why)
        *why = out.id ? QString() : reason;
    return out;
}

QList<DscTokenRow> registrationsOf(Database &db, const QString &fingerprint)
{
    return readTokens(db, QStringLiteral("WHERE t.fingerprint = :f"), {{QStringLiteral("f"), fingerprint}});
}

} // namespace dsctokens

} // namespace nasti
