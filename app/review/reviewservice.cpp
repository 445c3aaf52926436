#include "review/reviewservice.h"

#include "db/database.h"
#include "db/readsnapshot.h"
#include "db/transaction.h"
#include "domain/workingcalendar.h"
#include "services/filequeries.h"
#include "services/orgservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace nasti {

namespace {
// Step timings: QT_LOGGING_RULES="nasti.review.debug=true".
Q_LOGGING_CATEGORY(lcReview, "nasti.review", QtWarningMsg)

QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::ReviewService", text);
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

struct PostPlace
{
    qint64 id = 0, sectionId = 0, departmentId = 0;
    int level = 0;
};

const int kSteps = 7;

// Many rows of numbers only, for the rollups: multi-row VALUES, unprepared (nothing in them
// comes from input), sent 500 rows at a time.
class ValuesBatch
{
public:
    ValuesBatch(Database &db, QString head) : m_db(db), m_head(std::move(head)) {}
    void add(const QStringList &values) { add(u'(' + values.join(QLatin1Char(',')) + u')'); }
    void add(const QString &row)
    {
        m_rows << row;
        if (m_rows.size() >= 500)
            flush();
    }
    void flush()
    {
        if (m_rows.isEmpty())
            return;
        m_db.execRaw(m_head + m_rows.join(QLatin1Char(',')));
        m_rows.clear();
    }

private:
    Database &m_db;
    QString m_head;
    QStringList m_rows;
};
} // namespace

// One week's figures per post, as of the week's end: one rollup row per post.
struct ReviewService::WeekFigures
{
    struct Post
    {
        int pending = 0, parked = 0;
        std::array<int, 4> age{};
        int overdue = 0, created = 0, disposed = 0, waitCount = 0;
        qint64 waitMs = 0;
        std::array<int, 3>
            received{}; // into the post: from any post, from outside its section, its department
        std::array<int, 3> recalled{}; // the same for the week before's, undone by a recall during this week
        int levelFiles = 0, levelSum = 0, overFour = 0; // closings and their levels (stored days only)
    };
    int dak = 0; // receipts diarised
    QHash<qint64, Post> posts;
};

// The week's finished days stored by closeDay() (schema step 024), their flows summed per
// post, and the instant they reach to (the week's start when none is stored).
struct ReviewService::StoredDays
{
    qint64 until = 0;
    int count = 0;
    QHash<qint64, WeekFigures::Post> posts;
};

void UnitFigures::add(const UnitFigures &o)
{
    pending += o.pending;
    parked += o.parked;
    for (int i = 0; i < 4; ++i)
        age[i] += o.age[i];
    overdue += o.overdue;
    week.received += o.week.received;
    week.created += o.week.created;
    week.disposed += o.week.disposed;
    lastWeek.received += o.lastWeek.received;
    lastWeek.created += o.lastWeek.created;
    lastWeek.disposed += o.lastWeek.disposed;
    for (int i = 0; i < 7; ++i) {
        waitMs[i] += o.waitMs[i];
        waitCount[i] += o.waitCount[i];
    }
    called += o.called;
    reminders += o.reminders;
    escalations += o.escalations;
    levelFiles += o.levelFiles;
    levelSum += o.levelSum;
    overFour += o.overFour;
    officials += o.officials;
}

int WeeklyReview::find(UnitKind kind, qint64 id) const
{
    for (int i = 0; i < units.size(); ++i)
        if (units[i].kind == kind && units[i].id == id)
            return i;
    return -1;
}

int WeeklyReview::find(const QString &code) const
{
    for (int i = 0; i < units.size(); ++i)
        if (units[i].kind != UnitKind::Secretariat && units[i].code == code)
            return i;
    return -1;
}

QSqlQuery &ReviewService::exec(const QString &sql, const QVariantMap &binds) const
{
    return m_db.exec(m_db.dialect().reviewSql(sql), binds);
}

QVariant ReviewService::scalar(const QString &sql, const QVariantMap &binds) const
{
    return m_db.scalar(m_db.dialect().reviewSql(sql), binds);
}

ReviewService::ReviewService(Database &db, const Clock &clock, Session session)
    : m_db(db), m_clock(clock), m_session(std::move(session))
{
}

// Movements into each post during [a, t) not undone by a recall before t, less the
// week's earlier ones (during [ws, a)) undone by a recall during [a, t), and the week
// before's undone by a recall during [a, t). With a = ws that is the week's "received"
// and "recalled"; summed over a partition of [ws, t) into days it is the same (a stored
// day's figure is one such part). A recall undoes the movement just before it in the
// file's order, so the undone ones are found from the range's few recalls (partial index
// movements_recalls_at) rather than by probing every movement; the range's own movements
// are read from the covering index movements_week (schema step 20).
QString ReviewService::receivedSql() const
{
    const QString section = s("tp.section_id IS NOT NULL AND COALESCE(fp.section_id, 0) <> tp.section_id");
    const QString department = s("tp.department_id <> fp.department_id");
    return QStringLiteral(
               "WITH u AS ("
               " SELECT (SELECT MAX(n.id) FROM movements n WHERE n.file_id = r.file_id AND n.id < r.id) AS id"
               "  FROM movements r WHERE r.kind = 'recall' AND r.sent_at >= :a AND r.sent_at < :t),"
               " x AS ("
               " SELECT m.to_post_id, m.from_post_id, 1 AS now, 0 AS undone FROM movements m"
               "  LEFT JOIN u ON u.id = m.id"
               "  WHERE m.sent_at >= :a AND m.sent_at < :t AND m.kind <> 'recall' AND u.id IS NULL"
               " UNION ALL SELECT m.to_post_id, m.from_post_id, -1, 0 FROM movements m JOIN u ON u.id = m.id"
               "  WHERE m.sent_at >= :ws AND m.sent_at < :a AND m.kind <> 'recall'"
               " UNION ALL SELECT m.to_post_id, m.from_post_id, 0, 1 FROM movements m JOIN u ON u.id = m.id"
               "  WHERE m.sent_at >= :ps AND m.sent_at < :ws AND m.kind <> 'recall')"
               // Summed per pair of posts first: a week's 80,000 movements at a million files
               // are a few thousand pairs, and only those are joined to the posts.
               " , y AS (SELECT x.to_post_id, x.from_post_id, SUM(x.now) AS now, SUM(x.undone) AS undone"
               "  FROM x GROUP BY x.to_post_id, x.from_post_id)"
               " SELECT y.to_post_id, SUM(y.now), SUM(CASE WHEN %1 THEN y.now ELSE 0 END),"
               " SUM(CASE WHEN %2 THEN y.now ELSE 0 END), SUM(y.undone),"
               " SUM(CASE WHEN %1 THEN y.undone ELSE 0 END), SUM(CASE WHEN %2 THEN y.undone ELSE 0 END)"
               " FROM y JOIN posts tp ON tp.id = y.to_post_id JOIN posts fp ON fp.id = y.from_post_id"
               " GROUP BY y.to_post_id")
        .arg(section, department);
}

// The week's figures per post computed from history, as of t (its end, or now for
// the week still running). `full`: also pendency and waits (the week before needs
// only its activity). The rollup stores exactly this, so both paths agree. With `days`,
// the flows of the stored days come from them and only the rest of [ws, t) from history.
ReviewService::WeekFigures ReviewService::computeWeek(const WeekRange &week, qint64 t, bool full,
                                                      const StoredDays *days)
{
    WeekFigures w;
    const qint64 ws = week.startMs();
    const qint64 ps = week.previous().startMs();
    // Ages run to the week's Sunday (today, for the week still running).
    const QDate lastDate = Clock::officeDate(t - 1);
    const qint64 lastDay = WeekRange::dayNumber(lastDate);
    const QVariantMap range{{s("ws"), ws}, {s("t"), t}};

    if (full) {
        // Pendency at t, by holder.
        const QList<std::pair<int, qint64>> cutoffs = overdueCutoffs(lastDate);
        const QString byHolder =
            QStringLiteral(
                "SELECT st.holder, COUNT(*), SUM(CASE WHEN st.status = 'parked' THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN :lastday - %1 <= 7 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN :lastday - %1 BETWEEN 8 AND 15 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN :lastday - %1 BETWEEN 16 AND 30 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN :lastday - %1 > 30 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN st.status = 'open' AND %1 <= %2 THEN 1 ELSE 0 END)"
                " FROM st JOIN sections sc ON sc.id = st.section_id"
                " JOIN departments d ON d.id = sc.department_id"
                " WHERE st.status <> 'closed'%3 GROUP BY st.holder")
                .arg(s("st.sday"), overdueCutoffSql(cutoffs, s("d.time_limit_days")));
        QVariantMap params{{s("t"), t}, {s("lastday"), lastDay}};
        QString sql;
        if (m_db.dialect().isPostgres() && quietSince(t)) {
            // Counted inside schema step 23's function for a whole-office reviewer (the files'
            // rows are read and summed where they lie: 150 -> 70 ms at a million files), through
            // the view for anyone else; exactly one of the two gives rows.
            QStringList limitList, cutoffList;
            for (const auto &[limit, cutoff] : cutoffs) {
                limitList << QString::number(limit);
                cutoffList << QString::number(cutoff);
            }
            params.insert(s("limits"), QString(u'{' + limitList.join(u',') + u'}'));
            params.insert(s("cutoffs"), QString(u'{' + cutoffList.join(u',') + u'}'));
            sql = pendingStateSql(t, StateUse::Listing) +
                  s("SELECT * FROM nasti_review_pending_by_holder(:t, :lastday, CAST(:limits AS integer[]),"
                    " CAST(:cutoffs AS bigint[])) UNION ALL ") +
                  byHolder.arg(s(" AND NOT (SELECT nasti_review_scope_all())"));
        } else {
            sql = pendingStateSql(t, StateUse::Counting) + byHolder.arg(QString());
        }
        QSqlQuery &q = exec(sql, params);
        while (q.next()) {
            WeekFigures::Post &p = w.posts[q.value(0).toLongLong()];
            p.pending = q.value(1).toInt();
            p.parked = q.value(2).toInt();
            for (int i = 0; i < 4; ++i)
                p.age[i] = q.value(3 + i).toInt();
            p.overdue = q.value(7).toInt();
        }
        q.finish();
    }

    // Created, waits and received: from the stored days, and the rest from history.
    const qint64 liveFrom = days && days->until > ws ? days->until : ws;
    addFlows(w, liveFrom, t, ws, ps, full);
    if (days) {
        for (auto it = days->posts.cbegin(); it != days->posts.cend(); ++it) {
            WeekFigures::Post &p = w.posts[it.key()];
            const WeekFigures::Post &d = it.value();
            p.created += d.created;
            if (full) {
                p.waitCount += d.waitCount;
                p.waitMs += d.waitMs;
            }
            for (int i = 0; i < 3; ++i) {
                p.received[i] += d.received[i];
                p.recalled[i] += d.recalled[i];
            }
        }
    }

    // Disposed by the acting post: closings, and files disposed of by the issue of a letter
    // (schema step 9) that did not also close that week (each such file once). Always from
    // history: a file issued on one day and closed on another counts once, which stored days
    // could not add up; both kinds of event are few and indexed.
    QSqlQuery &d = exec(s("SELECT x.post_id, SUM(x.n) FROM ("
                          " SELECT post_id, COUNT(*) AS n FROM events"
                          "  WHERE kind = 'file.closed' AND at >= :ws AND at < :t GROUP BY post_id"
                          " UNION ALL SELECT e.post_id, COUNT(DISTINCT e.file_id) FROM events e"
                          "  WHERE e.kind = 'letter.issued' AND e.at >= :ws AND e.at < :t"
                          "  AND NOT EXISTS (SELECT 1 FROM events c WHERE c.file_id = e.file_id"
                          "   AND c.kind = 'file.closed' AND c.at >= :ws AND c.at < :t)"
                          "  GROUP BY e.post_id) x GROUP BY x.post_id"),
                        range);
    while (d.next())
        w.posts[d.value(0).toLongLong()].disposed = d.value(1).toInt();
    d.finish();

    w.dak = scalar(s("SELECT COUNT(*) FROM receipts WHERE received_at >= :ws AND received_at < :t"), range)
                .toInt();
    return w;
}

