#pragma once

#include "db/dburl.h"
#include "services/session.h"

namespace nasti {

// Who is signed in, and where: the URL carries the credentials the user signed
// in with, so worker threads can open connections of their own under his rights.
struct ClientContext
{
    DbUrl url;
    Session session;
};

} // namespace nasti
