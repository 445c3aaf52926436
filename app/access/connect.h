#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <memory>

namespace nasti::access {

// A user's own connection and session.
//
// SQLite: opens the file; the password is checked against the stored Argon2id
// hash (with lockout) by AuthService.
// PostgreSQL: connects as the user's own login role with his password, so the
// server authenticates him (SCRAM) and every row-level policy and grant applies
// to him; then maps the role to his user and posts.
struct UserConnection
{
    std::unique_ptr<Database> db;
    Session session;
    QString reviewUrl; // the profile's read-only replica for the review, if any (issue 17)
};

// Throws NastiError(Auth) for a wrong login or password, (Database) when the
// server cannot be reached. Migrates nothing: a database older than the program
// is refused with a clear message (run nasti-admin init).
UserConnection connectAs(const DbUrl &url, const QString &login, const QString &password);

// The pieces of connectAs (which lives in services/signin.cpp, beside the
// AuthService it needs): the schema check, and a connection as a login role.
void requireCurrentSchema(Database &db);
std::unique_ptr<Database> openAsRole(const DbUrl &url, const QString &login, const QString &role,
                                     const QString &password);

// The PostgreSQL role name of a login in this database (role_prefix || login).
QString roleNameFor(Database &db, const QString &login);

// PostgreSQL: whether the server accepts this role and password (a short-lived
// connection of its own). Throws NastiError(Auth) for a disabled (NOLOGIN) role and
// NastiError(Database) when the server cannot be reached at all.
bool serverAcceptsPassword(const DbUrl &url, const QString &role, const QString &password);

} // namespace nasti::access
