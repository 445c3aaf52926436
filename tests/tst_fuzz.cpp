// The project's own fuzz tests (issue 13), on both backends: mutated organisation
// CSVs are imported all or nothing with the bad line named; reporting loops and
// invalid UTF-8 are refused by line; control characters never reach the database
// through a one-line field; mutated and truncated PDFs through `nasti-admin receipt
// add`, and command-line arguments with control characters and huge values, get
// one clear line on stderr, write nothing and never crash. The random mutations
// come from a fixed seed, so a failing case is reproducible: each is named by its
// number and what was done to it.
#include "support/testdatabase.h"

#include "pdf/popplerinspector.h"
#include "services/fileservice.h"
#include "services/orgcsv.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace nasti;

namespace {
constexpr quint32 kSeed = 13013;
const QByteArray kHeader = "record,code,name_en,name_hi,department,section,level,reports_to,post,role\n";

struct Run
{
    int code = -1;
    bool crashed = false;
    QByteArray out, err;
};

qint64 count(Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toLongLong();
}

qint64 orgRows(Database &db)
{
    return count(db, "departments") + count(db, "sections") + count(db, "posts") + count(db, "users");
}

QString refusal(const std::function<void()> &f, NastiError::Kind *kind = nullptr)
{
    try {
        f();
    } catch (const NastiError &e) {
        if (kind)
            *kind = e.kind();
        return e.message();
    }
    return {};
}

// A valid organisation whose codes carry the case number, so every case imports
// into the same database without colliding with the ones before.
QByteArray organisation(int n)
{
    const QByteArray d = "D" + QByteArray::number(n);
    return kHeader + "department," + d + ",Department " + d + ",विभाग " + d + ",,,,,,\n" + "section," + d +
           "-1,\"Section 1, " + d + "\",अनुभाग 1," + d + ",,,,,\n" + "post,AS-" + d + ",Assistant,सहायक," + d +
           "," + d + "-1,1,SO-" + d + ",,\n" + "post,SO-" + d + ",Section Officer,अनुभाग अधिकारी," + d + "," +
           d + "-1,2,US-" + d + ",,\n" + "post,US-" + d + ",Under Secretary,अवर सचिव," + d + ",,3,,,\n" +
           "user,u" + d.toLower() + ".a,Asha Rao,आशा राव,,,,,AS-" + d + ",clerk\n" + "user,u" + d.toLower() +
           ".s,Sohan Lal,सोहन लाल,,,,,SO-" + d + ",officer\n";
}

// One random mutation of the bytes; says what it did.
QByteArray mutate(QByteArray csv, QRandomGenerator &rng, QString *what)
{
    static const char nasty[] = {'\0',   '\x1b', '\x7f', '\t',   '\r', '\n', '"', ',',
                                 '\xff', '\xc3', '\xe0', '\x80', ' ',  'A',  '-'};
    const int op = int(rng.bounded(8));
    const qsizetype at = csv.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(csv.size())));
    switch (op) {
    case 0: {
        const char c = char(rng.bounded(256));
        *what = QStringLiteral("byte %1 set to 0x%2").arg(at).arg(quint8(c), 2, 16, QLatin1Char('0'));
        csv[at] = c;
        break;
    }
    case 1: {
        const char c = nasty[rng.bounded(quint32(sizeof nasty))];
        *what = QStringLiteral("0x%1 inserted at %2").arg(quint8(c), 2, 16, QLatin1Char('0')).arg(at);
        csv.insert(at, c);
        break;
    }
    case 2: {
        const qsizetype len = qMin<qsizetype>(csv.size() - at, 1 + rng.bounded(8));
        *what = QStringLiteral("%1 bytes removed at %2").arg(len).arg(at);
        csv.remove(at, len);
        break;
    }
    case 3:
        *what = QStringLiteral("truncated at %1").arg(at);
        csv.truncate(at);
        break;
    case 4: {
        QList<QByteArray> lines = csv.split('\n');
        const int i = int(rng.bounded(quint32(lines.size()))), j = int(rng.bounded(quint32(lines.size())));
        *what = QStringLiteral("lines %1 and %2 swapped").arg(i + 1).arg(j + 1);
        lines.swapItemsAt(i, j);
        csv = lines.join('\n');
        break;
    }
    case 5: {
        QList<QByteArray> lines = csv.split('\n');
        const int i = int(rng.bounded(quint32(lines.size())));
        *what = QStringLiteral("line %1 doubled").arg(i + 1);
        lines.insert(i, lines.at(i));
        csv = lines.join('\n');
        break;
    }
    case 6: {
        *what = QStringLiteral("a terminal escape inserted at %1").arg(at);
        csv.insert(at, "\x1b[2J\x1b]0;owned\x07");
        break;
    }
    default: {
        *what = QStringLiteral("invalid UTF-8 (0xC3 0x28) at %1").arg(at);
        csv.insert(at, "\xc3\x28");
        break;
    }
    }
    return csv;
}

