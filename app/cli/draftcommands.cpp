#include "draftcommands.h"

#include "clicontext.h"
#include "jsonout.h"

#include "domain/faircopy.h"
#include "domain/textfields.h"
#include "letters/faircopypdf.h"
#include "letters/versiondiff.h"
#include "services/draftqueries.h"
#include "services/draftservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

QByteArray readFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::Invalid, tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > limit)
        fail(NastiError::Kind::Invalid, tr("The file %1 is too large.").arg(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(path, f.errorString()));
}

int intArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        throw UsageError{tr("%1 must be a whole number above 0, not “%2”.").arg(what, text)};
    return n;
}

// The content options shared by draft new and draft revise.
struct ContentOptions
{
    QCommandLineOption subject{QStringLiteral("subject"),
                               QCoreApplication::translate("nasti::cli", "The subject."),
                               QStringLiteral("TEXT")};
    QCommandLineOption to{QStringLiteral("to"),
                          QCoreApplication::translate(
                              "nasti::cli",
                              "An addressee, as name|address|mode|section (mode: nasti, email, post, hand; "
                              "section with nasti). Repeat for several."),
                          QStringLiteral("SPEC")};
    QCommandLineOption copyTo{
        QStringLiteral("copy-to"),
        QCoreApplication::translate("nasti::cli", "A copy to, as for --to. Repeat for several."),
        QStringLiteral("SPEC")};
    QCommandLineOption reference{
        QStringLiteral("reference"),
        QCoreApplication::translate("nasti::cli", "The reference (the letter it answers)."),
        QStringLiteral("TEXT")};
    QCommandLineOption bodyFile{
        QStringLiteral("body-file"),
        QCoreApplication::translate("nasti::cli",
                                    "The text, from a UTF-8 file: HTML if it ends in .html, else plain text "
                                    "(paragraphs split by blank lines)."),
        QStringLiteral("PATH")};
    QCommandLineOption pdf{
        QStringLiteral("pdf"),
        QCoreApplication::translate("nasti::cli", "The draft as an uploaded PDF instead of a text."),
        QStringLiteral("PATH")};

    void add(QCommandLineParser &p) { p.addOptions({subject, to, copyTo, reference, bodyFile, pdf}); }

    // The content from the options; for a revision, what is not given is the previous version's.
    DraftContent read(const QCommandLineParser &p, const DraftVersionView *previous) const
    {
        DraftContent c;
        if (previous) {
            c.subject = previous->subject;
            c.addressees = previous->addressees;
            c.copyTo = previous->copyTo;
            c.reference = previous->reference;
            c.bodyHtml = previous->bodyHtml;
        }
        if (p.isSet(subject))
            c.subject = p.value(subject);
        if (p.isSet(to)) {
            c.addressees.clear();
            for (const QString &spec : p.values(to))
                c.addressees << Addressee::parse(spec);
        }
        if (p.isSet(copyTo)) {
            c.copyTo.clear();
            for (const QString &spec : p.values(copyTo))
                if (!spec.trimmed().isEmpty())
                    c.copyTo << Addressee::parse(spec);
        }
        if (p.isSet(reference))
            c.reference = p.value(reference);
        if (p.isSet(bodyFile) && p.isSet(pdf))
            throw UsageError{
                QCoreApplication::translate("nasti::cli", "Give --body-file or --pdf, not both.")};
        if (p.isSet(bodyFile)) {
            const QString text = QString::fromUtf8(readFile(p.value(bodyFile), 4 * 1024 * 1024));
            c.bodyHtml = p.value(bodyFile).endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                             ? text
                             : richtext::fromPlainText(text);
        }
        if (p.isSet(pdf)) {
            c.pdf = readFile(p.value(pdf), 100 * 1024 * 1024);
            c.pdfFileName = QFileInfo(p.value(pdf)).fileName();
            c.bodyHtml.clear();
        } else if (previous && !previous->pdfSha256.isEmpty() && !p.isSet(bodyFile)) {
            throw UsageError{QCoreApplication::translate(
                "nasti::cli", "The previous version is an uploaded PDF; give --pdf or --body-file.")};
        }
        return c;
    }
};

