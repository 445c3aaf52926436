// The review screen offscreen: loading a week off the GUI thread, the tree model
// (checked by QAbstractItemModelTester), drill-down, the read-only file view, CSV/PDF.
#include "client/queryworker.h"
#include "support/testdatabase.h"

#include "review/frozencolumntree.h"
#include "review/reviewcolumns.h"
#include "review/reviewcsv.h"
#include "review/reviewservice.h"
#include "review/reviewtreemodel.h"
#include "review/reviewwidget.h"
#include "services/fileservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace nasti;
using namespace Qt::StringLiterals;

namespace {
qint64 ist(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Clock::officeZone()).toMSecsSinceEpoch();
}
} // namespace

class TestReviewWidget : public QObject
{
    Q_OBJECT

    test::TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QStringList m_files;

    FileService as(const QString &login)
    {
        return FileService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, login));
    }
    WeekRange w02() const { return *WeekRange::parse(u"2025-W02"_s); }

private Q_SLOTS:
    void init()
    {
        m_db = m_tdb.create();
        m_clock = std::make_unique<ManualClock>(ist(2024, 12, 1, 10));
        test::seedSmallOffice(*m_db, *m_clock);
        // Three GAD files: one put up to the Under Secretary long ago, two this week.
        m_files.clear();
        const struct
        {
            int d, mo, y;
            const char *subject;
            int ups;
        } plan[] = {
            {16, 12, 2024, "Transfer policy for state cadre", 2},
            {6, 1, 2025, "Leave rules amendment", 1},
            {7, 1, 2025, "स्थानांतरण नीति पर टिप्पणी", 0},
        };
        for (const auto &p : plan) {
            m_clock->set(ist(p.y, p.mo, p.d, 10));
            CreateFileRequest r;
            r.sectionCode = u"GAD-1"_s;
            r.subject = QString::fromUtf8(p.subject);
            const QString no = as(u"clerk.gad1"_s).create(r);
            m_files << no;
            const QString who[] = {u"clerk.gad1"_s, u"so.gad1"_s};
            for (int i = 0; i < p.ups; ++i) {
                m_clock->advance(3600 * 1000);
                ForwardRequest f;
                f.fileNo = no;
                f.target = ForwardRequest::Target::Up;
                as(who[i]).forward(f);
            }
        }
        m_clock->set(ist(2025, 1, 15, 12));
    }
    void cleanup() { m_db.reset(); }

    void loadsTheWeekAndDrillsDown()
    {
        const Session cs = test::sessionOf(*m_db, *m_clock, u"cs"_s);
        QueryWorker worker(ClientContext{m_tdb.url(), cs});
        ReviewWidget w(&worker, cs);
        w.resize(1200, 800);
        w.show();
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&w, &ReviewWidget::reviewLoaded);
        w.setWeek(w02());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLoading() && w.review() && w.review()->week == w02(), 20000);

        // Root: 3 pending (US-GAD since 16 Dec: 27 days; SO-GAD1 since 6 Jan; ASST since 7 Jan).
        ReviewTreeModel *m = w.model();
        QCOMPARE(m->rowCount(), 1);
        const QModelIndex root = m->index(0, 0);
        QCOMPARE(m->data(root).toString(), u"Secretariat"_s);
        QCOMPARE(m->data(m->index(0, review::Pending)).toString(), u"3"_s);
        QCOMPARE(m->data(m->index(0, review::Age16to30)).toString(), u"1"_s);
        QCOMPARE(m->data(m->index(0, review::Created)).toString(), u"2"_s);
        QCOMPARE(m->rowCount(root), 3); // CSO, FIN, GAD
        const int gad = w.review()->find(u"GAD"_s);
        const QModelIndex gadIndex = m->indexOfUnit(gad);
        QCOMPARE(m->parent(gadIndex), root);
        QCOMPARE(m->data(m->index(gadIndex.row(), review::Pending, root)).toString(), u"3"_s);
        QCOMPARE(m->headerData(review::Overdue, Qt::Horizontal).toString(),
                 review::columnTitle(review::Overdue));

        // The longest-pending table shows the root's files, oldest first.
        auto *longest = w.findChild<QTableWidget *>(u"longestPending"_s);
        QVERIFY(longest);
        QCOMPARE(longest->rowCount(), 3);
        QCOMPARE(longest->item(0, 0)->data(Qt::UserRole).toString(), m_files[0]);

        // Drill down: GAD's pending files.
        QSignalSpy listed(&w, &ReviewWidget::filesListed);
        w.drillDown(gad, review::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
        QCOMPARE(listed.first().first().toInt(), 3);
        auto *dialog = w.findChild<QDialog *>(u"drillDownDialog"_s);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"drillDownFiles"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, 1)->text(), u"स्थानांतरण नीति पर टिप्पणी"_s);

        // A file opens read-only, and the main window hears of it.
        QSignalSpy open(&w, &ReviewWidget::openFileRequested);
        emit table->cellDoubleClicked(0, 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_files[0]);
        QTextBrowser *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = w.findChild<QTextBrowser *>(u"fileView"_s)) &&
                                     view->toPlainText().contains(u"Transfer policy"_s),
                                 10000);
        QVERIFY(view->isReadOnly());
        QVERIFY(view->toPlainText().contains(u"US-GAD"_s));

        // Exports equal the service's.
        QTemporaryDir dir;
        w.saveCsv(dir.filePath(u"r.csv"_s));
        QFile csv(dir.filePath(u"r.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), ReviewCsv::write(ReviewService(*m_db, *m_clock, cs).weekly(w02()), false));
        w.savePdf(dir.filePath(u"r.pdf"_s));
        QFile pdf(dir.filePath(u"r.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // The previous week: F1 alone was pending then (created W51, with US-GAD).
        w.setWeek(w02().previous());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLoading() && w.review()->week == w02().previous(), 20000);
        QCOMPARE(m->data(m->index(0, review::Pending)).toString(), u"1"_s);

        // Screenshots for the record, when asked for.
        const QString shots = qEnvironmentVariable("NASTI_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            w.setWeek(w02());
            QTRY_VERIFY_WITH_TIMEOUT(!w.isLoading() && w.review()->week == w02(), 20000);
            w.findChild<QTreeView *>(u"reviewTree"_s)->expandAll();
            static_cast<FrozenColumnTree *>(w.findChild<QTreeView *>(u"reviewTree"_s))->syncExpansion();
            w.findChild<QTreeView *>(u"reviewTree"_s)->horizontalScrollBar()->setValue(400);
            QApplication::processEvents();
            w.grab().save(shots + u"/review-widget.png"_s);
            dialog->grab().save(shots + u"/review-drilldown.png"_s);
        }
    }

    void refusesOthers()
    {
        const Session clerk = test::sessionOf(*m_db, *m_clock, u"clerk.gad1"_s);
        QueryWorker worker(ClientContext{m_tdb.url(), clerk});
        ReviewWidget w(&worker, clerk);
        QSignalSpy failed(&w, &ReviewWidget::loadFailed);
        w.setWeek(w02());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLoading(), 20000);
        QVERIFY(!failed.isEmpty());
        QVERIFY(failed.last().first().toString().contains(u"Only reviewers"_s));
        QCOMPARE(w.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestReviewWidget)
#include "tst_reviewwidget.moc"
