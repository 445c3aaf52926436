// The PDF component: PopplerInspector's verdicts, PdfRenderer (worker thread,
// cache, search, stale results) and PdfView under the offscreen platform.
//
// Fixtures: most PDFs are generated here with QPdfWriter. tests/data/encrypted.pdf
// was made once from tests/data/secret-plain.pdf (a hand-written one-page PDF) with
//   qpdf --encrypt user owner 256 -- secret-plain.pdf encrypted.pdf

#include "pdf/pdfpagecanvas.h"
#include "pdf/pdfrenderer.h"
#include "pdf/pdfview.h"
#include "pdf/popplerinspector.h"

#include <QAccessible>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using nasti::PdfHit;
using nasti::PdfRenderer;
using nasti::PdfView;
using nasti::PopplerInspector;

namespace {

const QSizeF kPageSizePt(300, 400);

// One page per entry, each with its words written in a known place.
QByteArray makePdf(const QStringList &pageTexts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // painter units are PDF points
    writer.setPageSize(QPageSize(kPageSizePt, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.setFont(QFont(u"Noto Sans"_s, 16));
    for (int i = 0; i < pageTexts.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawRect(QRectF(20, 20, 260, 360));
        painter.drawText(QPointF(40, 80), u"Page %1"_s.arg(i + 1));
        painter.drawText(QPointF(40, 140), pageTexts.at(i));
    }
    painter.end();
    return bytes;
}

// Scanned pages: each page an image of its words, no text layer. With textPages, those
// pages (0-based) carry text as well.
QByteArray scannedPdf(int pages, const QList<int> &textPages = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(kPageSizePt, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.setFont(QFont(u"Noto Sans"_s, 16));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        QImage scan(300, 400, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        ink.setFont(QFont(u"Noto Sans"_s, 16));
        ink.drawText(QPointF(40, 80), u"Scanned zebrafish %1"_s.arg(i + 1));
        ink.end();
        painter.drawImage(QRectF(0, 0, 300, 400), scan);
        if (textPages.contains(i))
            painter.drawText(QPointF(40, 140), u"typed page"_s);
    }
    painter.end();
    return bytes;
}

QByteArray threePages()
{
    return makePdf({u"alpha lorem ipsum"_s, u"bravo Zebrafish"_s, u"charlie delta"_s});
}

// A PDF whose page tree is empty: valid syntax, nothing to show.
QByteArray noPagesPdf()
{
    const QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>",
                                       "<< /Type /Pages /Kids [] /Count 0 >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 3\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray randomBytes(qsizetype size)
{
    QRandomGenerator generator(42); // fixed seed: the same "file" every run
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes[0] = 'x'; // never a PDF header by chance
    return bytes;
}

QByteArray headerThenGarbage()
{
    return "%PDF-1.7\n" + randomBytes(4096);
}

QByteArray truncated()
{
    const QByteArray pdf = threePages();
    return pdf.left(pdf.size() / 5);
}

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(NASTI_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

int darkPixels(const QImage &image)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(rgb.pixel(x, y)) < 128)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspector_data();
    void inspector();
    void inspectorIsThreadSafe();

    void rendererRendersOnItsWorkerThread();
    void rendererFindsWordsAndText();
    void rendererCacheKeepsItsBudget();
    void rendererDropsResultsOfReplacedDocument();
    void rendererReportsProblems();
    void rendererShutsDownWhileBusy();

    void viewShowsDocument();
    void viewNavigatesAndZooms();
    void viewFinds();
    void viewShowsProblems_data();
    void viewShowsProblems();
    void viewInputsHaveAccessibleNames();
    void viewZoomKeepsTheLeftMargin();
    void viewSaysScansHaveNoText();
    void viewPopsOutAndBack();
};

void TestPdf::inspector_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("three pages") << threePages() << true << 3 << QString();
    QTest::newRow("hand-written") << dataFile(u"secret-plain.pdf"_s) << true << 1 << QString();
    QTest::newRow("empty") << QByteArray() << false << 0 << u"empty"_s;
    QTest::newRow("random bytes") << randomBytes(4096) << false << 0 << u"not a PDF"_s;
    QTest::newRow("header then garbage") << headerThenGarbage() << false << 0 << u"damaged"_s;
    QTest::newRow("truncated") << truncated() << false << 0 << QString();
    QTest::newRow("encrypted") << dataFile(u"encrypted.pdf"_s) << false << 0 << u"password"_s;
    QTest::newRow("no pages") << noPagesPdf() << false << 0 << u"no pages"_s;
}

void TestPdf::inspector()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(int, pageCount);
    QFETCH(QString, problemMentions);

    const nasti::DocumentCheck check = PopplerInspector().inspect(bytes);
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.pageCount, pageCount);
    if (ok) {
        QCOMPARE(check.mimeType, u"application/pdf"_s);
        QVERIFY(check.problem.isEmpty());
    } else {
        QVERIFY(!check.problem.isEmpty());
        QVERIFY2(!check.problem.contains(u'\n'), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(problemMentions, Qt::CaseInsensitive), qPrintable(check.problem));
    }
}

void TestPdf::inspectorIsThreadSafe()
{
    const QByteArray good = threePages();
    const QByteArray bad = headerThenGarbage();
    const QByteArray locked = dataFile(u"encrypted.pdf"_s);
    const PopplerInspector inspector;
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 15; ++i) {
                wrong += inspector.inspect(good).pageCount != 3;
                wrong += inspector.inspect(bad).ok;
                wrong += inspector.inspect(locked).ok;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestPdf::rendererRendersOnItsWorkerThread()
{
    PdfRenderer renderer;
    QVERIFY(renderer.workerThread() != QThread::currentThread());
    QVERIFY(renderer.workerThread()->isRunning());

    QSignalSpy loaded(&renderer, &PdfRenderer::loaded);
    renderer.load(threePages());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.at(0).at(0).toInt(), 3);
    const auto sizes = loaded.at(0).at(1).value<QList<QSizeF>>();
    QCOMPARE(sizes.size(), 3);
    QCOMPARE(sizes.at(0).toSize(), kPageSizePt.toSize());
    QCOMPARE(renderer.pageCount(), 3);

    QSignalSpy rendered(&renderer, &PdfRenderer::pageRendered);
    renderer.requestPage(0, 144);
    // Nothing renders in the caller: the image is not there until the worker sends it.
    QVERIFY(renderer.cachedPage(0, 144).isNull());
    QCOMPARE(rendered.count(), 0);
    QVERIFY(rendered.wait(10000));
    QCOMPARE(rendered.at(0).at(0).toInt(), 0);
    QCOMPARE(rendered.at(0).at(1).toReal(), 144.0);
    const auto image = rendered.at(0).at(2).value<QImage>();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(600, 800)); // 300 x 400 pt at 2x
    QVERIFY2(darkPixels(image) > 500, "the page should show its frame and text");
    QCOMPARE(renderer.cachedPage(0, 144).size(), image.size());
}

