#include "services/draftservice.h"

#include <optional>

#include "db/database.h"
#include "db/transaction.h"
#include "domain/documentinspector.h"
#include "domain/faircopy.h"
#include "domain/textfields.h"
#include "security/eventlog.h"
#include "security/signingkeys.h"
#include "security/x509backend.h"
#include "services/dsctokens.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::DraftService", text);
}

QString json(const QList<Addressee> &list)
{
    return QString::fromUtf8(QJsonDocument(Addressee::toJson(list)).toJson(QJsonDocument::Compact));
}

QVariant nullString(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

constexpr int kMaxSubject = 500;
constexpr int kMaxName = 300;
constexpr int kMaxAddress = 500;
constexpr int kMaxReference = 1000;
constexpr int kMaxBody = 400000;
constexpr int kMaxAddressees = 200;
constexpr qint64 kMaxPdfBytes = 25 * 1024 * 1024;
} // namespace

namespace {
// What an issue answered, kept with its action key: the dispatch number, the fair copy's hash,
// whether it was signed (and why not) and the receipts it became.
QString encodeIssue(const IssueResult &r)
{
    return QStringList{r.dispatchNo, r.sha256, r.pdfSigned ? QStringLiteral("1") : QStringLiteral("0"),
                       r.pdfUnsignedReason.left(200), r.receiptDiaryNos.join(QLatin1Char(','))}
        .join(QChar(0x1f));
}

IssueResult decodeIssue(const QString &s)
{
    const QStringList p = s.split(QChar(0x1f));
    IssueResult r;
    r.dispatchNo = p.value(0);
    r.sha256 = p.value(1);
    r.pdfSigned = p.value(2) == QLatin1String("1");
    r.pdfUnsignedReason = p.value(3);
    if (!p.value(4).isEmpty())
        r.receiptDiaryNos = p.value(4).split(QLatin1Char(','));
    return r;
}
} // namespace

DraftService::DraftService(Database &db, const Clock &clock, Session session,
                           const DocumentInspector *inspector)
    : m_db(db), m_clock(clock), m_session(std::move(session)), m_inspector(inspector),
      m_keyed(db, m_session.userId)
{
}

// Issue 19: each action on drafts is done once per action key (see FileService).
template<class Body> QString DraftService::once(const char *kind, Body body)
{
    return m_keyed.once(kind, m_clock.nowMs(), body);
}

DraftService::FileRef DraftService::lockFile(const QString &fileNo)
{
    if (m_session.role == Role::Reviewer)
        fail(NastiError::Kind::Refused, tr("A reviewer reads files but cannot draft, approve or issue."));
    m_db.setActing(m_session.userId, m_clock.nowMs());
    // (PostgreSQL's FOR UPDATE skips a row this user may read but not change: read it
    // plainly, then lock it through the triggers, which queue on the same row.)
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT f.id, f.file_no, f.status, f.holder_post_id, f.section_id, "
                                 "s.department_id, f.grading FROM files f JOIN sections s ON "
                                 "s.id = f.section_id WHERE f.file_no = :n"),
                  {{QStringLiteral("n"), fileNo.trimmed()}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("There is no file numbered “%1”.").arg(fileNo.trimmed()));
    }
    FileRef f;
    f.id = q.value(0).toLongLong();
    f.fileNo = q.value(1).toString();
    f.status = q.value(2).toString();
    f.holderPostId = q.value(3).toLongLong();
    f.sectionId = q.value(4).toLongLong();
    f.departmentId = q.value(5).toLongLong();
    f.grading = q.value(6).toInt();
    q.finish();
    return f;
}

const PostRef &DraftService::holderPost(const FileRef &file, const QString &what) const
{
    const PostRef *post = m_session.post(file.holderPostId);
    if (!post) {
        const QString holder = m_db.scalar(QStringLiteral("SELECT code FROM posts WHERE id = :p"),
                                           {{QStringLiteral("p"), file.holderPostId}})
                                   .toString();
        fail(NastiError::Kind::Refused,
             tr("File %1 is with %2; only that post may %3.").arg(file.fileNo, holder, what));
    }
    if (file.status == QLatin1String("closed"))
        fail(NastiError::Kind::Refused, tr("File %1 is closed; reopen it first.").arg(file.fileNo));
    if (file.status == QLatin1String("parked"))
        fail(NastiError::Kind::Refused, tr("File %1 is parked; unpark it first.").arg(file.fileNo));
    return *post;
}

qint64 DraftService::draftId(const FileRef &file, int draft)
{
    const QVariant id =
        m_db.scalar(QStringLiteral("SELECT id FROM drafts WHERE file_id = :f AND number = :n"),
                    {{QStringLiteral("f"), file.id}, {QStringLiteral("n"), draft}});
    if (!id.isValid())
        fail(NastiError::Kind::NotFound, tr("File %1 has no draft %2.").arg(file.fileNo).arg(draft));
    return id.toLongLong();
}

