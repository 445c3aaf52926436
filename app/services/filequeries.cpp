#include "services/filequeries.h"

#include <cmath>

#include "security/signingkeys.h"

#include "security/eventlog.h"

#include "services/draftqueries.h"

#include "db/database.h"
#include "db/dialect.h"
#include "services/orgservice.h"
#include "services/receiptattachment.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::FileQueries", text);
}

} // namespace

bool noteSignatureHolds(const QString &databaseId, const QVariantMap &noteColumns, const QString &signedHash,
                        const QString &signatureHex, const QString &publicKeyHex)
{
    return !signedHash.isEmpty() && signedHash == EventLog::noteHash(noteColumns) &&
           signing::verify(signing::fromHex(publicKeyHex),
                           signing::objectStatement(databaseId, QStringLiteral("notes"),
                                                    noteColumns.value(QStringLiteral("id")).toLongLong(),
                                                    signedHash),
                           signing::fromHex(signatureHex));
}

// One definition of a list row's columns and joins; the benchmark's raw baseline
// runs exactly this text too.
const QString &FileQueries::summaryColumns()
{
    static const QString columns = QStringLiteral(
        "f.id, f.file_no, f.subject, s.code, f.priority, f.grading, f.status, f.holder_post_id, hp.code, "
        "hp.title_en, "
        "hp.title_hi, f.holder_since, COALESCE(sp.code, ''), COALESCE(sp.title_en, ''), "
        "COALESCE(sp.title_hi, ''), "
        "COALESCE(f.action_asked, ''), COALESCE(f.movement_due, ''), COALESCE(f.due_date, ''), f.remarks, "
        "CASE WHEN f.opened_at IS NULL THEN 1 ELSE 0 END, f.version, f.created_at, dp.time_limit_days, "
        "COALESCE(f.approved_at, 0)");
    return columns;
}

const QString &FileQueries::summaryJoins()
{
    static const QString joins = QStringLiteral(
        " JOIN sections s ON s.id = f.section_id JOIN departments dp ON dp.id = s.department_id "
        "JOIN posts hp ON hp.id = f.holder_post_id "
        "LEFT JOIN posts sp ON sp.id = f.sent_by_post_id");
    return joins;
}

QString PaperView::label() const
{
    return flag == QLatin1String("PUC") ? flag : QStringLiteral("FR ") + codes::roman(frNumber);
}

FileSummary FileQueries::summaryAt(const QSqlQuery &q, const QDate &today)
{
    FileSummary f;
    f.id = q.value(0).toLongLong();
    f.fileNo = q.value(1).toString();
    f.subject = q.value(2).toString();
    f.sectionCode = q.value(3).toString();
    f.priority = static_cast<Priority>(q.value(4).toInt());
    f.grading = static_cast<Grading>(q.value(5).toInt());
    f.status = codes::parseStatus(q.value(6).toString());
    f.holderPostId = q.value(7).toLongLong();
    f.holderPostCode = q.value(8).toString();
    f.holderTitleEn = q.value(9).toString();
    f.holderTitleHi = q.value(10).toString();
    f.holderSince = q.value(11).toLongLong();
    f.fromPostCode = q.value(12).toString();
    f.fromTitleEn = q.value(13).toString();
    f.fromTitleHi = q.value(14).toString();
    f.actionAsked = codes::parseAction(q.value(15).toString()).value_or(ActionAsked::None);
    f.movementDue = q.value(16).toString();
    f.dueDate = q.value(17).toString();
    f.remarks = q.value(18).toString();
    f.unread = q.value(19).toInt() != 0;
    f.version = q.value(20).toInt();
    f.createdAt = q.value(21).toLongLong();
    f.timeLimitDays = q.value(22).toInt();
    f.approvedAt = q.value(23).toLongLong();
    f.sortKey = q.value(24).toLongLong();
    const QDate arrived = Clock::officeDate(f.holderSince);
    f.daysPending = static_cast<int>(arrived.daysTo(today));
    return f;
}

// The same rule as FileService::age() and the weekly review: working days after the
// arrival day up to today, against the department's limit; or a due date gone by.
void FileQueries::judgeAge(FileSummary &f, const QDate &today)
{
    if (f.status == FileStatus::Closed)
        return;
    f.workingDaysPending = calendar().workingDaysBetween(Clock::officeDate(f.holderSince), today);
    if (f.status != FileStatus::Open)
        return;
    const QDate due = QDate::fromString(f.movementDue.isEmpty() ? f.dueDate : f.movementDue, Qt::ISODate);
    f.overdue = f.workingDaysPending > f.timeLimitDays || (due.isValid() && due < today);
}

