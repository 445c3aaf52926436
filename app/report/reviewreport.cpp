#include "reviewreport.h"

#include "trendchart.h"

#include "review/reviewcolumns.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::ReviewReport", text);
}

QFont reportFont(double points, bool bold = false)
{
    QFont f;
    // Latin and Devanagari from one family, so Hindi names need no fallback lookup.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Lays the report out page by page. The first pass (no painter) only counts the
// pages, so the second can print "Page N of M".
class Pager
{
public:
    Pager(QPagedPaintDevice &device, QPainter *painter, const WeeklyReview &review, bool hindi,
          int totalPages)
        : m_device(device), m_p(painter), m_review(review), m_hindi(hindi), m_total(totalPages)
    {
        m_width = device.width();
        m_height = device.height();
        m_footer = mm(8);
    }

    double mm(double v) const { return v * m_device.logicalDpiY() / 25.4; }
    double bottom() const { return m_height - m_footer; }

    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_device); }

    void setFont(const QFont &f)
    {
        m_font = f;
        if (m_p)
            m_p->setFont(f);
    }
    void text(const QRectF &r, int flags, const QString &s)
    {
        if (m_p)
            m_p->drawText(r, flags, s);
    }
    void setPen(const QColor &c)
    {
        if (m_p)
            m_p->setPen(c);
    }
    void fill(const QRectF &r, const QColor &c)
    {
        if (m_p)
            m_p->fillRect(r, c);
    }
    void hline(double y, double x0, double x1)
    {
        if (m_p) {
            m_p->setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
            m_p->drawLine(QPointF(x0, y), QPointF(x1, y));
            m_p->setPen(Qt::black);
        }
    }

    // Ensures `h` fits on the page, else starts a new one; returns the y to draw at.
    double reserve(double h, const std::function<void()> &onNewPage = {})
    {
        if (m_y + h > bottom() && m_y > 0) {
            newPage();
            if (onNewPage)
                onNewPage();
        }
        const double y = m_y;
        return y;
    }
    void advance(double h) { m_y += h; }
    double y() const { return m_y; }
    double width() const { return m_width; }

    void newPage()
    {
        footer();
        if (m_p)
            m_device.newPage();
        ++m_page;
        m_y = 0;
        header();
    }
    void header()
    {
        // Every page after the first names the report in one line.
        if (m_page == 1)
            return;
        const QFont f = reportFont(7);
        setFont(f);
        const double h = metrics(f).height();
        text(QRectF(0, 0, m_width, h), Qt::AlignLeft | Qt::AlignVCenter,
             tr("Weekly review %1 — %2")
                 .arg(m_review.week.code(), review::unitName(m_review.root(), m_hindi)));
        m_y = h * 1.8;
    }
    void footer()
    {
        const QFont f = reportFont(7);
        setFont(f);
        const QRectF r(0, m_height - metrics(f).height(), m_width, metrics(f).height());
        text(r, Qt::AlignLeft | Qt::AlignVCenter,
             tr("Nasti — generated %1 IST").arg(review::officeTime(m_review.generatedMs)));
        text(r, Qt::AlignRight | Qt::AlignVCenter,
             tr("Page %1 of %2").arg(m_page).arg(std::max(m_total, m_page)));
    }
    int finish()
    {
        footer();
        return m_page;
    }
    QPainter *painter() const { return m_p; }

private:
    QPagedPaintDevice &m_device;
    QPainter *m_p;
    const WeeklyReview &m_review;
    bool m_hindi;
    int m_total;
    int m_page = 1;
    double m_y = 0, m_width = 0, m_height = 0, m_footer = 0;
    QFont m_font;
};

void depthFirst(const WeeklyReview &r, int unit, int depth, int maxDepth, QList<QPair<int, int>> &out)
{
    out << qMakePair(unit, depth);
    if (depth < maxDepth)
        for (const int child : r.units[unit].children)
            depthFirst(r, child, depth + 1, maxDepth, out);
}