QJsonObject addresseeJson(const Addressee &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("address"), a.address},
                  {QStringLiteral("mode"), a.mode}};
    if (!a.section.isEmpty())
        o.insert(QStringLiteral("section"), a.section);
    return o;
}

QJsonObject draftJson(const DraftView &d)
{
    QJsonArray versions;
    for (const DraftVersionView &v : d.versions) {
        QJsonArray to, copies;
        for (const Addressee &a : v.addressees)
            to << addresseeJson(a);
        for (const Addressee &a : v.copyTo)
            copies << addresseeJson(a);
        QJsonObject o{{QStringLiteral("version"), v.version},
                      {QStringLiteral("subject"), v.subject},
                      {QStringLiteral("to"), to},
                      {QStringLiteral("copy_to"), copies},
                      {QStringLiteral("reference"), v.reference},
                      {QStringLiteral("author"), v.authorName},
                      {QStringLiteral("post"), v.authorPostCode},
                      {QStringLiteral("written_at"), json::time(v.createdAt)},
                      {QStringLiteral("approved"), v.approved()}};
        if (!v.pdfSha256.isEmpty())
            o.insert(QStringLiteral("pdf_sha256"), v.pdfSha256);
        if (v.approved()) {
            o.insert(QStringLiteral("approved_by"), v.approverPostCode);
            o.insert(QStringLiteral("approved_at"), json::time(v.approvedAt));
        }
        versions << o;
    }
    QJsonObject o{{QStringLiteral("draft"), d.number},
                  {QStringLiteral("kind"), d.kind},
                  {QStringLiteral("language"), d.language},
                  {QStringLiteral("created_by"), d.createdByPostCode},
                  {QStringLiteral("versions"), versions},
                  {QStringLiteral("status"), d.issued()         ? QStringLiteral("issued")
                                             : d.readyToIssue() ? QStringLiteral("approved")
                                                                : QStringLiteral("awaiting-approval")}};
    if (d.issued()) {
        o.insert(QStringLiteral("dispatch_no"), d.dispatchNo);
        o.insert(QStringLiteral("issued_at"), json::time(d.issuedAt));
        o.insert(QStringLiteral("pdf_sha256"), d.issuedPdfSha256);
    }
    return o;
}

const DraftView &findDraft(const QList<DraftView> &drafts, const QString &fileNo, int number)
{
    for (const DraftView &d : drafts)
        if (d.number == number)
            return d;
    fail(NastiError::Kind::NotFound, tr("File %1 has no draft %2.").arg(fileNo).arg(number));
}

} // namespace

