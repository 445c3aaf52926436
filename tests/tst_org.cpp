// The organisation: CSV import (all or nothing), users and logins, the demo office.
#include "support/testdatabase.h"

#include "pdf/popplerinspector.h"
#include "services/authservice.h"
#include "services/demoseeder.h"
#include "services/orgcsv.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QTest>

using namespace nasti;

namespace {
const QByteArray kHeader = "record,code,name_en,name_hi,department,section,level,reports_to,post,role\n";

int count(Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toInt();
}
} // namespace

class TestOrg : public QObject
{
    Q_OBJECT
private slots:
    void csvImportsEverything()
    {
        test::TestDatabase t;
        auto db = t.create();
        ManualClock clock(1'700'000'000'000);
        OrgService org(*db, clock);
        const QByteArray csv = kHeader + "department,REV,Revenue Department,राजस्व विभाग,,,,,,\n"
                                         "section,REV-1,\"Revenue Section 1, Land\",राजस्व अनुभाग 1,REV,,,,,\n"
                                         "post,SO-REV1,Section Officer,अनुभाग अधिकारी,REV,REV-1,2,US-REV,,\n"
                                         "post,US-REV,Under Secretary,अवर सचिव,REV,,3,,,\n"
                                         "user,so.rev1,Kiran Patil,किरण पाटिल,,,,,SO-REV1,officer\n";
        const auto s = OrgCsvImporter(*db, org).import(csv);
        QCOMPARE(s.departments, 1);
        QCOMPARE(s.sections, 1);
        QCOMPARE(s.posts, 2);
        QCOMPARE(s.users, 1);
        const auto post = org.post(QStringLiteral("SO-REV1"));
        QVERIFY(post);
        QCOMPARE(post->reportsToCode, QStringLiteral("US-REV"));
        QCOMPARE(post->holderLogin, QStringLiteral("so.rev1"));
        QCOMPARE(org.sections().first().nameEn, QStringLiteral("Revenue Section 1, Land"));
    }

