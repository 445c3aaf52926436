#include "services/rulebook.h"

#include "services/filequeries.h"
#include "services/orgservice.h"

#include <QCoreApplication>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::Rulebook", text);
}
} // namespace

FileFacts FileFacts::of(const FileDetail &detail)
{
    FileFacts f;
    f.fileNo = detail.summary.fileNo;
    f.status = detail.summary.status;
    f.holderPostId = detail.summary.holderPostId;
    f.holderPostCode = detail.summary.holderPostCode;
    f.createdPostId = detail.createdPostId;
    f.sentByPostId = detail.sentByPostId;
    f.sectionId = detail.sectionId;
    f.openedByHolder = detail.openedAt != 0;
    f.approved = detail.approvedAt != 0;
    f.workingDays = detail.summary.workingDaysPending;
    f.timeLimit = detail.summary.timeLimitDays;
    f.overdue = detail.summary.status == FileStatus::Open && f.workingDays > f.timeLimit;
    return f;
}

void Verdict::enforce() const
{
    if (!allowed)
        fail(kind, reason);
}

QString Rulebook::verb(FileAction action)
{
    switch (action) {
    case FileAction::Note:
        return tr("note on");
    case FileAction::RecordOpening:
        return tr("open");
    case FileAction::PutUp:
    case FileAction::Forward:
    case FileAction::Return:
        return tr("move");
    case FileAction::Recall:
        return tr("recall");
    case FileAction::Approve:
        return tr("approve");
    case FileAction::Reject:
        return tr("reject");
    case FileAction::Park:
        return tr("park");
    case FileAction::Unpark:
        return tr("unpark");
    case FileAction::Close:
        return tr("close");
    case FileAction::Reopen:
        return tr("reopen");
    case FileAction::Link:
        return tr("link");
    case FileAction::AddPaper:
        return tr("add papers to");
    case FileAction::RecordDelay:
        return tr("explain the delay of");
    case FileAction::Draft:
        return tr("draft in");
    case FileAction::ApproveDraft:
        return tr("approve drafts in");
    case FileAction::IssueDraft:
        return tr("issue letters of");
    }
    return {};
}

const PostRef *Rulebook::actingPost(const FileFacts &file) const
{
    return m_session.post(file.holderPostId);
}

// Only the holding post acts on a file, and never as a reviewer.
Verdict Rulebook::holder(FileAction action, const FileFacts &file) const
{
    if (!actingPost(file))
        return Verdict::no(tr("File %1 is with %2; only that post may %3 it.")
                               .arg(file.fileNo, file.holderPostCode, verb(action)));
    if (m_session.role == Role::Reviewer)
        return Verdict::no(tr("A reviewer cannot %1 files.").arg(verb(action)));
    return Verdict::yes();
}

Verdict Rulebook::notClosedOrParked(const FileFacts &file)
{
    if (file.status == FileStatus::Closed)
        return Verdict::no(tr("File %1 is closed; reopen it first.").arg(file.fileNo));
    if (file.status == FileStatus::Parked)
        return Verdict::no(tr("File %1 is parked; unpark it first.").arg(file.fileNo));
    return Verdict::yes();
}

Verdict Rulebook::may(FileAction action, const FileFacts &file) const
{
    // The sender's right, not the holder's.
    if (action == FileAction::Recall) {
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (!m_session.post(file.sentByPostId) || m_session.role == Role::Reviewer)
            return Verdict::no(tr("Only the post that sent file %1 may recall it.").arg(file.fileNo));
        if (file.openedByHolder)
            return Verdict::no(
                tr("File %1 has already been opened by its receiver; it can no longer be recalled.")
                    .arg(file.fileNo));
        return Verdict::yes();
    }

    if (Verdict v = holder(action, file); !v)
        return v;
    const PostRef &post = *actingPost(file);
    switch (action) {
    case FileAction::Note:
    case FileAction::AddPaper:
    case FileAction::Link:
        if (file.status == FileStatus::Closed)
            return Verdict::no(tr("File %1 is closed; reopen it first.").arg(file.fileNo));
        return Verdict::yes();
    case FileAction::RecordOpening:
        return Verdict::yes();
    case FileAction::Forward:
    case FileAction::Park:
        return notClosedOrParked(file);
    case FileAction::PutUp:
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (!post.reportsTo)
            return Verdict::no(tr("Post %1 has no reporting officer to put the file up to.").arg(post.code));
        return Verdict::yes();
    case FileAction::Return:
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (!file.sentByPostId)
            return Verdict::no(tr("File %1 was not sent to you by anyone; there is no one to return it to.")
                                   .arg(file.fileNo));
        return Verdict::yes();
    case FileAction::Approve:
    case FileAction::Reject:
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (m_session.role != Role::Officer)
            return Verdict::no(action == FileAction::Approve ? tr("Only an officer may approve a file.")
                                                             : tr("Only an officer may reject a file."));
        return Verdict::yes();
    case FileAction::Unpark:
        if (file.status != FileStatus::Parked)
            return Verdict::no(tr("File %1 is not parked.").arg(file.fileNo));
        return Verdict::yes();
    case FileAction::Close:
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (file.createdPostId != post.id)
            return Verdict::no(tr("Only the post that opened file %1 may close it.").arg(file.fileNo));
        if (!file.approved)
            return Verdict::no(tr("File %1 has no approval by a competent officer; it cannot be closed yet.")
                                   .arg(file.fileNo));
        return Verdict::yes();
    case FileAction::Reopen:
        if (file.status != FileStatus::Closed)
            return Verdict::no(tr("File %1 is not closed.").arg(file.fileNo));
        if (file.createdPostId != post.id)
            return Verdict::no(tr("Only the post that opened file %1 may reopen it.").arg(file.fileNo));
        return Verdict::yes();
    case FileAction::RecordDelay:
        if (!file.overdue)
            return Verdict::no(
                tr("File %1 is within its time limit (%2 of %3 working days); no reason for delay is due.")
                    .arg(file.fileNo)
                    .arg(file.workingDays)
                    .arg(file.timeLimit));
        return Verdict::yes();
    case FileAction::Draft:
        return notClosedOrParked(file);
    case FileAction::ApproveDraft:
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (m_session.role != Role::Officer)
            return Verdict::no(tr("Only an officer may approve a draft."));
        return Verdict::yes();
    case FileAction::IssueDraft:
        if (Verdict v = notClosedOrParked(file); !v)
            return v;
        if (file.sectionId && post.sectionId != file.sectionId)
            return Verdict::no(tr("Letters of file %1 are issued by its own section; post %2 is not in it.")
                                   .arg(file.fileNo, post.code));
        return Verdict::yes();
    case FileAction::Recall:
        break;
    }
    return Verdict::yes();
}

