// The core's small guards against bad input and lost typing (issue 13): one rule
// for one-line and multi-line text fields, one-line error messages, and the
// draft autosave's timing (within 0.5 s of a keystroke, not on every key).
#include "client/draftautosave.h"
#include "domain/textfields.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace nasti;

namespace {
QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const NastiError &e) {
        return e.message();
    }
    return {};
}
} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT
private slots:
    void oneLineFieldsRefuseControlsAndNewlines_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("plain") << QStringLiteral("  Grant of leave  ") << QString();
        QTest::newRow("hindi with virama and ZWJ") << QStringLiteral("नस्ती क्\u200Dष") << QString();
        QTest::newRow("newline") << QStringLiteral("Leave\nrules") << QStringLiteral("must be one line");
        QTest::newRow("carriage return")
            << QStringLiteral("Leave\rrules") << QStringLiteral("must be one line");
        QTest::newRow("line separator")
            << QStringLiteral("Leave\u2028rules") << QStringLiteral("must be one line");
        QTest::newRow("tab") << QStringLiteral("Leave\trules")
                             << QStringLiteral("control character (U+0009)");
        QTest::newRow("terminal escape")
            << QStringLiteral("\x1b[2J\x1b[31mred") << QStringLiteral("control character (U+001B)");
        QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x")
                             << QStringLiteral("control character (U+0000)");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("control character (U+007F)");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b31m")
                                << QStringLiteral("control character (U+009B)");
        QTest::newRow("bidi override")
            << QStringLiteral("abc\u202Edcb") << QStringLiteral("control character (U+202E)");
        QTest::newRow("bad UTF-8") << QString::fromUtf8("ab\xff\xfe") << QStringLiteral("not valid text");
    }
    void oneLineFieldsRefuseControlsAndNewlines()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString why = refusal([&] { textfields::oneLine(value, QStringLiteral("subject")); });
        if (expected.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(textfields::oneLine(value, QStringLiteral("subject")), value.trimmed());
        } else {
            QVERIFY2(why.contains(expected), qPrintable(why));
            QVERIFY2(why.contains(QLatin1String("subject")), qPrintable(why)); // names the field
            QVERIFY(!why.contains(QLatin1Char('\n')));
        }
    }

    void multiLineFieldsKeepNewlinesAndTabsOnly()
    {
        QCOMPARE(
            textfields::multiLine(QStringLiteral("Para 1.\r\n\r\n\tPara 2.\rend"), QStringLiteral("note")),
            QStringLiteral("Para 1.\n\n\tPara 2.\nend"));
        QVERIFY(refusal([] {
                    textfields::multiLine(QStringLiteral("a\x1b[0m"), QStringLiteral("note"));
                }).contains(QLatin1String("note contains a control character (U+001B)")));
        QVERIFY(refusal([] {
                    textfields::multiLine(QStringLiteral("a\fb"), QStringLiteral("note"));
                }).contains(QLatin1String("U+000C")));
        QVERIFY(refusal([] {
                    textfields::multiLine(QString(300, QLatin1Char('x')), QStringLiteral("remarks"), 200);
                }).contains(QLatin1String("too long")));
    }

    void printableEscapesEverythingATerminalWouldObey()
    {
        QCOMPARE(textfields::printable(QStringLiteral("a\x1b[31mb\nc\td\u202E")),
                 QStringLiteral("a\\x{1b}[31mb\\nc\\td\\x{202e}"));
    }

    void messagesBecomeOneLine()
    {
        QCOMPARE(oneLine(QStringLiteral(
                     "server closed the connection unexpectedly\n\tThis probably means the server "
                     "terminated abnormally\n\tbefore or while processing the request.\n")),
                 QStringLiteral(
                     "server closed the connection unexpectedly; This probably means the server terminated "
                     "abnormally; before or while processing the request."));
        QCOMPARE(oneLine(QStringLiteral("The CSV file was not imported:\nline 2: bad\nline 3: worse")),
                 QStringLiteral("The CSV file was not imported: line 2: bad; line 3: worse"));
        QCOMPARE(oneLine(QStringLiteral("\n \n")), QString());
    }

    // Injected clock: a keystroke every 120 ms for 3 s. Every keystroke is due in the
    // store within 500 ms, and there are far fewer writes than keys.
    void draftIsDueWithinHalfASecondOfAnyKeystroke()
    {
        qint64 now = 1000;
        DraftAutosave autosave(nullptr, DraftAutosave::kIdleMs, DraftAutosave::kMaxWaitMs,
                               [&now] { return now; });
        QSignalSpy saves(&autosave, &DraftAutosave::saveDue);
        QList<qint64> keys, writes;
        qint64 unsavedSince = -1;
        qint64 worst = 0;
        for (qint64 t = 1000; t <= 4000 + 1000; t += 10) {
            now = t;
            if (t <= 4000 && (t - 1000) % 120 == 0) {
                autosave.edited();
                keys << t;
                if (unsavedSince < 0)
                    unsavedSince = t;
            }
            const int before = saves.count();
            autosave.poll();
            if (saves.count() > before) {
                writes << t;
                worst = qMax(worst, t - unsavedSince);
                unsavedSince = -1;
            }
        }
        QVERIFY(unsavedSince < 0); // everything was saved
        QVERIFY2(worst <= 500, qPrintable(QString::number(worst)));
        QVERIFY2(writes.size() * 3 < keys.size(),
                 qPrintable(QStringLiteral("%1 writes for %2 keys").arg(writes.size()).arg(keys.size())));
        // A pause: due 250 ms after the last key.
        now = 10000;
        autosave.edited();
        QCOMPARE(autosave.dueAt(), 10000 + DraftAutosave::kIdleMs);
        autosave.flush();
        QVERIFY(!autosave.isPending());
        autosave.edited();
        autosave.cancel();
        QCOMPARE(autosave.dueAt(), -1);
    }

    // The real timer: the last keystroke reaches the store within 0.5 s.
    void realTimerSavesWithinHalfASecond()
    {
        DraftAutosave autosave;
        QSignalSpy saves(&autosave, &DraftAutosave::saveDue);
        QElapsedTimer clock;
        clock.start();
        qint64 savedAfter = -1; // when the save came, measured at the signal itself
        connect(&autosave, &DraftAutosave::saveDue, this, [&] { savedAfter = clock.elapsed(); });
        for (int i = 0; i < 10; ++i) { // typing for ~1 s
            autosave.edited();
            QTest::qWait(100);
        }
        const int whileTyping = saves.count();
        QVERIFY2(whileTyping >= 1 && whileTyping <= 4, qPrintable(QString::number(whileTyping)));
        QTest::qWait(700); // the rest of that typing is saved
        const int settled = saves.count();
        QVERIFY(settled <= whileTyping + 1);
        QVERIFY(!autosave.isPending());
        autosave.edited(); // one keystroke after a pause
        clock.restart();
        QTRY_COMPARE_WITH_TIMEOUT(saves.count(), settled + 1, 2000);
        QVERIFY2(savedAfter >= DraftAutosave::kIdleMs - 5 && savedAfter <= 500,
                 qPrintable(QString::number(savedAfter)));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
