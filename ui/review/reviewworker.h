#pragma once

#include "review/review.h"
#include "services/filequeries.h"
#include "services/session.h"

#include <QObject>

#include <functional>
#include <memory>

namespace nasti {

class QueryWorker;

// The review's queries, run on the client's QueryWorker (its thread and its one
// connection, its guard and its reconnection), so the screen never waits on SQL.
// Results come back to `context` on its thread through the given callbacks.
class ReviewWorker
{
public:
    ReviewWorker(QueryWorker *worker, Session session);

    using Fail = std::function<void(const QString &message)>;

    void weekly(QObject *context, const WeekRange &week, const QString &department,
                std::function<void(int, int)> progress,
                std::function<void(std::shared_ptr<const WeeklyReview>)> done, Fail failed);
    void files(QObject *context, const WeekRange &week, UnitKind kind, qint64 unitId, Measure measure,
               int limit, std::function<void(QList<ReviewFile>)> done, Fail failed);
    void detail(QObject *context, const QString &fileNo, std::function<void(FileDetail)> done, Fail failed);

private:
    QueryWorker *m_worker;
    Session m_session;
};

} // namespace nasti
