// Follow-up (issue 17) on both backends: a hand-built history with a ManualClock.
//
// Reviewed week 2025-W03: Monday 13 Jan 2025 to Sunday 19 Jan (T = 20 Jan 00:00 IST).
// GAD: time limit 7 working days, escalation interval 3 (the defaults).
//  A  ASST-GAD1 1 Jan; put up to SO-GAD1 Thu 2 Jan. Working days after 2 Jan: 7 on
//     13 Jan, 8 on 14 Jan (> 7: reminder), 11 on 17 Jan (> 10: escalated to US-GAD).
//     CS calls for it 15 Jan, due 16 Jan; SO-GAD1 answers Sat 18 Jan (2 days late).
//     DS-GAD watches it from 15 Jan, due 17 Jan, unanswered (2 days late at T).
//  B  ASST-GAD1 13 Jan, parked 13 Jan "Awaiting Law" until 31 Jan; CS calls for it
//     16 Jan, unanswered: at T parked and called for.
//  C  ASST-GAD1 13 Jan, parked until 15 Jan: in the inbox from 15 Jan, and out of
//     parking with the clerk's sweep of 17 Jan.
//  F  ASST-GAD1 13 Jan, marked an Assembly question (3 working days): reminded 17
//     Jan (4 working days), overdue on its category's line, not under GAD's 7.
//  G  ASST-GAD1 13 Jan -> SO -> US -> DS -> PS-GAD (approves) -> DS -> ASST-GAD1,
//     closed 13 Jan: five levels, more than four.
#include "support/testdatabase.h"

#include "report/reviewreport.h"
#include "review/reviewcolumns.h"
#include "review/reviewcsv.h"
#include "review/reviewservice.h"
#include "security/eventlog.h"
#include "services/filequeries.h"
#include "services/fileservice.h"
#include "services/followupservice.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nasti;
using namespace Qt::StringLiterals;

namespace {
qint64 ist(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Clock::officeZone()).toMSecsSinceEpoch();
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
} // namespace

class TestFollowup : public QObject
{
    Q_OBJECT

    test::TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QHash<QString, QString> m_no;

    Session who(const QString &login) { return test::sessionOf(*m_db, *m_clock, login); }
    FileService as(const QString &login) { return FileService(*m_db, *m_clock, who(login)); }
    FollowupService fu(const QString &login) { return FollowupService(*m_db, *m_clock, who(login)); }
    void at(qint64 ms) { m_clock->set(ms); }
    void up(const QString &login, const QString &f)
    {
        ForwardRequest r;
        r.fileNo = m_no[f];
        r.target = ForwardRequest::Target::Up;
        as(login).forward(r);
    }
    void to(const QString &login, const QString &f, const QString &post)
    {
        ForwardRequest r;
        r.fileNo = m_no[f];
        r.toPostCode = post;
        as(login).forward(r);
    }
    void create(const QString &f, const QString &subject)
    {
        CreateFileRequest r;
        r.sectionCode = u"GAD-1"_s;
        r.subject = subject;
        m_no[f] = as(u"clerk.gad1"_s).create(r);
    }
    const ReviewUnit &unit(const WeeklyReview &r, const QString &code)
    {
        const int i = r.find(code);
        if (i < 0)
            qFatal("no unit %s", qPrintable(code));
        return r.units[i];
    }

private slots:
    void init()
    {
        m_db = m_tdb.create();
        m_clock = std::make_unique<ManualClock>(ist(2024, 12, 1, 10));
        test::seedSmallOffice(*m_db, *m_clock);
        OrgService org(*m_db, *m_clock);
        org.addPost(u"PS-GAD"_s, u"Principal Secretary, GAD"_s, u"प्रमुख सचिव"_s, u"GAD"_s, {}, 5, u"CS"_s);
        org.addUser(u"ps.gad"_s, u"Kavita Rao"_s, Role::Officer, u"pw"_s, u"PS-GAD"_s);
        m_no.clear();
    }
    void cleanup() { m_db.reset(); }

