// Issue 19: backups that restore. On both backends: a backup taken while another
// connection writes restores to a database that verifies; a restored database
// older than the chain head this computer remembers is reported as such (not as
// tampering, and not silently); nasti-admin backup / restore / verify end to end.
#include "support/testdatabase.h"

#include "db/backup.h"
#include "db/migrations.h"
#include "security/chainheadstore.h"
#include "security/eventlog.h"
#include "services/fileservice.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace nasti;

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};

QString newFile(Database &db, const Clock &clock, const QString &subject)
{
    CreateFileRequest r;
    r.sectionCode = QStringLiteral("GAD-1");
    r.subject = subject;
    return FileService(db, clock, test::sessionOf(db, clock, QStringLiteral("clerk.gad1"))).create(r);
}

int fileCount(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM files")).toInt();
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    SystemClock m_clock;

    // A database to restore into: a new file, or a new empty PostgreSQL database.
    DbUrl freshTarget(const QString &name)
    {
        if (test::TestDatabase::backend() == Backend::Sqlite)
            return DbUrl::parse(QStringLiteral("sqlite:") + m_t->tempPath(name));
        m_t->create(false).reset();
        return m_t->url();
    }

    Run admin(const DbUrl &url, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NASTI_DB"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_t->tempPath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NASTI_ADMIN_PATH), QStringList{QStringLiteral("--db"), url.toString()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("nasti-admin did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    void backupWhileAnotherConnectionWrites()
    {
        auto db = m_t->create();
        test::seedSmallOffice(*db, m_clock);
        for (int i = 0; i < 5; ++i)
            newFile(*db, m_clock, QStringLiteral("Before the backup %1").arg(i));
        const DbUrl url = m_t->url();

        QAtomicInt written, errors, stop;
        QThread *writer = QThread::create([&] {
            try {
                auto other = Database::open(url);
                SystemClock clock;
                while (!stop.loadRelaxed()) {
                    newFile(*other, clock, QStringLiteral("Written during the backup"));
                    written.fetchAndAddRelaxed(1);
                }
            } catch (const NastiError &e) {
                qWarning("writer: %s", qPrintable(e.message()));
                errors.fetchAndAddRelaxed(1);
            }
        });
        writer->start();
        QElapsedTimer wait;
        wait.start();
        while (written.loadRelaxed() < 3 && wait.elapsed() < 20000)
            QThread::msleep(10);
        const QString file = m_t->tempPath(QStringLiteral("office.backup"));
        const int before = written.loadRelaxed();
        backup::take(*db, file);
        const int atBackup = written.loadRelaxed();
        while (written.loadRelaxed() < atBackup + 3 && wait.elapsed() < 30000)
            QThread::msleep(10);
        stop.storeRelaxed(1);
        writer->wait();
        delete writer;
        QCOMPARE(errors.loadRelaxed(), 0);
        QVERIFY2(before >= 3 && written.loadRelaxed() >= atBackup + 3, "the other connection kept writing");
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const DbUrl target = freshTarget(QStringLiteral("restored.db"));
        backup::restore(target, file);
        auto restored = Database::open(target);
        migrations::migrate(*restored);
        const auto result = EventLog(*restored).verify();
        QVERIFY2(result.ok, qPrintable(result.problem));
        // One moment of the database: at least what was there when the backup began,
        // not more than there was at the end.
        const int files = fileCount(*restored);
        QVERIFY2(files >= 5 + before && files <= fileCount(*db), qPrintable(QString::number(files)));
        QVERIFY(result.head.seq <= EventLog(*db).head().seq);
    }

    void olderThanRememberedIsReportedOnce()
    {
        auto db = m_t->create();
        test::seedSmallOffice(*db, m_clock);
        newFile(*db, m_clock, QStringLiteral("In the backup"));
        OrgService(*db, m_clock).databaseId(); // made at the first sign-in or verify
        const QString file = m_t->tempPath(QStringLiteral("older.backup"));
        backup::take(*db, file);
        const qint64 backupSeq = EventLog(*db).head().seq;
        for (int i = 0; i < 3; ++i)
            newFile(*db, m_clock, QStringLiteral("After the backup %1").arg(i));
        ChainHeadStore client(m_t->tempPath(QStringLiteral("client-heads.ini")));
        QCOMPARE(checkChainHead(*db, client).outcome,
                 ChainCheck::Outcome::Intact); // remembers the newer head
        const auto seen = client.remembered(OrgService(*db, m_clock).databaseId());
        QVERIFY(seen && seen->seq > backupSeq);

        const DbUrl url = m_t->url();
        db.reset(); // clients signed out
        backup::restore(url, file);
        db = Database::open(url);

        // verify, with the head this computer saw, says what happened (no tampering alarm).
        const auto verified = EventLog(*db).verify(seen);
        QVERIFY(!verified.ok);
        QCOMPARE(verified.problem, olderDatabaseProblem(backupSeq + 1));

        const ChainCheck check = checkChainHead(*db, client);
        QCOMPARE(check.outcome, ChainCheck::Outcome::Older);
        QCOMPARE(check.missing, backupSeq + 1);
        const QString expected =
            QStringLiteral("This database is older than the one this computer saw last (event %1 "
                           "missing): it was restored from a backup or rolled back.")
                .arg(backupSeq + 1);
        QCOMPARE(check.problem, expected);
        QCOMPARE(checkRememberedChainHead(*db, client), QString()); // said once; the office goes on
        newFile(*db, m_clock, QStringLiteral("After the restore"));
        QCOMPARE(checkChainHead(*db, client).outcome, ChainCheck::Outcome::Intact);
    }

    void cliBackupRestoreVerify()
    {
        auto db = m_t->create();
        test::seedSmallOffice(*db, m_clock);
        newFile(*db, m_clock, QStringLiteral("In the backup"));
        const DbUrl url = m_t->url();
        const QString file = m_t->tempPath(QStringLiteral("cli.backup"));
        const QString heads = m_t->tempPath(QStringLiteral("admin-heads.ini"));

        Run r = admin(url, {QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage: nasti-admin backup [options] FILE")));
        r = admin(url, {QStringLiteral("backup"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("backup: ")));
        const qint64 backupSeq = EventLog(*db).head().seq;
        newFile(*db, m_clock, QStringLiteral("After the backup"));
        r = admin(url, {QStringLiteral("verify"), QStringLiteral("--heads"), heads});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString heads2 = m_t->tempPath(QStringLiteral("other-heads.ini"));
        QFile::copy(heads, heads2);

        db.reset();
        r = admin(url, {QStringLiteral("restore"), file, QStringLiteral("--heads"), heads});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("verify: OK")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("older than the one this computer saw last (event %1 missing)")
                                    .arg(backupSeq + 1)),
                 qPrintable(r.out));
        QCOMPARE(r.err, QString());
        r = admin(url, {QStringLiteral("verify"), QStringLiteral("--heads"), heads});
        QVERIFY2(r.code == 0, qPrintable(r.err)); // restored on purpose here

        // Another computer that saw the newer database: told plainly, on one line.
        r = admin(url, {QStringLiteral("verify"), QStringLiteral("--heads"), heads2});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("restored from a backup or rolled back")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("TAMPERING")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = admin(url, {QStringLiteral("verify"), QStringLiteral("--heads"), heads2,
                        QStringLiteral("--accept-older")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(url, {QStringLiteral("verify"), QStringLiteral("--heads"), heads2});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Failures: one line on stderr.
        r = admin(url, {QStringLiteral("restore"), m_t->tempPath(QStringLiteral("nothing-here"))});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.startsWith(QLatin1String("nasti-admin: ")));
        r = admin(url, {QStringLiteral("restore"), heads}); // not a backup
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = admin(url, {QStringLiteral("backup")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
