#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// backup FILE, restore FILE (issue 19). Each returns the exit code.
namespace cli {
int backup(CliContext &ctx, const QStringList &args);
int restore(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
