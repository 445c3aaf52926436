#pragma once

#include "services/session.h"

#include <QString>

namespace nasti {

class Database;

// Small read queries the client needs beside FileQueries: navigation counts and
// a cheap "has my inbox changed" stamp for polling on SQLite.
struct NavCounts
{
    int inbox = 0;
    int unread = 0;
    int parked = 0;
    int unfiledReceipts = 0;
    int overdue = 0;
};

namespace clientqueries {
NavCounts counts(Database &db, const Session &session);
// Changes whenever a file arrives at one of my posts (PostgreSQL: once the movement is linked
// into the chain, milliseconds after its COMMIT; SQLite: also when one leaves).
QString inboxStamp(Database &db, const Session &session);
} // namespace clientqueries

} // namespace nasti
