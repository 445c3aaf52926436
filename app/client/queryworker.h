#pragma once

#include "client/clientcontext.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace nasti {

class Database;

// Runs database work on a thread of its own with its own named connection
// (a QSqlDatabase belongs to the thread that opened it), so lists, searches and
// the file detail never block the GUI thread. Jobs run one after another in the
// order posted; results come back on the receiver's thread, and are dropped if
// the receiver is gone by then. A connection that failed is reopened for the
// next job.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    explicit QueryWorker(ClientContext context, QObject *parent = nullptr);
    ~QueryWorker() override;

    const ClientContext &context() const { return m_context; }

    // Runs job(connection) on the worker thread, then done(result) or failed(message)
    // on the receiver's thread (dropped if the receiver is gone). This is the client's
    // one guard: no exception leaves a job. A connection found lost is reopened and
    // the job run once more (a transaction cut off rolled back, so nothing is doubled).
    template<typename T>
    void post(QObject *receiver, std::function<T(Database &)> job, std::function<void(T)> done,
              std::function<void(const QString &)> failed = {})
    {
        QPointer<QObject> guard(receiver);
        // Counts the job as pending until its answer is delivered or dropped.
        auto pending = std::make_shared<PendingJob>();
        QMetaObject::invokeMethod(m_inThread, [this, guard, pending, job = std::move(job),
                                               done = std::move(done), failed = std::move(failed)]() {
            auto result = std::make_shared<T>();
            const QString error = run([&](Database &db) { *result = job(db); });
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

    // How long a job cut off by a lost connection waits for the server before it is
    // reported not done (default kReconnectMs; a test or a profile may set its own).
    void setReconnectTimeout(int ms) { m_reconnectMs = ms; }

    // Number of jobs posted and not yet answered; tests wait for zero.
    static int pendingJobs();

Q_SIGNALS:
    // Emitted on the worker thread (queued to receivers elsewhere).
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    struct PendingJob
    {
        PendingJob() { jobPosted(); }
        ~PendingJob() { jobAnswered(); }
        PendingJob(const PendingJob &) = delete;
        PendingJob &operator=(const PendingJob &) = delete;
    };
    QString run(const std::function<void(Database &)> &job); // worker thread only
    static void jobPosted();
    static void jobAnswered();
    Database &connection(); // worker thread only
    void dropConnection();
    // After a lost connection: opens a new one within kReconnectMs, or false.
    bool reconnect();

    ClientContext m_context;
    QThread m_thread;
    QObject *m_inThread = nullptr; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;
    bool m_lost = false;                 // worker thread only
    std::atomic<bool> m_stopping{false}; // the worker is being destroyed: stop reconnecting
    // How long a job cut off by a lost connection waits for the server (a failover to the
    // standby takes seconds) before it is retried once, with the same action key.
    static constexpr int kReconnectMs = 30000;
    std::atomic<int> m_reconnectMs{kReconnectMs};
};

} // namespace nasti
