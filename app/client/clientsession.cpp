#include "client/clientsession.h"

#include "services/followupservice.h"

#include "client/draftstore.h"
#include "client/inboxnotifier.h"
#include "client/queryworker.h"
#include "db/database.h"
#include "services/fileservice.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace nasti {

ClientSession::ClientSession(ClientContext context, DocumentInspector *inspector, const Clock *clock,
                             QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_rules(m_context.session), m_inspector(inspector)
{
    if (clock)
        m_clock = clock;
    qRegisterMetaType<nasti::FileDetail>();
    qRegisterMetaType<nasti::FileSummary>();
    qRegisterMetaType<nasti::NavCounts>();
    m_drafts = std::make_unique<DraftStore>(m_context.url.display(), m_context.session.login);
    m_worker = new QueryWorker(m_context, this);
    connect(m_worker, &QueryWorker::connectionLost, this,
            [this](const QString &message) { setConnection(Connection::Reconnecting, message); });
    connect(m_worker, &QueryWorker::connectionRestored, this, [this]() {
        setConnection(Connection::Live, {});
        Q_EMIT inboxChanged(); // nothing was heard meanwhile
    });
    m_notifier = new InboxNotifier(m_context, this);
    connect(m_notifier, &InboxNotifier::inboxChanged, this, [this]() {
        Q_EMIT inboxChanged();
        refreshCounts();
    });
    connect(m_notifier, &InboxNotifier::connectionLost, this,
            [this](const QString &message) { setConnection(Connection::Offline, message); });
    connect(m_notifier, &InboxNotifier::connectionRestored, this, [this]() {
        setConnection(Connection::Live, {});
        Q_EMIT inboxChanged();
        refreshCounts();
    });
}

ClientSession::~ClientSession()
{
    delete m_notifier;
    delete m_worker;
}

void ClientSession::start()
{
    m_notifier->start();
    loadOrg();
    refreshCounts();
}

void ClientSession::setConnection(Connection state, const QString &message)
{
    if (state == m_connection)
        return;
    m_connection = state;
    Q_EMIT connectionChanged(state, message);
    if (state == Connection::Offline && m_cache)
        Q_EMIT inboxChanged(); // the lists show the copies on this computer
    if (state == Connection::Live) {
        // The posts and departments read at sign-in may have been cut off with the server;
        // the forward dialog needs them, so they are read again as soon as it is back.
        if (!m_orgLoaded)
            loadOrg();
        replayQueue();
    }
}

void ClientSession::loadOrg()
{
    struct Org
    {
        QList<PostInfo> posts;
        QList<DepartmentInfo> departments;
        QList<SectionInfo> sections;
    };
    m_worker->post<Org>(
        this,
        [clock = m_clock](Database &db) {
            OrgService org(db, *clock);
            return Org{org.posts(), org.departments(), org.sections()};
        },
        [this](Org org) {
            m_posts = std::move(org.posts);
            m_departments = std::move(org.departments);
            m_sections = std::move(org.sections);
            m_orgLoaded = true;
            Q_EMIT orgLoadedChanged();
        });
}

void ClientSession::showFile(QObject *receiver, const QString &fileNo, std::function<void(FileDetail)> done,
                             std::function<void(const QString &)> failed)
{
    struct Shown
    {
        FileDetail detail;
        std::optional<NavCounts> counts;
    };
    if (!live() && m_cache) {
        // The server is away: the copy on this computer, at once (the worker would wait for it).
        auto copy = m_cache->file(fileNo, m_clock->nowMs());
        QPointer<QObject> to(receiver);
        const QString why =
            tr("The server cannot be reached, and there is no copy of file %1 on this computer "
               "(only the files of your inbox are kept).")
                .arg(fileNo);
        QTimer::singleShot(0, receiver, [to, copy, done, failed, why]() {
            if (!to)
                return;
            if (copy)
                done(*copy);
            else if (failed)
                failed(why);
        });
        return;
    }
    const Session session = m_context.session;
    QPointer<ClientSession> self(this);
    auto cache = m_cache;
    const qint64 now = m_clock->nowMs();
    m_worker->post<Shown>(
        receiver,
        [session, fileNo, clock = m_clock](Database &db) {
            Shown out;
            bool opened = false;
            out.detail = FileService(db, *clock, session).show(fileNo, &opened);
            if (opened) // it was unread: the counts moved
                out.counts = clientqueries::counts(db, session);
            return out;
        },
        [self, fileNo, done](Shown shown) {
            if (self)
                self->cacheDetail(shown.detail);
            if (self && shown.counts) {
                self->m_counts = *shown.counts;
                Q_EMIT self->countsChanged(self->m_counts);
                Q_EMIT self->fileChanged(fileNo, shown.detail);
            }
            done(std::move(shown.detail));
        },
        [cache, fileNo, now, done, failed](const QString &message) {
            // Cut off while reading: the copy on this computer, if there is one.
            if (cache)
                if (auto copy = cache->file(fileNo, now)) {
                    done(*copy);
                    return;
                }
            if (failed)
                failed(message);
        });
}

void ClientSession::refreshCounts()
{
    const Session session = m_context.session;
    m_worker->post<NavCounts>(
        this, [session](Database &db) { return clientqueries::counts(db, session); },
        [this](NavCounts c) {
            m_counts = c;
            Q_EMIT countsChanged(c);
        });
}

quint64 ClientSession::perform(ActionRequest request)
{
    const quint64 id = ++m_nextAction;
    const Session session = m_context.session;
    Q_EMIT actionStarted(id, request.fileNo);
    auto run = std::move(request.run);
    const ActionRequest r = request;
    // Issue 19: the action is named when the user starts it; the worker's retry after a lost
    // connection runs this job again with the same key, so what the server did already is
    // reported done, not done twice (nor refused as "moved meanwhile").
    const QString key = ActionKey::fresh().base();
    m_worker->post<Outcome>(
        this,
        [session, r, run, key, clock = m_clock](Database &db) {
            ActionKey action(key); // (every service this job makes takes its calls' keys from it)
            const ActionKey::Scope named(action);
            FileService files(db, *clock, session);
            if (r.saveNote && !r.note.trimmed().isEmpty() && r.note.trimmed() != r.savedNote.trimmed())
                files.saveDraft(r.fileNo, r.note);
            Outcome out;
            out.result = run(db, files);
            if (out.result.fileNo.isEmpty())
                out.result.fileNo = r.fileNo;
            if (r.effect == ActionRequest::Effect::Stays || r.effect == ActionRequest::Effect::Created)
                out.detail = FileQueries(db, *clock).detail(session, out.result.fileNo);
            if (r.countsChange)
                out.counts = clientqueries::counts(db, session);
            return out;
        },
        [this, id, r](Outcome out) {
            const QString &no = out.result.fileNo;
            if (out.counts) {
                m_counts = *out.counts;
                Q_EMIT countsChanged(m_counts);
            }
            if (r.effect == ActionRequest::Effect::Leaves) {
                m_drafts->remove(no); // the note is record now
                m_knownInbox.remove(no);
                Q_EMIT fileLeft(no);
            } else if (out.detail) {
                if (out.detail->summary.status == FileStatus::Closed)
                    m_drafts->remove(no);
                cacheDetail(*out.detail);
                Q_EMIT fileChanged(no, *out.detail);
            }
            if (r.receiptsChange)
                Q_EMIT receiptsChanged();
            Q_EMIT actionFinished(id, true, no, out.result.message);
        },
        [this, id, r](const QString &message) {
            QString why = message;
            // Not done: the typed note stays on this computer, and the user is told so.
            if (r.saveNote && !r.note.trimmed().isEmpty()) {
                if (!m_drafts->load(r.fileNo))
                    m_drafts->save(r.fileNo, r.note, QDateTime::currentMSecsSinceEpoch());
                why += QLatin1Char('\n') +
                       tr("Your note is kept; it will be offered again when you open the file.");
            }
            Q_EMIT actionFinished(id, false, r.fileNo, why);
        });
    return id;
}

void ClientSession::inboxSeen(const QList<FileSummary> &rows)
{
    // An arrival is a file that came after the newest one seen before: rows that
    // paging brings in from further down the list (older arrivals) are not news.
    QSet<QString> now;
    QList<const FileSummary *> fresh;
    qint64 newest = m_inboxNewest;
    for (const FileSummary &f : rows) {
        now.insert(f.fileNo);
        if (m_inboxSeen && f.unread && !m_knownInbox.contains(f.fileNo) && f.holderSince > m_inboxNewest)
            fresh << &f;
        newest = qMax(newest, f.holderSince);
    }
    m_knownInbox = now;
    m_inboxNewest = newest;
    m_inboxSeen = true;
    for (const FileSummary *f : std::as_const(fresh))
        Q_EMIT fileArrived(f->fileNo, *f);
    if (m_cache && live())
        cacheFiles(rows);
}

QueryWorker *ClientSession::reviewWorker()
{
    if (!m_context.reviewUrl)
        return m_worker;
    if (!m_reviewWorker) {
        ClientContext replica = m_context;
        replica.url = *m_context.reviewUrl;
        replica.reviewUrl.reset();
        m_reviewWorker = new QueryWorker(replica, this);
    }
    return m_reviewWorker;
}

void ClientSession::loadFollowup(QObject *receiver, std::function<void(Followup)> done,
                                 std::function<void(const QString &)> failed)
{
    const Session session = m_context.session;
    const Clock *clock = m_clock;
    m_worker->post<Followup>(
        receiver,
        [session, clock](Database &db) {
            FollowupService service(db, *clock, session);
            Followup f;
            if (session.role != Role::Reviewer) {
                const FollowupService::SweepResult r = service.sweep();
                f.newReminders = r.reminders;
                f.newEscalations = r.escalations;
                f.returned = r.returned;
            }
            f.reminders = service.reminders();
            f.escalated = service.escalatedToMe();
            f.watchList = service.watchList();
            return f;
        },
        std::move(done), std::move(failed));
}

} // namespace nasti