Verdict Rulebook::mayCreateFiles() const
{
    if (m_session.role == Role::Reviewer)
        return Verdict::no(tr("A reviewer cannot open files."));
    if (m_session.posts.isEmpty())
        return Verdict::no(tr("You hold no post; files are opened by posts."));
    return Verdict::yes();
}

Verdict Rulebook::mayDiarise() const
{
    if (m_session.role == Role::Reviewer)
        return Verdict::no(tr("A reviewer cannot diarise receipts."));
    for (const PostRef &p : m_session.posts)
        if (p.sectionId)
            return Verdict::yes();
    return Verdict::no(tr("Receipts are diarised in a section; you hold no post in one."));
}

QList<PostChoice> Rulebook::decisionTargets(const PostChoice &sentBy,
                                            const QList<PostChoice> &chainLatestFirst,
                                            const PostChoice &reportingOfficer) const
{
    QList<PostChoice> out;
    QStringList seen;
    for (const PostRef &mine : m_session.posts)
        seen << mine.code;
    auto offer = [&](const PostChoice &p) {
        if (p.code.isEmpty() || seen.contains(p.code))
            return;
        seen << p.code;
        out.append(p);
    };
    offer(sentBy);
    for (const PostChoice &p : chainLatestFirst)
        offer(p);
    offer(reportingOfficer);
    return out;
}

QList<PostChoice> Rulebook::decisionTargets(const FileDetail &detail,
                                            const PostChoice &reportingOfficer) const
{
    QList<PostChoice> chain;
    for (auto it = detail.movements.crbegin(); it != detail.movements.crend(); ++it) {
        chain.append({it->fromCode, it->fromTitleEn, it->fromTitleHi});
        chain.append({it->toCode, it->toTitleEn, it->toTitleHi});
    }
    const FileSummary &s = detail.summary;
    return decisionTargets({s.fromPostCode, s.fromTitleEn, s.fromTitleHi}, chain, reportingOfficer);
}

Verdict Rulebook::mayDecideTo(const QString &postCode, const QList<PostChoice> &targets) const
{
    for (const PostChoice &p : targets)
        if (p.code == postCode.trimmed())
            return Verdict::yes();
    return Verdict::no(
        tr("A decision goes back along the file's own path; %1 is not on it.").arg(postCode.trimmed()));
}

QString Rulebook::returnTarget(const QList<MovementView> &movements) const
{
    if (movements.isEmpty())
        return {};
    const MovementView &last = movements.constLast();
    const QString holder = last.toCode;
    auto mine = [this](const QString &code) {
        for (const PostRef &p : m_session.posts)
            if (p.code == code)
                return true;
        return false;
    };
    const bool cameDown = last.kind == MovementKind::Approve || last.kind == MovementKind::Reject ||
                          last.kind == MovementKind::Return;
    if (cameDown) {
        for (qsizetype i = movements.size() - 2; i >= 0; --i) {
            const MovementView &m = movements.at(i);
            if (m.toCode != holder || (m.kind != MovementKind::PutUp && m.kind != MovementKind::Forward))
                continue;
            if (m.fromCode == last.fromCode || mine(m.fromCode))
                continue; // not back up to the decider, nor to myself
            return m.fromCode;
        }
    }
    return mine(last.fromCode) ? QString() : last.fromCode;
}

Verdict Rulebook::mayCallFor(const FileFacts &file, const QList<PostInfo> &org) const
{
    if (file.status == FileStatus::Closed)
        return Verdict::no(tr("File %1 is closed.").arg(file.fileNo));
    if (m_session.post(file.holderPostId))
        return Verdict::no(tr("You hold file %1; there is no one to call for it from.").arg(file.fileNo));
    if (m_session.role == Role::Reviewer)
        return Verdict::yes();
    const PostInfo *holder = nullptr;
    for (const PostInfo &p : org)
        if (p.id == file.holderPostId)
            holder = &p;
    if (holder) {
        for (const PostRef &mine : m_session.posts)
            for (const PostInfo &p : org)
                if (p.id == mine.id && p.level >= 5 && p.departmentCode == holder->departmentCode)
                    return Verdict::yes();
        // Up the holder's reporting chain (as far as the database looks).
        QString up = holder->reportsToCode;
        for (int hops = 0; hops < 12 && !up.isEmpty(); ++hops) {
            for (const PostRef &mine : m_session.posts)
                if (mine.code == up)
                    return Verdict::yes();
            QString next;
            for (const PostInfo &p : org)
                if (p.code == up)
                    next = p.reportsToCode;
            up = next;
        }
    }
    return Verdict::no(
        tr("Only the Chief Secretary, the head of the department or an officer above the holder "
           "may call for file %1 or watch it.")
            .arg(file.fileNo));
}

} // namespace nasti
