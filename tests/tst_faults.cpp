// The project's own fault tests (issue 13), on both backends: a connection lost
// during a forward and during an import (PostgreSQL: pg_terminate_backend from a
// superuser connection; SQLite: the connection closed under the transaction, or
// the process killed) leaves nothing half-done and says so in one line; a killed
// seed-scale is restartable and never looks like tampering to verify; a file
// another post holds is named as such on both backends, and a racing loser is
// told the file moved.
#include "support/testdatabase.h"

#include "access/connect.h"
#include "client/queryworker.h"
#include "db/transaction.h"
#include "pdf/popplerinspector.h"
#include "services/actionkey.h"
#include "services/draftservice.h"
#include "services/fileservice.h"
#include "services/followupservice.h"
#include "services/keyservice.h"
#include "services/orgcsv.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace nasti;

namespace {
struct Run
{
    int code = -1;
    bool crashed = false;
    QByteArray out, err;
};

qint64 count(Database &db, const QString &sql)
{
    return db.scalar(sql).toLongLong();
}

QString oneLineProblem(const QByteArray &err)
{
    if (err.count('\n') != 1 || !err.endsWith('\n'))
        return QStringLiteral("stderr is not one line: ") + QString::fromUtf8(err);
    if (err.trimmed().endsWith(':') || err.trimmed().size() < 20)
        return QStringLiteral("stderr says nothing: ") + QString::fromUtf8(err);
    return {};
}

QByteArray bigOrganisation(int posts)
{
    QByteArray csv = "record,code,name_en,name_hi,department,section,level,reports_to,post,role\n"
                     "department,BIG,Big Department,बड़ा विभाग,,,,,,\n"
                     "section,BIG-1,Big Section,बड़ा अनुभाग,BIG,,,,,\n"
                     "post,BIG-TOP,Secretary,सचिव,BIG,,5,,,\n";
    for (int i = 0; i < posts; ++i)
        csv += "post,BIG-P" + QByteArray::number(i) + ",Assistant " + QByteArray::number(i) +
               ",सहायक,BIG,BIG-1,1,BIG-TOP,,\n";
    return csv;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'767'000'000'000};

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NASTI_DB"));
        env.remove(QStringLiteral("NASTI_SEED_SCALE_CRASH"));
        env.insert(QStringLiteral("NASTI_PASSWORD"), QStringLiteral("demo"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_t->tempPath(QStringLiteral("xdg")));
        return env;
    }

