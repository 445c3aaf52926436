#include "services/fileservice.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/textfields.h"
#include "domain/workingcalendar.h"
#include "security/eventlog.h"
#include "services/actionkey.h"
#include "services/filequeries.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "services/receiptattachment.h"
#include "services/rulebook.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::FileService", text);
}

QVariant nullString(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullDate(const std::optional<QDate> &d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

int paragraphCount(const QString &body)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    int count = 0;
    for (const QString &p : body.split(blank))
        if (!p.trimmed().isEmpty())
            ++count;
    return qMax(1, count);
}

constexpr int kMaxSubject = 500;
constexpr int kMaxNote = 100000;
constexpr int kMaxRemarks = 2000;
} // namespace

FileService::FileService(Database &db, const Clock &clock, Session session)
    : m_db(db), m_clock(clock), m_session(std::move(session)), m_keyed(db, m_session.userId)
{
}

// Issue 19: a call named by the user's action key is done once. Asked again with the same key
// (the client's retry after a dropped connection, on whichever server is the primary now), it
// answers as it did the first time and changes nothing, even when the file has moved on since.
template<class Body> QString FileService::once(const char *kind, Body body)
{
    return m_keyed.once(kind, m_clock.nowMs(), body);
}

// In the call's transaction, just before COMMIT: the key goes in with the action's rows.
void FileService::recordKey(const QString &result)
{
    m_keyed.record(result, m_clock.nowMs());
}

FileService::FileRow FileService::load(const QString &fileNo, bool lock)
{
    // Locking is for changing: say why a reviewer may not, before the database
    // answers with a bare "not authorised".
    if (lock && m_session.role == Role::Reviewer)
        fail(NastiError::Kind::Refused, tr("A reviewer reads files but cannot move or change them."));
    if (lock)
        m_db.setActing(m_session.userId, m_clock.nowMs());
    // (With the row, whether my posts have drafts on it: a forward then need not look.)
    const QString select =
        QStringLiteral("SELECT id, file_no, status, holder_post_id, created_post_id, "
                       "COALESCE(sent_by_post_id, 0), COALESCE(opened_at, 0), "
                       "COALESCE(approved_at, 0), holder_since, section_id, version, priority, "
                       "CASE WHEN EXISTS (SELECT 1 FROM notes n WHERE n.file_id = files.id AND "
                       "n.frozen_at IS NULL AND n.author_post_id IN (%1)) THEN 1 ELSE 0 END "
                       "FROM files WHERE file_no = :n")
            .arg(m_session.postIdList());
    const QVariantMap binds{{QStringLiteral("n"), fileNo.trimmed()}};
    QSqlQuery *found = &m_db.exec(select + (lock ? m_db.dialect().forUpdate() : QString()), binds);
    if (!found->next() && lock && !m_db.dialect().forUpdate().isEmpty()) {
        // PostgreSQL applies the UPDATE policy to FOR UPDATE: a file this user may read
        // but not change (another post holds it), or one that moved while we waited for
        // its lock, is skipped silently. Look again without the lock to say which.
        found->finish();
        found = &m_db.exec(select, binds);
        if (found->next()) {
            const qint64 id = found->value(0).toLongLong();
            const QString no = found->value(1).toString();
            found->finish();
            QStringList mine;
            for (const PostRef &p : m_session.posts)
                mine << QString::number(p.id);
            // It was with (or from) one of my posts a movement or two ago: it moved under us.
            const bool wasMine =
                !mine.isEmpty() &&
                m_db.scalar(
                        QStringLiteral("SELECT COUNT(*) FROM (SELECT from_post_id, to_post_id FROM movements "
                                       "WHERE file_id = :f ORDER BY id DESC LIMIT 2) m "
                                       "WHERE m.from_post_id IN (%1) OR m.to_post_id IN (%1)")
                            .arg(mine.join(QLatin1Char(','))),
                        {{QStringLiteral("f"), id}})
                        .toLongLong() > 0;
            if (wasMine) {
                const QString holder =
                    m_db.scalar(QStringLiteral(
                                    "SELECT p.code FROM files f JOIN posts p ON p.id = f.holder_post_id "
                                    "WHERE f.id = :f"),
                                {{QStringLiteral("f"), id}})
                        .toString();
                fail(NastiError::Kind::Conflict, tr("File %1 has moved meanwhile and is now with %2; nothing "
                                                    "was done and your draft is kept.")
                                                     .arg(no, holder));
            }
            found = &m_db.exec(select, binds); // (not locked: the caller refuses, naming the holder)
            found->next();
        }
    }
    QSqlQuery &q = *found;
    if (!q.isValid()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("There is no file numbered “%1”.").arg(fileNo));
    }
    FileRow f;
    f.id = q.value(0).toLongLong();
    f.fileNo = q.value(1).toString();
    f.status = q.value(2).toString();
    f.holderPostId = q.value(3).toLongLong();
    f.createdPostId = q.value(4).toLongLong();
    f.sentByPostId = q.value(5).toLongLong();
    f.openedAt = q.value(6).toLongLong();
    f.approvedAt = q.value(7).toLongLong();
    f.holderSince = q.value(8).toLongLong();
    f.sectionId = q.value(9).toLongLong();
    f.version = q.value(10).toInt();
    f.priority = q.value(11).toInt();
    f.myDraftsAtLoad = q.value(12).toInt() != 0;
    q.finish();
    return f;
}