// Flows during [from, t) of the week starting ws (see receivedSql and computeWeek).
void ReviewService::addFlows(WeekFigures &w, qint64 from, qint64 t, qint64 ws, qint64 ps, bool waits)
{
    const QVariantMap range{{s("a"), from}, {s("t"), t}};
    if (waits) {
        // Average wait: stays ended by a movement out of a post during the range. The stay
        // began when the file arrived: the movement's own arrived_at (schema step 16), else
        // the movement before (or the opening), or a reopening after it.
        QSqlQuery &q = exec(
            s("WITH w AS MATERIALIZED ("
              " SELECT m.from_post_id AS post, m.sent_at, m.arrived_at AS a,"
              "  CASE WHEN m.arrived_at IS NULL THEN"
              "   COALESCE((SELECT p.sent_at FROM movements p WHERE p.file_id = m.file_id AND p.id < m.id"
              "    ORDER BY p.id DESC LIMIT 1),"
              "   (SELECT f.created_at FROM files f WHERE f.id = m.file_id)) END AS x,"
              "  CASE WHEN m.arrived_at IS NULL THEN"
              "   (SELECT MAX(e.at) FROM events e WHERE e.file_id = m.file_id"
              "    AND e.kind = 'file.reopened' AND e.at <= m.sent_at) END AS r"
              " FROM movements m WHERE m.sent_at >= :a AND m.sent_at < :t AND m.kind <> 'recall')"
              " SELECT w.post, COUNT(*),"
              "  SUM(w.sent_at - CASE WHEN w.a IS NOT NULL THEN w.a"
              "   WHEN w.r IS NOT NULL AND w.r > w.x THEN w.r ELSE w.x END)"
              " FROM w GROUP BY w.post"),
            range);
        while (q.next()) {
            WeekFigures::Post &p = w.posts[q.value(0).toLongLong()];
            p.waitCount += q.value(1).toInt();
            p.waitMs += q.value(2).toLongLong();
        }
        q.finish();
    }

    QSqlQuery &c = exec(s("SELECT created_post_id, COUNT(*) FROM files"
                          " WHERE created_at >= :a AND created_at < :t GROUP BY created_post_id"),
                        range);
    while (c.next())
        w.posts[c.value(0).toLongLong()].created += c.value(1).toInt();
    c.finish();

    QSqlQuery &r = exec(receivedSql(), {{s("a"), from}, {s("ws"), ws}, {s("ps"), ps}, {s("t"), t}});
    while (r.next()) {
        WeekFigures::Post &p = w.posts[r.value(0).toLongLong()];
        for (int i = 0; i < 3; ++i) {
            p.received[i] += r.value(1 + i).toInt();
            p.recalled[i] += r.value(4 + i).toInt();
        }
    }
    r.finish();
}

// The stored weeks in [fromStart, toStart]; from fullFrom on every figure, before it
// only what the trend shows (fewer values to read for the 5,000 posts of each week).
QHash<qint64, ReviewService::WeekFigures> ReviewService::loadWeeks(qint64 fromStart, qint64 fullFrom,
                                                                   qint64 toStart)
{
    QHash<qint64, WeekFigures> weeks;
    QSqlQuery &q =
        exec(s("SELECT week_start, dak FROM review_weeks WHERE week_start >= :a AND week_start <= :b"),
             {{s("a"), fromStart}, {s("b"), toStart}});
    while (q.next())
        weeks[q.value(0).toLongLong()].dak = q.value(1).toInt();
    q.finish();
    if (weeks.isEmpty())
        return weeks;
    QSqlQuery &t = exec(s("SELECT week_start, post_id, pending, created, disposed FROM review_rollup"
                          " WHERE week_start >= :a AND week_start < :b"),
                        {{s("a"), fromStart}, {s("b"), fullFrom}});
    while (t.next()) {
        const auto it = weeks.find(t.value(0).toLongLong());
        if (it == weeks.end())
            continue;
        WeekFigures::Post &p = it->posts[t.value(1).toLongLong()];
        p.pending = t.value(2).toInt();
        p.created = t.value(3).toInt();
        p.disposed = t.value(4).toInt();
    }
    t.finish();
    QSqlQuery &r =
        exec(s("SELECT week_start, post_id, pending, parked, age_7, age_15, age_30, age_over, overdue,"
               " created, disposed, wait_count, wait_ms, received, received_section, received_department,"
               " recalled, recalled_section, recalled_department FROM review_rollup"
               " WHERE week_start >= :a AND week_start <= :b"),
             {{s("a"), fullFrom}, {s("b"), toStart}});
    while (r.next()) {
        const auto it = weeks.find(r.value(0).toLongLong());
        if (it == weeks.end())
            continue;
        WeekFigures::Post &p = it->posts[r.value(1).toLongLong()];
        p.pending = r.value(2).toInt();
        p.parked = r.value(3).toInt();
        for (int i = 0; i < 4; ++i)
            p.age[i] = r.value(4 + i).toInt();
        p.overdue = r.value(8).toInt();
        p.created = r.value(9).toInt();
        p.disposed = r.value(10).toInt();
        p.waitCount = r.value(11).toInt();
        p.waitMs = r.value(12).toLongLong();
        for (int i = 0; i < 3; ++i) {
            p.received[i] = r.value(13 + i).toInt();
            p.recalled[i] = r.value(16 + i).toInt();
        }
    }
    r.finish();
    return weeks;
}

bool ReviewService::isClosed(const WeekRange &week)
{
    return scalar(s("SELECT 1 FROM review_weeks WHERE week_start = :ws"), {{s("ws"), week.startMs()}})
        .isValid();
}