QList<FileSummary> FileQueries::readSummaries(QSqlQuery &q)
{
    QList<FileSummary> out;
    const QDate today = Clock::officeDate(m_clock.nowMs());
    while (q.next())
        out.append(summaryAt(q, today));
    q.finish();
    // (After the rows: the calendar may need a query of its own.)
    for (FileSummary &f : out)
        judgeAge(f, today);
    return out;
}

const WorkingCalendar &FileQueries::calendar()
{
    if (!m_calendar)
        m_calendar = OrgService(m_db, m_clock).recentCalendar();
    return *m_calendar;
}

QString FileQueries::visibleClause(const Dialect &dialect, const Session &session, const QString &alias)
{
    // Rule 4: what my posts hold, have held or created; Normal files of my sections;
    // graded files only along their own movement chain. Reviewers see all but Secret.
    QString clause =
        QStringLiteral("(%1 OR (%2.grading = 0 AND %2.section_id IN (%3))")
            .arg(dialect.onChainClause(alias, session.postIdList()), alias, session.sectionIdList());
    if (session.role == Role::Reviewer)
        clause += QStringLiteral(" OR %1.grading < 2").arg(alias);
    return clause + QLatin1Char(')');
}

bool FileQueries::canSee(const Session &session, qint64 fileId)
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM files f WHERE f.id = :id AND ") +
                    visibleClause(m_db.dialect(), session, QStringLiteral("f")),
                {{QStringLiteral("id"), fileId}})
        .isValid();
}

QList<FileSummary> FileQueries::list(const Session &session, List which, int limit,
                                     const std::optional<PageCursor> &after)
{
    const QString posts = session.postIdList();
    QString sortKey, from, where, order;
    switch (which) {
    case List::Inbox:
    case List::Parked:
        sortKey = QStringLiteral("f.holder_since");
        from = QStringLiteral("files f");
        // A parked file is back in the inbox from its review date (derived here, so
        // it needs no daemon; FollowupService::sweep() then takes it out of parking).
        where = QStringLiteral("f.holder_post_id IN (%1) AND %2")
                    .arg(posts, which == List::Inbox
                                    ? QStringLiteral("(f.status = 'open' OR (f.status = 'parked' AND "
                                                     "f.park_until <= '%1'))")
                                          .arg(Clock::officeDate(m_clock.nowMs()).toString(Qt::ISODate))
                                    : QStringLiteral("f.status = 'parked' AND (f.park_until IS NULL OR "
                                                     "f.park_until > '%1')")
                                          .arg(Clock::officeDate(m_clock.nowMs()).toString(Qt::ISODate)));
        break;
    case List::CreatedByMe:
        sortKey = QStringLiteral("f.created_at");
        from = QStringLiteral("files f");
        where = QStringLiteral("f.created_post_id IN (%1)").arg(posts);
        break;
    case List::Closed:
        sortKey = QStringLiteral("f.closed_at");
        from = QStringLiteral("files f");
        where =
            QStringLiteral("f.status = 'closed' AND (f.created_post_id IN (%1) OR f.holder_post_id IN (%1))")
                .arg(posts);
        break;
    case List::Sent:
        // Each file I sent once, at my latest sending, showing where it is now.
        sortKey = QStringLiteral("x.last_sent");
        from =
            QStringLiteral("(SELECT file_id, MAX(id) AS last_sent FROM movements WHERE from_post_id IN (%1) "
                           "AND kind <> 'recall' GROUP BY file_id) x JOIN files f ON f.id = x.file_id")
                .arg(posts);
        where = QStringLiteral("1 = 1");
        break;
    }
    if (after)
        where += QStringLiteral(" AND (%1 < :k OR (%1 = :k AND f.id < :i))").arg(sortKey);
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM %3%4 WHERE %5 ORDER BY %2 DESC, f.id DESC LIMIT %6")
            .arg(summaryColumns(), sortKey, from, summaryJoins(), where)
            .arg(limit);
    QVariantMap binds;
    if (after) {
        binds.insert(QStringLiteral("k"), after->sortKey);
        binds.insert(QStringLiteral("i"), after->id);
    }
    return readSummaries(m_db.exec(sql, binds));
}

