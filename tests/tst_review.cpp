// The weekly review on both backends: a fixture history built with the real
// workflow services and a ManualClock, and the figures computed by hand below.
//
// Reviewed week: 2025-W02 = Monday 6 Jan 2025 00:00 IST to Sunday 12 Jan 24:00 IST
// (T = Monday 13 Jan 00:00 IST). The week before: 2025-W01 (30 Dec 2024 – 5 Jan).
// Holiday: Wednesday 8 Jan 2025. Time limits: GAD 7 working days (default), FIN 20.
// "Now" at the end: Wednesday 15 Jan 2025 12:00 IST, after later moves that the
// review must undo to see the week's end.
//
//  F1 GAD  created ASST-GAD1 16 Dec; put up SO-GAD1 17 Dec; US-GAD 18 Dec 11:00;
//          delay recorded 6 Jan; (after T: put up to DS-GAD 14 Jan).
//          At T: US-GAD since 18 Dec: 25 days (16–30), 16 working days > 7: overdue.
//  F2 GAD  created ASST-GAD1 6 Jan 09:00; SO-GAD1 6 Jan 11:00; US-GAD 7 Jan 10:00;
//          approved back to SO-GAD1 9 Jan 10:00; to ASST-GAD1 9 Jan 15:00; closed
//          10 Jan; reopened 11 Jan 10:00; (after T: put up 15 Jan).
//          At T: ASST-GAD1 since the reopening 11 Jan: 1 day.
//  F3 GAD  created ASST-GAD1 2 Jan; put up SO-GAD1 Mon 6 Jan 00:10 IST (Sunday in
//          UTC: W02); forwarded to US-FIN Sun 12 Jan 23:55 IST (W02).
//          At T: US-FIN since 12 Jan: 0 days.
//  F4 GAD  created 30 Dec; SO-GAD1 31 Dec 12:00; (forwarded to US-FIN Mon 13 Jan
//          00:05 IST, still Sunday in UTC: after T).
//          At T: SO-GAD1, 12 days (8–15); 7 working days (8 without the holiday): not overdue.
//  F5 FIN  created 2 Dec; SO-FIN1 3 Dec; parked 4 Dec; (unparked 14 Jan).
//          At T: parked at SO-FIN1, 40 days (>30); parked files are never overdue.
//  F6 FIN  created ASST-FIN1 7 Jan 10:00; SO-FIN1 11:00; forwarded to US-GAD 8 Jan
//          10:00 and recalled 11:00; put up to US-FIN 9 Jan 10:00.
//          At T: US-FIN since 9 Jan: 3 days.
//  F7 FIN  created 23 Dec; SO-FIN1 23 Dec; approved back 2 Jan; closed 3 Jan (W01).
//  F8 FIN  created 16 Dec; SO-FIN1 17 Dec 10:00. At T: 26 days (16–30), 17 working
//          days: not overdue under FIN's 20-day limit (would be under 7).
//  F9 GAD  created 14 Jan: after T, not in the week.
//  Receipts: one diarised 2 Jan (W01), one 10 Jan (W02), one Mon 13 Jan 00:02 IST (W03).
#include "support/testdatabase.h"

#include "access/connect.h"
#include "pdf/popplerinspector.h"
#include "review/reviewcolumns.h"
#include "review/reviewcsv.h"
#include "review/reviewservice.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QDateTime>
#include <QFile>
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

constexpr qint64 kHour = 3600 * 1000;

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

class TestReview : public QObject
{
    Q_OBJECT

    test::TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    PopplerInspector m_inspector;
    QHash<QString, QString> m_no; // F1 ... F9 -> file number