void TestPdf::rendererFindsWordsAndText()
{
    PdfRenderer renderer;
    QSignalSpy loaded(&renderer, &PdfRenderer::loaded);
    renderer.load(threePages());
    QVERIFY(loaded.wait(10000));

    QSignalSpy found(&renderer, &PdfRenderer::found);
    renderer.find(u"zebrafish"_s); // case-insensitive
    QVERIFY(found.wait(10000));
    const auto hits = found.at(0).at(0).value<QList<PdfHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).page, 1);
    const QRectF rect = hits.at(0).rectPt;
    QVERIFY(!rect.isEmpty());
    QVERIFY2(QRectF(QPointF(0, 0), kPageSizePt).contains(rect), "hit rectangle is in page points");
    // Written at baseline y = 140 pt, so the word box sits just above it.
    QVERIFY(rect.top() > 100 && rect.bottom() < 150);

    renderer.find(u"nowhere-to-be-found"_s);
    QVERIFY(found.wait(10000));
    QVERIFY(found.at(1).at(0).value<QList<PdfHit>>().isEmpty());

    QSignalSpy text(&renderer, &PdfRenderer::pageTextReady);
    renderer.requestPageText(2);
    QVERIFY(text.wait(10000));
    QCOMPARE(text.at(0).at(0).toInt(), 2);
    QVERIFY(text.at(0).at(1).toString().contains(u"charlie"_s));
}

