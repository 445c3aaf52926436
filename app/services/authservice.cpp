#include "services/authservice.h"

#include "access/connect.h"

#include "db/database.h"
#include "db/transaction.h"
#include "security/eventlog.h"
#include "security/passwordhasher.h"
#include "services/orgservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::AuthService", text);
}
} // namespace

Session AuthService::login(const QString &login, const QString &password)
{
    const qint64 now = m_clock.nowMs();
    // Only columns every role may read: on PostgreSQL users cannot read the others.
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, enabled FROM users WHERE login = :l"),
                             {{QStringLiteral("l"), login}});
    // The same message for an unknown login and a wrong password: no probing for names.
    const QString wrong = tr("Wrong login or password.");
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::Auth, wrong);
    }
    const qint64 userId = q.value(0).toLongLong();
    const bool enabled = q.value(1).toInt() != 0;
    q.finish();

    if (!enabled)
        fail(NastiError::Kind::Auth, tr("The login %1 is disabled. Ask the administrator.").arg(login));

    // On PostgreSQL connected as the user's own role, the server checked the password.
    const QString role = access::roleNameFor(m_db, login);
    const bool serverAuthenticated = m_db.isPostgres() && m_db.url().user == role;
    if (!serverAuthenticated) {
        QSqlQuery &h = m_db.exec(
            QStringLiteral("SELECT password_hash, failed_logins, locked_until FROM users WHERE id = :id"),
            {{QStringLiteral("id"), userId}});
        h.next();
        const QString hash = h.value(0).toString();
        const int failures = h.value(1).toInt();
        const qint64 lockedUntil = h.value(2).isNull() ? 0 : h.value(2).toLongLong();
        h.finish();
        if (lockedUntil > now)
            fail(NastiError::Kind::Auth,
                 tr("Too many wrong passwords: the login %1 is locked until %2.")
                     .arg(login, Clock::toOffice(lockedUntil).toString(QStringLiteral("HH:mm"))));
        // PostgreSQL keeps no hash of ours (the server holds the SCRAM secret): ask the
        // server whether the role takes this password.
        const bool accepted = m_db.isPostgres() ? access::serverAcceptsPassword(m_db.url(), role, password)
                                                : passwords::verify(hash, password);
        if (!accepted) {
            Transaction tx(m_db);
            const int count = failures + 1;
            const bool lock = count >= kMaxFailures;
            m_db.exec(QStringLiteral("UPDATE users SET failed_logins = :f, locked_until = :u WHERE id = :id"),
                      {{QStringLiteral("f"), lock ? 0 : count},
                       {QStringLiteral("u"),
                        lock ? QVariant(now + kLockoutMs) : QVariant(QMetaType(QMetaType::LongLong))},
                       {QStringLiteral("id"), userId}});
            EventLog(m_db).append(now, lock ? QStringLiteral("auth.locked") : QStringLiteral("auth.failed"),
                                  userId, 0, 0, {{QStringLiteral("login"), login}});
            tx.commit();
            if (lock)
                fail(NastiError::Kind::Auth,
                     tr("Too many wrong passwords: the login %1 is locked for 15 minutes.").arg(login));
            fail(NastiError::Kind::Auth, wrong);
        }
        if (failures > 0 || lockedUntil > 0) {
            m_db.exec(
                QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id"),
                {{QStringLiteral("id"), userId}});
        }
    }
    return OrgService(m_db, m_clock).sessionFor(login);
}

} // namespace nasti