    void csvWithABadRowImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown department")
            << QByteArray("department,REV,Revenue,,,,,,,\nsection,REV-1,Sec,,REVX,,,,,\n")
            << QStringLiteral("line 3: section “REV-1”: unknown department “REVX”");
        QTest::newRow("bad level") << QByteArray("department,REV,Revenue,,,,,,,\npost,P1,Post,,REV,,9,,,\n")
                                   << QStringLiteral("line 3: post “P1”: level must be a number from 1 to 6");
        QTest::newRow("bad role") << QByteArray("department,REV,Revenue,,,,,,,\nuser,x.y,Name,,,,,,,boss\n")
                                  << QStringLiteral("line 3: user “x.y”: role must be");
        QTest::newRow("field count") << QByteArray("department,REV,Revenue\n")
                                     << QStringLiteral("line 2: expected 10 fields, found 3");
        QTest::newRow("unclosed quote")
            << QByteArray("department,REV,\"Revenue,,,,,,,\n") << QStringLiteral("not closed");
        QTest::newRow("duplicate")
            << QByteArray("department,REV,Revenue,,,,,,,\ndepartment,REV,Revenue again,,,,,,,\n")
            << QStringLiteral("line 3: department “REV” appears twice");
        QTest::newRow("unknown record") << QByteArray("department,REV,Revenue,,,,,,,\ndivision,D1,x,,,,,,,\n")
                                        << QStringLiteral("line 3: unknown record type “division”");
    }
    void csvWithABadRowImportsNothing()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, expected);
        test::TestDatabase t;
        auto db = t.create();
        ManualClock clock(1'700'000'000'000);
        OrgService org(*db, clock);
        try {
            OrgCsvImporter(*db, org).import(kHeader + rows);
            QFAIL("a bad CSV was imported");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Invalid);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(count(*db, "departments"), 0);
        QCOMPARE(count(*db, "sections"), 0);
        QCOMPARE(count(*db, "posts"), 0);
        QCOMPARE(count(*db, "users"), 0);
    }

    void loginChecksPasswordAndLocksOut()
    {
        test::TestDatabase t;
        auto db = t.create();
        ManualClock clock(1'700'000'000'000);
        test::seedSmallOffice(*db, clock);
        // Nothing stored in plain text.
        const QString stored =
            db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'us.gad'")).toString();
        // PostgreSQL keeps no hash of ours: the server holds the login role's SCRAM secret.
        QVERIFY(db->isPostgres() ? stored.isEmpty() : stored.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!stored.contains(QLatin1String("pw")) || stored.size() > 40);

        AuthService auth(*db, clock);
        const Session s = auth.login(QStringLiteral("us.gad"), QStringLiteral("pw"));
        QCOMPARE(s.login, QStringLiteral("us.gad"));
        QCOMPARE(s.posts.size(), 1);
        QCOMPARE(s.posts.first().code, QStringLiteral("US-GAD"));

        for (int i = 1; i <= 5; ++i) {
            try {
                auth.login(QStringLiteral("us.gad"), QStringLiteral("wrong"));
                QFAIL("a wrong password was accepted");
            } catch (const NastiError &e) {
                QCOMPARE(e.kind(), NastiError::Kind::Auth);
                if (i == 5)
                    QVERIFY2(e.message().contains(QLatin1String("locked")), qPrintable(e.message()));
            }
        }
        // The sixth try, even with the right password, is locked out for 15 minutes.
        try {
            auth.login(QStringLiteral("us.gad"), QStringLiteral("pw"));
            QFAIL("a locked login was let in");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("locked")), qPrintable(e.message()));
        }
        clock.advance(AuthService::kLockoutMs + 1000);
        QCOMPARE(auth.login(QStringLiteral("us.gad"), QStringLiteral("pw")).login, QStringLiteral("us.gad"));
    }

    void disabledUserCannotLogIn()
    {
        test::TestDatabase t;
        auto db = t.create();
        ManualClock clock(1'700'000'000'000);
        test::seedSmallOffice(*db, clock);
        OrgService(*db, clock).setEnabled(QStringLiteral("so.gad1"), false);
        QVERIFY_THROWS_EXCEPTION(
            NastiError, AuthService(*db, clock).login(QStringLiteral("so.gad1"), QStringLiteral("pw")));
    }

    void chargeHandoverKeepsFilesWithThePost()
    {
        test::TestDatabase t;
        auto db = t.create();
        ManualClock clock(1'700'000'000'000);
        test::seedSmallOffice(*db, clock);
        OrgService org(*db, clock);
        org.addUser(QStringLiteral("new.so"), QStringLiteral("New Officer"), Role::Officer,
                    QStringLiteral("pw"), {});
        org.transferPost(QStringLiteral("SO-GAD1"), QStringLiteral("new.so"));
        QCOMPARE(org.post(QStringLiteral("SO-GAD1"))->holderLogin, QStringLiteral("new.so"));
        QVERIFY(org.sessionFor(QStringLiteral("so.gad1")).posts.isEmpty());
        // Never to a disabled login: the post stays as it was, and the refusal says why.
        org.setEnabled(QStringLiteral("us.fin"), false);
        try {
            org.transferPost(QStringLiteral("SO-GAD1"), QStringLiteral("us.fin"));
            QFAIL("charge handed to a disabled login");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("disabled")), qPrintable(e.message()));
        }
        QCOMPARE(org.post(QStringLiteral("SO-GAD1"))->holderLogin, QStringLiteral("new.so"));
    }

    void demoOfficeSeedsOnceAndOnlyIntoAnEmptyDatabase()
    {
        test::TestDatabase t;
        auto db = t.create();
        SystemClock clock;
        PopplerInspector inspector;
        QCOMPARE(DemoSeeder(*db, clock, inspector).seed(), DemoSeeder::Outcome::Seeded);
        const int files = count(*db, "files");
        const int events = count(*db, "events");
        QVERIFY2(files >= 24, qPrintable(QString::number(files)));
        QCOMPARE(DemoSeeder(*db, clock, inspector).seed(), DemoSeeder::Outcome::AlreadySeeded);
        QCOMPARE(count(*db, "files"), files);
        QCOMPARE(count(*db, "events"), events);
        // Files at every stage.
        for (const char *status : {"open", "parked", "closed"})
            QVERIFY2(db->scalar(QStringLiteral("SELECT COUNT(*) FROM files WHERE status = '%1'")
                                    .arg(QLatin1String(status)))
                             .toInt() > 0,
                     status);
        QVERIFY(
            db->scalar(QStringLiteral("SELECT COUNT(*) FROM files WHERE delay_reason IS NOT NULL")).toInt() >
            0);
        QVERIFY(db->scalar(QStringLiteral("SELECT COUNT(*) FROM file_papers")).toInt() > 0);
        // The demo logins work with "demo".
        QCOMPARE(
            AuthService(*db, clock).login(QStringLiteral("clerk.gad1"), QStringLiteral("demo")).posts.size(),
            2);

        test::TestDatabase t2;
        auto other = t2.create();
        test::seedSmallOffice(*other, clock);
        QVERIFY_THROWS_EXCEPTION(NastiError, DemoSeeder(*other, clock, inspector).seed());
    }
};

QTEST_GUILESS_MAIN(TestOrg)
#include "tst_org.moc"