void DraftService::checkContent(const DraftContent &c, const FileRef &file) const
{
    const QString subject = textfields::oneLine(c.subject, tr("subject"));
    if (subject.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The draft has no subject."));
    if (subject.size() > kMaxSubject)
        fail(NastiError::Kind::Invalid,
             tr("The subject is too long (at most %1 characters).").arg(kMaxSubject));
    if (c.addressees.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The draft has no addressee; say to whom it goes."));
    if (c.addressees.size() + c.copyTo.size() > kMaxAddressees)
        fail(NastiError::Kind::Invalid,
             tr("A draft has at most %1 addressees and copies.").arg(kMaxAddressees));
    QStringList seen;
    for (const QList<Addressee> *list : {&c.addressees, &c.copyTo})
        for (const Addressee &a : *list) {
            const QString name = textfields::oneLine(a.name, tr("addressee"));
            textfields::oneLine(a.address, tr("address"));
            if (name.isEmpty())
                fail(NastiError::Kind::Invalid, tr("An addressee has no name."));
            if (name.size() > kMaxName || a.address.size() > kMaxAddress)
                fail(NastiError::Kind::Invalid, tr("The addressee “%1” is too long.").arg(name.left(40)));
            if (!dispatchmodes::isKnown(a.mode))
                fail(NastiError::Kind::Invalid,
                     tr("“%1” is not a way of sending a letter; use one of: %2.")
                         .arg(a.mode, dispatchmodes::codes().join(QStringLiteral(", "))));
            if (a.mode == QLatin1String("nasti")) {
                const QVariant section =
                    m_db.scalar(QStringLiteral("SELECT id FROM sections WHERE code = :c"),
                                {{QStringLiteral("c"), a.section.trimmed()}});
                if (a.section.trimmed().isEmpty())
                    fail(NastiError::Kind::Invalid,
                         tr("The addressee “%1” is to receive it through Nasti; say which section.")
                             .arg(name));
                if (!section.isValid())
                    fail(NastiError::Kind::NotFound,
                         tr("There is no section “%1”.").arg(a.section.trimmed()));
                if (section.toLongLong() == file.sectionId)
                    fail(NastiError::Kind::Invalid, tr("Section %1 is the file's own section; a letter "
                                                       "through Nasti goes to another section.")
                                                        .arg(a.section.trimmed()));
                if (seen.contains(a.section.trimmed()))
                    fail(NastiError::Kind::Invalid,
                         tr("Section %1 is addressed twice through Nasti.").arg(a.section.trimmed()));
                seen << a.section.trimmed();
            } else if (!a.section.isEmpty()) {
                fail(NastiError::Kind::Invalid,
                     tr("The addressee “%1” names a section but is not sent through Nasti.").arg(name));
            }
            if (a.mode == QLatin1String("email") && !a.address.contains(QLatin1Char('@')))
                fail(NastiError::Kind::Invalid,
                     tr("The addressee “%1” is to receive it by e-mail; give the e-mail address.").arg(name));
        }
    textfields::multiLine(c.reference, tr("reference"));
    if (c.reference.size() > kMaxReference)
        fail(NastiError::Kind::Invalid,
             tr("The reference is too long (at most %1 characters).").arg(kMaxReference));
    const bool hasBody = !richtext::visibleText(c.bodyHtml).isEmpty();
    if (hasBody && !c.pdf.isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("A draft is written in the editor or uploaded as a PDF, not both."));
    if (!hasBody && c.pdf.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The draft is empty; write its text or upload a PDF."));
    if (c.bodyHtml.size() > kMaxBody)
        fail(NastiError::Kind::Invalid,
             tr("The draft's text is too long (at most %1 characters).").arg(kMaxBody));
    if (!c.pdf.isEmpty()) {
        if (c.pdf.size() > kMaxPdfBytes)
            fail(NastiError::Kind::Invalid, tr("The uploaded PDF is larger than 25 MB."));
        if (!m_inspector)
            fail(NastiError::Kind::Invalid, tr("This program cannot check an uploaded PDF."));
        const DocumentCheck check = m_inspector->inspect(c.pdf);
        if (!check.ok)
            fail(NastiError::Kind::Invalid,
                 tr("%1: %2").arg(c.pdfFileName.isEmpty() ? tr("The uploaded PDF") : c.pdfFileName,
                                  check.problem));
    }
}

int DraftService::insertVersion(const FileRef &file, qint64 draft, const PostRef &post, const DraftContent &c,
                                qint64 now)
{
    Q_UNUSED(file);
    QString sha;
    if (!c.pdf.isEmpty()) {
        const DocumentCheck check = m_inspector->inspect(c.pdf);
        sha = QString::fromLatin1(QCryptographicHash::hash(c.pdf, QCryptographicHash::Sha256).toHex());
        m_db.exec(
            QStringLiteral(
                "INSERT INTO attachments (sha256, byte_size, mime_type, page_count, content, created_at) "
                "VALUES (:s, :n, :m, :p, :c, :now) ON CONFLICT (sha256) DO NOTHING"),
            {{QStringLiteral("s"), sha},
             {QStringLiteral("n"), c.pdf.size()},
             {QStringLiteral("m"), check.mimeType},
             {QStringLiteral("p"), check.pageCount},
             {QStringLiteral("c"), c.pdf},
             {QStringLiteral("now"), now}});
    }
    const int next = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM draft_versions "
                                                "WHERE draft_id = :d"),
                                 {{QStringLiteral("d"), draft}})
                         .toInt();
    // (The database checks the holder, numbers the version and records draft.version.)
    const qint64 id =
        m_db.scalar(
                QStringLiteral("INSERT INTO draft_versions (draft_id, version, subject, addressees, copy_to, "
                               "reference, body, pdf_sha256, author_user_id, author_post_id, author_name, "
                               "designation, created_at) VALUES (:d, :v, :s, :a, :c, :r, :b, :pdf, :u, :p, "
                               ":name, :des, :now) RETURNING id"),
                {{QStringLiteral("d"), draft},
                 {QStringLiteral("v"), next},
                 {QStringLiteral("s"), c.subject.trimmed()},
                 {QStringLiteral("a"), json(c.addressees)},
                 {QStringLiteral("c"), json(c.copyTo)},
                 {QStringLiteral("r"), c.reference.trimmed()},
                 {QStringLiteral("b"), c.pdf.isEmpty() ? c.bodyHtml : QString()},
                 {QStringLiteral("pdf"), nullString(sha)},
                 {QStringLiteral("u"), m_session.userId},
                 {QStringLiteral("p"), post.id},
                 {QStringLiteral("name"), m_session.fullName},
                 {QStringLiteral("des"), post.titleEn},
                 {QStringLiteral("now"), now}})
            .toLongLong();
    return m_db
        .scalar(QStringLiteral("SELECT version FROM draft_versions WHERE id = :id"),
                {{QStringLiteral("id"), id}})
        .toInt();
}

int DraftService::create(const NewDraftRequest &request)
{
    return once("draft.create", [&] { return QString::number(doCreate(request)); }).toInt();
}

int DraftService::doCreate(const NewDraftRequest &request)
{
    if (!draftkinds::isKnown(request.kind))
        fail(NastiError::Kind::Invalid,
             tr("“%1” is not a kind of draft; use one of: %2.")
                 .arg(request.kind, draftkinds::codes().join(QStringLiteral(", "))));
    if (request.language != QLatin1String("en") && request.language != QLatin1String("hi"))
        fail(NastiError::Kind::Invalid,
             tr("A draft is in Hindi (hi) or English (en), not “%1”.").arg(request.language));
    Transaction tx(m_db);
    const FileRef file = lockFile(request.fileNo);
    const PostRef &post = holderPost(file, tr("draft in it"));
    checkContent(request.content, file);
    const qint64 now = m_clock.nowMs();
    const int number =
        m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM drafts WHERE file_id = :f"),
                    {{QStringLiteral("f"), file.id}})
            .toInt();
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO drafts (file_id, number, kind, language, created_by_post_id, "
                                   "created_by_user_id, created_at) VALUES (:f, :n, :k, :l, :p, :u, :now) "
                                   "RETURNING id"),
                    {{QStringLiteral("f"), file.id},
                     {QStringLiteral("n"), number},
                     {QStringLiteral("k"), request.kind},
                     {QStringLiteral("l"), request.language},
                     {QStringLiteral("p"), post.id},
                     {QStringLiteral("u"), m_session.userId},
                     {QStringLiteral("now"), now}})
            .toLongLong();
    insertVersion(file, id, post, request.content, now);
    const int stored =
        m_db.scalar(QStringLiteral("SELECT number FROM drafts WHERE id = :id"), {{QStringLiteral("id"), id}})
            .toInt();
    m_keyed.record(QString::number(stored), m_clock.nowMs());
    tx.commit();
    return stored;
}