int layout(const WeeklyReview &r, QPagedPaintDevice &device, QPainter *painter, bool hindi, int total)
{
    Pager pg(device, painter, r, hindi, total);
    const double w = pg.width();

    // Title block.
    QFont title = reportFont(15, true);
    pg.setFont(title);
    double h = pg.metrics(title).height();
    pg.text(QRectF(0, pg.y(), w, h), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Weekly review of pendency and disposal"));
    pg.advance(h * 1.2);
    QFont sub = reportFont(10);
    pg.setFont(sub);
    h = pg.metrics(sub).height();
    pg.text(QRectF(0, pg.y(), w, h), Qt::AlignLeft | Qt::AlignVCenter,
            review::unitName(r.root(), hindi) + QStringLiteral("   ·   ") +
                tr("Week %1, %2 to %3")
                    .arg(r.week.code(), r.week.monday().toString(QStringLiteral("dd.MM.yyyy")),
                         r.week.sunday().toString(QStringLiteral("dd.MM.yyyy"))));
    pg.advance(h);
    pg.text(QRectF(0, pg.y(), w, h), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Figures as of %1 IST; pending files aged in calendar days, overdue in working days.")
                .arg(review::officeTime(r.asOfMs)));
    pg.advance(h * 1.6);

    // The figures table: units down to sections (a department's review: down to posts).
    const QFont cell = reportFont(7);
    const QFont head = reportFont(6.5, true);
    const double nameWidth = pg.mm(62);
    const double colWidth = (w - nameWidth) / (review::ColumnCount - 1);
    const double rowH = pg.metrics(cell).height() * 1.35;
    const double headH = pg.metrics(head).height() * 3.3;
    auto colX = [&](int c) {
        return c == 0 ? 0.0 : nameWidth + colWidth * (c - 1);
    };
    auto tableHeader = [&]() {
        const double y = pg.y();
        pg.fill(QRectF(0, y, w, headH), QColor(0xe8, 0xee, 0xf6));
        pg.setFont(head);
        for (int c = 0; c < review::ColumnCount; ++c) {
            const double cw = c == 0 ? nameWidth : colWidth;
            pg.text(QRectF(colX(c) + pg.mm(0.8), y, cw - pg.mm(1.6), headH),
                    (c == 0 ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter | Qt::TextWordWrap,
                    review::columnTitle(c));
        }
        pg.advance(headH);
        pg.hline(pg.y(), 0, w);
    };
    pg.reserve(headH + rowH * 3);
    tableHeader();
    QList<QPair<int, int>> order;
    depthFirst(r, 0, 0, 2, order);
    for (const auto &[index, depth] : std::as_const(order)) {
        const ReviewUnit &u = r.units[index];
        pg.reserve(rowH, tableHeader);
        const double y = pg.y();
        QFont f = cell;
        f.setBold(depth == 0);
        pg.setFont(f);
        const QFontMetricsF fm = pg.metrics(f);
        const double indent = pg.mm(3) * depth;
        pg.text(QRectF(indent + pg.mm(0.8), y, nameWidth - indent - pg.mm(1.6), rowH),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(review::unitName(u, hindi), Qt::ElideRight, nameWidth - indent - pg.mm(1.6)));
        for (int c = 1; c < review::ColumnCount; ++c)
            pg.text(QRectF(colX(c), y, colWidth - pg.mm(1.5), rowH), Qt::AlignRight | Qt::AlignVCenter,
                    review::text(u.figures, c));
        pg.advance(rowH);
        pg.hline(pg.y(), 0, w);
    }
    pg.advance(rowH);

    // The trend chart.
    const double chartH = pg.mm(70);
    const QFont section = reportFont(10, true);
    const double sectionH = pg.metrics(section).height() * 1.4;
    pg.reserve(sectionH + chartH);
    pg.setFont(section);
    pg.text(QRectF(0, pg.y(), w, sectionH), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Pendency and disposal, last 12 weeks"));
    pg.advance(sectionH);
    pg.setFont(cell);
    if (pg.painter())
        drawTrendChart(*pg.painter(), QRectF(0, pg.y(), std::min(w, pg.mm(200)), chartH), r.root().trend);
    pg.advance(chartH + rowH);

    // The longest-pending files: the weekly arrear statement.
    struct Col
    {
        double mm;
        QString title;
        int align;
    };
    const QList<Col> cols{
        {8, tr("No."), Qt::AlignRight},           {46, tr("File number"), Qt::AlignLeft},
        {0, tr("Subject"), Qt::AlignLeft},        {52, tr("Held at (level)"), Qt::AlignLeft},
        {22, tr("Since"), Qt::AlignLeft},         {13, tr("Days"), Qt::AlignRight},
        {15, tr("Working days"), Qt::AlignRight}, {55, tr("Reason for delay"), Qt::AlignLeft}};
    double fixed = 0;
    for (const Col &c : cols)
        fixed += pg.mm(c.mm);
    QList<double> widths;
    for (const Col &c : cols)
        widths << (c.mm > 0 ? pg.mm(c.mm) : std::max(pg.mm(30), w - fixed));
    auto listHeader = [&]() {
        const double y = pg.y();
        pg.fill(QRectF(0, y, w, headH * 0.7), QColor(0xe8, 0xee, 0xf6));
        pg.setFont(head);
        double x = 0;
        for (int i = 0; i < cols.size(); ++i) {
            pg.text(QRectF(x + pg.mm(0.8), y, widths[i] - pg.mm(1.6), headH * 0.7),
                    cols[i].align | Qt::AlignVCenter | Qt::TextWordWrap, cols[i].title);
            x += widths[i];
        }
        pg.advance(headH * 0.7);
        pg.hline(pg.y(), 0, w);
    };
    pg.reserve(sectionH + headH + rowH * 3);
    pg.setFont(section);
    pg.text(QRectF(0, pg.y(), w, sectionH), Qt::AlignLeft | Qt::AlignVCenter,
            tr("The %1 longest-pending files (arrear statement)").arg(r.longest.size()));
    pg.advance(sectionH);
    listHeader();
    const QFontMetricsF fm = pg.metrics(cell);
    int number = 0;
    for (const ReviewFile &f : r.longest) {
        ++number;
        const QStringList values{QString::number(number),
                                 f.fileNo + (f.parked ? tr(" (parked)") : QString()),
                                 f.subject,
                                 f.postCode + QStringLiteral(", ") + review::postTitle(f, hindi) +
                                     QStringLiteral(" (") + review::levelLabel(f.level) + QLatin1Char(')'),
                                 review::officeDate(f.since),
                                 QString::number(f.days),
                                 QString::number(f.workingDays) +
                                     (f.overdue ? QStringLiteral(" !") : QString()),
                                 f.parked && !f.reviewDate.isEmpty()
                                     ? tr("Parked: %1 (review date %2)").arg(f.delayReason, f.reviewDate)
                                 : f.delayReason.isEmpty() && f.overdue ? tr("— not recorded —")
                                                                        : f.delayReason};
        // Rows grow to at most three lines of the longest wrapped cell.
        double rowHeight = rowH;
        for (int i = 0; i < values.size(); ++i) {
            const QRectF b = fm.boundingRect(QRectF(0, 0, widths[i] - pg.mm(1.6), fm.height() * 3),
                                             Qt::TextWordWrap, values[i]);
            rowHeight = std::max(rowHeight, std::min(b.height(), fm.height() * 3) + fm.height() * 0.35);
        }
        // Under the row, the attestation of the file's latest note (issue 16).
        QString attested;
        if (f.lastNoteSignature == ReviewFile::NoteSignature::Valid)
            attested =
                tr("Latest note digitally signed by %1, %2 on %3")
                    .arg(f.lastNoteSigner, f.lastNoteDesignation, review::officeDate(f.lastNoteSignedAt));
        else if (f.lastNoteSignature == ReviewFile::NoteSignature::Broken)
            attested =
                tr("Latest note, by %1, %2: its digital signature does not verify (altered after signing)")
                    .arg(f.lastNoteSigner, f.lastNoteDesignation);
        const double attestH = attested.isEmpty() ? 0 : fm.height() * 1.2;
        pg.reserve(rowHeight + attestH, listHeader);
        const double y = pg.y();
        pg.setFont(cell);
        double x = 0;
        for (int i = 0; i < values.size(); ++i) {
            pg.text(QRectF(x + pg.mm(0.8), y, widths[i] - pg.mm(1.6), rowHeight),
                    cols[i].align | Qt::AlignVCenter | Qt::TextWordWrap, values[i]);
            x += widths[i];
        }
        pg.advance(rowHeight);
        if (!attested.isEmpty()) {
            const double ax = widths[0] + widths[1];
            if (f.lastNoteSignature == ReviewFile::NoteSignature::Broken)
                pg.setPen(QColor(0xb0, 0x00, 0x20));
            pg.text(QRectF(ax + pg.mm(0.8), pg.y(), w - ax - pg.mm(1.6), attestH),
                    Qt::AlignLeft | Qt::AlignTop, attested);
            pg.setPen(QColor(Qt::black));
            pg.advance(attestH);
        }
        pg.hline(pg.y(), 0, w);
    }
    if (r.longest.isEmpty()) {
        pg.setFont(cell);
        pg.text(QRectF(0, pg.y(), w, rowH), Qt::AlignLeft | Qt::AlignVCenter, tr("No file was pending."));
        pg.advance(rowH);
    }
    pg.advance(rowH);

    // Small tables of their own: reference categories, the watch-list.
    auto table = [&](const QString &title, const QList<Col> &tcols, const QList<QStringList> &rows,
                     const QString &empty) {
        double tfixed = 0;
        for (const Col &c : tcols)
            tfixed += pg.mm(c.mm);
        QList<double> tw;
        for (const Col &c : tcols)
            tw << (c.mm > 0 ? pg.mm(c.mm) : std::max(pg.mm(30), w - tfixed));
        auto header = [&]() {
            const double y = pg.y();
            pg.fill(QRectF(0, y, w, headH * 0.7), QColor(0xe8, 0xee, 0xf6));
            pg.setFont(head);
            double x = 0;
            for (int i = 0; i < tcols.size(); ++i) {
                pg.text(QRectF(x + pg.mm(0.8), y, tw[i] - pg.mm(1.6), headH * 0.7),
                        tcols[i].align | Qt::AlignVCenter | Qt::TextWordWrap, tcols[i].title);
                x += tw[i];
            }
            pg.advance(headH * 0.7);
            pg.hline(pg.y(), 0, w);
        };
        pg.reserve(sectionH + headH + rowH * 2);
        pg.setFont(section);
        pg.text(QRectF(0, pg.y(), w, sectionH), Qt::AlignLeft | Qt::AlignVCenter, title);
        pg.advance(sectionH);
        header();
        for (const QStringList &values : rows) {
            double rowHeight = rowH;
            for (int i = 0; i < values.size(); ++i) {
                const QRectF b = fm.boundingRect(QRectF(0, 0, tw[i] - pg.mm(1.6), fm.height() * 3),
                                                 Qt::TextWordWrap, values[i]);
                rowHeight = std::max(rowHeight, std::min(b.height(), fm.height() * 3) + fm.height() * 0.35);
            }
            pg.reserve(rowHeight, header);
            const double y = pg.y();
            pg.setFont(cell);
            double x = 0;
            for (int i = 0; i < values.size(); ++i) {
                pg.text(QRectF(x + pg.mm(0.8), y, tw[i] - pg.mm(1.6), rowHeight),
                        tcols[i].align | Qt::AlignVCenter | Qt::TextWordWrap, values[i]);
                x += tw[i];
            }
            pg.advance(rowHeight);
            pg.hline(pg.y(), 0, w);
        }
        if (rows.isEmpty()) {
            pg.setFont(cell);
            pg.text(QRectF(0, pg.y(), w, rowH), Qt::AlignLeft | Qt::AlignVCenter, empty);
            pg.advance(rowH);
        }
        pg.advance(rowH);
    };
    QList<QStringList> categoryRows;
    for (const CategoryLine &c : r.categories)
        categoryRows << QStringList{hindi ? c.category.nameHi : c.category.nameEn,
                                    QString::number(c.category.defaultDays), QString::number(c.pending),
                                    QString::number(c.overdue)};
    table(tr("Reference categories, each on its own clock"),
          {{0, tr("Category"), Qt::AlignLeft},
           {35, tr("Limit (working days)"), Qt::AlignRight},
           {25, tr("Pending"), Qt::AlignRight},
           {25, tr("Overdue"), Qt::AlignRight}},
          categoryRows, tr("No reference categories."));
    QList<QStringList> watchRows;
    for (const CallView &c : r.watchList)
        watchRows << QStringList{
            c.fileNo + (c.kind == QLatin1String("call") ? tr(" (called for)") : QString()),
            c.holderCode + QStringLiteral(", ") +
                (hindi && !c.holderTitleHi.isEmpty() ? c.holderTitleHi : c.holderTitleEn),
            review::officeDate(c.holderSince),
            c.byPostCode + QStringLiteral(": ") + c.direction,
            c.answer.isEmpty() ? tr("— not answered —") : c.answer,
            QString::number(c.daysLate)};
    table(tr("Watch-list and calls for files"),
          {{46, tr("File number"), Qt::AlignLeft},
           {50, tr("Holder"), Qt::AlignLeft},
           {22, tr("Since"), Qt::AlignLeft},
           {0, tr("Direction"), Qt::AlignLeft},
           {60, tr("Answer"), Qt::AlignLeft},
           {18, tr("Days late"), Qt::AlignRight}},
          watchRows, tr("No file is on the watch-list."));

    // What the columns mean, in two columns.
    const QFont small = reportFont(6.5);
    const double smallH = pg.metrics(small).height();
    const int count = review::ColumnCount - 1;
    const int perColumn = (count + 1) / 2;
    pg.reserve(smallH * perColumn);
    pg.setFont(small);
    const double top = pg.y();
    for (int i = 0; i < count; ++i) {
        const int c = i + 1;
        const double x = i < perColumn ? 0 : w / 2;
        const double y = top + smallH * (i % perColumn);
        pg.text(QRectF(x, y, w / 2 - pg.mm(2), smallH), Qt::AlignLeft | Qt::AlignVCenter,
                review::columnTitle(c) + QStringLiteral(": ") + review::columnDescription(c));
    }
    pg.advance(smallH * perColumn);
    return pg.finish();
}
} // namespace

void ReviewReport::preparePage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
}

int ReviewReport::render(const WeeklyReview &review, QPagedPaintDevice &device, bool hindi)
{
    if (review.units.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The review is empty."));
    const int pages = layout(review, device, nullptr, hindi, 0);
    QPainter painter;
    if (!painter.begin(&device))
        fail(NastiError::Kind::Invalid, tr("The report could not be drawn on this printer or file."));
    const int drawn = layout(review, device, &painter, hindi, pages);
    painter.end();
    return drawn;
}

void ReviewReport::writePdf(const WeeklyReview &review, const QString &path, bool hindi)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            fail(NastiError::Kind::Invalid,
                 tr("Cannot write the PDF file %1: %2")
                     .arg(QFileInfo(path).absoluteFilePath(), probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Nasti"));
    writer.setTitle(tr("Weekly review %1").arg(review.week.code()));
    preparePage(writer);
    render(review, writer, hindi);
}

} // namespace nasti
