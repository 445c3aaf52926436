#pragma once

#include <QString>

namespace nasti {

// Where the client keeps its own files (demo database, chain heads, drafts).
namespace paths {
QString dataDir();            // created if missing
QString defaultDatabaseUrl(); // sqlite:<dataDir>/demo.db
} // namespace paths

} // namespace nasti
