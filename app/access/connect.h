#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <memory>
#include <optional>

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
    // Why his signing key could not be unlocked at sign-in (empty when it was, or he has none).
    QString signingProblem;
    // This desktop's offline copies (issue 19): the key from the OS keychain (empty: none
    // are kept, and offlineProblem says why) and the profile's settings for them.
    QByteArray offlineKey;
    QString offlineProblem;
    int offlineKeepDays = 7;
    QString offlineHighest; // the highest grading cached (a grading code; empty: confidential)
};

// Throws NastiError(Auth) for a wrong login or password, (Database) when the
// server cannot be reached, (Schema) for a database this program cannot use. Migrates
// nothing: a database older than the program is refused with a clear message (ask the
// administrator to run nasti-admin migrate); a newer one is used when every newer step
// declares itself compatible with this program (migrations::compatibility).
UserConnection connectAs(const DbUrl &url, const QString &login, const QString &password);

// The desktop client's part of signing in (issue 16): at his first sign-in an officer's
// key is made here (sealed under his password in the database; the caller keeps the
// private key in the keychain); a key whose sealed copy did not open is taken from the
// keychain copy the caller read (keychainSecret). Returns a line for the status bar
// (a key awaiting certification, a key that could not be opened), or empty.
// keychainProblem: why the keychain gave no copy (no keychain service on this desktop,
// no entry), said with the sealed copy's problem when neither opens.
QString settleSigningKey(UserConnection &connection, const QString &password,
                         const std::optional<QByteArray> &keychainSecret,
                         const QString &keychainProblem = {});

// The pieces of connectAs (which lives in services/signin.cpp, beside the
// AuthService it needs): the schema check (throws NastiError(Schema) with
// migrations::refusal()), and a connection as a login role.
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