    Run admin(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = environment();
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NASTI_ADMIN_PATH),
                QStringList{QStringLiteral("--db"), m_t->url().toString()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("nasti-admin did not finish");
        return Run{p.exitCode(), p.exitStatus() != QProcess::NormalExit, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    QString holder(Database &db, const QString &no)
    {
        return db
            .scalar(QStringLiteral("SELECT p.code FROM files f JOIN posts p ON p.id = f.holder_post_id WHERE "
                                   "f.file_no = :n"),
                    {{QStringLiteral("n"), no}})
            .toString();
    }

    QString newFile(const char *login)
    {
        auto c = access::connectAs(m_t->url(), QString::fromLatin1(login), QStringLiteral("pw"));
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = QStringLiteral("Fault test file");
        return FileService(*c.db, m_clock, c.session).create(r);
    }

    // Cuts the connection under an open transaction: PostgreSQL terminates its
    // backend from the superuser connection; SQLite closes the handle.
    void cut(Database &victim)
    {
        if (victim.isPostgres()) {
            const qint64 pid = victim.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            QVERIFY(
                m_db->scalar(QStringLiteral("SELECT pg_terminate_backend(:p)"), {{QStringLiteral("p"), pid}})
                    .toBool());
            // The backend is gone once it no longer shows in pg_stat_activity.
            QTRY_COMPARE(
                count(*m_db, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)),
                0);
        } else {
            victim.handle().close();
        }
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_db = m_t->create();
    }
    void cleanup()
    {
        m_db.reset();
        m_t.reset();
    }

    // Item 6: the same words on both backends for a file another post holds.
    void aFileAnotherPostHoldsIsNamedOnBothBackends()
    {
        QVERIFY(admin({QStringLiteral("demo")}).code == 0);
        Run r = admin({QStringLiteral("--as"), QStringLiteral("clerk.gad1"), QStringLiteral("file"),
                       QStringLiteral("create"), QStringLiteral("--section"), QStringLiteral("GAD-1"),
                       QStringLiteral("--subject"), QStringLiteral("Leave rules")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString no = QString::fromUtf8(r.out.trimmed());
        for (const QStringList &action :
             {QStringList{QStringLiteral("forward"), no, QStringLiteral("--to"), QStringLiteral("US-GAD")},
              QStringList{QStringLiteral("note"), no, QStringLiteral("--text"), QStringLiteral("Seen.")},
              QStringList{QStringLiteral("park"), no, QStringLiteral("--remarks"), QStringLiteral("Awaiting"),
                          QStringLiteral("--until"), QStringLiteral("2100-01-01")}}) {
            r = admin(QStringList{QStringLiteral("--as"), QStringLiteral("so.gad1"), QStringLiteral("file")} +
                      action);
            QVERIFY2(r.code == 1, r.err.constData());
            QVERIFY2(oneLineProblem(r.err).isEmpty(), qPrintable(oneLineProblem(r.err)));
            QVERIFY2(r.err.contains("is with ASST-GAD1"), r.err.constData());
        }
        QCOMPARE(holder(*m_db, no), QStringLiteral("ASST-GAD1"));
    }

    // Item 6: two connections race for one file; the loser is told it moved (PostgreSQL's
    // FOR UPDATE skipped the row under the update policy), nothing of his is written.
    void aRacingLoserIsToldTheFileMoved()
    {
        test::seedSmallOffice(*m_db, m_clock);
        const QString no = newFile("clerk.gad1");
        auto clerk = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
        auto so = access::connectAs(m_t->url(), QStringLiteral("so.gad1"), QStringLiteral("pw"));
        ForwardRequest up;
        up.fileNo = no;
        up.target = ForwardRequest::Target::Up;
        FileService(*clerk.db, m_clock, clerk.session).forward(up); // now with SO-GAD1, sent by the clerk
        const qint64 movements = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements"));

        // The SO forwards to US-GAD inside a transaction that stays open...
        Transaction tx(*so.db);
        ForwardRequest on;
        on.fileNo = no;
        on.target = ForwardRequest::Target::ToPost;
        on.toPostCode = QStringLiteral("US-GAD");
        FileService(*so.db, m_clock, so.session).forward(on);
        // ...while the clerk recalls it on his own connection (waits for the lock).
        const DbUrl url = m_t->url();
        QString loser;
        NastiError::Kind kind{};
        QThread *racer = QThread::create([&] {
            try {
                auto c = access::connectAs(url, QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
                SystemClock clock;
                FileService(*c.db, clock, c.session).recall(no, QStringLiteral("Forgot the enclosure"));
            } catch (const NastiError &e) {
                loser = e.message();
                kind = e.kind();
            }
        });
        racer->start();
        QTest::qWait(600);
        tx.commit();
        QVERIFY(racer->wait(30000));
        delete racer;
        QVERIFY2(!loser.isEmpty(), "the recall after the move was not refused");
        QVERIFY2(!loser.contains(QLatin1String("no file numbered")), qPrintable(loser));
        if (m_db->isPostgres()) {
            QVERIFY2(kind == NastiError::Kind::Conflict && loser.contains(QLatin1String("has moved")),
                     qPrintable(loser));
        } else { // SQLite serialises the two: the recall runs after the move and sees it
            QVERIFY2(kind == NastiError::Kind::Refused || kind == NastiError::Kind::Conflict,
                     qPrintable(loser));
        }
        QCOMPARE(holder(*m_db, no), QStringLiteral("US-GAD"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 1);

        // A forward from a client that saw the old version: "has moved", on both backends.
        ForwardRequest stale;
        stale.fileNo = no;
        stale.target = ForwardRequest::Target::Up;
        stale.expectedVersion = 1;
        const QString msg = [&] {
            try {
                FileService(*so.db, m_clock, so.session).forward(stale);
            } catch (const NastiError &e) {
                return e.message();
            }
            return QString();
        }();
        QVERIFY2(msg.contains(QLatin1String("has moved")), qPrintable(msg));
    }

    // A connection lost just before COMMIT of a forward: nothing of it is recorded,
    // and the error is one line that says something.
    void connectionLostDuringAForwardWritesNothing()
    {
        test::seedSmallOffice(*m_db, m_clock);
        const QString no = newFile("clerk.gad1");
        auto clerk = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
        FileService svc(*clerk.db, m_clock, clerk.session);
        svc.saveDraft(no, QStringLiteral("My note, typed before the cut."));
        const qint64 movements = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements"));
        const qint64 events = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM events"));
        QString message;
        NastiError::Kind kind{};
        try {
            Transaction tx(*clerk.db);
            ForwardRequest up;
            up.fileNo = no;
            up.target = ForwardRequest::Target::Up;
            svc.forward(up); // every statement ran...
            cut(*clerk.db);  // ...then the connection is gone
            tx.commit();
        } catch (const NastiError &e) {
            message = e.message();
            kind = e.kind();
        }
        QVERIFY2(kind == NastiError::Kind::Database, qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')) &&
                     message.size() > QStringLiteral("Database error: ").size() + 5,
                 qPrintable(message));
        QCOMPARE(holder(*m_db, no), QStringLiteral("ASST-GAD1"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM events")), events);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NOT NULL")), 0);
        // The next action on the dead connection fails cleanly too.
        try {
            svc.open(no);
            QFAIL("an action on a dead connection succeeded");
        } catch (const NastiError &e) {
            QVERIFY2(!e.message().contains(QLatin1Char('\n')) &&
                         !e.message().trimmed().endsWith(QLatin1Char(':')),
                     qPrintable(e.message()));
        }
        // A new connection forwards it.
        auto again = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
        ForwardRequest up;
        up.fileNo = no;
        up.target = ForwardRequest::Target::Up;
        FileService(*again.db, m_clock, again.session).forward(up);
        QCOMPARE(holder(*m_db, no), QStringLiteral("SO-GAD1"));
        QVERIFY(admin({QStringLiteral("verify")}).code == 0);
    }

    // Issue 19: a forward whose COMMIT reached the server but whose answer was lost (the
    // connection cut just after it) is asked again with the same action key on a new
    // connection: it is reported done, with the post it went to, and recorded once. A
    // forward cut off before its COMMIT is done by the retry, once. A key is its user's own.
    void aForwardRetriedWithItsKeyIsDoneOnce()
    {
        test::seedSmallOffice(*m_db, m_clock);
        const QString no = newFile("clerk.gad1");
        const qint64 movements = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements"));
        const ActionKey key = ActionKey::fresh();
        ForwardRequest up;
        up.fileNo = no;
        up.target = ForwardRequest::Target::Up;
        {
            auto clerk = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
            FileService svc(*clerk.db, m_clock, clerk.session);
            svc.setActionKey(key);
            svc.saveDraft(no, QStringLiteral("Put up for orders."));
            svc.forward(up); // COMMIT done: the answer is "lost" with the connection
            cut(*clerk.db);
        }
        QCOMPARE(holder(*m_db, no), QStringLiteral("SO-GAD1"));
        // The retry: the same action (note, then forward) with the same key, new connection.
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto again = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
            FileService svc(*again.db, m_clock, again.session);
            svc.setActionKey(key);
            svc.saveDraft(no, QStringLiteral("Put up for orders.")); // not "the file is with SO-GAD1"
            QCOMPARE(svc.forward(up), QStringLiteral("SO-GAD1"));    // not "moved meanwhile"
        }
        QCOMPARE(holder(*m_db, no), QStringLiteral("SO-GAD1"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM done_actions WHERE action_key LIKE '%1%'")
                                  .arg(key.base())),
                 2);
        // Without the key the same retry is refused as before: the file has moved.
        {
            auto again = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
            QVERIFY_THROWS_EXCEPTION(NastiError, FileService(*again.db, m_clock, again.session).forward(up));
        }
        // Another user naming the clerk's key learns nothing of it: his own action is done.
        {
            auto so = access::connectAs(m_t->url(), QStringLiteral("so.gad1"), QStringLiteral("pw"));
            FileService svc(*so.db, m_clock, so.session);
            svc.setActionKey(key);
            ForwardRequest on;
            on.fileNo = no;
            on.target = ForwardRequest::Target::ToPost;
            on.toPostCode = QStringLiteral("US-GAD");
            QCOMPARE(svc.forward(on), QStringLiteral("US-GAD"));
            QCOMPARE(holder(*m_db, no), QStringLiteral("US-GAD"));
            QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 2);
            if (so.db->isPostgres()) // (and he may neither read nor write the table himself)
                for (const char *sql :
                     {"SELECT COUNT(*) FROM done_actions",
                      "INSERT INTO done_actions VALUES (1, 'forged-key-1', 'x', '', 0)",
                      "DELETE FROM done_actions", "SELECT nasti_action_done('forged-key-2', 'x', '')"})
                    QVERIFY_THROWS_EXCEPTION(NastiError, so.db->execRaw(QString::fromLatin1(sql)));
        }
        // History cannot be rewritten to forget a key.
        if (!m_db->isPostgres())
            QVERIFY_THROWS_EXCEPTION(NastiError, m_db->execRaw(QStringLiteral("DELETE FROM done_actions")));
        else
            QVERIFY_THROWS_EXCEPTION(NastiError,
                                     m_db->execRaw(QStringLiteral("UPDATE done_actions SET result = ''")));

        // Cut off before COMMIT: nothing recorded, the retry with the key does it, once.
        const ActionKey back = ActionKey::fresh();
        ForwardRequest down;
        down.fileNo = no;
        down.target = ForwardRequest::Target::Back;
        {
            auto us = access::connectAs(m_t->url(), QStringLiteral("us.gad"), QStringLiteral("pw"));
            FileService svc(*us.db, m_clock, us.session);
            svc.setActionKey(back);
            try {
                Transaction tx(*us.db);
                svc.forward(down);
                cut(*us.db);
                tx.commit();
                QFAIL("a commit on a cut connection succeeded");
            } catch (const NastiError &) {
            }
        }
        QCOMPARE(holder(*m_db, no), QStringLiteral("US-GAD"));
        {
            auto us = access::connectAs(m_t->url(), QStringLiteral("us.gad"), QStringLiteral("pw"));
            FileService svc(*us.db, m_clock, us.session);
            svc.setActionKey(back);
            QCOMPARE(svc.forward(down), QStringLiteral("SO-GAD1"));
        }
        QCOMPARE(holder(*m_db, no), QStringLiteral("SO-GAD1"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 3);
        QVERIFY(admin({QStringLiteral("verify")}).code == 0);
    }

    // Issue 19: the client's job for one user action names it once (ActionKey::Scope); every
    // service the job makes, FileService and DraftService alike, takes its calls' keys from it in
    // order, so the worker's retry of the whole job does nothing twice and answers as before.
    void aClientJobRetriedWithItsKeyIsDoneOnce()
    {
        test::seedSmallOffice(*m_db, m_clock);
        const QString no = newFile("clerk.gad1");
        const QString base = ActionKey::fresh().base();
        const qint64 movements = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements"));
        const auto job = [&](Database &db, const Session &session) {
            ActionKey action(base);
            const ActionKey::Scope named(action);
            FileService files(db, m_clock, session);
            files.saveDraft(no, QStringLiteral("Draft reply put up."));
            NewDraftRequest r;
            r.fileNo = no;
            r.content.subject = QStringLiteral("Reply on leave rules");
            Addressee a;
            a.name = QStringLiteral("The Collector, Bhopal");
            a.address = QStringLiteral("Bhopal");
            r.content.addressees << a;
            r.content.bodyHtml = QStringLiteral("<p>The leave rules are as follows.</p>");
            const int draft = DraftService(db, m_clock, session).create(r);
            ForwardRequest up;
            up.fileNo = no;
            up.target = ForwardRequest::Target::Up;
            return std::pair{draft, files.forward(up)};
        };
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto clerk = access::connectAs(m_t->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
            const auto [draft, went] = job(*clerk.db, clerk.session);
            QCOMPARE(draft, 1);
            QCOMPARE(went, QStringLiteral("SO-GAD1"));
        }
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM drafts")), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM done_actions")),
                 3); // note, draft, forward
        QVERIFY(admin({QStringLiteral("verify")}).code == 0);
    }

