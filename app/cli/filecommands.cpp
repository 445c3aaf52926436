#include "filecommands.h"

#include "clicontext.h"
#include "jsonout.h"

#include "domain/textfields.h"
#include "report/acknowledgement.h"
#include "services/filequeries.h"
#include "services/fileservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QCommandLineOption &o)
{
    if (!p.isSet(o))
        return std::nullopt;
    const auto d = codes::parseIsoDate(p.value(o));
    if (!d)
        throw UsageError{
            tr("--%1 must be a date written YYYY-MM-DD, not “%2”.").arg(o.names().constFirst(), p.value(o))};
    return d;
}

QString oneFileNo(const QCommandLineParser &p, const QString &command)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("file %1 takes one FILE_NO.").arg(command)};
    return p.positionalArguments().first();
}

void printDetail(CliContext &ctx, const FileDetail &d)
{
    QTextStream &o = ctx.out();
    const FileSummary &f = d.summary;
    // Text stored before issue 13 may hold control characters: never let them reach the terminal.
    const auto safe = [](const QString &s) {
        return textfields::printable(s);
    };
    const auto safeNote = [](const QString &s) {
        return textfields::printable(s)
            .replace(QLatin1String("\\n"), QLatin1String("\n"))
            .replace(QLatin1String("\\t"), QLatin1String("\t"));
    };
    o << f.fileNo << "  " << safe(f.subject) << Qt::endl;
    o << tr("Status: %1   Custodian: %2 (since %3)   Priority: %4   Grading: %5")
             .arg(codes::status(f.status), f.holderPostCode, json::time(f.holderSince),
                  codes::priority(f.priority), codes::grading(f.grading))
      << Qt::endl;
    if (!d.papers.isEmpty()) {
        o << Qt::endl << tr("Correspondence:") << Qt::endl;
        for (const PaperView &p : d.papers)
            o << "  " << p.label() << "  " << p.diaryNo << "  " << safe(p.subject)
              << tr("  (pages %1-%2)").arg(p.firstPage).arg(p.firstPage + p.pageCount - 1) << Qt::endl;
    }
    o << Qt::endl << tr("Note sheet:") << Qt::endl;
    for (const NoteView &n : d.notes) {
        if (n.isDraft()) {
            o << tr("  [draft of %1]").arg(n.authorPostCode) << Qt::endl;
        }
        int para = n.paraStart;
        for (const QString &text :
             n.body.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
            if (n.isDraft())
                o << "      " << safeNote(text.trimmed()) << Qt::endl;
            else
                o << "  " << qSetFieldWidth(3) << Qt::right << para++ << qSetFieldWidth(0) << Qt::left << ". "
                  << safeNote(text.trimmed()) << Qt::endl;
        }
        o << "        — " << safe(n.authorName) << ", " << safe(n.designation) << ", "
          << json::time(n.frozenAt ? n.frozenAt : n.updatedAt) << Qt::endl;
    }
    o << Qt::endl << tr("Movements:") << Qt::endl;
    for (const MovementView &m : d.movements)
        o << "  " << json::time(m.sentAt) << "  " << codes::movement(m.kind) << "  " << m.fromCode << " → "
          << m.toCode
          << (m.action == ActionAsked::None
                  ? QString()
                  : QStringLiteral("  [") + codes::action(m.action) + QLatin1Char(']'))
          << (m.remarks.isEmpty() ? QString() : QStringLiteral("  “") + safe(m.remarks) + QStringLiteral("”"))
          << Qt::endl;
}
} // namespace

