#include "reviewwidget.h"

#include "frozencolumntree.h"

#include "reviewtreemodel.h"
#include "reviewworker.h"
#include "trendchartwidget.h"

#include "report/reviewreport.h"
#include "review/reviewcolumns.h"
#include "review/reviewcsv.h"
#include "review/reviewservice.h"
#include "uiutil.h"
#include "util/clock.h"
#include "util/error.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace nasti {

namespace {
// The columns of a file list (drill-down and longest pending).
void fillFileTable(QTableWidget *t, const QList<ReviewFile> &rows, bool hindi, bool arrear = false)
{
    // The longest-pending pane puts holder, days and reason first, so they show without
    // scrolling at 1366 x 768; the subject comes last and takes what is left.
    enum
    {
        FileNo,
        Subject,
        HeldAt,
        Since,
        Days,
        Reason,
        Count
    };
    const QList<int> order = arrear ? QList<int>{FileNo, HeldAt, Days, Reason, Since, Subject}
                                    : QList<int>{FileNo, Subject, HeldAt, Since, Days, Reason};
    const QStringList titles{ReviewWidget::tr("File number"), ReviewWidget::tr("Subject"),
                             ReviewWidget::tr("Held at"),     ReviewWidget::tr("Since"),
                             ReviewWidget::tr("Days"),        ReviewWidget::tr("Reason for delay")};
    QStringList headers;
    for (const int c : order)
        headers << titles[c];
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ReviewFile &f = rows[r];
        const QString fileNo = f.fileNo + (f.parked ? ReviewWidget::tr(" (parked)") : QString());
        const QString reason = f.parked && !f.reviewDate.isEmpty()
                                   ? ReviewWidget::tr("%1 (review date %2)").arg(f.delayReason, f.reviewDate)
                                   : f.delayReason;
        const QStringList cells{fileNo,
                                f.subject,
                                f.postCode + QStringLiteral(" (") + review::levelLabel(f.level) +
                                    QLatin1Char(')'),
                                ui::dateTime(f.since),
                                QString::number(f.days),
                                reason};
        for (int i = 0; i < order.size(); ++i) {
            const int c = order[i];
            auto *item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setData(Qt::UserRole, f.fileNo);
            item->setData(Qt::UserRole + 1, f.id != 0); // receipts (dak) are no files
            if (c == Days)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (f.overdue)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            if (c == HeldAt)
                item->setToolTip(review::postTitle(f, hindi));
            if (c == Subject || c == Reason)
                item->setToolTip(cells[c]);
            t->setItem(r, i, item);
        }
    }
    t->resizeColumnsToContents();
    if (arrear)
        for (int i = 0; i < t->columnCount(); ++i)
            t->setColumnWidth(i, qMin(t->columnWidth(i), order[i] == Reason ? 220 : 170));
    t->horizontalHeader()->setStretchLastSection(true);
}

QTableWidget *newFileTable(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *t = ui::named(new QTableWidget(parent), name, accessible);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->setAlternatingRowColors(true);
    return t;
}

QString detailHtml(const FileDetail &d)
{
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
            .arg(esc(d.summary.fileNo), esc(d.summary.subject),
                 esc(ReviewWidget::tr("With %1 since %2 · %3")
                         .arg(ui::title(d.summary.holderTitleEn, d.summary.holderTitleHi),
                              ui::dateTime(d.summary.holderSince), codes::statusLabel(d.summary.status))));
    if (!d.delayReason.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(ReviewWidget::tr("Reason for delay:")), esc(d.delayReason));
    html += QStringLiteral("<h4>%1</h4>").arg(esc(ReviewWidget::tr("Note sheet")));
    for (const NoteView &n : d.notes) {
        if (n.isDraft())
            continue; // another post's draft is not the record
        int para = n.paraStart;
        for (const QString &p : n.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>%1. %2</p>").arg(para++).arg(esc(p.trimmed()));
        html += QStringLiteral("<p align=right><i>%1, %2, %3</i></p>")
                    .arg(esc(n.authorName), esc(n.designation), esc(ui::dateTime(n.frozenAt)));
    }
    html += QStringLiteral("<h4>%1</h4><table cellpadding=3>").arg(esc(ReviewWidget::tr("Movements")));
    for (const MovementView &m : d.movements)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 → %4</td><td>%5</td></tr>")
                    .arg(esc(ui::dateTime(m.sentAt)), esc(codes::movementLabel(m.kind)), esc(m.fromCode),
                         esc(m.toCode), esc(m.remarks));
    return html + QStringLiteral("</table>");
}
} // namespace