QString FileQueries::searchSql(const Dialect &dialect, const Session &session, const QString &text, int limit,
                               QVariantMap *binds)
{
    const QString trimmed = text.trimmed();
    // A text with a slash is a file number ("A-11011/5"): its prefix alone. As words,
    // "A" would match every word beginning with a.
    const QStringList words =
        trimmed.contains(QLatin1Char('/')) ? QStringList() : Dialect::searchWords(trimmed);
    // A file number prefix goes through the byte-ordered B-tree on file_no.
    binds->insert(QStringLiteral("p"), trimmed);
    binds->insert(QStringLiteral("pe"), trimmed + QChar(0xFFFF));
    Dialect::SearchScope scope;
    scope.posts = session.postIdList();
    scope.sections = session.sectionIdList();
    scope.reviewer = session.role == Role::Reviewer;
    scope.visible = visibleClause(dialect, session, QStringLiteral("f"));
    return QStringLiteral(
               "SELECT %1, f.created_at FROM (%3) hit JOIN files f ON f.id = hit.id%2 ORDER BY hit.rank")
        .arg(summaryColumns(), summaryJoins(), dialect.fileSearchHits(scope, words, limit, binds));
}

QList<FileSummary> FileQueries::search(const Session &session, const QString &text, int limit)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QVariantMap binds;
    const QString sql = searchSql(m_db.dialect(), session, trimmed, limit, &binds);
    QList<FileSummary> out = readSummaries(m_db.exec(sql, binds));
    // The letters in files: a diary number or letter number (prefix), or a sender.
    QSet<qint64> seen;
    for (const FileSummary &f : std::as_const(out))
        seen.insert(f.id);
    for (int which = 0; which < 3 && out.size() < limit; ++which) {
        SearchCriteria c;
        (which == 0 ? c.diaryNo : which == 1 ? c.letterNo : c.sender) = trimmed;
        QVariantMap b;
        for (const FileSummary &f : readSummaries(
                 m_db.exec(criteriaSql(m_db.dialect(), session, c, limit - int(out.size()), &b), b)))
            if (!seen.contains(f.id)) {
                seen.insert(f.id);
                out.append(f);
            }
    }
    return out;
}

bool SearchCriteria::isEmpty() const
{
    return words.trimmed().isEmpty() && fileNo.trimmed().isEmpty() && sender.trimmed().isEmpty() &&
           letterNo.trimmed().isEmpty() && diaryNo.trimmed().isEmpty() &&
           holderPostCode.trimmed().isEmpty() && !openedFrom.isValid() && !openedTo.isValid() && !priority &&
           !grading && !status;
}

QString SearchCriteria::describe() const
{
    QStringList parts;
    auto quoted = [](const QString &v) {
        return QStringLiteral("“%1”").arg(v.trimmed());
    };
    if (!words.trimmed().isEmpty())
        parts << tr("words %1").arg(quoted(words));
    if (!fileNo.trimmed().isEmpty())
        parts << tr("file number %1").arg(quoted(fileNo));
    if (!sender.trimmed().isEmpty())
        parts << tr("sender %1").arg(quoted(sender));
    if (!letterNo.trimmed().isEmpty())
        parts << tr("letter number %1").arg(quoted(letterNo));
    if (!diaryNo.trimmed().isEmpty())
        parts << tr("diary number %1").arg(quoted(diaryNo));
    if (!holderPostCode.trimmed().isEmpty())
        parts << tr("with %1").arg(holderPostCode.trimmed());
    if (openedFrom.isValid())
        parts << tr("opened from %1").arg(openedFrom.toString(QStringLiteral("dd.MM.yyyy")));
    if (openedTo.isValid())
        parts << tr("opened up to %1").arg(openedTo.toString(QStringLiteral("dd.MM.yyyy")));
    if (priority)
        parts << tr("priority %1").arg(codes::priorityLabel(*priority));
    if (grading)
        parts << tr("grading %1").arg(codes::gradingLabel(*grading));
    if (status)
        parts << tr("status %1").arg(codes::statusLabel(*status));
    return parts.join(QStringLiteral(", "));
}

namespace {
// A LIKE pattern that matches the text literally (escape character '!').
QString likeLiteral(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('!'), QStringLiteral("!!"));
    out.replace(QLatin1Char('%'), QStringLiteral("!%"));
    out.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return out;
}

// A prefix through the byte-ordered B-tree: [p, p + U+FFFF).
QString prefixCondition(const Dialect &dialect, const QString &column, const QString &key,
                        const QString &value, QVariantMap *binds)
{
    binds->insert(key, value.trimmed());
    binds->insert(key + QStringLiteral("e"), value.trimmed() + QChar(0xFFFF));
    return dialect.expand(QStringLiteral("%1 {{BINARY}} >= :%2 AND %1 {{BINARY}} < :%2e").arg(column, key));
}