    FileService as(const QString &login)
    {
        return FileService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, login));
    }
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
    void create(const QString &login, const QString &f, const QString &section, const QString &subject)
    {
        CreateFileRequest r;
        r.sectionCode = section;
        r.subject = subject;
        m_no[f] = as(login).create(r);
    }
    void diarise(qint64 when, const QString &subject)
    {
        at(when);
        QFile pdf(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-rti-application.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        DiariseRequest r;
        r.content = pdf.readAll();
        r.fileName = QStringLiteral("letter.pdf");
        r.sender = QStringLiteral("Collector, Pune");
        r.subject = subject;
        ReceiptService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, QStringLiteral("clerk.gad1")),
                       m_inspector)
            .diarise(r);
    }

    void buildHistory()
    {
        m_clock = std::make_unique<ManualClock>(ist(2024, 11, 1, 10));
        test::seedSmallOffice(*m_db, *m_clock);
        OrgService org(*m_db, *m_clock);
        org.addPost(QStringLiteral("PS-GAD"), QStringLiteral("Principal Secretary, GAD"),
                    QStringLiteral("प्रमुख सचिव"), QStringLiteral("GAD"), {}, 5, QStringLiteral("CS"));
        org.addUser(QStringLiteral("ps.gad"), QStringLiteral("Kavita Rao"), Role::Officer,
                    QStringLiteral("pw"), QStringLiteral("PS-GAD"));
        org.addHoliday(QDate(2025, 1, 8), QStringLiteral("Test holiday"));
        // Configuration, not history: FIN's own time limit.
        m_db->exec(QStringLiteral("UPDATE departments SET time_limit_days = 20 WHERE code = 'FIN'"));

        const QString gad = QStringLiteral("GAD-1"), fin = QStringLiteral("FIN-1");
        const QString cg = QStringLiteral("clerk.gad1"), sg = QStringLiteral("so.gad1"),
                      ug = QStringLiteral("us.gad");
        const QString cf = QStringLiteral("clerk.fin1"), sf = QStringLiteral("so.fin1");
        // F5: parked for weeks.
        at(ist(2024, 12, 2, 10));
        create(cf, u"F5"_s, fin, u"Pension revision of retired staff"_s);
        at(ist(2024, 12, 3, 10));
        up(cf, u"F5"_s);
        at(ist(2024, 12, 4, 10));
        as(sf).park(m_no[u"F5"_s], u"Awaiting court order"_s, QDate(2025, 1, 20));
        // F1, F8.
        at(ist(2024, 12, 16, 10));
        create(cg, u"F1"_s, gad, u"Transfer policy for state cadre"_s);
        at(ist(2024, 12, 16, 10, 30));
        create(cf, u"F8"_s, fin, u"वित्तीय वर्ष का बजट अनुमान"_s);
        at(ist(2024, 12, 17, 10));
        up(cg, u"F1"_s);
        up(cf, u"F8"_s);
        at(ist(2024, 12, 18, 11));
        up(sg, u"F1"_s);
        // F7 (disposed in W01), F4, F3.
        at(ist(2024, 12, 23, 10));
        create(cf, u"F7"_s, fin, u"Purchase of office furniture"_s);
        at(ist(2024, 12, 23, 11));
        up(cf, u"F7"_s);
        at(ist(2024, 12, 30, 10));
        create(cg, u"F4"_s, gad, u"Annual property returns"_s);
        at(ist(2024, 12, 31, 12));
        up(cg, u"F4"_s);
        at(ist(2025, 1, 2, 10));
        as(sf).approve(m_no[u"F7"_s], u"Approved"_s);
        create(cg, u"F3"_s, gad, u"Budget re-appropriation"_s);
        diarise(ist(2025, 1, 2, 11), u"Letter of W01"_s);
        at(ist(2025, 1, 3, 10));
        as(cf).close(m_no[u"F7"_s], u"C"_s);
        // W02.
        at(ist(2025, 1, 6, 0, 10));
        up(cg, u"F3"_s);
        at(ist(2025, 1, 6, 9));
        create(cg, u"F2"_s, gad, u"Leave rules amendment"_s);
        at(ist(2025, 1, 6, 11));
        up(cg, u"F2"_s);
        at(ist(2025, 1, 6, 12));
        as(ug).recordDelay(m_no[u"F1"_s], u"Awaiting comments from Law"_s);
        at(ist(2025, 1, 7, 10));
        up(sg, u"F2"_s);
        create(cf, u"F6"_s, fin, u"Grant to municipal bodies"_s);
        at(ist(2025, 1, 7, 11));
        up(cf, u"F6"_s);
        at(ist(2025, 1, 8, 10));
        to(sf, u"F6"_s, u"US-GAD"_s);
        at(ist(2025, 1, 8, 11));
        as(sf).recall(m_no[u"F6"_s], u"Sent by mistake"_s);
        at(ist(2025, 1, 9, 10));
        as(ug).approve(m_no[u"F2"_s], {});
        up(sf, u"F6"_s);
        at(ist(2025, 1, 9, 15));
        to(sg, u"F2"_s, u"ASST-GAD1"_s);
        at(ist(2025, 1, 10, 10));
        as(cg).close(m_no[u"F2"_s], u"B"_s);
        diarise(ist(2025, 1, 10, 11), u"Letter of W02"_s);
        at(ist(2025, 1, 11, 10));
        as(cg).reopen(m_no[u"F2"_s], u"Further orders received"_s);
        at(ist(2025, 1, 12, 23, 55));
        to(sg, u"F3"_s, u"US-FIN"_s);
        // After the week's end.
        diarise(ist(2025, 1, 13, 0, 2), u"Letter of W03"_s);
        at(ist(2025, 1, 13, 0, 5));
        to(sg, u"F4"_s, u"US-FIN"_s);
        at(ist(2025, 1, 14, 10));
        up(ug, u"F1"_s);
        create(cg, u"F9"_s, gad, u"New file after the week"_s);
        at(ist(2025, 1, 14, 11));
        as(sf).unpark(m_no[u"F5"_s]);
        at(ist(2025, 1, 15, 10));
        up(cg, u"F2"_s);
        at(ist(2025, 1, 15, 12));
    }

    WeekRange w02() const { return *WeekRange::parse(QStringLiteral("2025-W02")); }
    WeeklyReview review(const QString &login = QStringLiteral("cs"), const QString &department = {})
    {
        return ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, login))
            .weekly(w02(), department);
    }
    const ReviewUnit &unit(const WeeklyReview &r, const QString &code)
    {
        const int i = r.find(code);
        if (i < 0)
            qFatal("no unit %s", qPrintable(code));
        return r.units[i];
    }
    static QList<int> row(const UnitFigures &f)
    {
        return {f.pending,          f.parked,           f.age[0],
                f.age[1],           f.age[2],           f.age[3],
                f.overdue,          f.week.received,    f.lastWeek.received,
                f.week.created,     f.lastWeek.created, f.week.disposed,
                f.lastWeek.disposed};
    }

    // The rollup of closed weeks, written as nasti-admin review close-weeks does: on
    // the owner's connection, with no user.
    int closeWeeks(int weeks = ReviewService::kTrendWeeks + 1)
    {
        return ReviewService(*m_db, *m_clock, Session{}).closeWeeks(weeks);
    }
    // Every figure of every unit, the trend and the arrear statement.
    void compareReviews(const WeeklyReview &a, const WeeklyReview &b)
    {
        QCOMPARE(a.units.size(), b.units.size());
        for (int i = 0; i < a.units.size(); ++i) {
            const ReviewUnit &x = a.units[i], &y = b.units[i];
            QCOMPARE(x.code, y.code);
            QCOMPARE(row(x.figures), row(y.figures));
            QCOMPARE(x.figures.waitCount, y.figures.waitCount);
            QCOMPARE(x.figures.waitMs, y.figures.waitMs);
            QCOMPARE(QList<int>({x.figures.levelFiles, x.figures.levelSum, x.figures.overFour}),
                     QList<int>({y.figures.levelFiles, y.figures.levelSum, y.figures.overFour}));
            QCOMPARE(x.trend.size(), y.trend.size());
            for (int k = 0; k < x.trend.size(); ++k) {
                QCOMPARE(x.trend[k].week.code(), y.trend[k].week.code());
                QCOMPARE(QList<int>({x.trend[k].pending, x.trend[k].created, x.trend[k].disposed}),
                         QList<int>({y.trend[k].pending, y.trend[k].created, y.trend[k].disposed}));
            }
        }
        QCOMPARE(a.longest.size(), b.longest.size());
        for (int i = 0; i < a.longest.size(); ++i) {
            const ReviewFile &x = a.longest[i], &y = b.longest[i];
            QCOMPARE(x.fileNo, y.fileNo);
            QCOMPARE(x.subject, y.subject);
            QCOMPARE(x.postCode, y.postCode);
            QCOMPARE(x.since, y.since);
            QCOMPARE(QList<int>({x.days, x.workingDays, int(x.overdue), int(x.parked)}),
                     QList<int>({y.days, y.workingDays, int(y.overdue), int(y.parked)}));
            QCOMPARE(x.delayReason, y.delayReason);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_tdb.create();
        buildHistory();
    }
    void cleanup() { m_db.reset(); }

    void weekRanges()
    {
        const WeekRange w = w02();
        QCOMPARE(w.code(), QStringLiteral("2025-W02"));
        QCOMPARE(w.monday(), QDate(2025, 1, 6));
        QCOMPARE(w.startMs(), ist(2025, 1, 6, 0));
        QCOMPARE(w.endMs(), ist(2025, 1, 13, 0));
        QCOMPARE(WeekRange::parse(QStringLiteral("2025-W01"))->monday(), QDate(2024, 12, 30));
        QCOMPARE(WeekRange::parse(QStringLiteral("2020-W53"))->monday(), QDate(2020, 12, 28));
        QVERIFY(!WeekRange::parse(QStringLiteral("2025-W53")));
        QVERIFY(!WeekRange::parse(QStringLiteral("2025-02")));
        // Last complete week: on Monday 13 Jan 00:30 IST (still Sunday in UTC) it is W02.
        QCOMPARE(WeekRange::lastComplete(ist(2025, 1, 13, 0, 30)).code(), QStringLiteral("2025-W02"));
        QCOMPARE(WeekRange::lastComplete(ist(2025, 1, 12, 23, 30)).code(), QStringLiteral("2025-W01"));
        QCOMPARE(w.previous().code(), QStringLiteral("2025-W01"));
    }

    void figuresByUnit()
    {
        const WeeklyReview r = review();
        QCOMPARE(r.asOfMs, ist(2025, 1, 13, 0));
        // Columns: pending, parked, 0–7, 8–15, 16–30, >30, overdue,
        //          received, received last week, created, created lw, disposed, disposed lw.
        // Secretariat: F1..F8 pending except F7 = 7; F5 parked; 0–7: F2 F3 F6; 8–15: F4;
        // 16–30: F1 F8; >30: F5; overdue F1. Received = dak diarised: 1 (10 Jan) and 1 (2 Jan;
        // the one at 00:02 IST on 13 Jan is W03). Created F2 F6 / F3 F4; disposed F2 / F7.
        QCOMPARE(row(r.root().figures), (QList<int>{7, 1, 3, 1, 2, 1, 1, 1, 1, 2, 2, 1, 1}));
        // GAD: F1 (US-GAD), F2 (ASST-GAD1), F4 (SO-GAD1). Received from outside GAD: the
        // forward of F6 to US-GAD was recalled, so none. Created F2 / F3 F4; disposed F2 / -.
        QCOMPARE(row(unit(r, u"GAD"_s).figures), (QList<int>{3, 0, 1, 1, 1, 0, 1, 0, 0, 1, 2, 1, 0}));
        // FIN: F3 F6 (US-FIN), F5 F8 (SO-FIN1). Received: F3 from SO-GAD1 at 23:55 IST Sunday
        // (F4's at 00:05 Monday is W03; the recall back to SO-FIN1 does not count).
        QCOMPARE(row(unit(r, u"FIN"_s).figures), (QList<int>{4, 1, 2, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1}));
        // GAD-1: F2 (ASST), F4 (SO). Received from outside the section: F2's approval from
        // US-GAD (9 Jan); W01: none (F4 came from ASST-GAD1, inside).
        QCOMPARE(row(unit(r, u"GAD-1"_s).figures), (QList<int>{2, 0, 1, 1, 0, 0, 0, 1, 0, 1, 2, 1, 0}));
        QCOMPARE(row(unit(r, u"FIN-1"_s).figures), (QList<int>{2, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1}));
        // Posts. SO-GAD1 received F3 (6 Jan 00:10 IST), F2 (6 Jan), F2 back (9 Jan) = 3; W01: F4.
        QCOMPARE(row(unit(r, u"SO-GAD1"_s).figures), (QList<int>{1, 0, 0, 1, 0, 0, 0, 3, 1, 0, 0, 0, 0}));
        QCOMPARE(row(unit(r, u"US-GAD"_s).figures), (QList<int>{1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0}));
        QCOMPARE(row(unit(r, u"ASST-GAD1"_s).figures), (QList<int>{1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 2, 1, 0}));
        QCOMPARE(row(unit(r, u"US-FIN"_s).figures), (QList<int>{2, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0}));
        // SO-FIN1: F6 from ASST-FIN1 (the recall is no receipt); W01: none (F7 went to ASST).
        QCOMPARE(row(unit(r, u"SO-FIN1"_s).figures), (QList<int>{2, 1, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0}));
        QCOMPARE(row(unit(r, u"ASST-FIN1"_s).figures), (QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1}));
        QCOMPARE(row(unit(r, u"DS-GAD"_s).figures), (QList<int>(13, 0)));

        // Tree: secretariat > CSO, FIN, GAD > sections > posts; PS-GAD, DS-GAD, US-GAD
        // hang under GAD directly (no section).
        QCOMPARE(r.root().kind, UnitKind::Secretariat);
        QCOMPARE(r.root().children.size(), 3);
        QCOMPARE(r.units[unit(r, u"US-GAD"_s).parent].code, u"GAD"_s);
        QCOMPARE(r.units[unit(r, u"SO-GAD1"_s).parent].code, u"GAD-1"_s);
    }

    void averageWaits()
    {
        const WeeklyReview r = review();
        // Stays ended by a movement out of a Section Officer's post in W02:
        //  F2 SO-GAD1 6 Jan 11:00 → 7 Jan 10:00 = 23 h; F2 SO-GAD1 9 Jan 10:00 → 15:00 = 5 h;
        //  F3 SO-GAD1 6 Jan 00:10 → 12 Jan 23:55 = 167.75 h;
        //  F6 SO-FIN1 7 Jan 11:00 → 8 Jan 10:00 = 23 h; F6 SO-FIN1 from the recall 8 Jan 11:00
        //  → 9 Jan 10:00 = 23 h. (The recall itself ends no stay.)
        const UnitFigures &all = r.root().figures;
        QCOMPARE(all.waitCount[2], 5);
        QCOMPARE(all.waitMs[2], qint64(241.75 * kHour));
        QCOMPARE(review::text(all, review::WaitSO), u"2.0"_s); // 241.75 h / 5 / 24 = 2.01 days
        // Under Secretary: F2 at US-GAD 7 Jan 10:00 → 9 Jan 10:00 = 48 h.
        QCOMPARE(all.waitCount[3], 1);
        QCOMPARE(all.waitMs[3], 48 * kHour);
        QCOMPARE(review::text(all, review::WaitUS), u"2.0"_s);
        QCOMPARE(review::text(all, review::WaitDS), QString());
        // Assistants: F3 2 Jan 10:00 → 6 Jan 00:10 (86 h 10 m), F2 2 h, F6 1 h.
        QCOMPARE(all.waitCount[1], 3);
        QCOMPARE(all.waitMs[1], 86 * kHour + 10 * 60000 + 3 * kHour);
        const UnitFigures &gad = unit(r, u"GAD"_s).figures;
        QCOMPARE(gad.waitMs[2], qint64(195.75 * kHour));
        QCOMPARE(review::text(gad, review::WaitSO), u"2.7"_s);                       // 195.75 / 3 / 24 = 2.72
        QCOMPARE(review::text(unit(r, u"FIN"_s).figures, review::WaitSO), u"1.0"_s); // 23 h
    }

    void trendAndLongest()
    {
        const WeeklyReview r = review();
        // Pending at each week's end, W43 2024 … W02 2025: F5 from W49, F1 F8 W51, F7 W52,
        // F4 F3 W01 (F7 closed), F2 F6 W02.
        QList<int> pending, disposed, created;
        for (const TrendPoint &p : r.root().trend) {
            pending << p.pending;
            disposed << p.disposed;
            created << p.created;
        }
        QCOMPARE(r.root().trend.first().week.code(), u"2024-W43"_s);
        QCOMPARE(r.root().trend.last().week.code(), u"2025-W02"_s);
        QCOMPARE(pending, (QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 3, 4, 5, 7}));
        QCOMPARE(disposed, (QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1}));
        QCOMPARE(created, (QList<int>{0, 0, 0, 0, 0, 0, 1, 0, 2, 1, 2, 2}));
        // By department, by the holder at each week's end: F3 left GAD for FIN in W02.
        QList<int> gad, fin;
        for (const TrendPoint &p : unit(r, u"GAD"_s).trend)
            gad << p.pending;
        for (const TrendPoint &p : unit(r, u"FIN"_s).trend)
            fin << p.pending;
        QCOMPARE(gad, (QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3, 3}));
        QCOMPARE(fin, (QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 2, 4}));

        // Arrear statement, longest first: F5 (3 Dec), F8 (17 Dec), F1 (18 Dec), F4, F6, F2, F3.
        QStringList order;
        for (const ReviewFile &f : r.longest)
            order << m_no.key(f.fileNo);
        QCOMPARE(order, (QStringList{u"F5"_s, u"F8"_s, u"F1"_s, u"F4"_s, u"F6"_s, u"F2"_s, u"F3"_s}));
        const ReviewFile &f1 = r.longest[2];
        QCOMPARE(f1.postCode, u"US-GAD"_s); // held at the week's end, though now with DS-GAD
        QCOMPARE(f1.level, 3);
        QCOMPARE(f1.since, ist(2024, 12, 18, 11));
        QCOMPARE(f1.days, 25);
        QCOMPARE(f1.workingDays, 16);
        QVERIFY(f1.overdue);
        QCOMPARE(f1.delayReason, u"Awaiting comments from Law"_s);
        const ReviewFile &f5 = r.longest[0];
        QVERIFY(f5.parked);
        QVERIFY(!f5.overdue);
        QCOMPARE(f5.days, 40);
        const ReviewFile &f4 = r.longest[3];
        QCOMPARE(f4.workingDays, 7); // the holiday keeps it within the limit
        QVERIFY(!f4.overdue);
        QCOMPARE(r.longest[1].workingDays, 17);
        QVERIFY(!r.longest[1].overdue);                     // FIN allows 20
        QCOMPARE(r.longest[5].since, ist(2025, 1, 11, 10)); // F2: since its reopening
    }

    void drillDown()
    {
        ReviewService s(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s));
        const WeeklyReview r = s.weekly(w02());
        auto nos = [&](UnitKind kind, const QString &code, Measure m) {
            const qint64 id = code.isEmpty() ? 0 : unit(r, code).id;
            QStringList out;
            for (const ReviewFile &f : s.files(w02(), kind, id, m))
                out << (m_no.key(f.fileNo).isEmpty() ? f.fileNo.left(2) : m_no.key(f.fileNo));
            return out;
        };
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::Overdue), QStringList{u"F1"_s});
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::Parked), QStringList{u"F5"_s});
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::Age16to30), (QStringList{u"F8"_s, u"F1"_s}));
        QCOMPARE(nos(UnitKind::Department, u"FIN"_s, Measure::Received), QStringList{u"F3"_s});
        QCOMPARE(nos(UnitKind::Department, u"GAD"_s, Measure::Received), QStringList());
        QCOMPARE(nos(UnitKind::Section, u"GAD-1"_s, Measure::Received), QStringList{u"F2"_s});
        QCOMPARE(nos(UnitKind::Post, u"SO-GAD1"_s, Measure::Received),
                 (QStringList{u"F3"_s, u"F2"_s, u"F2"_s}));
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::Received), QStringList{u"R-"_s});
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::Created), (QStringList{u"F2"_s, u"F6"_s}));
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::CreatedLastWeek), (QStringList{u"F4"_s, u"F3"_s}));
        QCOMPARE(nos(UnitKind::Secretariat, {}, Measure::Disposed), QStringList{u"F2"_s});
        QCOMPARE(nos(UnitKind::Department, u"FIN"_s, Measure::DisposedLastWeek), QStringList{u"F7"_s});
        QCOMPARE(nos(UnitKind::Department, u"GAD"_s, Measure::WaitSO),
                 (QStringList{u"F2"_s, u"F2"_s, u"F3"_s}));
        QCOMPARE(nos(UnitKind::Post, u"US-GAD"_s, Measure::Pending), QStringList{u"F1"_s});
        // Each figure of each unit equals the length of its list.
        for (const ReviewUnit &u : r.units) {
            for (const int c :
                 {review::Pending, review::Parked, review::Age0to7, review::Age8to15, review::Age16to30,
                  review::AgeOver30, review::Overdue, review::Received, review::ReceivedLastWeek,
                  review::Created, review::CreatedLastWeek, review::Disposed, review::DisposedLastWeek}) {
                const int listed = int(s.files(w02(), u.kind, u.id, *review::measureOf(c)).size());
                QVERIFY2(listed == review::value(u.figures, c).toInt(),
                         qPrintable(u.code + u" "_s + review::columnTitle(c)));
            }
        }
    }

    void whoMayReview()
    {
        // A department head (level 5) gets his own department, and only that.
        const WeeklyReview own = review(u"ps.gad"_s);
        QCOMPARE(own.root().kind, UnitKind::Department);
        QCOMPARE(own.root().code, u"GAD"_s);
        QCOMPARE(row(own.root().figures), row(unit(review(), u"GAD"_s).figures));
        QCOMPARE(own.longest.size(), 3);
        QVERIFY(refusal([&] { review(u"ps.gad"_s, u"FIN"_s); }).contains(u"own department"_s));
        QVERIFY(refusal([&] { review(u"so.gad1"_s); }).contains(u"Only reviewers"_s));
        QVERIFY(refusal([&] { review(u"clerk.fin1"_s); }).contains(u"Only reviewers"_s));
        QVERIFY(refusal([&] { review(u"cs"_s, u"NOPE"_s); }).contains(u"NOPE"_s));
        ReviewService head(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"ps.gad"_s));
        QVERIFY(!refusal([&] {
                     head.files(w02(), UnitKind::Department, unit(review(), u"FIN"_s).id, Measure::Pending);
                 }).isEmpty());
        // A reviewer may ask for one department.
        QCOMPARE(review(u"cs"_s, u"FIN"_s).root().figures.pending, 4);
    }

    void csv()
    {
        const WeeklyReview r = review();
        const QByteArray bytes = ReviewCsv::write(r, false);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s);
        QVERIFY(lines[1].startsWith(u"Kind,Code,Name,Pending,Parked"_s));
        // (then the Assistant's wait, and issue 17's columns: called, reminders, escalated, levels of
        // F2 (ASST, SO, US), over four, disposals per official)
        QCOMPARE(lines[2],
                 u"Secretariat,,Secretariat,7,1,3,1,2,1,1,1,1,2,2,1,1,1.2,2.0,2.0,,,0,0,0,3.0,0,0.1"_s);
        QVERIFY(text.contains(
            u"\r\nDepartment,FIN,Finance Department,4,1,2,0,1,1,0,1,0,1,0,0,1,0.0,1.0,,,,0,0,0,,0,0.0\r\n"_s));
        // The Hindi subject survives as UTF-8, and the trend closes the file.
        QVERIFY(text.contains(u"वित्तीय वर्ष का बजट अनुमान"_s));
        QVERIFY(text.contains(u"2025-W02,7,2,1\r\n"_s));
        QCOMPARE(ReviewCsv::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(ReviewCsv::field(u"say \"no\""_s), u"\"say \"\"no\"\"\""_s);
        QCOMPARE(ReviewCsv::field(u"=SUM(A1)"_s), u"'=SUM(A1)"_s);
        QCOMPARE(ReviewCsv::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    }

    // The rollup gives exactly the live figures: the reviewed week, the week still
    // running (live, on the rollup of the weeks before), a department, a department head.
    void rollupEqualsLive()
    {
        const WeekRange w03 = *WeekRange::parse(u"2025-W03"_s);
        ReviewService cs(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s));
        const WeeklyReview live = cs.weekly(w02()), liveRunning = cs.weekly(w03),
                           liveFin = cs.weekly(w02(), u"FIN"_s);
        const WeeklyReview liveHead = review(u"ps.gad"_s);
        QCOMPARE(live.rollupWeeks, 0);
        QVERIFY(!cs.isClosed(w02()));
        QCOMPARE(closeWeeks(), 13); // 2024-W42 … 2025-W02
        QCOMPARE(closeWeeks(), 0);  // idempotent
        QVERIFY(cs.isClosed(w02()));
        QVERIFY(!cs.isClosed(w03));
        const WeeklyReview rolled = cs.weekly(w02());
        QCOMPARE(rolled.rollupWeeks, 12);
        compareReviews(live, rolled);
        const WeeklyReview running = cs.weekly(w03);
        QCOMPARE(running.rollupWeeks, 11); // W44 … W02; W03 itself live
        compareReviews(liveRunning, running);
        compareReviews(liveFin, cs.weekly(w02(), u"FIN"_s));
        compareReviews(liveHead, review(u"ps.gad"_s));
        QCOMPARE(review(u"ps.gad"_s).rollupWeeks, 12);
    }

    // The week still running, asked for now (nothing recorded after it: the files rows
    // are the state) equals the same moment rebuilt from history once more has happened.
    void runningWeekNow()
    {
        const WeekRange w03 = *WeekRange::parse(u"2025-W03"_s);
        const WeeklyReview quiet =
            ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s)).weekly(w03);
        QCOMPARE(quiet.root().figures.pending, 8); // F9 created, F1 F2 F4 moved, F5 unparked
        at(ist(2025, 1, 15, 13));
        up(u"so.gad1"_s, u"F2"_s);
        at(ist(2025, 1, 15, 12));
        const WeeklyReview rebuilt =
            ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s)).weekly(w03);
        compareReviews(quiet, rebuilt);
    }

    // Only some weeks stored: the rest is computed live, figures unchanged.
    void partialRollup()
    {
        const WeeklyReview live = review();
        QVERIFY(ReviewService(*m_db, *m_clock, Session{}).closeWeek(w02()));
        const WeeklyReview r = review();
        QCOMPARE(r.rollupWeeks, 1);
        compareReviews(live, r);
        QVERIFY(ReviewService(*m_db, *m_clock, Session{}).closeWeek(w02().previous()));
        QCOMPARE(review().rollupWeeks, 2);
        compareReviews(live, review());
    }

    // The hand-computed figures hold when read from the rollup, in the model, CSV and CLI.
    void handFiguresFromRollup()
    {
        closeWeeks();
        QCOMPARE(review().rollupWeeks, 12);
        figuresByUnit();
        averageWaits();
        trendAndLongest();
        drillDown();
        whoMayReview();
        csv();
        cli();
    }

    // A movement on Sunday recalled on Monday: received in its own week, not in the
    // "last week" column of the next (the recall undid it before that review's end).
    void recallAcrossWeeks()
    {
        const WeekRange w03 = *WeekRange::parse(u"2025-W03"_s), w04 = *WeekRange::parse(u"2025-W04"_s);
        at(ist(2025, 1, 19, 23));
        to(u"so.fin1"_s, u"F8"_s, u"US-GAD"_s);
        at(ist(2025, 1, 20, 10));
        as(u"so.fin1"_s).recall(m_no[u"F8"_s], u"Sent by mistake"_s);
        at(ist(2025, 1, 20, 12));
        ReviewService cs(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s));
        const WeeklyReview live3 = cs.weekly(w03), live4 = cs.weekly(w04);
        QCOMPARE(unit(live3, u"US-GAD"_s).figures.week.received, 1);
        QCOMPARE(unit(live3, u"GAD"_s).figures.week.received, 1);
        QCOMPARE(unit(live4, u"US-GAD"_s).figures.lastWeek.received, 0);
        QCOMPARE(unit(live4, u"GAD"_s).figures.lastWeek.received, 0);
        QCOMPARE(closeWeeks(), 13);
        const WeeklyReview rolled3 = cs.weekly(w03), rolled4 = cs.weekly(w04);
        QCOMPARE(rolled3.rollupWeeks, 12);
        compareReviews(live3, rolled3);
        compareReviews(live4, rolled4);
        QCOMPARE(unit(rolled4, u"GAD"_s).figures.lastWeek.received, 0);
    }

    // The week still running from its stored days (close-days) equals the live figures:
    // a recall on a later day undoing an earlier day's movement, a recall undoing last
    // week's, a recall today undoing a stored day's, a closing (levels), waits and a new file
    // on the stored days. Closing the week removes its days.
    void storedDaysEqualLive()
    {
        const WeekRange w04 = *WeekRange::parse(u"2025-W04"_s);
        const QString sf = u"so.fin1"_s, cg = u"clerk.gad1"_s;
        at(ist(2025, 1, 19, 23));
        to(sf, u"F8"_s, u"US-GAD"_s); // W03
        at(ist(2025, 1, 20, 10));
        as(sf).recall(m_no[u"F8"_s], u"Sent by mistake"_s); // Monday undoes W03's
        at(ist(2025, 1, 20, 11));
        to(sf, u"F8"_s, u"US-FIN"_s);
        create(cg, u"F10"_s, u"GAD-1"_s, u"Office accommodation"_s);
        at(ist(2025, 1, 21, 10));
        as(sf).recall(m_no[u"F8"_s], u"Not yet"_s); // Tuesday undoes Monday's
        at(ist(2025, 1, 21, 13));
        to(sf, u"F8"_s, u"US-FIN"_s);
        up(cg, u"F10"_s);
        at(ist(2025, 1, 21, 14));
        as(u"so.gad1"_s).approve(m_no[u"F10"_s], u"Approved"_s);
        at(ist(2025, 1, 21, 15));
        as(cg).close(m_no[u"F10"_s], u"C"_s);
        at(ist(2025, 1, 22, 10));
        as(sf).recall(m_no[u"F8"_s], u"Wrong officer"_s); // today undoes Tuesday's
        at(ist(2025, 1, 22, 11));
        to(sf, u"F8"_s, u"US-GAD"_s);
        at(ist(2025, 1, 22, 12));

        ReviewService cs(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s));
        const WeeklyReview live = cs.weekly(w04), liveFin = cs.weekly(w04, u"FIN"_s);
        const WeeklyReview liveHead =
            ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"ps.gad"_s)).weekly(w04);
        QCOMPARE(live.storedDays, 0);
        QCOMPARE(unit(live, u"US-FIN"_s).figures.week.received, 0);
        QCOMPARE(unit(live, u"US-GAD"_s).figures.week.received, 1);
        QCOMPARE(unit(live, u"US-GAD"_s).figures.lastWeek.received, 0);
        QCOMPARE(unit(live, u"ASST-GAD1"_s).figures.levelFiles, 1);
        QCOMPARE(unit(live, u"ASST-GAD1"_s).figures.levelSum, 2); // F10: ASST-GAD1, SO-GAD1
        QCOMPARE(unit(live, u"ASST-GAD1"_s).figures.week.created, 1);
        QCOMPARE(unit(live, u"ASST-GAD1"_s).figures.week.disposed, 1);

        // Only the owner (on SQLite an administrator) stores days; a reviewer may not.
        QVERIFY(refusal([&] { cs.closeDays(); }).contains(u"administrator"_s));
        ReviewService owner(*m_db, *m_clock, Session{});
        QCOMPARE(owner.closeDays(), 2); // Monday and Tuesday; Wednesday has not ended
        QCOMPARE(owner.closeDays(), 0); // idempotent
        QVERIFY(owner.isDayClosed(ist(2025, 1, 21, 0)));
        QVERIFY(!owner.isDayClosed(ist(2025, 1, 22, 0)));
        const WeeklyReview stored = cs.weekly(w04);
        QCOMPARE(stored.storedDays, 2);
        compareReviews(live, stored);
        compareReviews(liveFin, cs.weekly(w04, u"FIN"_s));
        const WeeklyReview head =
            ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"ps.gad"_s)).weekly(w04);
        QCOMPARE(head.storedDays, 2);
        compareReviews(liveHead, head);

        // A gap (Monday's day missing) is not read past: the review computes from Monday.
        m_db->exec(u"DELETE FROM review_day_flows WHERE day_start = :d"_s, {{u"d"_s, ist(2025, 1, 20, 0)}});
        m_db->exec(u"DELETE FROM review_days WHERE day_start = :d"_s, {{u"d"_s, ist(2025, 1, 20, 0)}});
        const WeeklyReview gap = cs.weekly(w04);
        QCOMPARE(gap.storedDays, 0);
        compareReviews(live, gap);
        QCOMPARE(owner.closeDays(), 1);

        // The week's close removes its days; its rollup gives the same figures.
        at(ist(2025, 1, 27, 1));
        QVERIFY(owner.closeWeek(w04));
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM review_days WHERE week_start = :ws"_s,
                              {{u"ws"_s, w04.startMs()}})
                     .toInt(),
                 0);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM review_day_flows"_s).toInt(), 0);

        // A day is stored only once it ended five minutes ago (a transaction begun before
        // midnight stamps its rows with its start and may commit just after).
        at(ist(2025, 1, 28, 0, 3));
        QCOMPARE(owner.closeDays(), 0);
        at(ist(2025, 1, 28, 0, 6));
        QCOMPARE(owner.closeDays(), 1);
    }

    // Only the owner (or, on SQLite, an administrator) writes the rollup; a reviewer's
    // client computes a missing week live and stores nothing.
    void rollupWriters()
    {
        ReviewService cs(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s));
        QVERIFY(refusal([&] { cs.closeWeek(w02()); }).contains(u"administrator"_s));
        QVERIFY(refusal([&] {
                    ReviewService(*m_db, *m_clock, Session{}).closeWeek(*WeekRange::parse(u"2025-W03"_s));
                }).contains(u"not ended"_s));
        cs.weekly(w02());
        QVERIFY(!cs.isClosed(w02()));
        if (test::TestDatabase::backend() != Backend::Postgres)
            return;
        closeWeeks();
        // The reviewer's own connection reads the rollup under row-level security …
        access::UserConnection user = access::connectAs(m_tdb.url(), u"cs"_s, u"pw"_s);
        const WeeklyReview mine = ReviewService(*user.db, *m_clock, user.session).weekly(w02());
        QCOMPARE(mine.rollupWeeks, 12);
        compareReviews(review(), mine);
        // … and may not write it, nor may an administrator.
        QVERIFY(!refusal([&] { user.db->execRaw(u"DELETE FROM review_rollup"_s); }).isEmpty());
        QVERIFY(
            !refusal([&] {
                 user.db->execRaw(
                     u"INSERT INTO review_weeks (week_start, week_code, dak, computed_at) VALUES (1, 'x', 0, 0)"_s);
             }).isEmpty());
        access::UserConnection admin = access::connectAs(m_tdb.url(), u"admin"_s, u"pw"_s);
        QVERIFY(!refusal([&] {
                     admin.db->execRaw(u"UPDATE review_rollup SET pending = pending + 1"_s);
                 }).isEmpty());
    }

    // Issue 16: the arrear statement attests the latest note of each listed file, as the
    // CSMOP statement is attested: "digitally signed by NAME, DESIGNATION on DATE", in the
    // report model, the printed PDF and the CSV; an unsigned note says nothing; a note
    // altered after signing is said to be so.
    void arrearStatementAttestsSignedNotes()
    {
        // Now, on the real clock: on PostgreSQL a user's own login is stamped with the
        // server's time, whatever the client's clock says.
        at(QDateTime::currentMSecsSinceEpoch());
        KeyService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"admin"_s))
            .createAuthority(u"Government of Madhya Pradesh"_s, u"authority-pass"_s);
        // The clerk signs as the client does: his own connection (his login role on
        // PostgreSQL), his key unlocked at sign-in.
        access::UserConnection clerk;
        if (m_db->isPostgres()) {
            clerk = access::connectAs(m_tdb.url(), u"clerk.gad1"_s, u"pw"_s);
        } else {
            clerk.session = test::sessionOf(*m_db, *m_clock, u"clerk.gad1"_s);
        }
        Database &clerkDb = clerk.db ? *clerk.db : *m_db;
        clerk.session.signer = KeyService(clerkDb, *m_clock, clerk.session).enrol(u"pw"_s);
        KeyService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"admin"_s))
            .certify({u"clerk.gad1"_s}, u"authority-pass"_s, 365);
        FileService files(clerkDb, *m_clock, clerk.session);
        CreateFileRequest c;
        c.sectionCode = u"GAD-1"_s;
        c.subject = u"Signed arrear statement file"_s;
        const QString signedNo = files.create(c);
        files.saveDraft(signedNo, u"Put up for orders on the revision."_s);
        ForwardRequest r;
        r.fileNo = signedNo;
        r.target = ForwardRequest::Target::Up;
        files.forward(r);

        at(QDateTime::currentMSecsSinceEpoch() + 1000);
        const WeekRange week = WeekRange::containing(m_clock->nowMs());
        const WeeklyReview review =
            ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s)).weekly(week);
        const ReviewFile *signedRow = nullptr;
        for (const ReviewFile &f : review.longest) {
            if (f.fileNo == signedNo)
                signedRow = &f;
            else if (f.fileNo == m_no[u"F1"_s]) // noted by nobody certified: no attestation
                QCOMPARE(f.lastNoteSignature, ReviewFile::NoteSignature::None);
        }
        QVERIFY(signedRow);
        QCOMPARE(signedRow->lastNoteSignature, ReviewFile::NoteSignature::Valid);
        QCOMPARE(signedRow->lastNoteSigner, u"Ramesh Kumar"_s);
        QCOMPARE(signedRow->lastNoteDesignation, u"Assistant, GAD-1"_s);
        QVERIFY(signedRow->lastNoteSignedAt > 0 && signedRow->lastNoteSignedAt <= m_clock->nowMs());
        const QString day = review::officeDate(signedRow->lastNoteSignedAt);

        // The printed statement (nasti-admin report weekly --pdf, as the reviewer) and the CSV say it.
        QTemporaryDir dir;
        const auto printed = [&]() {
            const QString pdfPath = dir.filePath(u"week.pdf"_s);
            QFile::remove(pdfPath);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"NASTI_PASSWORD"_s, u"pw"_s);
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(NASTI_ADMIN_PATH),
                    {u"--db"_s, m_tdb.url().toString(), u"--as"_s, u"cs"_s, u"report"_s, u"weekly"_s,
                     u"--week"_s, week.code(), u"--pdf"_s, pdfPath});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return u"nasti-admin failed: "_s + QString::fromUtf8(p.readAll());
            QProcess text;
            text.start(u"pdftotext"_s, {pdfPath, u"-"_s});
            text.waitForFinished(20000);
            return QString::fromUtf8(text.readAllStandardOutput()).simplified();
        };
        const QString sheet = printed();
        QVERIFY2(
            sheet.contains(u"Latest note digitally signed by Ramesh Kumar, Assistant, GAD-1 on "_s + day),
            qPrintable(sheet));
        QCOMPARE(sheet.count(u"digitally signed by"_s), 1);
        const QString csv = QString::fromUtf8(ReviewCsv::write(review, false));
        QVERIFY2(csv.contains(u"Latest note digitally signed by"_s), qPrintable(csv));
        QVERIFY2(csv.contains(u"\"Ramesh Kumar, Assistant, GAD-1 on "_s + day + u'"'), qPrintable(csv));

        // Someone past every trigger alters the note: the statement no longer attests it.
        const QString alter = u"UPDATE notes SET body = 'Altered.' WHERE file_id = "
                              "(SELECT id FROM files WHERE file_no = '%1')"_s.arg(signedNo);
        if (m_db->isPostgres()) {
            m_db->execRaw(u"SET session_replication_role = replica"_s);
            m_db->execRaw(alter);
            m_db->execRaw(u"SET session_replication_role = DEFAULT"_s);
        } else {
            const QVariant triggers = m_db->scalar(
                u"SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'notes'"_s);
            for (const QString &t : triggers.toString().split(u' ', Qt::SkipEmptyParts))
                m_db->execRaw(u"DROP TRIGGER %1"_s.arg(t));
            m_db->execRaw(alter);
        }
        const WeeklyReview after =
            ReviewService(*m_db, *m_clock, test::sessionOf(*m_db, *m_clock, u"cs"_s)).weekly(week);
        for (const ReviewFile &f : after.longest)
            if (f.fileNo == signedNo)
                QCOMPARE(f.lastNoteSignature, ReviewFile::NoteSignature::Broken);
        const QString reprinted = printed();
        QVERIFY2(!reprinted.contains(u"digitally signed by"_s), qPrintable(reprinted));
        QVERIFY(reprinted.contains(u"does not verify"_s));
    }

    void cli()
    {
        // The built nasti-admin against the same database, as the reviewer.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(u"w02.csv"_s);
        auto run = [&](const QString &login, const QStringList &args, int *code = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"NASTI_PASSWORD"_s, u"pw"_s);
            p.setProcessEnvironment(env);
            p.start(
                QStringLiteral(NASTI_ADMIN_PATH),
                QStringList{u"--db"_s, m_tdb.url().toString(), u"--as"_s, login, u"report"_s, u"weekly"_s} +
                    args);
            if (!p.waitForFinished(60000))
                qFatal("nasti-admin hung");
            if (code)
                *code = p.exitCode();
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        int code = -1;
        const QString summary = run(u"cs"_s, {u"--week"_s, u"2025-W02"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(summary.contains(u"2025-W02"_s), qPrintable(summary));
        QVERIFY2(summary.contains(m_no[u"F1"_s]), qPrintable(summary));
        QVERIFY2(summary.contains(u"Awaiting comments from Law"_s), qPrintable(summary));
        run(u"cs"_s, {u"--week"_s, u"2025-W02"_s, u"--csv"_s, csvPath}, &code);
        QCOMPARE(code, 0);
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // The CLI's CSV is the screen model's CSV, byte for byte except the generation time.
        QCOMPARE(f.readAll(), ReviewCsv::write(review(), false));
        const QString refused = run(u"so.gad1"_s, {u"--week"_s, u"2025-W02"_s}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(refused.trimmed().count(u'\n') == 0 && refused.contains(u"Only reviewers"_s),
                 qPrintable(refused));
        run(u"cs"_s, {u"--week"_s, u"2025-W99"_s}, &code);
        QCOMPARE(code, 2);
        // A department head's CSV, through his own connection (row-level security on
        // PostgreSQL), equals his review computed here.
        const QString gadCsv = dir.filePath(u"gad.csv"_s);
        run(u"ps.gad"_s, {u"--week"_s, u"2025-W02"_s, u"--csv"_s, gadCsv}, &code);
        QCOMPARE(code, 0);
        QFile g(gadCsv);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), ReviewCsv::write(review(u"ps.gad"_s), false));
        // Department head, PDF (drawn offscreen by the CLI).
        const QString pdfPath = dir.filePath(u"gad.pdf"_s);
        const QString out = run(u"ps.gad"_s, {u"--week"_s, u"2025-W02"_s, u"--pdf"_s, pdfPath}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // review close-days, as the owner (it stores the real week's finished days: the
        // command's own clock); with --as it is refused before anything is written.
        auto admin = [&](const QStringList &args, int *exitCode) {
            QProcess p;
            p.start(QStringLiteral(NASTI_ADMIN_PATH), QStringList{u"--db"_s, m_tdb.url().toString()} + args);
            if (!p.waitForFinished(60000))
                qFatal("nasti-admin hung");
            *exitCode = p.exitCode();
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - ReviewService::kDayCloseMarginMs;
        const int finished = int((now - WeekRange::containing(now).startMs()) / WeekRange::kDayMs);
        const QString closed = admin({u"review"_s, u"close-days"_s}, &code);
        QVERIFY2(code == 0 && closed.contains(u"Days stored for the week still running: %1"_s.arg(finished)),
                 qPrintable(closed));
        QVERIFY(admin({u"review"_s, u"close-days"_s}, &code).contains(u"still running: 0"_s));
        const QString asUser = admin({u"--as"_s, u"cs"_s, u"review"_s, u"close-days"_s}, &code);
        QVERIFY2(code == 2 && asUser.contains(u"database owner"_s), qPrintable(asUser));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
