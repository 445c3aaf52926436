#include "services/followupservice.h"

#include "services/fileservice.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/textfields.h"
#include "domain/workingcalendar.h"
#include "services/orgservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::FollowupService", text);
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

constexpr int kMaxLevel = 3;
constexpr int kMaxText = 2000;
} // namespace

FollowupService::FollowupService(Database &db, const Clock &clock, Session session)
    : m_db(db), m_clock(clock), m_session(std::move(session)), m_keyed(db, m_session.userId)
{
}

FollowupService::SweepResult FollowupService::sweep(bool everything)
{
    SweepResult result;
    const qint64 now = m_clock.nowMs();
    const QDate today = Clock::officeDate(now);
    m_db.setActing(m_session.userId, now);
    const QString mine =
        everything ? s("1 = 1") : QStringLiteral("holder_post_id IN (%1)").arg(m_session.postIdList());

    // Parked files whose review date has come go back into their holder's inbox.
    {
        Transaction tx(m_db);
        QSqlQuery &q = m_db.exec(
            QStringLiteral(
                "UPDATE files SET status = 'open', acted_at = :now, version = version + 1"
                " WHERE status = 'parked' AND park_until IS NOT NULL AND park_until <= :today AND %1")
                .arg(mine),
            {{s("now"), now}, {s("today"), today.toString(Qt::ISODate)}});
        result.returned = q.numRowsAffected();
        q.finish();
        tx.commit();
    }

    // Late files: the reminders and escalations due and not yet raised in this stay.
    int minLimit = m_db.scalar(s("SELECT MIN(time_limit_days) FROM departments")).toInt();
    minLimit = qMin(minLimit, m_db.scalar(s("SELECT MIN(days) FROM category_limits")).isNull()
                                  ? minLimit
                                  : m_db.scalar(s("SELECT MIN(days) FROM category_limits")).toInt());
    minLimit = qMin(minLimit, m_db.scalar(s("SELECT MIN(default_days) FROM categories")).toInt());
    const qint64 cut = Clock::startOfOfficeDay(today.addDays(-qMax(0, minLimit)));
    struct Candidate
    {
        qint64 file = 0, since = 0, holder = 0;
        int limit = 0, escalation = 0, raised = 0;
    };
    QList<Candidate> candidates;
    {
        QSqlQuery &q = m_db.exec(
            QStringLiteral(
                "SELECT f.id, f.holder_since, f.holder_post_id, CASE WHEN f.category IS NULL THEN "
                "d.time_limit_days"
                " ELSE COALESCE((SELECT cl.days FROM category_limits cl WHERE cl.department_id = d.id"
                "  AND cl.category = f.category), (SELECT c.default_days FROM categories c WHERE c.code = "
                "f.category)) END,"
                " d.escalation_days, COALESCE((SELECT MAX(y.level) FROM followups y WHERE y.file_id = f.id"
                "  AND y.stay_since = f.holder_since), 0)"
                " FROM files f JOIN sections sc ON sc.id = f.section_id JOIN departments d ON d.id = "
                "sc.department_id"
                " WHERE f.status = 'open' AND f.holder_since < :cut AND %1")
                .arg(everything ? s("1 = 1")
                                : QStringLiteral("f.holder_post_id IN (%1)").arg(m_session.postIdList())),
            {{s("cut"), cut}});
        while (q.next()) {
            Candidate c{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toInt(),      q.value(4).toInt(),      q.value(5).toInt()};
            if (c.raised < kMaxLevel)
                candidates << c;
        }
        q.finish();
    }
    if (candidates.isEmpty())
        return result;
    const WorkingCalendar calendar = OrgService(m_db, m_clock).calendar();
    QHash<qint64, qint64> reportsTo;
    {
        QSqlQuery &q = m_db.exec(s("SELECT id, COALESCE(reports_to, 0) FROM posts"));
        while (q.next())
            reportsTo.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
    }
    const bool pg = m_db.isPostgres();
    for (const Candidate &c : std::as_const(candidates)) {
        const int days = calendar.workingDaysBetween(Clock::officeDate(c.since), today);
        for (int level = c.raised + 1; level <= kMaxLevel; ++level) {
            const int limit = c.limit + (level - 1) * c.escalation;
            if (days <= limit)
                break;
            qint64 to = c.holder;
            for (int i = 2; i <= level; ++i)
                if (const qint64 up = reportsTo.value(to))
                    to = up;
            try {
                Transaction tx(m_db);
                // PostgreSQL derives all but the stay and level itself; SQLite checks ours.
                QSqlQuery &q = m_db.exec(
                    pg ? s("INSERT INTO followups (file_id, stay_since, level, at) VALUES (:f, :s, :l, :at)"
                           " ON CONFLICT (file_id, stay_since, level) DO NOTHING")
                       : s("INSERT INTO followups (file_id, stay_since, level, holder_post_id, to_post_id,"
                           " working_days, limit_days, at) VALUES (:f, :s, :l, :h, :to, :wd, :lim, :at)"
                           " ON CONFLICT (file_id, stay_since, level) DO NOTHING"),
                    pg ? QVariantMap{{s("f"), c.file}, {s("s"), c.since}, {s("l"), level}, {s("at"), now}}
                       : QVariantMap{{s("f"), c.file},
                                     {s("s"), c.since},
                                     {s("l"), level},
                                     {s("h"), c.holder},
                                     {s("to"), to},
                                     {s("wd"), days},
                                     {s("lim"), limit},
                                     {s("at"), now}});
                const int rows = q.numRowsAffected();
                q.finish();
                tx.commit();
                if (rows > 0)
                    ++(level == 1 ? result.reminders : result.escalations);
            } catch (const NastiError &) {
                break; // moved or changed meanwhile: its new stay has its own clock
            }
        }
    }
    return result;
}

