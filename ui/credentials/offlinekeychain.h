#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nasti {

// The key that seals this desktop's offline copies (issue 19), in the OS keychain
// through QtKeychain, under "<server>/offline-key/<login>". Never a file: where no
// keychain answers nothing is kept offline, and the client says so.
namespace offlinekeychain {
// Reads the key, or makes one and stores it at the first sign-in on this desktop; waits
// at most timeoutMs for the keychain. nullopt with the reason when there is none.
std::optional<QByteArray> loadOrCreate(const QString &server, const QString &login, int timeoutMs,
                                       QString *problem);
} // namespace offlinekeychain

} // namespace nasti
