#include "client/clientqueries.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QStringList>

namespace nasti::clientqueries {

namespace {
QString idList(const Session &s)
{
    QStringList ids;
    for (const PostRef &p : s.posts)
        ids << QString::number(p.id);
    return ids.isEmpty() ? QStringLiteral("-1") : ids.join(QLatin1Char(','));
}
} // namespace

NavCounts counts(Database &db, const Session &session)
{
    NavCounts c;
    const QString posts = idList(session);
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'open' AND opened_at IS NULL THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'parked' THEN 1 ELSE 0 END), 0) "
                       "FROM files WHERE holder_post_id IN (%1) AND status <> 'closed'")
            .arg(posts));
    if (q.next()) {
        c.inbox = q.value(0).toInt();
        c.unread = q.value(1).toInt();
        c.parked = q.value(2).toInt();
    }
    q.finish();
    c.unfiledReceipts =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM receipts r WHERE r.diarised_by_post_id IN (%1) "
                                 "AND NOT EXISTS (SELECT 1 FROM file_papers fp WHERE fp.receipt_id = r.id)")
                      .arg(posts))
            .toInt();
    return c;
}

QString inboxStamp(Database &db, const Session &session)
{
    // PostgreSQL: the stamps the chain's linker moves on for each post a movement reached
    // (schema step 026; a post nothing was sent to has none). SQLite: my open files' count
    // and their newest arrival.
    const QString sql = db.isPostgres()
                            ? QStringLiteral("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM inbox_stamps "
                                             "WHERE post_id IN (%1)")
                            : QStringLiteral("SELECT COUNT(*), COALESCE(MAX(holder_since), 0) "
                                             "FROM files WHERE holder_post_id IN (%1) AND status = 'open'");
    QSqlQuery &q = db.exec(sql.arg(idList(session)));
    QString stamp;
    if (q.next())
        stamp = QStringLiteral("%1/%2").arg(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return stamp;
}

} // namespace nasti::clientqueries