// The conditions on a letter (receipts alias r): sender anywhere, letter and diary number prefixes.
QStringList letterConditions(const Dialect &dialect, const SearchCriteria &c, QVariantMap *binds)
{
    QStringList letter;
    if (!c.sender.trimmed().isEmpty()) {
        binds->insert(QStringLiteral("snd"),
                      QStringLiteral("%") + likeLiteral(c.sender.trimmed()) + QStringLiteral("%"));
        letter << (dialect.isPostgres() ? QStringLiteral("r.sender ILIKE :snd ESCAPE '!'")
                                        : QStringLiteral("r.sender LIKE :snd ESCAPE '!'"));
    }
    if (!c.letterNo.trimmed().isEmpty())
        letter << prefixCondition(dialect, QStringLiteral("r.letter_no"), QStringLiteral("ltr"), c.letterNo,
                                  binds);
    if (!c.diaryNo.trimmed().isEmpty())
        letter << prefixCondition(dialect, QStringLiteral("r.diary_no"), QStringLiteral("dry"), c.diaryNo,
                                  binds);
    return letter;
}
} // namespace

QString FileQueries::criteriaSql(const Dialect &dialect, const Session &session, const SearchCriteria &c,
                                 int limit, QVariantMap *binds, bool walkLetters)
{
    QStringList where{visibleClause(dialect, session, QStringLiteral("f"))};
    // The letters in the file (file_papers is small beside files: one file in eight has one).
    const QStringList letter = letterConditions(dialect, c, binds);
    const bool wordsToo = !Dialect::searchWords(c.words).isEmpty() || !c.fileNo.trimmed().isEmpty();
    if (!letter.isEmpty() && dialect.isPostgres()) {
        // The page's files, newest first, found past the receipts' row-level security (a
        // check per receipt scanned) with rule 4 and the other conditions applied there, so
        // its LIMIT is this page's (schema step 014 says why that leaks nothing). With words
        // or a file number too, every match: the two sets meet here.
        auto arg = [&](const QString &key, const QVariant &value = {}) {
            if (value.isValid())
                binds->insert(key, value);
            return binds->contains(key) ? QLatin1Char(':') + key : QStringLiteral("NULL");
        };
        auto optional = [](bool asked, const QVariant &value) {
            return asked ? value : QVariant();
        };
        where << QStringLiteral(
                     "f.id IN (SELECT nasti_letter_files(%1, %2, %3, %4, %5, CAST(%6 AS bigint), "
                     "CAST(%7 AS bigint), CAST(%8 AS integer), CAST(%9 AS integer), CAST(%10 AS text), "
                     "CAST(%11 AS text), CAST('{%12}' AS bigint[]), CAST('{%13}' AS bigint[]), %14, %15))")
                     .arg(arg(QStringLiteral("snd")), arg(QStringLiteral("ltr")), arg(QStringLiteral("ltre")),
                          arg(QStringLiteral("dry")), arg(QStringLiteral("drye")),
                          arg(QStringLiteral("lfrom"),
                              optional(c.openedFrom.isValid(), Clock::startOfOfficeDay(c.openedFrom))),
                          arg(QStringLiteral("lto"),
                              optional(c.openedTo.isValid(), Clock::startOfOfficeDay(c.openedTo.addDays(1)))),
                          arg(QStringLiteral("lpri"),
                              optional(bool(c.priority), int(c.priority.value_or(Priority{})))),
                          arg(QStringLiteral("lgrd"),
                              optional(bool(c.grading), int(c.grading.value_or(Grading{})))))
                     .arg(arg(QStringLiteral("lsts"),
                              optional(bool(c.status), codes::status(c.status.value_or(FileStatus::Open)))),
                          arg(QStringLiteral("lhld"),
                              optional(!c.holderPostCode.trimmed().isEmpty(), c.holderPostCode.trimmed())),
                          session.postIdList(), session.sectionIdList(),
                          session.role == Role::Reviewer ? QStringLiteral("true") : QStringLiteral("false"),
                          wordsToo ? QStringLiteral("NULL") : QString::number(limit));
    } else if (!letter.isEmpty() && walkLetters && !wordsToo) {
        // Many letters match: walk the files newest first and stop at the page's end.
        where << QStringLiteral(
                     "EXISTS (SELECT 1 FROM file_papers fp JOIN receipts r ON r.id = fp.receipt_id "
                     "WHERE fp.file_id = f.id AND %1)")
                     .arg(letter.join(QStringLiteral(" AND ")));
    } else if (!letter.isEmpty()) {
        where << QStringLiteral("f.id IN (SELECT fp.file_id FROM receipts r JOIN file_papers fp ON "
                                "fp.receipt_id = r.id WHERE %1)")
                     .arg(letter.join(QStringLiteral(" AND ")));
    }
    if (!c.fileNo.trimmed().isEmpty())
        where << prefixCondition(dialect, QStringLiteral("f.file_no"), QStringLiteral("fno"), c.fileNo,
                                 binds);
    if (const QStringList words = Dialect::searchWords(c.words); !words.isEmpty()) {
        Dialect::SearchScope scope;
        scope.posts = session.postIdList();
        scope.sections = session.sectionIdList();
        scope.reviewer = session.role == Role::Reviewer;
        scope.visible = visibleClause(dialect, session, QStringLiteral("f"));
        // No file number prefix in the words' part: an impossible one.
        binds->insert(QStringLiteral("p"), QString(QChar(0xFFFF)));
        binds->insert(QStringLiteral("pe"), QString(QChar(0xFFFF)));
        where << QStringLiteral("f.id IN (SELECT hit.id FROM (%1) hit)")
                     .arg(dialect.fileSearchHits(scope, words, 1000, binds));
    }
    if (!c.holderPostCode.trimmed().isEmpty()) {
        binds->insert(QStringLiteral("hold"), c.holderPostCode.trimmed());
        where << QStringLiteral("f.holder_post_id = (SELECT id FROM posts WHERE code = :hold)");
    }
    // Office days: from 00:00 IST of the first to 24:00 IST of the last.
    if (c.openedFrom.isValid()) {
        binds->insert(QStringLiteral("from"), Clock::startOfOfficeDay(c.openedFrom));
        where << QStringLiteral("f.created_at >= :from");
    }
    if (c.openedTo.isValid()) {
        binds->insert(QStringLiteral("to"), Clock::startOfOfficeDay(c.openedTo.addDays(1)));
        where << QStringLiteral("f.created_at < :to");
    }
    if (c.priority)
        where << QStringLiteral("f.priority = %1").arg(static_cast<int>(*c.priority));
    if (c.grading)
        where << QStringLiteral("f.grading = %1").arg(static_cast<int>(*c.grading));
    if (c.status)
        where << QStringLiteral("f.status = '%1'").arg(codes::status(*c.status));
    return QStringLiteral("SELECT %1, f.created_at FROM files f%2 WHERE %3 ORDER BY f.created_at DESC, f.id "
                          "DESC LIMIT %4")
        .arg(summaryColumns(), summaryJoins(), where.join(QStringLiteral(" AND ")))
        .arg(limit);
}

