#pragma once

#include "client/clientcontext.h"
#include "client/queryworker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace nasti {

class Database;
class InboxListener;

// Tells the client that its inbox may have changed, and serves the client's short
// queries (navigation counts, the organisation lists) on the same connection.
//
// PostgreSQL: the connection LISTENs on "nasti_inbox"; FileService sends the
// receiving post's id (an opaque number; we re-query under our own rights).
// Nothing arrives while disconnected, so a lost connection is reopened,
// re-subscribed, and reported as a change (refresh fully).
// SQLite: a cheap stamp query on my posts every pollInterval.
//
// With the QueryWorker's connection this is the client's second and last server
// connection (issue 20): short queries never wait behind a long search, review or
// action on the worker, and no third connection is needed for them.
// Runs on a thread of its own; signals and answers arrive on the owner's thread.
class InboxNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InboxNotifier(ClientContext context, QObject *parent = nullptr);
    ~InboxNotifier() override;

    void start();
    static constexpr int kPollMs = 2000;   // SQLite
    static constexpr int kHealthMs = 5000; // PostgreSQL: check the listening connection

    // Runs a short job on the listening connection (in the notifier's thread), then
    // done(result) or failed(message) on the receiver's thread (dropped if the receiver
    // is gone). Keep it short: notifications wait while it runs. Jobs posted before
    // start() run once it has started.
    template<typename T>
    void post(QObject *receiver, std::function<T(Database &)> job, std::function<void(T)> done,
              std::function<void(const QString &)> failed = {})
    {
        QPointer<QObject> guard(receiver);
        auto pending = std::make_shared<QueryWorker::PendingJob>();
        auto result = std::make_shared<T>();
        enqueue([result, job = std::move(job)](Database &db) { *result = job(db); },
                [guard, pending, result, done = std::move(done),
                 failed = std::move(failed)](const QString &error) {
                    if (!guard)
                        return;
                    QMetaObject::invokeMethod(guard.data(), [guard, pending, result, error, done, failed]() {
                        if (!guard)
                            return;
                        if (error.isEmpty())
                            done(std::move(*result));
                        else if (failed)
                            failed(error);
                    });
                });
    }

Q_SIGNALS:
    // postId: the post that received a file (0 when unknown: refresh everything).
    void inboxChanged(qint64 postId);
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void enqueue(std::function<void(Database &)> job, std::function<void(const QString &)> answer);

    ClientContext m_context;
    QThread m_thread;
    InboxListener *m_listener = nullptr;
    bool m_started = false;
};

} // namespace nasti
