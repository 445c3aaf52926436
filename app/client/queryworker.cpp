#include "client/queryworker.h"

#include "db/database.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QThread>

namespace nasti {

QueryWorker::QueryWorker(ClientContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{
    m_thread.setObjectName(QStringLiteral("nasti-query"));
    m_inThread = new QObject;
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.start();
}

QueryWorker::~QueryWorker()
{
    m_stopping = true;
    // The connection must be closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_inThread, [this]() { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Database &QueryWorker::connection()
{
    if (!m_db)
        m_db = Database::open(m_context.url);
    return *m_db;
}

void QueryWorker::dropConnection()
{
    m_db.reset();
}

bool QueryWorker::reconnect()
{
    // A standby taking over (issue 19) or a restarted server: try again every half second.
    QElapsedTimer waited;
    waited.start();
    while (!m_stopping) {
        QThread::msleep(250);
        try {
            m_db = Database::open(m_context.url);
            return true;
        } catch (const NastiError &) {
            if (waited.elapsed() >= m_reconnectMs)
                return false;
            QThread::msleep(250);
        }
    }
    return false;
}

QString QueryWorker::run(const std::function<void(Database &)> &job)
{
    for (int attempt = 0;; ++attempt) {
        try {
            job(connection());
            if (m_lost) {
                m_lost = false;
                Q_EMIT connectionRestored();
            }
            return {};
        } catch (const NastiError &e) {
            if (e.kind() != NastiError::Kind::Database)
                return e.message();
            // Refused by the server, or cut off? Only a connection that no longer
            // answers is reopened.
            if (m_db && m_db->ping())
                return e.message();
            dropConnection();
            if (!m_lost) {
                m_lost = true;
                Q_EMIT connectionLost(e.message());
            }
            if (attempt >= 1 || !reconnect())
                return tr("The connection to the server is lost and could not be restored. What you asked "
                          "for may not have been done; what you wrote is kept. When the server is back, "
                          "look at the file (what was done shows there) before you try again.");
        } catch (const std::exception &e) {
            return QString::fromLocal8Bit(e.what());
        }
    }
}

namespace {
QAtomicInt s_pending;
}

void QueryWorker::jobPosted()
{
    s_pending.ref();
}

void QueryWorker::jobAnswered()
{
    s_pending.deref();
}

int QueryWorker::pendingJobs()
{
    return s_pending.loadRelaxed();
}

} // namespace nasti
