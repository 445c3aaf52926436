// ClientSession's offline work (issue 19): copying the inbox to the encrypted cache while
// the server answers, answering from it while it does not, and the queue of moves made
// meanwhile, replayed with compare-and-set and the key each was queued with.
#include "client/clientsession.h"

#include "client/draftstore.h"
#include "client/queryworker.h"
#include "db/database.h"
#include "services/fileservice.h"

#include <QPointer>
#include <QTimer>

namespace nasti {

namespace {
constexpr int kFilesPerJob = 8; // the cache fills in small jobs, so the user's own queries never wait long

QString stampOf(const FileSummary &f)
{
    return QStringLiteral("%1:%2").arg(f.version).arg(f.holderSince);
}
} // namespace

void ClientSession::enableOffline(const QByteArray &key, OfflineSettings settings, const QString &dir)
{
    m_cachedStamps.clear();
    if (key.size() != OfflineCache::kKeyBytes || !settings.enabled || settings.keepDays <= 0) {
        m_cache.reset();
        return;
    }
    m_cache = std::make_shared<const OfflineCache>(key, settings, m_context.url.display(),
                                                   m_context.session.login, dir);
    // What was queued in an earlier run (the client closed while offline) is sent now.
    if (live() && !m_cache->queue().isEmpty())
        QTimer::singleShot(0, this, &ClientSession::replayQueue);
}

std::optional<OfflineCache::Inbox> ClientSession::offlineInbox() const
{
    if (live() || !m_cache)
        return std::nullopt;
    return m_cache->inbox(m_clock->nowMs());
}

std::optional<QByteArray> ClientSession::cachedPaper(const QString &sha256) const
{
    if (!m_cache)
        return std::nullopt;
    return m_cache->paper(sha256);
}

std::optional<QueuedMove> ClientSession::queuedMove(const QString &fileNo) const
{
    if (!m_cache)
        return std::nullopt;
    return m_cache->queuedFor(fileNo);
}

QList<QueuedMove> ClientSession::queuedMoves() const
{
    return m_cache ? m_cache->queue() : QList<QueuedMove>{};
}

void ClientSession::cacheDetail(const FileDetail &detail)
{
    // Only files I hold are worked on offline; the copy follows each change I make.
    if (!m_cache || detail.offlineAsOf || !m_context.session.holds(detail.summary.holderPostId) ||
        detail.summary.status != FileStatus::Open)
        return;
    if (m_cache->storeFile(detail, m_clock->nowMs()))
        m_cachedStamps.insert(detail.summary.fileNo, stampOf(detail.summary));
}

void ClientSession::cacheFiles(QList<FileSummary> rows)
{
    if (!m_cache || !live() || m_caching)
        return;
    QList<FileSummary> todo;
    QSet<QString> keep;
    for (const FileSummary &f : std::as_const(rows)) {
        if (!m_cache->mayCache(f.grading))
            continue;
        keep.insert(f.fileNo);
        if (m_cachedStamps.value(f.fileNo) != stampOf(f) && todo.size() < kFilesPerJob)
            todo << f;
    }
    m_caching = true;
    const Session session = m_context.session;
    auto cache = m_cache;
    const bool last = todo.size() < kFilesPerJob;
    m_worker->post<QHash<QString, QString>>(
        this,
        [cache, session, rows, todo, keep, last, clock = m_clock](Database &db) {
            const qint64 now = clock->nowMs();
            QHash<QString, QString> done;
            cache->storeInbox(rows, now); // the list first: it is what he sees first offline
            FileQueries q(db, *clock);
            for (const FileSummary &f : todo) {
                const FileDetail d = q.detail(session, f.fileNo);
                if (!cache->storeFile(d, now))
                    continue;
                QStringList papers;
                for (const PaperView &p : d.papers)
                    papers << p.attachmentSha256;
                for (const DraftView &dr : d.drafts)
                    papers << dr.issuedPdfSha256;
                for (const QString &sha : std::as_const(papers))
                    if (!sha.isEmpty() && !cache->hasPaper(sha))
                        cache->storePaper(sha, q.attachment(sha));
                done.insert(f.fileNo, stampOf(d.summary));
            }
            if (last)
                cache->prune(now, keep);
            return done;
        },
        [this, rows, last](QHash<QString, QString> done) {
            m_caching = false;
            for (auto it = done.cbegin(); it != done.cend(); ++it)
                m_cachedStamps.insert(it.key(), it.value());
            if (!last && !done.isEmpty())
                cacheFiles(rows); // the next few
        },
        [this](const QString &) { m_caching = false; });
}

bool ClientSession::queueMove(QueuedMove move, QString *why)
{
    auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!m_cache)
        return refuse(tr("Offline copies are off on this computer, so moves cannot be kept for later."));
    const QString no = move.request.fileNo;
    if (m_cache->queuedFor(no))
        return refuse(tr("A move of file %1 is already waiting to be sent.").arg(no));
    const auto copy = m_cache->file(no, m_clock->nowMs());
    if (!copy || !m_context.session.holds(copy->summary.holderPostId))
        return refuse(
            tr("File %1 is not with you in the copy on this computer, so it cannot be moved offline.")
                .arg(no));
    if (move.request.expectedVersion < 0)
        move.request.expectedVersion =
            copy->summary.version; // what he saw: the replay must find it unchanged
    if (move.key.isEmpty())
        move.key = ActionKey::fresh().base();
    move.queuedAt = m_clock->nowMs();
    if (move.subject.isEmpty())
        move.subject = copy->summary.subject;
    if (!move.note.trimmed().isEmpty())
        m_drafts->save(no, move.note, QDateTime::currentMSecsSinceEpoch()); // kept whatever the replay finds
    if (!m_cache->enqueue(move))
        return refuse(tr("The move could not be written to %1.").arg(m_cache->directory()));
    Q_EMIT queueChanged(no);
    return true;
}