ReviewWidget::ReviewWidget(QueryWorker *worker, const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(std::make_unique<ReviewWorker>(worker, session))
{
    setObjectName(QStringLiteral("reviewWidget"));

    m_model = new ReviewTreeModel(this);
    m_prev = ui::named(new QPushButton(this), QStringLiteral("previousWeek"), tr("Previous week"));
    m_next = ui::named(new QPushButton(this), QStringLiteral("nextWeek"), tr("Next week"));
    m_reload = ui::named(new QPushButton(this), QStringLiteral("reloadReview"), tr("Refresh"));
    m_weekLabel = ui::named(new QLabel(this), QStringLiteral("weekLabel"), tr("Week under review"));
    m_print = ui::named(new QPushButton(this), QStringLiteral("printPreview"), tr("Print preview"));
    m_pdf = ui::named(new QPushButton(this), QStringLiteral("savePdf"), tr("Save PDF"));
    m_csv = ui::named(new QPushButton(this), QStringLiteral("saveCsv"), tr("Save CSV"));
    m_progress =
        ui::named(new QProgressBar(this), QStringLiteral("reviewProgress"), tr("Loading the review"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = ui::named(new QLabel(this), QStringLiteral("reviewStatus"), tr("Review status"));

    m_tree = ui::named(new FrozenColumnTree(this), QStringLiteral("reviewTree"), tr("Figures by unit"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_longest = newFileTable(this, QStringLiteral("longestPending"), tr("Longest pending files"));
    m_longestTitle = new QLabel(this);
    m_chart = ui::named(new TrendChartWidget(this), QStringLiteral("trendChart"), tr("Twelve-week trend"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_prev);
    top->addWidget(m_weekLabel);
    top->addWidget(m_next);
    top->addWidget(m_reload);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    top->addWidget(m_csv);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    auto *longestBox = new QWidget(bottom);
    auto *lb = new QVBoxLayout(longestBox);
    lb->setContentsMargins(0, 0, 0, 0);
    lb->addWidget(m_longestTitle);
    lb->addWidget(m_longest);
    bottom->addWidget(longestBox);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 5);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_prev, &QPushButton::clicked, this, [this] { setWeek(m_week.previous()); });
    connect(m_next, &QPushButton::clicked, this, [this] { setWeek(m_week.next()); });
    connect(m_reload, &QPushButton::clicked, this, &ReviewWidget::reload);
    connect(m_print, &QPushButton::clicked, this, &ReviewWidget::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReviewWidget::savePdfAs);
    connect(m_csv, &QPushButton::clicked, this, &ReviewWidget::saveCsvAs);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showUnit(m_model->unitAt(current)); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != review::Name)
            drillDown(m_model->unitAt(index), index.column());
    });
    connect(m_longest, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_longest->item(row, 0); item && item->data(Qt::UserRole + 1).toBool())
            showFile(item->data(Qt::UserRole).toString());
    });

    retranslate();
    m_week = WeekRange::lastComplete(SystemClock().nowMs());
    reload();
}

ReviewWidget::~ReviewWidget() = default;

bool ReviewWidget::hindi() const
{
    return ui::isHindi();
}

