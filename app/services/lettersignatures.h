#pragma once

#include "security/x509backend.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nasti {

class Database;

// What a paper's PDF signatures say (issue 16): a letter issued through Nasti and
// arriving in another section's dak, or any signed PDF received.
struct PaperSignatures
{
    enum class State
    {
        Unsigned,  // no PDF signature
        Valid,     // every signature intact and from a certificate of this organisation's CA
        Invalid,   // one was changed after signing, or is broken
        Untrusted, // intact, but not from a certificate of this organisation's CA
        Unchecked, // this program cannot check PDF signatures, or the file is not a readable PDF
    };
    State state = State::Unsigned;
    QList<X509Backend::Check> signatures;
    QString problem; // for Unchecked: why (translated)
    // When these bytes are a letter issued from this database (and the reader may see its
    // record): its dispatch number and the time the record gives for its issue.
    QString dispatchNo;
    qint64 issuedAt = 0;
    // When this database recorded the issue of a letter with these bytes (0: never), whether
    // or not the reader may see its record: what a revoked certificate's signature is judged by.
    qint64 recordedIssueAt = 0;

    // One line for the viewer, translated ("" when unsigned).
    QString text() const;
};

// Checks a PDF's signatures against the organisation's X.509 CAs (every signing
// authority's that has one), or against the CAs given, and against this database's
// revocations: a signature by a revoked certificate holds only for a letter this database
// recorded as issued before the revocation (the signature's own time is the signing
// computer's word). Runs on the client's worker thread: Poppler and NSS underneath, never
// on the GUI thread.
class LetterSignatures
{
public:
    explicit LetterSignatures(Database &db) : m_db(&db) {}
    // Without any database: only the given CAs judge the signatures (no issue record, no DSC
    // token registrations, no revocations but those the caller applies from a CRL).
    LetterSignatures() = default;

    PaperSignatures check(const QByteArray &pdf);
    PaperSignatures check(const QByteArray &pdf, const QList<QByteArray> &trustedCas);

private:
    // trusted: every CA a signature may chain to; a signature whose certificate chains to none
    // of `ours` is a DSC token's (an external CA's) and holds only when that certificate is
    // registered to the officer who issued the letter, unrevoked at the issue (schema step 018).
    PaperSignatures check(const QByteArray &pdf, const QList<QByteArray> &trusted,
                          const QList<QByteArray> &ours);

    Database *m_db = nullptr;
};

} // namespace nasti