bool ReviewService::closeWeek(const WeekRange &week)
{
    // On PostgreSQL the grants decide (only the owner writes the rollup); this says it plainly.
    if (m_session.userId != 0 && m_session.role != Role::Admin)
        fail(NastiError::Kind::Refused, tr("Only an administrator may close review weeks."));
    if (!week.isValid() || week.endMs() > m_clock.nowMs())
        fail(NastiError::Kind::Invalid,
             tr("Week %1 has not ended yet.").arg(week.isValid() ? week.code() : QString()));
    if (isClosed(week))
        return false;

    const qint64 t = week.endMs();
    WeekFigures w;
    struct Longest
    {
        qint64 department, file, post, since;
        QString status;
    };
    QList<Longest> longest;
    QSet<qint64> postIds;
    {
        ReadSnapshot snapshot(m_db, m_snapshotDepth);
        w = computeWeek(week, t, true);
        // Each department's longest pending, by the department of the holding post.
        QSqlQuery &q =
            exec(pendingStateSql(t, StateUse::Counting) +
                     s("SELECT x.department_id, x.id, x.holder, x.since, x.status FROM ("
                       " SELECT p.department_id, st.id, st.holder, st.since, st.status,"
                       "  ROW_NUMBER() OVER (PARTITION BY p.department_id ORDER BY st.since, st.id) AS rn"
                       " FROM st JOIN posts p ON p.id = st.holder WHERE st.status <> 'closed') x"
                       " WHERE x.rn <= :n"),
                 {{s("t"), t}, {s("n"), kLongest}});
        while (q.next())
            longest << Longest{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                               q.value(3).toLongLong(), q.value(4).toString()};
        q.finish();
        postIds = allPostIds();
    }

    Transaction tx(m_db);
    // Two close-weeks at once: the second finds the week stored.
    if (const QString lock = m_db.dialect().exclusiveWorkLock(7261007); !lock.isEmpty())
        m_db.execRaw(lock);
    if (isClosed(week))
        return false;
    exec(
        s("INSERT INTO review_weeks (week_start, week_code, dak, computed_at) VALUES (:ws, :code, :dak, "
          ":at)"),
        {{s("ws"), week.startMs()}, {s("code"), week.code()}, {s("dak"), w.dak}, {s("at"), m_clock.nowMs()}});
    const QString ws = QString::number(week.startMs());
    ValuesBatch rollup(m_db,
                       s("INSERT INTO review_rollup (week_start, post_id, pending, parked, age_7, age_15,"
                         " age_30, age_over, overdue, created, disposed, wait_count, wait_ms, received,"
                         " received_section, received_department, recalled, recalled_section,"
                         " recalled_department) VALUES "));
    for (auto it = w.posts.cbegin(); it != w.posts.cend(); ++it) {
        const WeekFigures::Post &p = it.value();
        if (!postIds.contains(it.key()))
            continue;
        QStringList v{ws, QString::number(it.key()), QString::number(p.pending), QString::number(p.parked)};
        for (const int a : p.age)
            v << QString::number(a);
        v << QString::number(p.overdue) << QString::number(p.created) << QString::number(p.disposed)
          << QString::number(p.waitCount) << QString::number(p.waitMs);
        for (const int x : p.received)
            v << QString::number(x);
        for (const int x : p.recalled)
            v << QString::number(x);
        rollup.add(v);
    }
    rollup.flush();
    ValuesBatch longestRows(
        m_db,
        s("INSERT INTO review_longest (week_start, department_id, file_id, post_id, since, status) VALUES "));
    for (const Longest &l : std::as_const(longest)) {
        // status is one of the CHECKed words open/parked, never input.
        longestRows.add(QStringLiteral("(%1,%2,%3,%4,%5,'%6')")
                            .arg(ws)
                            .arg(l.department)
                            .arg(l.file)
                            .arg(l.post)
                            .arg(l.since)
                            .arg(l.status == QLatin1String("parked") ? s("parked") : s("open")));
    }
    longestRows.flush();
    // The week's stored days, superseded by its rollup.
    exec(s("DELETE FROM review_day_flows WHERE day_start IN"
           " (SELECT day_start FROM review_days WHERE week_start = :ws)"),
         {{s("ws"), week.startMs()}});
    exec(s("DELETE FROM review_days WHERE week_start = :ws"), {{s("ws"), week.startMs()}});
    tx.commit();
    return true;
}

int ReviewService::closeWeeks(int weeks, const Progress &progress)
{
    const WeekRange last = WeekRange::lastComplete(m_clock.nowMs());
    int stored = 0;
    for (int k = weeks - 1; k >= 0; --k) {
        if (closeWeek(last.previous(k)))
            ++stored;
        if (progress)
            progress(weeks - k, weeks);
    }
    return stored;
}

// Every post's id: a rollup stores rows only for posts that exist.
QSet<qint64> ReviewService::allPostIds()
{
    QSet<qint64> ids;
    QSqlQuery &p = exec(s("SELECT id FROM posts"));
    while (p.next())
        ids.insert(p.value(0).toLongLong());
    p.finish();
    return ids;
}

bool ReviewService::isDayClosed(qint64 dayStartMs)
{
    return scalar(s("SELECT 1 FROM review_days WHERE day_start = :d"), {{s("d"), dayStartMs}}).isValid();
}

// The stored days of `week` from its Monday on without a gap, as far as t; their flows
// summed per post on the server (a few thousand rows, not one per day and post).
ReviewService::StoredDays ReviewService::loadDays(const WeekRange &week, qint64 t)
{
    StoredDays days;
    days.until = week.startMs();
    QSqlQuery &q = exec(s("SELECT day_start FROM review_days WHERE week_start = :ws ORDER BY day_start"),
                        {{s("ws"), week.startMs()}});
    while (q.next()) {
        const qint64 d = q.value(0).toLongLong();
        if (d != days.until || d + WeekRange::kDayMs > t)
            break;
        days.until += WeekRange::kDayMs;
        ++days.count;
    }
    q.finish();
    if (days.count == 0)
        return days;
    QSqlQuery &f = exec(s("SELECT post_id, SUM(created), SUM(wait_count), SUM(wait_ms), SUM(received),"
                          " SUM(received_section), SUM(received_department), SUM(recalled),"
                          " SUM(recalled_section), SUM(recalled_department), SUM(level_files),"
                          " SUM(level_sum), SUM(over_four) FROM review_day_flows"
                          " WHERE day_start >= :ws AND day_start < :u GROUP BY post_id"),
                        {{s("ws"), week.startMs()}, {s("u"), days.until}});
    while (f.next()) {
        WeekFigures::Post &p = days.posts[f.value(0).toLongLong()];
        p.created = f.value(1).toInt();
        p.waitCount = f.value(2).toInt();
        p.waitMs = f.value(3).toLongLong();
        for (int i = 0; i < 3; ++i) {
            p.received[i] = f.value(4 + i).toInt();
            p.recalled[i] = f.value(7 + i).toInt();
        }
        p.levelFiles = f.value(10).toInt();
        p.levelSum = f.value(11).toInt();
        p.overFour = f.value(12).toInt();
    }
    f.finish();
    return days;
}

// One finished day of `week`: its flows from history, stored unless present (true if it
// was stored now). The same SQL as the live review's, over the day's range.
bool ReviewService::closeDay(const WeekRange &week, qint64 dayStart)
{
    if (isDayClosed(dayStart))
        return false;
    const qint64 dayEnd = dayStart + WeekRange::kDayMs;
    WeekFigures w;
    QSet<qint64> postIds;
    {
        ReadSnapshot snapshot(m_db, m_snapshotDepth);
        addFlows(w, dayStart, dayEnd, week.startMs(), week.previous().startMs(), true);
        addLevels(w, dayStart, dayEnd);
        postIds = allPostIds();
    }

    Transaction tx(m_db);
    if (const QString lock = m_db.dialect().exclusiveWorkLock(7261007); !lock.isEmpty())
        m_db.execRaw(lock);
    if (isDayClosed(dayStart))
        return false;
    exec(s("INSERT INTO review_days (day_start, week_start, computed_at) VALUES (:d, :ws, :at)"),
         {{s("d"), dayStart}, {s("ws"), week.startMs()}, {s("at"), m_clock.nowMs()}});
    ValuesBatch flows(m_db,
                      s("INSERT INTO review_day_flows (day_start, post_id, created, wait_count, wait_ms,"
                        " received, received_section, received_department, recalled, recalled_section,"
                        " recalled_department, level_files, level_sum, over_four) VALUES "));
    for (auto it = w.posts.cbegin(); it != w.posts.cend(); ++it) {
        if (!postIds.contains(it.key()))
            continue;
        const WeekFigures::Post &p = it.value();
        QStringList v{QString::number(dayStart), QString::number(it.key()), QString::number(p.created),
                      QString::number(p.waitCount), QString::number(p.waitMs)};
        for (const int x : p.received)
            v << QString::number(x);
        for (const int x : p.recalled)
            v << QString::number(x);
        v << QString::number(p.levelFiles) << QString::number(p.levelSum) << QString::number(p.overFour);
        flows.add(v);
    }
    flows.flush();
    tx.commit();
    return true;
}

int ReviewService::closeDays(const Progress &progress)
{
    // On PostgreSQL the grants decide (only the owner writes the stored days); this says it plainly.
    if (m_session.userId != 0 && m_session.role != Role::Admin)
        fail(NastiError::Kind::Refused, tr("Only an administrator may close review days."));
    // A day counts as finished a few minutes after midnight: a transaction begun before it
    // stamps its rows with its start (the server's transaction time) and may commit just after.
    const qint64 now = m_clock.nowMs() - kDayCloseMarginMs;
    const WeekRange week = WeekRange::containing(now);
    const int finished = int((now - week.startMs()) / WeekRange::kDayMs);
    int stored = 0;
    for (int k = 0; k < finished; ++k) {
        if (closeDay(week, week.startMs() + k * WeekRange::kDayMs))
            ++stored;
        if (progress)
            progress(k + 1, finished);
    }
    return stored;
}

QString ReviewService::scopeFor(const QString &departmentCode) const
{
    const QString code = departmentCode.trimmed();
    if (!code.isEmpty() &&
        !scalar(s("SELECT id FROM departments WHERE code = :c"), {{s("c"), code}}).isValid())
        fail(NastiError::Kind::NotFound, tr("There is no department “%1”.").arg(code));
    if (m_session.role == Role::Reviewer)
        return code;
    for (const PostRef &p : m_session.posts) {
        if (p.level != 5)
            continue;
        const QString own =
            scalar(s("SELECT code FROM departments WHERE id = :d"), {{s("d"), p.departmentId}}).toString();
        if (code.isEmpty() || code == own)
            return own;
    }
    for (const PostRef &p : m_session.posts)
        if (p.level == 5)
            fail(NastiError::Kind::Refused, tr("A department head may review only his own department."));
    fail(NastiError::Kind::Refused, tr("Only reviewers and department heads may see the weekly review."));
}

qint64 ReviewService::asOf(const WeekRange &week) const
{
    if (!week.isValid())
        fail(NastiError::Kind::Invalid, tr("No week was chosen for the review."));
    const qint64 now = m_clock.nowMs();
    if (week.startMs() > now)
        fail(NastiError::Kind::Invalid, tr("Week %1 has not begun yet.").arg(week.code()));
    return std::min(week.endMs(), now);
}