// The rulebook decides; the service enforces it on the row it locked.
const PostRef &FileService::actingPost(const FileRow &file, FileAction action, const Age *age) const
{
    FileFacts facts;
    facts.fileNo = file.fileNo;
    facts.status = file.status == QLatin1String("closed")   ? FileStatus::Closed
                   : file.status == QLatin1String("parked") ? FileStatus::Parked
                                                            : FileStatus::Open;
    facts.holderPostId = file.holderPostId;
    if (!m_session.holds(file.holderPostId))
        facts.holderPostCode = m_db.scalar(QStringLiteral("SELECT code FROM posts WHERE id = :p"),
                                           {{QStringLiteral("p"), file.holderPostId}})
                                   .toString();
    facts.createdPostId = file.createdPostId;
    facts.sentByPostId = file.sentByPostId;
    facts.openedByHolder = file.openedAt != 0;
    facts.approved = file.approvedAt != 0;
    if (age) {
        facts.overdue = age->overdue;
        facts.workingDays = age->workingDays;
        facts.timeLimit = age->limit;
    }
    const Rulebook rules(m_session);
    rules.may(action, facts).enforce();
    return *(action == FileAction::Recall ? m_session.post(file.sentByPostId) : rules.actingPost(facts));
}

// Where a decision may go: the posts on the file's movement chain, latest first,
// and the deciding post's reporting officer.
QList<PostChoice> FileService::decisionTargets(const FileRow &file, const PostRef &post)
{
    QList<PostChoice> chain;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT pf.code, pt.code FROM movements m "
                       "JOIN posts pf ON pf.id = m.from_post_id JOIN posts pt ON pt.id = m.to_post_id "
                       "WHERE m.file_id = :f ORDER BY m.id DESC"),
        {{QStringLiteral("f"), file.id}});
    while (q.next())
        chain << PostChoice{q.value(0).toString()} << PostChoice{q.value(1).toString()};
    q.finish();
    PostChoice up;
    if (post.reportsTo)
        up.code = m_db.scalar(QStringLiteral("SELECT code FROM posts WHERE id = :p"),
                              {{QStringLiteral("p"), post.reportsTo}})
                      .toString();
    return Rulebook(m_session).decisionTargets({}, chain, up);
}

// The file's movements, oldest first: kind and the posts' codes (what returnTarget reads).
QList<MovementView> FileService::movementPath(const FileRow &file)
{
    QList<MovementView> path;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT m.kind, pf.code, pt.code FROM movements m "
                       "JOIN posts pf ON pf.id = m.from_post_id JOIN posts pt ON pt.id = m.to_post_id "
                       "WHERE m.file_id = :f ORDER BY m.id"),
        {{QStringLiteral("f"), file.id}});
    while (q.next()) {
        MovementView m;
        m.kind = codes::parseMovement(q.value(0).toString());
        m.fromCode = q.value(1).toString();
        m.toCode = q.value(2).toString();
        path.append(m);
    }
    q.finish();
    return path;
}

// Compare-and-set on the version: if someone else changed the file since we read
// it (a move, an opening, a park), nothing is written and the user is told.
void FileService::bumpVersion(const FileRow &file, qint64 postId)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE files SET version = version + 1 "
                                            "WHERE id = :id AND holder_post_id = :p AND version = :v"),
                             {{QStringLiteral("id"), file.id},
                              {QStringLiteral("p"), postId},
                              {QStringLiteral("v"), file.version}});
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        fail(NastiError::Kind::Conflict,
             tr("File %1 has moved or changed meanwhile; nothing was done and your draft is kept.")
                 .arg(file.fileNo));
}

qint64 FileService::postIdByCode(const QString &code)
{
    // A post keeps its code (nothing renames one), so this connection remembers the answer;
    // an unknown code is asked again each time (the post may be created meanwhile).
    const QString key = QStringLiteral("post:") + code.trimmed();
    const QVariant id = m_db.memo(key, 0, [&]() {
        return m_db.scalar(QStringLiteral("SELECT id FROM posts WHERE code = :c"),
                           {{QStringLiteral("c"), code.trimmed()}});
    });
    if (!id.isValid()) {
        m_db.forget(key);
        fail(NastiError::Kind::NotFound, tr("There is no post “%1”.").arg(code));
    }
    return id.toLongLong();
}

QString FileService::nextNumber(qint64 sectionId, int year, QString *pattern, int *serial)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT code, number_pattern, basic_head, primary_head, secondary_head "
                                 "FROM sections WHERE id = :s"),
                  {{QStringLiteral("s"), sectionId}});
    q.next();
    const QString sectionCode = q.value(0).toString();
    *pattern = q.value(1).toString();
    const QString basic = q.value(2).toString();
    const int primary = q.value(3).toInt();
    const int secondary = q.value(4).toInt();
    q.finish();
    // One row per section and year; the upsert takes the row lock, so concurrent
    // creators queue here and each gets the next serial: none repeats, none skips.
    *serial =
        m_db.scalar(
                QStringLiteral("INSERT INTO counters (scope, year, last_value) VALUES (:s, :y, 1) "
                               "ON CONFLICT (scope, year) DO UPDATE SET last_value = counters.last_value + 1 "
                               "RETURNING last_value"),
                {{QStringLiteral("s"), QStringLiteral("file:") + sectionCode}, {QStringLiteral("y"), year}})
            .toInt();
    QString number = *pattern;
    number.replace(QLatin1String("{basic}"), basic);
    number.replace(QLatin1String("{primary}"), QString::number(primary));
    number.replace(QLatin1String("{secondary}"), QString::number(secondary));
    number.replace(QLatin1String("{serial}"), QString::number(*serial));
    number.replace(QLatin1String("{year}"), QString::number(year));
    number.replace(QLatin1String("{section}"), QString(sectionCode).remove(QLatin1Char('-')));
    return number;
}

QString FileService::create(const CreateFileRequest &request)
{
    return once("file.create", [&] { return doCreate(request); });
}

