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
#include <QTextDocument>

namespace nasti::notesheet {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::NoteSheet", text);
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
        if (!heading.isEmpty())
            out += QStringLiteral("<p><u>%1</u></p>").arg(heading.toHtmlEscaped());
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
        out += QStringLiteral("<p align='right'><b>(%1)</b><br/>%2<br/>%3%4</p>")
                   .arg(n.authorName.toHtmlEscaped(), n.designation.toHtmlEscaped(),
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
    QFont font(QStringLiteral("Noto Sans"), 11);
    // Devanagari comes from its own Noto face; name it so shaping never falls back to a box.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari")});
    doc.setDefaultFont(font);
    doc.setHtml(html(file));
    doc.setPageSize(body.size());
    const int pages = qMax(1, doc.pageCount());

    QFont small(QStringLiteral("Noto Sans"), 9);
    small.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari")});
    const QString printed = tr("Printed %1").arg(ui::dateTime(QDateTime::currentMSecsSinceEpoch()));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.setFont(small);
        const QRectF head(area.left(), area.top(), area.width(), headerH - 3 * mm);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, file.summary.fileNo);
        QString subject = file.summary.subject;
        subject =
            painter.fontMetrics().elidedText(subject, Qt::ElideRight, static_cast<int>(area.width() * 0.6));
        painter.drawText(head, Qt::AlignRight | Qt::AlignBottom, subject);
        painter.drawLine(QPointF(area.left(), headerH - 2 * mm), QPointF(area.right(), headerH - 2 * mm));
        const QRectF foot(area.left(), area.bottom() - footerH + 2 * mm, area.width(), footerH - 2 * mm);
        painter.drawLine(QPointF(area.left(), foot.top()), QPointF(area.right(), foot.top()));
        painter.drawText(foot, Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, printed);
        painter.restore();

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
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
