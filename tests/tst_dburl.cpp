#include "db/dburl.h"
#include "db/sqlscript.h"
#include "util/error.h"

#include <QTest>

using namespace nasti;

class TestDbUrl : public QObject
{
    Q_OBJECT
private slots:
    void sqlite()
    {
        const DbUrl u = DbUrl::parse(QStringLiteral("sqlite:/tmp/x.db"));
        QCOMPARE(u.backend, Backend::Sqlite);
        QCOMPARE(u.path, QStringLiteral("/tmp/x.db"));
        QCOMPARE(u.display(), QStringLiteral("sqlite:/tmp/x.db"));
    }
    void postgres()
    {
        const DbUrl u = DbUrl::parse(QStringLiteral("postgresql://us.gad:s%40cret@db.example:6543/"
                                                    "nasti?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
        QCOMPARE(u.backend, Backend::Postgres);
        QCOMPARE(u.user, QStringLiteral("us.gad"));
        QCOMPARE(u.password, QStringLiteral("s@cret"));
        QCOMPARE(u.host, QStringLiteral("db.example"));
        QCOMPARE(u.port, 6543);
        QCOMPARE(u.database, QStringLiteral("nasti"));
        QCOMPARE(u.options.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QVERIFY(!u.display().contains(QStringLiteral("cret")));
        QCOMPARE(DbUrl::parse(u.toString()).password, QStringLiteral("s@cret"));
    }
    void multiHost()
    {
        const DbUrl u =
            DbUrl::parse(QStringLiteral("postgresql://admin:s%40cret@db1:5432,db2.example:5433,[::1]/"
                                        "nasti?target_session_attrs=read-write"));
        QCOMPARE(u.backend, Backend::Postgres);
        QCOMPARE(u.user, QStringLiteral("admin"));
        QCOMPARE(u.password, QStringLiteral("s@cret"));
        QCOMPARE(u.host, QStringLiteral("db1"));
        QCOMPARE(u.port, 5432);
        QCOMPARE(u.servers().size(), 3);
        QCOMPARE(u.servers().at(1), (DbUrl::Server{QStringLiteral("db2.example"), 5433}));
        QCOMPARE(u.servers().at(2), (DbUrl::Server{QStringLiteral("::1"), 5432}));
        QCOMPARE(u.hostList(), QStringLiteral("db1,db2.example,::1"));
        QCOMPARE(u.portList(), QStringLiteral("5432,5433,5432"));
        QCOMPARE(u.database, QStringLiteral("nasti"));
        QCOMPARE(u.options.value(QStringLiteral("target_session_attrs")), QStringLiteral("read-write"));
        QCOMPARE(u.display(), QStringLiteral("postgresql://admin@db1:5432,db2.example:5433,[::1]:5432/nasti"
                                             "?target_session_attrs=read-write"));
        // Round trip, with and without the password.
        const DbUrl again = DbUrl::parse(u.toString());
        QCOMPARE(again.password, QStringLiteral("s@cret"));
        QCOMPARE(again.servers(), u.servers());
        QCOMPARE(again.toString(), u.toString());
        QCOMPARE(DbUrl::parse(u.display()).servers(), u.servers());
        QCOMPARE(u.withDatabase(QStringLiteral("other")).servers(), u.servers());
        // One server stays as it was.
        const DbUrl one = DbUrl::parse(QStringLiteral("postgresql://u@h:6000/db"));
        QVERIFY(one.moreServers.isEmpty());
        QCOMPARE(one.hostList(), QStringLiteral("h"));
        QCOMPARE(one.portList(), QStringLiteral("6000"));
        QCOMPARE(one.toString(), QStringLiteral("postgresql://u@h:6000/db"));
        // No user, default ports.
        const DbUrl bare = DbUrl::parse(QStringLiteral("postgres://a,b/db"));
        QCOMPARE(bare.portList(), QStringLiteral("5432,5432"));
        QCOMPARE(bare.display(), QStringLiteral("postgresql://a:5432,b:5432/db"));
    }
    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("No database");
        QTest::newRow("scheme") << QStringLiteral("mysql://x/y") << QStringLiteral("Unknown database URL");
        QTest::newRow("no-db") << QStringLiteral("postgresql://u@h:5432/")
                               << QStringLiteral("names no database");
        QTest::newRow("option") << QStringLiteral("postgresql://u@h/db?foo=1") << QStringLiteral("foo");
        QTest::newRow("empty-server")
            << QStringLiteral("postgresql://u@db1:5432,/db") << QStringLiteral("malformed server");
        QTest::newRow("bad-port") << QStringLiteral("postgresql://u@db1,db2:99999/db")
                                  << QStringLiteral("“db2:99999”");
        QTest::newRow("sqlite-no-path") << QStringLiteral("sqlite:") << QStringLiteral("no file path");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        try {
            DbUrl::parse(text);
            QFAIL("accepted a bad URL");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        }
    }
    void scriptSplitting()
    {
        const QString script = QStringLiteral(
            "-- comment\nCREATE TABLE a (x INTEGER);\n"
            "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'x');\nEND;\n"
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$;\n"
            "INSERT INTO a VALUES (1);\n");
        const QStringList parts = splitSqlScript(script);
        QCOMPARE(parts.size(), 4);
        QVERIFY(parts.at(1).endsWith(QLatin1String("END;")));
        QVERIFY(parts.at(2).contains(QLatin1String("RETURN NEW;")));
        QCOMPARE(parts.at(3), QStringLiteral("INSERT INTO a VALUES (1)"));
    }
};

QTEST_GUILESS_MAIN(TestDbUrl)
#include "tst_dburl.moc"
