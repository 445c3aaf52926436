#pragma once

#include "db/dburl.h"
#include "review/review.h"
#include "services/filequeries.h"

#include <QObject>

#include <functional>
#include <memory>

namespace nasti {

class Database;

// Runs the review's queries on its own thread with its own connection (the
// user's own, through access::connectAs), so the screen never waits on SQL.
// Every call is queued to the worker's thread; results come back to `context`
// on its thread through the given callbacks.
class ReviewWorker : public QObject
{
    Q_OBJECT
public:
    ReviewWorker(DbUrl url, QString login, QString password);
    ~ReviewWorker() override;

    using Fail = std::function<void(const QString &message)>;

    void weekly(QObject *context, const WeekRange &week, const QString &department,
                std::function<void(int, int)> progress,
                std::function<void(std::shared_ptr<const WeeklyReview>)> done, Fail failed);
    void files(QObject *context, const WeekRange &week, UnitKind kind, qint64 unitId, Measure measure, int limit,
               std::function<void(QList<ReviewFile>)> done, Fail failed);
    void detail(QObject *context, const QString &fileNo, std::function<void(FileDetail)> done, Fail failed);

private:
    template<typename Work>
    void run(QObject *context, Work work, Fail failed);
    void ensureOpen();

    DbUrl m_url;
    QString m_login, m_password;
    struct Connection;
    std::unique_ptr<Connection> m_conn; // lives and dies on the worker's thread
};

} // namespace nasti