int DraftService::revise(const QString &fileNo, int draft, const DraftContent &content)
{
    return once("draft.revise", [&] { return QString::number(doRevise(fileNo, draft, content)); }).toInt();
}

int DraftService::doRevise(const QString &fileNo, int draft, const DraftContent &content)
{
    Transaction tx(m_db);
    const FileRef file = lockFile(fileNo);
    const PostRef &post = holderPost(file, tr("revise its drafts"));
    const qint64 id = draftId(file, draft);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM issued_letters WHERE draft_id = :d"),
                    {{QStringLiteral("d"), id}})
            .toInt() > 0)
        fail(NastiError::Kind::Refused,
             tr("Draft %1 of file %2 has been issued; it cannot be revised.").arg(draft).arg(file.fileNo));
    checkContent(content, file);
    const int version = insertVersion(file, id, post, content, m_clock.nowMs());
    m_keyed.record(QString::number(version), m_clock.nowMs());
    tx.commit();
    return version;
}

void DraftService::approve(const QString &fileNo, int draft, int version, const QString &remarks)
{
    once("draft.approve", [&] {
        doApprove(fileNo, draft, version, remarks);
        return QString();
    });
}

void DraftService::doApprove(const QString &fileNo, int draft, int version, const QString &remarks)
{
    Transaction tx(m_db);
    const FileRef file = lockFile(fileNo);
    const PostRef &post = holderPost(file, tr("approve its drafts"));
    if (m_session.role != Role::Officer)
        fail(NastiError::Kind::Refused, tr("Only an officer may approve a draft."));
    if (remarks.size() > 2000)
        fail(NastiError::Kind::Invalid, tr("The remarks are too long (at most 2000 characters)."));
    textfields::multiLine(remarks, tr("remarks"));
    const qint64 id = draftId(file, draft);
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT v.id, v.version, d.kind, "
                                 "(SELECT COUNT(*) FROM draft_approvals a WHERE a.draft_version_id = v.id), "
                                 "(SELECT COUNT(*) FROM issued_letters l WHERE l.draft_id = d.id) "
                                 "FROM draft_versions v JOIN drafts d ON d.id = v.draft_id "
                                 "WHERE v.draft_id = :d ORDER BY v.version DESC"),
                  {{QStringLiteral("d"), id}});
    qint64 versionId = 0;
    int latest = 0;
    bool approved = false, issued = false;
    QString kind;
    while (q.next()) {
        if (!latest) {
            latest = q.value(1).toInt();
            kind = q.value(2).toString();
            issued = q.value(4).toInt() > 0;
        }
        if (q.value(1).toInt() == (version ? version : latest)) {
            versionId = q.value(0).toLongLong();
            approved = q.value(3).toInt() > 0;
        }
    }
    q.finish();
    if (version == 0)
        version = latest;
    if (!versionId)
        fail(NastiError::Kind::NotFound,
             tr("Draft %1 of file %2 has no version %3.").arg(draft).arg(file.fileNo).arg(version));
    if (issued)
        fail(NastiError::Kind::Refused,
             tr("Draft %1 of file %2 has been issued already.").arg(draft).arg(file.fileNo));
    if (version != latest)
        fail(NastiError::Kind::Refused, tr("Version %1 of draft %2 has been superseded by version %3; only "
                                           "the latest version can be approved.")
                                            .arg(version)
                                            .arg(draft)
                                            .arg(latest));
    if (approved)
        fail(NastiError::Kind::Refused,
             tr("Version %1 of draft %2 is approved already.").arg(version).arg(draft));

    // The decision, on the note sheet, naming the draft and version.
    const QString text = remarks.trimmed();
    const QString what =
        tr("Draft %1 (%2), version %3, is approved.").arg(draft).arg(draftkinds::label(kind)).arg(version);
    const QString body = text.isEmpty() ? what : what + QLatin1Char(' ') + text;
    FileService files(m_db, m_clock, m_session);
    const qint64 noteId = files.recordDecisionNote(file.id, post, NoteKind::Approval, body);
    m_db.exec(QStringLiteral(
                  "INSERT INTO draft_approvals (draft_version_id, approved_by_post_id, approved_by_user_id, "
                  "approver_name, designation, note_id, approved_at) VALUES (:v, :p, :u, :name, :des, "
                  ":note, :now)"),
              {{QStringLiteral("v"), versionId},
               {QStringLiteral("p"), post.id},
               {QStringLiteral("u"), m_session.userId},
               {QStringLiteral("name"), m_session.fullName},
               {QStringLiteral("des"), post.titleEn},
               {QStringLiteral("note"), noteId},
               {QStringLiteral("now"), m_clock.nowMs()}});
    // His signature on the version he approved and on the approval itself.
    const qint64 approvalId =
        m_db.scalar(QStringLiteral("SELECT id FROM draft_approvals WHERE draft_version_id = :v"),
                    {{QStringLiteral("v"), versionId}})
            .toLongLong();
    rowsigning::sign(m_db, m_session, QStringLiteral("draft_versions"), versionId,
                     EventLog::storedRowHash(m_db, QStringLiteral("draft_versions"), versionId),
                     m_clock.nowMs());
    rowsigning::sign(m_db, m_session, QStringLiteral("draft_approvals"), approvalId,
                     EventLog::storedRowHash(m_db, QStringLiteral("draft_approvals"), approvalId),
                     m_clock.nowMs());
    m_keyed.record(QString(), m_clock.nowMs());
    tx.commit();
}

