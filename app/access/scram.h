#pragma once

#include <QByteArray>
#include <QString>

namespace nasti::access {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, the
// format of pg_authid.rolpassword), computed here so that CREATE/ALTER ROLE ...
// PASSWORD sends the verifier and the password itself never reaches the server or
// its statement log (as psql's \password does).
QString scramVerifier(const QString &password, int iterations = 4096);
// The same with a given salt, for tests against a known verifier.
QString scramVerifier(const QString &password, const QByteArray &salt, int iterations);

} // namespace nasti::access
