// nasti-admin end to end, as an administrator and as users would run it, on
// both backends: init and demo twice, org, CSV import with a bad row, users,
// the life of a file, --json, --help everywhere, and verify catching an UPDATE
// of a frozen note made with sqlite3 or psql.
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace nasti;

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    QString m_url;

    Run admin(const QStringList &args, const QString &password = QString(), const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NASTI_DB"));
        env.insert(QStringLiteral("NASTI_PASSWORD"), password);
        if (password.isEmpty())
            env.remove(QStringLiteral("NASTI_PASSWORD"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_t->tempPath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NASTI_ADMIN_PATH), QStringList{QStringLiteral("--db"), m_url} + args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("nasti-admin did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    Run as(const char *login, const QStringList &args, const QString &password = QStringLiteral("demo"))
    {
        return admin(QStringList{QStringLiteral("--as"), QString::fromLatin1(login)} + args, password);
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->create(false).reset(); // an empty database; nasti-admin init migrates it
        m_url = m_t->url().toString();
    }
    void cleanup() { m_t.reset(); }

    void initAndDemoTwice()
    {
        Run r = admin({QStringLiteral("init")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("migrated")));
        r = admin({QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("up to date")));
        r = admin({QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("demo")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("nothing changed")));

        r = admin({QStringLiteral("org"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray depts =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("departments")).toArray();
        QCOMPARE(depts.size(), 3);
        bool foundUs = false;
        for (const QJsonValue &d : depts)
            for (const QJsonValue &p : d.toObject().value(QStringLiteral("posts")).toArray())
                if (p.toObject().value(QStringLiteral("code")).toString() == QLatin1String("US-GAD")) {
                    foundUs = true;
                    QCOMPARE(p.toObject().value(QStringLiteral("holder")).toString(),
                             QStringLiteral("us.gad"));
                    QCOMPARE(p.toObject().value(QStringLiteral("reports_to")).toString(),
                             QStringLiteral("DS-GAD"));
                }
        QVERIFY(foundUs);
        r = admin({QStringLiteral("org")});
        QVERIFY(r.out.contains(QStringLiteral("सामान्य प्रशासन विभाग")));
        QCOMPARE(admin({QStringLiteral("verify")}).code, 0);
    }

    // Issue 19: migrate step by step, each step's time reported, progress on stderr.
    void migrateReportsEachStep()
    {
        Run r = admin({QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("15")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("step 015 015_letter_issue_time:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("from version 0 to 15")), qPrintable(r.out));
        r = admin({QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("2000")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("step 015")) && r.out.contains(QLatin1String("step 016")) &&
                     r.out.contains(QLatin1String("step 018")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("step 16 (016_chain_after_commit): started")),
                 qPrintable(r.err));
        r = admin({QStringLiteral("migrate")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("up to date")));
        r = admin({QStringLiteral("migrate"), QStringLiteral("--attempts"), QStringLiteral("0")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("--attempts")), qPrintable(r.err));
        QCOMPARE(admin({QStringLiteral("verify")}).code, 0);
    }

    void importOrgRefusesABadRowByLineNumber()
    {
        QCOMPARE(admin({QStringLiteral("init")}).code, 0);
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("record,code,name_en,name_hi,department,section,level,reports_to,post,role\n"
                  "department,REV,Revenue Department,राजस्व विभाग,,,,,,\n"
                  "section,REV-1,Revenue Section 1,,REV,,,,,\n"
                  "post,SO-REV1,Section Officer,,REV,REV-1,7,,,\n"
                  "user,so.rev1,Kiran Patil,,,,,,SO-REV1,officer\n");
        csv.close();
        Run r = admin({QStringLiteral("import-org"), csv.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 4")), qPrintable(r.err));
        r = admin({QStringLiteral("org"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("departments"))
                     .toArray()
                     .size(),
                 0);

        QVERIFY(csv.open());
        csv.resize(0);
        csv.write("record,code,name_en,name_hi,department,section,level,reports_to,post,role\n"
                  "department,REV,Revenue Department,राजस्व विभाग,,,,,,\n"
                  "section,REV-1,Revenue Section 1,,REV,,,,,\n"
                  "post,SO-REV1,Section Officer,,REV,REV-1,2,,,\n");
        csv.close();
        r = admin({QStringLiteral("import-org"), csv.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("so.rev1"),
                   QStringLiteral("--name"), QStringLiteral("Kiran Patil"), QStringLiteral("--post"),
                   QStringLiteral("SO-REV1"), QStringLiteral("--role"), QStringLiteral("officer")},
                  QStringLiteral("s3cret!"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("--as"), QStringLiteral("so.rev1"), QStringLiteral("inbox")},
                  QStringLiteral("s3cret!"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("--as"), QStringLiteral("so.rev1"), QStringLiteral("inbox")},
                  QStringLiteral("wrong"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("Wrong login or password")));
    }

    void lifeOfAFileThroughTheCli()
    {
        QCOMPARE(admin({QStringLiteral("init")}).code, 0);
        QCOMPARE(admin({QStringLiteral("demo")}).code, 0);
        Run r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("create"),
                                  QStringLiteral("--section"), QStringLiteral("GAD-1"),
                                  QStringLiteral("--subject"), QStringLiteral("कर्मचारियों का प्रशिक्षण"),
                                  QStringLiteral("--priority"), QStringLiteral("immediate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString no = r.out.trimmed();
        QVERIFY2(no.startsWith(QLatin1String("A-11011/")) && no.endsWith(QLatin1String("-GAD1")),
                 qPrintable(no));

        QCOMPARE(
            as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--section"),
                              QStringLiteral("GAD-1"), QStringLiteral("--subject"), QStringLiteral(" ")})
                .code,
            1);
        r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("note"), no, QStringLiteral("--text"),
                              QStringLiteral("Para one.\n\nPara two.")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("forward"), no, QStringLiteral("--up"),
                              QStringLiteral("--action"), QStringLiteral("approval"),
                              QStringLiteral("--remarks"), QStringLiteral("For orders")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("SO-GAD1")));
        // Refusals: one line on stderr, non-zero exit.
        r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("forward"), no, QStringLiteral("--to"),
                              QStringLiteral("US-GAD")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.contains(QLatin1String("SO-GAD1")));
        r = as("so.gad1", {QStringLiteral("file"), QStringLiteral("forward"), no, QStringLiteral("--to"),
                           QStringLiteral("NOBODY")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("NOBODY")));
        r = as("so.gad1", {QStringLiteral("file"), QStringLiteral("forward"), no, QStringLiteral("--to"),
                           QStringLiteral("US-GAD"), QStringLiteral("--due"), QStringLiteral("2026-13-45")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("YYYY-MM-DD")));

        QCOMPARE(as("so.gad1", {QStringLiteral("file"), QStringLiteral("open"), no}).code, 0);
        QCOMPARE(as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("recall"), no}).code, 1);
        QCOMPARE(as("so.gad1", {QStringLiteral("file"), QStringLiteral("approve"), no,
                                QStringLiteral("--remarks"), QStringLiteral("Approved.")})
                     .code,
                 0);
        r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("close"), no,
                              QStringLiteral("--retention"), QStringLiteral("C")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("show"), no, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("file_no")).toString(), no);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(o.value(QStringLiteral("custodian")).toString(), QStringLiteral("ASST-GAD1"));
        QCOMPARE(o.value(QStringLiteral("priority")).toString(), QStringLiteral("immediate"));
        const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("paragraphs")).toString(),
                 QStringLiteral("1-2"));
        QCOMPARE(notes.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("approval"));
        QCOMPARE(o.value(QStringLiteral("movements")).toArray().size(), 2);

        // A receipt: a corrupt PDF is refused, a good one diarised and put into a file.
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write("%PDF-1.4\nthis is not really a pdf");
        bad.close();
        r = as("clerk.gad1",
               {QStringLiteral("receipt"), QStringLiteral("add"), bad.fileName(), QStringLiteral("--sender"),
                QStringLiteral("Collector"), QStringLiteral("--subject"), QStringLiteral("Flood relief")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("PDF")));
        r = as("clerk.gad1", {QStringLiteral("receipt"), QStringLiteral("add"),
                              QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-quarters-request.pdf"),
                              QStringLiteral("--sender"), QStringLiteral("Collector"),
                              QStringLiteral("--subject"), QStringLiteral("Flood relief"),
                              QStringLiteral("--letter-date"), QStringLiteral("2026-11-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString diary = r.out.trimmed();
        // The sender's acknowledgement: a PDF with the diary number (issue 17).
        const QString ack = m_t->tempPath(QStringLiteral("ack.pdf"));
        r = as("clerk.gad1",
               {QStringLiteral("receipt"), QStringLiteral("ack"), diary, QStringLiteral("--pdf"), ack});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            QFile f(ack);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(5) == "%PDF-");
        }
        QVERIFY2(diary.startsWith(QLatin1String("R-")), qPrintable(diary));
        // A grievance with its reference category and number (schema step 013); a number alone
        // is refused, naming what is missing.
        const QStringList grievance = {
            QStringLiteral("receipt"),
            QStringLiteral("add"),
            QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-quarters-request.pdf"),
            QStringLiteral("--sender"),
            QStringLiteral("Sita Devi"),
            QStringLiteral("--subject"),
            QStringLiteral("Pension not paid"),
            QStringLiteral("--ref"),
            QStringLiteral("DARPG/E/2026/0001")};
        r = as("clerk.gad1", grievance);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("needs its category")), qPrintable(r.err));
        r = as("clerk.gad1",
               grievance + QStringList{QStringLiteral("--category"), QStringLiteral("cpgrams")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString ack2 = m_t->tempPath(QStringLiteral("ack2.pdf"));
        r = as("clerk.gad1", {QStringLiteral("receipt"), QStringLiteral("ack"), r.out.trimmed(),
                              QStringLiteral("--pdf"), ack2});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {ack2, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(20000));
            const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            QVERIFY2(
                printed.contains(QStringLiteral("CPGRAMS grievance, reference number DARPG/E/2026/0001")),
                qPrintable(printed));
        }
        r = as("clerk.gad1",
               {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--section"),
                QStringLiteral("GAD-1"), QStringLiteral("--subject"), QStringLiteral("Flood relief")});
        const QString second = r.out.trimmed();
        QCOMPARE(as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("put"), second,
                                   QStringLiteral("--receipt"), diary})
                     .code,
                 0);
        r = as("clerk.gad1", {QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY(r.out.contains(second));
        QCOMPARE(admin({QStringLiteral("verify")}).code, 0);
    }

    // Follow-up through the CLI (issue 17), JSON out: a call answered, the watch-list,
    // parking with a reason and a review date, the owner's idempotent sweep.
    void followUpThroughTheCli()
    {
        QCOMPARE(admin({QStringLiteral("init")}).code, 0);
        QCOMPARE(admin({QStringLiteral("demo")}).code, 0);
        Run r = as("so.gad1", {QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString no = QJsonDocument::fromJson(r.out.toUtf8())
                               .object()
                               .value(QStringLiteral("files"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("file_no"))
                               .toString();
        QVERIFY(!no.isEmpty());
        r = as("clerk.fin1",
               {QStringLiteral("followup"), QStringLiteral("call"), no, QStringLiteral("--direction"),
                QStringLiteral("Put up"), QStringLiteral("--due"), QStringLiteral("2099-01-01")});
        QCOMPARE(r.code, 1); // not above the holder
        r = as("cs", {QStringLiteral("followup"), QStringLiteral("call"), no, QStringLiteral("--direction"),
                      QStringLiteral("Put up with comments"), QStringLiteral("--due"),
                      QStringLiteral("2099-01-01"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 id =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        r = as("so.gad1", {QStringLiteral("followup"), QStringLiteral("answer"), QString::number(id),
                           QStringLiteral("--text"), QStringLiteral("Putting up today")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as("cs", {QStringLiteral("followup"), QStringLiteral("watchlist"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // (The demo's Chief Secretary watches files of his own: this call by its id.)
        QJsonObject call;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("calls")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                call = v.toObject();
        QVERIFY2(!call.isEmpty(), qPrintable(r.out));
        QCOMPARE(call.value(QStringLiteral("file_no")).toString(), no);
        QCOMPARE(call.value(QStringLiteral("answer")).toString(), QStringLiteral("Putting up today"));
        QCOMPARE(call.value(QStringLiteral("holder")).toString(), QStringLiteral("SO-GAD1"));

        r = as("so.gad1", {QStringLiteral("file"), QStringLiteral("park"), no, QStringLiteral("--remarks"),
                           QStringLiteral("Awaiting Law")});
        QCOMPARE(r.code, 2); // no review date
        r = as("so.gad1",
               {QStringLiteral("file"), QStringLiteral("park"), no, QStringLiteral("--remarks"),
                QStringLiteral("Awaiting Law"), QStringLiteral("--until"), QStringLiteral("2099-01-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A file opened as an Assembly question carries its reference number, or is refused.
        r = as("clerk.gad1",
               {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--section"),
                QStringLiteral("GAD-1"), QStringLiteral("--subject"), QStringLiteral("Starred question 45"),
                QStringLiteral("--category"), QStringLiteral("assembly")});
        QCOMPARE(r.code, 1);
        r = as("clerk.gad1", {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--section"),
                              QStringLiteral("GAD-1"), QStringLiteral("--subject"),
                              QStringLiteral("Starred question 45"), QStringLiteral("--category"),
                              QStringLiteral("assembly"), QStringLiteral("--ref"), QStringLiteral("AQ-45")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("followup"), QStringLiteral("run"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject swept = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(swept.contains(QStringLiteral("reminders")) && swept.contains(QStringLiteral("escalations")));
        QCOMPARE(swept.value(QStringLiteral("returned")).toInt(), 0);
        r = admin({QStringLiteral("followup"), QStringLiteral("run"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reminders")).toInt(),
                 0);
        r = as("so.gad1",
               {QStringLiteral("followup"), QStringLiteral("reminders"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(admin({QStringLiteral("verify")}).code, 0);
    }

    void helpOnEveryCommand()
    {
        QList<QStringList> commands = {
            {QStringLiteral("init")},
            {QStringLiteral("demo")},
            {QStringLiteral("org")},
            {QStringLiteral("import-org")},
            {QStringLiteral("verify")},
            {QStringLiteral("inbox")},
            {QStringLiteral("receipt"), QStringLiteral("add")},
            {QStringLiteral("user"), QStringLiteral("add")},
            {QStringLiteral("user"), QStringLiteral("disable")},
            {QStringLiteral("user"), QStringLiteral("enable")},
            {QStringLiteral("user"), QStringLiteral("passwd")},
            {QStringLiteral("user"), QStringLiteral("transfer")},
        };
        QStringList fileCommands = {
            QStringLiteral("create"), QStringLiteral("note"),   QStringLiteral("forward"),
            QStringLiteral("open"),   QStringLiteral("recall"), QStringLiteral("approve"),
            QStringLiteral("reject"), QStringLiteral("park"),   QStringLiteral("unpark"),
            QStringLiteral("reopen"), QStringLiteral("close"),  QStringLiteral("delay"),
            QStringLiteral("show"),   QStringLiteral("put"),    QStringLiteral("link")};
        for (const char *f :
             {"run", "reminders", "escalated", "call", "watch", "answer", "unwatch", "watchlist", "category"})
            commands << QStringList{QStringLiteral("followup"), QString::fromLatin1(f)};
        QList<QStringList> all = commands;
        for (const QString &f : fileCommands)
            all << QStringList{QStringLiteral("file"), f};
        for (const QStringList &c : all) {
            const Run r = admin(c + QStringList{QStringLiteral("--help")});
            QVERIFY2(r.code == 0, qPrintable(c.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.err));
            QVERIFY2(r.out.contains(QLatin1String("Usage: nasti-admin")),
                     qPrintable(c.join(QLatin1Char(' ')) + r.out));
        }
        QCOMPARE(admin({QStringLiteral("--help")}).code, 0);
        QCOMPARE(admin({QStringLiteral("no-such-command")}).code, 2);
    }

    void verifyCatchesAFrozenNoteEditedBehindItsBack()
    {
        QCOMPARE(admin({QStringLiteral("init")}).code, 0);
        QCOMPARE(admin({QStringLiteral("demo")}).code, 0);
        QCOMPARE(admin({QStringLiteral("verify")}).code, 0);
        QProcess tool;
        if (test::TestDatabase::backend() == Backend::Sqlite) {
            tool.start(QStringLiteral("sqlite3"),
                       {m_t->url().path,
                        QStringLiteral("DROP TRIGGER notes_frozen_no_update; DROP TRIGGER "
                                       "notes_draft_identity; DROP TRIGGER notes_draft_custodian; "
                                       "UPDATE notes SET body = 'Approved. (amended later)' WHERE id = "
                                       "(SELECT MIN(id) FROM notes WHERE frozen_at IS NOT NULL);")});
        } else {
            tool.start(
                QStringLiteral("psql"),
                {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), m_url, QStringLiteral("-c"),
                 QStringLiteral("SET session_replication_role = replica; UPDATE notes SET body = 'Approved. "
                                "(amended later)' "
                                "WHERE id = (SELECT MIN(id) FROM notes WHERE frozen_at IS NOT NULL);")});
        }
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError().constData());
        const Run r = admin({QStringLiteral("verify")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("notes row")) && r.err.contains(QLatin1String("altered")),
                 qPrintable(r.err));
    }

    void newerSchemaIsRefused()
    {
        QCOMPARE(admin({QStringLiteral("init")}).code, 0);
        {
            auto db = Database::open(m_t->url());
            db->execRaw(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"));
        }
        const Run r = admin({QStringLiteral("org")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("newer")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