FairCopy DraftService::gather(qint64 draft, qint64 versionId)
{
    FairCopy copy;
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT d.kind, d.language, f.file_no, v.subject, v.addressees, v.copy_to, v.reference, v.body, "
            "COALESCE(v.pdf_sha256, ''), s.department_id FROM drafts d JOIN draft_versions v ON "
            "v.draft_id = d.id JOIN files f ON f.id = d.file_id JOIN sections s ON s.id = f.section_id "
            "WHERE d.id = :d AND v.id = :v"),
        {{QStringLiteral("d"), draft}, {QStringLiteral("v"), versionId}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("The draft version is not there."));
    }
    copy.kind = q.value(0).toString();
    copy.language = q.value(1).toString();
    copy.fileNo = q.value(2).toString();
    copy.subject = q.value(3).toString();
    copy.addressees = Addressee::fromJson(q.value(4).toString());
    copy.copyTo = Addressee::fromJson(q.value(5).toString());
    copy.reference = q.value(6).toString();
    copy.bodyHtml = q.value(7).toString();
    const QString pdf = q.value(8).toString();
    const qint64 department = q.value(9).toLongLong();
    q.finish();
    if (!pdf.isEmpty())
        copy.bodyPdf = m_db.scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                                   {{QStringLiteral("s"), pdf}})
                           .toByteArray();
    // The letterhead in the letter's language, else the other, else the department's name.
    QSqlQuery &h =
        m_db.exec(QStringLiteral("SELECT heading, address FROM letterheads WHERE department_id = :d "
                                 "ORDER BY CASE WHEN language = :l THEN 0 ELSE 1 END"),
                  {{QStringLiteral("d"), department}, {QStringLiteral("l"), copy.language}});
    if (h.next()) {
        copy.letterheadHeading = h.value(0).toString();
        copy.letterheadAddress = h.value(1).toString();
    }
    h.finish();
    if (copy.letterheadHeading.isEmpty())
        copy.letterheadHeading =
            m_db.scalar(QStringLiteral(
                            "SELECT CASE WHEN :l = 'hi' AND name_hi <> '' THEN name_hi ELSE name_en END "
                            "FROM departments WHERE id = :d"),
                        {{QStringLiteral("l"), copy.language}, {QStringLiteral("d"), department}})
                .toString();
    QSqlQuery &sgn =
        m_db.exec(QStringLiteral(
                      "SELECT a.approver_name, CASE WHEN :l = 'hi' AND p.title_hi <> '' THEN p.title_hi ELSE "
                      "p.title_en END FROM draft_approvals a JOIN posts p ON p.id = a.approved_by_post_id "
                      "WHERE a.draft_version_id = :v"),
                  {{QStringLiteral("l"), copy.language}, {QStringLiteral("v"), versionId}});
    if (sgn.next()) {
        copy.signerName = sgn.value(0).toString();
        copy.signerDesignation = sgn.value(1).toString();
    }
    sgn.finish();
    return copy;
}

