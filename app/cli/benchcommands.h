#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// seed-scale and bench: the state-scale benchmark. Each returns the exit code.
namespace cli {
int seedScale(CliContext &ctx, const QStringList &args);
int bench(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
