#include "access/connect.h"

#include "db/migrations.h"
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

void requireCurrentSchema(Database &db)
{
    // Older: refused until migrated (README, "Upgrading without stopping the office");
    // newer: accepted when every newer step says it works with this program.
    const migrations::Compatibility c = migrations::compatibility(db);
    if (!c.usable())
        fail(NastiError::Kind::Schema, migrations::refusal(c, db.url().display()));
}

namespace {
// libpq's words for "this role may not come in" (the same for an unknown role,
// so nobody can probe for names).
bool isAuthFailure(const QString &message)
{
    return message.contains(QLatin1String("password authentication failed")) ||
           message.contains(QLatin1String("no password supplied")) ||
           message.contains(QLatin1String("SCRAM authentication requires libpq"));
}

bool isNoLogin(const QString &message)
{
    return message.contains(QLatin1String("is not permitted to log in"));
}

QString disabledMessage(const QString &login)
{
    return tr("The login %1 is disabled. Ask the administrator.").arg(login);
}
} // namespace

std::unique_ptr<Database> openAsRole(const DbUrl &url, const QString &login, const QString &role,
                                     const QString &password)
{
    // Never fall back to PGPASSWORD or ~/.pgpass: an empty password is simply wrong.
    if (password.isEmpty())
        fail(NastiError::Kind::Auth, tr("Wrong login or password."));
    try {
        return Database::open(url.withCredentials(role, password));
    } catch (const NastiError &e) {
        if (isAuthFailure(e.message()))
            fail(NastiError::Kind::Auth, tr("Wrong login or password."));
        if (isNoLogin(e.message()))
            fail(NastiError::Kind::Auth, disabledMessage(login));
        throw;
    }
}

QString roleNameFor(Database &db, const QString &login)
{
    if (!db.isPostgres())
        return login;
    // The settings table, read directly: access sits below the services.
    return db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'role_prefix'")).toString() +
           login;
}

bool serverAcceptsPassword(const DbUrl &url, const QString &role, const QString &password)
{
    try {
        openAsRole(url, role, role, password);
        return true;
    } catch (const NastiError &e) {
        if (e.kind() == NastiError::Kind::Auth && !e.message().contains(QLatin1String("disabled")))
            return false;
        throw;
    }
}

} // namespace nasti::access
