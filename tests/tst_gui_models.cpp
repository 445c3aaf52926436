// The client's item models on the demo office, checked by QAbstractItemModelTester,
// and the core-side helpers they stand on (query worker, counts, draft store).
#include "client/clientqueries.h"
#include "client/draftstore.h"
#include "client/queryworker.h"
#include "db/database.h"
#include "filelistmodel.h"
#include "pdf/popplerinspector.h"
#include "services/demoseeder.h"
#include "services/orgservice.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace nasti;

class TestGuiModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;

    ClientContext contextOf(const QString &login)
    {
        return {m_tdb->url(), OrgService(*m_db, m_clock).sessionFor(login)};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_tdb = std::make_unique<test::TestDatabase>();
        m_db = m_tdb->create();
        PopplerInspector inspector;
        DemoSeeder(*m_db, m_clock, inspector).seed();
    }

    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void fileLists_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("kind");
        const struct
        {
            const char *login;
            FileListModel::Kind kind;
        } rows[] = {
            {"so.gad1", FileListModel::Kind::Inbox},          {"so.gad1", FileListModel::Kind::Sent},
            {"clerk.gad1", FileListModel::Kind::CreatedByMe}, {"so.gad1", FileListModel::Kind::Parked},
            {"clerk.gad1", FileListModel::Kind::Closed},      {"us.gad", FileListModel::Kind::Inbox},
        };
        for (const auto &r : rows)
            QTest::addRow("%s-%d", r.login, int(r.kind)) << QString::fromLatin1(r.login) << int(r.kind);
    }

    void fileLists()
    {
        QFETCH(QString, login);
        QFETCH(int, kind);
        QueryWorker worker(contextOf(login));
        FileListModel model(&worker, static_cast<FileListModel::Kind>(kind));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FileListModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FileListModel::loaded);
        model.refresh();
        QTRY_VERIFY(loaded.count() >= 1);
        // Page by page to the end: no row twice, newest first.
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(model.rowCount() >= before);
        }
        QSet<QString> seen;
        for (int i = 0; i < model.rowCount(); ++i) {
            QVERIFY(!seen.contains(model.summary(i).fileNo));
            seen.insert(model.summary(i).fileNo);
            if (i > 0)
                QVERIFY(model.summary(i - 1).sortKey >= model.summary(i).sortKey);
            for (int c = 0; c < FileListModel::ColumnCount; ++c)
                model.data(model.index(i, c), Qt::DisplayRole);
        }
        proxy.sort(FileListModel::DaysPending, Qt::DescendingOrder);
        proxy.setFilterFixedString(QStringLiteral("a"));
        model.refresh(); // a reset under a sorted, filtered proxy
        QTRY_VERIFY(!model.isLoading());
    }

    void inboxPagesAcrossTheKeyset()
    {
        // A post with more files than one page: fetchMore brings the next keyset page.
        const ClientContext ctx = contextOf(QStringLiteral("so.gad1"));
        QueryWorker worker(ctx);
        FileListModel model(&worker, FileListModel::Kind::CreatedByMe);
        model.refresh();
        QTRY_VERIFY(!model.isLoading());
        const int total = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM files")).toInt();
        QVERIFY(total > 0);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(model.rowCount() <= total);
    }

    void search()
    {
        QueryWorker worker(contextOf(QStringLiteral("so.gad1")));
        FileListModel model(&worker, FileListModel::Kind::Search);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString subject =
            m_db->scalar(QStringLiteral("SELECT file_no FROM files ORDER BY id LIMIT 1")).toString();
        model.setSearchText(subject);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.rowOf(subject) >= 0 || model.rowCount() == 0);
        model.setSearchText(QString());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void receipts()
    {
        QueryWorker worker(contextOf(QStringLiteral("clerk.gad1")));
        ReceiptListModel model(&worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ReceiptListModel::loaded);
        model.refresh();
        QTRY_VERIFY(loaded.count() == 1);
        QVERIFY(model.rowCount() > 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(!model.data(model.index(i, ReceiptListModel::DiaryNo)).toString().isEmpty());
    }

    void workerRunsOffTheGuiThread()
    {
        QueryWorker worker(contextOf(QStringLiteral("so.gad1")));
        QThread *jobThread = nullptr;
        NavCounts counts;
        bool done = false;
        QObject receiver;
        worker.post<NavCounts>(
            &receiver,
            [&jobThread](Database &db) {
                jobThread = QThread::currentThread();
                SystemClock clock;
                return clientqueries::counts(db, OrgService(db, clock).sessionFor(QStringLiteral("so.gad1")));
            },
            [&](NavCounts c) {
                QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
                counts = c;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(jobThread && jobThread != QThread::currentThread());
        QVERIFY(counts.inbox >= counts.unread);
        // Errors come back as messages, and the next job works again.
        QString error;
        worker.post<int>(
            &receiver,
            [](Database &db) { return db.scalar(QStringLiteral("SELECT * FROM no_such_table")).toInt(); },
            [](int) {}, [&error](const QString &m) { error = m; });
        QTRY_VERIFY(!error.isEmpty());
    }

    void draftStore()
    {
        DraftStore store(QStringLiteral("sqlite:/x.db"), QStringLiteral("clerk.gad1"),
                         m_tdb->tempPath(QStringLiteral("drafts")));
        DraftStore other(QStringLiteral("sqlite:/x.db"), QStringLiteral("so.gad1"),
                         m_tdb->tempPath(QStringLiteral("drafts")));
        QVERIFY(store.save(QStringLiteral("A-1/1/2025-GAD1"), QStringLiteral("नोट एक"), 1000));
        QVERIFY(store.save(QStringLiteral("A-1/2/2025-GAD1"), QStringLiteral("note two"), 2000));
        QCOMPARE(store.load(QStringLiteral("A-1/1/2025-GAD1"))->text, QStringLiteral("नोट एक"));
        QCOMPARE(store.pending().size(), 2);
        QCOMPARE(store.pending().first().fileNo, QStringLiteral("A-1/2/2025-GAD1"));
        QVERIFY(other.pending().isEmpty()); // another user's notes stay his
        store.remove(QStringLiteral("A-1/1/2025-GAD1"));
        QVERIFY(!store.load(QStringLiteral("A-1/1/2025-GAD1")));
        QVERIFY(store.save(QStringLiteral("A-1/2/2025-GAD1"), QStringLiteral("   "),
                           3000)); // empty = nothing to keep
        QVERIFY(store.pending().isEmpty());
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
