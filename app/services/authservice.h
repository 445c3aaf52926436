#pragma once

#include "services/session.h"

#include <QString>

namespace nasti {

class Database;
class Clock;

// Checks a login and password and returns the user's session.
//
// SQLite (one machine): the password is checked against the Argon2id hash in
// the users table; five wrong passwords lock the login for 15 minutes.
// PostgreSQL: on a connection opened as the user's own login role (role_prefix +
// login, see access::connectAs) the server has already checked the password
// (SCRAM); this only maps the role to the user and his posts. On another
// connection (an administrator's) the server is asked whether the role takes the
// password; no hash is kept in users.password_hash.
class AuthService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;

    AuthService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws NastiError(Auth) with a message fit to show at the login screen.
    Session login(const QString &login, const QString &password);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace nasti