int draft(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin draft ") + sub;
    const QStringList rest = args.mid(1);
    QCommandLineParser p;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON."));
    if (sub == QLatin1String("new")) {
        ContentOptions content;
        const QCommandLineOption kind(
            QStringLiteral("kind"),
            tr("letter, office_memorandum, order, notification, circular, do_letter or "
               "cabinet_note."),
            QStringLiteral("KIND"), QStringLiteral("letter"));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("The draft's language: en or hi."),
                                      QStringLiteral("LANG"), QStringLiteral("en"));
        p.addOptions({kind, lang});
        content.add(p);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("Start a draft for approval in a file you hold; prints its number."),
                       QStringLiteral("FILE_NO")))
            return 0;
        if (p.positionalArguments().size() != 1)
            throw UsageError{tr("draft new takes one FILE_NO.")};
        NewDraftRequest r;
        r.fileNo = p.positionalArguments().first();
        r.kind = p.value(kind);
        r.language = p.value(lang);
        r.content = content.read(p, nullptr);
        const int n = DraftService(ctx.db(), ctx.clock(), ctx.session(), &ctx.inspector()).create(r);
        ctx.out() << tr("Draft %1 of %2, version 1.").arg(n).arg(r.fileNo.trimmed()) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("revise")) {
        ContentOptions content;
        content.add(p);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        p.addPositionalArgument(QStringLiteral("DRAFT"), tr("The draft's number in the file."));
        if (!ctx.parse(
                p, QStringList{path} + rest,
                tr("Write a new version of a draft in a file you hold; what you do not give is kept from "
                   "the latest version. Prints the version's number."),
                QStringLiteral("FILE_NO DRAFT")))
            return 0;
        if (p.positionalArguments().size() != 2)
            throw UsageError{tr("draft revise takes FILE_NO and DRAFT.")};
        const QString fileNo = p.positionalArguments().at(0);
        const int number = intArgument(p.positionalArguments().at(1), QStringLiteral("DRAFT"));
        ctx.session();
        const QList<DraftView> drafts = DraftQueries(ctx.db()).drafts(fileNo);
        const DraftView &d = findDraft(drafts, fileNo, number);
        const DraftContent c = content.read(p, d.latest());
        const int v =
            DraftService(ctx.db(), ctx.clock(), ctx.session(), &ctx.inspector()).revise(fileNo, number, c);
        ctx.out() << tr("Draft %1 of %2, version %3.").arg(number).arg(fileNo.trimmed()).arg(v) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("show")) {
        const QCommandLineOption pdf(QStringLiteral("pdf"),
                                     tr("Write the draft's fair copy (as issued, or a preview of the latest "
                                        "version) to this PDF."),
                                     QStringLiteral("PATH"));
        p.addOptions({jsonOpt, pdf});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        p.addPositionalArgument(QStringLiteral("DRAFT"), tr("Only this draft."), QStringLiteral("[DRAFT]"));
        if (!ctx.parse(p, QStringList{path} + rest, tr("The drafts of a file, version by version."),
                       QStringLiteral("FILE_NO [DRAFT]")))
            return 0;
        const QStringList pos = p.positionalArguments();
        if (pos.isEmpty() || pos.size() > 2)
            throw UsageError{tr("draft show takes FILE_NO and, optionally, DRAFT.")};
        ctx.session();
        QList<DraftView> drafts = DraftQueries(ctx.db()).drafts(pos.at(0));
        if (pos.size() == 2) {
            const int number = intArgument(pos.at(1), QStringLiteral("DRAFT"));
            drafts = {findDraft(drafts, pos.at(0), number)};
        }
        if (p.isSet(pdf)) {
            if (drafts.size() != 1)
                throw UsageError{tr("draft show --pdf needs the DRAFT number.")};
            const DraftView &d = drafts.first();
            QByteArray bytes;
            if (d.issued())
                bytes = ctx.db()
                            .scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                                    {{QStringLiteral("s"), d.issuedPdfSha256}})
                            .toByteArray();
            else
                bytes =
                    FairCopyPdf().render(DraftService(ctx.db(), ctx.clock(), ctx.session(), &ctx.inspector())
                                             .fairCopy(pos.at(0), d.number));
            writeFile(p.value(pdf), bytes);
        }
        if (p.isSet(jsonOpt)) {
            QJsonArray a;
            for (const DraftView &d : drafts)
                a << draftJson(d);
            ctx.out() << json::dump(QJsonObject{{QStringLiteral("file_no"), pos.at(0).trimmed()},
                                                {QStringLiteral("drafts"), a}})
                      << Qt::endl;
            return 0;
        }
        if (drafts.isEmpty())
            ctx.out() << tr("File %1 has no drafts.").arg(pos.at(0).trimmed()) << Qt::endl;
        for (const DraftView &d : drafts) {
            ctx.out() << d.title() << "  "
                      << (d.language == QLatin1String("hi") ? tr("Hindi") : tr("English"));
            if (d.issued())
                ctx.out() << "  " << tr("issued as %1 on %2").arg(d.dispatchNo, json::time(d.issuedAt));
            else if (d.readyToIssue())
                ctx.out() << "  " << tr("approved, not yet issued");
            else
                ctx.out() << "  " << tr("awaiting approval");
            ctx.out() << Qt::endl;
            for (const DraftVersionView &v : d.versions) {
                ctx.out() << "  "
                          << tr("v%1  %2  %3 (%4)  %5")
                                 .arg(v.version)
                                 .arg(json::time(v.createdAt), textfields::printable(v.authorName),
                                      v.authorPostCode, textfields::printable(v.subject));
                if (v.approved())
                    ctx.out() << "  " << tr("approved by %1").arg(v.approverPostCode);
                ctx.out() << Qt::endl;
            }
        }
        return 0;
    }
    if (sub == QLatin1String("diff")) {
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        p.addPositionalArgument(QStringLiteral("DRAFT"), tr("The draft's number in the file."));
        p.addPositionalArgument(QStringLiteral("V1"), tr("The older version."));
        p.addPositionalArgument(QStringLiteral("V2"), tr("The newer version."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("What changed between two versions of a draft: [-removed-] and {+added+}."),
                       QStringLiteral("FILE_NO DRAFT V1 V2")))
            return 0;
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 4)
            throw UsageError{tr("draft diff takes FILE_NO, DRAFT, V1 and V2.")};
        ctx.session();
        const QList<DraftView> drafts = DraftQueries(ctx.db()).drafts(pos.at(0));
        const DraftView &d = findDraft(drafts, pos.at(0), intArgument(pos.at(1), QStringLiteral("DRAFT")));
        const DraftVersionView *a = d.version(intArgument(pos.at(2), QStringLiteral("V1")));
        const DraftVersionView *b = d.version(intArgument(pos.at(3), QStringLiteral("V2")));
        if (!a || !b)
            fail(NastiError::Kind::NotFound,
                 tr("Draft %1 has versions 1 to %2.").arg(d.number).arg(d.versions.size()));
        ctx.out() << textfields::printable(VersionDiff::unified(VersionDiff::comparableText(*a),
                                                                VersionDiff::comparableText(*b)))
                         .replace(QLatin1String("\\n"), QLatin1String("\n"))
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("approve")) {
        const QCommandLineOption version(QStringLiteral("version"),
                                         tr("The version you approve (default: the latest)."),
                                         QStringLiteral("N"));
        const QCommandLineOption remarks(QStringLiteral("remarks"),
                                         tr("Your remarks, recorded with the approval."),
                                         QStringLiteral("TEXT"));
        p.addOptions({version, remarks});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        p.addPositionalArgument(QStringLiteral("DRAFT"), tr("The draft's number in the file."));
        if (!ctx.parse(
                p, QStringList{path} + rest,
                tr("Approve a version of a draft in a file you hold (officers); recorded on the note sheet."),
                QStringLiteral("FILE_NO DRAFT")))
            return 0;
        if (p.positionalArguments().size() != 2)
            throw UsageError{tr("draft approve takes FILE_NO and DRAFT.")};
        const int number = intArgument(p.positionalArguments().at(1), QStringLiteral("DRAFT"));
        const int v = p.isSet(version) ? intArgument(p.value(version), QStringLiteral("--version")) : 0;
        DraftService(ctx.db(), ctx.clock(), ctx.session(), &ctx.inspector())
            .approve(p.positionalArguments().at(0), number, v, p.value(remarks));
        ctx.out() << tr("Draft %1 of %2 approved.").arg(number).arg(p.positionalArguments().at(0).trimmed())
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("issue")) {
        const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Also write the fair copy to this PDF."),
                                     QStringLiteral("PATH"));
        const QCommandLineOption version(
            QStringLiteral("version"), tr("The version you mean to issue (refused unless it is the latest)."),
            QStringLiteral("N"));
        const QCommandLineOption pinFile(QStringLiteral("token-pin-file"),
                                         tr("Sign with your registered DSC token, its PIN on this file's "
                                            "first line (or NASTI_TOKEN_PIN)."),
                                         QStringLiteral("FILE"));
        const QCommandLineOption tokenModule(
            QStringLiteral("token-module"),
            tr("The token's PKCS#11 driver on this computer, when not where it was registered."),
            QStringLiteral("PATH"));
        p.addOptions({pdf, version, jsonOpt, pinFile, tokenModule});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        p.addPositionalArgument(QStringLiteral("DRAFT"), tr("The draft's number in the file."));
        if (!ctx.parse(
                p, QStringList{path} + rest,
                tr("Issue the approved latest version of a draft: the section's next dispatch number, the "
                   "fair copy, the dispatch register and, for sections addressed through Nasti, a receipt in "
                   "their dak. Prints the dispatch number."),
                QStringLiteral("FILE_NO DRAFT")))
            return 0;
        if (p.positionalArguments().size() != 2)
            throw UsageError{tr("draft issue takes FILE_NO and DRAFT.")};
        const QString fileNo = p.positionalArguments().at(0);
        const int number = intArgument(p.positionalArguments().at(1), QStringLiteral("DRAFT"));
        TokenLogin token;
        if (p.isSet(pinFile)) {
            QFile f(p.value(pinFile));
            if (!f.open(QIODevice::ReadOnly))
                fail(NastiError::Kind::NotFound, tr("Cannot read the PIN file %1.").arg(p.value(pinFile)));
            token.pin = f.readLine().trimmed();
        } else {
            token.pin = qgetenv("NASTI_TOKEN_PIN");
        }
        token.modulePath = p.value(tokenModule);
        const IssueResult r =
            DraftService(ctx.db(), ctx.clock(), ctx.session(), &ctx.inspector())
                .issue(fileNo, number, FairCopyPdf(),
                       p.isSet(version) ? intArgument(p.value(version), QStringLiteral("--version")) : 0,
                       token);
        token.pin.fill('\0');
        if (p.isSet(pdf))
            writeFile(p.value(pdf),
                      ctx.db()
                          .scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                                  {{QStringLiteral("s"), r.sha256}})
                          .toByteArray());
        if (!r.pdfUnsignedReason.isEmpty())
            ctx.err() << QStringLiteral("nasti-admin: ")
                      << tr("warning: %1 was issued without a PDF signature: %2.")
                             .arg(r.dispatchNo, r.pdfUnsignedReason)
                      << Qt::endl;
        if (p.isSet(jsonOpt)) {
            ctx.out() << json::dump(QJsonObject{
                             {QStringLiteral("dispatch_no"), r.dispatchNo},
                             {QStringLiteral("pdf_sha256"), r.sha256},
                             {QStringLiteral("pdf_signed"), r.pdfSigned},
                             {QStringLiteral("token_signed"), r.tokenSigned},
                             {QStringLiteral("receipts"), QJsonArray::fromStringList(r.receiptDiaryNos)}})
                      << Qt::endl;
            return 0;
        }
        ctx.out() << r.dispatchNo << Qt::endl;
        for (const QString &diary : r.receiptDiaryNos)
            ctx.out() << tr("  delivered through Nasti as receipt %1").arg(diary) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        ctx.out() << tr("Usage: nasti-admin --as LOGIN draft new|revise|show|diff|approve|issue ... (each "
                        "has --help)")
                  << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    throw UsageError{tr("Unknown draft command “%1” (new, revise, show, diff, approve, issue).").arg(sub)};
}