void ReviewWidget::retranslate()
{
    m_prev->setText(tr("◀ Previous"));
    m_next->setText(tr("Next ▶"));
    m_reload->setText(tr("Refresh"));
    m_print->setText(tr("Print preview…"));
    m_pdf->setText(tr("Save PDF…"));
    m_csv->setText(tr("Save CSV…"));
    m_weekLabel->setText(weekLabel());
    // Switched live: the status and the column widths follow the new language.
    if (m_review && !m_loading)
        m_status->setText(tr("As of %1 IST").arg(ui::dateTime(m_review->asOfMs)));
    m_tree->setToolTip(tr("Double-click a figure to see the files behind it."));
    if (m_review) {
        m_model->setReview(m_review, hindi());
        m_tree->expandToDepth(1);
        m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
        m_tree->syncExpansion();
        showUnit(m_unit);
    }
}

// "Week 37 of 2026 (08.09.2026 – 14.09.2026)" in the reader's language (the ISO
// code 2026-W37 stays for the command line and file names).
QString ReviewWidget::weekLabel() const
{
    if (!m_week.isValid())
        return {};
    return tr("Week %1 of %2 (%3 – %4)")
        .arg(m_week.isoWeek())
        .arg(m_week.isoYear())
        .arg(m_week.monday().toString(QStringLiteral("dd.MM.yyyy")),
             m_week.sunday().toString(QStringLiteral("dd.MM.yyyy")));
}

void ReviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewWidget::setWeek(const WeekRange &week)
{
    m_week = week;
    reload();
}

void ReviewWidget::setDepartment(const QString &code)
{
    m_department = code;
    reload();
}

void ReviewWidget::reload()
{
    const int request = ++m_request;
    m_loading = true;
    m_weekLabel->setText(weekLabel());
    // No future weeks: the next button stops at the last complete one.
    m_next->setEnabled(m_week.next().startMs() <= SystemClock().nowMs());
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Loading week %1…").arg(m_week.code()));
    m_worker->weekly(
        this, m_week, m_department,
        [this, request](int step, int steps) {
            if (request != m_request)
                return;
            m_progress->setRange(0, steps);
            m_progress->setValue(step);
        },
        [this, request](std::shared_ptr<const WeeklyReview> review) {
            if (request != m_request)
                return; // a newer week was asked for meanwhile
            m_loading = false;
            m_progress->hide();
            m_review = std::move(review);
            m_model->setReview(m_review, hindi());
            m_tree->expandToDepth(1);
            m_tree->syncExpansion();
            m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
            m_unit = 0;
            m_tree->setCurrentIndex(m_model->indexOfUnit(0));
            showUnit(0);
            m_status->setText(tr("As of %1 IST").arg(ui::dateTime(m_review->asOfMs)));
            Q_EMIT reviewLoaded();
        },
        [this, request](const QString &message) {
            if (request != m_request)
                return;
            m_loading = false;
            m_progress->hide();
            m_status->setText(message);
            Q_EMIT loadFailed(message);
        });
}

void ReviewWidget::showUnit(int unit)
{
    if (!m_review || unit < 0 || unit >= m_review->units.size())
        return;
    m_unit = unit;
    const ReviewUnit &u = m_review->units[unit];
    m_chart->setTrend(u.trend, tr("Last 12 weeks: %1").arg(review::unitName(u, hindi())));
    m_longestTitle->setText(tr("Longest pending: %1").arg(review::unitName(u, hindi())));
    if (unit == 0) {
        fillFileTable(m_longest, m_review->longest, hindi(), true);
        return;
    }
    const int request = m_request;
    m_worker->files(
        this, m_week, u.kind, u.id, Measure::Pending, ReviewService::kLongest,
        [this, request, unit](const QList<ReviewFile> &rows) {
            if (request == m_request && unit == m_unit)
                fillFileTable(m_longest, rows, hindi(), true);
        },
        [this](const QString &message) { m_status->setText(message); });
}

