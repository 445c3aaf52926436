#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nasti {

// The kinds of draft CSMOP lists (forms of communication), by their stored codes.
namespace draftkinds {
QStringList codes(); // letter, office_memorandum, order, notification, circular, do_letter, cabinet_note
QString label(const QString &code); // translated: "Letter", "Office Memorandum" ...
bool isKnown(const QString &code);
} // namespace draftkinds

// How a letter goes to an addressee: through Nasti (to a section of this office, as a
// receipt in its dak), by e-mail, by post, or by hand.
namespace dispatchmodes {
QStringList codes(); // nasti, email, post, hand
QString label(const QString &code);
bool isKnown(const QString &code);
} // namespace dispatchmodes

struct Addressee
{
    QString name;    // "The Secretary, Finance Department"
    QString address; // postal or e-mail address; may be empty
    QString mode = QStringLiteral("post");
    QString section; // with mode "nasti": the receiving section's code

    bool operator==(const Addressee &o) const = default;
    // One line: "name, address (mode)".
    QString display() const;

    static QJsonArray toJson(const QList<Addressee> &list);
    // Throws NastiError(Invalid) naming the problem.
    static QList<Addressee> fromJson(const QString &json);
    // "name|address|mode|section" (the CLI's --to and --copy-to); the mode defaults to post.
    static Addressee parse(const QString &spec);
};

} // namespace nasti

namespace nasti {

struct DraftVersionView
{
    qint64 id = 0;
    int version = 0;
    QString subject, reference, bodyHtml, pdfSha256;
    QList<Addressee> addressees, copyTo;
    QString authorName, designation, authorPostCode;
    qint64 authorPostId = 0, createdAt = 0;
    // its approval, if any
    qint64 approvedAt = 0;
    QString approverName, approverDesignation, approverPostCode;
    bool approved() const { return approvedAt != 0; }
};

struct DraftView
{
    qint64 id = 0;
    int number = 0;
    QString kind, language, createdByPostCode;
    qint64 createdAt = 0;
    QList<DraftVersionView> versions; // oldest first
    // once issued
    QString dispatchNo, issuedPdfSha256;
    qint64 issuedAt = 0;

    bool issued() const { return issuedAt != 0; }
    const DraftVersionView *latest() const { return versions.isEmpty() ? nullptr : &versions.last(); }
    const DraftVersionView *version(int v) const
    {
        for (const DraftVersionView &x : versions)
            if (x.version == v)
                return &x;
        return nullptr;
    }
    bool awaitingApproval() const { return !issued() && latest() && !latest()->approved(); }
    bool readyToIssue() const { return !issued() && latest() && latest()->approved(); }
    // "Draft 2 (Letter)"
    QString title() const;
};

// A row of a section's dispatch register.
struct DispatchRow
{
    qint64 letterId = 0, entryId = 0;
    QString dispatchNo, fileNo, subject, sectionCode;
    qint64 issuedAt = 0;
    int position = 0;
    bool copy = false;
    QString addressee, address, mode, toSectionCode, diaryNo;
    int postagePaise = -1; // -1: none recorded
    QString issuedByPostCode, signedByPostCode, pdfSha256;
};

namespace richtext {
// A plain text (paragraphs split by blank lines) as the HTML a draft body is stored in.
QString fromPlainText(const QString &text);
// The visible text of a stored body, roughly (tags dropped, entities decoded): for
// checks and search in the core, which has no QTextDocument.
QString visibleText(const QString &html);
} // namespace richtext

} // namespace nasti
