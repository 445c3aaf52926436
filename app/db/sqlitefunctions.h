#pragma once

#include <QSqlDatabase>

#include <atomic>

namespace nasti {

// What the SQLite triggers of schema step 8 ask the application: who is acting and
// what time it is (the services' clock), set before each action.
struct ActingContext
{
    std::atomic<qint64> userId{0};
    std::atomic<qint64> nowMs{0};
};

namespace sqlitefunctions {

// Registers nasti_sha256(x), nasti_row_hash(table, ...), nasti_actor() and
// nasti_now_ms() on an open QSQLITE connection. Returns false if the driver's handle
// is not an sqlite3 connection.
bool install(const QSqlDatabase &db, ActingContext *context);

} // namespace sqlitefunctions
} // namespace nasti