void ReviewWidget::drillDown(int unit, int column)
{
    const auto measure = review::measureOf(column);
    if (!m_review || unit < 0 || unit >= m_review->units.size() || !measure)
        return;
    const ReviewUnit &u = m_review->units[unit];
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("drillDownDialog"));
    dialog->setWindowTitle(
        tr("%1 — %2, week %3").arg(review::columnTitle(column), review::unitName(u, hindi()), m_week.code()));
    auto *title = new QLabel(review::measureTitle(*measure), dialog);
    title->setWordWrap(true);
    auto *table = newFileTable(dialog, QStringLiteral("drillDownFiles"), tr("Files behind the figure"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *csv = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
        if (QTableWidgetItem *item = table->item(row, 0); item && item->data(Qt::UserRole + 1).toBool())
            showFile(item->data(Qt::UserRole).toString());
    });
    auto rows = std::make_shared<QList<ReviewFile>>();
    connect(csv, &QPushButton::clicked, dialog, [this, dialog, rows] {
        const QString path = QFileDialog::getSaveFileName(dialog, tr("Save the list as CSV"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        const QByteArray bytes = ReviewCsv::write(*rows, hindi());
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            ui::showError(dialog, tr("Save CSV"), f.errorString());
    });
    dialog->resize(900, 420);
    dialog->show();
    QPointer<QDialog> guard(dialog);
    QPointer<QTableWidget> tableGuard(table);
    m_worker->files(
        this, m_week, u.kind, u.id, *measure, 0,
        [this, tableGuard, rows](const QList<ReviewFile> &list) {
            *rows = list;
            if (tableGuard)
                fillFileTable(tableGuard, list, hindi());
            Q_EMIT filesListed(int(list.size()));
        },
        [this, guard](const QString &message) {
            if (guard)
                ui::showError(guard, tr("Files behind the figure"), message);
        });
}

void ReviewWidget::showFile(const QString &fileNo)
{
    if (fileNo.isEmpty())
        return;
    Q_EMIT openFileRequested(fileNo);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("fileViewDialog"));
    dialog->setWindowTitle(tr("File %1 (read only)").arg(fileNo));
    auto *view = ui::named(new QTextBrowser(dialog), QStringLiteral("fileView"), tr("File, read only"));
    view->setPlainText(tr("Loading…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(720, 560);
    dialog->show();
    QPointer<QTextBrowser> guard(view);
    m_worker->detail(
        this, fileNo,
        [guard](const FileDetail &d) {
            if (guard)
                guard->setHtml(detailHtml(d));
        },
        [guard](const QString &message) {
            if (guard)
                guard->setPlainText(message);
        });
}

void ReviewWidget::saveCsv(const QString &path) const
{
    if (!m_review)
        fail(NastiError::Kind::Invalid, tr("The review has not been loaded yet."));
    QSaveFile f(path);
    const QByteArray bytes = ReviewCsv::write(*m_review, hindi());
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(path, f.errorString()));
}

void ReviewWidget::savePdf(const QString &path) const
{
    if (!m_review)
        fail(NastiError::Kind::Invalid, tr("The review has not been loaded yet."));
    ReviewReport::writePdf(*m_review, path, hindi());
}

void ReviewWidget::saveCsvAs()
{
    if (!m_review)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the review as CSV"),
                                                      QStringLiteral("review-%1.csv").arg(m_week.code()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        saveCsv(path);
    } catch (const NastiError &e) {
        ui::showError(this, tr("Save CSV"), e.message());
    }
}

void ReviewWidget::savePdfAs()
{
    if (!m_review)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the review as PDF"),
                                                      QStringLiteral("review-%1.pdf").arg(m_week.code()),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        savePdf(path);
    } catch (const NastiError &e) {
        ui::showError(this, tr("Save PDF"), e.message());
    }
}

void ReviewWidget::printPreview()
{
    if (!m_review)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReviewReport::preparePage(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reviewPrintPreview"));
    dialog.setWindowTitle(tr("Weekly review %1").arg(m_week.code()));
    const auto review = m_review;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, review](QPrinter *p) {
        try {
            ReviewReport::render(*review, *p, hindi());
        } catch (const NastiError &e) {
            ui::showError(this, tr("Print preview"), e.message());
        }
    });
    dialog.exec();
}

} // namespace nasti
