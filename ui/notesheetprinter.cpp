#include "notesheetprinter.h"

#include "uiutil.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace nasti::notesheet {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::NoteSheet", text);
}

// What print() keeps together: a note's heading with its first line, and its signature
// with the last lines of its text.
const QString kHeadingAnchor = QStringLiteral("nasti-note-heading");
const QString kSignatureAnchor = QStringLiteral("nasti-note-signature");
constexpr int kLinesKeptWithSignature = 2;
// Devanagari letters stand on the Latin x-height (both Noto faces: 536/1000 em, the
// headline of क at it), so at one point size Hindi reads a size smaller than English
// beside it, whose capitals and ascenders reach 714. Hindi prints this much larger, which
// puts the headline between the Latin x-height and cap height, as bilingual government
// print does.
constexpr qreal kDevanagariScale = 1.15;

bool isDevanagari(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0900 && u <= 0x097F) || (u >= 0xA8E0 && u <= 0xA8FF) || (u >= 0x1CD0 && u <= 0x1CFF) ||
           ((u == 0x200C || u == 0x200D)); // ZWNJ, ZWJ inside conjuncts
}

QFont noteFont(qreal pointSize)
{
    QFont font(QStringLiteral("Noto Sans"));
    // Devanagari comes from its own Noto face; name it so shaping never falls back to another.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari")});
    font.setPointSizeF(pointSize);
    return font;
}

// Every run of Devanagari in the document at kDevanagariScale times its point size.
void scaleDevanagari(QTextDocument &doc)
{
    struct Run
    {
        int from, to;
        qreal size;
    };
    QList<Run> runs;
    const qreal base = doc.defaultFont().pointSizeF();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QString text = f.text();
            const qreal size = f.charFormat().fontPointSize() > 0 ? f.charFormat().fontPointSize() : base;
            for (int i = 0; i < text.size();) {
                if (!isDevanagari(text.at(i))) {
                    ++i;
                    continue;
                }
                int j = i;
                while (j < text.size() && isDevanagari(text.at(j)))
                    ++j;
                runs.append({f.position() + i, f.position() + j, size});
                i = j;
            }
        }
    }
    QTextCursor cursor(&doc);
    for (const Run &r : std::as_const(runs)) {
        cursor.setPosition(r.from);
        cursor.setPosition(r.to, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setFontPointSize(r.size * kDevanagariScale);
        cursor.mergeCharFormat(f);
    }
}

bool hasAnchor(const QTextBlock &block, const QString &name)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().anchorNames().contains(name))
            return true;
    return false;
}

// Where each page starts, in document coordinates of a document laid out as one long
// page: a page ends at the last line that fits whole, and never between a note's last
// lines and its signature, or between a heading and the first line under it (unless
// what must stay together is longer than a page).
QList<qreal> pageStarts(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    struct Span
    {
        qreal top, bottom;
    };
    QList<Span> lines, keeps;
    QList<qreal> tops;
    QList<qreal> noteLineTops; // the lines of the current note's text (distinct tops)
    qreal headingTop = -1;     // of a heading waiting for its first line; -1: none
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        QTextLayout *tl = b.layout();
        QList<Span> own;
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            own.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
        if (own.isEmpty())
            continue;
        lines += own;
        for (const Span &s : std::as_const(own))
            tops.append(s.top);
        const bool inTable = QTextCursor(b).currentTable() != nullptr;
        if (hasAnchor(b, kHeadingAnchor)) {
            headingTop = own.first().top;
        } else if (hasAnchor(b, kSignatureAnchor)) {
            std::sort(noteLineTops.begin(), noteLineTops.end());
            noteLineTops.erase(std::unique(noteLineTops.begin(), noteLineTops.end()), noteLineTops.end());
            const qsizetype kept = qMin<qsizetype>(kLinesKeptWithSignature, noteLineTops.size());
            const qreal top = kept > 0 ? noteLineTops.at(noteLineTops.size() - kept) : own.first().top;
            keeps.append({top, own.last().bottom});
            noteLineTops.clear();
        } else if (inTable) {
            if (headingTop >= 0) {
                keeps.append({headingTop, own.first().bottom});
                headingTop = -1;
            }
            for (const Span &s : std::as_const(own))
                noteLineTops.append(s.top);
        }
    }
    std::sort(tops.begin(), tops.end());
    const qreal end = layout->documentSize().height();
    auto allowed = [&](qreal y) {
        for (const Span &s : std::as_const(lines))
            if (s.top + 0.01 < y && y < s.bottom - 0.01)
                return false;
        for (const Span &s : std::as_const(keeps))
            if (s.bottom - s.top < pageHeight && s.top + 0.01 < y && y < s.bottom - 0.01)
                return false;
        return true;
    };
    QList<qreal> starts{0};
    while (end - starts.constLast() > pageHeight + 0.01) {
        const qreal from = starts.constLast(), limit = from + pageHeight;
        qreal best = limit; // nothing fits whole: cut at the page's foot
        for (auto it = std::upper_bound(tops.cbegin(), tops.cend(), limit); it != tops.cbegin();) {
            const qreal y = *--it;
            if (y <= from + 0.01)
                break;
            if (allowed(y)) {
                best = y;
                break;
            }
        }
        starts.append(best);
    }
    return starts;
}