// The state of every file at :t (the week's end), rebuilt from history: status from
// the first status event after :t (a closing after :t means it was open at :t ...),
// holder from the first movement after :t (its sender held it), else the files row.
// Candidates: the files not closed now (covering partial index files_pending) and the
// closed ones whose status changed after :t, so the closed majority is never read.
// st is materialised so each row's reconstruction runs once however often it is used.
QString ReviewService::pendingStateSql(qint64 t, StateUse use)
{
    // Nothing recorded at or after t (the week still running, asked for now): the
    // state at t is the files rows as they are, and the reconstruction can be skipped.
    const bool quiet = quietSince(t);
    if (quiet && use == StateUse::Counting && m_db.dialect().isPostgres())
        // Counted over every open file: a whole-office reviewer's rows come from the index
        // alone (schema step 20), anyone else's through his scope, as below; exactly one of the
        // two gives rows. (A list of the first few, in order of arrival, reads the view: it
        // stops early along files_pending_since.)
        return s(
            "WITH st AS (SELECT f.id, f.section_id, f.status, f.holder_post_id AS holder, "
            "f.holder_since AS since, (f.holder_since + 19800000) / 86400000 AS sday FROM ("
            " SELECT o.id, o.section_id, o.status, o.holder_post_id, o.holder_since"
            "  FROM nasti_review_open_files(:t) o"
            " UNION ALL SELECT c.id, c.section_id, c.status, c.holder_post_id, c.holder_since FROM files c"
            "  WHERE NOT (SELECT nasti_review_scope_all()) AND c.status <> 'closed' AND c.created_at < :t) "
            "f) ");
    if (quiet)
        return s("WITH st AS (SELECT f.id, f.section_id, f.status, f.holder_post_id AS holder, "
                 "f.holder_since AS since,"
                 " (f.holder_since + 19800000) / 86400000 AS sday FROM files f"
                 " WHERE f.status <> 'closed' AND f.created_at < :t) ");
    return s(
        "WITH ev AS ("
        " SELECT x.file_id, x.kind FROM ("
        "  SELECT e.file_id, e.kind, ROW_NUMBER() OVER (PARTITION BY e.file_id ORDER BY e.seq) AS rn"
        "  FROM events e WHERE e.at >= :t AND e.file_id IS NOT NULL"
        "  AND e.kind IN ('file.closed', 'file.reopened', 'file.parked', 'file.unparked')) x"
        " WHERE x.rn = 1),"
        " mv AS ("
        " SELECT y.file_id, y.from_post_id FROM ("
        "  SELECT m.file_id, m.from_post_id, ROW_NUMBER() OVER (PARTITION BY m.file_id ORDER BY m.sent_at, "
        "m.id) AS rn"
        "  FROM movements m WHERE m.sent_at >= :t) y"
        " WHERE y.rn = 1),"
        " base AS ("
        " SELECT c.id, c.section_id, c.status, c.holder_post_id, c.holder_since, c.created_at FROM files c"
        "  WHERE c.status <> 'closed'"
        " UNION ALL SELECT c.id, c.section_id, c.status, c.holder_post_id, c.holder_since, c.created_at"
        "  FROM files c JOIN ev ON ev.file_id = c.id WHERE c.status = 'closed'),"
        " st AS MATERIALIZED ("
        " SELECT z.id, z.section_id, z.status, z.holder, z.since, (z.since + 19800000) / 86400000 AS sday "
        "FROM ("
        " SELECT f.id, f.section_id,"
        "  CASE ev.kind WHEN 'file.closed' THEN 'open' WHEN 'file.parked' THEN 'open'"
        "   WHEN 'file.reopened' THEN 'closed' WHEN 'file.unparked' THEN 'parked' ELSE f.status END AS "
        "status,"
        "  COALESCE(mv.from_post_id, f.holder_post_id) AS holder,"
        "  CASE WHEN mv.file_id IS NULL AND ev.file_id IS NULL THEN f.holder_since ELSE ("
        "   SELECT MAX(u.x) FROM ("
        "    SELECT m2.sent_at AS x FROM movements m2 WHERE m2.file_id = f.id AND m2.sent_at < :t"
        "    UNION ALL SELECT e2.at FROM events e2 WHERE e2.file_id = f.id AND e2.kind = 'file.reopened' AND "
        "e2.at < :t"
        "    UNION ALL SELECT f.created_at) u) END AS since"
        " FROM base f LEFT JOIN ev ON ev.file_id = f.id LEFT JOIN mv ON mv.file_id = f.id"
        " WHERE f.created_at < :t) z) ");
}

bool ReviewService::quietSince(qint64 t)
{
    return !scalar(s("SELECT 1 WHERE EXISTS (SELECT 1 FROM movements m WHERE m.sent_at >= :t)"
                     " OR EXISTS (SELECT 1 FROM events e WHERE e.at >= :t AND e.file_id IS NOT NULL"
                     "  AND e.kind IN ('file.closed', 'file.reopened', 'file.parked', 'file.unparked'))"),
                   {{s("t"), t}})
                .isValid();
}

// A file is past its limit when more working days than the limit lie after its
// arrival date up to the Sunday; that holds exactly for arrival days up to a cutoff
// per limit, computed here with the holiday calendar so the SQL stays set-based.
QList<std::pair<int, qint64>> ReviewService::overdueCutoffs(const QDate &lastDay)
{
    const WorkingCalendar calendar = OrgService(m_db, m_clock).calendar();
    QList<int> limits;
    {
        QSqlQuery &q = exec(s("SELECT DISTINCT time_limit_days FROM departments"));
        while (q.next())
            limits << q.value(0).toInt();
        q.finish();
    }
    QList<std::pair<int, qint64>> out;
    for (const int limit : std::as_const(limits)) {
        QDate d = lastDay;
        while (calendar.workingDaysBetween(d, lastDay) <= limit)
            d = d.addDays(-1);
        out.append({limit, WeekRange::dayNumber(d)});
    }
    return out;
}

QString ReviewService::overdueCutoffSql(const QDate &lastDay, const QString &limitColumn)
{
    return overdueCutoffSql(overdueCutoffs(lastDay), limitColumn);
}

QString ReviewService::overdueCutoffSql(const QList<std::pair<int, qint64>> &cutoffs,
                                        const QString &limitColumn)
{
    if (cutoffs.isEmpty())
        return s("NULL");
    QString sql = s("CASE ") + limitColumn;
    for (const auto &[limit, cutoff] : cutoffs)
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(limit).arg(cutoff);
    return sql + s(" END");
}

QString ReviewService::unitFilter(UnitKind kind, const QString &p) const
{
    switch (kind) {
    case UnitKind::Secretariat:
        return s("1 = 1");
    case UnitKind::Department:
        return p + s(".department_id = :unit");
    case UnitKind::Section:
        return p + s(".section_id = :unit");
    case UnitKind::Post:
        return p + s(".id = :unit");
    }
    return s("1 = 0");
}

