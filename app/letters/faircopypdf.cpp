#include "letters/faircopypdf.h"

#include "letters/qrcode.h"
#include "pdf/pdfpages.h"
#include "util/error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace nasti {

namespace {
// The printed words of a letter, in the letter's language (a letter in Hindi is all
// Hindi whatever language the program is shown in): CSMOP's forms in both languages.
QString word(const FairCopy &c, const char *key)
{
    struct Entry
    {
        const char *key, *en, *hi;
    };
    static const Entry entries[] = {
        {"no", "No.", "क्रमांक"},
        {"file", "File No.", "नस्ती क्रमांक"},
        {"date", "Dated", "दिनांक"},
        {"to", "To,", "प्रति,"},
        {"subject", "Subject:", "विषय:"},
        {"reference", "Reference:", "संदर्भ:"},
        {"copy", "Copy to:", "प्रतिलिपि:"},
        {"page", "Page %1 of %2", "पृष्ठ %1 / %2"},
        {"enclosed", "The approved text follows (%1 pages).", "अनुमोदित पाठ संलग्न है (%1 पृष्ठ)।"},
        {"draft", "DRAFT — NOT ISSUED", "प्रारूप — जारी नहीं"},
        {"letter", "", ""},
        {"office_memorandum", "OFFICE MEMORANDUM", "कार्यालय ज्ञापन"},
        {"order", "ORDER", "आदेश"},
        {"notification", "NOTIFICATION", "अधिसूचना"},
        {"circular", "CIRCULAR", "परिपत्र"},
        {"do_letter", "D.O. LETTER", "अर्ध-शासकीय पत्र"},
        {"cabinet_note", "NOTE FOR THE CABINET", "मंत्रिपरिषद हेतु टीप"},
    };
    const bool hi = c.language == QLatin1String("hi");
    for (const Entry &e : entries)
        if (qstrcmp(e.key, key) == 0)
            return QString::fromUtf8(hi ? e.hi : e.en);
    return QString::fromLatin1(key);
}

QString escapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The inside of a stored body: QTextEdit writes a whole HTML document.
QString bodyInner(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    const auto m = body.match(html);
    return m.hasMatch() ? m.captured(1) : html;
}

QString addresseeBlock(const QList<Addressee> &list)
{
    QString out;
    for (const Addressee &a : list) {
        out += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + a.name.toHtmlEscaped();
        if (!a.address.isEmpty())
            out += QStringLiteral(",<br/>&nbsp;&nbsp;&nbsp;&nbsp;") + escapedLines(a.address);
        out += QStringLiteral("<br/>");
    }
    return out;
}
} // namespace