QList<FollowupView> FollowupService::readFollowups(const QString &where)
{
    QList<FollowupView> out;
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT f.id, f.file_no, f.subject, f.grading, y.level, h.code, h.title_en, h.title_hi,"
            " t.code, y.stay_since, y.at, y.working_days, y.limit_days, COALESCE(f.delay_reason, '')"
            " FROM followups y JOIN followup_files f ON f.id = y.file_id"
            " JOIN posts h ON h.id = y.holder_post_id JOIN posts t ON t.id = y.to_post_id"
            " WHERE f.status = 'open' AND f.holder_post_id = y.holder_post_id"
            " AND f.holder_since = y.stay_since AND y.to_post_id IN (%1) AND %2"
            " ORDER BY y.at DESC, y.id DESC")
            .arg(m_session.postIdList(), where));
    while (q.next()) {
        FollowupView v;
        v.fileId = q.value(0).toLongLong();
        v.fileNo = q.value(1).toString();
        v.subject = q.value(2).toString();
        v.grading = q.value(3).toInt();
        v.level = q.value(4).toInt();
        v.holderCode = q.value(5).toString();
        v.holderTitleEn = q.value(6).toString();
        v.holderTitleHi = q.value(7).toString();
        v.toCode = q.value(8).toString();
        v.since = q.value(9).toLongLong();
        v.at = q.value(10).toLongLong();
        v.workingDays = q.value(11).toInt();
        v.limitDays = q.value(12).toInt();
        v.delayReason = q.value(13).toString();
        out << v;
    }
    q.finish();
    return out;
}

QList<FollowupView> FollowupService::reminders()
{
    return readFollowups(s("y.level = 1"));
}

QList<FollowupView> FollowupService::escalatedToMe()
{
    return readFollowups(s("y.level > 1"));
}

qint64 FollowupService::call(const QString &fileNo, const QString &kind, const QString &direction,
                             const QDate &due)
{
    return m_keyed
        .once("followup.call", m_clock.nowMs(),
              [&] { return QString::number(doCall(fileNo, kind, direction, due)); })
        .toLongLong();
}