int file(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const QString path = QStringLiteral("nasti-admin file ") + sub;
    QCommandLineParser p;
    const QCommandLineOption remarks(QStringLiteral("remarks"), tr("Remarks."), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));

    if (sub == QLatin1String("create")) {
        const QCommandLineOption section(QStringLiteral("section"), tr("Section code, e.g. GAD-1."),
                                         QStringLiteral("CODE"));
        const QCommandLineOption subject(QStringLiteral("subject"), tr("The subject (Hindi or English)."),
                                         QStringLiteral("TEXT"));
        const QCommandLineOption head(QStringLiteral("head"),
                                      tr("Subject head, e.g. A-11011 (default: the section's)."),
                                      QStringLiteral("HEAD"));
        const QCommandLineOption priority(QStringLiteral("priority"),
                                          tr("normal, priority, top-priority or immediate."),
                                          QStringLiteral("PRIORITY"), QStringLiteral("normal"));
        const QCommandLineOption grading(QStringLiteral("grading"),
                                         tr("normal, confidential, secret or top-secret."),
                                         QStringLiteral("GRADING"), QStringLiteral("normal"));
        const QCommandLineOption due(QStringLiteral("due"), tr("Due date."), QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption category(
            QStringLiteral("category"),
            tr("A reference category: vip, assembly, court, cm-helpline or cpgrams."),
            QStringLiteral("CODE"));
        const QCommandLineOption ref(QStringLiteral("ref"), tr("Its reference number."),
                                     QStringLiteral("TEXT"));
        p.addOptions({section, subject, head, priority, grading, due, category, ref});
        if (!ctx.parse(p, QStringList{path} + rest, tr("Open a new file; prints its number.")))
            return 0;
        if (!p.isSet(section) || !p.isSet(subject))
            throw UsageError{tr("file create needs --section and --subject.")};
        CreateFileRequest r;
        r.sectionCode = p.value(section);
        r.subject = p.value(subject);
        r.head = p.value(head);
        const auto pr = codes::parsePriority(p.value(priority));
        const auto gr = codes::parseGrading(p.value(grading));
        if (!pr)
            throw UsageError{tr("--priority must be normal, priority, top-priority or immediate.")};
        if (!gr)
            throw UsageError{tr("--grading must be normal, confidential, secret or top-secret.")};
        r.priority = *pr;
        r.grading = *gr;
        r.dueDate = dateOption(p, due);
        r.category = p.value(category);
        r.referenceNo = p.value(ref);
        ctx.out() << ctx.act([&](FileService &s) { return s.create(r); }) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("note")) {
        const QCommandLineOption text(QStringLiteral("text"), tr("The note."), QStringLiteral("TEXT"));
        const QCommandLineOption textFile(QStringLiteral("text-file"), tr("Read the note from a UTF-8 file."),
                                          QStringLiteral("PATH"));
        p.addOptions({text, textFile});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("Write (or replace) your draft note on a file you hold. It is frozen when the file "
                          "leaves your post."),
                       QStringLiteral("FILE_NO")))
            return 0;
        const QString no = oneFileNo(p, sub);
        if (p.isSet(text) == p.isSet(textFile))
            throw UsageError{tr("file note needs either --text or --text-file.")};
        QString body = p.value(text);
        if (p.isSet(textFile)) {
            QFile f(p.value(textFile));
            if (!f.open(QIODevice::ReadOnly))
                fail(NastiError::Kind::Invalid, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            body = QString::fromUtf8(f.readAll());
        }
        ctx.act([&](FileService &s) {
            s.saveDraft(no, body);
            return QString();
        });
        ctx.out() << tr("Draft note saved on %1.").arg(no) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("forward")) {
        const QCommandLineOption to(QStringLiteral("to"), tr("Send to this post."),
                                    QStringLiteral("POST_CODE"));
        const QCommandLineOption up(QStringLiteral("up"), tr("Put up to your reporting officer."));
        const QCommandLineOption back(QStringLiteral("back"), tr("Return to the post that sent it."));
        const QCommandLineOption action(QStringLiteral("action"),
                                        tr("approval, information, comments or signature."),
                                        QStringLiteral("ACTION"));
        const QCommandLineOption due(QStringLiteral("due"), tr("Due date."), QStringLiteral("YYYY-MM-DD"));
        p.addOptions({to, up, back, action, remarks, due});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest, tr("Send a file you hold to another post."),
                       QStringLiteral("FILE_NO")))
            return 0;
        ForwardRequest r;
        r.fileNo = oneFileNo(p, sub);
        if (int(p.isSet(to)) + int(p.isSet(up)) + int(p.isSet(back)) != 1)
            throw UsageError{tr("file forward needs exactly one of --to, --up or --back.")};
        r.target = p.isSet(up)     ? ForwardRequest::Target::Up
                   : p.isSet(back) ? ForwardRequest::Target::Back
                                   : ForwardRequest::Target::ToPost;
        r.toPostCode = p.value(to);
        const auto a = codes::parseAction(p.value(action));
        if (!a)
            throw UsageError{tr("--action must be approval, information, comments or signature.")};
        r.action = *a;
        r.remarks = p.value(remarks);
        r.dueDate = dateOption(p, due);
        const QString went = ctx.act([&](FileService &s) { return s.forward(r); });
        ctx.out() << tr("%1 sent to %2.").arg(r.fileNo, went) << Qt::endl;
        return 0;
    }
    static const QStringList simple = {
        QStringLiteral("open"), QStringLiteral("recall"), QStringLiteral("approve"), QStringLiteral("reject"),
        QStringLiteral("park"), QStringLiteral("unpark"), QStringLiteral("reopen")};
    if (simple.contains(sub)) {
        p.addOption(remarks);
        QCommandLineOption to(QStringLiteral("to"),
                              tr("Send to this post instead of the one that put it up."),
                              QStringLiteral("POST_CODE"));
        if (sub == QLatin1String("approve") || sub == QLatin1String("reject"))
            p.addOption(to);
        QCommandLineOption until(QStringLiteral("until"),
                                 tr("The review date: the file comes back to your inbox that day."),
                                 QStringLiteral("YYYY-MM-DD"));
        if (sub == QLatin1String("park"))
            p.addOption(until);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        const QHash<QString, QString> help = {
            {QStringLiteral("open"),
             tr("Record that you have opened a file you received (it can no longer be recalled).")},
            {QStringLiteral("recall"),
             tr("Pull back a file you sent, while its receiver has not opened it.")},
            {QStringLiteral("approve"),
             tr("Approve: record the decision as a note and return the file to the post that put it up.")},
            {QStringLiteral("reject"),
             tr("Reject: record the decision as a note and return the file to the post that put it up.")},
            {QStringLiteral("park"),
             tr("Park a file you hold awaiting something: --remarks says why, --until "
                "when it comes back. It stays in pendency.")},
            {QStringLiteral("unpark"), tr("Take a parked file back into the inbox.")},
            {QStringLiteral("reopen"), tr("Reopen a closed file; --remarks gives the reason.")},
        };
        if (!ctx.parse(p, QStringList{path} + rest, help.value(sub), QStringLiteral("FILE_NO")))
            return 0;
        const QString no = oneFileNo(p, sub);
        if (sub == QLatin1String("open")) {
            ctx.act([&](FileService &s) {
                s.open(no);
                return QString();
            });
            ctx.out() << tr("%1 opened.").arg(no) << Qt::endl;
        } else if (sub == QLatin1String("recall")) {
            ctx.act([&](FileService &s) {
                s.recall(no, p.value(remarks));
                return QString();
            });
            ctx.out() << tr("%1 recalled.").arg(no) << Qt::endl;
        } else if (sub == QLatin1String("approve")) {
            ctx.out() << tr("%1 approved and sent to %2.").arg(no, ctx.act([&](FileService &s) {
                return s.approve(no, p.value(remarks), p.value(to));
            })) << Qt::endl;
        } else if (sub == QLatin1String("reject")) {
            ctx.out() << tr("%1 rejected and sent to %2.").arg(no, ctx.act([&](FileService &s) {
                return s.reject(no, p.value(remarks), p.value(to));
            })) << Qt::endl;
        } else if (sub == QLatin1String("park")) {
            const auto date = dateOption(p, until);
            if (!date)
                throw UsageError{tr("file park needs --remarks (the reason) and --until YYYY-MM-DD.")};
            ctx.act([&](FileService &s) {
                s.park(no, p.value(remarks), *date);
                return QString();
            });
            ctx.out() << tr("%1 parked.").arg(no) << Qt::endl;
        } else if (sub == QLatin1String("unpark")) {
            ctx.act([&](FileService &s) {
                s.unpark(no);
                return QString();
            });
            ctx.out() << tr("%1 unparked.").arg(no) << Qt::endl;
        } else {
            ctx.act([&](FileService &s) {
                s.reopen(no, p.value(remarks));
                return QString();
            });
            ctx.out() << tr("%1 reopened.").arg(no) << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("close")) {
        const QCommandLineOption retention(
            QStringLiteral("retention"),
            tr("A (permanent), B (review in the 25th year) or C (review after 10 years)."),
            QStringLiteral("A|B|C"));
        p.addOptions({retention, remarks});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("Close a file: only its creating post, only after an approval."),
                       QStringLiteral("FILE_NO")))
            return 0;
        const QString no = oneFileNo(p, sub);
        if (!p.isSet(retention))
            throw UsageError{tr("file close needs --retention A, B or C.")};
        ctx.act([&](FileService &s) {
            s.close(no, p.value(retention), p.value(remarks));
            return QString();
        });
        ctx.out() << tr("%1 closed.").arg(no) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("delay")) {
        const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the file is still here."),
                                        QStringLiteral("TEXT"));
        p.addOption(reason);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("Record the reason for delay of a file past its time limit."),
                       QStringLiteral("FILE_NO")))
            return 0;
        const QString no = oneFileNo(p, sub);
        ctx.act([&](FileService &s) {
            s.recordDelay(no, p.value(reason));
            return QString();
        });
        ctx.out() << tr("Reason for delay recorded on %1.").arg(no) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("put")) {
        const QCommandLineOption receipt(QStringLiteral("receipt"), tr("Diary number of the receipt."),
                                         QStringLiteral("DIARY_NO"));
        p.addOption(receipt);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("Put a diarised receipt into a file (PUC, then FR I, FR II ...)."),
                       QStringLiteral("FILE_NO")))
            return 0;
        const QString no = oneFileNo(p, sub);
        if (!p.isSet(receipt))
            throw UsageError{tr("file put needs --receipt DIARY_NO.")};
        ctx.act([&](FileService &s) {
            s.putReceipt(no, p.value(receipt));
            return QString();
        });
        ctx.out() << tr("Receipt %1 put into %2.").arg(p.value(receipt), no) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("link")) {
        const QCommandLineOption with(QStringLiteral("with"), tr("The other file."),
                                      QStringLiteral("FILE_NO"));
        p.addOption(with);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest, tr("Link two files."), QStringLiteral("FILE_NO")))
            return 0;
        const QString no = oneFileNo(p, sub);
        if (!p.isSet(with))
            throw UsageError{tr("file link needs --with FILE_NO.")};
        ctx.act([&](FileService &s) {
            s.link(no, p.value(with));
            return QString();
        });
        ctx.out() << tr("%1 linked with %2.").arg(no, p.value(with)) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("show")) {
        p.addOption(json);
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + rest,
                       tr("Show a file: number, subject, status, custodian, notes with paragraph numbers, "
                          "movements."),
                       QStringLiteral("FILE_NO")))
            return 0;
        // Shown to its holder, the file counts as opened (as in the client).
        const FileDetail d = FileService(ctx.db(), ctx.clock(), ctx.session()).show(oneFileNo(p, sub));
        if (p.isSet(json))
            ctx.out() << QString::fromUtf8(json::dump(json::detail(d))) << Qt::flush;
        else
            printDetail(ctx, d);
        return 0;
    }
    if (sub.isEmpty()) // a failure says so in one line on stderr
        throw UsageError{
            tr("file needs a command: create, note, forward, open, recall, approve, reject, park, unpark, "
               "reopen, close, delay, put, link or show (see file --help).")};
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out() << tr("Usage: nasti-admin --as LOGIN file "
                        "create|note|forward|open|recall|approve|reject|park|unpark|"
                        "reopen|close|delay|put|link|show ... (each with --help)")
                  << Qt::endl;
        return 0;
    }
    throw UsageError{tr("Unknown file command “%1”.").arg(sub)};
}

