#pragma once

// nasti_pdfsign: standard PDF signatures for issued letters (issue 16).
//
//   certificates.h  the organisation's CA (create, open with its passphrase, certify an
//                   officer), the officer's key pair and certificate request, and the
//                   credentials a signature needs (PKCS#8 key + certificate).
//   pdfsignature.h  sign a PDF (Poppler's PDFConverter::sign) and check a PDF's signatures
//                   against the CA certificates the caller trusts.
//
// Why these libraries:
// - GnuTLS (libgnutls28-dev) does all X.509 work: RSA keys, PKCS#10 requests, certificates
//   with the extensions a PDF signing certificate needs, the CA key encrypted at rest
//   (PKCS#8 PBES2, AES-256-CBC, PBKDF2-SHA256), and the chain check of a signer against the
//   given CAs. Its x509/crq/privkey API is small, documented and does the ASN.1 for us;
//   hand-written ASN.1 or scripting certutil/pk12util through QProcess would not.
// - NSS is only the bridge into Poppler: Poppler-Qt6 22.12 signs with a certificate that
//   NSS finds by nickname. NSS is initialised once per process (nssbridge.cpp) on a
//   private database in a 0700 temporary directory, protected by a random password that
//   only the process knows, and removed at exit. For one signature the officer's key and
//   certificate are imported into it — NSS stores the key encrypted under that password,
//   never plain — and deleted right after. (NSS session objects, never on disk at all, were
//   tried: Poppler 22.12's CMS signing does not find a session key.) Every signing and
//   validation of the process shares this NSS, serialised by one mutex, so several officers
//   can sign one after another in a long-running client.
// - Validation takes Poppler's verdict on the signature bytes (digest, CMS signature,
//   byte ranges) but not its certificate verdict: NSS would trust whatever roots its
//   database or the system holds. The certificate is checked by GnuTLS against exactly
//   the DER certificates the caller passes, at the signing time.
//
// Key type: RSA-3072 with SHA-256 (PKCS#1 v1.5) for the CA and the officers. Poppler/NSS
// verify ECDSA P-256 too, but RSA is what every PDF reader verifies (Adobe, Foxit, older
// readers, the CCA-licensed validators Indian offices use expect RSA), and 3072 bits give
// the 128-bit security of P-256. The cost, slower key generation (about a second), is
// paid once per officer.

#include "pdfsign/certificates.h" // IWYU pragma: export
#include "pdfsign/pdfsignature.h" // IWYU pragma: export
