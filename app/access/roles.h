#pragma once

#include "domain/types.h"

#include <QString>

namespace nasti {
class Database;
}

namespace nasti::access {

// PostgreSQL login roles, one per user: role_prefix || login, in the group role of
// his job (nasti_clerk, nasti_officer, nasti_reviewer, nasti_admin). OrgService calls
// these inside its own transaction, on a connection allowed to CREATE ROLE (the
// administrator's URL). On SQLite they do nothing: there are no roles.

// The group role of a job.
QString groupRole(Role role);
// Creates the login role (or adopts an existing plain Nasti login of that name).
// An empty password leaves the role without one: it cannot log in until set.
void createLogin(Database &db, const QString &login, Role role, const QString &password);
void setLoginPassword(Database &db, const QString &login, const QString &password);
// Disabled = NOLOGIN; the user's posts and files are untouched.
void setLoginEnabled(Database &db, const QString &login, bool enabled);

} // namespace nasti::access