QString FileService::doCreate(const CreateFileRequest &request)
{
    const QString subject = textfields::oneLine(request.subject, tr("subject"));
    if (subject.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The subject is empty; every file needs a subject."));
    if (subject.size() > kMaxSubject)
        fail(NastiError::Kind::Invalid,
             tr("The subject is too long (%1 characters; at most %2).").arg(subject.size()).arg(kMaxSubject));
    Rulebook(m_session).mayCreateFiles().enforce();
    const QString category = request.category.trimmed().toLower();
    const QString reference = textfields::oneLine(request.referenceNo, tr("reference number"));
    if (!category.isEmpty() && reference.isEmpty())
        fail(NastiError::Kind::Invalid, tr("Give the reference number of the %1.").arg(category));
    if (!category.isEmpty() && !m_db.scalar(QStringLiteral("SELECT 1 FROM categories WHERE code = :c"),
                                            {{QStringLiteral("c"), category}})
                                    .isValid())
        fail(NastiError::Kind::Invalid,
             tr("There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).")
                 .arg(request.category));

    const QVariant sectionId = m_db.scalar(QStringLiteral("SELECT id FROM sections WHERE code = :c"),
                                           {{QStringLiteral("c"), request.sectionCode.trimmed()}});
    if (!sectionId.isValid())
        fail(NastiError::Kind::NotFound, tr("There is no section “%1”.").arg(request.sectionCode));
    const qint64 section = sectionId.toLongLong();
    const qint64 department = m_db.scalar(QStringLiteral("SELECT department_id FROM sections WHERE id = :s"),
                                          {{QStringLiteral("s"), section}})
                                  .toLongLong();
    // A file is opened by a post of its section, or else by a post of its department
    // that belongs to no section (the database holds users to the same rule).
    const PostRef *post = nullptr;
    for (const PostRef &p : m_session.posts)
        if (p.sectionId == section && !post)
            post = &p;
    for (const PostRef &p : m_session.posts)
        if (p.departmentId == department && !p.sectionId && !post)
            post = &p;
    if (!post)
        fail(NastiError::Kind::Refused,
             tr("You hold no post in section %1 or its department.").arg(request.sectionCode));

    const qint64 now = m_clock.nowMs();
    const int year = Clock::officeDate(now).year();
    m_db.setActing(m_session.userId, now);
    Transaction tx(m_db);
    QString pattern;
    int serial = 1;
    // PostgreSQL numbers the file itself (an empty number asks it to).
    const QString number =
        m_db.dialect().serverNumbers() ? QString(u""_s) : nextNumber(section, year, &pattern, &serial);
    QString head = textfields::oneLine(request.head, tr("file head"));
    if (head.isEmpty())
        head = number.section(QLatin1Char('/'), 0, 0);
    QSqlQuery &ins =
        m_db.exec(QStringLiteral("INSERT INTO files (file_no, section_id, year, serial, "
                                 "subject, head, priority, grading, status, due_date, "
                                 "created_post_id, created_user_id, created_at, holder_post_id, "
                                 "holder_since, opened_at, acted_at, category, reference_no) VALUES "
                                 "(:no, :s, :y, :serial, :subject, :head, :pr, :gr, 'open', "
                                 ":due, :post, :user, :now, :post, :now, :now, :now, :cat, :ref) "
                                 "RETURNING file_no"),
                  {{QStringLiteral("no"), number},
                   {QStringLiteral("s"), section},
                   {QStringLiteral("y"), year},
                   {QStringLiteral("serial"), serial},
                   {QStringLiteral("subject"), subject},
                   {QStringLiteral("head"), head},
                   {QStringLiteral("pr"), static_cast<int>(request.priority)},
                   {QStringLiteral("gr"), static_cast<int>(request.grading)},
                   {QStringLiteral("due"), nullDate(request.dueDate)},
                   {QStringLiteral("post"), post->id},
                   {QStringLiteral("user"), m_session.userId},
                   {QStringLiteral("now"), now},
                   {QStringLiteral("cat"), nullString(category)},
                   {QStringLiteral("ref"), nullString(category.isEmpty() ? QString() : reference)}});
    ins.next();
    const QString fileNo = ins.value(0).toString();
    ins.finish();
    recordKey(fileNo);
    tx.commit(); // (the database records file.created)
    return fileNo;
}

void FileService::markOpened(const FileRow &file, qint64 now)
{
    if (file.openedAt)
        return;
    m_db.exec(
        QStringLiteral(
            "UPDATE files SET opened_at = :now, version = version + 1 WHERE id = :id AND opened_at IS NULL"),
        {{QStringLiteral("now"), now}, {QStringLiteral("id"), file.id}});
}

void FileService::open(const QString &fileNo)
{
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    actingPost(file, FileAction::RecordOpening);
    markOpened(file, m_clock.nowMs());
    tx.commit();
}

FileDetail FileService::show(const QString &fileNo, bool *recordedOpening)
{
    if (recordedOpening)
        *recordedOpening = false;
    FileDetail detail = FileQueries(m_db, m_clock).detail(m_session, fileNo);
    const FileFacts facts = FileFacts::of(detail);
    if (facts.openedByHolder || facts.status != FileStatus::Open ||
        !Rulebook(m_session).may(FileAction::RecordOpening, facts))
        return detail;
    // One statement, not a transaction with the row locked first: the rulebook was asked on
    // what was just read, and the row must still be with that holder and unopened, so a file
    // that moved meanwhile is just not marked (its trigger records file.opened).
    m_db.setActing(m_session.userId, m_clock.nowMs());
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE files SET opened_at = :now, version = version + 1 "
                                 "WHERE id = :id AND holder_post_id = :holder AND opened_at IS NULL "
                                 "RETURNING version, opened_at"),
                  {{QStringLiteral("now"), m_clock.nowMs()},
                   {QStringLiteral("id"), detail.summary.id},
                   {QStringLiteral("holder"), detail.summary.holderPostId}});
    const bool marked = q.next();
    if (marked) {
        detail.summary.version = q.value(0).toInt();
        detail.openedAt = q.value(1).toLongLong();
        detail.summary.unread = false;
    }
    q.finish();
    if (m_db.transactionDepth() == 0)
        m_db.linkAfterCommit(); // as Transaction::commit() does
    if (recordedOpening)
        *recordedOpening = marked;
    return detail;
}