void ClientSession::replayQueue()
{
    if (!m_cache || m_replaying || !live())
        return;
    if (m_cache->queue().isEmpty())
        return;
    m_replaying = true;
    m_landed.clear();
    m_refused.clear();
    replayNext();
}

void ClientSession::replayNext()
{
    const QList<QueuedMove> queue = m_cache ? m_cache->queue() : QList<QueuedMove>{};
    if (queue.isEmpty() || !live()) {
        m_replaying = false;
        if (!m_landed.isEmpty() || !m_refused.isEmpty())
            Q_EMIT replayFinished(m_landed, m_refused);
        refreshCounts();
        return;
    }
    const QueuedMove move = queue.first();
    struct Replayed
    {
        bool done = false;
        QString to, why;
    };
    const Session session = m_context.session;
    m_worker->post<Replayed>(
        this,
        [session, move, clock = m_clock](Database &db) {
            ActionKey action(move.key); // the same key on every attempt: done once on the server
            const ActionKey::Scope named(action);
            FileService files(db, *clock, session);
            Replayed out;
            try {
                if (!move.note.trimmed().isEmpty() && move.note.trimmed() != move.savedNote.trimmed())
                    files.saveDraft(move.request.fileNo, move.note);
                out.to = files.forward(move.request);
                out.done = true;
            } catch (const NastiError &e) {
                if (e.kind() == NastiError::Kind::Database && !db.ping())
                    throw; // cut off: the worker reconnects and runs this again with the same key
                out.why = e.message();
            }
            return out;
        },
        [this, move](Replayed r) {
            const QString no = move.request.fileNo;
            m_cache->dequeue(move.key);
            if (r.done) {
                m_drafts->remove(no); // the note is record now
                m_knownInbox.remove(no);
                m_landed << tr("File %1 went to %2 (queued at %3).")
                                .arg(no, r.to,
                                     Clock::toOffice(move.queuedAt).toString(QStringLiteral("HH:mm")));
                Q_EMIT fileLeft(no);
            } else {
                // His note stays: on this computer, and offered again when he opens the file.
                if (!move.note.trimmed().isEmpty() && !m_drafts->load(no))
                    m_drafts->save(no, move.note, QDateTime::currentMSecsSinceEpoch());
                m_refused << tr("File %1 was not moved: %2 Your note is kept as your draft on the file.")
                                 .arg(no,
                                      r.why.endsWith(QLatin1Char('.')) ? r.why : r.why + QLatin1Char('.'));
                Q_EMIT inboxChanged();
            }
            Q_EMIT queueChanged(no);
            replayNext();
        },
        [this](const QString &) {
            // The server went away again: the rest waits for the next reconnect.
            m_replaying = false;
            if (!m_landed.isEmpty() || !m_refused.isEmpty())
                Q_EMIT replayFinished(m_landed, m_refused);
        });
}

} // namespace nasti