void TestPdf::rendererCacheKeepsItsBudget()
{
    PdfRenderer renderer;
    QCOMPARE(renderer.cacheBudget(), 64LL * 1024 * 1024);
    renderer.setCacheBudget(1024 * 1024); // two 300x400 ARGB pages fit, three do not
    QSignalSpy loaded(&renderer, &PdfRenderer::loaded);
    renderer.load(threePages());
    QVERIFY(loaded.wait(10000));

    QSignalSpy rendered(&renderer, &PdfRenderer::pageRendered);
    for (int page = 0; page < 3; ++page) {
        renderer.requestPage(page, 72);
        QVERIFY(rendered.wait(10000));
    }
    QVERIFY(renderer.cachedBytes() <= renderer.cacheBudget());
    QVERIFY(renderer.cachedPage(0, 72).isNull()); // least recently used went first
    QVERIFY(!renderer.cachedPage(2, 72).isNull());

    // A cached page is still delivered by signal, never synchronously.
    renderer.requestPage(2, 72);
    QCOMPARE(rendered.count(), 3);
    QVERIFY(rendered.wait(10000));
    QCOMPARE(rendered.at(3).at(0).toInt(), 2);
}

void TestPdf::rendererDropsResultsOfReplacedDocument()
{
    PdfRenderer renderer;
    QSignalSpy loaded(&renderer, &PdfRenderer::loaded);
    QSignalSpy failed(&renderer, &PdfRenderer::failed);
    QSignalSpy rendered(&renderer, &PdfRenderer::pageRendered);
    QSignalSpy found(&renderer, &PdfRenderer::found);

    renderer.load(threePages());
    renderer.requestPage(0, 72);
    renderer.find(u"alpha"_s);
    renderer.load(headerThenGarbage()); // replaces the first before it is shown

    QVERIFY(failed.wait(10000));
    QTest::qWait(200); // anything of the first document would have arrived by now
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(rendered.count(), 0);
    QCOMPARE(found.count(), 0);
    QCOMPARE(renderer.pageCount(), 0);

    renderer.load(threePages());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 1);
}

void TestPdf::rendererReportsProblems()
{
    PdfRenderer renderer;
    QSignalSpy failed(&renderer, &PdfRenderer::failed);
    renderer.load(dataFile(u"encrypted.pdf"_s));
    QVERIFY(failed.wait(10000));
    // Same verdict as the inspector, so upload and viewer say the same thing.
    QCOMPARE(failed.at(0).at(0).toString(), PopplerInspector().inspect(dataFile(u"encrypted.pdf"_s)).problem);
}

void TestPdf::rendererShutsDownWhileBusy()
{
    QElapsedTimer timer;
    timer.start();
    {
        PdfRenderer renderer;
        QSignalSpy loaded(&renderer, &PdfRenderer::loaded);
        renderer.load(threePages());
        QVERIFY(loaded.wait(10000));
        for (int i = 0; i < 40; ++i)
            renderer.requestPage(i % 3, 300 + i); // queued work the destructor must skip
    }
    QVERIFY2(timer.elapsed() < 5000, "destructor waited for the whole queue");
}

void TestPdf::viewShowsDocument()
{
    PdfView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &PdfView::pageShown);

    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);
    QVERIFY(!view.hasError());
    QCOMPARE(view.findChild<QLabel *>(u"pdfPageLabel"_s)->text(), u"1 / 3"_s);
    QCOMPARE(view.findChild<QListWidget *>(u"pdfThumbnails"_s)->count(), 3);
    QVERIFY(!view.findChild<QLabel *>(u"pdfMessage"_s)->isVisible());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), 0);

    // The visible page arrives rendered, not only as a placeholder.
    auto *canvas = view.findChild<nasti::PdfPageCanvas *>(u"pdfPageCanvas"_s);
    QVERIFY(canvas);
    QTRY_VERIFY(canvas->hasPageImage(0));

    view.clear();
    QCOMPARE(view.pageCount(), 0);
    QVERIFY(!view.hasError());
    QVERIFY(view.findChild<QLabel *>(u"pdfMessage"_s)->isVisible());
}

