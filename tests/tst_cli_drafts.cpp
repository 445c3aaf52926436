// Issue 15 through nasti-admin: draft new|revise|show|diff|approve|issue and dispatch
// list|postage on the demo office, JSON out, and bad input refused with one line that
// names the problem, nothing written.
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace nasti;

class TestCliDrafts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    QString m_url;

    struct Run
    {
        int code = -1;
        QString out, err;
    };

    Run as(const QString &login, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NASTI_DB"));
        env.insert(QStringLiteral("NASTI_PASSWORD"), QStringLiteral("demo"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_t->tempPath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), m_url};
        if (!login.isEmpty())
            all << QStringLiteral("--as") << login;
        p.start(QStringLiteral(NASTI_ADMIN_PATH), all + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("nasti-admin did not finish");
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->create(false).reset();
        m_url = m_t->url().toString();
    }
    void cleanup() { m_t.reset(); }

    void draftCommands()
    {
        Run r = as({}, {QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("clerk.gad1"),
               {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--section"),
                QStringLiteral("GAD-1"), QStringLiteral("--subject"), QStringLiteral("Holiday list 2027")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString file = r.out.trimmed();
        const QString body = m_t->tempPath(QStringLiteral("body.txt"));
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The list of public holidays for 2027 is enclosed.\n\nRestricted holidays follow.");
        f.close();
        // Refusals: one line naming the problem, nothing written.
        r = as(QStringLiteral("clerk.gad1"),
               {QStringLiteral("draft"), QStringLiteral("new"), file, QStringLiteral("--subject"),
                QStringLiteral("Holidays"), QStringLiteral("--body-file"), body});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no addressee")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = as(QStringLiteral("clerk.gad1"),
               {QStringLiteral("draft"), QStringLiteral("new"), file, QStringLiteral("--subject"),
                QStringLiteral("Holidays"), QStringLiteral("--to"), QStringLiteral("Finance|Bhopal|fax"),
                QStringLiteral("--body-file"), body});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("“fax” is not a way of sending")), qPrintable(r.err));
        r = as(QStringLiteral("so.gad1"),
               {QStringLiteral("draft"), QStringLiteral("new"), file, QStringLiteral("--subject"),
                QStringLiteral("Holidays"), QStringLiteral("--to"), QStringLiteral("All Departments||post"),
                QStringLiteral("--body-file"), body});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("only that post")), qPrintable(r.err));
        r = as(QStringLiteral("clerk.gad1"), {QStringLiteral("draft"), QStringLiteral("show"), file});
        QVERIFY(r.out.contains(QStringLiteral("has no drafts")));

        r = as(QStringLiteral("clerk.gad1"),
               {QStringLiteral("draft"), QStringLiteral("new"), file, QStringLiteral("--kind"),
                QStringLiteral("circular"), QStringLiteral("--subject"), QStringLiteral("Holidays"),
                QStringLiteral("--to"), QStringLiteral("The Principal Secretary, Finance||nasti|FIN-1"),
                QStringLiteral("--body-file"), body});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("clerk.gad1"),
               {QStringLiteral("file"), QStringLiteral("forward"), file, QStringLiteral("--up")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("so.gad1"),
               {QStringLiteral("draft"), QStringLiteral("revise"), file, QStringLiteral("1"),
                QStringLiteral("--subject"), QStringLiteral("Public holidays for 2027")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("version 2")), qPrintable(r.err));
        r = as(QStringLiteral("so.gad1"), {QStringLiteral("draft"), QStringLiteral("diff"), file,
                                           QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("{+Public holidays for 2027+}")) ||
                     r.out.contains(QStringLiteral("{+Public")),
                 qPrintable(r.out));
        r = as(QStringLiteral("so.gad1"),
               {QStringLiteral("draft"), QStringLiteral("approve"), file, QStringLiteral("1"),
                QStringLiteral("--version"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("superseded")), qPrintable(r.err));
        r = as(QStringLiteral("so.gad1"),
               {QStringLiteral("draft"), QStringLiteral("approve"), file, QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("so.gad1"),
               {QStringLiteral("draft"), QStringLiteral("show"), file, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject d = shown.value(QStringLiteral("drafts")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(d.value(QStringLiteral("versions")).toArray().size(), 2);
        // The SO holds the file and is in GAD-1: he issues it.
        const QString pdf = m_t->tempPath(QStringLiteral("issued.pdf"));
        r = as(QStringLiteral("so.gad1"),
               {QStringLiteral("draft"), QStringLiteral("issue"), file, QStringLiteral("1"),
                QStringLiteral("--json"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject issued = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(issued.value(QStringLiteral("dispatch_no")).toString().startsWith(QStringLiteral("D-")));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        r = as(QStringLiteral("so.gad1"), {QStringLiteral("dispatch"), QStringLiteral("list"),
                                           QStringLiteral("--csv"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("dispatch_no,")));
        QVERIFY(r.out.contains(issued.value(QStringLiteral("dispatch_no")).toString()));
        QVERIFY(r.out.contains(QStringLiteral(",nasti,FIN-1,")));
        r = as({}, {QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }
};

QTEST_MAIN(TestCliDrafts)
#include "tst_cli_drafts.moc"
