#include "reviewworker.h"

#include "client/queryworker.h"
#include "db/database.h"
#include "review/reviewservice.h"
#include "util/clock.h"

#include <QPointer>

namespace nasti {

ReviewWorker::ReviewWorker(QueryWorker *worker, Session session)
    : m_worker(worker), m_session(std::move(session))
{
}

void ReviewWorker::weekly(QObject *context, const WeekRange &week, const QString &department,
                          std::function<void(int, int)> progress,
                          std::function<void(std::shared_ptr<const WeeklyReview>)> done, Fail failed)
{
    QPointer<QObject> guard(context);
    m_worker->post<std::shared_ptr<const WeeklyReview>>(
        context,
        [session = m_session, week, department, progress, guard](Database &db) {
            SystemClock clock;
            ReviewService service(db, clock, session);
            return std::make_shared<const WeeklyReview>(
                service.weekly(week, department, [&](int step, int steps) {
                    if (guard)
                        QMetaObject::invokeMethod(
                            guard.data(), [progress, step, steps] { progress(step, steps); },
                            Qt::QueuedConnection);
                }));
        },
        std::move(done), std::move(failed));
}

void ReviewWorker::files(QObject *context, const WeekRange &week, UnitKind kind, qint64 unitId,
                         Measure measure, int limit, std::function<void(QList<ReviewFile>)> done, Fail failed)
{
    m_worker->post<QList<ReviewFile>>(
        context,
        [session = m_session, week, kind, unitId, measure, limit](Database &db) {
            SystemClock clock;
            return ReviewService(db, clock, session).files(week, kind, unitId, measure, limit);
        },
        std::move(done), std::move(failed));
}

void ReviewWorker::detail(QObject *context, const QString &fileNo, std::function<void(FileDetail)> done,
                          Fail failed)
{
    m_worker->post<FileDetail>(
        context,
        [session = m_session, fileNo](Database &db) {
            SystemClock clock;
            return FileQueries(db, clock).detail(session, fileNo);
        },
        std::move(done), std::move(failed));
}

} // namespace nasti