void TestPdf::viewNavigatesAndZooms()
{
    PdfView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);
    QSignalSpy shown(&view, &PdfView::pageShown);
    auto *label = view.findChild<QLabel *>(u"pdfPageLabel"_s);

    view.findChild<QAction *>(u"pdfNextPage"_s)->trigger();
    QCOMPARE(label->text(), u"2 / 3"_s);
    QCOMPARE(shown.constLast().at(0).toInt(), 1);
    view.setFocus();
    QVERIFY(view.findChild<QAbstractScrollArea *>(u"pdfPages"_s)->hasFocus());
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(label->text(), u"3 / 3"_s);
    QVERIFY(!view.findChild<QAction *>(u"pdfNextPage"_s)->isEnabled());
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(view.currentPage(), 1);

    // Clicking a thumbnail goes to its page.
    auto *thumbnails = view.findChild<QListWidget *>(u"pdfThumbnails"_s);
    thumbnails->setCurrentRow(0);
    QCOMPARE(label->text(), u"1 / 3"_s);

    auto *combo = view.findChild<QComboBox *>(u"pdfZoomCombo"_s);
    view.setZoom(1.0);
    QCOMPARE(combo->currentText(), u"100 %"_s);
    view.findChild<QAction *>(u"pdfZoomIn"_s)->trigger();
    QCOMPARE(view.zoom(), 1.25);
    QCOMPARE(combo->currentText(), u"125 %"_s);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 1.0);
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 1.25);

    view.findChild<QAction *>(u"pdfFitWidth"_s)->trigger();
    QVERIFY(view.isFitWidth());
    // One control fits the width (the button); the combo then shows the zoom it came to.
    QCOMPARE(combo->findText(u"Fit width"_s), -1);
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(combo->placeholderText(), u"%1 %"_s.arg(qRound(view.zoom() * 100)));
    QVERIFY(view.findChild<QAction *>(u"pdfFitWidth"_s)->isChecked());
    combo->setCurrentIndex(combo->findText(u"100 %"_s));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(!view.isFitWidth());
    QVERIFY(!view.findChild<QAction *>(u"pdfFitWidth"_s)->isChecked());
    view.findChild<QAction *>(u"pdfFitWidth"_s)->trigger();
    // Fit width: the page fills the page area's width less margins and scroll bar.
    auto *canvas = view.findChild<nasti::PdfPageCanvas *>(u"pdfPageCanvas"_s);
    auto *pages = view.findChild<QAbstractScrollArea *>(u"pdfPages"_s);
    QVERIFY(canvas->pageRect(0).width() > pages->width() - 80);
    QVERIFY(canvas->pageRect(0).width() <= pages->viewport()->width());
    QTRY_VERIFY(canvas->hasPageImage(0));
}

void TestPdf::viewFinds()
{
    PdfView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);

    auto *field = view.findChild<QLineEdit *>(u"pdfFindField"_s);
    auto *status = view.findChild<QLabel *>(u"pdfFindStatus"_s);
    view.setFocus(); // shortcuts belong to the view: focus must be inside it
    QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, u"zebrafish"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(status->text(), u"1 / 1"_s);
    QCOMPARE(view.currentPage(), 1);
    QCOMPARE(view.findChild<QLabel *>(u"pdfPageLabel"_s)->text(), u"2 / 3"_s);

    // "Page" is on every page: next match walks through them and wraps around.
    field->setText(u"page"_s);
    QVERIFY(status->text().isEmpty());
    view.findNext();
    QTRY_COMPARE(status->text(), u"2 / 3"_s); // starts from the page being read
    view.findChild<QAction *>(u"pdfFindNext"_s)->trigger();
    QCOMPARE(status->text(), u"3 / 3"_s);
    QCOMPARE(view.currentPage(), 2);
    view.findNext();
    QCOMPARE(status->text(), u"1 / 3"_s);
    QCOMPARE(view.currentPage(), 0);

    field->setText(u"absent"_s);
    view.findNext();
    QTRY_VERIFY(!status->text().isEmpty() && status->text() != u"Searching…"_s);
    QCOMPARE(status->text(), u"Not found"_s);
}

void TestPdf::viewShowsProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problemMentions");
    QTest::newRow("damaged") << headerThenGarbage() << u"damaged"_s;
    QTest::newRow("not a pdf") << randomBytes(2048) << u"not a PDF"_s;
    QTest::newRow("encrypted") << dataFile(u"encrypted.pdf"_s) << u"password"_s;
    QTest::newRow("no pages") << noPagesPdf() << u"no pages"_s;
}

