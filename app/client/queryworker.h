#pragma once

#include "client/clientcontext.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QThread>

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

    template<typename T>
    void post(QObject *receiver, std::function<T(Database &)> job, std::function<void(T)> done,
              std::function<void(const QString &)> failed = {})
    {
        QPointer<QObject> guard(receiver);
        jobPosted();
        QMetaObject::invokeMethod(m_inThread, [this, guard, job = std::move(job), done = std::move(done),
                                               failed = std::move(failed)]() {
            QString error;
            auto result = std::make_shared<T>();
            try {
                *result = job(connection());
            } catch (const NastiError &e) {
                error = e.message();
                if (e.kind() == NastiError::Kind::Database)
                    dropConnection();
            } catch (const std::exception &e) {
                error = QString::fromLocal8Bit(e.what());
            }
            if (!guard) {
                jobAnswered();
                return;
            }
            QMetaObject::invokeMethod(guard.data(), [guard, result, error, done, failed]() {
                jobAnswered();
                if (!guard)
                    return;
                if (error.isEmpty())
                    done(std::move(*result));
                else if (failed)
                    failed(error);
            });
        });
    }

    // Number of jobs posted and not yet answered; tests wait for zero.
    static int pendingJobs();

private:
    static void jobPosted();
    static void jobAnswered();
    Database &connection(); // worker thread only
    void dropConnection();

    ClientContext m_context;
    QThread m_thread;
    QObject *m_inThread = nullptr; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;
};

} // namespace nasti
