// The printed note sheet (issue 18): a note's signature never stands alone at the top
// of a page, away from the end of its text, and Hindi prints at the visual size of the
// English beside it. Real PDFs through QPrinter, read back with pdftotext and Poppler.
#include "notesheetprinter.h"
#include "pdf/pdfpages.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nasti;
using namespace Qt::StringLiterals;

namespace {

NoteView note(int i, const QString &body, int paraStart, NoteKind kind = NoteKind::Note)
{
    NoteView n;
    n.id = i + 1;
    n.kind = kind;
    n.authorName = u"Author%1"_s.arg(i);
    n.designation = u"Under Secretary"_s;
    n.body = body;
    n.createdAt = n.frozenAt = 1767225600000 + i * 3600000LL;
    n.paraStart = paraStart;
    return n;
}

FileDetail file(const QList<NoteView> &notes)
{
    FileDetail d;
    d.summary.fileNo = u"A-11011/7/2026-GAD1"_s;
    d.summary.subject = u"Keep with next"_s;
    d.notes = notes;
    return d;
}

// Filler sentences: `lines` lines' worth of text at the sheet's width, ending with `last`.
QString words(int lines, const QString &last)
{
    QString out;
    for (int i = 0; i < lines; ++i)
        out += u"The proposal has been examined in the light of the rules on the subject. "_s;
    return out + last;
}

QString pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(u"pdftotext"_s,
            {u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    p.waitForFinished(20000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    return 0;
}

// The body lines of a page: without the running head (first line) and the foot.
QStringList bodyLines(const QString &text)
{
    QStringList lines;
    for (const QString &l : text.split(u'\n'))
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    if (!lines.isEmpty())
        lines.removeFirst(); // file number and subject
    while (!lines.isEmpty() && (lines.last().contains(u"Page "_s) || lines.last().startsWith(u"Printed"_s)))
        lines.removeLast();
    return lines;
}

// Ink rows of the image between x0 and x1 (fractions of the width), grouped into runs:
// the text lines, top to bottom, as (top, height); rules (one or two pixels) left out.
QList<QPair<int, int>> inkLines(const QImage &page, qreal x0, qreal x1)
{
    QList<QPair<int, int>> out;
    int start = -1;
    const int from = int(page.width() * x0), to = int(page.width() * x1);
    for (int y = 0; y <= page.height(); ++y) {
        bool ink = false;
        for (int x = from; y < page.height() && x < to && !ink; ++x)
            ink = qGray(page.pixel(x, y)) < 128;
        if (ink && start < 0)
            start = y;
        if (!ink && start >= 0) {
            if (y - start > 2)
                out.append({start, y - start});
            start = -1;
        }
    }
    return out;
}

} // namespace

class TestNoteSheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Whatever the length of the notes before it, each note's signature prints on the page
    // with the end of its text, and no page begins with a signature.
    void signatureStaysWithTheEndOfItsNote()
    {
        QTemporaryDir dir;
        int pushed = 0; // variants where the end of a note went over with its signature
        for (int pad = 0; pad < 26; ++pad) {
            const QList<NoteView> notes = {
                note(0, words(6 + pad, u"endnote0."_s), 1),
                note(1, words(5, u"first part.\n\n"_s) + words(4 + pad / 2, u"endnote1."_s), 2),
                note(2, words(3, u"endnote2."_s), 4, NoteKind::Approval),
                note(3, words(9, u"endnote3."_s), 5),
            };
            const QString pdf = dir.filePath(u"sheet-%1.pdf"_s.arg(pad));
            QVERIFY(notesheet::savePdf(pdf, file(notes)));
            const int pages = pageCount(pdf);
            QVERIFY(pages >= 1);
            QHash<QString, int> pageOf;
            for (int p = 1; p <= pages; ++p) {
                const QStringList lines = bodyLines(pageText(pdf, p));
                QVERIFY2(!lines.isEmpty(), qPrintable(u"pad %1: page %2 is empty"_s.arg(pad).arg(p)));
                const QString what = u"pad %1, page %2 begins: %3"_s.arg(pad).arg(p).arg(lines.first());
                QVERIFY2(!lines.first().startsWith(u"(Author"_s), qPrintable(what));
                QVERIFY2(!lines.first().startsWith(u"Under Secretary"_s), qPrintable(what));
                for (int i = 0; i < notes.size(); ++i) {
                    for (int l = 0; l < lines.size(); ++l) {
                        if (lines.at(l).contains(u"endnote%1."_s.arg(i)))
                            pageOf.insert(u"end%1"_s.arg(i), p);
                        if (lines.at(l).contains(u"(Author%1)"_s.arg(i))) {
                            pageOf.insert(u"sig%1"_s.arg(i), p);
                            if (p > 1 && l <= 3)
                                ++pushed;
                        }
                    }
                }
            }
            for (int i = 0; i < notes.size(); ++i) {
                QVERIFY2(pageOf.contains(u"sig%1"_s.arg(i)), qPrintable(u"pad %1 note %2"_s.arg(pad).arg(i)));
                QCOMPARE(pageOf.value(u"sig%1"_s.arg(i)), pageOf.value(u"end%1"_s.arg(i)));
            }
        }
        // The padding walked the notes across page ends: the rule had work to do.
        QVERIFY2(pushed >= 3, qPrintable(QString::number(pushed)));
    }

    // A paragraph of Devanagari prints as tall as it should beside Latin: the headline of म
    // stands above the Latin x-height, not on it.
    void hindiPrintsAtTheSizeOfEnglish()
    {
        QTemporaryDir dir;
        const QString pdf = qEnvironmentVariableIsSet("NASTI_KEEP_PDF")
                                ? qEnvironmentVariable("NASTI_KEEP_PDF")
                                : dir.filePath(u"sizes.pdf"_s);
        const FileDetail d = file({note(0, u"xxxxxxxxxxxxxxxxxxxx\n\nममममममममममममममम"_s, 1)});
        QVERIFY(notesheet::savePdf(pdf, d));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QImage> pages = renderPdfPages(f.readAll(), 300);
        QCOMPARE(pages.size(), 1);
        const QList<QPair<int, int>> lines = inkLines(pages.first(), 0.22, 0.40);
        QVERIFY(lines.size() >= 2);
        const int latin = lines.at(lines.size() - 2).second, hindi = lines.last().second;
        const qreal ratio = qreal(hindi) / latin;
        QVERIFY2(ratio > 1.08 && ratio < 1.35, qPrintable(u"x %1 px, म %2 px"_s.arg(latin).arg(hindi)));
    }
};

QTEST_MAIN(TestNoteSheet)
#include "tst_notesheet.moc"
