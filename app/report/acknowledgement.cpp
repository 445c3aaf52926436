#include "acknowledgement.h"

#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::Acknowledgement", text);
}
} // namespace

void Acknowledgement::writePdf(const ReceiptView &r, const QString &path, bool hindi)
{
    Q_UNUSED(hindi); // (our strings are already in the installed language)
    if (!QFileInfo(path).absoluteDir().exists())
        fail(NastiError::Kind::Invalid, tr("Cannot write %1: no such folder.").arg(path));
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(tr("Acknowledgement %1").arg(r.diaryNo));
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const QString received = Clock::toOffice(r.receivedAt).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Acknowledgement of receipt")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To: %1").arg(r.sender)));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Your letter %1 dated %2, subject “%3”, was received on %4 IST and entered in the "
                        "diary of section %5 under")
                         .arg(r.letterNo.isEmpty() ? tr("(no number)") : r.letterNo,
                              r.letterDate.isEmpty() ? tr("(undated)") : r.letterDate, r.subject, received,
                              r.sectionCode)));
    html += QStringLiteral("<p style=\"font-size:20pt\"><b>%1</b></p>").arg(esc(r.diaryNo));
    if (!r.category.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Marked as %1, reference number %2.")
                                 .arg(codes::categoryLabel(r.category), r.referenceNo)));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Please quote this diary number in any further letter.")));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr("Issued by Nasti on %1 IST; no signature is needed.")
                             .arg(Clock::toOffice(QDateTime::currentMSecsSinceEpoch())
                                      .toString(QStringLiteral("dd.MM.yyyy")))));
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
}

} // namespace nasti
