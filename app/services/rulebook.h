#pragma once

#include "domain/types.h"
#include "services/session.h"
#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nasti {

struct FileDetail;
struct PostInfo;
struct MovementView;

// What a user may ask for on one file.
enum class FileAction
{
    Note,          // write or discard his draft note
    RecordOpening, // the holder's first look (ends the sender's recall right)
    PutUp,         // to the acting post's reporting officer
    Forward,       // to any post
    Return,        // back to the post that sent it
    Recall,        // the sender takes it back while it is unopened
    Approve,
    Reject,
    Park,
    Unpark,
    Close,
    Reopen,
    Link,
    AddPaper, // put a receipt into it
    RecordDelay,
    Draft,        // write a draft for approval, or a new version of one
    ApproveDraft, // approve a version of a draft (officers)
    IssueDraft,   // issue an approved draft (the file's own section)
};

// The facts about a file the rules look at; filled from the row the service
// locked, or from the detail the client shows.
struct FileFacts
{
    QString fileNo;
    FileStatus status = FileStatus::Open;
    qint64 holderPostId = 0;
    QString holderPostCode; // for the refusal message only
    qint64 createdPostId = 0;
    qint64 sentByPostId = 0;
    qint64 sectionId = 0;        // the file's own section
    bool openedByHolder = false; // since it arrived
    bool approved = false;
    bool overdue = false;
    int workingDays = 0;
    int timeLimit = 7;

    static FileFacts of(const FileDetail &detail);
};

// The answer: allowed, or refused with the kind of refusal and one line saying why.
struct Verdict
{
    bool allowed = true;
    NastiError::Kind kind = NastiError::Kind::Refused;
    QString reason;

    explicit operator bool() const { return allowed; }
    static Verdict yes() { return {}; }
    static Verdict no(const QString &why, NastiError::Kind k = NastiError::Kind::Refused)
    {
        return {false, k, why};
    }
    // Throws the refusal as a NastiError; does nothing when allowed.
    void enforce() const;
};

// A post a decision may go to.
struct PostChoice
{
    QString code, titleEn, titleHi;
};

// Who may do what to a file, now, and why not: one rulebook for FileService
// (which enforces it inside its transaction) and for the client (which enables
// its actions from it). Pure: no database, no clock.
class Rulebook
{
public:
    explicit Rulebook(const Session &session) : m_session(session) {}

    Verdict may(FileAction action, const FileFacts &file) const;
    // Opening files: anyone but a reviewer, in a section or department where he holds a post.
    Verdict mayCreateFiles() const;
    // Diarising receipts: a post in a section (the section's diary numbers the
    // letter); a Deputy Secretary above the sections, or a reviewer, cannot.
    Verdict mayDiarise() const;
    // The post of mine that holds the file (nullptr: none).
    const PostRef *actingPost(const FileFacts &file) const;

    // Where an approval or rejection may go: the post that put the file up
    // first, then every other post on its movement chain (latest first), then
    // the acting post's reporting officer; never one of my own posts.
    QList<PostChoice> decisionTargets(const PostChoice &sentBy, const QList<PostChoice> &chainLatestFirst,
                                      const PostChoice &reportingOfficer = {}) const;
    QList<PostChoice> decisionTargets(const FileDetail &detail,
                                      const PostChoice &reportingOfficer = {}) const;
    Verdict mayDecideTo(const QString &postCode, const QList<PostChoice> &targets) const;

    // Calling for a file or watching it (issue 17), as the database's nasti_may_call says:
    // the Chief Secretary (reviewer), a department head (level 5-6) of the holder's
    // department, or a post above the holder on the reporting chain; never the holder.
    // org: the organisation's posts (codes, reports-to, departments, levels).
    Verdict mayCallFor(const FileFacts &file, const QList<PostInfo> &org) const;

    // Where Return sends the file, from its movements (oldest first): back to the post
    // that sent it; but a file that came down to me (approved, not approved or returned)
    // goes on down, to the post that had put it up or forwarded it to me before, who
    // must act on the decision (CSMOP: the file comes down the way it went up). Never
    // to one of my own posts; empty when there is no one.
    QString returnTarget(const QList<MovementView> &movementsOldestFirst) const;

    static QString verb(FileAction action);

private:
    Verdict holder(FileAction action, const FileFacts &file) const;
    static Verdict notClosedOrParked(const FileFacts &file);

    const Session &m_session;
};

} // namespace nasti
