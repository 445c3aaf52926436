#pragma once

#include "domain/types.h"
#include "services/actionkey.h"
#include "services/session.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nasti {

class Database;
class Clock;
struct FileDetail;
struct PostChoice;
struct MovementView;
enum class FileAction;

struct CreateFileRequest
{
    QString sectionCode;
    QString subject;
    QString head; // empty: the section's default head (e.g. A-11011)
    Priority priority = Priority::Normal;
    Grading grading = Grading::Normal;
    std::optional<QDate> dueDate;
    // A reference category with its own clock (vip, assembly, court, cm-helpline,
    // cpgrams) and its reference number (issue 17); empty: none.
    QString category, referenceNo;
};

struct ForwardRequest
{
    enum class Target
    {
        ToPost,
        Up,
        Back
    };
    QString fileNo;
    Target target = Target::ToPost;
    QString toPostCode; // with Target::ToPost
    ActionAsked action = ActionAsked::None;
    QString remarks;
    std::optional<QDate> dueDate;
    std::optional<Priority> priority;
    int expectedVersion = -1; // the version the user saw; -1: the current one
};

// The workflow of a file, written once for the client, the CLI and the tests.
// Each action is one transaction and one or more events; a refused action
// changes nothing and throws a NastiError with one line saying why.
class FileService
{
public:
    FileService(Database &db, const Clock &clock, Session session);

    const Session &session() const { return m_session; }
    // Names the action the user started (issue 19). Each state-changing call below (create,
    // saveDraft, discardDraft, forward, recall, approve, reject, park, unpark, close, reopen,
    // link, putReceipt, recordDelay) then takes the action's next key and is done once per
    // key: asked again with it (a retry after a dropped connection) it answers as the first
    // time and does nothing. Without a key (the default) every call acts.
    // Without a key of its own a service takes its calls' keys from ActionKey::current().
    void setActionKey(ActionKey key) { m_keyed.setKey(std::move(key)); }
    // Whether the last keyed call found its key recorded (done before, not done again).
    bool replayed() const { return m_keyed.replayed(); }

    // Returns the new file number.
    QString create(const CreateFileRequest &request);
    // Creates or replaces the acting post's draft note on the file.
    void saveDraft(const QString &fileNo, const QString &text);
    void discardDraft(const QString &fileNo);
    // Records the holder's first opening since the file arrived (ends the sender's recall right).
    void open(const QString &fileNo);
    // Opening a file to read it: the detail as the session sees it, and, when the
    // session holds it and has not looked at it since it arrived, the opening recorded.
    FileDetail show(const QString &fileNo, bool *recordedOpening = nullptr);
    // Returns the post code the file went to.
    QString forward(const ForwardRequest &request);
    void recall(const QString &fileNo, const QString &remarks);
    // Records the decision as a note and returns the file to the post that put it up
    // (or to toPostCode). Returns the post code it went to.
    QString approve(const QString &fileNo, const QString &remarks, const QString &toPostCode = {});
    QString reject(const QString &fileNo, const QString &remarks, const QString &toPostCode = {});
    // Parking asks for a reason and a review date after today (the file returns then).
    void park(const QString &fileNo, const QString &remarks, const QDate &reviewDate);
    void unpark(const QString &fileNo);
    void close(const QString &fileNo, const QString &retention, const QString &remarks = {});
    void reopen(const QString &fileNo, const QString &reason);
    void link(const QString &fileNo, const QString &otherFileNo);
    void putReceipt(const QString &fileNo, const QString &diaryNo);
    void recordDelay(const QString &fileNo, const QString &reason);

    // A decision recorded at once on the file the caller has locked (a draft's approval):
    // one frozen note, signed once, the post's own draft note (if any) and then body.
    // Returns the note's id. (Inside the caller's transaction.)
    qint64 recordDecisionNote(qint64 fileId, const PostRef &post, NoteKind kind, const QString &body);

    // Working days the file has been with its holder, and whether that is past
    // the department's limit (CSMOP para 60).
    struct Age
    {
        int workingDays = 0;
        int limit = 7;
        bool overdue = false;
    };
    Age age(const QString &fileNo);

private:
    template<class Body> QString once(const char *kind, Body body);
    void recordKey(const QString &result);
    QString doCreate(const CreateFileRequest &request);
    void doSaveDraft(const QString &fileNo, const QString &text);
    void doDiscardDraft(const QString &fileNo);
    QString doForward(const ForwardRequest &request);
    void doRecall(const QString &fileNo, const QString &remarks);
    void doPark(const QString &fileNo, const QString &remarks, const QDate &reviewDate);
    void doUnpark(const QString &fileNo);
    void doClose(const QString &fileNo, const QString &retention, const QString &remarks);
    void doReopen(const QString &fileNo, const QString &reason);
    void doLink(const QString &fileNo, const QString &otherFileNo);
    void doPutReceipt(const QString &fileNo, const QString &diaryNo);
    void doRecordDelay(const QString &fileNo, const QString &reason);
    QString doDecide(const QString &fileNo, const QString &remarks, const QString &toPostCode, bool approve);

    struct FileRow
    {
        qint64 id = 0;
        QString fileNo, status;
        qint64 holderPostId = 0, createdPostId = 0, sentByPostId = 0, openedAt = 0, approvedAt = 0,
               holderSince = 0;
        qint64 sectionId = 0;
        int version = 0, priority = 0;
        bool myDraftsAtLoad = true; // unfrozen notes of my posts on it when load() read it
    };
    FileRow load(const QString &fileNo, bool lock);
    // The post that may do action to file by the rulebook, or a NastiError saying why not.
    const PostRef &actingPost(const FileRow &file, FileAction action, const Age *age = nullptr) const;
    QList<PostChoice> decisionTargets(const FileRow &file, const PostRef &post);
    QList<MovementView> movementPath(const FileRow &file);
    void bumpVersion(const FileRow &file, qint64 postId);
    void markOpened(const FileRow &file, qint64 now);
    void freezeDrafts(const FileRow &file, qint64 postId, qint64 now);
    void insertDecisionNote(const FileRow &file, const PostRef &post, NoteKind kind, const QString &body,
                            qint64 now);
    QString move(const FileRow &file, const PostRef &from, qint64 toPostId, MovementKind kind,
                 ActionAsked action, const QString &remarks, const std::optional<QDate> &due,
                 std::optional<Priority> priority, int seenVersion, qint64 now,
                 const QString &knownToCode = {}, bool noDraftsToFreeze = false);
    QString decide(const QString &fileNo, const QString &remarks, const QString &toPostCode, bool approve);
    qint64 postIdByCode(const QString &code);
    QString nextNumber(qint64 sectionId, int year, QString *pattern, int *serial);

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    KeyedCalls m_keyed;
};

} // namespace nasti