void FileService::saveDraft(const QString &fileNo, const QString &text)
{
    once("note.save", [&] {
        doSaveDraft(fileNo, text);
        return QString();
    });
}

void FileService::doSaveDraft(const QString &fileNo, const QString &text)
{
    const QString body = textfields::multiLine(text, tr("note"));
    if (body.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The note is empty."));
    if (body.size() > kMaxNote)
        fail(NastiError::Kind::Invalid,
             tr("The note is too long (%1 characters; at most %2).").arg(body.size()).arg(kMaxNote));
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Note);
    const qint64 now = m_clock.nowMs();
    markOpened(file, now);
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE notes SET body = :b, updated_at = :now "
                                 "WHERE file_id = :f AND author_post_id = :p AND frozen_at IS NULL"),
                  {{QStringLiteral("b"), body},
                   {QStringLiteral("now"), now},
                   {QStringLiteral("f"), file.id},
                   {QStringLiteral("p"), post.id}});
    const int updated = q.numRowsAffected();
    q.finish();
    if (updated == 0) {
        m_db.exec(
            QStringLiteral(
                "INSERT INTO notes (file_id, kind, author_user_id, author_post_id, author_name, designation, "
                "body, created_at, updated_at) VALUES (:f, 'note', :u, :p, :name, :des, :b, :now, :now)"),
            {{QStringLiteral("f"), file.id},
             {QStringLiteral("u"), m_session.userId},
             {QStringLiteral("p"), post.id},
             {QStringLiteral("name"), m_session.fullName},
             {QStringLiteral("des"), post.titleEn},
             {QStringLiteral("b"), body},
             {QStringLiteral("now"), now}});
    }
    recordKey(QString());
    tx.commit();
}

void FileService::discardDraft(const QString &fileNo)
{
    once("note.discard", [&] {
        doDiscardDraft(fileNo);
        return QString();
    });
}

void FileService::doDiscardDraft(const QString &fileNo)
{
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Note);
    m_db.exec(
        QStringLiteral("DELETE FROM notes WHERE file_id = :f AND author_post_id = :p AND frozen_at IS NULL"),
        {{QStringLiteral("f"), file.id}, {QStringLiteral("p"), post.id}});
    recordKey(QString());
    tx.commit();
}

// Drafts become part of the record: numbered on from the last paragraph of the
// file, hashed, and named in the event log.
void FileService::freezeDrafts(const FileRow &file, qint64 postId, qint64 now)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT id, body FROM notes WHERE file_id = :f AND author_post_id = :p "
                                 "AND frozen_at IS NULL ORDER BY id"),
                  {{QStringLiteral("f"), file.id}, {QStringLiteral("p"), postId}});
    QList<std::pair<qint64, QString>> drafts;
    while (q.next())
        drafts.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    if (drafts.isEmpty())
        return;
    int next = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(para_start + para_count), 1) FROM notes "
                                          "WHERE file_id = :f AND frozen_at IS NOT NULL"),
                           {{QStringLiteral("f"), file.id}})
                   .toInt();
    for (const auto &[id, body] : drafts) {
        const int count = paragraphCount(body);
        // Read the note's columns as stored, then hash exactly those.
        QSqlQuery &n =
            m_db.exec(QStringLiteral("SELECT id, file_id, kind, author_user_id, author_post_id, author_name, "
                                     "designation, body, created_at FROM notes WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
        n.next();
        QVariantMap cols;
        const QStringList names = {QStringLiteral("id"),
                                   QStringLiteral("file_id"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("author_user_id"),
                                   QStringLiteral("author_post_id"),
                                   QStringLiteral("author_name"),
                                   QStringLiteral("designation"),
                                   QStringLiteral("body"),
                                   QStringLiteral("created_at")};
        for (int i = 0; i < names.size(); ++i)
            cols.insert(names.at(i), n.value(i));
        n.finish();
        cols.insert(QStringLiteral("frozen_at"), now);
        cols.insert(QStringLiteral("para_start"), next);
        cols.insert(QStringLiteral("para_count"), count);
        const QString hash = EventLog::noteHash(cols);
        // His own note is signed as it freezes, over the hash the event log records (a draft
        // left by the post's previous holder freezes unsigned: he cannot sign for him).
        // SQLite checks the signature as the note freezes, so it comes first there;
        // PostgreSQL stamps the note itself and checks at COMMIT, so it comes after.
        const bool own = cols.value(QStringLiteral("author_user_id")).toLongLong() == m_session.userId;
        const bool serverStamps = m_db.dialect().serverNumbers();
        if (own && !serverStamps)
            rowsigning::sign(m_db, m_session, QStringLiteral("notes"), id, hash, now);
        m_db.exec(
            QStringLiteral(
                "UPDATE notes SET frozen_at = :now, para_start = :ps, para_count = :pc, content_hash = :h "
                "WHERE id = :id"),
            {{QStringLiteral("now"), now},
             {QStringLiteral("ps"), next},
             {QStringLiteral("pc"), count},
             {QStringLiteral("h"), hash},
             {QStringLiteral("id"), id}});
        // (The database records note.frozen; PostgreSQL derives the numbers and hash itself.)
        if (own && serverStamps)
            rowsigning::sign(m_db, m_session, QStringLiteral("notes"), id,
                             m_db.scalar(QStringLiteral("SELECT content_hash FROM notes WHERE id = :id"),
                                         {{QStringLiteral("id"), id}})
                                 .toString(),
                             now);
        next += count;
    }
}

qint64 FileService::recordDecisionNote(qint64 fileId, const PostRef &post, NoteKind kind, const QString &body)
{
    FileRow file;
    file.id = fileId;
    const qint64 now = m_clock.nowMs();
    // As with a file's approval (decide): one note, signed once, his own draft first.
    QStringList parts;
    {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT body FROM notes WHERE file_id = :f AND "
                                                "author_post_id = :p AND frozen_at IS NULL ORDER BY id"),
                                 {{QStringLiteral("f"), fileId}, {QStringLiteral("p"), post.id}});
        while (q.next())
            if (const QString d = q.value(0).toString().trimmed(); !d.isEmpty())
                parts << d;
        q.finish();
    }
    m_db.exec(
        QStringLiteral("DELETE FROM notes WHERE file_id = :f AND author_post_id = :p AND frozen_at IS NULL"),
        {{QStringLiteral("f"), fileId}, {QStringLiteral("p"), post.id}});
    parts << body.trimmed();
    insertDecisionNote(file, post, kind, parts.join(QStringLiteral("\n\n")), now);
    const qint64 id =
        m_db.scalar(QStringLiteral("SELECT MAX(id) FROM notes WHERE file_id = :f AND author_post_id = :p "
                                   "AND frozen_at IS NULL"),
                    {{QStringLiteral("f"), fileId}, {QStringLiteral("p"), post.id}})
            .toLongLong();
    freezeDrafts(file, post.id, now);
    return id;
}