qint64 FollowupService::doCall(const QString &fileNo, const QString &kind, const QString &direction,
                               const QDate &due)
{
    if (kind != QLatin1String("call") && kind != QLatin1String("watch"))
        fail(NastiError::Kind::Invalid, tr("Say “call” or “watch”."));
    const QString text = textfields::multiLine(direction, tr("direction"));
    if (text.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The direction is empty; say what is wanted on the file."));
    if (text.size() > kMaxText)
        fail(NastiError::Kind::Invalid,
             tr("The direction is too long (at most %1 characters).").arg(kMaxText));
    if (!due.isValid())
        fail(NastiError::Kind::Invalid, tr("Give the date by which the file or its answer is wanted."));
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    QSqlQuery &f = m_db.exec(s("SELECT id, holder_post_id, status FROM followup_files WHERE file_no = :n"),
                             {{s("n"), fileNo.trimmed()}});
    if (!f.next()) {
        f.finish();
        fail(NastiError::Kind::NotFound,
             tr("There is no file numbered “%1” that you may call for.").arg(fileNo));
    }
    const qint64 fileId = f.value(0).toLongLong();
    const qint64 holder = f.value(1).toLongLong();
    const bool closed = f.value(2).toString() == QLatin1String("closed");
    f.finish();
    if (closed)
        fail(NastiError::Kind::Refused, tr("File %1 is closed.").arg(fileNo));
    if (m_session.holds(holder))
        fail(NastiError::Kind::Refused, tr("You hold file %1 yourself.").arg(fileNo));
    // The caller's post: the reviewer's, a head's, or one above the holder (the
    // database checks which may).
    QHash<qint64, qint64> reportsTo;
    QHash<qint64, QPair<int, qint64>> place; // level, department
    {
        QSqlQuery &q = m_db.exec(s("SELECT id, COALESCE(reports_to, 0), level, department_id FROM posts"));
        while (q.next()) {
            reportsTo.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            place.insert(q.value(0).toLongLong(), {q.value(2).toInt(), q.value(3).toLongLong()});
        }
        q.finish();
    }
    const PostRef *by = nullptr;
    for (const PostRef &p : m_session.posts) {
        for (qint64 up = reportsTo.value(holder); up && !by; up = reportsTo.value(up))
            if (up == p.id)
                by = &p;
        if (!by && p.level >= 5 && p.departmentId == place.value(holder).second)
            by = &p;
    }
    if (!by && m_session.role == Role::Reviewer)
        by = m_session.primaryPost();
    if (!by)
        fail(NastiError::Kind::Refused,
             tr("Only the Chief Secretary, the department's head or an officer above the holder may call for "
                "file %1.")
                 .arg(fileNo));
    Transaction tx(m_db);
    const QVariant id = m_db.scalar(
        s("INSERT INTO file_calls (file_id, kind, by_post_id, by_user_id, direction, due_date, created_at)"
          " VALUES (:f, :k, :p, :u, :d, :due, :now) RETURNING id"),
        {{s("f"), fileId},
         {s("k"), kind},
         {s("p"), by->id},
         {s("u"), m_session.userId},
         {s("d"), text},
         {s("due"), due.toString(Qt::ISODate)},
         {s("now"), now}});
    m_keyed.record(QString::number(id.toLongLong()), now);
    tx.commit();
    return id.toLongLong();
}

void FollowupService::answer(qint64 callId, const QString &text)
{
    m_keyed.once("followup.answer", m_clock.nowMs(), [&] {
        doAnswer(callId, text);
        return QString();
    });
}

void FollowupService::doAnswer(qint64 callId, const QString &text)
{
    const QString body = textfields::multiLine(text, tr("answer"));
    if (body.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The answer is empty."));
    if (body.size() > kMaxText * 2)
        fail(NastiError::Kind::Invalid,
             tr("The answer is too long (at most %1 characters).").arg(kMaxText * 2));
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    QSqlQuery &q = m_db.exec(
        s("SELECT f.holder_post_id, c.kind, COALESCE(c.answer, ''), COALESCE(c.ended_at, 0), c.file_id,"
          " c.direction, p.code FROM file_calls c JOIN followup_files f ON f.id = c.file_id"
          " JOIN posts p ON p.id = c.by_post_id WHERE c.id = :c"),
        {{s("c"), callId}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("There is no such call for a file."));
    }
    const qint64 holder = q.value(0).toLongLong();
    const bool answeredCall =
        q.value(1).toString() == QLatin1String("call") && !q.value(2).toString().isEmpty();
    const bool ended = q.value(3).toLongLong() != 0;
    const qint64 fileId = q.value(4).toLongLong();
    const QString direction = q.value(5).toString();
    const QString caller = q.value(6).toString();
    q.finish();
    if (!m_session.holds(holder))
        fail(NastiError::Kind::Refused, tr("Only the holder of the file answers a call for it."));
    if (answeredCall || ended)
        fail(NastiError::Kind::Refused, tr("This call has been answered already."));
    Transaction tx(m_db);
    m_db.exec(
        s("UPDATE file_calls SET answer = :a, answered_at = :now, answered_by_post_id = :p,"
          " answered_by_user_id = :u WHERE id = :c"),
        {{s("a"), body}, {s("now"), now}, {s("p"), holder}, {s("u"), m_session.userId}, {s("c"), callId}});
    // The answer is also a note on the note sheet (the holder answers with a note), signed
    // once, after his own draft note if he wrote one.
    FileService(m_db, m_clock, m_session)
        .recordDecisionNote(fileId, *m_session.post(holder), NoteKind::Note,
                            tr("In answer to the direction of %1 (“%2”): %3").arg(caller, direction, body));
    m_keyed.record(QString(), now);
    tx.commit();
}

void FollowupService::endWatch(qint64 callId)
{
    m_keyed.once("followup.unwatch", m_clock.nowMs(), [&] {
        doEndWatch(callId);
        return QString();
    });
}

void FollowupService::doEndWatch(qint64 callId)
{
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    Transaction tx(m_db);
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE file_calls SET ended_at = :now WHERE id = :c AND ended_at IS NULL"
                                 " AND by_post_id IN (%1)")
                      .arg(m_session.postIdList()),
                  {{s("now"), now}, {s("c"), callId}});
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        fail(NastiError::Kind::Refused,
             tr("Only the officer who put a file on his watch-list takes it off."));
    m_keyed.record(QString(), now);
    tx.commit();
}