    // Issue 19: every other service's state-changing call is named by the action's key too:
    // diarising a letter, calling for a file, answering, ending a watch, marking a category,
    // enrolling, certifying and revoking. Each job below runs three times with its key (the
    // client's retries on new connections): each is done once and answers as the first time.
    void everyActionRetriedWithItsKeyIsDoneOnce()
    {
        test::seedSmallOffice(*m_db, m_clock);
        const QString no = newFile("clerk.gad1");
        const auto thrice = [&](const char *login,
                                const std::function<QString(Database &, const Session &)> &job) {
            const QString base = ActionKey::fresh().base();
            QString first;
            for (int attempt = 0; attempt < 3; ++attempt) {
                // (The administrator acts on the owner's connection, as nasti-admin --as does.)
                std::unique_ptr<Database> own;
                std::optional<access::UserConnection> c;
                if (qstrcmp(login, "admin") == 0)
                    own = Database::open(m_t->url());
                else
                    c.emplace(
                        access::connectAs(m_t->url(), QString::fromLatin1(login), QStringLiteral("pw")));
                Database &db = own ? *own : *c->db;
                const Session session =
                    own ? test::sessionOf(db, m_clock, QString::fromLatin1(login)) : c->session;
                ActionKey action(base);
                const ActionKey::Scope named(action);
                const QString answer = job(db, session);
                if (attempt == 0)
                    first = answer;
                else if (answer != first) // (a retry answers as the first try did)
                    return QStringLiteral("retry %1 answered “%2”, the first “%3”")
                        .arg(attempt)
                        .arg(answer, first);
            }
            return first;
        };
        const auto rows = [&](const char *table) {
            return count(*m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        };

        PopplerInspector inspector;
        QFile pdf(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-rti-application.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        DiariseRequest letter;
        letter.sender = QStringLiteral("Collector, Pune");
        letter.subject = QStringLiteral("Report on flood relief");
        letter.fileName = QStringLiteral("letter.pdf");
        letter.content = pdf.readAll();
        const QString diaryNo = thrice("clerk.gad1", [&](Database &db, const Session &s) {
            return ReceiptService(db, m_clock, s, inspector).diarise(letter);
        });
        QVERIFY(!diaryNo.isEmpty());
        QCOMPARE(rows("receipts"), 1);

        const QString callId = thrice("so.gad1", [&](Database &db, const Session &s) {
            return QString::number(FollowupService(db, m_clock, s)
                                       .call(no, QStringLiteral("call"), QStringLiteral("Put up the facts."),
                                             QDate(2026, 12, 31)));
        });
        const QString watchId = thrice("so.gad1", [&](Database &db, const Session &s) {
            return QString::number(FollowupService(db, m_clock, s)
                                       .call(no, QStringLiteral("watch"), QStringLiteral("Keep me informed."),
                                             QDate(2026, 12, 31)));
        });
        QCOMPARE(rows("file_calls"), 2);
        const qint64 notes = rows("notes");
        thrice("clerk.gad1", [&](Database &db, const Session &s) {
            FollowupService(db, m_clock, s)
                .answer(callId.toLongLong(), QStringLiteral("The facts are put up."));
            return QString();
        });
        QCOMPARE(rows("notes"), notes + 1); // answered once, not "answered already"
        thrice("so.gad1", [&](Database &db, const Session &s) {
            FollowupService(db, m_clock, s).endWatch(watchId.toLongLong());
            return QString();
        });
        const qint64 version =
            count(*m_db, QStringLiteral("SELECT version FROM files WHERE file_no = '%1'").arg(no));
        thrice("clerk.gad1", [&](Database &db, const Session &s) {
            FollowupService(db, m_clock, s)
                .setCategory(no, QStringLiteral("court"), QStringLiteral("WP 1234/2026"));
            return QString();
        });
        QCOMPARE(count(*m_db, QStringLiteral("SELECT version FROM files WHERE file_no = '%1'").arg(no)),
                 version + 1);

        // Keys: one key enrolled (the retries unlock it), one certificate, one revocation.
        thrice("admin", [&](Database &db, const Session &s) {
            KeyService(db, m_clock, s)
                .createAuthority(QStringLiteral("Government of Madhya Pradesh"),
                                 QStringLiteral("authority-pass"));
            return QString();
        });
        QCOMPARE(rows("signing_authorities"), 1);
        QString keyId;
        thrice("clerk.gad1", [&](Database &db, const Session &s) {
            const SigningIdentityPtr key = KeyService(db, m_clock, s).enrol(QStringLiteral("pw"));
            if (keyId.isEmpty())
                keyId = QString::number(key->keyId());
            return QString::number(key->keyId());
        });
        QCOMPARE(rows("signing_keys"), 1);
        QCOMPARE(thrice("admin",
                        [&](Database &db, const Session &s) {
                            return KeyService(db, m_clock, s)
                                .certify({QStringLiteral("clerk.gad1")}, QStringLiteral("authority-pass"), 30)
                                .join(QLatin1Char(','));
                        }),
                 QStringLiteral("clerk.gad1"));
        QCOMPARE(rows("key_certificates"), 1);
        QCOMPARE(thrice("admin",
                        [&](Database &db, const Session &s) {
                            return QString::number(
                                KeyService(db, m_clock, s)
                                    .revoke(QStringLiteral("clerk.gad1"), QStringLiteral("compromised")));
                        }),
                 QStringLiteral("1"));
        QCOMPARE(rows("key_revocations"), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM done_actions")), 10);
        QVERIFY(admin({QStringLiteral("verify")}).code == 0);
    }

    // Issue 19: the client's worker, its connection cut and the server refusing new ones (as
    // while a standby takes over), waits for the server and then does the job, once; when the
    // server stays away longer than its patience the job is reported not done in one message,
    // nothing was done, and the next job after the server is back works.
    void theWorkerWaitsForTheServerAndCarriesOn()
    {
        if (!m_db->isPostgres())
            QSKIP("needs a server that refuses connections for a while; the PostgreSQL run tests it");
        test::seedSmallOffice(*m_db, m_clock);
        const QString no = newFile("clerk.gad1");
        const QString dbName = m_t->url().database;
        const qint64 ownPid = m_db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        // (From the cluster's own database: the test's cannot refuse connections to itself.)
        const std::unique_ptr<Database> cluster =
            Database::open(DbUrl::parse(qEnvironmentVariable("NASTI_TEST_PG_URL")));
        const auto serverAway = [&](bool away) {
            cluster->execRaw(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                                 .arg(dbName, away ? QStringLiteral("false") : QStringLiteral("true")));
            if (away) // (every connection to it is cut but the test's own, which checks)
                cluster->execRaw(
                    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                   "datname = '%1' AND pid <> %2")
                        .arg(dbName)
                        .arg(ownPid));
        };
        const auto restore = qScopeGuard([&] { serverAway(false); });
        const Session clerk = OrgService(*m_db, m_clock).sessionFor(QStringLiteral("clerk.gad1"));
        QueryWorker worker(ClientContext{m_t->url(), clerk, std::nullopt});
        QSignalSpy lost(&worker, &QueryWorker::connectionLost);
        QSignalSpy restored(&worker, &QueryWorker::connectionRestored);
        const qint64 movements = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements"));
        const auto forward = [&](ForwardRequest::Target target, QString *went, QString *error) {
            const QString key = ActionKey::fresh().base();
            worker.post<QString>(
                this,
                [=, clock = &m_clock](Database &db) {
                    ActionKey action(key);
                    const ActionKey::Scope named(action);
                    ForwardRequest r;
                    r.fileNo = no;
                    r.target = target;
                    return FileService(db, *clock, clerk).forward(r);
                },
                [went](QString to) { *went = to; }, [error](const QString &e) { *error = e; });
        };
        QString went, error;
        bool opened = false;
        worker.post<int>(
            this, [](Database &db) { return db.scalar(QStringLiteral("SELECT 1")).toInt(); },
            [&](int) { opened = true; });
        QTRY_VERIFY(opened);

        serverAway(true);
        forward(ForwardRequest::Target::Up, &went, &error);
        QTRY_COMPARE(lost.count(), 1);
        QTest::qWait(2000); // the server is away for a while
        QVERIFY(went.isEmpty() && error.isEmpty());
        serverAway(false);
        QTRY_COMPARE_WITH_TIMEOUT(went, QStringLiteral("SO-GAD1"), 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(holder(*m_db, no), QStringLiteral("SO-GAD1"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 1);

        // Away for longer than the worker waits: not done, said once, nothing written.
        worker.setReconnectTimeout(1500);
        went.clear();
        serverAway(true);
        forward(ForwardRequest::Target::Up, &went, &error); // (the clerk no longer holds it: refused if run)
        QTRY_VERIFY_WITH_TIMEOUT(!error.isEmpty(), 20000);
        QVERIFY2(error.contains(QLatin1String("could not be restored")), qPrintable(error));
        QVERIFY(went.isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), movements + 1);
        serverAway(false);
        error.clear();
        forward(ForwardRequest::Target::Up, &went, &error); // the next job reconnects and runs
        QTRY_VERIFY_WITH_TIMEOUT(!error.isEmpty(), 20000);
        QVERIFY2(!error.contains(QLatin1String("could not be restored")),
                 qPrintable(error));   // refused: SO holds it
        QCOMPARE(restored.count(), 1); // (restored is said when a job gets through after a loss)
        QVERIFY(admin({QStringLiteral("verify")}).code == 0);
    }

    // An import-org cut off half-way (PostgreSQL: its backend terminated; SQLite: the
    // process killed while writing) imports nothing; a rerun imports everything.
    void connectionLostDuringAnImportImportsNothing()
    {
        constexpr int kPosts = 4000;
        // SQLite: a probe that finds the write lock taken knows the import's transaction is open.
        const QString probeName = QStringLiteral("probe");
        auto writing = [&] {
            QSqlDatabase probe = QSqlDatabase::database(probeName);
            QSqlQuery q(probe);
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return true; // "database is locked"
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        };
        if (!m_db->isPostgres()) {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(m_t->url().path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(probe.open());
        }
        auto closeProbe = qScopeGuard([&] {
            if (QSqlDatabase::contains(probeName)) {
                QSqlDatabase::database(probeName).close();
                QSqlDatabase::removeDatabase(probeName);
            }
        });
        QVERIFY(admin({QStringLiteral("init")}).code == 0);
        const QString path = m_t->tempPath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bigOrganisation(kPosts));
        }
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(NASTI_ADMIN_PATH),
                {QStringLiteral("--db"), m_t->url().toString(), QStringLiteral("import-org"), path});
        QVERIFY(p.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        bool cut = false;
        while (!cut && waited.elapsed() < 60000 && p.state() == QProcess::Running) {
            if (m_db->isPostgres()) {
                // Its backend, inside the import's transaction, after some posts were written.
                const QVariant pid =
                    m_db->scalar(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = "
                                                "current_database() AND application_name = 'nasti' "
                                                "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND "
                                                "now() - xact_start > interval '150 ms'"));
                if (pid.isValid())
                    cut = m_db->scalar(QStringLiteral("SELECT pg_terminate_backend(:p)"),
                                       {{QStringLiteral("p"), pid}})
                              .toBool();
            } else if (writing()) {
                QTest::qWait(100);
                if (writing()) {
                    p.kill(); // SIGKILL while the transaction is being written
                    cut = true;
                }
            }
            if (!cut)
                QTest::qWait(20);
        }
        QVERIFY2(cut, "the import finished before it could be cut off; make the CSV bigger");
        QVERIFY(p.waitForFinished(60000));
        if (m_db->isPostgres()) {
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(oneLineProblem(err).isEmpty(), qPrintable(oneLineProblem(err)));
            QVERIFY2(err.contains("terminat") || err.contains("connection") || err.contains("server"),
                     err.constData());
        }
        auto fresh = Database::open(m_t->url());
        QCOMPARE(count(*fresh, QStringLiteral("SELECT COUNT(*) FROM posts")), 0);
        QCOMPARE(count(*fresh, QStringLiteral("SELECT COUNT(*) FROM departments")), 0);
        QCOMPARE(count(*fresh, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind LIKE 'org.%'")), 0);
        fresh.reset();
        const Run r = admin({QStringLiteral("import-org"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray::number(kPosts + 1) + " posts"), r.out.constData());
        QVERIFY(admin({QStringLiteral("verify")}).code == 0);
    }

    // A full disk (SQLite: the database may not grow past max_page_count, as on a full
    // disk): the import fails with one line and writes nothing. PostgreSQL's full disk is
    // the server's; its transaction is rolled back the same way (README, Reliability).
    void aFullDiskDuringAnImportImportsNothing()
    {
        if (m_db->isPostgres())
            QSKIP("a full disk is simulated with SQLite's max_page_count");
        const qint64 pages = m_db->scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
        m_db->execRaw(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20));
        OrgService org(*m_db, m_clock);
        NastiError::Kind kind{};
        QString message;
        try {
            OrgCsvImporter(*m_db, org).import(bigOrganisation(3000));
        } catch (const NastiError &e) {
            kind = e.kind();
            message = e.message();
        }
        QVERIFY2(kind == NastiError::Kind::Database && message.contains(QLatin1String("full")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        m_db->execRaw(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM posts")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind LIKE 'org.%'")), 0);
        OrgCsvImporter(*m_db, org).import(bigOrganisation(10)); // room again: it works
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM posts")), 11);
    }

    // Item 7: a connection that cannot be made is one line, without driver noise.
    void anUnreachableServerIsOneLine()
    {
        const QString url = m_db->isPostgres() ? QStringLiteral("postgresql://nobody:pw@127.0.0.1:1/nasti")
                                               : QStringLiteral("sqlite:") +
                                                     m_t->tempPath(QStringLiteral("a-file/\x1b[2J/x.db"));
        {
            QFile blocker(m_t->tempPath(QStringLiteral("a-file"))); // a file where a directory should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("verify")},
              QStringList{QStringLiteral("--as"), QStringLiteral("cs"), QStringLiteral("inbox")}}) {
            QProcess p;
            p.setProcessEnvironment(environment());
            p.start(QStringLiteral(NASTI_ADMIN_PATH), QStringList{QStringLiteral("--db"), url} + args);
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(oneLineProblem(err).isEmpty(), qPrintable(oneLineProblem(err)));
            QVERIFY2(!err.contains("QPSQL") && !err.contains("QSqlQuery") && !err.contains('\x1b'),
                     err.constData());
            QVERIFY2(err.contains("Cannot open the database") || err.contains("Cannot create the database"),
                     err.constData());
        }
    }

    // Item 2: seed-scale killed at about 40 % and just after the rows are written: verify
    // does not call it tampering, and seed-scale run again finishes the job.
    void aKilledSeedScaleIsRestartable()
    {
        QVERIFY(admin({QStringLiteral("init")}).code == 0);
        const QStringList seed{QStringLiteral("seed-scale"), QStringLiteral("--files"),
                               QStringLiteral("400")};
        for (const char *point : {"files", "written"}) {
            QProcessEnvironment crash;
            crash.insert(QStringLiteral("NASTI_SEED_SCALE_CRASH"), QString::fromLatin1(point));
            const Run killed = admin(seed, crash);
            QVERIFY2(killed.crashed,
                     qPrintable(QStringLiteral("not killed at %1: %2")
                                    .arg(QLatin1String(point), QString::fromUtf8(killed.err))));
            const Run v = admin({QStringLiteral("verify"), QStringLiteral("--heads"),
                                 m_t->tempPath(QStringLiteral("heads.ini"))});
            QVERIFY2(v.code == 1 && !v.err.contains("TAMPERING") && v.err.contains("interrupted seed-scale"),
                     qPrintable(QStringLiteral("after a kill at %1: %2")
                                    .arg(QLatin1String(point), QString::fromUtf8(v.err))));
            QVERIFY2(oneLineProblem(v.err).isEmpty(), qPrintable(oneLineProblem(v.err)));
        }
        const Run done = admin(seed);
        QVERIFY2(done.code == 0, done.err.constData());
        QVERIFY2(done.err.contains("interrupted"), done.err.constData());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM files")), 400);
        // History is never in the future (the seed once put the steps of its newest files
        // up to 16 minutes after its "now").
        const QString future = QStringLiteral(" > %1").arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements WHERE sent_at") + future), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM events WHERE at") + future), 0);
        const Run v = admin({QStringLiteral("verify"), QStringLiteral("--heads"),
                             m_t->tempPath(QStringLiteral("heads.ini"))});
        QVERIFY2(v.code == 0, v.err.constData());
        const Run again = admin(seed);
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains("only seeds an empty database"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
