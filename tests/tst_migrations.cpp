// Schema migrations on both backends: fresh, repeated, step by step, and how a program and
// a database of other versions get on (README, "Upgrading without stopping the office"):
// an older database is refused at sign-in until migrated, a newer one is used when every
// newer step declares itself compatible and refused naming both versions otherwise. On
// PostgreSQL a step that cannot get its lock gives way, tries again, and completes once the
// holder lets go (or says clearly that it could not).
#include "support/testdatabase.h"

#include "access/connect.h"
#include "db/migrations.h"
#include "util/error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace nasti;

namespace {
// The sentence a refused sign-in shows (the login dialog shows NastiError::message()).
QString signInRefusal(Database &db)
{
    try {
        access::requireCurrentSchema(db);
    } catch (const NastiError &e) {
        if (e.kind() == NastiError::Kind::Schema)
            return e.message();
        return QStringLiteral("(not a schema error) ") + e.message();
    }
    return {};
}

void recordStep(Database &db, int version, int compatibleFrom)
{
    db.exec(QStringLiteral(
                "INSERT INTO schema_version (version, applied_at, compatible_from) VALUES (:v, 0, :c)"),
            {{QStringLiteral("v"), version}, {QStringLiteral("c"), compatibleFrom}});
}

// A migration run on a thread of its own (a connection belongs to its thread), with its
// progress lines collected for the test to look at.
struct BackgroundMigration
{
    DbUrl url;
    migrations::Options options;
    std::mutex mutex;
    QStringList lines;
    std::vector<migrations::StepReport> reports;
    QString error;
    std::atomic<bool> finished{false};
    QThread *thread = nullptr;

