#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// draft new|revise|show|diff|approve|issue, dispatch list|postage, letterhead set.
namespace cli {
int draft(CliContext &ctx, const QStringList &args);
int dispatch(CliContext &ctx, const QStringList &args);
int letterhead(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
