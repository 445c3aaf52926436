#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// demo, org, import-org, user ..., verify. Each returns the exit code.
namespace cli {
int demo(CliContext &ctx, const QStringList &args);
int org(CliContext &ctx, const QStringList &args);
int importOrg(CliContext &ctx, const QStringList &args);
int user(CliContext &ctx, const QStringList &args);
int verify(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
