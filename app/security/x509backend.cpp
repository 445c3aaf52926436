#include "security/x509backend.h"

#include <atomic>

namespace nasti::x509 {

namespace {
std::atomic<const X509Backend *> g_backend{nullptr};
} // namespace

const X509Backend *backend()
{
    return g_backend.load();
}

void install(const X509Backend *b)
{
    g_backend.store(b);
}

} // namespace nasti::x509
