#pragma once

// The core's X509Backend (security/x509backend.h) done with this library.

namespace nasti::pdfsign {

// Installs the backend for the process (idempotent); call it at start-up, before
// anything enrols, certifies, issues or checks a letter. (NSS starts at the first
// signature or check; a program whose other code may touch Poppler's signature API
// first calls initialiseSigning() too.)
void installBackend();

} // namespace nasti::pdfsign