QByteArray demoPdf()
{
    QFile f(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-da-revision.pdf"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo letter");
    return f.readAll();
}
} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'767'000'000'000};

    Run admin(const QStringList &args, const QByteArray &password = "demo")
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NASTI_DB"));
        env.insert(QStringLiteral("NASTI_PASSWORD"), QString::fromUtf8(password));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_t->tempPath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NASTI_ADMIN_PATH),
                QStringList{QStringLiteral("--db"), m_t->url().toString()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("nasti-admin did not finish");
        return Run{p.exitCode(), p.exitStatus() != QProcess::NormalExit, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    // A failing command: did not crash, non-zero, exactly one line on stderr that
    // says something, and no control character a terminal would obey.
    static QString checkOneLineFailure(const Run &r)
    {
        if (r.crashed)
            return QStringLiteral("crashed");
        if (r.code == 0)
            return QStringLiteral("exit code 0");
        if (r.err.count('\n') != 1 || !r.err.endsWith('\n'))
            return QStringLiteral("stderr is not one line: ") + QString::fromUtf8(r.err);
        if (r.err.trimmed().size() < QByteArray("nasti-admin: x").size() || r.err.trimmed().endsWith(':'))
            return QStringLiteral("stderr says nothing: ") + QString::fromUtf8(r.err);
        for (const char c : r.err.chopped(1))
            if (quint8(c) < 0x20 || c == 0x7f)
                return QStringLiteral("stderr holds control character 0x%1")
                    .arg(quint8(c), 2, 16, QLatin1Char('0'));
        return {};
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

    void mutatedOrganisationCsvsImportAllOrNothing()
    {
        OrgService org(*m_db, m_clock);
        QRandomGenerator rng(kSeed);
        int imported = 0, refused = 0;
        constexpr int kCases = 150;
        for (int n = 1; n <= kCases; ++n) {
            QString what;
            QByteArray csv = organisation(n);
            const int mutations = 1 + int(rng.bounded(3));
            QStringList done;
            for (int m = 0; m < mutations; ++m) {
                csv = mutate(csv, rng, &what);
                done << what;
            }
            const QString name = QStringLiteral("case %1 (%2)").arg(n).arg(done.join(QStringLiteral(", ")));
            const qint64 before = orgRows(*m_db);
            NastiError::Kind kind{};
            OrgCsvImporter::Summary s;
            const QString why = refusal([&] { s = OrgCsvImporter(*m_db, org).import(csv); }, &kind);
            const qint64 after = orgRows(*m_db);
            if (why.isEmpty()) {
                ++imported;
                QVERIFY2(after - before == s.departments + s.sections + s.posts + s.users, qPrintable(name));
                // Whatever got in is text: no control characters in any stored name.
                QCOMPARE(
                    m_db->scalar(
                            QStringLiteral(
                                "SELECT COUNT(*) FROM departments WHERE name_en LIKE :e OR name_hi LIKE :e "
                                "OR code LIKE :e"),
                            {{QStringLiteral("e"), QStringLiteral("%\x1b%")}})
                        .toInt(),
                    0);
            } else {
                ++refused;
                QVERIFY2(after == before, qPrintable(name + QStringLiteral(": half imported: ") + why));
                QVERIFY2(kind == NastiError::Kind::Invalid,
                         qPrintable(name + QStringLiteral(": not a clear refusal: ") + why));
                QVERIFY2(why.contains(QLatin1String("line ")) ||
                             why.contains(QLatin1String("the file is empty")),
                         qPrintable(name + QStringLiteral(": no line named: ") + why));
                QVERIFY2(!why.contains(QChar(0x1b)),
                         qPrintable(name + QStringLiteral(": the message echoes an escape")));
            }
        }
        qInfo("%d mutated CSVs: %d imported whole, %d refused whole", kCases, imported, refused);
        QVERIFY(refused > kCases / 2);
        QVERIFY(imported > 0);
    }

    void reportingLoopsOfAnyLengthAreRefused_data()
    {
        QTest::addColumn<QByteArray>("posts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("itself") << QByteArray("post,A1,A,,D,,1,A1,,\n")
                                << QStringLiteral("line 3: post “A1” cannot report to itself");
        QTest::newRow("two") << QByteArray("post,A1,A,,D,,1,B1,,\npost,B1,B,,D,,2,A1,,\n")
                             << QStringLiteral("line 3: posts A1 → B1 → A1 report to each other in a loop");
        QTest::newRow("three, out of order")
            << QByteArray(
                   "post,TOP,T,,D,,6,,,\npost,C1,C,,D,,3,A1,,\npost,A1,A,,D,,1,B1,,\npost,B1,B,,D,,2,C1,,\n")
            << QStringLiteral("line 4: posts C1 → A1 → B1 → C1 report to each other in a loop");
        QTest::newRow("a tail into a loop")
            << QByteArray("post,X1,X,,D,,1,A1,,\npost,A1,A,,D,,2,B1,,\npost,B1,B,,D,,3,A1,,\n")
            << QStringLiteral("posts A1 → B1 → A1 report to each other in a loop");
    }
    void reportingLoopsOfAnyLengthAreRefused()
    {
        QFETCH(QByteArray, posts);
        QFETCH(QString, expected);
        OrgService org(*m_db, m_clock);
        const QString why = refusal(
            [&] { OrgCsvImporter(*m_db, org).import(kHeader + "department,D,Dept,,,,,,,\n" + posts); });
        QVERIFY2(why.contains(expected), qPrintable(why));
        QCOMPARE(orgRows(*m_db), 0);
        // A chain that ends at the top is fine.
        OrgCsvImporter(*m_db, org)
            .import(kHeader + "department,D,Dept,,,,,,,\npost,A1,A,,D,,1,B1,,\npost,B1,B,,D,,2,C1,,\n"
                              "post,C1,C,,D,,3,,,\n");
        QCOMPARE(count(*m_db, "posts"), 3);
    }

    void invalidUtf8AndControlsAreNamedByLine()
    {
        OrgService org(*m_db, m_clock);
        QString why = refusal([&] {
            OrgCsvImporter(*m_db, org)
                .import(kHeader + "department,D,Dept,,,,,,,\nsection,S1,Sec\xff tion,,D,,,,,\n");
        });
        QVERIFY2(why.contains(QLatin1String("line 3: not valid UTF-8")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("byte 15 is 0xFF")), qPrintable(why));
        why = refusal([&] {
            OrgCsvImporter(*m_db, org).import(kHeader + "department,D,De\xe0\x80\xafpt,,,,,,,\n");
        }); // overlong
        QVERIFY2(why.contains(QLatin1String("line 2: not valid UTF-8")), qPrintable(why));
        why = refusal(
            [&] { OrgCsvImporter(*m_db, org).import(kHeader + "department,D,\"Two\nlines\",,,,,,,\n"); });
        QVERIFY2(why.contains(QLatin1String("line 2: The name_en must be one line")), qPrintable(why));
        why = refusal(
            [&] { OrgCsvImporter(*m_db, org).import(kHeader + "department,D,Dept,\x1b[31mलाल,,,,,,\n"); });
        QVERIFY2(why.contains(QLatin1String("line 2: The name_hi contains a control character (U+001B)")),
                 qPrintable(why));
        why = refusal([&] { OrgCsvImporter(*m_db, org).import(kHeader + "department,D\n,Dept,,,,,,,\n"); });
        QVERIFY2(why.contains(QLatin1String("line 2")), qPrintable(why));
        why = refusal([&] {
            OrgCsvImporter(*m_db, org).import(kHeader + "department,D12345678901234567890,Dept,,,,,,,\n");
        });
        QVERIFY2(
            why.contains(QStringLiteral("line 2: department code “D12345678901234567890” is longer than 20")),
            qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("line 2")), qPrintable(why));
        QCOMPARE(orgRows(*m_db), 0);
    }

    // Item 5: one-line fields of every service refuse controls and newlines, naming the field.
    void oneLineFieldsOfTheServicesRefuseControls()
    {
        test::seedSmallOffice(*m_db, m_clock);
        OrgService org(*m_db, m_clock);
        const Session clerk = test::sessionOf(*m_db, m_clock, QStringLiteral("clerk.gad1"));
        FileService files(*m_db, m_clock, clerk);
        PopplerInspector inspector;
        ReceiptService receipts(*m_db, m_clock, clerk, inspector);
        const qint64 filesBefore = count(*m_db, "files");
        auto create = [&](const QString &subject) {
            CreateFileRequest r;
            r.sectionCode = QStringLiteral("GAD-1");
            r.subject = subject;
            return files.create(r);
        };
        QVERIFY(refusal([&] {
                    create(QStringLiteral("Leave \x1b[2J rules"));
                }).contains(QLatin1String("subject contains a control character (U+001B)")));
        QVERIFY(refusal([&] {
                    create(QStringLiteral("Leave\nrules"));
                }).contains(QLatin1String("subject must be one line")));
        QCOMPARE(count(*m_db, "files"), filesBefore);
        auto diarise = [&](const QString &sender, const QString &subject, const QString &letterNo) {
            DiariseRequest r;
            r.content = demoPdf();
            r.fileName = QStringLiteral("letter.pdf");
            r.sender = sender;
            r.subject = subject;
            r.letterNo = letterNo;
            receipts.diarise(r);
        };
        QVERIFY(refusal([&] {
                    diarise(QStringLiteral("GoI\x07"), QStringLiteral("DA"), {});
                }).contains(QLatin1String("sender")));
        QVERIFY(refusal([&] {
                    diarise(QStringLiteral("GoI"), QStringLiteral("DA\r\nrevision"), {});
                }).contains(QLatin1String("subject must be one line")));
        QVERIFY(refusal([&] {
                    diarise(QStringLiteral("GoI"), QStringLiteral("DA"), QStringLiteral("12\t3"));
                }).contains(QLatin1String("letter number")));
        QCOMPARE(count(*m_db, "receipts"), 0);
        QVERIFY(refusal([&] {
                    org.addDepartment(QStringLiteral("REV"),
                                      QStringLiteral("Rev\x1b"
                                                     "enue"),
                                      {});
                }).contains(QLatin1String("department name")));
        QVERIFY(refusal([&] {
                    org.addDepartment(QStringLiteral("REV\n"), QStringLiteral("Revenue"), {});
                }).contains(QLatin1String("REV")));
        QVERIFY(refusal([&] {
                    org.addPost(QStringLiteral("X1"), QStringLiteral("Title"), QStringLiteral("पद\n"),
                                QStringLiteral("GAD"), {}, 1, {});
                }).contains(QLatin1String("post title (Hindi)")));
        QVERIFY(refusal([&] {
                    org.addUser(QStringLiteral("new.user"),
                                QStringLiteral("Ram\x9b"
                                               "1m"),
                                Role::Clerk, QStringLiteral("pw12"), {});
                }).contains(QLatin1String("user's name")));
        // Multi-line fields keep newlines and tabs, refuse the rest.
        const QString no = create(QStringLiteral("Grant of leave"));
        files.saveDraft(no, QStringLiteral("Para one.\r\n\r\n\tPara two."));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT body FROM notes WHERE frozen_at IS NULL")).toString(),
                 QStringLiteral("Para one.\n\n\tPara two."));
        QVERIFY(refusal([&] {
                    files.saveDraft(no, QStringLiteral("bad \x1b]0;x\x07"));
                }).contains(QLatin1String("note contains a control character")));
        ForwardRequest f;
        f.fileNo = no;
        f.target = ForwardRequest::Target::Up;
        f.remarks = QStringLiteral("see\x1b[8m hidden");
        const QString remarks = refusal([&] { files.forward(f); });
        QVERIFY2(remarks.contains(QLatin1String("remarks")) && remarks.contains(QLatin1String("U+001B")),
                 qPrintable(remarks));
        QCOMPARE(count(*m_db, "movements"), 0);
        f.remarks = QStringLiteral("Please see.\nUrgent.");
        files.forward(f);
        QCOMPARE(count(*m_db, "movements"), 1);
    }

    void mutatedAndTruncatedPdfsThroughTheCli()
    {
        QVERIFY2(admin({QStringLiteral("demo")}).code == 0, "demo");
        const QByteArray pdf = demoPdf();
        QRandomGenerator rng(kSeed + 1);
        struct Case
        {
            QString name;
            QByteArray bytes;
        };
        QList<Case> cases;
        cases.append({QStringLiteral("empty"), QByteArray()});
        cases.append({QStringLiteral("not a PDF"), QByteArray("Dear Sir,\nplease find enclosed.\n")});
        cases.append({QStringLiteral("header only"), QByteArray("%PDF-1.4\n")});
        cases.append({QStringLiteral("escape in the bytes"),
                      QByteArray("%PDF-1.4\n\x1b[2J\x1b]0;owned\x07\n%%EOF\n")});
        for (int i = 0; i < 8; ++i) {
            const qsizetype at = qsizetype(rng.bounded(quint32(pdf.size())));
            cases.append({QStringLiteral("truncated at %1 of %2").arg(at).arg(pdf.size()), pdf.left(at)});
        }
        for (int i = 0; i < 10; ++i) {
            QByteArray b = pdf;
            QStringList what;
            for (int k = 0, n = 1 + int(rng.bounded(20u)); k < n; ++k) {
                const qsizetype at = qsizetype(rng.bounded(quint32(b.size())));
                b[at] = char(rng.bounded(256));
                what << QString::number(at);
            }
            cases.append({QStringLiteral("bytes %1 changed").arg(what.join(QLatin1Char(','))), b});
        }
        int refused = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const QString path = m_t->tempPath(QStringLiteral("case%1.pdf").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(c.bytes);
            f.close();
            const qint64 before = count(*m_db, "receipts") + count(*m_db, "attachments");
            const Run r =
                admin({QStringLiteral("--as"), QStringLiteral("clerk.gad1"), QStringLiteral("receipt"),
                       QStringLiteral("add"), path, QStringLiteral("--sender"), QStringLiteral("GoI"),
                       QStringLiteral("--subject"), QStringLiteral("Fuzzed letter %1").arg(i)});
            const QString name = QStringLiteral("PDF case %1 (%2)").arg(i).arg(c.name);
            QVERIFY2(!r.crashed, qPrintable(name + QStringLiteral(": crashed")));
            const qint64 after = count(*m_db, "receipts") + count(*m_db, "attachments");
            if (r.code == 0) {
                QVERIFY2(after > before, qPrintable(name)); // poppler read it: a receipt
                continue;
            }
            ++refused;
            const QString bad = checkOneLineFailure(r);
            QVERIFY2(bad.isEmpty(), qPrintable(name + QStringLiteral(": ") + bad));
            QVERIFY2(r.err.contains("case") || r.err.contains("PDF") || r.err.contains("empty"),
                     qPrintable(name + QStringLiteral(": does not name the problem: ") +
                                QString::fromUtf8(r.err)));
            QVERIFY2(after == before, qPrintable(name + QStringLiteral(": wrote something")));
        }
        QVERIFY(refused >= 4);
    }

    // Text stored before the field rules (or by hand, with psql) is shown escaped.
    void storedControlsNeverReachTheTerminal()
    {
        QVERIFY2(admin({QStringLiteral("demo")}).code == 0, "demo");
        Run r = admin({QStringLiteral("--as"), QStringLiteral("clerk.gad1"), QStringLiteral("file"),
                       QStringLiteral("create"), QStringLiteral("--section"), QStringLiteral("GAD-1"),
                       QStringLiteral("--subject"), QStringLiteral("Plain")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString no = QString::fromUtf8(r.out.trimmed());
        m_db->exec(QStringLiteral("UPDATE files SET subject = :s WHERE file_no = :n"),
                   {{QStringLiteral("s"), QStringLiteral("Legacy \x1b[2J\x1b]0;owned\x07 subject")},
                    {QStringLiteral("n"), no}});
        for (const QStringList &args : {QStringList{QStringLiteral("inbox")},
                                        QStringList{QStringLiteral("file"), QStringLiteral("show"), no}}) {
            r = admin(QStringList{QStringLiteral("--as"), QStringLiteral("clerk.gad1")} + args);
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.out.contains("Legacy \\x{1b}[2J"), r.out.constData());
            QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07'), r.out.constData());
        }
    }

    void hostileArgumentsGetOneLine()
    {
        QVERIFY2(admin({QStringLiteral("init")}).code == 0, "init");
        const QString esc = QStringLiteral("\x1b[31mRED\x1b]0;title\x07");
        const QString huge(120000, QLatin1Char('9')); // (Linux takes at most 128 KiB per argument)
        const QString hugeText(40000, QChar(0x0928)); // न, 3 bytes each
        const QList<QStringList> cases = {
            {esc},
            {QStringLiteral("--") + esc},
            {QStringLiteral("file"), QStringLiteral("show"), esc},
            {QStringLiteral("file"), QStringLiteral("show"), huge},
            {QStringLiteral("--as"), QStringLiteral("cs\nroot"), QStringLiteral("inbox")},
            {QStringLiteral("--as"), hugeText, QStringLiteral("inbox")},
            {QStringLiteral("import-org"), QStringLiteral("/nonexistent/\x1b[2J.csv")},
            {QStringLiteral("import-org"), huge},
            {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), esc},
            {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), huge},
            {QStringLiteral("seed-scale"), QStringLiteral("--files"), huge},
            {QStringLiteral("seed-scale"), QStringLiteral("--files"), QStringLiteral("-5")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x\x1b"), QStringLiteral("--name"),
             esc, QStringLiteral("--role"), QStringLiteral("clerk")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("good.login"),
             QStringLiteral("--name"), esc, QStringLiteral("--role"), QStringLiteral("clerk")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("good.login"),
             QStringLiteral("--name"), hugeText, QStringLiteral("--role"), esc},
            {QStringLiteral("review"), QStringLiteral("close-weeks"), QStringLiteral("--weeks"), huge},
            {QStringLiteral("review"), QStringLiteral("close-days"), esc},
            {QStringLiteral("review"), QStringLiteral("close-days"), QStringLiteral("--days"), huge},
            {QStringLiteral("review"), esc},
            {QStringLiteral("file"), QStringLiteral("frobnicate\n")},
            {QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("/dev/null\t")},
            {QStringLiteral("verify"), QStringLiteral("--heads")},
            {QStringLiteral("org"), QStringLiteral("--json"), QStringLiteral("extra"),
             QStringLiteral("--bogus=\r\n")},
        };
        for (int i = 0; i < cases.size(); ++i) {
            const Run r = admin(cases.at(i), "pw12");
            QString shown = cases.at(i).join(QLatin1Char(' ')).left(60);
            shown.replace(QChar(0x1b), QLatin1String("\\e")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
            const QString name = QStringLiteral("argument case %1 (%2)").arg(i).arg(shown);
            const QString bad = checkOneLineFailure(r);
            QVERIFY2(bad.isEmpty(), qPrintable(name + QStringLiteral(": ") + bad));
            QVERIFY2(!r.out.contains('\x1b'), qPrintable(name + QStringLiteral(": stdout echoes an escape")));
            QVERIFY2(r.err.size() < 4000, qPrintable(name + QStringLiteral(": stderr echoes a huge value")));
        }
        QCOMPARE(count(*m_db, "users"), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
