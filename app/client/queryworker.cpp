#include "client/queryworker.h"

#include "db/database.h"

#include <QAtomicInt>

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
