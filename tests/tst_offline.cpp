// The client carries on offline (issue 19): the inbox copied to an encrypted cache on
// this computer while the server answers; with the server away, the banner, the cached
// inbox and files, a note and a forward queued; with the server back, the forward lands
// and a conflicting one is refused with the note kept as the draft. The server goes away
// through a TCP relay in front of PostgreSQL (the cluster keeps running for the other
// tests); on SQLite, which has no server to lose, the queue and its replay are tested
// as such.
#include "client/clientsession.h"
#include "client/draftstore.h"
#include "client/offlinecache.h"
#include "client/queryworker.h"
#include "db/database.h"
#include "fileactions.h"
#include "filedesk.h"
#include "filelistmodel.h"
#include "forwarddialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pdf/popplerinspector.h"
#include "services/authservice.h"
#include "services/fileservice.h"
#include "services/receiptservice.h"
#include "support/guitest.h"
#include "support/tcprelay.h"
#include "support/testdatabase.h"
#include "util/paths.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nasti;

namespace {

const QString kPassword = QStringLiteral("pw");

FileDetail sampleDetail(const QString &fileNo, Grading grading)
{
    FileDetail d;
    d.summary.fileNo = fileNo;
    d.summary.subject = QStringLiteral("Purchase of ballot boxes for the bye-election");
    d.summary.grading = grading;
    d.summary.version = 3;
    d.summary.holderPostId = 7;
    NoteView n;
    n.body = QStringLiteral("निर्वाचन आयोग के निर्देश संलग्न हैं। The tender notice is placed below.");
    n.createdAt = 1000;
    d.notes << n;
    MovementView m;
    m.fromCode = QStringLiteral("ASST-GAD1");
    m.toCode = QStringLiteral("SO-GAD1");
    m.dueDate = QStringLiteral("2026-12-10");
    d.movements << m;
    PaperView p;
    p.flag = QStringLiteral("PUC");
    p.attachmentSha256 = QStringLiteral("ab12");
    d.papers << p;
    DraftView dr;
    dr.number = 1;
    DraftVersionView v;
    v.subject = QStringLiteral("Reply to the Election Commission");
    v.addressees << Addressee{QStringLiteral("The Chief Electoral Officer"), {}, QStringLiteral("post"), {}};
    dr.versions << v;
    d.drafts << dr;
    return d;
}

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

QAction *action(MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;

    // Signs in as the user over url, with offline copies on (as the sign-in does with the
    // keychain's key; offscreen there is no keychain).
    std::unique_ptr<MainWindow> signIn(const DbUrl &url, const QString &login)
    {
        access::UserConnection c;
        c.db = Database::open(url);
        c.session = AuthService(*c.db, m_clock).login(login, kPassword);
        c.offlineKey = OfflineCache::newKey();
        c.offlineKeepDays = 7;
        c.offlineHighest = QStringLiteral("confidential");
        auto w = std::make_unique<MainWindow>(std::move(c));
        w->resize(1366, 768);
        w->show();
        return w;
    }

    QString create(const Session &s, const QString &subject, Grading grading = Grading::Normal)
    {
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = subject;
        r.grading = grading;
        return FileService(*m_db, m_clock, s).create(r);
    }

    void shoot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("NASTI_TEST_SHOTS");
        if (dir.isEmpty())
            return;
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        // The same moment in Hindi: every widget retranslates on the language change.
        LanguageManager::instance()->apply(QStringLiteral("hi"));
        QTest::qWait(100); // the toolbars lay the new texts out
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral("_hi.png"));
        LanguageManager::instance()->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NastiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_offline_") +
                                             test::TestDatabase::backendName());
        QSettings().clear();
    }

    void init()
    {
        m_tdb = std::make_unique<test::TestDatabase>();
        m_db = m_tdb->create();
        test::seedSmallOffice(*m_db, m_clock);
        QDir(paths::dataDir() + QStringLiteral("/drafts")).removeRecursively();
        QDir(paths::dataDir() + QStringLiteral("/offline")).removeRecursively();
    }

    void cleanup()
    {
        QTRY_COMPARE_WITH_TIMEOUT(QueryWorker::pendingJobs(), 0, 30000);
        m_db.reset();
        m_tdb.reset();
    }

    // The cache: sealed (nothing readable on disk), Secret never written, a copy past its
    // days and one sealed under another key are absent, the queue keeps its order.
    void cacheIsSealedAndBounded()
    {
        QTemporaryDir dir;
        const QByteArray key = OfflineCache::newKey();
        OfflineSettings settings;
        settings.keepDays = 7;
        const OfflineCache cache(key, settings, QStringLiteral("postgresql://db/nasti"),
                                 QStringLiteral("so.gad1"), dir.path());
        const qint64 now = 1'800'000'000'000;
        const FileDetail d = sampleDetail(QStringLiteral("GAD-1/2026/0007"), Grading::Confidential);
        QVERIFY(cache.storeFile(d, now));
        QVERIFY(cache.storePaper(QStringLiteral("ab12"), QByteArray("%PDF-1.4 the letter itself")));
        QVERIFY(cache.storeInbox({d.summary}, now));

        const auto back = cache.file(d.summary.fileNo, now + 1000);
        QVERIFY(back);
        QCOMPARE(back->summary.subject, d.summary.subject);
        QCOMPARE(back->summary.version, 3);
        QCOMPARE(back->notes.value(0).body, d.notes.first().body);
        QCOMPARE(back->movements.value(0).dueDate, QStringLiteral("2026-12-10"));
        QCOMPARE(back->drafts.value(0).versions.value(0).addressees.value(0).name,
                 QStringLiteral("The Chief Electoral Officer"));
        QCOMPARE(back->offlineAsOf, now);
        QCOMPARE(cache.paper(QStringLiteral("ab12")).value_or(QByteArray()),
                 QByteArray("%PDF-1.4 the letter itself"));
        QCOMPARE(cache.inbox(now)->rows.size(), 1);

        // Nothing on disk names the file or says what is in it.
        QVERIFY(!anyFileContains(dir.path(), "GAD-1/2026/0007"));
        QVERIFY(!anyFileContains(dir.path(), "ballot"));
        QVERIFY(!anyFileContains(dir.path(), "%PDF"));
        QVERIFY(!anyFileContains(dir.path(), QStringLiteral("निर्वाचन").toUtf8()));

        // Secret and above: never written; a list leaves them out.
        const FileDetail secret = sampleDetail(QStringLiteral("GAD-1/2026/0008"), Grading::Secret);
        QVERIFY(!cache.storeFile(secret, now));
        QVERIFY(!cache.file(secret.summary.fileNo, now));
        QVERIFY(cache.storeInbox({d.summary, secret.summary}, now));
        QCOMPARE(cache.inbox(now)->rows.size(), 1);

        // Past its days: gone; under another key: unreadable.
        QVERIFY(!cache.file(d.summary.fileNo, now + 8LL * 24 * 3600 * 1000));
        QVERIFY(!cache.inbox(now + 8LL * 24 * 3600 * 1000));
        const OfflineCache other(OfflineCache::newKey(), settings, QStringLiteral("postgresql://db/nasti"),
                                 QStringLiteral("so.gad1"), dir.path());
        QVERIFY(!other.file(d.summary.fileNo, now));

        // The queue, in order; pruning keeps a queued file and drops one that left the inbox.
        QueuedMove a, b;
        a.key = QStringLiteral("k1");
        a.request.fileNo = d.summary.fileNo;
        b.key = QStringLiteral("k2");
        b.request.fileNo = QStringLiteral("GAD-1/2026/0009");
        QVERIFY(cache.enqueue(a) && cache.enqueue(b));
        QCOMPARE(cache.queue().size(), 2);
        QCOMPARE(cache.queue().first().key, QStringLiteral("k1"));
        cache.dequeue(QStringLiteral("k1"));
        QCOMPARE(cache.queue().size(), 1);
        cache.prune(now, {});
        QVERIFY(!cache.file(d.summary.fileNo, now)); // left the inbox, no move queued: deleted
        QVERIFY(!cache.paper(QStringLiteral("ab12")));
        cache.clear();
        QVERIFY(!QDir(cache.directory()).exists());
    }

    // Issue 19's done-when: the server stopped, a cached file read, a note written, a file
    // forwarded; the server back, the forward lands; a conflicting one is kept as a draft.
    void offlineDayThroughTheWidgets()
    {
        if (!m_db->isPostgres())
            QSKIP(
                "SQLite is embedded: there is no server to lose (the replay is tested in queuedMovesReplay)");
        const Session clerkSession = test::sessionOf(*m_db, m_clock, QStringLiteral("clerk.gad1"));
        // A file with a letter, one without, and a Secret one (never cached).
        QFile pdf(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-da-revision.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        DiariseRequest dr;
        dr.content = pdf.readAll();
        dr.fileName = QStringLiteral("letter.pdf");
        dr.sender = QStringLiteral("Collector, Raipur");
        dr.subject = QStringLiteral("Repairs to the circuit house");
        PopplerInspector inspector;
        const QString diary = ReceiptService(*m_db, m_clock, clerkSession, inspector).diarise(dr);
        const QString withLetter = create(clerkSession, QStringLiteral("Circuit house repairs"));
        FileService(*m_db, m_clock, clerkSession).putReceipt(withLetter, diary);
        const QString conflicting = create(clerkSession, QStringLiteral("Leave of the record keeper"));
        const QString secret = create(clerkSession, QStringLiteral("Vigilance enquiry"), Grading::Secret);

        test::TcpRelay relay(quint16(m_tdb->url().port));
        QVERIFY(relay.start());
        DbUrl viaRelay = m_tdb->url();
        viaRelay.host = QStringLiteral("127.0.0.1");
        viaRelay.port = relay.port();
        auto clerk = signIn(viaRelay, QStringLiteral("clerk.gad1"));
        ClientSession *session = clerk->session();
        const OfflineCache *cache = session->offlineCache();
        QVERIFY(cache);
        // The inbox is copied as it is shown: both open files and the letter, not the Secret one.
        QTRY_VERIFY_WITH_TIMEOUT(
            cache->file(withLetter, m_clock.nowMs()) && cache->file(conflicting, m_clock.nowMs()), 15000);
        const FileDetail cachedLetter = *cache->file(withLetter, m_clock.nowMs());
        QCOMPARE(cachedLetter.papers.size(), 1);
        QTRY_VERIFY(cache->hasPaper(cachedLetter.papers.first().attachmentSha256));
        QVERIFY(!cache->file(secret, m_clock.nowMs()));
        QTRY_COMPARE_WITH_TIMEOUT(QueryWorker::pendingJobs(), 0, 15000);

        // The server goes away: one calm banner and the status bar, no box.
        relay.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session->live(), 20000);
        auto *banner = clerk->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("cannot be reached")), qPrintable(banner->text()));
        QVERIFY(clerk->findChild<QLabel *>(QStringLiteral("liveLabel"))
                    ->text()
                    .contains(QStringLiteral("Offline")) ||
                clerk->findChild<QLabel *>(QStringLiteral("liveLabel"))
                    ->text()
                    .contains(QStringLiteral("Reconnecting")));
        QVERIFY(!clerk->findChild<QMessageBox *>(QStringLiteral("errorBox")));
        FileListModel *inbox = clerk->model(MainWindow::Page::Inbox);
        QTRY_VERIFY(inbox->offlineAsOf() > 0);
        QVERIFY(inbox->rowOf(withLetter) >= 0 && inbox->rowOf(conflicting) >= 0);
        QCOMPARE(inbox->rowOf(secret), -1);
        QVERIFY(!action(*clerk, "actionNewFile")->isEnabled());

        // A cached file is read, with its letter; a note is written and the file put up.
        FileDesk *desk = clerk->openFile(withLetter);
        QTRY_VERIFY(desk->isLoaded());
        auto *info = desk->findChild<QLabel *>(QStringLiteral("infoBar"));
        QVERIFY2(info && info->text().contains(QStringLiteral("Offline copy")),
                 qPrintable(info ? info->text() : QString()));
        QCOMPARE(desk->detail().papers.size(), 1);
        auto *editor = desk->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor->isEnabled());
        editor->setFocus();
        test::type(editor, QStringLiteral("Estimates of the PWD are placed below; put up for approval."));
        QVERIFY(action(*clerk, "actionPutUp")->isEnabled());
        test::whenShown<ForwardDialog>([](ForwardDialog *f) {
            QTest::mouseClick(f->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        });
        action(*clerk, "actionPutUp")->trigger();
        QTRY_COMPARE(session->queuedMoves().size(), 1);
        QVERIFY(!clerk->findChild<QMessageBox *>(QStringLiteral("errorBox")));
        QTRY_VERIFY(desk->findChild<QLabel *>(QStringLiteral("infoBar"))
                        ->text()
                        .contains(QStringLiteral("waits to be sent")));
        QVERIFY(!action(*clerk, "actionPutUp")->isEnabled()); // one move per file until it is sent
        QTRY_VERIFY(banner->text().contains(QStringLiteral("1 move")));
        // Switching the language says the file's lines again in Hindi: the offline copy, the
        // waiting move, where the note is kept, and the letter's tools.
        {
            auto *fitWidth = desk->findChild<QAction *>(QStringLiteral("pdfFitWidth"));
            QVERIFY(fitWidth);
            const QString englishInfo = info->text();
            const QString englishFit = fitWidth->text();
            LanguageManager::instance()->apply(QStringLiteral("hi"));
            QCoreApplication::processEvents();
            QVERIFY2(!info->text().contains(QStringLiteral("Offline copy")) &&
                         !info->text().contains(QStringLiteral("waits to be sent")) &&
                         info->text() != englishInfo,
                     qPrintable(info->text()));
            QVERIFY2(fitWidth->text() != englishFit, qPrintable(fitWidth->text()));
            QVERIFY(!desk->findChild<QLabel *>(QStringLiteral("draftStatus"))
                         ->text()
                         .contains(QStringLiteral("Kept")));
            LanguageManager::instance()->apply(QStringLiteral("en"));
            QCoreApplication::processEvents();
            QCOMPARE(info->text(), englishInfo);
        }
        if (qEnvironmentVariableIsSet("NASTI_TEST_SHOTS"))
            QTest::qWait(1500); // the letter's pages render on their own thread
        shoot(*clerk, QStringLiteral("offline_desk"));

        // The second file is put up too, but meanwhile (on another desktop) it goes elsewhere.
        FileDesk *second = clerk->openFile(conflicting);
        QTRY_VERIFY(second->isLoaded() && second->fileNo() == conflicting);
        auto *editor2 = second->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        editor2->setFocus();
        test::type(editor2, QStringLiteral("Leave may be sanctioned."));
        test::whenShown<ForwardDialog>([](ForwardDialog *f) {
            QTest::mouseClick(f->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        });
        action(*clerk, "actionPutUp")->trigger();
        QTRY_COMPARE(session->queuedMoves().size(), 2);
        ForwardRequest elsewhere;
        elsewhere.fileNo = conflicting;
        elsewhere.toPostCode = QStringLiteral("US-GAD");
        FileService(*m_db, m_clock, clerkSession).forward(elsewhere);
        // Nothing of the queued move reached the server yet.
        QCOMPARE(FileQueries(*m_db, m_clock).detail(clerkSession, withLetter).summary.holderPostCode,
                 QStringLiteral("ASST-GAD1"));

        // The server is back: the first lands, the second is refused with the note kept.
        QSignalSpy replayed(session, &ClientSession::replayFinished);
        QVERIFY(relay.start());
        QTRY_VERIFY_WITH_TIMEOUT(session->live(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty(), 30000);
        const QStringList landed = replayed.first().at(0).toStringList();
        const QStringList refused = replayed.first().at(1).toStringList();
        QCOMPARE(landed.size(), 1);
        QVERIFY(landed.first().contains(withLetter));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(conflicting) && refused.first().contains(QStringLiteral("draft")),
                 qPrintable(refused.first()));
        QVERIFY(session->queuedMoves().isEmpty());
        const FileDetail sent = FileQueries(*m_db, m_clock).detail(clerkSession, withLetter);
        QCOMPARE(sent.summary.holderPostCode, QStringLiteral("SO-GAD1"));
        bool noted = false;
        for (const NoteView &n : sent.notes)
            noted = noted || (!n.isDraft() && n.body.contains(QStringLiteral("Estimates of the PWD")));
        QVERIFY(noted);
        // One movement for the put-up, not two.
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM movements m JOIN files f ON f.id = m.file_id "
                                        "WHERE f.file_no = :f AND m.to_post_id = (SELECT id FROM posts WHERE "
                                        "code = 'SO-GAD1')"),
                         {{QStringLiteral("f"), withLetter}})
                .toInt(),
            1);
        QCOMPARE(FileQueries(*m_db, m_clock).detail(clerkSession, conflicting).summary.holderPostCode,
                 QStringLiteral("US-GAD"));
        QVERIFY(session->drafts()->load(conflicting));
        QCOMPARE(session->drafts()->load(conflicting)->text, QStringLiteral("Leave may be sanctioned."));
        auto *box = clerk->findChild<QMessageBox *>(QStringLiteral("replayBox"));
        QTRY_VERIFY(box = clerk->findChild<QMessageBox *>(QStringLiteral("replayBox")));
        QVERIFY(box->informativeText().contains(conflicting));
        // The note the refused move carried is offered on the window, as after a crash; the
        // note that went with the landed move is record and is not.
        auto *drafts = clerk->findChild<QLabel *>(QStringLiteral("draftBanner"));
        QTRY_VERIFY(drafts->isVisibleTo(clerk.get()));
        QVERIFY2(drafts->text().contains(conflicting) && !drafts->text().contains(withLetter),
                 qPrintable(drafts->text()));
        shoot(*clerk, QStringLiteral("offline_replayed"));
        box->close();
        QTRY_VERIFY(!banner->isVisible());
    }

    // The queue and its replay as such (both backends): a move queued on a cached file
    // lands with its note and key (replayed twice: done once); one whose file moved
    // meanwhile is refused by compare-and-set and its note kept.
    void queuedMovesReplay()
    {
        const Session clerkSession = test::sessionOf(*m_db, m_clock, QStringLiteral("clerk.gad1"));
        const QString a = create(clerkSession, QStringLiteral("Purchase of furniture"));
        const QString b = create(clerkSession, QStringLiteral("Annual property returns"));
        auto clerk = signIn(m_tdb->url(), QStringLiteral("clerk.gad1"));
        ClientSession *session = clerk->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->offlineCache()->file(a, m_clock.nowMs()) &&
                                     session->offlineCache()->file(b, m_clock.nowMs()),
                                 15000);
        QueuedMove ma;
        ma.request.fileNo = a;
        ma.request.target = ForwardRequest::Target::Up;
        ma.note = QStringLiteral("Three quotations are placed below.");
        ma.kind = QStringLiteral("put-up");
        QString why;
        QVERIFY2(session->queueMove(ma, &why), qPrintable(why));
        QVERIFY(!session->queueMove(ma, &why)); // one per file
        QVERIFY(why.contains(a));
        QueuedMove mb;
        mb.request.fileNo = b;
        mb.request.target = ForwardRequest::Target::Up;
        mb.note = QStringLiteral("Returns of all officers received.");
        QVERIFY2(session->queueMove(mb, &why), qPrintable(why));
        // b changes meanwhile (a note saved does not; a move does).
        ForwardRequest away;
        away.fileNo = b;
        away.toPostCode = QStringLiteral("US-GAD");
        FileService(*m_db, m_clock, clerkSession).forward(away);

        QSignalSpy replayed(session, &ClientSession::replayFinished);
        session->replayQueue();
        QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty(), 15000);
        QCOMPARE(replayed.first().at(0).toStringList().size(), 1);
        QCOMPARE(replayed.first().at(1).toStringList().size(), 1);
        QCOMPARE(FileQueries(*m_db, m_clock).detail(clerkSession, a).summary.holderPostCode,
                 QStringLiteral("SO-GAD1"));
        QCOMPARE(session->drafts()->load(b)->text, QStringLiteral("Returns of all officers received."));
        QVERIFY(session->queuedMoves().isEmpty());
        QTRY_VERIFY(clerk->findChild<QMessageBox *>(QStringLiteral("replayBox")));
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