QList<FileSummary> FileQueries::search(const Session &session, const SearchCriteria &criteria, int limit)
{
    if (criteria.isEmpty())
        return {};
    QVariantMap binds;
    const QString sql =
        criteriaSql(m_db.dialect(), session, criteria, limit, &binds, manyLetters(session, criteria, limit));
    return readSummaries(m_db.exec(sql, binds));
}

bool FileQueries::manyLetters(const Session &session, const SearchCriteria &c, int limit)
{
    // An officer sees a small share of the files (a Deputy Secretary one in ten): walking them
    // for a page costs more than fetching every match.
    if (m_db.dialect().isPostgres() || session.role != Role::Reviewer)
        return false;
    QVariantMap binds;
    const QStringList letter = letterConditions(m_db.dialect(), c, &binds);
    if (letter.isEmpty())
        return false;
    // k matches cost k probes to fetch and sort; a reviewer's walk about page x files / k
    // steps: the same near k = sqrt(page x files / 7) (measured at 100,000 files). Count to there.
    const double files = std::max(1.0, m_db.scalar(QStringLiteral("SELECT MAX(id) FROM files")).toDouble());
    const int crossover = std::max(200, int(std::ceil(std::sqrt(limit * files / 7))));
    binds.insert(QStringLiteral("cap"), crossover);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM receipts r WHERE %1 LIMIT :cap) x")
                           .arg(letter.join(QStringLiteral(" AND "))),
                       binds)
               .toInt() >= crossover;
}

qint64 FileQueries::fileId(const QString &fileNo)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM files WHERE file_no = :n"),
                                    {{QStringLiteral("n"), fileNo}});
    if (!id.isValid())
        fail(NastiError::Kind::NotFound, tr("There is no file numbered “%1”.").arg(fileNo));
    return id.toLongLong();
}

