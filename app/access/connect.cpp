#include "access/connect.h"

#include "db/migrations.h"
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

void requireCurrentSchema(Database &db)
{
    const int version = migrations::currentVersion(db);
    if (version == 0)
        fail(NastiError::Kind::Schema, tr("The database %1 is empty; run nasti-admin init first.").arg(db.url().display()));
    if (version < migrations::latestVersion())
        fail(NastiError::Kind::Schema, tr("The database %1 has schema version %2; this program needs %3. "
                                          "Ask the administrator to run nasti-admin init.")
                                           .arg(db.url().display()).arg(version).arg(migrations::latestVersion()));
    if (version > migrations::latestVersion())
        fail(NastiError::Kind::Schema, tr("The database %1 is newer (schema %2) than this program understands (%3). "
                                          "Install the newer Nasti.")
                                           .arg(db.url().display()).arg(version).arg(migrations::latestVersion()));
}
} // namespace

QString roleNameFor(Database &db, const QString &login)
{
    return OrgService(db, SystemClock()).setting(QStringLiteral("role_prefix")) + login;
}

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
    // The role prefix lives in the database; read it with the URL's own credentials
    // only if they are given, else assume the plain login.
    QString role = login;
    if (!url.user.isEmpty() && url.user != login) {
        try {
            auto probe = Database::open(url);
            role = roleNameFor(*probe, login);
        } catch (const NastiError &) {
            role = login;
        }
    }
    try {
        out.db = Database::open(url.withCredentials(role, password));
    } catch (const NastiError &e) {
        if (e.message().contains(QLatin1String("password authentication failed"))
            || e.message().contains(QLatin1String("does not exist")))
            fail(NastiError::Kind::Auth, tr("Wrong login or password."));
        throw;
    }
    requireCurrentSchema(*out.db);
    out.session = AuthService(*out.db, clock).login(login, password);
    return out;
}

} // namespace nasti::access