WeeklyReview ReviewService::weekly(const WeekRange &week, const QString &departmentCode,
                                   const Progress &progress)
{
    const QString scope = scopeFor(departmentCode);
    const qint64 t = asOf(week);
    const qint64 ws = week.startMs();
    const qint64 ps = week.previous().startMs();
    const qint64 t0 = week.previous(kTrendWeeks - 1).startMs();
    QElapsedTimer timer;
    timer.start();
    auto step = [&](int n) {
        qCDebug(lcReview) << "step" << n << timer.restart() << "ms";
        if (progress)
            progress(n, kSteps);
    };

    WeeklyReview r;
    r.week = week;
    r.asOfMs = t;
    r.generatedMs = m_clock.nowMs();
    r.departmentCode = scope;

    ReadSnapshot snapshot(m_db, m_snapshotDepth);

    // The organisation: departments > sections > posts.
    QHash<qint64, PostPlace> posts;
    QHash<qint64, int> postUnit, sectionUnit, departmentUnit;
    {
        ReviewUnit root;
        root.kind = UnitKind::Secretariat;
        root.code = s("SECRETARIAT");
        root.nameEn = s("Secretariat");
        root.nameHi = QString::fromUtf8("सचिवालय");
        r.units << root;
        QSqlQuery &q = exec(s("SELECT id, code, name_en, name_hi FROM departments ORDER BY code"));
        while (q.next()) {
            if (!scope.isEmpty() && q.value(1).toString() != scope)
                continue;
            ReviewUnit u;
            u.kind = UnitKind::Department;
            u.id = q.value(0).toLongLong();
            u.code = q.value(1).toString();
            u.nameEn = q.value(2).toString();
            u.nameHi = q.value(3).toString();
            departmentUnit.insert(u.id, int(r.units.size()));
            r.units << u;
        }
        q.finish();
        if (!scope.isEmpty()) {
            // A department's own review: the department is the root.
            r.units.removeFirst();
            departmentUnit[departmentUnit.begin().key()] = 0;
        } else {
            for (auto it = departmentUnit.cbegin(); it != departmentUnit.cend(); ++it) {
                r.units[it.value()].parent = 0;
                r.units[0].children << it.value();
            }
            std::sort(r.units[0].children.begin(), r.units[0].children.end());
        }
        QSqlQuery &sq =
            exec(s("SELECT id, code, name_en, name_hi, department_id FROM sections ORDER BY code"));
        while (sq.next()) {
            const int parent = departmentUnit.value(sq.value(4).toLongLong(), -1);
            if (parent < 0)
                continue;
            ReviewUnit u;
            u.kind = UnitKind::Section;
            u.id = sq.value(0).toLongLong();
            u.code = sq.value(1).toString();
            u.nameEn = sq.value(2).toString();
            u.nameHi = sq.value(3).toString();
            u.parent = parent;
            sectionUnit.insert(u.id, int(r.units.size()));
            r.units[parent].children << int(r.units.size());
            r.units << u;
        }
        sq.finish();
        QSqlQuery &pq =
            exec(s("SELECT id, code, title_en, title_hi, level, COALESCE(section_id, 0), department_id "
                   "FROM posts ORDER BY level DESC, code"));
        while (pq.next()) {
            PostPlace info{pq.value(0).toLongLong(), pq.value(5).toLongLong(), pq.value(6).toLongLong(),
                           pq.value(4).toInt()};
            posts.insert(info.id, info);
            int parent = info.sectionId ? sectionUnit.value(info.sectionId, -1)
                                        : departmentUnit.value(info.departmentId, -1);
            if (parent < 0)
                continue;
            ReviewUnit u;
            u.kind = UnitKind::Post;
            u.id = info.id;
            u.code = pq.value(1).toString();
            u.nameEn = pq.value(2).toString();
            u.nameHi = pq.value(3).toString();
            u.level = info.level;
            u.parent = parent;
            postUnit.insert(u.id, int(r.units.size()));
            r.units[parent].children << int(r.units.size());
            r.units << u;
        }
        pq.finish();
    }
    step(1);

    // Per-post figures, rolled up below. Posts outside the scope are skipped.
    QHash<qint64, UnitFigures> byPost;
    auto figuresOf = [&](qint64 postId) -> UnitFigures * {
        if (!postUnit.contains(postId))
            return nullptr;
        return &byPost[postId];
    };

    // Closed weeks come from the rollup where it is stored (the reviewed week once it
    // has ended, the week before, the trend's weeks); what is missing is computed
    // live from history, with the same SQL that fills the rollup.
    const QHash<qint64, WeekFigures> stored = loadWeeks(t0, ps, ws);
    QSet<qint64> usedWeeks;
    step(2);
    const bool ended = t == week.endMs();
    WeekFigures current;
    StoredDays days;
    if (ended && stored.contains(ws)) {
        current = stored.value(ws);
        usedWeeks.insert(ws);
    } else {
        // The week still running (or an ended week not closed): its stored days, the rest live.
        days = loadDays(week, t);
        current = computeWeek(week, t, true, &days);
    }
    r.storedDays = days.count;
    step(3);
    WeekFigures before;
    if (stored.contains(ps)) {
        before = stored.value(ps);
        usedWeeks.insert(ps);
    } else {
        before = computeWeek(week.previous(), ws, false);
    }
    step(4);

    for (auto it = current.posts.cbegin(); it != current.posts.cend(); ++it) {
        UnitFigures *f = figuresOf(it.key());
        if (!f)
            continue;
        const WeekFigures::Post &p = it.value();
        f->pending = p.pending;
        f->parked = p.parked;
        f->age = p.age;
        f->overdue = p.overdue;
        f->week.created = p.created;
        f->week.disposed = p.disposed;
        const int level = posts.value(it.key()).level;
        if (level >= 0 && level < 7) {
            f->waitCount[level] = p.waitCount;
            f->waitMs[level] = p.waitMs;
        }
    }
    for (auto it = before.posts.cbegin(); it != before.posts.cend(); ++it) {
        if (UnitFigures *f = figuresOf(it.key())) {
            f->lastWeek.created = it.value().created;
            f->lastWeek.disposed = it.value().disposed;
        }
    }

    addFollowupFigures(week, t, days, figuresOf);

    // Roll the posts up.
    for (auto it = byPost.cbegin(); it != byPost.cend(); ++it) {
        for (int u = postUnit.value(it.key()); u >= 0; u = r.units[u].parent)
            r.units[u].figures.add(it.value());
    }
    // Received is not additive (a movement inside a section is no receipt of the
    // section): each post's row counts the movements into it from any post, from
    // outside its section and from outside its department; each unit takes its level.
    // Last week's receipts are as of this week's end: less those a recall undid since.
    for (ReviewUnit &u : r.units) {
        u.figures.week.received = 0;
        u.figures.lastWeek.received = 0;
    }
    {
        QSet<qint64> receivers;
        for (auto it = current.posts.cbegin(); it != current.posts.cend(); ++it)
            receivers.insert(it.key());
        for (auto it = before.posts.cbegin(); it != before.posts.cend(); ++it)
            receivers.insert(it.key());
        for (const qint64 id : std::as_const(receivers)) {
            const PostPlace to = posts.value(id);
            const WeekFigures::Post now = current.posts.value(id);
            const WeekFigures::Post last = before.posts.value(id);
            auto credit = [&](int unit, int level) {
                if (unit >= 0) {
                    r.units[unit].figures.week.received += now.received[level];
                    r.units[unit].figures.lastWeek.received += last.received[level] - now.recalled[level];
                }
            };
            credit(postUnit.value(id, -1), 0);
            if (to.sectionId)
                credit(sectionUnit.value(to.sectionId, -1), 1);
            credit(departmentUnit.value(to.departmentId, -1), 2);
        }
        if (scope.isEmpty()) {
            // Nothing enters the secretariat as a file: its receipts are the dak diarised.
            r.units[0].figures.week.received = current.dak;
            r.units[0].figures.lastWeek.received = before.dak;
        }
    }
    step(5);

    // The 12-week trend from the rollup when every earlier week of it is stored.
    bool trendStored = true;
    for (int k = 0; k < kTrendWeeks - 1; ++k)
        trendStored = trendStored && stored.contains(week.previous(kTrendWeeks - 1 - k).startMs());
    if (trendStored) {
        for (ReviewUnit &u : r.units) {
            u.trend.clear();
            for (int k = 0; k < kTrendWeeks; ++k) {
                TrendPoint p;
                p.week = week.previous(kTrendWeeks - 1 - k);
                u.trend << p;
            }
        }
        for (int k = 0; k < kTrendWeeks; ++k) {
            const qint64 start = week.previous(kTrendWeeks - 1 - k).startMs();
            if (k < kTrendWeeks - 1)
                usedWeeks.insert(start);
            const WeekFigures &w = k == kTrendWeeks - 1 ? current : *stored.find(start);
            for (auto it = w.posts.cbegin(); it != w.posts.cend(); ++it) {
                for (int u = postUnit.value(it.key(), -1); u >= 0; u = r.units[u].parent) {
                    TrendPoint &p = r.units[u].trend[k];
                    p.pending += it.value().pending;
                    p.created += it.value().created;
                    p.disposed += it.value().disposed;
                }
            }
        }
    }
    r.rollupWeeks = int(usedWeeks.size());

    // Else live: pendency now, less the changes after each week's end
    // (+1 arriving, created, reopened; -1 leaving, closed), by post and week.
    if (!trendStored) {
        QHash<qint64, int> pendingNow;
        QSqlQuery &n = exec(
            s("SELECT holder_post_id, COUNT(*) FROM files WHERE status <> 'closed' GROUP BY holder_post_id"));
        while (n.next())
            pendingNow.insert(n.value(0).toLongLong(), n.value(1).toInt());
        n.finish();
        struct Weekly
        {
            std::array<int, kTrendWeeks + 1> delta{};
            std::array<int, kTrendWeeks> created{}, disposed{};
        };
        QHash<qint64, Weekly> byWeek;
        const auto bucket = [](const char *column) {
            return QStringLiteral("CASE WHEN %1 >= :t THEN %2 ELSE (%1 - :t0) / %3 END")
                .arg(QLatin1String(column))
                .arg(kTrendWeeks)
                .arg(WeekRange::kWeekMs);
        };
        const QString sql =
            QStringLiteral(
                "SELECT x.post, x.b, SUM(x.delta), SUM(x.created), SUM(x.disposed) FROM ("
                " SELECT m.to_post_id AS post, %1 AS b, 1 AS delta, 0 AS created, 0 AS disposed"
                "  FROM movements m WHERE m.sent_at >= :t0"
                " UNION ALL SELECT m.from_post_id, %1, -1, 0, 0 FROM movements m WHERE m.sent_at >= :t0"
                " UNION ALL SELECT f.created_post_id, %2, 1, 1, 0 FROM files f WHERE f.created_at >= :t0"
                " UNION ALL SELECT e.post_id, %3, -1, 0, 1 FROM events e"
                "  WHERE e.at >= :t0 AND e.kind = 'file.closed'"
                " UNION ALL SELECT e.post_id, %3, 1, 0, 0 FROM events e"
                "  WHERE e.at >= :t0 AND e.kind = 'file.reopened'"
                // Disposed by issue, once per file and week, unless it also closed that week.
                " UNION ALL SELECT i.post_id, i.b, 0, 0, 1 FROM (SELECT DISTINCT e.post_id, %3 AS b, "
                "e.file_id"
                "  FROM events e WHERE e.at >= :t0 AND e.kind = 'letter.issued'"
                "  AND NOT EXISTS (SELECT 1 FROM events c WHERE c.file_id = e.file_id AND c.kind = "
                "'file.closed'"
                "   AND c.at >= :t0 AND %4 = %3)) i) x GROUP BY x.post, x.b")
                .arg(bucket("m.sent_at"), bucket("f.created_at"), bucket("e.at"), bucket("c.at"));
        QSqlQuery &q = exec(sql, {{s("t"), t}, {s("t0"), t0}});
        while (q.next()) {
            const qint64 post = q.value(0).toLongLong();
            const int b = q.value(1).toInt();
            if (!postUnit.contains(post) || b < 0 || b > kTrendWeeks)
                continue;
            Weekly &w = byWeek[post];
            w.delta[b] += q.value(2).toInt();
            if (b < kTrendWeeks) {
                w.created[b] += q.value(3).toInt();
                w.disposed[b] += q.value(4).toInt();
            }
        }
        q.finish();
        for (ReviewUnit &u : r.units) {
            u.trend.clear();
            for (int k = 0; k < kTrendWeeks; ++k) {
                TrendPoint p;
                p.week = week.previous(kTrendWeeks - 1 - k);
                u.trend << p;
            }
        }
        for (auto it = postUnit.cbegin(); it != postUnit.cend(); ++it) {
            const Weekly w = byWeek.value(it.key());
            int pending = pendingNow.value(it.key()) - w.delta[kTrendWeeks];
            std::array<int, kTrendWeeks> pendingAt{};
            for (int k = kTrendWeeks - 1; k >= 0; --k) {
                pendingAt[k] = pending;
                pending -= w.delta[k];
            }
            for (int u = it.value(); u >= 0; u = r.units[u].parent) {
                for (int k = 0; k < kTrendWeeks; ++k) {
                    r.units[u].trend[k].pending += pendingAt[k];
                    r.units[u].trend[k].created += w.created[k];
                    r.units[u].trend[k].disposed += w.disposed[k];
                }
            }
        }
    }
    step(6);

    r.longest = files(week, r.root().kind, r.root().id, Measure::Pending, kLongest);
    fillNoteSignatures(r.longest, t);
    addCategoriesAndWatches(r, t);
    step(7);
    return r;
}

