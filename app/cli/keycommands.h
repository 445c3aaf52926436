#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// keys authority|enrol|certify|revoke|list|status: signing keys and their certificates.
namespace cli {
int keys(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
