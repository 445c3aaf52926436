// Schema migrations on both backends: fresh, repeated, and a newer database refused.
#include "support/testdatabase.h"

#include "db/migrations.h"
#include "util/error.h"

#include <QTest>

using namespace nasti;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatest()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        QCOMPARE(migrations::currentVersion(*db), 0);
        QVERIFY(migrations::migrate(*db) > 0); // (step numbers need not be contiguous)
        QCOMPARE(migrations::currentVersion(*db), migrations::latestVersion());
        QCOMPARE(migrations::migrate(*db), 0); // idempotent
        QCOMPARE(db->scalar(QStringLiteral("SELECT seq FROM chain_head WHERE id = 1")).toInt(), 0);
    }
    void newerDatabaseIsRefused()
    {
        test::TestDatabase t;
        auto db = t.create();
        db->execRaw(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"));
        try {
            migrations::migrate(*db);
            QFAIL("a newer database was accepted");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Schema);
            QVERIFY2(e.message().contains(QLatin1String("999")), qPrintable(e.message()));
        }
    }
    void backendIsTheOneAskedFor()
    {
        test::TestDatabase t;
        auto db = t.create();
        QCOMPARE(db->isPostgres(), test::TestDatabase::backend() == Backend::Postgres);
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