// The distinct posts a file closed at e.at passed through: its creator and every post
// a movement (not a recall) sent it to before the closing (DARPG's levels). PostgreSQL
// reads them from files.chain_posts (step 6: every post that created or held the file;
// 14 ms instead of 280 ms for 5,000 closings), which for a file reopened and moved on
// after the week also counts its later posts; SQLite walks the file's movements.
QString ReviewService::levelsSql() const
{
    if (m_db.isPostgres())
        return s("(SELECT cardinality(lf.chain_posts) FROM files lf WHERE lf.id = e.file_id)");
    return s("(SELECT COUNT(DISTINCT u.p) FROM (SELECT lm.to_post_id AS p FROM movements lm"
             " WHERE lm.file_id = e.file_id AND lm.sent_at <= e.at AND lm.kind <> 'recall'"
             " UNION SELECT lf.created_post_id FROM files lf WHERE lf.id = e.file_id) u)");
}

// Levels of the files closed during [from, t), per closing post. PostgreSQL joins each
// closing to its file's row (one probe each) rather than asking a subquery per closing
// through the review view: 20,000 closings a week at a million files.
void ReviewService::addLevels(WeekFigures &w, qint64 from, qint64 t)
{
    QSqlQuery &l = exec(
        m_db.isPostgres()
            ? s("SELECT e.post_id, COUNT(*), SUM(cardinality(lf.chain_posts)),"
                " SUM(CASE WHEN cardinality(lf.chain_posts) > 4 THEN 1 ELSE 0 END)"
                " FROM events e JOIN files lf ON lf.id = e.file_id"
                " WHERE e.kind = 'file.closed' AND e.at >= :a AND e.at < :t GROUP BY e.post_id")
            : QStringLiteral("SELECT x.post, COUNT(*), SUM(x.n), SUM(CASE WHEN x.n > 4 THEN 1 ELSE 0 END)"
                             " FROM (SELECT e.post_id AS post, %1 AS n FROM events e"
                             " WHERE e.kind = 'file.closed' AND e.at >= :a AND e.at < :t) x"
                             " GROUP BY x.post")
                  .arg(levelsSql()),
        {{s("a"), from}, {s("t"), t}});
    while (l.next()) {
        WeekFigures::Post &p = w.posts[l.value(0).toLongLong()];
        p.levelFiles += l.value(1).toInt();
        p.levelSum += l.value(2).toInt();
        p.overFour += l.value(3).toInt();
    }
    l.finish();
}

// Figures of schema step 011, always computed live (the rollup of step 007 predates
// them; each reads a few rows through a small index): calls unanswered at t by the
// holder at t, the week's reminders and escalations, levels of the week's disposals,
// and the officials of each post.
void ReviewService::addFollowupFigures(const WeekRange &week, qint64 t, const StoredDays &days,
                                       const std::function<UnitFigures *(qint64)> &figuresOf)
{
    const QVariantMap range{{s("ws"), week.startMs()}, {s("t"), t}};
    QSqlQuery &c = exec(
        // (The holder at t: the sender of the first movement after t, else the holder now;
        // set-based, as a correlated probe per call cost 435 ms for 1,000 calls.)
        s("SELECT x.holder, COUNT(DISTINCT x.file_id) FROM (SELECT c.file_id,"
          " COALESCE(mv.from_post_id, f.holder_post_id) AS holder"
          " FROM file_calls c JOIN files f ON f.id = c.file_id LEFT JOIN ("
          "  SELECT y.file_id, y.from_post_id FROM (SELECT m.file_id, m.from_post_id,"
          "   ROW_NUMBER() OVER (PARTITION BY m.file_id ORDER BY m.sent_at, m.id) AS rn FROM movements m"
          "   WHERE m.sent_at >= :t AND m.file_id IN (SELECT k.file_id FROM file_calls k WHERE k.kind = "
          "'call')) y"
          "  WHERE y.rn = 1) mv ON mv.file_id = c.file_id"
          " WHERE c.kind = 'call' AND c.created_at < :t"
          " AND (c.answered_at IS NULL OR c.answered_at >= :t)) x GROUP BY x.holder"),
        {{s("t"), t}});
    while (c.next())
        if (UnitFigures *f = figuresOf(c.value(0).toLongLong()))
            f->called = c.value(1).toInt();
    c.finish();
    QSqlQuery &e = exec(s("SELECT e.post_id, SUM(CASE WHEN e.kind = 'file.reminder' THEN 1 ELSE 0 END),"
                          " SUM(CASE WHEN e.kind = 'file.escalated' THEN 1 ELSE 0 END) FROM events e"
                          " WHERE e.kind IN ('file.reminder', 'file.escalated') AND e.at >= :ws AND e.at < :t"
                          " GROUP BY e.post_id"),
                        range);
    while (e.next())
        if (UnitFigures *f = figuresOf(e.value(0).toLongLong())) {
            f->reminders = e.value(1).toInt();
            f->escalations = e.value(2).toInt();
        }
    e.finish();
    // Levels of the week's closings: the stored days', and the rest from history.
    WeekFigures levels;
    addLevels(levels, days.until > week.startMs() ? days.until : week.startMs(), t);
    for (auto it = days.posts.cbegin(); it != days.posts.cend(); ++it) {
        WeekFigures::Post &p = levels.posts[it.key()];
        p.levelFiles += it->levelFiles;
        p.levelSum += it->levelSum;
        p.overFour += it->overFour;
    }
    for (auto it = levels.posts.cbegin(); it != levels.posts.cend(); ++it)
        if (UnitFigures *f = figuresOf(it.key())) {
            f->levelFiles = it->levelFiles;
            f->levelSum = it->levelSum;
            f->overFour = it->overFour;
        }
    QSqlQuery &o = exec(s("SELECT id FROM posts WHERE holder_user_id IS NOT NULL"));
    while (o.next())
        if (UnitFigures *f = figuresOf(o.value(0).toLongLong()))
            f->officials = 1;
    o.finish();
}

// The root's pending files at t by reference category, each against its own limit,
// and the calls and watches open at t in the root's scope.
void ReviewService::addCategoriesAndWatches(WeeklyReview &r, qint64 t)
{
    const QDate lastDate = Clock::officeDate(t - 1);
    const WorkingCalendar calendar = OrgService(m_db, m_clock).calendar();
    const UnitKind kind = r.root().kind;
    QVariantMap binds{{s("t"), t}};
    if (kind != UnitKind::Secretariat)
        binds.insert(s("unit"), r.root().id);
    QHash<QString, int> index;
    {
        QSqlQuery &q = exec(s("SELECT code, name_en, name_hi, default_days FROM categories ORDER BY code"));
        while (q.next()) {
            CategoryLine line;
            line.category = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toInt()};
            index.insert(line.category.code, int(r.categories.size()));
            r.categories << line;
        }
        q.finish();
    }
    // Categorised files are few: read them and reckon each one's own clock here.
    QSqlQuery &q = exec(
        QStringLiteral(
            "SELECT f.category, f.holder_since, f.status, COALESCE((SELECT cl.days FROM category_limits cl"
            " WHERE cl.department_id = sc.department_id AND cl.category = f.category),"
            " (SELECT c.default_days FROM categories c WHERE c.code = f.category)) FROM files f"
            " JOIN posts p ON p.id = f.holder_post_id JOIN sections sc ON sc.id = f.section_id"
            " WHERE f.category IS NOT NULL AND f.status <> 'closed' AND f.created_at < :t AND %1")
            .arg(kind == UnitKind::Department ? s("p.department_id = :unit") : s("1 = 1")),
        binds);
    while (q.next()) {
        const int i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        CategoryLine &line = r.categories[i];
        ++line.pending;
        if (q.value(2).toString() == QLatin1String("open") &&
            calendar.workingDaysBetween(Clock::officeDate(q.value(1).toLongLong()), lastDate) >
                q.value(3).toInt())
            ++line.overdue;
    }
    q.finish();

    QSqlQuery &w = exec(
        QStringLiteral(
            "SELECT c.id, c.file_id, c.kind, f.file_no, f.subject, f.grading, bp.code, hp.code, hp.title_en,"
            " hp.title_hi, c.direction, COALESCE(c.answer, ''), c.due_date, c.created_at, f.holder_since,"
            " COALESCE(c.answered_at, 0) FROM file_calls c JOIN files f ON f.id = c.file_id"
            " JOIN posts bp ON bp.id = c.by_post_id JOIN posts hp ON hp.id = f.holder_post_id"
            " WHERE c.created_at < :t AND (c.ended_at IS NULL OR c.ended_at >= :t)"
            " AND (c.kind = 'watch' OR c.answered_at IS NULL OR c.answered_at >= :ws) AND %1"
            " ORDER BY c.due_date, c.id")
            .arg(kind == UnitKind::Department ? s("hp.department_id = :unit") : s("1 = 1")),
        [&] {
            QVariantMap b = binds;
            b.insert(s("ws"), r.week.startMs());
            return b;
        }());
    while (w.next()) {
        CallView v;
        v.id = w.value(0).toLongLong();
        v.fileId = w.value(1).toLongLong();
        v.kind = w.value(2).toString();
        v.fileNo = w.value(3).toString();
        v.subject = w.value(4).toString();
        v.grading = w.value(5).toInt();
        v.byPostCode = w.value(6).toString();
        v.holderCode = w.value(7).toString();
        v.holderTitleEn = w.value(8).toString();
        v.holderTitleHi = w.value(9).toString();
        v.direction = w.value(10).toString();
        v.answer = w.value(11).toString();
        v.dueDate = QDate::fromString(w.value(12).toString(), Qt::ISODate);
        v.createdAt = w.value(13).toLongLong();
        v.holderSince = w.value(14).toLongLong();
        v.answeredAt = w.value(15).toLongLong();
        const QDate until = v.answeredAt && v.answeredAt < t ? Clock::officeDate(v.answeredAt) : lastDate;
        v.daysLate = v.dueDate.isValid() ? qMax(0, int(v.dueDate.daysTo(until))) : 0;
        r.watchList << v;
    }
    w.finish();
    // Graded files keep their content along their chain (rule 4). PostgreSQL's review
    // view has blanked it already (an empty subject); SQLite asks per graded file.
    FileQueries queries(m_db, m_clock);
    for (CallView &v : r.watchList)
        if (v.grading > 0 &&
            (m_db.isPostgres() ? v.subject.isEmpty() : !queries.canSee(m_session, v.fileId))) {
            v.subject = v.grading >= 2 ? tr("Secret file") : tr("Confidential file");
            v.direction.clear();
            v.answer.clear();
        }
}

