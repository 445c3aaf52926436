#include "pdf/popplerdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QMutex>
#include <QVariant>

#include <mutex>

namespace nasti {

namespace {

Q_LOGGING_CATEGORY(lcPoppler, "nasti.pdf.poppler", QtWarningMsg)

// Poppler prints syntax errors of damaged files to stderr; they are expected
// for uploads, so they go to a logging category instead.
void forwardPopplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPoppler).noquote() << message;
}

QMutex &loadMutex()
{
    static QMutex mutex;
    return mutex;
}

// A one-page PDF with a coloured rectangle and base-14 text, built with exact
// xref offsets so Poppler does not have to repair it.
QByteArray tinyPdf()
{
    const QByteArray content = "0.2 0.4 0.8 rg 0 0 40 20 re f BT /F1 10 Tf 2 6 Td (Nasti) Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 40 20] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Poppler rebuilds its global parameters (font lookup included) whenever its
// last open document closes; one document kept open for the process lifetime
// builds them once. Deliberately never deleted: it is still reachable at exit.
Poppler::Document *keepAliveDocument()
{
    static Poppler::Document *const document = [] {
        Poppler::setDebugErrorFunction(forwardPopplerMessage, QVariant());
        QMutexLocker lock(&loadMutex());
        return Poppler::Document::loadFromData(tinyPdf()).release();
    }();
    return document;
}

} // namespace

void warmUpPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::Document *document = keepAliveDocument();
        if (!document)
            return;
        // Only this call ever touches the keep-alive document's pages.
        std::unique_ptr<Poppler::Page> page = document->page(0);
        if (page)
            page->renderToImage(72.0, 72.0);
    });
}

// Every verdict uses the "nasti::PopplerInspector" context, whichever class
// reports it, so translators see each message once.
OpenedPdf openPopplerDocument(const QByteArray &bytes)
{
    OpenedPdf result;
    if (bytes.isEmpty()) {
        result.problem = QCoreApplication::translate("nasti::PopplerInspector", "The file is empty.");
        return result;
    }
    // Readers accept a header anywhere in the first 1024 bytes.
    if (!bytes.left(1024).contains("%PDF-")) {
        result.problem = QCoreApplication::translate("nasti::PopplerInspector", "The file is not a PDF.");
        return result;
    }

    keepAliveDocument();
    std::unique_ptr<Poppler::Document> document;
    {
        // Poppler promises no thread safety; loading is quick, so one at a time.
        QMutexLocker lock(&loadMutex());
        document = Poppler::Document::loadFromData(bytes);
    }
    if (!document) {
        result.problem = QCoreApplication::translate("nasti::PopplerInspector",
                                                     "The file is not a readable PDF (it may be damaged).");
        return result;
    }
    if (document->isLocked()) {
        result.problem = QCoreApplication::translate(
            "nasti::PopplerInspector",
            "The PDF is protected by a password; remove the protection and try again.");
        return result;
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        result.problem = QCoreApplication::translate("nasti::PopplerInspector", "The PDF has no pages.");
        return result;
    }
    result.pageSizesPt.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (!page || size.isEmpty()) {
            result.pageSizesPt.clear();
            result.problem =
                QCoreApplication::translate("nasti::PopplerInspector",
                                            "Page %1 of the PDF cannot be read (the file may be damaged).")
                    .arg(i + 1);
            return result;
        }
        result.pageSizesPt.append(size);
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    result.document = std::move(document);
    return result;
}

} // namespace nasti
