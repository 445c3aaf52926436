#pragma once

#include "db/dburl.h"
#include "services/session.h"

#include <optional>

namespace nasti {

// Who is signed in, and where: the URL carries the credentials the user signed
// in with, so worker threads can open connections of their own under his rights.
struct ClientContext
{
    DbUrl url;
    Session session;
    // A read-only replica (a PostgreSQL streaming standby) for the review and the
    // watch-list, with the same credentials; empty: the primary (issue 17).
    std::optional<DbUrl> reviewUrl;
};

} // namespace nasti
