// Issue 15: a draft from creation through two revisions by two posts, approval of the
// second version, a refused issue of the first, issue of the second with a dispatch
// number, and its arrival as a receipt in another department; refusals that write
// nothing; dispatch numbers that never repeat or skip; verify over drafts and letters.
// On PostgreSQL each user acts through his own login role where the roles exist.
#include "access/connect.h"
#include "db/database.h"
#include "domain/faircopy.h"
#include "letters/faircopypdf.h"
#include "letters/versiondiff.h"
#include "pdf/popplerinspector.h"
#include "review/reviewservice.h"
#include "review/weekrange.h"
#include "security/eventlog.h"
#include "services/draftqueries.h"
#include "services/draftservice.h"
#include "services/filequeries.h"
#include "services/fileservice.h"
#include "support/testdatabase.h"
#include "util/error.h"

#include <QtTest>

#include <map>

using namespace nasti;

namespace {
struct Failing : FairCopyRenderer
{
    QByteArray render(const FairCopy &) const override
    {
        fail(NastiError::Kind::Invalid, QStringLiteral("the printer is out of paper"));
    }
};

Addressee to(const QString &name, const QString &mode = QStringLiteral("post"), const QString &section = {},
             const QString &address = QStringLiteral("Bhopal"))
{
    Addressee a;
    a.name = name;
    a.mode = mode;
    a.section = section;
    a.address = address;
    return a;
}
} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    PopplerInspector m_inspector;
    FairCopyPdf m_renderer;
    bool m_roles = false;
    std::map<QString, access::UserConnection> m_users;

    // The user's own connection (PostgreSQL login role) when there is one.
    std::pair<Database *, Session> user(const QString &login)
    {
        if (!m_roles)
            return {m_db.get(), test::sessionOf(*m_db, m_clock, login)};
        auto it = m_users.find(login);
        if (it == m_users.end())
            it = m_users.emplace(login, access::connectAs(m_tdb->url(), login, QStringLiteral("pw"))).first;
        return {it->second.db.get(), it->second.session};
    }
    DraftService drafts(const QString &login)
    {
        auto [db, session] = user(login);
        return DraftService(*db, m_clock, session, &m_inspector);
    }
    FileService files(const QString &login)
    {
        auto [db, session] = user(login);
        return FileService(*db, m_clock, session);
    }
    void up(const QString &login, const QString &fileNo)
    {
        ForwardRequest r;
        r.fileNo = fileNo;
        r.target = ForwardRequest::Target::Up;
        r.action = ActionAsked::Approval;
        files(login).forward(r);
    }
    void sendTo(const QString &login, const QString &fileNo, const QString &post)
    {
        ForwardRequest r;
        r.fileNo = fileNo;
        r.toPostCode = post;
        files(login).forward(r);
    }
    QString newFile(const QString &subject)
    {
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = subject;
        return files(QStringLiteral("clerk.gad1")).create(r);
    }
    static DraftContent content(const QString &subject, const QString &body)
    {
        DraftContent c;
        c.subject = subject;
        c.addressees << to(QStringLiteral("The Principal Secretary, Finance Department"),
                           QStringLiteral("nasti"), QStringLiteral("FIN-1"), {})
                     << to(QStringLiteral("The Accountant General"));
        c.copyTo << to(QStringLiteral("All Collectors"), QStringLiteral("email"), {},
                       QStringLiteral("collectors@example.gov.in"));
        c.reference = QStringLiteral("Finance Department letter No. F-1/2026 dated 10-11-2026");
        c.bodyHtml = richtext::fromPlainText(body);
        return c;
    }
    qint64 count(const char *table)
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    }
    void verifyOk()
    {
        const EventLog::VerifyResult v = EventLog(*m_db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

private Q_SLOTS:
    void init()
    {
        m_users.clear();
        m_tdb = std::make_unique<test::TestDatabase>();
        m_db = m_tdb->create();
        test::seedSmallOffice(*m_db, m_clock);
        m_roles = false;
        if (m_db->isPostgres()) {
            try {
                access::connectAs(m_tdb->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
                m_roles = true;
            } catch (const NastiError &e) {
                QFAIL(qPrintable(QStringLiteral("PostgreSQL login roles are needed: %1").arg(e.message())));
            }
        }
    }
    void cleanup()
    {
        m_users.clear();
        m_db.reset();
        m_tdb.reset();
    }

    void draftToDispatchAndArrival()
    {
        const QString fileNo = newFile(QStringLiteral("Revision of dearness allowance"));
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content = content(QStringLiteral("Revision of DA"), QStringLiteral("The DA is revised to 50%."));
        QCOMPARE(drafts(QStringLiteral("clerk.gad1")).create(r), 1);
        up(QStringLiteral("clerk.gad1"), fileNo);
        // The Section Officer revises it: version 2, by another post.
        DraftContent second = content(QStringLiteral("Revision of Dearness Allowance"),
                                      QStringLiteral("The Dearness Allowance is revised from 46% to 50%.\n\n"
                                                     "This issues with the concurrence of Finance."));
        QCOMPARE(drafts(QStringLiteral("so.gad1")).revise(fileNo, 1, second), 2);
        up(QStringLiteral("so.gad1"), fileNo);
        // The Under Secretary may not approve the superseded version; he approves the second.
        QVERIFY_THROWS_EXCEPTION(NastiError, drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 1, {}));
        drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 2, QStringLiteral("Issue."));
        {
            const QList<DraftView> list = DraftQueries(*m_db).drafts(fileNo);
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().versions.size(), 2);
            QCOMPARE(list.first().versions.at(0).authorPostCode, QStringLiteral("ASST-GAD1"));
            QCOMPARE(list.first().versions.at(1).authorPostCode, QStringLiteral("SO-GAD1"));
            QVERIFY(!list.first().versions.at(0).approved());
            QVERIFY(list.first().versions.at(1).approved());
            QVERIFY(list.first().readyToIssue());
            // The comparison marks what changed.
            const VersionDiff diff =
                VersionDiff::compare(list.first().versions.at(0), list.first().versions.at(1));
            QVERIFY(diff.addedWords > 0 && diff.removedWords > 0);
            QVERIFY(diff.newerHtml.contains(QStringLiteral("concurrence")));
        }
        // The decision is on the note sheet, naming the draft and version, signed once.
        const FileDetail detail =
            FileQueries(*m_db, m_clock)
                .detail(test::sessionOf(*m_db, m_clock, QStringLiteral("us.gad")), fileNo);
        bool noted = false;
        for (const NoteView &n : detail.notes)
            noted = noted || (n.kind == NoteKind::Approval && n.authorPostCode == QStringLiteral("US-GAD") &&
                              n.body.contains(QStringLiteral("Draft 1 (Letter), version 2, is approved.")) &&
                              n.frozenAt != 0);
        QVERIFY(noted);
        // Back down to the dealing hand, who issues it.
        ForwardRequest back;
        back.fileNo = fileNo;
        back.target = ForwardRequest::Target::Back;
        files(QStringLiteral("us.gad")).forward(back);
        sendTo(QStringLiteral("so.gad1"), fileNo, QStringLiteral("ASST-GAD1"));
        // Issuing the first version is refused (superseded); nothing is written, no number used.
        const qint64 events = count("events");
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer, 1));
        QCOMPARE(count("issued_letters"), 0);
        QCOMPARE(count("events"), events);
        const IssueResult issued = drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer);
        const int year = Clock::officeDate(m_clock.nowMs()).year();
        QCOMPARE(issued.dispatchNo, QStringLiteral("D-1/%1-GAD1").arg(year));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer));
        QVERIFY_THROWS_EXCEPTION(NastiError, drafts(QStringLiteral("clerk.gad1")).revise(fileNo, 1, second));
        // The register: one entry per addressee and copy; the fair copy is a PDF in the file.
        const QList<DispatchRow> reg = DraftQueries(*m_db).dispatchRegister(
            test::sessionOf(*m_db, m_clock, QStringLiteral("clerk.gad1")), {});
        QCOMPARE(reg.size(), 3);
        QCOMPARE(reg.at(0).mode, QStringLiteral("nasti"));
        QVERIFY(reg.at(2).copy);
        const QByteArray pdf = FileQueries(*m_db, m_clock).attachment(issued.sha256);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(m_inspector.inspect(pdf).ok);
        // It arrived in Finance's dak as a receipt: the file's number as the letter number.
        auto [finDb, fin] = user(QStringLiteral("clerk.fin1"));
        const QList<ReceiptView> dak = FileQueries(*finDb, m_clock).receipts(fin, true);
        bool arrived = false;
        for (const ReceiptView &rv : dak)
            if (rv.letterNo == fileNo && rv.subject == QStringLiteral("Revision of Dearness Allowance")) {
                arrived = true;
                QCOMPARE(rv.sectionCode, QStringLiteral("FIN-1"));
                QVERIFY(rv.diaryNo.startsWith(QStringLiteral("R-")));
                // ... with the PDF, which the Finance clerk can read.
                QCOMPARE(FileQueries(*finDb, m_clock).attachment(rv.attachmentSha256), pdf);
            }
        QVERIFY(arrived);
        // The weekly review counts the file as disposed of by the issue, at the issuing post's unit.
        {
            const WeeklyReview week =
                ReviewService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("cs")))
                    .weekly(WeekRange::containing(m_clock.nowMs()));
            int disposed = -1;
            for (const ReviewUnit &u : week.units)
                if (u.kind == UnitKind::Section && u.code == QStringLiteral("GAD-1"))
                    disposed = u.figures.week.disposed;
            QCOMPARE(disposed, 1);
        }
        // The postage of the entry sent by post, once.
        drafts(QStringLiteral("clerk.gad1")).recordPostage(issued.dispatchNo, 2, 4250);
        QVERIFY_THROWS_EXCEPTION(
            NastiError, drafts(QStringLiteral("clerk.gad1")).recordPostage(issued.dispatchNo, 2, 100));
        QVERIFY_THROWS_EXCEPTION(
            NastiError, drafts(QStringLiteral("clerk.gad1")).recordPostage(issued.dispatchNo, 1, 100));
        verifyOk();
    }

    void badInputIsRefusedAndNothingWritten()
    {
        const QString fileNo = newFile(QStringLiteral("Office chairs"));
        const qint64 events = count("events");
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content = content(QStringLiteral("Chairs"), QStringLiteral("Supply twenty chairs."));
        const auto refused = [&](const NewDraftRequest &req, const QString &login, const QString &words) {
            try {
                drafts(login).create(req);
                QFAIL("the draft was accepted");
            } catch (const NastiError &e) {
                QVERIFY2(e.message().contains(words, Qt::CaseInsensitive), qPrintable(e.message()));
            }
        };
        NewDraftRequest none = r;
        none.content.addressees.clear();
        refused(none, QStringLiteral("clerk.gad1"), QStringLiteral("no addressee"));
        NewDraftRequest empty = r;
        empty.content.bodyHtml = QStringLiteral("<p> </p>");
        refused(empty, QStringLiteral("clerk.gad1"), QStringLiteral("empty"));
        NewDraftRequest noSection = r;
        noSection.content.addressees = {to(QStringLiteral("Finance"), QStringLiteral("nasti"))};
        refused(noSection, QStringLiteral("clerk.gad1"), QStringLiteral("which section"));
        NewDraftRequest own = r;
        own.content.addressees = {
            to(QStringLiteral("Ourselves"), QStringLiteral("nasti"), QStringLiteral("GAD-1"))};
        refused(own, QStringLiteral("clerk.gad1"), QStringLiteral("own section"));
        NewDraftRequest kind = r;
        kind.kind = QStringLiteral("memo");
        refused(kind, QStringLiteral("clerk.gad1"), QStringLiteral("kind of draft"));
        NewDraftRequest mail = r;
        mail.content.copyTo = {
            to(QStringLiteral("Collector"), QStringLiteral("email"), {}, QStringLiteral("Indore"))};
        refused(mail, QStringLiteral("clerk.gad1"), QStringLiteral("e-mail address"));
        // A file one does not hold.
        refused(r, QStringLiteral("so.gad1"), QStringLiteral("only that post"));
        refused(r, QStringLiteral("clerk.fin1"),
                QStringLiteral("file")); // (PostgreSQL: he cannot even see it)
        QCOMPARE(count("drafts"), 0);
        QCOMPARE(count("events"), events);

        // A clerk cannot approve; an unapproved draft is not issued.
        drafts(QStringLiteral("clerk.gad1")).create(r);
        QVERIFY_THROWS_EXCEPTION(NastiError, drafts(QStringLiteral("clerk.gad1")).approve(fileNo, 1, 0, {}));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 drafts(QStringLiteral("clerk.gad1")).revise(fileNo, 2, r.content));
        QCOMPARE(count("issued_letters"), 0);
        // An approval does not survive a revision.
        up(QStringLiteral("clerk.gad1"), fileNo);
        up(QStringLiteral("so.gad1"), fileNo);
        drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 0, {});
        drafts(QStringLiteral("us.gad"))
            .revise(fileNo, 1, content(QStringLiteral("Chairs"), QStringLiteral("Supply ten.")));
        const QList<DraftView> list = DraftQueries(*m_db).drafts(fileNo);
        QVERIFY(list.first().awaitingApproval());
        // The Under Secretary is not in GAD-1: he cannot issue even an approved draft.
        drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 0, {});
        QVERIFY_THROWS_EXCEPTION(NastiError, drafts(QStringLiteral("us.gad")).issue(fileNo, 1, m_renderer));
        verifyOk();
    }

    void dispatchNumbersNeitherRepeatNorSkip()
    {
        QStringList numbers;
        for (int i = 0; i < 3; ++i) {
            const QString fileNo = newFile(QStringLiteral("Circular %1").arg(i));
            NewDraftRequest r;
            r.fileNo = fileNo;
            r.kind = QStringLiteral("circular");
            r.language = i == 1 ? QStringLiteral("hi") : QStringLiteral("en");
            r.content = content(QStringLiteral("परिपत्र %1").arg(i), QStringLiteral("सभी विभाग कृपया ध्यान दें।"));
            r.content.addressees = {to(QStringLiteral("All Departments"))};
            r.content.copyTo.clear();
            drafts(QStringLiteral("clerk.gad1")).create(r);
            up(QStringLiteral("clerk.gad1"), fileNo);
            drafts(QStringLiteral("so.gad1")).approve(fileNo, 1, 0, {});
            sendTo(QStringLiteral("so.gad1"), fileNo, QStringLiteral("ASST-GAD1"));
            if (i == 1) // a fair copy that fails: the whole issue is undone, no number is used up
                QVERIFY_THROWS_EXCEPTION(NastiError,
                                         drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, Failing()));
            numbers << drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer).dispatchNo;
        }
        const int year = Clock::officeDate(m_clock.nowMs()).year();
        QCOMPARE(numbers, (QStringList{QStringLiteral("D-1/%1-GAD1").arg(year),
                                       QStringLiteral("D-2/%1-GAD1").arg(year),
                                       QStringLiteral("D-3/%1-GAD1").arg(year)}));
        verifyOk();
    }

    void verifyFindsAlteredDrafts()
    {
        const QString fileNo = newFile(QStringLiteral("Tampering"));
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content = content(QStringLiteral("Honest"), QStringLiteral("The honest text."));
        drafts(QStringLiteral("clerk.gad1")).create(r);
        verifyOk();
        // Behind the database's back (triggers off), the text is changed: verify says so.
        if (m_db->isPostgres()) {
            m_db->execRaw(QStringLiteral("ALTER TABLE draft_versions DISABLE TRIGGER USER"));
            m_db->execRaw(QStringLiteral("UPDATE draft_versions SET body = '<p>Forged</p>'"));
            m_db->execRaw(QStringLiteral("ALTER TABLE draft_versions ENABLE TRIGGER USER"));
        } else {
            m_db->execRaw(QStringLiteral("DROP TRIGGER draft_versions_no_update"));
            m_db->execRaw(QStringLiteral("UPDATE draft_versions SET body = '<p>Forged</p>'"));
        }
        const EventLog::VerifyResult v = EventLog(*m_db).verify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QStringLiteral("draft_versions")), qPrintable(v.problem));
    }

    void theDatabaseRefusesWhatTheServiceWouldNot()
    {
        const QString fileNo = newFile(QStringLiteral("Direct writes"));
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content = content(QStringLiteral("Direct"), QStringLiteral("Text."));
        drafts(QStringLiteral("clerk.gad1")).create(r);
        auto [db, session] = user(QStringLiteral("clerk.gad1"));
        // Versions are never changed, registers never written by hand, numbers never chosen.
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 db->exec(QStringLiteral("UPDATE draft_versions SET body = 'x'")));
        QVERIFY_THROWS_EXCEPTION(NastiError, db->exec(QStringLiteral("DELETE FROM drafts")));
        QVERIFY_THROWS_EXCEPTION(
            NastiError,
            db->exec(QStringLiteral(
                         "INSERT INTO draft_approvals (draft_version_id, approved_by_post_id, "
                         "approved_by_user_id, approver_name, designation, approved_at) SELECT v.id, "
                         "p.id, :u, 'x', 'y', 0 FROM draft_versions v, posts p WHERE p.code = 'ASST-GAD1'"),
                     {{QStringLiteral("u"), session.userId}}));
        QCOMPARE(count("draft_approvals"), 0);
        verifyOk();
    }
};

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
