#pragma once

#include "domain/drafts.h"
#include "domain/followup.h"
#include "domain/types.h"
#include "domain/workingcalendar.h"
#include "services/session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace nasti {

class Dialect;

class Database;
class Clock;

struct FileSummary
{
    qint64 id = 0;
    QString fileNo, subject, sectionCode;
    Priority priority = Priority::Normal;
    Grading grading = Grading::Normal;
    FileStatus status = FileStatus::Open;
    qint64 holderPostId = 0;
    QString holderPostCode, holderTitleEn, holderTitleHi;
    qint64 holderSince = 0;
    QString fromPostCode, fromTitleEn, fromTitleHi; // who sent it to the holder
    ActionAsked actionAsked = ActionAsked::None;
    QString movementDue, dueDate, remarks;
    bool unread = false;        // the holder has not opened it since it arrived
    int daysPending = 0;        // calendar days with the current holder
    int workingDaysPending = 0; // working days since it arrived (CSMOP para 60: no weekends, no holidays)
    int timeLimitDays = 7;      // the department's time limit
    bool overdue = false;       // open, and past its movement's due date or its time limit
    int version = 0;
    qint64 createdAt = 0;
    qint64 approvedAt = 0; // a competent officer approved it (0: not yet)
    qint64 sortKey = 0;    // keyset: the ordering time of this row in its list
};

struct NoteView
{
    qint64 id = 0;
    NoteKind kind = NoteKind::Note;
    QString authorName, designation, authorPostCode, body, contentHash;
    qint64 authorPostId = 0, createdAt = 0, updatedAt = 0, frozenAt = 0;
    int paraStart = 0, paraCount = 0;
    // Its author's digital signature (issue 16): none, one that verifies over the note as
    // it reads now, or a broken one (the note altered, or the signature forged).
    enum class Signature
    {
        None,
        Valid,
        Broken
    };
    Signature signature = Signature::None;
    qint64 signedAt = 0;
    bool isDraft() const { return frozenAt == 0; }
};

// A note's signature as verify checks it (issue 16): the signed hash is the hash of the
// note's columns as they read now (noteColumns: the columns EventLog::noteHash covers) and
// the Ed25519 signature over it verifies with the signer's public key (hex).
bool noteSignatureHolds(const QString &databaseId, const QVariantMap &noteColumns, const QString &signedHash,
                        const QString &signatureHex, const QString &publicKeyHex);

struct MovementView
{
    qint64 id = 0;
    MovementKind kind = MovementKind::Forward;
    QString fromCode, fromTitleEn, fromTitleHi, toCode, toTitleEn, toTitleHi, byLogin, byName, remarks,
        dueDate;
    ActionAsked action = ActionAsked::None;
    Priority priority = Priority::Normal;
    qint64 sentAt = 0;
};

struct PaperView
{
    int position = 0, frNumber = 0, firstPage = 0, pageCount = 0;
    QString flag; // "PUC" or "FR"
    qint64 receiptId = 0;
    QString diaryNo, subject, sender, letterNo, letterDate, attachmentSha256, fileName;
    QString label() const; // "PUC", "FR I", "FR II" ...
};

struct LinkView
{
    qint64 fileId = 0;
    QString fileNo, subject;
};

struct FileDetail
{
    FileSummary summary;
    QString head, createdPostCode, retention, delayReason;
    qint64 createdPostId = 0, approvedAt = 0, closedAt = 0, openedAt = 0, sentByPostId = 0, sectionId = 0;
    int reviewYear = 0;
    QList<NoteView> notes;
    QList<MovementView> movements;
    QList<PaperView> papers;
    QList<LinkView> links;
    QList<DraftView> drafts; // drafts for approval, version by version; issued letters
    QList<CallView> calls;   // open calls for the file and watches on it (issue 17): shown at its top
    QString parkedUntil;     // a parked file's review date
    QString category, referenceNo;
    qint64 offlineAsOf = 0; // 0: read from the server; else the offline copy's time (issue 19)
};