    void followUpInTheReview()
    {
        const QString cg = u"clerk.gad1"_s, sg = u"so.gad1"_s, ug = u"us.gad"_s, dg = u"ds.gad"_s;
        at(ist(2025, 1, 1, 10));
        create(u"A"_s, u"Recruitment rules for stenographers"_s);
        at(ist(2025, 1, 2, 10));
        up(cg, u"A"_s);

        // W03.
        at(ist(2025, 1, 13, 9));
        create(u"G"_s, u"Delegation of financial powers"_s);
        at(ist(2025, 1, 13, 9, 10));
        up(cg, u"G"_s);
        at(ist(2025, 1, 13, 9, 20));
        up(sg, u"G"_s);
        at(ist(2025, 1, 13, 9, 30));
        up(ug, u"G"_s);
        at(ist(2025, 1, 13, 9, 40));
        to(dg, u"G"_s, u"PS-GAD"_s);
        at(ist(2025, 1, 13, 9, 50));
        as(u"ps.gad"_s).approve(m_no[u"G"_s], u"Approved"_s);
        at(ist(2025, 1, 13, 10));
        to(dg, u"G"_s, u"ASST-GAD1"_s);
        at(ist(2025, 1, 13, 10, 10));
        as(cg).close(m_no[u"G"_s], u"C"_s);

        at(ist(2025, 1, 13, 10, 20));
        create(u"B"_s, u"Court matter of Shri Verma"_s);
        create(u"C"_s, u"Office accommodation"_s);
        create(u"F"_s, u"Starred question 123"_s);
        // Parking asks for a reason and a review date after today.
        QVERIFY(
            !refusal([&] { as(cg).park(m_no[u"B"_s], u"Awaiting Law"_s, QDate(2025, 1, 13)); }).isEmpty());
        QVERIFY(!refusal([&] { as(cg).park(m_no[u"B"_s], {}, QDate(2025, 1, 31)); }).isEmpty());
        at(ist(2025, 1, 13, 11));
        as(cg).park(m_no[u"B"_s], u"Awaiting Law"_s, QDate(2025, 1, 31));
        as(cg).park(m_no[u"C"_s], u"Awaiting estimate"_s, QDate(2025, 1, 15));
        QVERIFY(!refusal([&] { fu(cg).setCategory(m_no[u"F"_s], u"assembly"_s, {}); }).isEmpty());
        fu(cg).setCategory(m_no[u"F"_s], u"assembly"_s, u"AQ-123"_s);

        // Reminders at the limit, not before; idempotent.
        at(ist(2025, 1, 13, 12));
        QCOMPARE(fu(sg).sweep().reminders, 0);
        at(ist(2025, 1, 14, 12));
        QCOMPARE(fu(sg).sweep().reminders, 1);
        QCOMPARE(fu(sg).sweep().reminders, 0);
        QCOMPARE(fu(sg).reminders().size(), 1);
        QCOMPARE(fu(sg).reminders().first().fileNo, m_no[u"A"_s]);
        QCOMPARE(fu(sg).reminders().first().workingDays, 8);
        QVERIFY(fu(ug).escalatedToMe().isEmpty());

        // A parked file comes back to the inbox on its review date.
        FileQueries queries(*m_db, *m_clock);
        auto inInbox = [&](const QString &f) {
            for (const FileSummary &s : queries.inbox(who(cg), 100))
                if (s.fileNo == m_no[f])
                    return true;
            return false;
        };
        QVERIFY(!inInbox(u"C"_s));
        at(ist(2025, 1, 15, 9));
        QVERIFY(inInbox(u"C"_s));
        QVERIFY(!inInbox(u"B"_s));

        // Calls for a file and the watch-list.
        at(ist(2025, 1, 15, 10));
        QVERIFY(!refusal([&] {
                     fu(u"clerk.fin1"_s).call(m_no[u"A"_s], u"call"_s, u"Put up"_s, QDate(2025, 1, 16));
                 }).isEmpty());
        const qint64 callA =
            fu(u"cs"_s).call(m_no[u"A"_s], u"call"_s, u"Put up with comments"_s, QDate(2025, 1, 16));
        fu(dg).call(m_no[u"A"_s], u"watch"_s, u"Keep me informed"_s, QDate(2025, 1, 17));
        QCOMPARE(fu(sg).callsOn(m_no[u"A"_s]).size(), 2);
        at(ist(2025, 1, 16, 10));
        fu(u"cs"_s).call(m_no[u"B"_s], u"call"_s, u"Why parked?"_s, QDate(2025, 1, 17));
        QVERIFY(!refusal([&] { fu(ug).answer(callA, u"Not mine"_s); }).isEmpty());

        // Escalation after the further interval; the clerk's sweep also brings C back
        // and reminds F on its category's clock.
        at(ist(2025, 1, 17, 12));
        const auto s1 = fu(sg).sweep();
        QCOMPARE(s1.escalations, 1);
        const auto s2 = fu(cg).sweep();
        QCOMPARE(s2.returned, 1);
        QCOMPARE(s2.reminders, 1);
        const QList<FollowupView> esc = fu(ug).escalatedToMe();
        QCOMPARE(esc.size(), 1);
        QCOMPARE(esc.first().fileNo, m_no[u"A"_s]);
        QCOMPARE(esc.first().level, 2);
        QCOMPARE(esc.first().holderCode, u"SO-GAD1"_s);

        at(ist(2025, 1, 18, 10));
        fu(sg).answer(callA, u"Comments of Law awaited; putting up Monday"_s);
        QVERIFY(!refusal([&] { fu(sg).answer(callA, u"Again"_s); }).isEmpty());
        {
            // The answer is on the note sheet too, as a frozen note of the holder's.
            bool noted = false;
            for (const NoteView &n : FileQueries(*m_db, *m_clock).detail(who(sg), m_no[u"A"_s]).notes)
                noted = noted || (n.frozenAt != 0 && n.authorPostCode == u"SO-GAD1"_s &&
                                  n.body.contains(u"Comments of Law awaited; putting up Monday"_s) &&
                                  n.body.contains(u"Put up with comments"_s));
            QVERIFY(noted);
        }
        QCOMPARE(fu(u"cs"_s).watchList().size(), 2); // A answered (this week) and B

        // The review of W03 as the Chief Secretary sees it.
        at(ist(2025, 1, 21, 10));
        ReviewService review(*m_db, *m_clock, who(u"cs"_s));
        const WeekRange w03 = WeekRange::ofDate(QDate(2025, 1, 15));
        const WeeklyReview r = review.weekly(w03);
        const UnitFigures &asst = unit(r, u"ASST-GAD1"_s).figures;
        const UnitFigures &so = unit(r, u"SO-GAD1"_s).figures;
        QCOMPARE(asst.parked, 1);
        QCOMPARE(asst.pending, 3); // B parked, C back, F
        QCOMPARE(asst.called, 1);
        QCOMPARE(asst.reminders, 1);
        QCOMPARE(so.reminders, 1);
        QCOMPARE(so.escalations, 1);
        QCOMPARE(so.called, 0);
        QCOMPARE(asst.levelFiles, 1);
        QCOMPARE(asst.levelSum, 5);
        QCOMPARE(asst.overFour, 1);
        QCOMPARE(review::text(asst, review::Levels), u"5.0"_s);
        QCOMPARE(review::text(r.root().figures, review::OverFourLevels), u"1"_s);
        const QList<ReviewFile> over = review.files(w03, UnitKind::Secretariat, 0, Measure::OverFourLevels);
        QCOMPARE(over.size(), 1);
        QCOMPARE(over.first().fileNo, m_no[u"G"_s]);
        QCOMPARE(over.first().levels, 5);
        QCOMPARE(review.files(w03, UnitKind::Secretariat, 0, Measure::Reminders).size(), 2);
        QCOMPARE(review.files(w03, UnitKind::Secretariat, 0, Measure::Escalations).size(), 1);
        QCOMPARE(review.files(w03, UnitKind::Secretariat, 0, Measure::Called).first().fileNo, m_no[u"B"_s]);

        // The arrear statement lists the parked file with its reason and review date.
        bool sawB = false;
        for (const ReviewFile &f : r.longest)
            if (f.fileNo == m_no[u"B"_s]) {
                sawB = true;
                QVERIFY(f.parked);
                QCOMPARE(f.delayReason, u"Awaiting Law"_s);
                QCOMPARE(f.reviewDate, u"2025-01-31"_s);
            }
        QVERIFY(sawB);

        // The category's own clock: overdue on its line, not under GAD's 7 days.
        bool sawAssembly = false;
        for (const CategoryLine &c : r.categories)
            if (c.category.code == u"assembly"_s) {
                sawAssembly = true;
                QCOMPARE(c.pending, 1);
                QCOMPARE(c.overdue, 1);
            }
        QVERIFY(sawAssembly);

        // The watch-list section: file, holder, direction, answer, days late.
        QCOMPARE(r.watchList.size(), 3);
        for (const CallView &c : r.watchList) {
            if (c.kind == u"watch"_s) {
                QCOMPARE(c.fileNo, m_no[u"A"_s]);
                QCOMPARE(c.daysLate, 2);
                QCOMPARE(c.holderCode, u"SO-GAD1"_s);
            } else if (c.fileNo == m_no[u"A"_s]) {
                QCOMPARE(c.answer, u"Comments of Law awaited; putting up Monday"_s);
                QCOMPARE(c.daysLate, 2);
            }
        }

        // The CSV carries the new columns.
        const QString csv = QString::fromUtf8(ReviewCsv::write(r, false));
        QVERIFY(csv.contains(u"Reminders"_s));
        QVERIFY(csv.contains(u">4 levels"_s));

        // The weekly PDF has the watch-list and the categories as sections of their own.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"review.pdf"_s);
        ReviewReport::writePdf(r, pdf, false);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(body.contains(u"calls for"_s), qPrintable(body.mid(body.indexOf(u"Watch"_s) - 50, 300)));
        QVERIFY(body.contains(u"Reference categories"_s));
        QVERIFY(
            body.contains(u"2025-01-31"_s)); // the parked file's review date (its reason wraps in the cell)
        QVERIFY(body.count(m_no[u"A"_s]) >= 2);

        // Every follow-up is an event in the chain, and the chain verifies.
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.reminder'"_s).toInt(), 2);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.escalated'"_s).toInt(), 1);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.called'"_s).toInt(), 2);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.watched'"_s).toInt(), 1);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.call_answered'"_s).toInt(), 1);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.review_date'"_s).toInt(), 2);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'file.category'"_s).toInt(), 1);
        QVERIFY(EventLog(*m_db).verify().ok);

        // The database refuses a reminder that is not due and any change to one.
        QVERIFY(!refusal([&] { m_db->exec(u"UPDATE followups SET level = 3"_s); }).isEmpty());
    }
};

// The PDF needs fonts: a GUI application on the offscreen platform.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestFollowup test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_followup.moc"
