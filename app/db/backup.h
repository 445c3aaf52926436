#pragma once

#include "db/dburl.h"

#include <QString>

namespace nasti {

class Database;

// Backups that restore (issue 19).
//
// SQLite: SQLite's online backup API copies the open database page by page into
// FILE while other connections keep reading and writing (WAL mode: the copy is
// the database as it stood at one moment). Restore copies FILE back the same way.
//
// PostgreSQL: a consistent logical copy of the one database, pg_dump's custom
// format (one snapshot; clients keep working). It holds the schema, the data and
// the grants, not the cluster's login roles: for a whole server, and for
// point-in-time recovery, use pgBackRest (packaging/pgbackrest/setup.sh).
namespace backup {

// Writes a backup of db to file (replacing it only once the copy is complete;
// created readable by the owner only: it holds password hashes).
// Throws NastiError naming what failed.
void take(Database &db, const QString &file);

// Replaces the contents of the database at url with the backup in file. On
// SQLite the file is checked to be a Nasti database first; on PostgreSQL
// pg_restore runs in one transaction (all or nothing). Clients should be
// signed out: their next sign-in reports a database older than they saw.
void restore(const DbUrl &url, const QString &file);

// libpq's keyword=value connection string for url, without the password
// (pass it in PGPASSWORD): for pg_dump, pg_restore and psql.
QString libpqConninfo(const DbUrl &url);

} // namespace backup
} // namespace nasti