int dispatch(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin dispatch ") + sub;
    QCommandLineParser p;
    if (sub == QLatin1String("list")) {
        const QCommandLineOption section(QStringLiteral("section"),
                                         tr("The section's register (default: yours)."),
                                         QStringLiteral("CODE"));
        const QCommandLineOption search(
            QStringLiteral("search"),
            tr("Only entries whose dispatch number, file number, subject or addressee "
               "contains this."),
            QStringLiteral("TEXT"));
        const QCommandLineOption csv(QStringLiteral("csv"), tr("Write CSV to PATH (- for standard output)."),
                                     QStringLiteral("PATH"));
        const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON."));
        p.addOptions({section, search, csv, jsonOpt});
        if (!ctx.parse(p, QStringList{path} + args.mid(1), tr("The dispatch register, newest first.")))
            return 0;
        const QList<DispatchRow> rows =
            DraftQueries(ctx.db()).dispatchRegister(ctx.session(), p.value(section), p.value(search), 100000);
        if (p.isSet(csv)) {
            const QString text = DraftQueries::registerCsv(rows);
            if (p.value(csv) == QLatin1String("-"))
                ctx.out() << text << Qt::flush;
            else
                writeFile(p.value(csv), text.toUtf8());
            return 0;
        }
        if (p.isSet(jsonOpt)) {
            QJsonArray a;
            for (const DispatchRow &r : rows)
                a << QJsonObject{{QStringLiteral("dispatch_no"), r.dispatchNo},
                                 {QStringLiteral("issued_at"), json::time(r.issuedAt)},
                                 {QStringLiteral("file_no"), r.fileNo},
                                 {QStringLiteral("subject"), r.subject},
                                 {QStringLiteral("position"), r.position},
                                 {QStringLiteral("copy"), r.copy},
                                 {QStringLiteral("addressee"), r.addressee},
                                 {QStringLiteral("mode"), r.mode},
                                 {QStringLiteral("to_section"), r.toSectionCode},
                                 {QStringLiteral("diary_no"), r.diaryNo},
                                 {QStringLiteral("postage_paise"),
                                  r.postagePaise < 0 ? QJsonValue() : QJsonValue(r.postagePaise)}};
            ctx.out() << json::dump(QJsonObject{{QStringLiteral("entries"), a}}) << Qt::endl;
            return 0;
        }
        if (rows.isEmpty())
            ctx.out() << tr("The dispatch register has no entries.") << Qt::endl;
        for (const DispatchRow &r : rows)
            ctx.out() << r.dispatchNo << "  " << json::time(r.issuedAt) << "  " << r.fileNo << "  #"
                      << r.position << (r.copy ? tr(" (copy)") : QString()) << "  "
                      << textfields::printable(r.addressee) << "  " << r.mode
                      << (r.diaryNo.isEmpty() ? QString() : QStringLiteral(" → ") + r.diaryNo) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("postage")) {
        p.addPositionalArgument(QStringLiteral("DISPATCH_NO"), tr("The dispatch number."));
        p.addPositionalArgument(QStringLiteral("POSITION"),
                                tr("The entry's position in the letter's register."));
        p.addPositionalArgument(QStringLiteral("RUPEES"), tr("The postage, in rupees (e.g. 42.50)."));
        if (!ctx.parse(p, QStringList{path} + args.mid(1), tr("Record the postage of an entry sent by post."),
                       QStringLiteral("DISPATCH_NO POSITION RUPEES")))
            return 0;
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 3)
            throw UsageError{tr("dispatch postage takes DISPATCH_NO, POSITION and RUPEES.")};
        bool ok = false;
        const double rupees = pos.at(2).toDouble(&ok);
        if (!ok || rupees < 0)
            throw UsageError{tr("RUPEES must be an amount such as 42.50, not “%1”.").arg(pos.at(2))};
        DraftService(ctx.db(), ctx.clock(), ctx.session())
            .recordPostage(pos.at(0), intArgument(pos.at(1), QStringLiteral("POSITION")),
                           qRound(rupees * 100));
        ctx.out() << tr("Postage recorded.") << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        ctx.out() << tr("Usage: nasti-admin --as LOGIN dispatch list|postage ... (each has --help)")
                  << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    throw UsageError{tr("Unknown dispatch command “%1” (list, postage).").arg(sub)};
}

