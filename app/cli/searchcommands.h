#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// search: the advanced search, as in the client. Returns the exit code.
namespace cli {
int search(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