    void start()
    {
        options.progress = [this](const QString &line) {
            std::lock_guard<std::mutex> lock(mutex);
            lines << line;
        };
        thread = QThread::create([this] {
            try {
                auto db = Database::open(url);
                reports = migrations::migrate(*db, options);
            } catch (const NastiError &e) {
                error = e.message();
            }
            finished = true;
        });
        thread->start();
    }
    bool said(const QString &part)
    {
        std::lock_guard<std::mutex> lock(mutex);
        for (const QString &line : std::as_const(lines))
            if (line.contains(part))
                return true;
        return false;
    }
    void join()
    {
        if (thread) {
            thread->wait();
            delete thread;
            thread = nullptr;
        }
    }
    ~BackgroundMigration() { join(); }
};

// Whether some session of this database waits for a lock now (the migration, queued
// behind the holder).
bool someoneWaitsForALock(Database &db)
{
    return db.scalar(
                 QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND wait_event_type = 'Lock'"))
               .toInt() > 0;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatest()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        QCOMPARE(migrations::currentVersion(*db), 0);
        QVERIFY(migrations::migrate(*db) > 0); // steps need not be contiguous (009, 010, 011 …)
        QCOMPARE(migrations::currentVersion(*db), migrations::latestVersion());
        QCOMPARE(migrations::migrate(*db), 0); // idempotent
        QCOMPARE(db->scalar(QStringLiteral("SELECT seq FROM chain_head WHERE id = 1")).toInt(), 0);
        QVERIFY(migrations::compatibility(*db).state == migrations::Compatibility::State::Current);
        QCOMPARE(signInRefusal(*db), QString());
        // Each step recorded the oldest program it works with (016 is a contract step).
        QCOMPARE(db->scalar(QStringLiteral("SELECT compatible_from FROM schema_version WHERE version = 16"))
                     .toInt(),
                 16);
        QCOMPARE(db->scalar(QStringLiteral("SELECT compatible_from FROM schema_version WHERE version = 17"))
                     .toInt(),
                 0);
    }
    // Step 025: the server's PL/pgSQL functions keep their plans whatever the session's
    // plan_cache_mode (clients force custom plans), but for the review's and the searches';
    // nasti_secure_objects() sets it, so a later step's new or replaced function gets it too.
    void serverFunctionsKeepTheirPlans()
    {
        test::TestDatabase t;
        auto db = t.create();
        if (!db->isPostgres())
            QSKIP("plan caching inside PL/pgSQL functions is PostgreSQL's");
        auto hasIt = [&](const char *name) {
            return db
                ->scalar(
                    QStringLiteral("SELECT bool_or('plan_cache_mode=auto' = ANY (COALESCE(proconfig, '{}')))"
                                   " FROM pg_proc WHERE proname = :n"),
                    {{QStringLiteral("n"), QString::fromLatin1(name)}})
                .toBool();
        };
        // The write path's triggers and helpers, and the policies' helpers, keep their plans.
        for (const char *name : {"nasti_emit", "nasti_code", "nasti_files_guard", "nasti_movements_apply",
                                 "nasti_link_events", "nasti_my_post_ids", "nasti_can_see_file"})
            QVERIFY2(hasIt(name), name);
        // The review's and the searches' are planned for each call's values; an expression
        // with no statement (run per row by a policy) has no plan and pays for no setting.
        for (const char *name :
             {"nasti_review_open_files", "nasti_review_pending_by_holder", "nasti_search_files",
              "nasti_letter_files", "nasti_shares_post", "nasti_secure_objects"})
            QVERIFY2(!hasIt(name), name);
        // A function a later step adds (or replaces: CREATE OR REPLACE drops its settings) gets it.
        db->execRaw(QStringLiteral(
            "CREATE OR REPLACE FUNCTION nasti_later_step(p bigint) RETURNS text LANGUAGE plpgsql"
            " SECURITY DEFINER AS $$ BEGIN RETURN (SELECT x.code FROM posts x WHERE x.id = p);"
            " END $$"));
        db->execRaw(QStringLiteral("SELECT nasti_secure_objects()"));
        QVERIFY(db->scalar(QStringLiteral("SELECT 'plan_cache_mode=auto' = ANY (proconfig) FROM pg_proc"
                                          " WHERE proname = 'nasti_later_step'"))
                    .toBool());
    }
    void newerDatabaseIsRefused()
    {
        test::TestDatabase t;
        auto db = t.create();
        // Recorded as a program before the compatibility rule would: no declaration.
        db->execRaw(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"));
        try {
            migrations::migrate(*db);
            QFAIL("a newer database was accepted");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Schema);
            QVERIFY2(e.message().contains(QLatin1String("999")), qPrintable(e.message()));
        }
    }

    // The database is one step behind the program (the administrator has not migrated
    // yet): sign-in is refused with what to do; nasti-admin migrate then applies that step.
    void olderDatabaseIsRefusedUntilMigrated()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        const int latest = migrations::latestVersion();
        QCOMPARE(migrations::migrate(*db, latest - 1), latest - 1);
        QCOMPARE(migrations::currentVersion(*db), latest - 1);
        const migrations::Compatibility c = migrations::compatibility(*db);
        QVERIFY(c.state == migrations::Compatibility::State::Older);
        QVERIFY(!c.usable());
        const QString message = signInRefusal(*db);
        QVERIFY2(message.contains(QLatin1String("nasti-admin migrate")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(latest - 1)) && message.contains(QString::number(latest)),
                 qPrintable(message));
        if (!db->isPostgres()) {
            // The whole sign-in (SQLite checks the schema before the password).
            try {
                access::connectAs(t.url(), QStringLiteral("nobody"), QStringLiteral("pw"));
                QFAIL("signed in to an older database");
            } catch (const NastiError &e) {
                QCOMPARE(e.kind(), NastiError::Kind::Schema);
                QCOMPARE(e.message(), message);
            }
        }
        QCOMPARE(migrations::migrate(*db), 1);
        QCOMPARE(signInRefusal(*db), QString());
    }

    // A newer program added steps that say they work with this program (expand steps):
    // this program signs in and migrates nothing.
    void newerCompatibleDatabaseIsAccepted()
    {
        test::TestDatabase t;
        auto db = t.create();
        const int latest = migrations::latestVersion();
        recordStep(*db, latest + 1, 0);      // an expand step
        recordStep(*db, latest + 2, latest); // a contract step for programs before this one
        const migrations::Compatibility c = migrations::compatibility(*db);
        QVERIFY(c.state == migrations::Compatibility::State::NewerCompatible);
        QCOMPARE(c.database, latest + 2);
        QCOMPARE(signInRefusal(*db), QString());
        QCOMPARE(migrations::migrate(*db), 0);
        QCOMPARE(migrations::currentVersion(*db), latest + 2);
    }