FairCopy DraftService::fairCopy(const QString &fileNo, int draft)
{
    const QVariant file = m_db.scalar(QStringLiteral("SELECT id FROM files WHERE file_no = :n"),
                                      {{QStringLiteral("n"), fileNo.trimmed()}});
    if (!file.isValid())
        fail(NastiError::Kind::NotFound, tr("There is no file numbered “%1”.").arg(fileNo.trimmed()));
    FileRef ref;
    ref.id = file.toLongLong();
    ref.fileNo = fileNo.trimmed();
    const qint64 id = draftId(ref, draft);
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT v.id, COALESCE(l.dispatch_no, ''), COALESCE(l.issued_at, 0) "
                       "FROM draft_versions v LEFT JOIN issued_letters l ON l.draft_version_id = v.id "
                       "WHERE v.draft_id = :d ORDER BY v.version DESC"),
        {{QStringLiteral("d"), id}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound, tr("Draft %1 of file %2 has no version.").arg(draft).arg(fileNo));
    }
    const qint64 versionId = q.value(0).toLongLong();
    const QString dispatchNo = q.value(1).toString();
    const qint64 issuedAt = q.value(2).toLongLong();
    q.finish();
    FairCopy copy = gather(id, versionId);
    copy.dispatchNo = dispatchNo;
    copy.date = Clock::officeDate(issuedAt ? issuedAt : m_clock.nowMs());
    return copy;
}

IssueResult DraftService::issue(const QString &fileNo, int draft, const FairCopyRenderer &renderer, int asked,
                                const TokenLogin &tokenLogin)
{
    std::optional<IssueResult> fresh;
    const QString answer = once("draft.issue", [&] {
        fresh = doIssue(fileNo, draft, renderer, asked, tokenLogin);
        return encodeIssue(*fresh);
    });
    return fresh ? *fresh : decodeIssue(answer); // (done before: what it answered then)
}