void ReviewService::checkUnitAllowed(UnitKind kind, qint64 unitId)
{
    const QString scope = scopeFor({});
    if (scope.isEmpty())
        return;
    QString sql;
    switch (kind) {
    case UnitKind::Secretariat:
        fail(NastiError::Kind::Refused, tr("A department head may review only his own department."));
    case UnitKind::Department:
        sql = s("SELECT code FROM departments WHERE id = :u");
        break;
    case UnitKind::Section:
        sql = s("SELECT d.code FROM sections x JOIN departments d ON d.id = x.department_id WHERE x.id = :u");
        break;
    case UnitKind::Post:
        sql = s("SELECT d.code FROM posts x JOIN departments d ON d.id = x.department_id WHERE x.id = :u");
        break;
    }
    if (scalar(sql, {{s("u"), unitId}}).toString() != scope)
        fail(NastiError::Kind::Refused, tr("A department head may review only his own department."));
}

QList<ReviewFile> ReviewService::files(const WeekRange &week, UnitKind kind, qint64 unitId, Measure measure,
                                       int limit)
{
    checkUnitAllowed(kind, unitId);
    const qint64 t = asOf(week);
    const bool lastWeek = measure == Measure::ReceivedLastWeek || measure == Measure::CreatedLastWeek ||
                          measure == Measure::DisposedLastWeek;
    const qint64 from = lastWeek ? week.previous().startMs() : week.startMs();
    const qint64 to = lastWeek ? week.startMs() : t;
    // Ages run to the week's Sunday (today, for the week still running).
    const QDate lastDate = Clock::officeDate(t - 1);
    const qint64 lastDay = WeekRange::dayNumber(lastDate);
    const QString limitSql = limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    QVariantMap binds{{s("t"), t}};
    if (kind != UnitKind::Secretariat)
        binds.insert(s("unit"), unitId);

    ReadSnapshot snapshot(m_db, m_snapshotDepth);
    QString sql;
    bool pendingList = false;
    switch (measure) {
    case Measure::Pending:
    case Measure::Parked:
    case Measure::Age0to7:
    case Measure::Age8to15:
    case Measure::Age16to30:
    case Measure::AgeOver30:
    case Measure::Overdue: {
        pendingList = true;
        const QString day = s("st.sday");
        QString cond;
        switch (measure) {
        case Measure::Parked:
            cond = s("st.status = 'parked'");
            break;
        case Measure::Age0to7:
            cond = QStringLiteral(":lastday - %1 <= 7").arg(day);
            break;
        case Measure::Age8to15:
            cond = QStringLiteral(":lastday - %1 BETWEEN 8 AND 15").arg(day);
            break;
        case Measure::Age16to30:
            cond = QStringLiteral(":lastday - %1 BETWEEN 16 AND 30").arg(day);
            break;
        case Measure::AgeOver30:
            cond = QStringLiteral(":lastday - %1 > 30").arg(day);
            break;
        case Measure::Overdue:
            cond = QStringLiteral("st.status = 'open' AND %1 <= %2")
                       .arg(day, overdueCutoffSql(lastDate, s("d.time_limit_days")));
            break;
        default:
            cond = s("1 = 1");
            break;
        }
        if (cond.contains(QLatin1String(":lastday")))
            binds.insert(s("lastday"), lastDay);
        // The arrear statement of a closed week: the rollup keeps each department's
        // longest pending, so the week-end state need not be rebuilt for it.
        const bool stored = measure == Measure::Pending && limit > 0 && limit <= kLongest &&
                            (kind == UnitKind::Secretariat || kind == UnitKind::Department) &&
                            t == week.endMs() && isClosed(week);
        if (stored) {
            binds.remove(s("t"));
            binds.insert(s("ws"), week.startMs());
        }
        sql = (stored ? s("WITH st AS (SELECT l.file_id AS id, l.post_id AS holder, l.since, l.status"
                          " FROM review_longest l WHERE l.week_start = :ws) ")
                      : pendingStateSql(t, StateUse::Listing)) +
              QStringLiteral(
                  "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                  " p.level, st.since, st.status, d.time_limit_days FROM st JOIN files f ON f.id = st.id"
                  " JOIN posts p ON p.id = st.holder JOIN sections sc ON sc.id = f.section_id"
                  " JOIN departments d ON d.id = sc.department_id"
                  " WHERE st.status <> 'closed' AND %1 AND %2 ORDER BY st.since, f.id")
                  .arg(unitFilter(kind, s("p")), cond);
        break;
    }
    case Measure::Received:
    case Measure::ReceivedLastWeek:
        binds.insert(s("from"), from);
        binds.insert(s("to"), to);
        if (kind == UnitKind::Secretariat) {
            // The secretariat's receipts are its dak: list the letters diarised.
            binds.remove(s("t"));
            sql = s("SELECT 0, r.diary_no, r.subject, r.grading, sc.code, p.code, p.title_en, p.title_hi, "
                    "p.level,"
                    " r.received_at, '', 0 FROM receipts r JOIN posts p ON p.id = r.diarised_by_post_id"
                    " JOIN sections sc ON sc.id = r.section_id"
                    " WHERE r.received_at >= :from AND r.received_at < :to ORDER BY r.received_at, r.id");
        } else {
            QString outside;
            switch (kind) {
            case UnitKind::Department:
                outside = s("fp.department_id <> :unit");
                break;
            case UnitKind::Section:
                outside = s("COALESCE(fp.section_id, 0) <> :unit");
                break;
            default:
                outside = s("fp.id <> :unit");
                break;
            }
            sql = QStringLiteral(
                      "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                      " p.level, m.sent_at, '', 0 FROM movements m JOIN files f ON f.id = m.file_id"
                      " JOIN posts p ON p.id = m.to_post_id JOIN posts fp ON fp.id = m.from_post_id"
                      " JOIN sections sc ON sc.id = f.section_id"
                      " WHERE m.sent_at >= :from AND m.sent_at < :to AND m.kind <> 'recall' AND %1 AND %2"
                      " AND NOT EXISTS (SELECT 1 FROM movements r WHERE r.file_id = m.file_id"
                      "  AND r.kind = 'recall' AND r.id > m.id AND r.sent_at < :t AND NOT EXISTS ("
                      "  SELECT 1 FROM movements n WHERE n.file_id = m.file_id AND n.id > m.id AND n.id < "
                      "r.id))"
                      " ORDER BY m.sent_at, m.id")
                      .arg(unitFilter(kind, s("p")), outside);
        }
        break;
    case Measure::Created:
    case Measure::CreatedLastWeek:
        binds.remove(s("t"));
        binds.insert(s("from"), from);
        binds.insert(s("to"), to);
        sql = QStringLiteral(
                  "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                  " p.level, f.created_at, '', 0 FROM files f JOIN posts p ON p.id = f.created_post_id"
                  " JOIN sections sc ON sc.id = f.section_id"
                  " WHERE f.created_at >= :from AND f.created_at < :to AND %1 ORDER BY f.created_at, f.id")
                  .arg(unitFilter(kind, s("p")));
        break;
    case Measure::Disposed:
    case Measure::DisposedLastWeek:
        binds.remove(s("t"));
        binds.insert(s("from"), from);
        binds.insert(s("to"), to);
        sql =
            QStringLiteral(
                "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                " p.level, e.at, '', 0 FROM events e JOIN files f ON f.id = e.file_id"
                " JOIN posts p ON p.id = e.post_id JOIN sections sc ON sc.id = f.section_id"
                " WHERE e.kind = 'file.closed' AND e.at >= :from AND e.at < :to AND %1 ORDER BY e.at, e.seq")
                .arg(unitFilter(kind, s("p")));
        break;
    case Measure::WaitSO:
    case Measure::WaitUS:
    case Measure::WaitDS:
    case Measure::WaitPS:
    case Measure::WaitAsst: {
        const int level = measure == Measure::WaitAsst ? 1 : 2 + int(measure) - int(Measure::WaitSO);
        binds.insert(s("from"), from);
        binds.insert(s("level"), level);
        // since = arrival; the wait itself goes into days below.
        sql = QStringLiteral(
                  "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                  " p.level, (SELECT MAX(u.x) FROM ("
                  "  SELECT q.sent_at AS x FROM movements q WHERE q.file_id = m.file_id AND q.id < m.id"
                  "  UNION ALL SELECT e.at FROM events e WHERE e.file_id = m.file_id"
                  "   AND e.kind = 'file.reopened' AND e.at <= m.sent_at"
                  "  UNION ALL SELECT f.created_at) u), '', m.sent_at"
                  " FROM movements m JOIN files f ON f.id = m.file_id JOIN posts p ON p.id = m.from_post_id"
                  " JOIN sections sc ON sc.id = f.section_id"
                  " WHERE m.sent_at >= :from AND m.sent_at < :t AND m.kind <> 'recall' AND p.level = :level"
                  " AND %1 ORDER BY m.sent_at, m.id")
                  .arg(unitFilter(kind, s("p")));
        break;
    }
    case Measure::Called:
        pendingList = true;
        sql = pendingStateSql(t, StateUse::Listing) +
              QStringLiteral(
                  "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                  " p.level, st.since, st.status, d.time_limit_days FROM st JOIN files f ON f.id = st.id"
                  " JOIN posts p ON p.id = st.holder JOIN sections sc ON sc.id = f.section_id"
                  " JOIN departments d ON d.id = sc.department_id"
                  " WHERE st.status <> 'closed' AND %1 AND EXISTS (SELECT 1 FROM file_calls c"
                  "  WHERE c.file_id = st.id AND c.kind = 'call' AND c.created_at < :t"
                  "  AND (c.answered_at IS NULL OR c.answered_at >= :t)) ORDER BY st.since, f.id")
                  .arg(unitFilter(kind, s("p")));
        break;
    case Measure::Reminders:
    case Measure::Escalations:
        binds.insert(s("from"), from);
        binds.insert(s("kind"), measure == Measure::Reminders ? s("file.reminder") : s("file.escalated"));
        sql = QStringLiteral(
                  "SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en, p.title_hi,"
                  " p.level, e.at, '', 0 FROM events e JOIN files f ON f.id = e.file_id"
                  " JOIN posts p ON p.id = e.post_id JOIN sections sc ON sc.id = f.section_id"
                  " WHERE e.kind = :kind AND e.at >= :from AND e.at < :t AND %1 ORDER BY e.at, e.seq")
                  .arg(unitFilter(kind, s("p")));
        break;
    case Measure::OverFourLevels:
        binds.insert(s("from"), from);
        sql =
            QStringLiteral(
                "SELECT x.* FROM (SELECT f.id, f.file_no, f.subject, f.grading, sc.code, p.code, p.title_en,"
                " p.title_hi, p.level, e.at, '', %2 AS n FROM events e JOIN files f ON f.id = e.file_id"
                " JOIN posts p ON p.id = e.post_id JOIN sections sc ON sc.id = f.section_id"
                " WHERE e.kind = 'file.closed' AND e.at >= :from AND e.at < :t AND %1) x WHERE x.n > 4"
                " ORDER BY x.n DESC, x.id")
                .arg(unitFilter(kind, s("p")), levelsSql());
        break;
    }

    QList<ReviewFile> rows;
    const WorkingCalendar calendar = pendingList ? OrgService(m_db, m_clock).calendar() : WorkingCalendar();
    QElapsedTimer timer;
    timer.start();
    QSqlQuery &q = exec(sql + limitSql, binds);
    while (q.next()) {
        ReviewFile f;
        f.id = q.value(0).toLongLong();
        f.fileNo = q.value(1).toString();
        f.subject = q.value(2).toString();
        f.grading = q.value(3).toInt();
        f.sectionCode = q.value(4).toString();
        f.postCode = q.value(5).toString();
        f.postTitleEn = q.value(6).toString();
        f.postTitleHi = q.value(7).toString();
        f.level = q.value(8).toInt();
        f.since = q.value(9).toLongLong();
        if (pendingList) {
            const QDate arrived =
                QDate(1970, 1, 1).addDays((f.since + WeekRange::kIstOffsetMs) / WeekRange::kDayMs);
            f.days = int(arrived.daysTo(lastDate));
            f.workingDays = calendar.workingDaysBetween(arrived, lastDate);
            f.parked = q.value(10).toString() == QLatin1String("parked");
            f.overdue = !f.parked && f.workingDays > q.value(11).toInt();
        } else if (measure >= Measure::WaitSO && measure <= Measure::WaitAsst) {
            f.days = int((q.value(11).toLongLong() - f.since) / WeekRange::kDayMs);
        } else if (measure == Measure::OverFourLevels) {
            f.levels = q.value(11).toInt();
        }
        rows << f;
    }
    q.finish();
    if (pendingList)
        fillDelayReasons(rows, t);
    const qint64 listed = timer.restart();
    maskGraded(rows);
    qCDebug(lcReview) << "files: list" << listed << "ms, graded subjects" << timer.elapsed() << "ms";
    return rows;
}

// The reason for delay recorded by the holder during the stay, as of the week's end;
// for a parked file, why it was parked and its review date.
void ReviewService::fillDelayReasons(QList<ReviewFile> &rows, qint64 asOfMs)
{
    for (ReviewFile &f : rows) {
        if (f.parked) {
            QSqlQuery &q = exec(s("SELECT e.kind, e.payload FROM events e WHERE e.file_id = :f"
                                  " AND e.kind IN ('file.parked', 'file.review_date') AND e.at < :t"
                                  " ORDER BY e.seq DESC LIMIT 2"),
                                {{s("f"), f.id}, {s("t"), asOfMs}});
            while (q.next()) {
                const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                if (q.value(0).toString() == QLatin1String("file.parked") && f.delayReason.isEmpty())
                    f.delayReason = o.value(s("remarks")).toString();
                else if (f.reviewDate.isEmpty())
                    f.reviewDate = o.value(s("review_date")).toString();
            }
            q.finish();
            continue;
        }
        const QVariant payload =
            scalar(s("SELECT payload FROM events WHERE file_id = :f AND kind = 'file.delay'"
                     " AND at >= :s AND at < :t ORDER BY seq DESC LIMIT 1"),
                   {{s("f"), f.id}, {s("s"), f.since}, {s("t"), asOfMs}});
        if (payload.isValid())
            f.delayReason =
                QJsonDocument::fromJson(payload.toString().toUtf8()).object().value(s("reason")).toString();
    }
}

// The arrear statement attests each file's latest note as of the week's end (issue 16):
// who signed it, as what, when; the signature checked over the note as it reads now, as
// the note sheet checks it (the database cannot check Ed25519 itself). A graded file the
// reviewer may not see says nothing of its notes (rule 4).
void ReviewService::fillNoteSignatures(QList<ReviewFile> &rows, qint64 asOfMs)
{
    if (rows.isEmpty())
        return;
    FileQueries queries(m_db, m_clock);
    const QString databaseId = scalar(s("SELECT value FROM settings WHERE key = 'database_id'")).toString();
    for (ReviewFile &f : rows) {
        if (f.id == 0 || (f.grading > 0 && !queries.canSee(m_session, f.id)))
            continue;
        QSqlQuery &q = exec(
            s("SELECT n.id, n.kind, n.author_user_id, n.author_post_id, n.author_name, n.designation, n.body,"
              " n.created_at, n.frozen_at, n.para_start, n.para_count, sg.object_hash, sg.signature,"
              " k.public_key, sg.signed_at FROM notes n"
              " LEFT JOIN signatures sg ON sg.object_table = 'notes' AND sg.object_id = n.id"
              " LEFT JOIN signing_keys k ON k.id = sg.key_id AND k.user_id = sg.signer_user_id"
              " AND sg.signer_user_id = n.author_user_id"
              " WHERE n.file_id = :f AND n.frozen_at IS NOT NULL AND n.frozen_at < :t"
              " ORDER BY n.frozen_at DESC, n.id DESC LIMIT 1"),
            {{s("f"), f.id}, {s("t"), asOfMs}});
        if (q.next() && !q.value(11).isNull()) {
            const QVariantMap cols = {{s("id"), q.value(0)},
                                      {s("file_id"), f.id},
                                      {s("kind"), q.value(1)},
                                      {s("author_user_id"), q.value(2)},
                                      {s("author_post_id"), q.value(3)},
                                      {s("author_name"), q.value(4)},
                                      {s("designation"), q.value(5)},
                                      {s("body"), q.value(6)},
                                      {s("created_at"), q.value(7)},
                                      {s("frozen_at"), q.value(8)},
                                      {s("para_start"), q.value(9)},
                                      {s("para_count"), q.value(10)}};
            const bool ok =
                !q.value(13).isNull() && noteSignatureHolds(databaseId, cols, q.value(11).toString(),
                                                            q.value(12).toString(), q.value(13).toString());
            f.lastNoteSignature = ok ? ReviewFile::NoteSignature::Valid : ReviewFile::NoteSignature::Broken;
            f.lastNoteSigner = q.value(4).toString();
            f.lastNoteDesignation = q.value(5).toString();
            f.lastNoteSignedAt = q.value(14).toLongLong();
        }
        q.finish();
    }
}

// Graded files keep their subject to those who may see them (rule 4).
void ReviewService::maskGraded(QList<ReviewFile> &rows)
{
    FileQueries queries(m_db, m_clock);
    for (ReviewFile &f : rows) {
        // Receipts (id 0) carry no movement chain yet: their graded subjects stay hidden.
        if (f.grading > 0 && (f.id == 0 || !queries.canSee(m_session, f.id))) {
            f.subject = f.grading >= 2 ? tr("Secret file") : tr("Confidential file");
            f.delayReason.clear();
        }
    }
}

} // namespace nasti
