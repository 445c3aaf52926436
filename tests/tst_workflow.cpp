// The life of a file on both backends: every action, every refusal, the
// database's own guards, tamper detection, and (PostgreSQL) a 16-client race.
#include "support/testdatabase.h"

#include "db/transaction.h"
#include "pdf/popplerinspector.h"
#include "security/chainheadstore.h"
#include "security/eventlog.h"
#include "services/filequeries.h"
#include "services/fileservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QAtomicInt>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace nasti;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;
// Monday 2026-03-02 10:00 IST
const qint64 kStart = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::officeZone()).toMSecsSinceEpoch();

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(path));
    return f.readAll();
}

QByteArray goodPdf()
{
    return readFile(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-rti-application.pdf"));
}

template<typename F> QString refusal(F &&action)
{
    try {
        action();
    } catch (const NastiError &e) {
        return e.message();
    }
    return QString();
}

int count(Database &db, const QString &sql)
{
    return db.scalar(sql).toInt();
}
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    PopplerInspector m_inspector;

    FileService as(const char *login)
    {
        return FileService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, QString::fromLatin1(login)));
    }
    Session session(const char *login)
    {
        return test::sessionOf(*m_db, *m_clock, QString::fromLatin1(login));
    }
    QString newFile(const char *login = "clerk.gad1", const QString &subject = QStringLiteral("Test subject"),
                    Grading grading = Grading::Normal)
    {
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = subject;
        r.grading = grading;
        return as(login).create(r);
    }
    QString holder(const QString &no)
    {
        return m_db
            ->scalar(QStringLiteral("SELECT p.code FROM files f JOIN posts p ON p.id = f.holder_post_id "
                                    "WHERE f.file_no = :n"),
                     {{QStringLiteral("n"), no}})
            .toString();
    }
    void putUp(const char *login, const QString &no)
    {
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Up;
        r.action = ActionAsked::Approval;
        as(login).forward(r);
    }
    void forwardTo(const char *login, const QString &no, const QString &post)
    {
        ForwardRequest r;
        r.fileNo = no;
        r.toPostCode = post;
        as(login).forward(r);
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_db = m_t->create();
        m_clock = std::make_unique<ManualClock>(kStart);
        test::seedSmallOffice(*m_db, *m_clock);
    }
    void cleanup()
    {
        m_db.reset();
        m_t.reset();
    }

    void createNumbersFilesInSequence()
    {
        const QString a = newFile();
        const QString b = newFile();
        QCOMPARE(a, QStringLiteral("A-11011/1/2026-GAD1"));
        QCOMPARE(b, QStringLiteral("A-11011/2/2026-GAD1"));
        QCOMPARE(holder(a), QStringLiteral("ASST-GAD1"));
        QVERIFY(refusal([&] {
                    newFile("clerk.gad1", QStringLiteral("   "));
                }).contains(QLatin1String("subject is empty")));
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("NOPE-9");
        r.subject = QStringLiteral("x");
        QVERIFY(refusal([&] { as("clerk.gad1").create(r); }).contains(QLatin1String("NOPE-9")));
        // A refused create consumed no serial.
        QCOMPARE(newFile(), QStringLiteral("A-11011/3/2026-GAD1"));
    }

    void noteForwardFreezeAndParagraphs()
    {
        const QString no = newFile();
        as("clerk.gad1").saveDraft(no, QStringLiteral("First para.\n\nSecond para."));
        as("clerk.gad1").saveDraft(no, QStringLiteral("First para, revised.\n\nSecond para."));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM notes")), 1);
        m_clock->advance(3600 * 1000);
        putUp("clerk.gad1", no);
        QCOMPARE(holder(no), QStringLiteral("SO-GAD1"));

        // SO sees it unread in the inbox, opens, notes, forwards.
        auto inbox = FileQueries(*m_db, *m_clock).inbox(session("so.gad1"));
        QCOMPARE(inbox.size(), 1);
        QVERIFY(inbox.first().unread);
        QCOMPARE(inbox.first().fromPostCode, QStringLiteral("ASST-GAD1"));
        QCOMPARE(inbox.first().actionAsked, ActionAsked::Approval);
        as("so.gad1").saveDraft(no, QStringLiteral("Examined. Submitted."));
        forwardTo("so.gad1", no, QStringLiteral("US-GAD"));

        const FileDetail d = FileQueries(*m_db, *m_clock).detail(session("us.gad"), no);
        QCOMPARE(d.notes.size(), 2);
        QCOMPARE(d.notes.at(0).paraStart, 1);
        QCOMPARE(d.notes.at(0).paraCount, 2);
        QCOMPARE(d.notes.at(1).paraStart, 3);
        QVERIFY(!d.notes.at(0).isDraft());
        QCOMPARE(d.notes.at(0).designation, QStringLiteral("Assistant, GAD-1"));
        QCOMPARE(d.notes.at(0).contentHash.size(), 64);
        QCOMPARE(d.movements.size(), 2);
        QCOMPARE(d.movements.at(0).kind, MovementKind::PutUp);

        // The author can no longer change or discard the frozen note...
        QVERIFY(refusal([&] {
                    as("clerk.gad1").saveDraft(no, QStringLiteral("edit"));
                }).contains(QLatin1String("only that post")));
        // ...and neither can anyone with plain SQL: the database refuses.
        const QString dbRefusal = refusal(
            [&] { m_db->exec(QStringLiteral("UPDATE notes SET body = 'tampered' WHERE para_start = 1")); });
        QVERIFY2(dbRefusal.contains(QLatin1String("frozen note")), qPrintable(dbRefusal));
        QVERIFY(refusal([&] {
                    m_db->exec(QStringLiteral("DELETE FROM notes"));
                }).contains(QLatin1String("frozen")));
        QVERIFY(refusal([&] {
                    m_db->exec(QStringLiteral("DELETE FROM movements"));
                }).contains(QLatin1String("history")));
        QVERIFY(refusal([&] {
                    m_db->exec(QStringLiteral("UPDATE events SET kind = 'x'"));
                }).contains(QLatin1String("history")));
        // Custody cannot be changed without a movement.
        QVERIFY(refusal([&] {
                    m_db->exec(QStringLiteral(
                        "UPDATE files SET holder_post_id = (SELECT id FROM posts WHERE code = 'CS')"));
                }).contains(QLatin1String("recorded movement")));
        QVERIFY(EventLog(*m_db).verify().ok);
    }

    void onlyTheCustodianActs()
    {
        const QString no = newFile();
        const int before = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements"));
        const QString msg = refusal([&] { forwardTo("so.gad1", no, QStringLiteral("US-GAD")); });
        QVERIFY2(msg.contains(QLatin1String("is with ASST-GAD1")), qPrintable(msg));
        QVERIFY(refusal([&] {
                    as("so.gad1").saveDraft(no, QStringLiteral("x"));
                }).contains(QLatin1String("only that post")));
        QVERIFY(refusal([&] {
                    forwardTo("clerk.gad1", no, QStringLiteral("NO-SUCH-POST"));
                }).contains(QLatin1String("NO-SUCH-POST")));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), before);
        QCOMPARE(holder(no), QStringLiteral("ASST-GAD1"));
        // Nor may the database be used to move a file from a post that does not hold it.
        const QString sql = refusal([&] {
            m_db->exec(
                QStringLiteral("INSERT INTO movements (file_id, kind, from_post_id, to_post_id, by_user_id, "
                               "sent_at, file_version) "
                               "SELECT f.id, 'forward', p.id, q.id, 1, 0, 99 FROM files f, posts p, posts q "
                               "WHERE p.code = 'SO-GAD1' AND q.code = 'US-GAD'"));
        });
        QVERIFY2(sql.contains(QLatin1String("Only the post that holds the file")), qPrintable(sql));
    }

    void recallOnlyUntilOpened()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        as("clerk.gad1").recall(no, QStringLiteral("Forgot the enclosure"));
        QCOMPARE(holder(no), QStringLiteral("ASST-GAD1"));
        putUp("clerk.gad1", no);
        as("so.gad1").open(no);
        const QString msg = refusal([&] { as("clerk.gad1").recall(no, QString()); });
        QVERIFY2(msg.contains(QLatin1String("already been opened")), qPrintable(msg));
        QCOMPARE(holder(no), QStringLiteral("SO-GAD1"));
        // Only the sender may recall.
        forwardTo("so.gad1", no, QStringLiteral("US-GAD"));
        QVERIFY(refusal([&] {
                    as("clerk.gad1").recall(no, QString());
                }).contains(QLatin1String("Only the post that sent")));
    }

    void approveRejectAndClose()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        // A clerk cannot approve, even a file he holds.
        const QString other = newFile();
        QVERIFY(refusal([&] {
                    as("clerk.gad1").approve(other, QString());
                }).contains(QLatin1String("Only an officer")));
        // Closing needs an approval, and only the creating post closes.
        QVERIFY(refusal([&] {
                    as("clerk.gad1").close(other, QStringLiteral("C"));
                }).contains(QLatin1String("no approval")));

        QCOMPARE(as("so.gad1").approve(no, QStringLiteral("Issue the letter.")), QStringLiteral("ASST-GAD1"));
        const FileDetail d = FileQueries(*m_db, *m_clock).detail(session("clerk.gad1"), no);
        QCOMPARE(d.notes.last().kind, NoteKind::Approval);
        QVERIFY(d.notes.last().body.contains(QLatin1String("Issue the letter.")));
        QVERIFY(d.approvedAt > 0);
        QCOMPARE(d.movements.last().kind, MovementKind::Approve);

        QVERIFY(refusal([&] {
                    as("clerk.gad1").close(no, QStringLiteral("Z"));
                }).contains(QLatin1String("retention class")));
        as("clerk.gad1").close(no, QStringLiteral("B"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT review_year FROM files WHERE file_no = :n"),
                              {{QStringLiteral("n"), no}})
                     .toInt(),
                 2051);
        QVERIFY(refusal([&] {
                    forwardTo("clerk.gad1", no, QStringLiteral("SO-GAD1"));
                }).contains(QLatin1String("closed")));
        QVERIFY(refusal([&] { as("clerk.gad1").reopen(no, QString()); }).contains(QLatin1String("reason")));
        as("clerk.gad1").reopen(no, QStringLiteral("Court case filed"));
        // A reopened file needs a fresh approval.
        QVERIFY(refusal([&] {
                    as("clerk.gad1").close(no, QStringLiteral("C"));
                }).contains(QLatin1String("no approval")));

        // Reject returns the file with the decision recorded.
        putUp("clerk.gad1", no);
        QCOMPARE(as("so.gad1").reject(no, QStringLiteral("Not justified")), QStringLiteral("ASST-GAD1"));
        QCOMPARE(FileQueries(*m_db, *m_clock).detail(session("clerk.gad1"), no).notes.last().kind,
                 NoteKind::Rejection);

        // A file not opened by this post cannot be closed by it.
        putUp("clerk.gad1", other);
        as("so.gad1").approve(other, QString(), QStringLiteral("US-GAD"));
        QVERIFY(refusal([&] {
                    as("us.gad").close(other, QStringLiteral("A"));
                }).contains(QLatin1String("Only the post that opened")));
        QVERIFY(EventLog(*m_db).verify().ok);
    }

    void reviewerCannotMoveFiles()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        forwardTo("so.gad1", no, QStringLiteral("CS"));
        QVERIFY(refusal([&] {
                    forwardTo("cs", no, QStringLiteral("SO-GAD1"));
                }).contains(QLatin1String("reviewer")));
    }

    void parkUnparkAndDelay()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        as("so.gad1").park(no, QStringLiteral("Awaiting Law Department"), QDate(2100, 1, 1));
        QCOMPARE(FileQueries(*m_db, *m_clock).list(session("so.gad1"), FileQueries::List::Parked).size(), 1);
        QVERIFY(FileQueries(*m_db, *m_clock).inbox(session("so.gad1")).isEmpty());
        QVERIFY(refusal([&] {
                    forwardTo("so.gad1", no, QStringLiteral("US-GAD"));
                }).contains(QLatin1String("parked")));
        as("so.gad1").unpark(no);
        QVERIFY(refusal([&] {
                    as("so.gad1").recordDelay(no, QStringLiteral("x"));
                }).contains(QLatin1String("within its time limit")));
        // Ten working days later (two weekends), the file is overdue.
        m_clock->advance(14 * kDay);
        QVERIFY(as("so.gad1").age(no).overdue);
        QCOMPARE(as("so.gad1").age(no).workingDays, 10);
        as("so.gad1").recordDelay(no, QStringLiteral("Awaiting comments of the Law Department"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT delay_reason FROM files WHERE file_no = :n"),
                              {{QStringLiteral("n"), no}})
                     .toString(),
                 QStringLiteral("Awaiting comments of the Law Department"));
    }

    void eventsAreAppendedAtCommitAndDroppedOnRollback()
    {
        const QString no = newFile();
        const auto events = [&] {
            return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM events")).toInt();
        };
        const int before = events();
        {
            // A refused action appends nothing, though it got as far as queueing its event.
            Transaction tx(*m_db);
            EventLog(*m_db).append(m_clock->nowMs(), QStringLiteral("test.rolled-back"), 0, 0, 0, {});
            // PostgreSQL links the queue into the chain at COMMIT; SQLite, the only writer, at once.
            QCOMPARE(events(), m_db->isPostgres() ? before : before + 1);
        }
        QCOMPARE(events(), before);
        {
            Transaction tx(*m_db);
            EventLog(*m_db).append(m_clock->nowMs(), QStringLiteral("test.committed"), 0, 0, 0, {});
            tx.commit();
        }
        QCOMPARE(events(), before + 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT kind FROM events ORDER BY seq DESC LIMIT 1")).toString(),
                 QStringLiteral("test.committed"));
        QVERIFY(EventLog(*m_db).verify().problem.isEmpty());
    }

    void ruleFourChainIsKeptByTheDatabase()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        putUp("so.gad1", no);
        const QVariantMap n{{QStringLiteral("n"), no}};
        const QString expected = QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT created_post_id AS p FROM files WHERE file_no = :n UNION "
            "SELECT m.to_post_id FROM movements m JOIN files f ON f.id = m.file_id WHERE f.file_no = :n "
            "UNION "
            "SELECT m.from_post_id FROM movements m JOIN files f ON f.id = m.file_id WHERE f.file_no = :n) "
            "x");
        QCOMPARE(m_db->scalar(expected, n).toInt(), 3);
        if (m_db->isPostgres()) {
            QCOMPARE(
                m_db->scalar(QStringLiteral("SELECT cardinality(chain_posts) FROM files WHERE file_no = :n"),
                             n)
                    .toInt(),
                3);
            return; // (tst_access: no user may write chain_posts)
        }
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM file_chain c JOIN files f ON f.id = c.file_id "
                                        "WHERE f.file_no = :n"),
                         n)
                .toInt(),
            3);
        QVERIFY(refusal([&] {
                    m_db->exec(QStringLiteral("DELETE FROM file_chain"));
                }).contains(QLatin1String("history cannot be changed")));
        QVERIFY(refusal([&] {
                    m_db->exec(QStringLiteral("UPDATE file_chain SET post_id = 1"));
                }).contains(QLatin1String("history cannot be changed")));
    }

    void listOverdueCountsHolidaysAsTheServiceDoes()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        // A holiday on the fourth day after arrival (a weekday or not, the calendar decides).
        const QDate arrived = Clock::officeDate(m_clock->nowMs());
        OrgService(*m_db, *m_clock).addHoliday(arrived.addDays(4), QStringLiteral("Test holiday"));
        bool flipped = false;
        for (int day = 0; day < 20; ++day) {
            const FileService::Age age = as("so.gad1").age(no);
            const QList<FileSummary> inbox = FileQueries(*m_db, *m_clock).inbox(session("so.gad1"));
            QCOMPARE(inbox.size(), 1);
            QCOMPARE(inbox.first().workingDaysPending, age.workingDays);
            QCOMPARE(inbox.first().timeLimitDays, age.limit);
            QCOMPARE(inbox.first().overdue, age.overdue);
            flipped = flipped || age.overdue;
            m_clock->advance(kDay);
        }
        QVERIFY(flipped);
    }

    void staleVersionIsAConflictAndChangesNothing()
    {
        const QString no = newFile();
        const int seen = m_db->scalar(QStringLiteral("SELECT version FROM files WHERE file_no = :n"),
                                      {{QStringLiteral("n"), no}})
                             .toInt();
        as("clerk.gad1").saveDraft(no, QStringLiteral("My careful note"));
        putUp("clerk.gad1", no);
        as("clerk.gad1").recall(no, QString()); // the file is back, but it has moved since 'seen'
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Up;
        r.expectedVersion = seen;
        const QString msg = refusal([&] { as("clerk.gad1").forward(r); });
        QVERIFY2(msg.contains(QLatin1String("moved or changed meanwhile")), qPrintable(msg));
        QCOMPARE(holder(no), QStringLiteral("ASST-GAD1"));
    }

    void receiptsAreCheckedThenFiledInOrder()
    {
        const Session clerk = session("clerk.gad1");
        ReceiptService receipts(*m_db, *m_clock, clerk, m_inspector);
        DiariseRequest r;
        r.sender = QStringLiteral("Collector, Pune");
        r.subject = QStringLiteral("Report on flood relief");
        r.fileName = QStringLiteral("letter.pdf");

        const int attachmentsBefore = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM attachments"));
        r.content = goodPdf().left(300); // cut short: corrupt
        QVERIFY2(refusal([&] { receipts.diarise(r); }).contains(QLatin1String("letter.pdf")), "corrupt");
        r.content = readFile(QStringLiteral(NASTI_TEST_DATA_DIR "/encrypted.pdf"));
        const QString enc = refusal([&] { receipts.diarise(r); });
        QVERIFY2(enc.contains(QLatin1String("password")), qPrintable(enc));
        r.content = goodPdf();
        receipts.setMaxBytes(100);
        QVERIFY(refusal([&] { receipts.diarise(r); }).contains(QLatin1String("too large")));
        receipts.setMaxBytes(ReceiptService::kDefaultMaxBytes);
        r.sender.clear();
        QVERIFY(refusal([&] { receipts.diarise(r); }).contains(QLatin1String("sender is empty")));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM attachments")), attachmentsBefore);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM receipts")), 0);

        r.sender = QStringLiteral("Collector, Pune");
        const QString d1 = receipts.diarise(r);
        QCOMPARE(d1, QStringLiteral("R-1/2026-GAD1"));
        r.subject = QStringLiteral("Reminder");
        const QString d2 = receipts.diarise(r); // same bytes: stored once
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM attachments")), 1);

        const QString no = newFile();
        as("clerk.gad1").putReceipt(no, d1);
        as("clerk.gad1").putReceipt(no, d2);
        QVERIFY(
            refusal([&] { as("clerk.gad1").putReceipt(no, d1); }).contains(QLatin1String("already in file")));
        const FileDetail d = FileQueries(*m_db, *m_clock).detail(clerk, no);
        QCOMPARE(d.papers.size(), 2);
        QCOMPARE(d.papers.at(0).label(), QStringLiteral("PUC"));
        QCOMPARE(d.papers.at(1).label(), QStringLiteral("FR I"));
        QCOMPARE(d.papers.at(1).firstPage, 2);
        QCOMPARE(FileQueries(*m_db, *m_clock).attachment(d.papers.at(0).attachmentSha256), goodPdf());
    }

    void manyMatchingLettersWalkToTheSamePage()
    {
        // Issue 18: a reviewer whose sender search matches more letters than the crossover
        // (200 here) walks the files newest first instead of fetching every match; the page
        // must be the one the plain query gives, on both backends.
        const Session clerk = session("clerk.gad1");
        ReceiptService receipts(*m_db, *m_clock, clerk, m_inspector);
        DiariseRequest r;
        r.subject = QStringLiteral("Monthly report");
        r.fileName = QStringLiteral("letter.pdf");
        r.content = goodPdf();
        for (int i = 0; i < 230; ++i) {
            m_clock->advance(60 * 1000);
            r.sender =
                i % 10 == 9 ? QStringLiteral("Commissioner, Indore") : QStringLiteral("Collector, Bhopal");
            const QString no = newFile("clerk.gad1", QStringLiteral("Report %1").arg(i),
                                       i % 23 == 0 ? Grading::Secret : Grading::Normal);
            as("clerk.gad1").putReceipt(no, receipts.diarise(r));
        }
        const Session cs = session("cs");
        SearchCriteria c;
        c.sender = QStringLiteral("collector");
        FileQueries q(*m_db, *m_clock);
        if (!m_db->isPostgres())
            QVERIFY(q.manyLetters(cs, c, 20)); // (PostgreSQL's function makes the same choice)
        QStringList found;
        for (const FileSummary &f : q.search(cs, c, 20))
            found << f.fileNo;
        QStringList expected;
        QSqlQuery &plain = m_db->exec(QStringLiteral(
            "SELECT f.file_no FROM files f WHERE f.grading < 2 AND EXISTS (SELECT 1 FROM file_papers fp JOIN "
            "receipts x ON x.id = fp.receipt_id WHERE fp.file_id = f.id AND lower(x.sender) LIKE "
            "'%collector%') "
            "ORDER BY f.created_at DESC, f.id DESC LIMIT 20"));
        while (plain.next())
            expected << plain.value(0).toString();
        plain.finish();
        QCOMPARE(expected.size(), 20);
        QCOMPARE(found, expected);
        // An officer (few files of his own) fetches the matches instead; the same rule holds.
        QVERIFY(!q.manyLetters(session("so.gad1"), c, 20));
        QVERIFY(!q.search(session("so.gad1"), c, 20).isEmpty());
    }

    void quotesAndInjectionAreStoredVerbatim()
    {
        const QString evil = QStringLiteral("Robert'); DROP TABLE files; -- \"quoted\" \\ नस्ती");
        const QString no = newFile("clerk.gad1", evil);
        as("clerk.gad1").saveDraft(no, evil);
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Up;
        r.remarks = evil;
        as("clerk.gad1").forward(r);
        const FileDetail d = FileQueries(*m_db, *m_clock).detail(session("so.gad1"), no);
        QCOMPARE(d.summary.subject, evil);
        QCOMPARE(d.notes.first().body, evil);
        QCOMPARE(d.movements.first().remarks, evil);
        QCOMPARE(FileQueries(*m_db, *m_clock).search(session("so.gad1"), QStringLiteral("नस्ती")).size(), 1);
    }

    void searchFindsSubjectsNotesAndNumbers()
    {
        const QString no =
            newFile("clerk.gad1", QStringLiteral("Repair of the secretariat annexe"), Grading::Confidential);
        as("clerk.gad1").saveDraft(no, QStringLiteral("Estimates from the zebrafinch works division."));
        FileQueries q(*m_db, *m_clock);
        // A draft is its author's alone until it is frozen.
        QCOMPARE(q.search(session("clerk.gad1"), QStringLiteral("zebrafinch")).size(), 1);
        QCOMPARE(q.search(session("so.gad1"), QStringLiteral("zebrafinch")).size(), 0);
        putUp("clerk.gad1", no);
        QCOMPARE(q.search(session("so.gad1"), QStringLiteral("zebrafinch")).size(), 1);
        QCOMPARE(q.search(session("so.gad1"), QStringLiteral("ZEBRA")).size(), 1); // a prefix, any case
        QCOMPARE(q.search(session("so.gad1"), QStringLiteral("annexe zebrafinch")).size(), 1);
        QCOMPARE(q.search(session("so.gad1"), QStringLiteral("annexe giraffe")).size(), 0);
        // A Hindi note, frozen on the way up, is found by its Hindi word.
        as("so.gad1").saveDraft(no, QStringLiteral("प्राक्कलन स्वीकृति हेतु प्रस्तुत।"));
        putUp("so.gad1", no);
        QCOMPARE(q.search(session("clerk.gad1"), QStringLiteral("प्राक्कलन")).size(), 1);
        // By number prefix; a Confidential file stays off the chain of other posts.
        QCOMPARE(q.search(session("clerk.gad1"), no.left(no.indexOf(QLatin1Char('/')) + 1)).size(), 1);
        QCOMPARE(q.search(session("so.fin1"), QStringLiteral("zebrafinch")).size(), 0);
        QCOMPARE(q.search(session("so.fin1"), no).size(), 0);
    }

    void visibilityFollowsRule4()
    {
        const QString open = newFile();
        const QString secret =
            newFile("clerk.gad1", QStringLiteral("Confidential matter"), Grading::Confidential);
        FileQueries q(*m_db, *m_clock);
        // Finance sees neither; the GAD section officer sees the Normal file of his section only.
        QVERIFY(!q.canSee(session("so.fin1"), q.fileId(open)));
        QVERIFY(!q.canSee(session("so.fin1"), q.fileId(secret)));
        QVERIFY(q.canSee(session("so.gad1"), q.fileId(open)));
        QVERIFY(!q.canSee(session("so.gad1"), q.fileId(secret)));
        QVERIFY(
            refusal([&] { q.detail(session("so.fin1"), secret); }).contains(QLatin1String("may not see")));
        putUp("clerk.gad1", secret);
        QVERIFY(q.canSee(session("so.gad1"), q.fileId(secret)));
        QVERIFY(q.canSee(session("cs"), q.fileId(secret))); // reviewer: all but Secret
    }

    void sentAndCreatedLists()
    {
        const QString a = newFile();
        m_clock->advance(1000);
        const QString b = newFile();
        putUp("clerk.gad1", a);
        FileQueries q(*m_db, *m_clock);
        QCOMPARE(q.list(session("clerk.gad1"), FileQueries::List::Sent).size(), 1);
        const auto created = q.list(session("clerk.gad1"), FileQueries::List::CreatedByMe);
        QCOMPARE(created.size(), 2);
        QCOMPARE(created.first().fileNo, b);
        // Keyset paging: one per page, in order, no repeats.
        const auto page1 = q.list(session("clerk.gad1"), FileQueries::List::CreatedByMe, 1);
        const auto page2 = q.list(session("clerk.gad1"), FileQueries::List::CreatedByMe, 1,
                                  PageCursor{page1.first().sortKey, page1.first().id});
        QCOMPARE(page1.first().fileNo, b);
        QCOMPARE(page2.first().fileNo, a);
    }

    void verifyFindsTamperingBehindTheTriggers()
    {
        const QString no = newFile();
        as("clerk.gad1").saveDraft(no, QStringLiteral("Original text."));
        putUp("clerk.gad1", no);
        ChainHeadStore heads(m_t->tempPath(QStringLiteral("heads.ini")));
        auto clean = EventLog(*m_db).verify();
        QVERIFY2(clean.ok, qPrintable(clean.problem));
        heads.remember(QStringLiteral("db"), clean.head);
        QCOMPARE(heads.remembered(QStringLiteral("db"))->hash, clean.head.hash);
        EventLog::ChainHead later;
        QCOMPARE(EventLog(*m_db).checkSince(clean.head, &later), QString());

        // Someone with full access to the database edits the frozen note.
        if (m_db->isPostgres()) {
            m_db->execRaw(QStringLiteral("SET session_replication_role = replica"));
            m_db->execRaw(QStringLiteral("UPDATE notes SET body = 'Tampered text.'"));
            m_db->execRaw(QStringLiteral("SET session_replication_role = DEFAULT"));
        } else {
            m_db->execRaw(QStringLiteral("DROP TRIGGER notes_frozen_no_update"));
            m_db->execRaw(QStringLiteral("DROP TRIGGER notes_draft_custodian"));
            m_db->execRaw(QStringLiteral("UPDATE notes SET body = 'Tampered text.'"));
        }
        const auto result = EventLog(*m_db).verify();
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(QLatin1String("notes row")), qPrintable(result.problem));
    }

    void verifyFindsARewrittenChain()
    {
        const QString no = newFile();
        putUp("clerk.gad1", no);
        const auto clean = EventLog(*m_db).verify();
        QVERIFY(clean.ok);
        OrgService(*m_db, *m_clock).databaseId();
        ChainHeadStore clientHeads(m_t->tempPath(QStringLiteral("client-heads.ini")));
        QCOMPARE(checkRememberedChainHead(*m_db, clientHeads), QString()); // first sign-in: remembers
        QCOMPARE(checkRememberedChainHead(*m_db, clientHeads), QString());
        // Rewrite the chain consistently from event 1 (what a superuser could do).
        if (m_db->isPostgres())
            m_db->execRaw(QStringLiteral("SET session_replication_role = replica"));
        else {
            m_db->execRaw(QStringLiteral("DROP TRIGGER events_no_update"));
            m_db->execRaw(QStringLiteral("DROP TRIGGER chain_head_forward_only"));
        }
        QString prev = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
        QSqlQuery q(m_db->handle());
        q.exec(QStringLiteral("SELECT seq, at, kind, COALESCE(user_id,0), COALESCE(post_id,0), "
                              "COALESCE(file_id,0), payload FROM events ORDER BY seq"));
        QList<QVariantList> rows;
        while (q.next())
            rows << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3),
                                 q.value(4), q.value(5), q.value(6)};
        q.finish();
        for (const QVariantList &r : rows) {
            const qint64 at = r[1].toLongLong() + (r[0].toLongLong() == 1 ? 1 : 0); // forge event 1's time
            const QString h =
                EventLog::eventHash(prev, r[0].toLongLong(), at, r[2].toString(), r[3].toLongLong(),
                                    r[4].toLongLong(), r[5].toLongLong(), r[6].toString());
            m_db->exec(QStringLiteral("UPDATE events SET at = :at, prev_hash = :p, hash = :h WHERE seq = :s"),
                       {{QStringLiteral("at"), at},
                        {QStringLiteral("p"), prev},
                        {QStringLiteral("h"), h},
                        {QStringLiteral("s"), r[0]}});
            prev = h;
        }
        m_db->exec(QStringLiteral("UPDATE chain_head SET hash = :h WHERE id = 1"),
                   {{QStringLiteral("h"), prev}});
        // The chain is self-consistent again...
        QVERIFY(EventLog(*m_db).verify().ok);
        // ...but a client that remembers the head it saw notices at once, reading hashes only.
        EventLog::ChainHead now;
        const QString quick = EventLog(*m_db).checkSince(clean.head, &now);
        QVERIFY2(quick.contains(QLatin1String("rewritten")), qPrintable(quick));
        // ...but the client's sign-in check and verify with the remembered head both notice.
        QVERIFY(checkRememberedChainHead(*m_db, clientHeads).contains(QLatin1String("rewritten")));
        const auto result = EventLog(*m_db).verify(clean.head);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(QLatin1String("rewritten")), qPrintable(result.problem));
    }

    void concurrentForwardAndRecallKeepOneCustodian()
    {
        if (!m_db->isPostgres())
            QSKIP("the 16-client race runs on PostgreSQL; SQLite serialises writers by design");
        constexpr int kFiles = 8, kClients = 16, kRounds = 30;
        QStringList files;
        for (int i = 0; i < kFiles; ++i)
            files << newFile();
        const DbUrl url = m_t->url();
        QAtomicInt moved, refused, errors;
        QList<QThread *> threads;
        for (int c = 0; c < kClients; ++c) {
            threads << QThread::create([&, c] {
                auto db = Database::open(url);
                SystemClock clock;
                // Half the clients are the clerk (forward up / recall), half the SO (return / forward).
                const char *login = c % 2 ? "so.gad1" : "clerk.gad1";
                FileService svc(*db, clock, test::sessionOf(*db, clock, QString::fromLatin1(login)));
                for (int r = 0; r < kRounds; ++r) {
                    const QString no = files.at((c + r) % kFiles);
                    try {
                        ForwardRequest req;
                        req.fileNo = no;
                        if (c % 2 == 0) {
                            if (r % 3 == 2) {
                                svc.recall(no, QString());
                            } else {
                                req.target = ForwardRequest::Target::Up;
                                svc.forward(req);
                            }
                        } else {
                            req.target = ForwardRequest::Target::Back;
                            svc.forward(req);
                        }
                        moved.fetchAndAddRelaxed(1);
                    } catch (const NastiError &e) {
                        if (e.kind() == NastiError::Kind::Database) {
                            errors.fetchAndAddRelaxed(1);
                            qWarning("database error: %s", qPrintable(e.message()));
                        }
                        refused.fetchAndAddRelaxed(1);
                    }
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        qInfo("moved %d, refused %d, database errors %d", moved.loadRelaxed(), refused.loadRelaxed(),
              errors.loadRelaxed());
        QCOMPARE(errors.loadRelaxed(), 0);
        QVERIFY(moved.loadRelaxed() > 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM movements")), moved.loadRelaxed());
        // Each file's custody equals where its last movement took it, and each movement starts where the
        // previous ended.
        QCOMPARE(
            count(*m_db,
                  QStringLiteral("SELECT COUNT(*) FROM files f JOIN movements m ON m.id = f.last_movement_id "
                                 "WHERE m.to_post_id <> f.holder_post_id")),
            0);
        QCOMPARE(
            count(*m_db,
                  QStringLiteral("SELECT COUNT(*) FROM movements m JOIN movements n ON n.file_id = m.file_id "
                                 "AND n.id = (SELECT MIN(id) FROM movements x WHERE x.file_id = m.file_id "
                                 "AND x.id > m.id) "
                                 "WHERE n.from_post_id <> m.to_post_id")),
            0);
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT file_id, file_version FROM movements "
                                        "GROUP BY file_id, file_version HAVING COUNT(*) > 1) d")),
            0);
        const auto v = EventLog(*m_db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
