#include "reviewworker.h"

#include "access/connect.h"
#include "review/reviewservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>


namespace nasti {

struct ReviewWorker::Connection
{
    access::UserConnection user;
    SystemClock clock;
};

ReviewWorker::ReviewWorker(DbUrl url, QString login, QString password)
    : m_url(std::move(url)), m_login(std::move(login)), m_password(std::move(password))
{
}

ReviewWorker::~ReviewWorker() = default;

void ReviewWorker::ensureOpen()
{
    if (!m_conn) {
        auto c = std::make_unique<Connection>();
        c->user = access::connectAs(m_url, m_login, m_password);
        m_conn = std::move(c);
    }
}

template<typename Work>
void ReviewWorker::run(QObject *context, Work work, Fail failed)
{
    QObject *guard = context; // the widget: it joins this thread before it dies
    QMetaObject::invokeMethod(this, [this, guard, work, failed] {
        try {
            ensureOpen();
            work();
        } catch (const NastiError &e) {
            const QString message = e.message();
            if (guard)
                QMetaObject::invokeMethod(guard, [failed, message] { failed(message); }, Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString message = QString::fromLocal8Bit(e.what());
            if (guard)
                QMetaObject::invokeMethod(guard, [failed, message] { failed(message); }, Qt::QueuedConnection);
        }
    }, Qt::QueuedConnection);
}

void ReviewWorker::weekly(QObject *context, const WeekRange &week, const QString &department,
                          std::function<void(int, int)> progress,
                          std::function<void(std::shared_ptr<const WeeklyReview>)> done, Fail failed)
{
    QObject *guard = context; // the widget: it joins this thread before it dies
    run(context, [this, guard, week, department, progress, done] {
        ReviewService service(*m_conn->user.db, m_conn->clock, m_conn->user.session);
        auto review = std::make_shared<const WeeklyReview>(service.weekly(week, department, [&](int step, int steps) {
            if (guard)
                QMetaObject::invokeMethod(guard, [progress, step, steps] { progress(step, steps); },
                                          Qt::QueuedConnection);
        }));
        if (guard)
            QMetaObject::invokeMethod(guard, [done, review] { done(review); }, Qt::QueuedConnection);
    }, failed);
}

void ReviewWorker::files(QObject *context, const WeekRange &week, UnitKind kind, qint64 unitId, Measure measure,
                         int limit, std::function<void(QList<ReviewFile>)> done, Fail failed)
{
    QObject *guard = context; // the widget: it joins this thread before it dies
    run(context, [this, guard, week, kind, unitId, measure, limit, done] {
        ReviewService service(*m_conn->user.db, m_conn->clock, m_conn->user.session);
        const QList<ReviewFile> rows = service.files(week, kind, unitId, measure, limit);
        if (guard)
            QMetaObject::invokeMethod(guard, [done, rows] { done(rows); }, Qt::QueuedConnection);
    }, failed);
}

void ReviewWorker::detail(QObject *context, const QString &fileNo, std::function<void(FileDetail)> done, Fail failed)
{
    QObject *guard = context; // the widget: it joins this thread before it dies
    run(context, [this, guard, fileNo, done] {
        const FileDetail d = FileQueries(*m_conn->user.db, m_conn->clock).detail(m_conn->user.session, fileNo);
        if (guard)
            QMetaObject::invokeMethod(guard, [done, d] { done(d); }, Qt::QueuedConnection);
    }, failed);
}

} // namespace nasti
