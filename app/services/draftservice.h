#pragma once

#include "domain/drafts.h"
#include "services/actionkey.h"
#include "services/session.h"

#include <QByteArray>
#include <QString>

namespace nasti {

class Database;
class Clock;
class DocumentInspector;
class FairCopyRenderer;
struct FairCopy;

// What a version of a draft says.
struct DraftContent
{
    QString subject;
    QList<Addressee> addressees, copyTo;
    QString reference; // the PUC's letter number and date, say
    QString bodyHtml;  // rich text; or, instead:
    QByteArray pdf;    // an uploaded PDF
    QString pdfFileName;
};

struct NewDraftRequest
{
    QString fileNo;
    QString kind = QStringLiteral("letter"); // draftkinds code
    QString language = QStringLiteral("en"); // en or hi
    DraftContent content;
};

struct IssueResult
{
    QString dispatchNo;
    QString sha256;              // of the fair copy (as signed)
    bool pdfSigned = false;      // the fair copy carries the issuer's PDF signature
    bool tokenSigned = false;    // made with his registered DSC token (PKCS#11)
    QString pdfUnsignedReason;   // why not, when he signs but could not sign the PDF (translated)
    QStringList receiptDiaryNos; // what it became in other sections' dak
};

// How the issuer signs the fair copy with his DSC token (schema step 018): the token's PIN
// (asked by the client) and, when this desktop's driver lies elsewhere than the one the
// administrator registered, its path. An issuer with a registered, valid token signs with
// it; no PIN for him is refused, as is a PIN from one without such a registration.
struct TokenLogin
{
    QByteArray pin;
    QString modulePath;
    bool given() const { return !pin.isEmpty(); }
};

// Drafts for approval and their issue (DFA; CSMOP). Whoever holds the file drafts
// and revises, version by version (each version frozen when written); an officer
// holding it approves one version, recorded as a note; the dealing section issues
// the approved latest version with the next number of its dispatch register and a
// rendered fair copy. Each action is one transaction; a refusal writes nothing and
// throws a NastiError with one line saying why.
class DraftService
{
public:
    DraftService(Database &db, const Clock &clock, Session session,
                 const DocumentInspector *inspector = nullptr);

    // Returns the draft's number in its file.
    int create(const NewDraftRequest &request);
    // Returns the new version's number.
    int revise(const QString &fileNo, int draft, const DraftContent &content);
    // version 0: the latest.
    void approve(const QString &fileNo, int draft, int version, const QString &remarks);
    // version 0: the latest; an older version is refused as superseded. The fair copy
    // carries a QR code (number, date, file, the approved version's hash) and, when the
    // issuer signs, his standard PDF signature in the box above the signer's name, made in
    // this transaction before the letter's record is signed over the signed PDF's hash.
    // The issuer signs, not the approver named in the block: the letter is issued by the
    // section, where only the issuer's own key is at hand, and the schema already names the
    // issuer as the one who signs the issued letter; the approver's signatures are on the
    // version and the approval (CSMOP: an officer authenticates "for" the signing authority).
    // With a DSC token registered to the issuer, the PDF signature is the token's (see
    // TokenLogin); a wrong PIN, a missing token or an expired registration issues nothing.
    IssueResult issue(const QString &fileNo, int draft, const FairCopyRenderer &renderer, int version = 0,
                      const TokenLogin &token = {});
    void recordPostage(const QString &dispatchNo, int position, int paise);
    // The administrator's: a department's letterhead in one language.
    void setLetterhead(const QString &departmentCode, const QString &language, const QString &heading,
                       const QString &address);

    // The fair copy of a draft's latest version as it would be issued now (a preview:
    // no number yet), or as it was issued.
    FairCopy fairCopy(const QString &fileNo, int draft);

    // Issue 19: names the action the user started; create, revise, approve, issue,
    // recordPostage and setLetterhead are then done once per key (see FileService). Without a
    // key of its own the service takes its calls' keys from ActionKey::current().
    void setActionKey(ActionKey key) { m_keyed.setKey(std::move(key)); }
    bool replayed() const { return m_keyed.replayed(); }

private:
    template<class Body> QString once(const char *kind, Body body);
    int doCreate(const NewDraftRequest &request);
    int doRevise(const QString &fileNo, int draft, const DraftContent &content);
    void doApprove(const QString &fileNo, int draft, int version, const QString &remarks);
    IssueResult doIssue(const QString &fileNo, int draft, const FairCopyRenderer &renderer, int asked,
                        const TokenLogin &tokenLogin);
    void doRecordPostage(const QString &dispatchNo, int position, int paise);
    void doSetLetterhead(const QString &departmentCode, const QString &language, const QString &heading,
                         const QString &address);

    struct FileRef
    {
        qint64 id = 0, holderPostId = 0, sectionId = 0, departmentId = 0;
        QString fileNo, status;
        int grading = 0;
    };
    FileRef lockFile(const QString &fileNo);
    const PostRef &holderPost(const FileRef &file, const QString &what) const;
    qint64 draftId(const FileRef &file, int draft);
    void checkContent(const DraftContent &content, const FileRef &file) const;
    int insertVersion(const FileRef &file, qint64 draftId, const PostRef &post, const DraftContent &content,
                      qint64 now);
    // The signature block is the version's approver's (empty while it is unapproved).
    FairCopy gather(qint64 draftId, qint64 versionId);

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    const DocumentInspector *m_inspector;
    KeyedCalls m_keyed;
};

} // namespace nasti