QString kindHeading(NoteKind k)
{
    switch (k) {
    case NoteKind::Approval:
        return tr("Approval");
    case NoteKind::Rejection:
        return tr("Not approved");
    case NoteKind::Closing:
        return tr("Closing note");
    case NoteKind::Reopening:
        return tr("Reopening");
    case NoteKind::Delay:
        return tr("Reason for delay");
    default:
        return {};
    }
}
} // namespace

QString html(const FileDetail &file)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<p align='center' style='font-size:13pt'><b>%1</b></p>")
               .arg(tr("NOTE SHEET").toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p><hr/>")
               .arg(tr("File No.:").toHtmlEscaped(), file.summary.fileNo.toHtmlEscaped(),
                    tr("Subject:").toHtmlEscaped(), file.summary.subject.toHtmlEscaped());
    for (const NoteView &n : file.notes) {
        if (n.isDraft())
            continue;
        const QString heading = kindHeading(n.kind);
        // (The anchors name what print() keeps together on a page.)
        if (!heading.isEmpty())
            out += QStringLiteral("<p><a name='%1'><u>%2</u></a></p>")
                       .arg(kHeadingAnchor, heading.toHtmlEscaped());
        out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'>");
        int number = n.paraStart;
        for (const QString &p : n.body.split(blank)) {
            if (p.trimmed().isEmpty())
                continue;
            QString text = p.trimmed().toHtmlEscaped();
            text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            out += QStringLiteral("<tr><td width='8%' valign='top'>%1</td><td>%2</td></tr>")
                       .arg(number > 0 ? QString::number(number++) + QLatin1Char('.') : QString(), text);
        }
        out += QStringLiteral("</table>");
        QString signedBy;
        if (n.signature == NoteView::Signature::Valid)
            signedBy =
                QStringLiteral("<br/><i>%1</i>")
                    .arg(QCoreApplication::translate("nasti::notesheet", "Digitally signed by %1 on %2")
                             .arg(n.authorName, ui::dateTime(n.signedAt))
                             .toHtmlEscaped());
        else if (n.signature == NoteView::Signature::Broken)
            signedBy = QStringLiteral("<br/><b>%1</b>")
                           .arg(QCoreApplication::translate("nasti::notesheet",
                                                            "SIGNATURE BROKEN: altered after signing")
                                    .toHtmlEscaped());
        out += QStringLiteral("<p align='right'><a name='%1'><b>(%2)</b><br/>%3<br/>%4%5</a></p>")
                   .arg(kSignatureAnchor, n.authorName.toHtmlEscaped(), n.designation.toHtmlEscaped(),
                        ui::dateTime(n.frozenAt ? n.frozenAt : n.createdAt).toHtmlEscaped(), signedBy);
        out += QStringLiteral("<hr/>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

void print(QPrinter *printer, const FileDetail &file)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    printer->setDocName(file.summary.fileNo);
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRectF area(0, 0, page.width(), page.height());
    const qreal mm = printer->resolution() / 25.4;
    const qreal headerH = 12 * mm, footerH = 10 * mm;
    const QRectF body(area.left(), area.top() + headerH, area.width(), area.height() - headerH - footerH);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(printer);
    doc.setDefaultFont(noteFont(11));
    doc.setHtml(html(file));
    scaleDevanagari(doc);
    // One long page; print() decides where pages break (QTextDocument would break anywhere).
    doc.setTextWidth(body.width());
    const QList<qreal> starts = pageStarts(doc, body.height());
    const int pages = int(starts.size());

    const QFont small = noteFont(9);
    QFont smallHindi = small;
    smallHindi.setPointSizeF(small.pointSizeF() * kDevanagariScale);
    const QString printed = tr("Printed %1").arg(ui::dateTime(QDateTime::currentMSecsSinceEpoch()));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.setFont(small);
        const QRectF head(area.left(), area.top(), area.width(), headerH - 3 * mm);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, file.summary.fileNo);
        // The subject at the head of the page: Hindi at the same visual size as the body's.
        const QString &subject = file.summary.subject;
        const bool hindi = std::any_of(subject.cbegin(), subject.cend(), isDevanagari);
        painter.setFont(hindi ? smallHindi : small);
        painter.drawText(
            head, Qt::AlignRight | Qt::AlignBottom,
            painter.fontMetrics().elidedText(subject, Qt::ElideRight, static_cast<int>(area.width() * 0.6)));
        painter.setFont(small);
        painter.drawLine(QPointF(area.left(), headerH - 2 * mm), QPointF(area.right(), headerH - 2 * mm));
        const QRectF foot(area.left(), area.bottom() - footerH + 2 * mm, area.width(), footerH - 2 * mm);
        painter.drawLine(QPointF(area.left(), foot.top()), QPointF(area.right(), foot.top()));
        painter.drawText(foot, Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, printed);
        painter.restore();

        const qreal top = starts.at(i);
        const qreal bottom = i + 1 < pages ? starts.at(i + 1) : top + body.height();
        painter.save();
        painter.translate(body.left(), body.top() - top);
        const QRectF clip(0, top, body.width(), bottom - top);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    painter.end();
}

bool savePdf(const QString &path, const FileDetail &file)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Nasti"));
    print(&printer, file);
    return QFileInfo::exists(path);
}

} // namespace nasti::notesheet
