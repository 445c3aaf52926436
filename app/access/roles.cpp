#include "access/roles.h"

#include "access/connect.h"
#include "access/scram.h"
#include "db/database.h"
#include "util/error.h"

#include <QCoreApplication>

namespace nasti::access {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::access", text);
}

QString roleFor(Database &db, const QString &login)
{
    const QString role = roleNameFor(db, login);
    if (role.toUtf8().size() > 63)
        fail(NastiError::Kind::Invalid,
             tr("The login %1 is too long for a database role (at most 63 bytes with its prefix).")
                 .arg(login));
    return role;
}

void manage(Database &db, const QString &action, const QString &login, const QVariant &secret,
            const QVariant &group)
{
    const QString role = roleFor(db, login);
    // A role of that name that is not a plain Nasti login (a superuser, a service
    // account, another application's user) is never taken over.
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls "
                       "OR NOT pg_has_role(rolname, 'nasti_user', 'MEMBER') "
                       "OR pg_has_role(rolname, 'nasti_owner', 'MEMBER') FROM pg_roles WHERE rolname = :r"),
        {{QStringLiteral("r"), role}});
    const bool exists = q.next();
    const bool foreign = exists && q.value(0).toBool();
    q.finish();
    if (foreign)
        fail(NastiError::Kind::Refused,
             tr("The database already has a role named %1 that is not a Nasti login; "
                "choose another login.")
                 .arg(role));
    if (!exists && action != QLatin1String("create"))
        fail(NastiError::Kind::NotFound,
             tr("The login %1 has no database role %2; add the user again.").arg(login, role));
    try {
        db.exec(QStringLiteral("SELECT nasti_manage_login(:a, :r, :s, :g)"), {{QStringLiteral("a"), action},
                                                                              {QStringLiteral("r"), role},
                                                                              {QStringLiteral("s"), secret},
                                                                              {QStringLiteral("g"), group}});
        // Interactive limits on every login (schema step 8); a password change is an event.
        if (action == QLatin1String("create"))
            db.exec(QStringLiteral("SELECT nasti_interactive_limits(:r)"), {{QStringLiteral("r"), role}});
        else if (action == QLatin1String("password"))
            db.exec(QStringLiteral("SELECT nasti_login_changed(:l)"), {{QStringLiteral("l"), login}});
    } catch (const NastiError &e) {
        if (e.message().contains(QLatin1String("permission denied")))
            fail(NastiError::Kind::Refused,
                 tr("Managing the database login of %1 needs an administrator's connection "
                    "(a role with CREATEROLE): run nasti-admin without --as.")
                     .arg(login));
        throw;
    }
}
} // namespace

QString groupRole(Role role)
{
    return QStringLiteral("nasti_") + codes::role(role);
}

void createLogin(Database &db, const QString &login, Role role, const QString &password)
{
    if (!db.isPostgres())
        return;
    manage(db, QStringLiteral("create"), login,
           password.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(scramVerifier(password)),
           groupRole(role));
}

void setLoginPassword(Database &db, const QString &login, const QString &password)
{
    if (!db.isPostgres())
        return;
    manage(db, QStringLiteral("password"), login, scramVerifier(password),
           QVariant(QMetaType(QMetaType::QString)));
}

void setLoginEnabled(Database &db, const QString &login, bool enabled)
{
    if (!db.isPostgres())
        return;
    manage(db, enabled ? QStringLiteral("enable") : QStringLiteral("disable"), login,
           QVariant(QMetaType(QMetaType::QString)), QVariant(QMetaType(QMetaType::QString)));
}

} // namespace nasti::access
