#pragma once

#include <QStringList>

namespace nasti {
class CliContext;
}

namespace nasti::cli {

// nasti-admin followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category
int followup(CliContext &ctx, const QStringList &args);

} // namespace nasti::cli
