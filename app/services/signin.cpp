// access::connectAs: signing in is opening the user's connection and then
// AuthService's login on it, so it lives with the services, above access.
#include "access/connect.h"

#include "services/authservice.h"
#include "services/dsctokens.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>

namespace nasti::access {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::access", text);
}

// Signing in opens his signing key's sealed copy with the same password (issue 16), so
// he signs on any desktop; a copy that does not open is said, and what he must sign is
// then refused with its own message.
void unlockSigning(UserConnection &out, const Clock &clock, const QString &password)
{
    try {
        out.session.signer = KeyService(*out.db, clock, out.session).unlock(password);
    } catch (const NastiError &e) {
        out.signingProblem = e.message();
    }
    try {
        out.session.dscToken = dsctokens::registered(*out.db, out.session.userId, clock.nowMs()).subject;
    } catch (const NastiError &) {
        out.session.dscToken.clear(); // (issuing says it, if it matters)
    }
}

} // namespace

UserConnection connectAs(const DbUrl &url, const QString &login, const QString &password)
{
    SystemClock clock;
    UserConnection out;
    if (url.backend == Backend::Sqlite) {
        out.db = Database::open(url);
        requireCurrentSchema(*out.db);
        out.session = AuthService(*out.db, clock).login(login, password);
        unlockSigning(out, clock, password);
        return out;
    }
    if (!OrgService::isValidLogin(login))
        fail(NastiError::Kind::Auth, tr("Wrong login or password."));
    // The role prefix lives in the database. Read it with the URL's own credentials
    // when it names another role (an administrator's URL, the tests); a desktop
    // profile names no user, and its deployment uses the plain login (no prefix).
    QString role = login;
    if (!url.user.isEmpty() && url.user != login) {
        try {
            auto probe = Database::open(url);
            role = roleNameFor(*probe, login);
        } catch (const NastiError &) {
            role = login;
        }
    }
    out.db = openAsRole(url, login, role, password);
    requireCurrentSchema(*out.db);
    // The server has authenticated the role; it must also be this database's user.
    if (roleNameFor(*out.db, login) != role)
        fail(NastiError::Kind::Auth, tr("Wrong login or password."));
    out.session = AuthService(*out.db, clock).login(login, password);
    const QVariant serverId = out.db->scalar(QStringLiteral("SELECT nasti_user_id()"));
    if (!serverId.isValid() || serverId.isNull() || serverId.toLongLong() != out.session.userId)
        fail(NastiError::Kind::Auth,
             tr("The database role %1 is not the Nasti user %2 in %3.").arg(role, login, url.display()));
    unlockSigning(out, clock, password);
    return out;
}

QString settleSigningKey(UserConnection &connection, const QString &password,
                         const std::optional<QByteArray> &keychainSecret, const QString &keychainProblem)
{
    SystemClock clock;
    Session &session = connection.session;
    if (session.role == Role::Admin || !connection.db)
        return {};
    try {
        KeyService keys(*connection.db, clock, session);
        if (!session.signer && connection.signingProblem.isEmpty()) {
            session.signer = keys.enrol(password); // his first sign-in
        } else if (!session.signer && keychainSecret) {
            if ((session.signer = keys.unlockWithSecret(*keychainSecret)))
                connection.signingProblem.clear();
        }
        if (!connection.signingProblem.isEmpty()) {
            if (!session.signer && !keychainSecret && !keychainProblem.isEmpty())
                connection.signingProblem +=
                    QLatin1Char(' ') +
                    tr("This desktop's keychain holds no copy of it either (%1).").arg(keychainProblem);
            session.signingProblem = connection.signingProblem;
            return connection.signingProblem;
        }
        session.signingProblem.clear();
        const KeyStatus status = keys.status();
        if (!status.validNow)
            return status.everCertified
                       ? tr("Your signing certificate is not valid now (%1); ask the administrator to renew "
                            "it. "
                            "Until then you cannot freeze notes or decide.")
                             .arg(status.revokedReason.isEmpty() ? tr("expired") : status.revokedReason)
                       : tr("Your signing key was made on this desktop; it signs once the administrator "
                            "certifies it.");
    } catch (const NastiError &e) {
        return e.message();
    }
    return {};
}

} // namespace nasti::access