void FileService::insertDecisionNote(const FileRow &file, const PostRef &post, NoteKind kind,
                                     const QString &body, qint64 now)
{
    textfields::multiLine(body, tr("remarks")); // newlines and tabs only
    m_db.exec(
        QStringLiteral(
            "INSERT INTO notes (file_id, kind, author_user_id, author_post_id, author_name, designation, "
            "body, created_at, updated_at) VALUES (:f, :k, :u, :p, :name, :des, :b, :now, :now)"),
        {{QStringLiteral("f"), file.id},
         {QStringLiteral("k"), codes::noteKind(kind)},
         {QStringLiteral("u"), m_session.userId},
         {QStringLiteral("p"), post.id},
         {QStringLiteral("name"), m_session.fullName},
         {QStringLiteral("des"), post.titleEn},
         {QStringLiteral("b"), body},
         {QStringLiteral("now"), now}});
}

QString FileService::move(const FileRow &file, const PostRef &from, qint64 toPostId, MovementKind kind,
                          ActionAsked action, const QString &remarks, const std::optional<QDate> &due,
                          std::optional<Priority> priority, int seenVersion, qint64 now,
                          const QString &knownToCode, bool noDraftsToFreeze)
{
    if (toPostId == from.id)
        fail(NastiError::Kind::Invalid, tr("File %1 is already with %2.").arg(file.fileNo, from.code));
    if (remarks.size() > kMaxRemarks)
        fail(NastiError::Kind::Invalid,
             tr("The remarks are too long (at most %1 characters).").arg(kMaxRemarks));
    textfields::multiLine(remarks, tr("remarks")); // newlines and tabs only
    // (A post chosen by its code was just looked up by it: no second round trip for the code.)
    const QString toCode = !knownToCode.isEmpty()
                               ? knownToCode
                               : m_db.scalar(QStringLiteral("SELECT code FROM posts WHERE id = :p"),
                                             {{QStringLiteral("p"), toPostId}})
                                     .toString();

    // (A caller that wrote no note since load() found none says so: no query.)
    if (!noDraftsToFreeze)
        freezeDrafts(file, from.id, now);

    const int newPriority = priority ? static_cast<int>(*priority) : file.priority;
    // The database moves the file to exactly this movement (compare-and-set on the
    // version the sender saw) and records it; a lost race is a Conflict.
    EventLog(m_db).insertHistoryRow(QStringLiteral("movements"),
                                    {
                                        {QStringLiteral("file_id"), file.id},
                                        {QStringLiteral("kind"), codes::movement(kind)},
                                        {QStringLiteral("from_post_id"), from.id},
                                        {QStringLiteral("to_post_id"), toPostId},
                                        {QStringLiteral("by_user_id"), m_session.userId},
                                        {QStringLiteral("action_asked"), nullString(codes::action(action))},
                                        {QStringLiteral("remarks"), remarks.trimmed()},
                                        {QStringLiteral("priority"), newPriority},
                                        {QStringLiteral("due_date"), nullDate(due)},
                                        {QStringLiteral("sent_at"), now},
                                        {QStringLiteral("file_version"), seenVersion},
                                    });
    // (PostgreSQL: the chain linker tells the receiving post's clients, once the movement is linked just
    // after COMMIT; schema step 16.)
    return toCode;
}

QString FileService::forward(const ForwardRequest &request)
{
    return once("file.forward", [&] { return doForward(request); });
}