QString FairCopyPdf::html(const FairCopy &c)
{
    QString h;
    h += QStringLiteral("<div align=\"center\"><b><span style=\"font-size:14pt\">") +
         escapedLines(c.letterheadHeading) + QStringLiteral("</span></b>");
    if (!c.letterheadAddress.isEmpty())
        h += QStringLiteral("<br/>") + escapedLines(c.letterheadAddress);
    h += QStringLiteral("</div><hr/>");
    const QString number = c.dispatchNo.isEmpty() ? word(c, "draft") : c.dispatchNo;
    h += QStringLiteral("<table width=\"100%\"><tr><td>") + word(c, "no") + QLatin1Char(' ') +
         number.toHtmlEscaped() + QStringLiteral("<br/><span style=\"font-size:9pt\">") + word(c, "file") +
         QLatin1Char(' ') + c.fileNo.toHtmlEscaped() + QStringLiteral("</span></td><td align=\"right\">") +
         word(c, "date") + QLatin1Char(' ') + c.date.toString(QStringLiteral("dd-MM-yyyy")) +
         QStringLiteral("</td></tr></table>");
    const QString kind = word(c, c.kind.toLatin1().constData());
    if (!kind.isEmpty())
        h += QStringLiteral("<p align=\"center\"><b><u>") + kind + QStringLiteral("</u></b></p>");
    h += QStringLiteral("<p>") + word(c, "to") + QStringLiteral("<br/>") + addresseeBlock(c.addressees) +
         QStringLiteral("</p>");
    h += QStringLiteral("<p><b>") + word(c, "subject") + QStringLiteral("</b> ") + c.subject.toHtmlEscaped() +
         QStringLiteral("</p>");
    if (!c.reference.isEmpty())
        h += QStringLiteral("<p><b>") + word(c, "reference") + QStringLiteral("</b> ") +
             escapedLines(c.reference) + QStringLiteral("</p>");
    if (!c.bodyHtml.isEmpty())
        h += QStringLiteral("<div>") + bodyInner(c.bodyHtml) + QStringLiteral("</div>");
    else if (!c.bodyPdf.isEmpty())
        h += QStringLiteral("<p><i>") + word(c, "enclosed").arg(QStringLiteral("%PAGES%")) +
             QStringLiteral("</i></p>");
    if (!c.signerName.isEmpty())
        h += QStringLiteral("<p align=\"right\"><br/><br/>(") + c.signerName.toHtmlEscaped() +
             QStringLiteral(")<br/>") + c.signerDesignation.toHtmlEscaped() + QStringLiteral("</p>");
    if (!c.copyTo.isEmpty()) {
        h += QStringLiteral("<p><b>") + word(c, "copy") + QStringLiteral("</b></p><ol>");
        for (const Addressee &a : c.copyTo) {
            h += QStringLiteral("<li>") + a.name.toHtmlEscaped();
            if (!a.address.isEmpty())
                h += QStringLiteral(", ") + a.address.toHtmlEscaped();
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ol>");
    }
    return h;
}

QByteArray FairCopyPdf::render(const FairCopy &c) const
{
    return render(c, nullptr);
}

QByteArray FairCopyPdf::render(const FairCopy &c, SignaturePlace *place) const
{
    if (place)
        *place = SignaturePlace();
    const QList<QImage> enclosed = c.bodyPdf.isEmpty() ? QList<QImage>() : renderPdfPages(c.bodyPdf, 150);
    if (!c.bodyPdf.isEmpty() && enclosed.isEmpty())
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate("nasti::FairCopyPdf",
                                         "The approved PDF could not be read for the fair copy."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(c.dispatchNo.isEmpty() ? c.subject : c.dispatchNo + QStringLiteral(" — ") + c.subject);
    writer.setCreator(QStringLiteral("Nasti"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(22, 18, 18, 18), QPageLayout::Millimeter));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const int footer = writer.resolution() / 3; // a third of an inch for "Page N of M"

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    // (Families in order: Latin from Noto Serif, Devanagari from its Devanagari sister.)
    QFont font;
    font.setFamilies({c.language == QLatin1String("hi") ? QStringLiteral("Noto Serif Devanagari")
                                                        : QStringLiteral("Noto Serif"),
                      QStringLiteral("Noto Serif Devanagari"), QStringLiteral("Noto Sans Devanagari")});
    font.setPointSizeF(12);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QString html = FairCopyPdf::html(c);
    html.replace(QStringLiteral("%PAGES%"), QString::number(enclosed.size()));
    doc.setHtml(html);
    doc.setPageSize(QSizeF(page.width(), page.height() - footer));

    // The signature box: room above the signer's name (its paragraph's top margin), the
    // QR code to its left. Found after layout, in device pixels within the page's paint rect.
    const qreal toPixels = writer.resolution() / 72.0;
    const qreal boxW = kSignatureBoxWidth * toPixels, boxH = kSignatureBoxHeight * toPixels;
    int boxPage = -1;
    QRectF box;
    const bool wantBox = (c.signatureBox || !c.qrText.isEmpty()) && !c.signerName.isEmpty();
    if (wantBox) {
        const QString signerLine = QLatin1Char('(') + c.signerName + QLatin1Char(')');
        QTextBlock signer;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            if (b.text().contains(signerLine))
                signer = b;
        if (signer.isValid()) {
            QTextCursor cursor(signer);
            QTextBlockFormat f = signer.blockFormat();
            f.setTopMargin(boxH);
            cursor.setBlockFormat(f);
            doc.documentLayout()->blockBoundingRect(signer); // lays it out
            // The box ends just above the line with the name (the paragraph opens with blank lines).
            const int at = int(signer.text().indexOf(signerLine));
            const QTextLine nameLine = signer.layout()->lineForTextPosition(qMax(0, at));
            const qreal nameTop =
                signer.layout()->position().y() + (nameLine.isValid() ? nameLine.y() : qreal(0));
            const qreal pageHeight = doc.pageSize().height();
            boxPage = int(nameTop / pageHeight);
            const qreal inPage = nameTop - boxPage * pageHeight;
            const qreal bottom = inPage - 0.1 * boxH;
            const qreal top = qMax<qreal>(0, bottom - boxH);
            box = QRectF(page.width() - boxW, top, boxW, bottom - top);
        }
    }
    const int textPages = doc.pageCount();
    const int total = textPages + int(enclosed.size());

    QPainter painter;
    if (!painter.begin(&writer))
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate("nasti::FairCopyPdf", "The fair copy could not be drawn."));
    QFont small = font;
    small.setPointSizeF(9);
    const auto drawFooter = [&](int n) {
        painter.setFont(small);
        painter.drawText(QRect(0, page.height() - footer, page.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom, word(c, "page").arg(n).arg(total));
    };
    const qreal pageHeight = doc.pageSize().height();
    for (int p = 0; p < textPages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * pageHeight);
        doc.drawContents(&painter, QRectF(0, p * pageHeight, page.width(), pageHeight));
        painter.restore();
        if (p == boxPage && !c.qrText.isEmpty())
            drawQrCode(painter,
                       QRectF(box.left() - box.height() - 0.1 * boxH, box.top(), box.height(), box.height()),
                       c.qrText);
        drawFooter(p + 1);
    }
    for (int i = 0; i < enclosed.size(); ++i) {
        writer.newPage();
        const QImage &img = enclosed.at(i);
        const QSize fitted =
            img.size().scaled(QSize(page.width(), page.height() - footer), Qt::KeepAspectRatio);
        painter.drawImage(QRect(QPoint((page.width() - fitted.width()) / 2, 0), fitted), img);
        drawFooter(textPages + i + 1);
    }
    painter.end();
    buffer.close();
    if (place && boxPage >= 0 && c.signatureBox) {
        // Device pixels within the paint rect -> PDF points from the page's corner.
        place->page = boxPage;
        place->rect = QRectF((page.x() + box.x()) / toPixels, (page.y() + box.y()) / toPixels,
                             box.width() / toPixels, box.height() / toPixels);
    }
    return bytes;
}

} // namespace nasti
