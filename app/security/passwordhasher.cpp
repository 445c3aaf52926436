#include "security/passwordhasher.h"

#include "util/error.h"

#include <sodium.h>

#include <atomic>

namespace nasti::signing {
extern bool g_minimumCost;
}

namespace nasti::passwords {

namespace {
std::atomic<Cost> g_cost{Cost::Interactive};

void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        fail(NastiError::Kind::Database, QStringLiteral("libsodium could not start"));
}
} // namespace

void setCost(Cost cost)
{
    g_cost = cost;
    signing::g_minimumCost = cost == Cost::Minimum; // sealed signing keys follow suit
}

QString hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool minimum = g_cost == Cost::Minimum;
    const auto ops = minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        fail(NastiError::Kind::Database, QStringLiteral("Out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    ensureSodium();
    if (!looksHashed(storedHash))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool looksHashed(const QString &stored)
{
    return stored.startsWith(QLatin1String("$argon2id$"));
}

} // namespace nasti::passwords
