#pragma once

#include "services/filequeries.h"
#include "services/fileservice.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace nasti {

// What the client keeps for working without the server (issue 19), set per profile.
struct OfflineSettings
{
    bool enabled = true;
    int keepDays = 7; // a copy not refreshed for this long is deleted, read or not
    // The highest grading written to this computer: Secret and Top Secret files are never cached.
    Grading highestCached = Grading::Confidential;
};

// A move the user made while the server was away, replayed when it is back.
struct QueuedMove
{
    QString key;             // the action's idempotency key: a replay cut off and retried is done once
    ForwardRequest request;  // expectedVersion: the version he saw (compare-and-set on replay)
    QString note, savedNote; // the typed note (saved as his draft before the move) and the server's copy
    QString subject;         // for the messages
    QString kind;            // "put-up", "forward", "return"
    qint64 queuedAt = 0;     // UTC ms
};

// The offline copy of the user's inbox on this computer: the inbox list, each file's
// detail (notes, history, correspondence, drafts) and its papers' PDFs, and the queue
// of moves made offline. Every file is sealed with libsodium's secretbox
// (XSalsa20-Poly1305) under a key the OS keychain keeps, and named by a keyed hash,
// so the disk shows neither file numbers nor contents. One directory per (server,
// login). Reads that fail to open (another key, a damaged file) count as absent.
// Safe to use from the worker and the GUI thread at once: it holds no state that
// changes, and each write replaces a whole file atomically.
class OfflineCache
{
public:
    static constexpr int kKeyBytes = 32;
    static QByteArray newKey();

    // key: kKeyBytes bytes. dir: empty = <dataDir>/offline.
    OfflineCache(QByteArray key, OfflineSettings settings, const QString &server, const QString &login,
                 const QString &dir = {});

    const OfflineSettings &settings() const { return m_settings; }
    QString directory() const { return m_dir; }
    bool mayCache(Grading grading) const;

    struct Inbox
    {
        QList<FileSummary> rows;
        qint64 asOf = 0;
    };
    // Rows graded above the limit are left out.
    bool storeInbox(const QList<FileSummary> &rows, qint64 asOf) const;
    std::optional<Inbox> inbox(qint64 nowMs) const;
    // A file graded above the limit is not written (false).
    bool storeFile(const FileDetail &detail, qint64 asOf) const;
    // The copy with offlineAsOf set; nullopt when absent or older than keepDays.
    std::optional<FileDetail> file(const QString &fileNo, qint64 nowMs) const;
    bool storePaper(const QString &sha256, const QByteArray &bytes) const;
    bool hasPaper(const QString &sha256) const;
    std::optional<QByteArray> paper(const QString &sha256) const;

    // The queue, in the order the moves were made.
    bool enqueue(const QueuedMove &move) const;
    QList<QueuedMove> queue() const;
    void dequeue(const QString &key) const;
    std::optional<QueuedMove> queuedFor(const QString &fileNo) const;

    // Deletes copies older than keepDays, files not in keepFiles (they left the inbox)
    // and papers no kept file names.
    void prune(qint64 nowMs, const QSet<QString> &keepFiles) const;
    // Deletes everything (the user signs out for good, or the setting is turned off).
    void clear() const;

private:
    QString pathOf(const QString &kind, const QString &name) const;
    bool seal(const QString &path, const QByteArray &plain) const;
    std::optional<QByteArray> open(const QString &path) const;
    bool writeQueue(const QList<QueuedMove> &moves) const;

    QByteArray m_key;
    OfflineSettings m_settings;
    QString m_dir;
};

} // namespace nasti