int letterhead(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    if (sub != QLatin1String("set")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out() << tr("Usage: nasti-admin --as ADMIN letterhead set DEPARTMENT ... (see --help)")
                      << Qt::endl;
            return 0;
        }
        throw UsageError{tr("Unknown letterhead command “%1” (only: set).").arg(sub)};
    }
    const QCommandLineOption lang(QStringLiteral("lang"), tr("en or hi."), QStringLiteral("LANG"));
    const QCommandLineOption heading(QStringLiteral("heading"),
                                     tr("The lines at the top (\\n between lines): government, department."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption address(QStringLiteral("address"), tr("The address line(s)."),
                                     QStringLiteral("TEXT"));
    p.addOptions({lang, heading, address});
    p.addPositionalArgument(QStringLiteral("DEPARTMENT"), tr("The department's code."));
    if (!ctx.parse(p, QStringList{QStringLiteral("nasti-admin letterhead set")} + args.mid(1),
                   tr("Set a department's letterhead in one language (administrators)."),
                   QStringLiteral("DEPARTMENT")))
        return 0;
    if (p.positionalArguments().size() != 1 || !p.isSet(lang) || !p.isSet(heading))
        throw UsageError{tr("letterhead set takes DEPARTMENT, --lang and --heading.")};
    const auto lines = [](QString s) {
        return s.replace(QLatin1String("\\n"), QLatin1String("\n"));
    };
    DraftService(ctx.db(), ctx.clock(), ctx.session())
        .setLetterhead(p.positionalArguments().first(), p.value(lang), lines(p.value(heading)),
                       lines(p.value(address)));
    ctx.out() << tr("Letterhead set.") << Qt::endl;
    return 0;
}

} // namespace nasti::cli
