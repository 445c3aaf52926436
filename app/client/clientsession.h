#pragma once

#include "client/clientcontext.h"
#include "client/clientqueries.h"
#include "client/offlinecache.h"
#include "domain/followup.h"
#include "services/filequeries.h"
#include "services/orgservice.h"
#include "services/rulebook.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace nasti {

class Database;
class DocumentInspector;
class DraftStore;
class FileService;
class InboxNotifier;
class QueryWorker;

// What an action did, so the session can say what changed.
struct ActionResult
{
    QString message; // one line for the status bar
    QString fileNo;  // the file acted on (a new file's number; a new receipt's diary number)
};

// One thing the user asked for, with what it may change.
struct ActionRequest
{
    enum class Effect
    {
        Stays,    // the file stays with me: read it again
        Leaves,   // the file left my posts
        Created,  // a new file: read it, it is in my inbox
        Receipts, // only receipts changed
    };
    QString fileNo;
    Effect effect = Effect::Stays;
    bool countsChange = false; // inbox, unread, parked or receipt counts move
    bool receiptsChange = false;
    // The typed note, saved as my draft before the action (a move freezes it).
    bool saveNote = false;
    QString note;
    QString savedNote; // my draft as the database last had it
    std::function<ActionResult(Database &, FileService &)> run;
};