FileDetail FileQueries::detail(const Session &session, const QString &fileNo)
{
    // fileId() and canSee() in one read.
    qint64 id = 0;
    {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT f.id, CASE WHEN %1 THEN 1 ELSE 0 END FROM files f "
                                                "WHERE f.file_no = :n")
                                     .arg(visibleClause(m_db.dialect(), session, QStringLiteral("f"))),
                                 {{QStringLiteral("n"), fileNo}});
        const bool found = q.next();
        id = found ? q.value(0).toLongLong() : 0;
        const bool visible = found && q.value(1).toInt() != 0;
        q.finish();
        if (!found)
            fail(NastiError::Kind::NotFound, tr("There is no file numbered “%1”.").arg(fileNo));
        if (!visible)
            fail(NastiError::Kind::Refused, tr("You may not see file %1.").arg(fileNo));
    }

    FileDetail d;
    {
        // The list row and the rest of the file's own columns, in one read.
        QSqlQuery &q = m_db.exec(
            QStringLiteral("SELECT %1, f.holder_since, COALESCE(f.park_until, ''), COALESCE(f.category, ''), "
                           "COALESCE(f.reference_no, ''), f.head, cp.code, f.created_post_id, "
                           "COALESCE(f.closed_at, 0), COALESCE(f.opened_at, 0), COALESCE(f.retention, ''), "
                           "COALESCE(f.review_year, 0), COALESCE(f.delay_reason, ''), "
                           "COALESCE(f.sent_by_post_id, 0), f.section_id "
                           "FROM files f%2 JOIN posts cp ON cp.id = f.created_post_id WHERE f.id = :id")
                .arg(summaryColumns(), summaryJoins()),
            {{QStringLiteral("id"), id}});
        const QDate today = Clock::officeDate(m_clock.nowMs());
        if (q.next()) {
            d.summary = summaryAt(q, today);
            const int c = 25; // after the list row's columns and its sort key
            d.parkedUntil = q.value(c).toString();
            d.category = q.value(c + 1).toString();
            d.referenceNo = q.value(c + 2).toString();
            d.head = q.value(c + 3).toString();
            d.createdPostCode = q.value(c + 4).toString();
            d.createdPostId = q.value(c + 5).toLongLong();
            d.approvedAt = d.summary.approvedAt;
            d.closedAt = q.value(c + 6).toLongLong();
            d.openedAt = q.value(c + 7).toLongLong();
            d.retention = q.value(c + 8).toString();
            d.reviewYear = q.value(c + 9).toInt();
            d.delayReason = q.value(c + 10).toString();
            d.sentByPostId = q.value(c + 11).toLongLong();
            d.sectionId = q.value(c + 12).toLongLong();
        }
        q.finish();
        judgeAge(d.summary, today);
    }
    {
        // The directions of senior officers not yet answered (a call) or still standing (a watch).
        QSqlQuery &c = m_db.exec(
            QStringLiteral("SELECT c.id, c.kind, p.code, c.direction, c.due_date, c.created_at, "
                           "COALESCE(c.answer, ''), COALESCE(c.answered_at, 0) FROM file_calls c "
                           "JOIN posts p ON p.id = c.by_post_id WHERE c.file_id = :id AND c.ended_at IS NULL "
                           "AND (c.kind = 'watch' OR c.answered_at IS NULL) ORDER BY c.id"),
            {{QStringLiteral("id"), id}});
        while (c.next()) {
            CallView v;
            v.id = c.value(0).toLongLong();
            v.fileId = id;
            v.fileNo = fileNo;
            v.kind = c.value(1).toString();
            v.byPostCode = c.value(2).toString();
            v.direction = c.value(3).toString();
            v.dueDate = QDate::fromString(c.value(4).toString(), Qt::ISODate);
            v.createdAt = c.value(5).toLongLong();
            v.answer = c.value(6).toString();
            v.answeredAt = c.value(7).toLongLong();
            v.daysLate = v.dueDate.isValid() && !v.answeredAt
                             ? qMax(0, int(v.dueDate.daysTo(Clock::officeDate(m_clock.nowMs()))))
                             : 0;
            d.calls << v;
        }
        c.finish();
    }
    // What signatures name (read before the notes: no query while reading them).
    const QString databaseId = m_db.memo(QStringLiteral("database_id"), 0,
                                         [this]() {
                                             return m_db.scalar(QStringLiteral(
                                                 "SELECT value FROM settings WHERE key = 'database_id'"));
                                         })
                                   .toString();
    {
        // Frozen notes in paragraph order, then drafts; other posts' drafts stay private.
        QSqlQuery &q = m_db.exec(
            QStringLiteral(
                "SELECT n.id, n.kind, n.author_name, n.designation, p.code, n.body, "
                "COALESCE(n.content_hash, ''), "
                "n.author_post_id, n.created_at, n.updated_at, COALESCE(n.frozen_at, 0), "
                "COALESCE(n.para_start, 0), "
                "COALESCE(n.para_count, 0), n.author_user_id, s.object_hash, s.signature, k.public_key, "
                "s.signed_at FROM notes n JOIN posts p ON p.id = n.author_post_id "
                "LEFT JOIN signatures s ON s.object_table = 'notes' AND s.object_id = n.id "
                "LEFT JOIN signing_keys k ON k.id = s.key_id AND k.user_id = s.signer_user_id "
                "AND s.signer_user_id = n.author_user_id "
                "WHERE n.file_id = :id AND (n.frozen_at IS NOT NULL OR n.author_post_id IN (%1)) "
                "ORDER BY CASE WHEN n.frozen_at IS NULL THEN 1 ELSE 0 END, n.para_start, n.id")
                .arg(session.postIdList()),
            {{QStringLiteral("id"), id}});
        while (q.next()) {
            NoteView n;
            n.id = q.value(0).toLongLong();
            n.kind = codes::parseNoteKind(q.value(1).toString());
            n.authorName = q.value(2).toString();
            n.designation = q.value(3).toString();
            n.authorPostCode = q.value(4).toString();
            n.body = q.value(5).toString();
            n.contentHash = q.value(6).toString();
            n.authorPostId = q.value(7).toLongLong();
            n.createdAt = q.value(8).toLongLong();
            n.updatedAt = q.value(9).toLongLong();
            n.frozenAt = q.value(10).toLongLong();
            n.paraStart = q.value(11).toInt();
            n.paraCount = q.value(12).toInt();
            if (!q.value(14).isNull()) {
                // Checked here as verify would: over the note's columns as they read now.
                n.signedAt = q.value(17).toLongLong();
                const QVariantMap cols = {{QStringLiteral("id"), n.id},
                                          {QStringLiteral("file_id"), id},
                                          {QStringLiteral("kind"), q.value(1)},
                                          {QStringLiteral("author_user_id"), q.value(13)},
                                          {QStringLiteral("author_post_id"), n.authorPostId},
                                          {QStringLiteral("author_name"), n.authorName},
                                          {QStringLiteral("designation"), n.designation},
                                          {QStringLiteral("body"), n.body},
                                          {QStringLiteral("created_at"), n.createdAt},
                                          {QStringLiteral("frozen_at"), n.frozenAt},
                                          {QStringLiteral("para_start"), n.paraStart},
                                          {QStringLiteral("para_count"), n.paraCount}};
                const bool ok = noteSignatureHolds(databaseId, cols, q.value(14).toString(),
                                                   q.value(15).toString(), q.value(16).toString());
                n.signature = ok ? NoteView::Signature::Valid : NoteView::Signature::Broken;
            }
            d.notes.append(n);
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.exec(
            QStringLiteral("SELECT m.id, m.kind, fp.code, fp.title_en, fp.title_hi, tp.code, tp.title_en, "
                           "tp.title_hi, u.login, "
                           "u.full_name, m.remarks, COALESCE(m.due_date, ''), COALESCE(m.action_asked, ''), "
                           "m.priority, m.sent_at "
                           "FROM movements m JOIN posts fp ON fp.id = m.from_post_id JOIN posts tp ON tp.id "
                           "= m.to_post_id "
                           "JOIN users u ON u.id = m.by_user_id WHERE m.file_id = :id ORDER BY m.id"),
            {{QStringLiteral("id"), id}});
        while (q.next()) {
            MovementView m;
            m.id = q.value(0).toLongLong();
            m.kind = codes::parseMovement(q.value(1).toString());
            m.fromCode = q.value(2).toString();
            m.fromTitleEn = q.value(3).toString();
            m.fromTitleHi = q.value(4).toString();
            m.toCode = q.value(5).toString();
            m.toTitleEn = q.value(6).toString();
            m.toTitleHi = q.value(7).toString();
            m.byLogin = q.value(8).toString();
            m.byName = q.value(9).toString();
            m.remarks = q.value(10).toString();
            m.dueDate = q.value(11).toString();
            m.action = codes::parseAction(q.value(12).toString()).value_or(ActionAsked::None);
            m.priority = static_cast<Priority>(q.value(13).toInt());
            m.sentAt = q.value(14).toLongLong();
            d.movements.append(m);
        }
        q.finish();
    }
    {
        QSqlQuery &q =
            m_db.exec(QStringLiteral("SELECT fp.position, fp.flag, COALESCE(fp.fr_number, 0), "
                                     "fp.first_page, r.id, r.diary_no, r.subject, "
                                     "r.sender, r.letter_no, COALESCE(r.letter_date, ''), "
                                     "r.attachment_sha256, a.page_count, r.file_name "
                                     "FROM file_papers fp JOIN receipts r ON r.id = fp.receipt_id ") +
                          receiptAttachmentJoin(m_db.dialect()) +
                          QStringLiteral("WHERE fp.file_id = :id ORDER BY fp.position"),
                      {{QStringLiteral("id"), id}});
        while (q.next()) {
            PaperView p;
            p.position = q.value(0).toInt();
            p.flag = q.value(1).toString();
            p.frNumber = q.value(2).toInt();
            p.firstPage = q.value(3).toInt();
            p.receiptId = q.value(4).toLongLong();
            p.diaryNo = q.value(5).toString();
            p.subject = q.value(6).toString();
            p.sender = q.value(7).toString();
            p.letterNo = q.value(8).toString();
            p.letterDate = q.value(9).toString();
            p.attachmentSha256 = q.value(10).toString();
            p.pageCount = q.value(11).toInt();
            p.fileName = q.value(12).toString();
            d.papers.append(p);
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.exec(
            QStringLiteral("SELECT o.id, o.file_no, o.subject FROM file_links l JOIN files o ON o.id = "
                           "CASE WHEN l.file_id = :id THEN l.linked_file_id ELSE l.file_id END "
                           "WHERE l.file_id = :id OR l.linked_file_id = :id ORDER BY o.file_no"),
            {{QStringLiteral("id"), id}});
        while (q.next())
            d.links.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        q.finish();
    }
    d.drafts = DraftQueries(m_db).drafts(id);
    return d;
}

namespace {
QString receiptSelect(const Dialect &dialect)
{
    return QStringLiteral("SELECT r.id, r.diary_no, r.sender, r.subject, r.letter_no, "
                          "COALESCE(r.letter_date, ''), s.code, "
                          "r.attachment_sha256, r.file_name, COALESCE(f.file_no, ''), r.grading, "
                          "r.received_at, a.page_count, "
                          "a.byte_size, COALESCE(r.category, ''), COALESCE(r.reference_no, '') "
                          "FROM receipts r JOIN sections s ON s.id = r.section_id ") +
           receiptAttachmentJoin(dialect) +
           QStringLiteral(
               "LEFT JOIN file_papers fp ON fp.receipt_id = r.id LEFT JOIN files f ON f.id = fp.file_id ");
}

QList<ReceiptView> readReceipts(QSqlQuery &q)
{
    QList<ReceiptView> out;
    while (q.next()) {
        ReceiptView r;
        r.id = q.value(0).toLongLong();
        r.diaryNo = q.value(1).toString();
        r.sender = q.value(2).toString();
        r.subject = q.value(3).toString();
        r.letterNo = q.value(4).toString();
        r.letterDate = q.value(5).toString();
        r.sectionCode = q.value(6).toString();
        r.attachmentSha256 = q.value(7).toString();
        r.fileName = q.value(8).toString();
        r.fileNo = q.value(9).toString();
        r.grading = static_cast<Grading>(q.value(10).toInt());
        r.receivedAt = q.value(11).toLongLong();
        r.pageCount = q.value(12).toInt();
        r.byteSize = q.value(13).toLongLong();
        r.category = q.value(14).toString();
        r.referenceNo = q.value(15).toString();
        out.append(r);
    }
    q.finish();
    return out;
}
} // namespace

QList<ReceiptView> FileQueries::receipts(const Session &session, bool onlyUnfiled, int limit)
{
    QString sql = receiptSelect(m_db.dialect()) +
                  QStringLiteral("WHERE r.diarised_by_post_id IN (%1)").arg(session.postIdList());
    if (onlyUnfiled)
        sql += QStringLiteral(" AND fp.id IS NULL");
    sql += QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC LIMIT %1").arg(limit);
    return readReceipts(m_db.exec(sql));
}

std::optional<ReceiptView> FileQueries::receipt(const QString &diaryNo)
{
    const QList<ReceiptView> found =
        readReceipts(m_db.exec(receiptSelect(m_db.dialect()) + QStringLiteral("WHERE r.diary_no = :d"),
                               {{QStringLiteral("d"), diaryNo}}));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QByteArray FileQueries::attachment(const QString &sha256)
{
    return m_db
        .scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                {{QStringLiteral("s"), sha256}})
        .toByteArray();
}

} // namespace nasti