QString FileService::doForward(const ForwardRequest &request)
{
    Transaction tx(m_db);
    const FileRow file = load(request.fileNo, true);
    // First the version the user saw: a racing loser learns that the file moved.
    const int seen = request.expectedVersion >= 0 ? request.expectedVersion : file.version;
    if (seen != file.version)
        fail(NastiError::Kind::Conflict,
             tr("File %1 has moved or changed meanwhile; nothing was done and your draft is kept.")
                 .arg(file.fileNo));
    const PostRef &from =
        actingPost(file, request.target == ForwardRequest::Target::Up     ? FileAction::PutUp
                         : request.target == ForwardRequest::Target::Back ? FileAction::Return
                                                                          : FileAction::Forward);
    qint64 to = 0;
    QString toCode;
    MovementKind kind = MovementKind::Forward;
    switch (request.target) {
    case ForwardRequest::Target::ToPost:
        if (request.toPostCode.trimmed().isEmpty())
            fail(NastiError::Kind::Invalid, tr("Say which post the file goes to."));
        to = postIdByCode(request.toPostCode);
        toCode = request.toPostCode.trimmed();
        break;
    case ForwardRequest::Target::Up:
        to = from.reportsTo;
        kind = MovementKind::PutUp;
        break;
    case ForwardRequest::Target::Back: {
        // Back the way it came, or on down after a decision (the rulebook's answer).
        const QString back = Rulebook(m_session).returnTarget(movementPath(file));
        if (back.isEmpty())
            fail(NastiError::Kind::Refused,
                 tr("File %1 was not sent to you by anyone; there is no one to return it to.")
                     .arg(file.fileNo));
        to = postIdByCode(back);
        toCode = back.trimmed();
        kind = MovementKind::Return;
        break;
    }
    }
    const qint64 now = m_clock.nowMs();
    // Nothing here writes a note between load() and the move: its drafts check holds.
    const QString code = move(file, from, to, kind, request.action, request.remarks, request.dueDate,
                              request.priority, seen, now, toCode, !file.myDraftsAtLoad);
    recordKey(code);
    tx.commit();
    return code;
}

void FileService::recall(const QString &fileNo, const QString &remarks)
{
    once("file.recall", [&] {
        doRecall(fileNo, remarks);
        return QString();
    });
}

void FileService::doRecall(const QString &fileNo, const QString &remarks)
{
    // The sender does not hold the file, so takes no lock on it: the database refuses
    // the recall movement if the receiver opened or moved the file meanwhile.
    if (m_session.role == Role::Reviewer)
        fail(NastiError::Kind::Refused, tr("A reviewer reads files but cannot move or change them."));
    m_db.setActing(m_session.userId, m_clock.nowMs());
    Transaction tx(m_db);
    const FileRow file = load(fileNo, false);
    const PostRef *sender = &actingPost(file, FileAction::Recall);
    const qint64 now = m_clock.nowMs();
    // The recall is recorded as a movement from the receiver back to the sender.
    PostRef receiver;
    receiver.id = file.holderPostId;
    receiver.code = m_db.scalar(QStringLiteral("SELECT code FROM posts WHERE id = :p"),
                                {{QStringLiteral("p"), file.holderPostId}})
                        .toString();
    // (The database refuses it if the receiver opened the file meanwhile.)
    move(file, receiver, sender->id, MovementKind::Recall, ActionAsked::None, remarks, std::nullopt,
         std::nullopt, file.version, now);
    recordKey(QString());
    tx.commit();
}

QString FileService::decide(const QString &fileNo, const QString &remarks, const QString &toPostCode,
                            bool approve)
{
    return once(approve ? "file.approve" : "file.reject",
                [&] { return doDecide(fileNo, remarks, toPostCode, approve); });
}

QString FileService::doDecide(const QString &fileNo, const QString &remarks, const QString &toPostCode,
                              bool approve)
{
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, approve ? FileAction::Approve : FileAction::Reject);
    qint64 to = 0;
    if (!toPostCode.trimmed().isEmpty()) {
        to = postIdByCode(toPostCode);
        Rulebook(m_session).mayDecideTo(toPostCode, decisionTargets(file, post)).enforce();
    } else if (file.sentByPostId)
        to = file.sentByPostId;
    else
        fail(NastiError::Kind::Refused,
             tr("File %1 was not put up by anyone; say which post it goes to.").arg(file.fileNo));
    const qint64 now = m_clock.nowMs();
    markOpened(file, now);
    FileRow current = load(fileNo, true);
    // One note, signed once: the officer's own draft (if he wrote one) and then his
    // remarks, as he typed them; the note's kind says approved or not (the note sheet
    // shows it), so nothing is prefixed to his words. With neither, the decision alone.
    QStringList parts;
    {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT body FROM notes WHERE file_id = :f AND "
                                                "author_post_id = :p AND frozen_at IS NULL ORDER BY id"),
                                 {{QStringLiteral("f"), current.id}, {QStringLiteral("p"), post.id}});
        while (q.next())
            if (const QString d = q.value(0).toString().trimmed(); !d.isEmpty())
                parts << d;
        q.finish();
    }
    m_db.exec(
        QStringLiteral("DELETE FROM notes WHERE file_id = :f AND author_post_id = :p AND frozen_at IS NULL"),
        {{QStringLiteral("f"), current.id}, {QStringLiteral("p"), post.id}});
    const QString text = remarks.trimmed();
    if (!text.isEmpty() && !parts.contains(text))
        parts << text;
    if (parts.isEmpty())
        parts << (approve ? tr("Approved.") : tr("Not approved."));
    const QString body = parts.join(QStringLiteral("\n\n"));
    insertDecisionNote(current, post, approve ? NoteKind::Approval : NoteKind::Rejection, body, now);
    // (The approve movement records the approval on the file: approved_at, approved_by_post_id.)
    const QString code = move(current, post, to, approve ? MovementKind::Approve : MovementKind::Reject,
                              ActionAsked::None, text, std::nullopt, std::nullopt, current.version, now);
    recordKey(code);
    tx.commit();
    return code;
}