IssueResult DraftService::doIssue(const QString &fileNo, int draft, const FairCopyRenderer &renderer,
                                  int asked, const TokenLogin &tokenLogin)
{
    Transaction tx(m_db);
    const FileRef file = lockFile(fileNo);
    const PostRef &post = holderPost(file, tr("issue its letters"));
    if (post.sectionId != file.sectionId)
        fail(NastiError::Kind::Refused,
             tr("Letters of file %1 are issued by its own section; post %2 is not in it.")
                 .arg(file.fileNo, post.code));
    const qint64 id = draftId(file, draft);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM issued_letters WHERE draft_id = :d"),
                    {{QStringLiteral("d"), id}})
            .toInt() > 0)
        fail(NastiError::Kind::Refused,
             tr("Draft %1 of file %2 has been issued already.").arg(draft).arg(file.fileNo));
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT v.id, v.version, v.addressees, COALESCE(a.approved_by_post_id, 0) "
                                 "FROM draft_versions v LEFT JOIN draft_approvals a ON "
                                 "a.draft_version_id = v.id WHERE v.draft_id = :d ORDER BY v.version DESC"),
                  {{QStringLiteral("d"), id}});
    q.next();
    const qint64 versionId = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    const QList<Addressee> addressees = Addressee::fromJson(q.value(2).toString());
    const qint64 signer = q.value(3).toLongLong();
    q.finish();
    if (!versionId)
        fail(NastiError::Kind::NotFound,
             tr("Draft %1 of file %2 has no version.").arg(draft).arg(file.fileNo));
    if (asked && asked != version)
        fail(NastiError::Kind::Refused, tr("Version %1 of draft %2 has been superseded by version %3; only "
                                           "the latest version can be issued.")
                                            .arg(asked)
                                            .arg(draft)
                                            .arg(version));
    if (!signer)
        fail(NastiError::Kind::Refused,
             tr("Version %1 of draft %2 is not approved; an officer must approve it before it is issued.")
                 .arg(version)
                 .arg(draft));
    if (addressees.isEmpty())
        fail(NastiError::Kind::Refused, tr("Draft %1 has no addressee.").arg(draft));

    const qint64 now = m_clock.nowMs();
    // His DSC token, when one is registered to him (schema step 018): it signs the PDF instead
    // of his certificate from the organisation's CA. Checked before a number is drawn.
    QString tokenWhy;
    const dsctokens::Registration token = dsctokens::registered(m_db, m_session.userId, now, &tokenWhy);
    if (tokenLogin.given() && !token.id)
        fail(NastiError::Kind::Refused,
             tokenWhy.isEmpty()
                 ? tr("No DSC token is registered to you; the administrator registers it (nasti-admin keys "
                      "register-token). Nothing was issued.")
                 : tr("Your DSC token cannot sign: %1. Nothing was issued.").arg(tokenWhy));
    if (token.id && !tokenLogin.given())
        fail(NastiError::Kind::Auth,
             tr("Your letters are signed with your DSC token (%1): give its PIN. Nothing was issued.")
                 .arg(token.subject));
    if (token.id && !x509::backend())
        fail(NastiError::Kind::Refused, tr("This program cannot make PDF signatures; nothing was issued."));
    // The number: PostgreSQL gives it (an empty one asks it to); on SQLite the section's
    // counter moves in this transaction, so a refused issue skips nothing.
    QString dispatchNo;
    if (!m_db.dialect().serverNumbers()) {
        const QString code = m_db.scalar(QStringLiteral("SELECT code FROM sections WHERE id = :s"),
                                         {{QStringLiteral("s"), file.sectionId}})
                                 .toString();
        const int year = Clock::officeDate(now).year();
        const int serial =
            m_db.scalar(
                    QStringLiteral("INSERT INTO counters (scope, year, last_value) VALUES (:s, :y, 1) "
                                   "ON CONFLICT (scope, year) DO UPDATE SET last_value = "
                                   "counters.last_value + 1 RETURNING last_value"),
                    {{QStringLiteral("s"), QStringLiteral("dispatch:") + code}, {QStringLiteral("y"), year}})
                .toInt();
        dispatchNo =
            QStringLiteral("D-%1/%2-%3").arg(serial).arg(year).arg(QString(code).remove(QLatin1Char('-')));
    }
    const qint64 letterId =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO issued_letters (draft_id, draft_version_id, file_id, section_id, "
                        "dispatch_no, issued_at, issued_by_post_id, issued_by_user_id, signed_by_post_id) "
                        "VALUES (:d, :v, :f, :s, :no, :now, :p, :u, :sg) RETURNING id"),
                    {{QStringLiteral("d"), id},
                     {QStringLiteral("v"), versionId},
                     {QStringLiteral("f"), file.id},
                     {QStringLiteral("s"), file.sectionId},
                     {QStringLiteral("no"), dispatchNo},
                     {QStringLiteral("now"), now},
                     {QStringLiteral("p"), post.id},
                     {QStringLiteral("u"), m_session.userId},
                     {QStringLiteral("sg"), signer}})
            .toLongLong();
    QSqlQuery &l =
        m_db.exec(QStringLiteral("SELECT dispatch_no, issued_at FROM issued_letters WHERE id = :id"),
                  {{QStringLiteral("id"), letterId}});
    l.next();
    dispatchNo = l.value(0).toString();
    const qint64 issuedAt = l.value(1).toLongLong();
    l.finish();

    // The fair copy, with the number just given, stored by its SHA-256.
    FairCopy copy = gather(id, versionId);
    copy.dispatchNo = dispatchNo;
    copy.date = Clock::officeDate(issuedAt);
    // Its QR code: the number, the date, the file and the hash the chain records for the
    // approved version (which the approver signed), so a paper copy can be checked.
    copy.qrText = QStringLiteral("Nasti letter %1\nDate %2\nFile %3\nVersion %4 sha256 %5")
                      .arg(dispatchNo, copy.date.toString(Qt::ISODate), copy.fileNo)
                      .arg(version)
                      .arg(EventLog::storedRowHash(m_db, QStringLiteral("draft_versions"), versionId))
                      .toUtf8();
    // Its PDF signature: the issuer's, who signs the letter's record too (see issue()'s
    // comment in the header), when he must sign and his key has X.509 material.
    const X509Backend *x509 = x509::backend();
    const bool mustSign = rowsigning::mustSign(m_db, m_session.userId);
    rowsigning::X509Chain chain;
    QString unsignedWhy;
    if (mustSign)
        rowsigning::requireSigner(m_session);
    if (mustSign && !token.id) {
        if (!x509)
            unsignedWhy = tr("this program cannot make PDF signatures");
        else if (m_session.signer->x509PrivateKey().isEmpty())
            unsignedWhy = tr("your signing key was made before letters were signed as PDFs; enrol a new key "
                             "(sign in again, or nasti-admin keys enrol) and have it certified");
        else if ((chain = rowsigning::x509Chain(m_db, m_session.signer->keyId(), now))
                     .certificatePem.isEmpty())
            unsignedWhy = tr("your certificate has no X.509 part (it was certified before letters were "
                             "signed as PDFs); ask the administrator to certify your key again");
    }
    copy.signatureBox = token.id || (mustSign && unsignedWhy.isEmpty());
    SignaturePlace place;
    QByteArray pdf = renderer.render(copy, &place);
    if (pdf.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The fair copy could not be rendered."));
    if (copy.signatureBox) {
        if (place.page < 0)
            fail(NastiError::Kind::Invalid,
                 tr("The fair copy has no room for the digital signature (no signature block); nothing "
                    "was issued."));
        X509Backend::Appearance look;
        look.page = place.page;
        look.rect = place.rect;
        // (The visible text stays in English: Poppler draws a signature's text with a standard
        // PDF font, which has no Devanagari.)
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        look.text = QStringLiteral("Digitally signed by %1\n%2\nDate: %3 IST")
                        .arg(m_session.fullName, post.titleEn,
                             when.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
                                 .toString(QStringLiteral("dd-MM-yyyy hh:mm")));
        look.reason = QStringLiteral("Issued as %1").arg(dispatchNo);
        look.location = copy.letterheadHeading.section(QLatin1Char('\n'), -1).trimmed();
        if (token.id) {
            X509Backend::Token t;
            t.modulePath = tokenLogin.modulePath.isEmpty() ? token.modulePath : tokenLogin.modulePath;
            t.certificateDer = x509->certificateDer(token.certificatePem);
            t.caDer = x509->certificateDer(token.caPem);
            t.pin = tokenLogin.pin;
            pdf = x509->signPdfWithToken(pdf, t, look, when);
        } else {
            pdf = x509->signPdf(pdf, m_session.signer->x509PrivateKey(),
                                x509->certificateDer(chain.certificatePem), x509->certificateDer(chain.caPem),
                                look, when);
        }
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    int pages = 0;
    if (m_inspector) {
        const DocumentCheck check = m_inspector->inspect(pdf);
        pages = check.ok ? check.pageCount : 0;
    }
    m_db.exec(QStringLiteral(
                  "INSERT INTO attachments (sha256, byte_size, mime_type, page_count, content, created_at) "
                  "VALUES (:s, :n, 'application/pdf', :p, :c, :now) ON CONFLICT (sha256) DO NOTHING"),
              {{QStringLiteral("s"), sha},
               {QStringLiteral("n"), pdf.size()},
               {QStringLiteral("p"), pages},
               {QStringLiteral("c"), pdf},
               {QStringLiteral("now"), now}});
    // (Setting the fair copy records letter.issued; PostgreSQL also writes the register
    // and the receipts of sections addressed through Nasti.)
    // The issuer's signature over the letter as recorded (SQLite checks it as the fair
    // copy is set, so it comes first there; PostgreSQL at COMMIT).
    if (!m_db.isPostgres())
        rowsigning::sign(m_db, m_session, QStringLiteral("issued_letters"), letterId,
                         EventLog::storedRowHash(m_db, QStringLiteral("issued_letters"), letterId,
                                                 {{QStringLiteral("pdf_sha256"), sha}}),
                         now);
    m_db.exec(QStringLiteral("UPDATE issued_letters SET pdf_sha256 = :s WHERE id = :id"),
              {{QStringLiteral("s"), sha}, {QStringLiteral("id"), letterId}});
    if (m_db.isPostgres())
        rowsigning::sign(m_db, m_session, QStringLiteral("issued_letters"), letterId,
                         EventLog::storedRowHash(m_db, QStringLiteral("issued_letters"), letterId), now);

    if (!m_db.isPostgres()) {
        // SQLite: the same register and receipts, written here (its triggers check them).
        const QString sender =
            m_db.scalar(QStringLiteral(
                            "SELECT d.name_en || ' (' || s.code || ')' FROM sections s JOIN departments d "
                            "ON d.id = s.department_id WHERE s.id = :s"),
                        {{QStringLiteral("s"), file.sectionId}})
                .toString();
        const QString subject = copy.subject;
        const int year = Clock::officeDate(issuedAt).year();
        int position = 0;
        for (const QList<Addressee> *list : {&copy.addressees, &copy.copyTo}) {
            for (const Addressee &a : *list) {
                ++position;
                QVariant section(QMetaType(QMetaType::LongLong));
                QVariant receipt(QMetaType(QMetaType::LongLong));
                if (a.mode == QLatin1String("nasti")) {
                    QSqlQuery &t =
                        m_db.exec(QStringLiteral("SELECT s.id, s.code, (SELECT p.id FROM posts p WHERE "
                                                 "p.section_id = s.id ORDER BY (p.holder_user_id IS NULL), "
                                                 "p.level, p.id LIMIT 1) FROM sections s WHERE s.code = :c"),
                                  {{QStringLiteral("c"), a.section}});
                    t.next();
                    const qint64 sectionId = t.value(0).toLongLong();
                    const QString code = t.value(1).toString();
                    const QVariant receiver = t.value(2);
                    t.finish();
                    if (receiver.isNull())
                        fail(NastiError::Kind::Refused,
                             Database::explainTriggerMessage(QStringLiteral("nasti:dispatch-no-post")));
                    const int serial =
                        m_db.scalar(QStringLiteral(
                                        "INSERT INTO counters (scope, year, last_value) VALUES (:s, :y, 1) "
                                        "ON CONFLICT (scope, year) DO UPDATE SET last_value = "
                                        "counters.last_value + 1 RETURNING last_value"),
                                    {{QStringLiteral("s"), QStringLiteral("receipt:") + code},
                                     {QStringLiteral("y"), year}})
                            .toInt();
                    const QString diaryNo = QStringLiteral("R-%1/%2-%3")
                                                .arg(serial)
                                                .arg(year)
                                                .arg(QString(code).remove(QLatin1Char('-')));
                    receipt = EventLog(m_db)
                                  .insertHistoryRow(
                                      QStringLiteral("receipts"),
                                      {{QStringLiteral("diary_no"), diaryNo},
                                       {QStringLiteral("section_id"), sectionId},
                                       {QStringLiteral("sender"), sender},
                                       {QStringLiteral("subject"), subject},
                                       {QStringLiteral("letter_no"), file.fileNo},
                                       {QStringLiteral("letter_date"), copy.date.toString(Qt::ISODate)},
                                       {QStringLiteral("grading"), file.grading},
                                       {QStringLiteral("received_at"), issuedAt},
                                       {QStringLiteral("diarised_by_post_id"), receiver},
                                       {QStringLiteral("diarised_by_user_id"), m_session.userId},
                                       {QStringLiteral("attachment_sha256"), sha},
                                       {QStringLiteral("file_name"),
                                        QString(dispatchNo).replace(QLatin1Char('/'), QLatin1Char('-')) +
                                            QStringLiteral(".pdf")}})
                                  .id;
                    section = sectionId;
                }
                m_db.exec(QStringLiteral(
                              "INSERT INTO dispatch_entries (letter_id, position, copy, addressee, address, "
                              "mode, to_section_id, receipt_id) VALUES (:l, :pos, :c, :n, :a, :m, :s, :r)"),
                          {{QStringLiteral("l"), letterId},
                           {QStringLiteral("pos"), position},
                           {QStringLiteral("c"), list == &copy.copyTo ? 1 : 0},
                           {QStringLiteral("n"), a.name.trimmed()},
                           {QStringLiteral("a"), a.address},
                           {QStringLiteral("m"), a.mode},
                           {QStringLiteral("s"), section},
                           {QStringLiteral("r"), receipt}});
            }
        }
    }
    IssueResult result;
    result.dispatchNo = dispatchNo;
    result.sha256 = sha;
    result.pdfSigned = copy.signatureBox;
    result.tokenSigned = token.id != 0;
    result.pdfUnsignedReason = unsignedWhy;
    QSqlQuery &r = m_db.exec(QStringLiteral("SELECT r.diary_no FROM dispatch_entries e JOIN receipts r ON "
                                            "r.id = e.receipt_id WHERE e.letter_id = :l ORDER BY e.position"),
                             {{QStringLiteral("l"), letterId}});
    while (r.next())
        result.receiptDiaryNos << r.value(0).toString();
    r.finish();
    m_keyed.record(encodeIssue(result), m_clock.nowMs());
    tx.commit();
    return result;
}

void DraftService::recordPostage(const QString &dispatchNo, int position, int paise)
{
    once("dispatch.postage", [&] {
        doRecordPostage(dispatchNo, position, paise);
        return QString();
    });
}

void DraftService::doRecordPostage(const QString &dispatchNo, int position, int paise)
{
    if (paise < 0 || paise > 100000000)
        fail(NastiError::Kind::Invalid, tr("The postage must be between 0 and 10,00,000 rupees."));
    if (m_session.role == Role::Reviewer)
        fail(NastiError::Kind::Refused, tr("A reviewer cannot write in the dispatch register."));
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    Transaction tx(m_db);
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT e.id, e.mode, e.postage_paise, l.section_id FROM dispatch_entries e "
                                 "JOIN issued_letters l ON l.id = e.letter_id WHERE l.dispatch_no = :d "
                                 "AND e.position = :p"),
                  {{QStringLiteral("d"), dispatchNo.trimmed()}, {QStringLiteral("p"), position}});
    if (!q.next()) {
        q.finish();
        fail(NastiError::Kind::NotFound,
             tr("The dispatch register has no entry %1 of %2.").arg(position).arg(dispatchNo.trimmed()));
    }
    const qint64 id = q.value(0).toLongLong();
    const QString mode = q.value(1).toString();
    const bool recorded = !q.value(2).isNull();
    const qint64 section = q.value(3).toLongLong();
    q.finish();
    bool mine = false;
    for (const PostRef &p : m_session.posts)
        mine = mine || p.sectionId == section;
    if (!mine)
        fail(NastiError::Kind::Refused, tr("Only the issuing section writes in its dispatch register."));
    if (mode != QLatin1String("post"))
        fail(NastiError::Kind::Refused,
             tr("Entry %1 of %2 was not sent by post.").arg(position).arg(dispatchNo));
    if (recorded)
        fail(NastiError::Kind::Refused,
             tr("The postage of entry %1 of %2 is recorded already.").arg(position).arg(dispatchNo));
    m_db.exec(
        QStringLiteral("UPDATE dispatch_entries SET postage_paise = :p, postage_at = :now WHERE id = :id"),
        {{QStringLiteral("p"), paise}, {QStringLiteral("now"), now}, {QStringLiteral("id"), id}});
    m_keyed.record(QString(), m_clock.nowMs());
    tx.commit();
}

