// access::connectAs: signing in is opening the user's connection and then
// AuthService's login on it, so it lives with the services, above access.
#include "access/connect.h"

#include "services/authservice.h"
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
} // namespace

UserConnection connectAs(const DbUrl &url, const QString &login, const QString &password)
{
    SystemClock clock;
    UserConnection out;
    if (url.backend == Backend::Sqlite) {
        out.db = Database::open(url);
        requireCurrentSchema(*out.db);
        out.session = AuthService(*out.db, clock).login(login, password);
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
    return out;
}

} // namespace nasti::access