QString FileService::approve(const QString &fileNo, const QString &remarks, const QString &toPostCode)
{
    return decide(fileNo, remarks, toPostCode, true);
}

QString FileService::reject(const QString &fileNo, const QString &remarks, const QString &toPostCode)
{
    return decide(fileNo, remarks, toPostCode, false);
}

void FileService::park(const QString &fileNo, const QString &remarks, const QDate &reviewDate)
{
    once("file.park", [&] {
        doPark(fileNo, remarks, reviewDate);
        return QString();
    });
}

void FileService::doPark(const QString &fileNo, const QString &remarks, const QDate &reviewDate)
{
    // A parked file stays in pendency and comes back on its review date (issue 17).
    const QString reason = textfields::multiLine(remarks, tr("reason for parking"));
    if (reason.isEmpty())
        fail(NastiError::Kind::Invalid, tr("Give the reason for parking the file."));
    if (reason.size() > kMaxRemarks)
        fail(NastiError::Kind::Invalid,
             tr("The reason for parking is too long (at most %1 characters).").arg(kMaxRemarks));
    const qint64 now = m_clock.nowMs();
    if (!reviewDate.isValid() || reviewDate <= Clock::officeDate(now))
        fail(NastiError::Kind::Invalid,
             tr("Give a review date after today, when the file comes back to you."));
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Park);
    bumpVersion(file, post.id);
    m_db.exec(QStringLiteral("UPDATE files SET status = 'parked', status_reason = :r, park_until = :until, "
                             "acted_at = :now, opened_at = COALESCE(opened_at, :now) WHERE id = :id"),
              {{QStringLiteral("r"), reason},
               {QStringLiteral("until"), reviewDate.toString(Qt::ISODate)},
               {QStringLiteral("now"), now},
               {QStringLiteral("id"), file.id}});
    recordKey(QString());
    tx.commit();
}

void FileService::unpark(const QString &fileNo)
{
    once("file.unpark", [&] {
        doUnpark(fileNo);
        return QString();
    });
}

void FileService::doUnpark(const QString &fileNo)
{
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Unpark);
    const qint64 now = m_clock.nowMs();
    bumpVersion(file, post.id);
    m_db.exec(QStringLiteral("UPDATE files SET status = 'open', acted_at = :now WHERE id = :id"),
              {{QStringLiteral("now"), now}, {QStringLiteral("id"), file.id}});
    recordKey(QString());
    tx.commit();
}

void FileService::close(const QString &fileNo, const QString &retention, const QString &remarks)
{
    once("file.close", [&] {
        doClose(fileNo, retention, remarks);
        return QString();
    });
}

void FileService::doClose(const QString &fileNo, const QString &retention, const QString &remarks)
{
    const QString cls = retention.trimmed().toUpper();
    if (cls != QLatin1String("A") && cls != QLatin1String("B") && cls != QLatin1String("C"))
        fail(NastiError::Kind::Invalid, tr("The retention class must be A (permanent), B (review in the 25th "
                                           "year) or C (review after 10 years)."));
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Close);
    const qint64 now = m_clock.nowMs();
    const int year = Clock::officeDate(now).year();
    const QVariant reviewYear = cls == QLatin1String("A")
                                    ? QVariant(QMetaType(QMetaType::Int))
                                    : QVariant(year + (cls == QLatin1String("B") ? 25 : 10));
    bumpVersion(file, post.id);
    if (!remarks.trimmed().isEmpty()) {
        freezeDrafts(file, post.id, now);
        insertDecisionNote(file, post, NoteKind::Closing, remarks.trimmed(), now);
    }
    // Closing ends the note sheet: whatever the closing post drafted becomes record.
    freezeDrafts(file, post.id, now);
    m_db.exec(QStringLiteral(
                  "UPDATE files SET status = 'closed', retention = :r, review_year = :y, closed_at = :now, "
                  "acted_at = :now, opened_at = COALESCE(opened_at, :now) WHERE id = :id"),
              {{QStringLiteral("r"), cls},
               {QStringLiteral("y"), reviewYear},
               {QStringLiteral("now"), now},
               {QStringLiteral("id"), file.id}});
    recordKey(QString());
    tx.commit();
}

void FileService::reopen(const QString &fileNo, const QString &reason)
{
    once("file.reopen", [&] {
        doReopen(fileNo, reason);
        return QString();
    });
}

void FileService::doReopen(const QString &fileNo, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("Give the reason for reopening the file."));
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Reopen);
    const qint64 now = m_clock.nowMs();
    bumpVersion(file, post.id);
    // A reopened file needs a fresh approval before it is closed again.
    // The database clears the closing and the approval (a fresh approval is needed
    // before the file is closed again) and restarts the holder's clock.
    m_db.exec(QStringLiteral(
                  "UPDATE files SET status = 'open', status_reason = :r, acted_at = :now WHERE id = :id"),
              {{QStringLiteral("r"), reason.trimmed()},
               {QStringLiteral("now"), now},
               {QStringLiteral("id"), file.id}});
    insertDecisionNote(file, post, NoteKind::Reopening, tr("File reopened: %1").arg(reason.trimmed()), now);
    recordKey(QString());
    tx.commit();
}

void FileService::link(const QString &fileNo, const QString &otherFileNo)
{
    once("file.link", [&] {
        doLink(fileNo, otherFileNo);
        return QString();
    });
}