QList<CallView> FollowupService::readCalls(const QString &where, const QVariantMap &binds)
{
    const qint64 now = m_clock.nowMs();
    const QDate today = Clock::officeDate(now);
    QList<CallView> out;
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT c.id, c.file_id, c.kind, f.file_no, f.subject, f.grading, bp.code, hp.code,"
            " hp.title_en, hp.title_hi, c.direction, COALESCE(c.answer, ''), c.due_date, c.created_at,"
            " f.holder_since, COALESCE(c.answered_at, 0), COALESCE(c.ended_at, 0)"
            " FROM file_calls c JOIN followup_files f ON f.id = c.file_id"
            " JOIN posts bp ON bp.id = c.by_post_id JOIN posts hp ON hp.id = f.holder_post_id"
            " WHERE %1 ORDER BY c.due_date, c.id")
            .arg(where),
        binds);
    while (q.next()) {
        CallView v;
        v.id = q.value(0).toLongLong();
        v.fileId = q.value(1).toLongLong();
        v.kind = q.value(2).toString();
        v.fileNo = q.value(3).toString();
        v.subject = q.value(4).toString();
        v.grading = q.value(5).toInt();
        v.byPostCode = q.value(6).toString();
        v.holderCode = q.value(7).toString();
        v.holderTitleEn = q.value(8).toString();
        v.holderTitleHi = q.value(9).toString();
        v.direction = q.value(10).toString();
        v.answer = q.value(11).toString();
        v.dueDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        v.createdAt = q.value(13).toLongLong();
        v.holderSince = q.value(14).toLongLong();
        v.answeredAt = q.value(15).toLongLong();
        v.endedAt = q.value(16).toLongLong();
        const QDate until = v.answeredAt ? Clock::officeDate(v.answeredAt) : today;
        v.daysLate = v.dueDate.isValid() ? qMax(0, int(v.dueDate.daysTo(until))) : 0;
        out << v;
    }
    q.finish();
    return out;
}

QList<CallView> FollowupService::watchList()
{
    const qint64 weekAgo = m_clock.nowMs() - 7LL * 86400000;
    return readCalls(
        QStringLiteral("c.by_post_id IN (%1) AND c.ended_at IS NULL"
                       " AND (c.kind = 'watch' OR c.answered_at IS NULL OR c.answered_at >= :since)")
            .arg(m_session.postIdList()),
        {{s("since"), weekAgo}});
}

QList<CallView> FollowupService::callsOn(const QString &fileNo)
{
    return readCalls(
        s("f.file_no = :n AND c.ended_at IS NULL AND (c.kind = 'watch' OR c.answered_at IS NULL)"),
        {{s("n"), fileNo.trimmed()}});
}

void FollowupService::setCategory(const QString &fileNo, const QString &category, const QString &referenceNo)
{
    m_keyed.once("file.category", m_clock.nowMs(), [&] {
        doSetCategory(fileNo, category, referenceNo);
        return QString();
    });
}

void FollowupService::doSetCategory(const QString &fileNo, const QString &category,
                                    const QString &referenceNo)
{
    const QString code = category.trimmed().toLower();
    const QString ref = textfields::oneLine(referenceNo, tr("reference number"));
    if (!code.isEmpty() && ref.isEmpty())
        fail(NastiError::Kind::Invalid, tr("Give the reference number of the %1.").arg(code));
    if (!code.isEmpty() &&
        !m_db.scalar(s("SELECT 1 FROM categories WHERE code = :c"), {{s("c"), code}}).isValid())
        fail(NastiError::Kind::Invalid,
             tr("There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).")
                 .arg(category));
    if (m_session.role == Role::Reviewer)
        fail(NastiError::Kind::Refused, tr("A reviewer reads files but cannot move or change them."));
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    Transaction tx(m_db);
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "UPDATE files SET category = :c, reference_no = :r, acted_at = :now, version = version + 1"
            " WHERE file_no = :n AND status <> 'closed' AND holder_post_id IN (%1)")
            .arg(m_session.postIdList()),
        {{s("c"), code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(code)},
         {s("r"), code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ref)},
         {s("now"), now},
         {s("n"), fileNo.trimmed()}});
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        fail(NastiError::Kind::Refused,
             tr("Only the holder of an open file %1 marks its category.").arg(fileNo));
    m_keyed.record(QString(), now);
    tx.commit();
}

QList<CategoryView> FollowupService::categories()
{
    QList<CategoryView> out;
    QSqlQuery &q = m_db.exec(s("SELECT code, name_en, name_hi, default_days FROM categories ORDER BY code"));
    while (q.next())
        out << CategoryView{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toInt()};
    q.finish();
    return out;
}

} // namespace nasti
