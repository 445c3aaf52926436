#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// nasti-admin init and migrate: the schema made or brought to this program's version,
// step by step, each in its own short transaction (README, "Upgrading without stopping
// the office"). Each returns the exit code.
namespace cli {
int init(CliContext &ctx, const QStringList &args);
int migrate(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