void DraftService::setLetterhead(const QString &departmentCode, const QString &language,
                                 const QString &heading, const QString &address)
{
    once("letterhead.set", [&] {
        doSetLetterhead(departmentCode, language, heading, address);
        return QString();
    });
}

void DraftService::doSetLetterhead(const QString &departmentCode, const QString &language,
                                   const QString &heading, const QString &address)
{
    if (m_session.role != Role::Admin)
        fail(NastiError::Kind::Refused, tr("Only an administrator sets letterheads."));
    if (language != QLatin1String("en") && language != QLatin1String("hi"))
        fail(NastiError::Kind::Invalid,
             tr("A letterhead is in Hindi (hi) or English (en), not “%1”.").arg(language));
    textfields::multiLine(heading, tr("heading"));
    textfields::multiLine(address, tr("address"));
    if (heading.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("The letterhead has no heading."));
    if (heading.size() > 500 || address.size() > 500)
        fail(NastiError::Kind::Invalid,
             tr("The letterhead's heading and address have at most 500 characters each."));
    const QVariant department = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE code = :c"),
                                            {{QStringLiteral("c"), departmentCode.trimmed()}});
    if (!department.isValid())
        fail(NastiError::Kind::NotFound, tr("There is no department “%1”.").arg(departmentCode.trimmed()));
    const qint64 now = m_clock.nowMs();
    m_db.setActing(m_session.userId, now);
    Transaction tx(m_db);
    m_db.exec(QStringLiteral(
                  "INSERT INTO letterheads (department_id, language, heading, address, updated_at) "
                  "VALUES (:d, :l, :h, :a, :now) ON CONFLICT (department_id, language) DO UPDATE SET "
                  "heading = excluded.heading, address = excluded.address, updated_at = excluded.updated_at"),
              {{QStringLiteral("d"), department},
               {QStringLiteral("l"), language},
               {QStringLiteral("h"), heading.trimmed()},
               {QStringLiteral("a"), address.trimmed()},
               {QStringLiteral("now"), now}});
    m_keyed.record(QString(), m_clock.nowMs());
    tx.commit();
}

} // namespace nasti
