#pragma once

#include <QStringList>

namespace nasti {

class CliContext;

// verify-letter FILE.pdf --ca CA.pem ...; ca init|export|crl (a CA in a directory, or the database's).
namespace cli {
int verifyLetter(CliContext &ctx, const QStringList &args);
int ca(CliContext &ctx, const QStringList &args);
} // namespace cli

} // namespace nasti
