#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nasti {

// The desktop's copy of an officer's private signing key (issue 16), in the OS keychain
// through QtKeychain, under "<server>/signing-key/<login>". Like passwords, never a
// file: where no keychain runs the key lives only sealed in the database.
namespace signingkeychain {
// Stores the key; finishes in the background (a failure is only logged: the sealed
// copy in the database still signs).
void save(const QString &server, const QString &login, const QByteArray &secretKey);
// Reads it, waiting at most timeoutMs; nullopt with the reason when it is not there.
std::optional<QByteArray> load(const QString &server, const QString &login, int timeoutMs, QString *problem);
} // namespace signingkeychain

} // namespace nasti