void FileService::doLink(const QString &fileNo, const QString &otherFileNo)
{
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::Link);
    const FileRow other = load(otherFileNo, false);
    if (other.id == file.id)
        fail(NastiError::Kind::Invalid, tr("A file cannot be linked to itself."));
    const qint64 a = qMin(file.id, other.id), b = qMax(file.id, other.id);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM file_links WHERE file_id = :a AND linked_file_id = :b"),
                    {{QStringLiteral("a"), a}, {QStringLiteral("b"), b}})
            .isValid())
        fail(NastiError::Kind::Refused,
             tr("Files %1 and %2 are already linked.").arg(file.fileNo, other.fileNo));
    const qint64 now = m_clock.nowMs();
    m_db.exec(QStringLiteral("INSERT INTO file_links (file_id, linked_file_id, linked_at, linked_by_post_id) "
                             "VALUES (:a, :b, :now, :p)"),
              {{QStringLiteral("a"), a},
               {QStringLiteral("b"), b},
               {QStringLiteral("now"), now},
               {QStringLiteral("p"), post.id}});
    recordKey(QString());
    tx.commit();
}

void FileService::putReceipt(const QString &fileNo, const QString &diaryNo)
{
    once("file.paper", [&] {
        doPutReceipt(fileNo, diaryNo);
        return QString();
    });
}

void FileService::doPutReceipt(const QString &fileNo, const QString &diaryNo)
{
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    const PostRef &post = actingPost(file, FileAction::AddPaper);
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT r.id, a.page_count, r.diarised_by_post_id, "
                                 "(SELECT f.file_no FROM file_papers fp JOIN files f ON f.id = fp.file_id "
                                 " WHERE fp.receipt_id = r.id) FROM receipts r ") +
                      receiptAttachmentJoin(m_db.dialect()) + QStringLiteral("WHERE r.diary_no = :d"),
                  {{QStringLiteral("d"), diaryNo.trimmed()}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("There is no receipt with diary number “%1”.").arg(diaryNo));
    }
    const qint64 receiptId = q.value(0).toLongLong();
    const int pages = q.value(1).toInt();
    const qint64 diarisedBy = q.value(2).toLongLong();
    const QString inFile = q.value(3).toString();
    q.finish();
    if (!inFile.isEmpty())
        fail(NastiError::Kind::Refused, tr("Receipt %1 is already in file %2.").arg(diaryNo, inFile));
    if (!m_session.holds(diarisedBy) && diarisedBy != post.id)
        fail(NastiError::Kind::Refused,
             tr("Receipt %1 was diarised by another post; it must be sent to you first.").arg(diaryNo));

    QSqlQuery &c =
        m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(fp.position), 0), "
                                 "COALESCE(SUM(CASE WHEN fp.flag = 'FR' THEN 1 ELSE 0 END), 0), "
                                 "COALESCE(SUM(a.page_count), 0) FROM file_papers fp "
                                 "JOIN receipts r ON r.id = fp.receipt_id ") +
                      receiptAttachmentJoin(m_db.dialect()) + QStringLiteral("WHERE fp.file_id = :f"),
                  {{QStringLiteral("f"), file.id}});
    c.next();
    const int count = c.value(0).toInt();
    const int position = c.value(1).toInt() + 1;
    const int frCount = c.value(2).toInt();
    const int pagesBefore = c.value(3).toInt();
    c.finish();
    const bool puc = count == 0;
    const qint64 now = m_clock.nowMs();
    EventLog(m_db).insertHistoryRow(
        QStringLiteral("file_papers"),
        {
            {QStringLiteral("file_id"), file.id},
            {QStringLiteral("receipt_id"), receiptId},
            {QStringLiteral("position"), position},
            {QStringLiteral("flag"), puc ? QStringLiteral("PUC") : QStringLiteral("FR")},
            {QStringLiteral("fr_number"), puc ? QVariant(QMetaType(QMetaType::Int)) : QVariant(frCount + 1)},
            {QStringLiteral("first_page"), pagesBefore + 1},
            {QStringLiteral("added_at"), now},
            {QStringLiteral("added_by_post_id"), post.id},
        });
    Q_UNUSED(pages); // (the database records file.paper)
    recordKey(QString());
    tx.commit();
}

FileService::Age FileService::age(const QString &fileNo)
{
    const FileRow file = load(fileNo, false);
    Age a;
    a.limit =
        m_db.scalar(
                QStringLiteral(
                    "SELECT d.time_limit_days FROM sections s JOIN departments d ON d.id = s.department_id "
                    "WHERE s.id = :s"),
                {{QStringLiteral("s"), file.sectionId}})
            .toInt();
    const WorkingCalendar calendar = OrgService(m_db, m_clock).calendar();
    a.workingDays =
        calendar.workingDaysBetween(Clock::officeDate(file.holderSince), Clock::officeDate(m_clock.nowMs()));
    a.overdue = file.status == QLatin1String("open") && a.workingDays > a.limit;
    return a;
}

void FileService::recordDelay(const QString &fileNo, const QString &reason)
{
    once("file.delay", [&] {
        doRecordDelay(fileNo, reason);
        return QString();
    });
}

void FileService::doRecordDelay(const QString &fileNo, const QString &reason)
{
    const QString text = textfields::multiLine(reason, tr("reason for delay"));
    if (text.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The reason for delay is empty."));
    if (text.size() > kMaxRemarks)
        fail(NastiError::Kind::Invalid,
             tr("The reason for delay is too long (at most %1 characters).").arg(kMaxRemarks));
    const Age a = age(fileNo);
    Transaction tx(m_db);
    const FileRow file = load(fileNo, true);
    actingPost(file, FileAction::RecordDelay, &a);
    const qint64 now = m_clock.nowMs();
    m_db.exec(QStringLiteral("UPDATE files SET delay_reason = :r, acted_at = :now WHERE id = :id"),
              {{QStringLiteral("r"), text}, {QStringLiteral("now"), now}, {QStringLiteral("id"), file.id}});
    recordKey(QString());
    tx.commit();
}

} // namespace nasti