int receipt(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("ack")) {
        QCommandLineParser p;
        const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the acknowledgement to PATH."),
                                     QStringLiteral("PATH"));
        p.addOption(pdf);
        p.addPositionalArgument(QStringLiteral("DIARY_NO"), tr("The receipt's diary number."));
        if (!ctx.parse(p, QStringList{QStringLiteral("nasti-admin receipt ack")} + args.mid(1),
                       tr("The acknowledgement for a receipt's sender: a PDF with the diary number."),
                       QStringLiteral("DIARY_NO")))
            return 0;
        if (p.positionalArguments().size() != 1 || !p.isSet(pdf))
            throw UsageError{tr("receipt ack takes one DIARY_NO and --pdf PATH.")};
        ctx.session(); // (who asks: his rights decide which receipts he may see)
        const auto r = FileQueries(ctx.db(), ctx.clock()).receipt(p.positionalArguments().first());
        if (!r)
            fail(NastiError::Kind::NotFound,
                 tr("There is no receipt with diary number “%1”.").arg(p.positionalArguments().first()));
        Acknowledgement::writePdf(*r, p.value(pdf), false);
        ctx.out() << tr("Acknowledgement for %1 written.").arg(r->diaryNo) << Qt::endl;
        return 0;
    }
    if (sub != QLatin1String("add")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out() << tr("Usage: nasti-admin --as LOGIN receipt add PDF_PATH ... | receipt ack DIARY_NO "
                            "--pdf PATH")
                      << Qt::endl;
            return 0;
        }
        throw UsageError{tr("Unknown receipt command “%1” (only: add, ack).").arg(sub)};
    }
    QCommandLineParser p;
    const QCommandLineOption sender(QStringLiteral("sender"), tr("Who wrote the letter."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("Subject of the letter."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption letterNo(QStringLiteral("letter-no"), tr("The letter's own number."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption letterDate(QStringLiteral("letter-date"), tr("The letter's date."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption grading(QStringLiteral("grading"),
                                     tr("normal, confidential, secret or top-secret."),
                                     QStringLiteral("GRADING"), QStringLiteral("normal"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     tr("Diarise in this section (default: yours)."), QStringLiteral("CODE"));
    const QCommandLineOption category(
        QStringLiteral("category"), tr("A reference category: vip, assembly, court, cm-helpline or cpgrams."),
        QStringLiteral("CODE"));
    const QCommandLineOption ref(QStringLiteral("ref"), tr("Its reference number."), QStringLiteral("TEXT"));
    p.addOptions({sender, subject, letterNo, letterDate, grading, section, category, ref});
    p.addPositionalArgument(QStringLiteral("PDF_PATH"), tr("The letter as a PDF."));
    if (!ctx.parse(p, QStringList{QStringLiteral("nasti-admin receipt add")} + args.mid(1),
                   tr("Diarise an incoming letter (dak); prints its diary number."),
                   QStringLiteral("PDF_PATH")))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("receipt add takes one PDF_PATH.")};
    if (!p.isSet(sender) || !p.isSet(subject))
        throw UsageError{tr("receipt add needs --sender and --subject.")};
    const auto gr = codes::parseGrading(p.value(grading));
    if (!gr)
        throw UsageError{tr("--grading must be normal, confidential, secret or top-secret.")};
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::Invalid, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    if (f.size() > ReceiptService::kDefaultMaxBytes * 4)
        fail(NastiError::Kind::Invalid, tr("The file %1 is too large.").arg(f.fileName()));
    DiariseRequest r;
    r.content = f.readAll();
    r.fileName = QFileInfo(f.fileName()).fileName();
    r.sender = p.value(sender);
    r.subject = p.value(subject);
    r.letterNo = p.value(letterNo);
    r.letterDate = dateOption(p, letterDate);
    r.grading = *gr;
    r.sectionCode = p.value(section);
    r.category = p.value(category);
    r.referenceNo = p.value(ref);
    QString diaryNo;
    ctx.keyed(
        [&] { diaryNo = ReceiptService(ctx.db(), ctx.clock(), ctx.session(), ctx.inspector()).diarise(r); });
    ctx.out() << diaryNo << Qt::endl;
    return 0;
}

int inbox(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many files (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    p.addOptions({json, limit});
    if (!ctx.parse(p, QStringList{QStringLiteral("nasti-admin inbox")} + args,
                   tr("List the files your posts hold, newest arrival first.")))
        return 0;
    const auto files =
        FileQueries(ctx.db(), ctx.clock()).inbox(ctx.session(), qBound(1, p.value(limit).toInt(), 10000));
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const FileSummary &f : files)
            arr.append(json::summary(f));
        ctx.out() << QString::fromUtf8(json::dump(QJsonObject{{QStringLiteral("files"), arr}})) << Qt::flush;
        return 0;
    }
    for (const FileSummary &f : files)
        ctx.out() << (f.unread ? QStringLiteral("* ") : QStringLiteral("  ")) << qSetFieldWidth(28)
                  << Qt::left << f.fileNo << qSetFieldWidth(0) << " " << qSetFieldWidth(4) << Qt::right
                  << f.daysPending << qSetFieldWidth(0) << Qt::left << tr("d  ") << qSetFieldWidth(10)
                  << f.fromPostCode << qSetFieldWidth(0) << " " << textfields::printable(f.subject)
                  << Qt::endl; // (text stored before issue 13 may hold controls)
    if (files.isEmpty())
        ctx.out() << tr("The inbox is empty.") << Qt::endl;
    return 0;
}

} // namespace nasti::cli