// The client's state in the core (no widgets): who is signed in, the worker and
// its connection, the inbox notifier and its connection (at most two server
// connections, issue 20: the worker runs every query, action and the review; the
// notifier's connection only LISTENs, since QPSQL stops handing on notifications
// promptly once other queries run on the listening connection), the local draft
// store, the organisation lists, and the rulebook. It performs actions on the worker
// and says what changed; widgets listen and never hold a connection. The sign-in's
// connection is closed before these two open.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    enum class Connection
    {
        Live,
        Reconnecting,
        Offline
    };
    Q_ENUM(Connection)

    // url: where and as whom (it carries the credentials the user signed in with).
    ClientSession(ClientContext context, DocumentInspector *inspector = nullptr, const Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~ClientSession() override;

    const ClientContext &context() const { return m_context; }
    const Session &session() const { return m_context.session; }
    const Rulebook &rules() const { return m_rules; }
    QueryWorker *worker() const { return m_worker; }
    // The review's worker: on the profile's replica when it names one (a connection to
    // the replica, not the primary), else the worker above (no connection of its own).
    QueryWorker *reviewWorker();
    DraftStore *drafts() const { return m_drafts.get(); }
    // The clock every job of the session reads (a test may give its own; it must be safe to read from the
    // worker).
    const Clock &clock() const { return *m_clock; }
    DocumentInspector *inspector() const { return m_inspector; }
    Connection connection() const { return m_connection; }
    NavCounts counts() const { return m_counts; }

    // The organisation, read once after sign-in (for the forward and new-file dialogs).
    bool orgLoaded() const { return m_orgLoaded; }
    const QList<PostInfo> &posts() const { return m_posts; }
    const QList<DepartmentInfo> &departments() const { return m_departments; }
    const QList<SectionInfo> &sections() const { return m_sections; }

    void start();

    // Reads a file for a tab; the holder's first look records the opening
    // (FileService::show). Answers on receiver's thread.
    void showFile(QObject *receiver, const QString &fileNo, std::function<void(FileDetail)> done,
                  std::function<void(const QString &)> failed);
    void refreshCounts();

    // Follow-up (issue 17): records what has fallen due for my posts (reminders,
    // escalations, parked files back on their review date; idempotent), then reads my
    // reminders, the files escalated to me and my watch-list, on the worker.
    struct Followup
    {
        QList<FollowupView> reminders, escalated;
        QList<CallView> watchList;
        int newReminders = 0, newEscalations = 0, returned = 0;
    };
    void loadFollowup(QObject *receiver, std::function<void(Followup)> done,
                      std::function<void(const QString &)> failed = {});

    // Performs an action on the worker. Returns its id, as in actionFinished.
    quint64 perform(ActionRequest request);

    // The inbox list reports what it shows; files new since the last look are arrivals.
    // With offline copies on, the files shown (and their papers) are copied to the cache.
    void inboxSeen(const QList<FileSummary> &rows);

    // Offline work (issue 19). key: the cache's key from the OS keychain (without one
    // nothing is kept and the client only says it is offline). dir: empty = <dataDir>/offline.
    void enableOffline(const QByteArray &key, OfflineSettings settings, const QString &dir = {});
    const OfflineCache *offlineCache() const { return m_cache.get(); }
    bool live() const { return m_connection == Connection::Live; }
    // The cached inbox, when the server is away and a copy is kept (else nullopt: ask the server).
    std::optional<OfflineCache::Inbox> offlineInbox() const;
    // A paper's cached bytes (PUC, FR, an issued letter).
    std::optional<QByteArray> cachedPaper(const QString &sha256) const;
    // Moves made offline on files I hold, replayed in order when the server is back.
    std::optional<QueuedMove> queuedMove(const QString &fileNo) const;
    QList<QueuedMove> queuedMoves() const;
    // Queues the move (its key named now); false with why when it cannot be queued.
    bool queueMove(QueuedMove move, QString *why);
    // Sends the queued moves, oldest first, each with compare-and-set on the version the
    // user saw and the key it was queued with; a refused one is dropped from the queue
    // and its note kept as his draft. Starts by itself when the connection comes back.
    void replayQueue();

Q_SIGNALS:
    void fileChanged(const QString &fileNo, const nasti::FileDetail &detail);
    void fileLeft(const QString &fileNo);
    void fileArrived(const QString &fileNo, const nasti::FileSummary &summary);
    // Something outside this client changed my inbox (notifier; after a reconnect, everything).
    void inboxChanged();
    void countsChanged(const nasti::NavCounts &counts);
    void receiptsChanged();
    void orgLoadedChanged();
    void connectionChanged(nasti::ClientSession::Connection state, const QString &message);
    void actionStarted(quint64 id, const QString &fileNo);
    // ok: done (message says what was done); else message says why not.
    void actionFinished(quint64 id, bool ok, const QString &fileNo, const QString &message);
    // The queue of offline moves changed (fileNo: the file queued or sent).
    void queueChanged(const QString &fileNo);
    // A replay ended: what landed and what was refused (each line names the file and why).
    void replayFinished(const QStringList &landed, const QStringList &refused);

private:
    struct Outcome
    {
        ActionResult result;
        std::optional<FileDetail> detail;
        std::optional<NavCounts> counts;
    };
    void setConnection(Connection state, const QString &message);
    void loadOrg();
    void cacheFiles(QList<FileSummary> rows);
    void cacheDetail(const FileDetail &detail);
    void replayNext();

    ClientContext m_context;
    Rulebook m_rules;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    DocumentInspector *m_inspector = nullptr;
    QueryWorker *m_worker = nullptr;
    QueryWorker *m_reviewWorker = nullptr;
    InboxNotifier *m_notifier = nullptr;
    std::unique_ptr<DraftStore> m_drafts;
    Connection m_connection = Connection::Live;
    NavCounts m_counts;
    bool m_orgLoaded = false;
    QList<PostInfo> m_posts;
    QList<DepartmentInfo> m_departments;
    QList<SectionInfo> m_sections;
    QSet<QString> m_knownInbox;
    bool m_inboxSeen = false;
    qint64 m_inboxNewest = 0; // the latest arrival time seen in the inbox
    quint64 m_nextAction = 0;
    std::shared_ptr<const OfflineCache> m_cache;
    QHash<QString, QString> m_cachedStamps; // file -> what its cached copy was read at (version, arrival)
    bool m_caching = false, m_replaying = false;
    QStringList m_landed, m_refused; // of the replay under way
};

} // namespace nasti