    // A newer step that needs a newer program: refused, naming both versions and the step.
    void newerIncompatibleDatabaseIsRefused()
    {
        test::TestDatabase t;
        auto db = t.create();
        const int latest = migrations::latestVersion();
        recordStep(*db, latest + 1, 0);
        recordStep(*db, latest + 2, latest + 2);
        const migrations::Compatibility c = migrations::compatibility(*db);
        QVERIFY(c.state == migrations::Compatibility::State::NewerIncompatible);
        QCOMPARE(c.blockingStep, latest + 2);
        const QString message = signInRefusal(*db);
        QVERIFY2(message.contains(QString::number(latest + 2)) && message.contains(QString::number(latest)),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Install the newer Nasti")), qPrintable(message));
        try {
            migrations::migrate(*db);
            QFAIL("migrated a database that needs a newer program");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Schema);
            QCOMPARE(e.message(), message);
        }
    }

    // A database made before the compatibility column existed gets it, filled in from
    // this program's declarations, at its next migration.
    void olderVersionTableGetsItsDeclarations()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        const int latest = migrations::latestVersion();
        migrations::migrate(*db, latest - 1);
        db->execRaw(QStringLiteral("ALTER TABLE schema_version DROP COLUMN compatible_from"));
        QCOMPARE(migrations::migrate(*db), 1);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM schema_version WHERE compatible_from IS NULL"))
                .toInt(),
            0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT compatible_from FROM schema_version WHERE version = 16"))
                     .toInt(),
                 16);
    }

    // PostgreSQL: step 016 drops a trigger on movements (ACCESS EXCLUSIVE) while a long
    // reader holds the table. The step waits at most its lock_timeout, so a bystander who
    // queued behind it goes on; it rolls back, tries again, and completes once the reader
    // lets go.
    void lockedTableMakesTheStepGiveWayAndRetry()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        if (!db->isPostgres())
            QSKIP("lock_timeout and retries are PostgreSQL's (SQLite has one writer at a time)");
        migrations::migrate(*db, 15);
        auto holder = Database::open(t.url());
        holder->execRaw(QStringLiteral("BEGIN"));
        holder->execRaw(QStringLiteral("SELECT count(*) FROM movements")); // a long reader's ACCESS SHARE

        BackgroundMigration m;
        m.url = t.url();
        m.options.upTo = 16;
        m.options.lockTimeoutMs = 300;
        m.options.attempts = 100; // the holder lets go within a few
        m.options.backoffMs = 100;
        m.start();
        QTRY_VERIFY_WITH_TIMEOUT(someoneWaitsForALock(*db) || m.said(QStringLiteral("no lock within")),
                                 20000);

        // A bystander reading movements meanwhile queues behind the waiting step at most until
        // the step gives way: with a lock_timeout of its own ten times the step's, it is served.
        auto bystander = Database::open(t.url());
        bystander->execRaw(QStringLiteral("SET lock_timeout = 3000"));
        QSqlQuery read(bystander->handle());
        QVERIFY2(read.exec(QStringLiteral("SELECT count(*) FROM movements")),
                 qPrintable(read.lastError().text()));

        QTRY_VERIFY_WITH_TIMEOUT(m.said(QStringLiteral("no lock within")), 20000);
        QVERIFY(!m.finished);
        QCOMPARE(migrations::currentVersion(*db), 15);
        holder->execRaw(QStringLiteral("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(m.finished.load(), 30000);
        m.join();
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QCOMPARE(int(m.reports.size()), 1);
        QCOMPARE(m.reports.front().version, 16);
        QVERIFY(m.reports.front().attempts > 1);
        QCOMPARE(migrations::currentVersion(*db), 16);
    }

    // Step 020's index on movements is built concurrently, outside the step's transaction:
    // a writer inserting movements meanwhile is never blocked, and an index a cut-off build
    // left invalid is dropped and built again. SQLite builds it inside the step.
    void largeTableIndexIsBuiltConcurrently()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        auto indexes = [&db]() {
            return db->isPostgres()
                       ? db->scalar(
                               QStringLiteral("SELECT string_agg(c.relname || ':' || i.indisvalid, ',' ORDER "
                                              "BY c.relname) FROM pg_index i JOIN pg_class c ON c.oid = "
                                              "i.indexrelid WHERE c.relname IN ('movements_week', "
                                              "'movements_review', 'movements_sent')"))
                             .toString()
                       : db->scalar(
                               QStringLiteral("SELECT group_concat(name || ':true', ',') FROM (SELECT name "
                                              "FROM sqlite_master WHERE type = 'index' AND name IN "
                                              "('movements_week', 'movements_review', 'movements_sent') "
                                              "ORDER BY name)"))
                             .toString();
        };
        migrations::migrate(*db, 19);
        QCOMPARE(indexes(), QStringLiteral("movements_review:true,movements_sent:true"));
        migrations::migrate(*db, 20);
        QCOMPARE(indexes(), QStringLiteral("movements_week:true"));
        if (!db->isPostgres())
            return;
        // A build cut off: the index is there but invalid, and the step not recorded.
        db->execRaw(QStringLiteral("UPDATE pg_index SET indisvalid = false WHERE indexrelid = "
                                   "'movements_week'::regclass"));
        db->execRaw(QStringLiteral("DROP FUNCTION nasti_review_open_files(bigint)"));
        db->execRaw(QStringLiteral("DELETE FROM schema_version WHERE version = 20"));
        QCOMPARE(indexes(), QStringLiteral("movements_week:false"));
        // A writer's transaction stays open on movements (ROW EXCLUSIVE) throughout: a
        // concurrent build waits for it without blocking it, then finishes.
        auto writer = Database::open(t.url());
        writer->execRaw(QStringLiteral("BEGIN"));
        writer->execRaw(QStringLiteral("LOCK TABLE movements IN ROW EXCLUSIVE MODE"));
        BackgroundMigration m;
        m.url = t.url();
        m.options.upTo = 20;
        m.start();
        QTRY_VERIFY_WITH_TIMEOUT(someoneWaitsForALock(*db), 20000);
        QVERIFY(!m.finished);
        auto bystander = Database::open(t.url());
        bystander->execRaw(QStringLiteral("SET lock_timeout = 2000"));
        bystander->execRaw(QStringLiteral("BEGIN"));
        QSqlQuery write(bystander->handle());
        QVERIFY2(write.exec(QStringLiteral("LOCK TABLE movements IN ROW EXCLUSIVE MODE")),
                 qPrintable(write.lastError().text())); // a writer is served while the index builds
        bystander->execRaw(QStringLiteral("COMMIT"));
        writer->execRaw(QStringLiteral("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(m.finished.load(), 30000);
        m.join();
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QCOMPARE(migrations::currentVersion(*db), 20);
        QCOMPARE(indexes(), QStringLiteral("movements_week:true"));
    }

    // PostgreSQL: the holder never lets go; after its attempts the step says so plainly,
    // naming the step, and the database stays at the step before.
    void lockNeverFreedFailsClearly()
    {
        test::TestDatabase t;
        auto db = t.create(false);
        if (!db->isPostgres())
            QSKIP("lock_timeout and retries are PostgreSQL's (SQLite has one writer at a time)");
        migrations::migrate(*db, 15);
        auto holder = Database::open(t.url());
        holder->execRaw(QStringLiteral("BEGIN"));
        holder->execRaw(QStringLiteral("LOCK TABLE movements IN ACCESS SHARE MODE"));
        migrations::Options options;
        options.lockTimeoutMs = 200;
        options.attempts = 2;
        options.backoffMs = 50;
        QStringList lines;
        options.progress = [&lines](const QString &line) {
            lines << line;
        };
        try {
            migrations::migrate(*db, options);
            QFAIL("the step went through a held lock");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Database);
            QVERIFY2(e.message().contains(QLatin1String("Schema step 16")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("nasti-admin migrate again")),
                     qPrintable(e.message()));
        }
        QCOMPARE(migrations::currentVersion(*db), 15);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("attempt 1 of 2")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        holder->execRaw(QStringLiteral("COMMIT"));
        QCOMPARE(migrations::migrate(*db), migrations::latestVersion() - 15);
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
