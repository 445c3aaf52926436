#pragma once

#include "review/review.h"
#include "services/session.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>

namespace nasti {

class Database;
class Clock;

// The weekly review's queries. Set-based SQL written once for SQLite and
// PostgreSQL; C++ only rolls per-post aggregates up to sections, departments and
// the secretariat. Everything is read in one snapshot, as of the week's end.
// Ended weeks are read from their rollup when it is stored (closeWeek below), so
// the usual review (last week, with its 12-week trend) reads a few thousand stored
// rows instead of rebuilding twelve week-ends from history; the week still running
// is computed live. Both paths run the same SQL, so their figures are identical.
//
// Who may review: reviewers, the whole secretariat or one department; holders of a
// level-5 post (department heads), their own department only.
class ReviewService
{
public:
    using Progress = std::function<void(int step, int steps)>;

    ReviewService(Database &db, const Clock &clock, Session session);

    // departmentCode empty: the whole secretariat (a department head gets his own
    // department). Throws NastiError(Refused) when the session may not review it.
    WeeklyReview weekly(const WeekRange &week, const QString &departmentCode = {},
                        const Progress &progress = {});

    // The files behind one figure of one unit; limit 0 = all. Pending lists are
    // ordered longest-waiting first (the arrear statement), others by time.
    QList<ReviewFile> files(const WeekRange &week, UnitKind kind, qint64 unitId, Measure measure,
                            int limit = 0);

    // The department a session may review, "" for all; throws Refused if none.
    QString scopeFor(const QString &departmentCode) const;

    // The rollup of closed weeks (schema step 007): per week and post the figures
    // weekly() needs, stored once the week has ended, since history before its end
    // never changes. closeWeek() stores one ended week unless present (true if it
    // did); closeWeeks() every missing one among the last `weeks` ended weeks,
    // oldest first, and returns how many it stored. Written by the database owner
    // (nasti-admin review close-weeks) or, on SQLite, an administrator; a review
    // that finds a week missing computes it live and stores nothing.
    bool closeWeek(const WeekRange &week);
    int closeWeeks(int weeks = kTrendWeeks + 1, const Progress &progress = {});
    bool isClosed(const WeekRange &week);

    // The stored days of the week still running (schema step 024): each finished day's
    // flows per post (created, waits, received, levels), so the running week's review
    // reads only the rest of the week from history. closeDays() stores every finished
    // day of the week containing now that is not stored yet and returns how many it
    // stored; written as closeWeek (nasti-admin review close-days, nightly). A review
    // uses the stored days from Monday on without a gap; it computes the rest live.
    int closeDays(const Progress &progress = {});
    bool isDayClosed(qint64 dayStartMs);

    static constexpr int kLongest = 20;
    static constexpr qint64 kDayCloseMarginMs = 5 * 60 * 1000; // closeDays(): a day ended this long ago
    static constexpr int kTrendWeeks = 12;

private:
    // Every statement of the review, through Dialect::reviewSql().
    QSqlQuery &exec(const QString &sql, const QVariantMap &binds = {}) const;
    QVariant scalar(const QString &sql, const QVariantMap &binds = {}) const;

    struct WeekFigures;
    struct StoredDays;
    WeekFigures computeWeek(const WeekRange &week, qint64 t, bool full, const StoredDays *days = nullptr);
    // Flows during [a, t) of the week starting ws: created, waits (if `waits`), received
    // and recalled (a recall during [a, t) undoes a movement back to the week before).
    void addFlows(WeekFigures &w, qint64 a, qint64 t, qint64 ws, qint64 ps, bool waits);
    // Levels of the files closed during [a, t), per closing post.
    void addLevels(WeekFigures &w, qint64 a, qint64 t);
    StoredDays loadDays(const WeekRange &week, qint64 t);
    QSet<qint64> allPostIds();
    bool closeDay(const WeekRange &week, qint64 dayStart);
    QHash<qint64, WeekFigures> loadWeeks(qint64 fromStart, qint64 fullFrom, qint64 toStart);
    QString receivedSql() const;
    qint64 asOf(const WeekRange &week) const;
    QString unitFilter(UnitKind kind, const QString &postAlias) const;
    // Counting: aggregated over every open file; Listing: the first few in order of arrival.
    enum class StateUse
    {
        Counting,
        Listing
    };
    QString pendingStateSql(qint64 t, StateUse use);
    // Nothing recorded at or after t: the state at t is the files rows as they are.
    bool quietSince(qint64 t);
    // Each department time limit (working days) with the last arrival day still within it
    // on lastDay; overdueCutoffSql is the same as a CASE over limitColumn.
    QList<std::pair<int, qint64>> overdueCutoffs(const QDate &lastDay);
    QString overdueCutoffSql(const QDate &lastDay, const QString &limitColumn);
    static QString overdueCutoffSql(const QList<std::pair<int, qint64>> &cutoffs, const QString &limitColumn);
    void checkUnitAllowed(UnitKind kind, qint64 unitId);
    void maskGraded(QList<ReviewFile> &rows);
    void fillDelayReasons(QList<ReviewFile> &rows, qint64 asOfMs);
    void fillNoteSignatures(QList<ReviewFile> &rows, qint64 asOfMs);
    QString levelsSql() const;
    void addFollowupFigures(const WeekRange &week, qint64 t, const StoredDays &days,
                            const std::function<UnitFigures *(qint64)> &figuresOf);
    void addCategoriesAndWatches(WeeklyReview &r, qint64 t);

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    int m_snapshotDepth = 0; // files() inside weekly() reads the same snapshot
};

} // namespace nasti
