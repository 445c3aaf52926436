#pragma once

#include <QString>

namespace nasti {

// Argon2id password hashes (libsodium crypto_pwhash_str): salted, with the cost
// parameters inside the stored string, so a verify always uses the right ones.
namespace passwords {
enum class Cost
{
    Interactive,
    Minimum /* tests only: hashing thousands of users */
};
void setCost(Cost cost);
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
bool looksHashed(const QString &stored); // "$argon2id$..."
} // namespace passwords

} // namespace nasti
