#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

namespace cli {
// drill forward: the failover drill's clients (issue 19). Returns the exit code.
int drill(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
