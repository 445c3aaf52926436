#pragma once

namespace nasti {

class Database;

// Numbered schema migrations, one set for both dialects: step N runs
// schema/NNN_*.sql (shared, with Dialect tokens) and then
// schema/NNN_*.<dialect>.sql, inside one transaction, and records N in
// schema_version. A database newer than the program is refused.
namespace migrations {
int latestVersion();
int currentVersion(Database &db); // 0 for an empty database
// Returns the number of steps applied. Throws NastiError(Schema) for a newer database.
int migrate(Database &db);
} // namespace migrations

} // namespace nasti
