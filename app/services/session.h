#pragma once

// Session and PostRef are domain types (app/domain/session.h); this header stays
// for the files that include it from here.
#include "domain/session.h"