struct ReceiptView
{
    qint64 id = 0;
    QString diaryNo, sender, subject, letterNo, letterDate, sectionCode, attachmentSha256, fileName, fileNo;
    QString category, referenceNo; // a reference category (schema step 13) and its number; empty: none
    Grading grading = Grading::Normal;
    qint64 receivedAt = 0;
    int pageCount = 0;
    qint64 byteSize = 0;
};

// The advanced search: every field given narrows the result (AND). Sender matches
// anywhere in the sender (any case); letter and diary numbers, and the holder's
// post code, by prefix; dates bound the day the file was opened (office dates,
// both inclusive); words as in the quick search (subject and notes).
struct SearchCriteria
{
    QString words, fileNo, sender, letterNo, diaryNo, holderPostCode;
    QDate openedFrom, openedTo;
    std::optional<Priority> priority;
    std::optional<Grading> grading;
    std::optional<FileStatus> status;
    bool isEmpty() const;
    // One line saying what was asked ("sender “Finance”, status open"), for an empty result.
    QString describe() const;
};

// Keyset position: the last row of the previous page.
struct PageCursor
{
    qint64 sortKey = 0;
    qint64 id = 0;
};

// Read side of the workflow: lists, the file desk's detail, visibility.
// Lists are paged by keyset (never OFFSET) on indexed orderings.
class FileQueries
{
public:
    FileQueries(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    enum class List
    {
        Inbox,
        Sent,
        CreatedByMe,
        Parked,
        Closed
    };
    QList<FileSummary> list(const Session &session, List which, int limit = 50,
                            const std::optional<PageCursor> &after = std::nullopt);
    QList<FileSummary> inbox(const Session &s, int limit = 50,
                             const std::optional<PageCursor> &after = std::nullopt)
    {
        return list(s, List::Inbox, limit, after);
    }
    // File number prefix, or words of the subject and notes (Hindi or English).
    // A diary or letter number, or a sender, finds the files its letters are in.
    QList<FileSummary> search(const Session &session, const QString &text, int limit = 50);
    // Newest file first; words narrow to their best 1,000 matches.
    QList<FileSummary> search(const Session &session, const SearchCriteria &criteria, int limit = 100);
    // walkLetters: walk the files newest first for the letter conditions (see manyLetters()).
    static QString criteriaSql(const Dialect &dialect, const Session &session, const SearchCriteria &criteria,
                               int limit, QVariantMap *binds, bool walkLetters = false);
    // Whether so many letters match the sender, letter or diary number that a page of files is
    // found faster by walking the files newest first than by sorting every match: only for a
    // reviewer, who sees nearly every file. SQLite only (PostgreSQL's nasti_letter_files()
    // decides for itself, past row-level security).
    bool manyLetters(const Session &session, const SearchCriteria &criteria, int limit);
    QList<ReceiptView> receipts(const Session &session, bool onlyUnfiled, int limit = 100);
    std::optional<ReceiptView> receipt(const QString &diaryNo);
    QByteArray attachment(const QString &sha256);

    // Throws NotFound for an unknown number and Refused when the session may not see it.
    FileDetail detail(const Session &session, const QString &fileNo);
    qint64 fileId(const QString &fileNo);
    bool canSee(const Session &session, qint64 fileId);

    // The columns and joins of a FileSummary row (files alias f).
    static const QString &summaryColumns();
    static const QString &summaryJoins();
    // Rule 4 as a condition on the files alias.
    static QString visibleClause(const Dialect &dialect, const Session &session, const QString &alias);
    // search()'s SQL and its binds (the bench runs it raw as the baseline).
    static QString searchSql(const Dialect &dialect, const Session &session, const QString &text, int limit,
                             QVariantMap *binds);

private:
    QList<FileSummary> readSummaries(QSqlQuery &q);
    FileSummary summaryAt(const QSqlQuery &q, const QDate &today); // the current row
    void judgeAge(FileSummary &f, const QDate &today);             // working days, overdue
    const WorkingCalendar &calendar();

    Database &m_db;
    const Clock &m_clock;
    std::optional<WorkingCalendar> m_calendar; // the holidays, read once per FileQueries
};

} // namespace nasti