void TestPdf::viewShowsProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problemMentions);

    PdfView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDocument(bytes, u"minutes.pdf"_s);
    QTRY_VERIFY(view.hasError());
    QVERIFY2(view.errorText().contains(problemMentions, Qt::CaseInsensitive), qPrintable(view.errorText()));
    QCOMPARE(view.pageCount(), 0);

    auto *message = view.findChild<QLabel *>(u"pdfMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"minutes.pdf"_s));
    QVERIFY(message->text().contains(view.errorText()));
    QVERIFY(!view.findChild<QLineEdit *>(u"pdfFindField"_s)->isEnabled());
    QVERIFY(!view.findChild<QAction *>(u"pdfZoomIn"_s)->isEnabled());

    // The same view recovers with a good file.
    view.setDocument(threePages(), u"three.pdf"_s);
    QVERIFY(!view.hasError());
    QTRY_COMPARE(view.pageCount(), 3);
    QVERIFY(!message->isVisible());
}

void TestPdf::viewInputsHaveAccessibleNames()
{
    PdfView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);

    for (const QString &name : {u"pdfZoomIn"_s, u"pdfZoomOut"_s, u"pdfFitWidth"_s, u"pdfPreviousPage"_s,
                                u"pdfNextPage"_s, u"pdfFindPrevious"_s, u"pdfFindNext"_s}) {
        QVERIFY2(view.findChild<QAction *>(name), qPrintable(name));
        QVERIFY2(view.findChild<QToolButton *>(name), qPrintable(name));
    }
    int checked = 0;
    const QList<QWidget *> widgets = view.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Inputs: anything that takes focus, and buttons (toolbar buttons do not).
        const bool input = widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(widget);
        if (!input || !widget->isVisible() || widget->objectName().startsWith(u"qt_"_s))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        const QString what =
            u"%1 (%2)"_s.arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(what));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

// Zooming in from fit width, the page starts at its left margin (not scrolled to its
// middle); a page narrower than the view is centred with room on both sides.
void TestPdf::viewZoomKeepsTheLeftMargin()
{
    PdfView view;
    view.resize(700, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);
    auto *canvas = view.findChild<nasti::PdfPageCanvas *>(u"pdfPageCanvas"_s);
    auto *pages = view.findChild<QAbstractScrollArea *>(u"pdfPages"_s);
    QVERIFY(view.isFitWidth());
    for (int step = 0; step < 4; ++step) {
        view.zoomIn();
        QVERIFY(canvas->pageRect(0).width() > pages->viewport()->width());
        // The page's left edge is in view, with a margin before it.
        const int left = canvas->pageRect(0).left() + canvas->pos().x();
        QVERIFY2(left >= 8 && left < 40, qPrintable(QString::number(left)));
    }
    // Scrolled across, zooming keeps the spot at the left of the view (a fifth across).
    QScrollBar *horizontal = pages->findChild<QScrollBar *>(); // (the horizontal one is created first)
    for (QScrollBar *bar : pages->findChildren<QScrollBar *>())
        if (bar->orientation() == Qt::Horizontal)
            horizontal = bar;
    const QRect wide = canvas->pageRect(0);
    horizontal->setValue(wide.left() + wide.width() / 5);
    view.setZoom(view.zoom() / 2);
    const QRect half = canvas->pageRect(0);
    QVERIFY(half.width() > pages->viewport()->width());
    QVERIFY2(qAbs(horizontal->value() - (half.left() + half.width() / 5)) <= 3,
             qPrintable(u"%1 vs %2"_s.arg(horizontal->value()).arg(half.left() + half.width() / 5)));
    view.setZoom(0.5);
    const QRect page = canvas->pageRect(0);
    QVERIFY(page.width() < pages->viewport()->width());
    const int leftRoom = page.left() + canvas->pos().x();
    const int rightRoom = pages->viewport()->width() - (page.right() + 1 + canvas->pos().x());
    QVERIFY2(qAbs(leftRoom - rightRoom) <= 2, qPrintable(u"%1 vs %2"_s.arg(leftRoom).arg(rightRoom)));
}

