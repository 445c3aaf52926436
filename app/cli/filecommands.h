#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// file ..., receipt add, inbox. Each returns the exit code.
namespace cli {
int file(CliContext &ctx, const QStringList &args);
int receipt(CliContext &ctx, const QStringList &args);
int inbox(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