// A scanned page has no text layer: a search says so instead of "not found".
void TestPdf::viewSaysScansHaveNoText()
{
    PdfView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *field = view.findChild<QLineEdit *>(u"pdfFindField"_s);
    auto *status = view.findChild<QLabel *>(u"pdfFindStatus"_s);
    auto settled = [&] {
        return !status->text().isEmpty() && status->text() != u"Searching…"_s;
    };

    view.setDocument(scannedPdf(2), u"scan.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 2);
    field->setText(u"zebrafish"_s);
    view.findNext();
    QTRY_VERIFY(settled());
    QVERIFY2(status->text().contains(u"text layer"_s) && status->text().contains(u"2 page"_s),
             qPrintable(status->text()));
    QVERIFY(!status->text().startsWith(u"Not found"_s));
    QVERIFY(status->toolTip().contains(u"1, 2"_s));

    // Part scanned, part typed: not found on the typed page, the scans named.
    view.setDocument(scannedPdf(3, {1}), u"mixed.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);
    field->setText(u"zebrafish"_s);
    view.findNext();
    QTRY_VERIFY(settled());
    QVERIFY2(status->text().startsWith(u"Not found"_s) && status->text().contains(u"2 page"_s) &&
                 status->text().contains(u"without a text layer"_s),
             qPrintable(status->text()));
    QVERIFY(status->toolTip().contains(u"1, 3"_s));
    // Found on the typed page: the count, as before.
    field->setText(u"typed"_s);
    view.findNext();
    QTRY_COMPARE(status->text(), u"1 / 1"_s);

    // A document with text everywhere: plain "not found".
    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);
    field->setText(u"absent"_s);
    view.findNext();
    QTRY_VERIFY(settled());
    QCOMPARE(status->text(), u"Not found"_s);
    QVERIFY(status->toolTip().isEmpty());
}

// Pop out: the document in its own resizable window at the page being read; closing it
// (or "Bring it back") shows it here again at the page reached there.
void TestPdf::viewPopsOutAndBack()
{
    PdfView view;
    view.resize(500, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDocument(threePages(), u"three.pdf"_s);
    QTRY_COMPARE(view.pageCount(), 3);
    view.goToPage(1);
    QAction *popOut = view.findChild<QAction *>(u"pdfPopOut"_s);
    QVERIFY(popOut && popOut->isEnabled());
    QVERIFY(view.findChild<QToolButton *>(u"pdfPopOut"_s));
    popOut->trigger();
    QVERIFY(view.isPoppedOut());
    QWidget *window = view.popOutWindow();
    QVERIFY(window->isWindow());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    PdfView *out = view.poppedOutView();
    QTRY_COMPARE(out->pageCount(), 3);
    QTRY_COMPARE(out->currentPage(), 1);
    // Its own window: wider than the view it came from, and the user may resize it.
    QVERIFY(window->width() > view.width());
    window->resize(1200, 700);
    QTRY_COMPARE(window->width(), 1200);
    QVERIFY(out->isFitWidth());
    auto *outPages = out->findChild<QAbstractScrollArea *>(u"pdfPages"_s);
    QTRY_VERIFY(out->findChild<nasti::PdfPageCanvas *>(u"pdfPageCanvas"_s)->pageRect(0).width() >
                outPages->width() - 80);
    // Here: a line saying where it is and a button to bring it back; no second copy of the pages.
    auto *stack = view.findChild<QStackedWidget *>(u"pdfStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"pdfPoppedPage"_s);
    QVERIFY(view.findChild<QLabel *>(u"pdfPoppedLabel"_s)->text().contains(u"three.pdf"_s));
    // In the window the same action puts it back.
    QAction *back = out->findChild<QAction *>(u"pdfPopOut"_s);
    QCOMPARE(back->iconText(), u"Put back"_s);
    out->goToPage(2);
    back->trigger();
    QTRY_VERIFY(!view.isPoppedOut());
    QCOMPARE(stack->currentWidget()->objectName(), u"pdfSplitter"_s);
    QCOMPARE(view.currentPage(), 2);

    // Out again, and back by the button; closing the view with the window open is safe.
    popOut->trigger();
    QVERIFY(view.isPoppedOut());
    QTest::mouseClick(view.findChild<QPushButton *>(u"pdfPopIn"_s), Qt::LeftButton);
    QTRY_VERIFY(!view.isPoppedOut());
    popOut->trigger();
    QPointer<QWidget> stillOpen = view.popOutWindow();
    view.setDocument(threePages(), u"again.pdf"_s); // a new document closes the window
    QVERIFY(stillOpen.isNull());
    QTRY_COMPARE(view.pageCount(), 3);
    popOut->trigger();
    auto *doomed = new PdfView;
    doomed->setDocument(threePages(), u"x.pdf"_s);
    QTRY_COMPARE(doomed->pageCount(), 3);
    doomed->popOut();
    delete doomed; // window and all
}

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
