// Issue 19: no exception reaches Qt's event loop. The client runs under GuardedApplication,
// which catches what any slot, timer, queued call or widget event throws, on the GUI thread
// or a worker's, says it (failed()) and carries on; these run under it, as the client does.
#include "guardedapplication.h"
#include "util/error.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <stdexcept>

using namespace nasti;

class TestGuard : public QObject
{
    Q_OBJECT

    GuardedApplication *app() { return qobject_cast<GuardedApplication *>(QCoreApplication::instance()); }

private Q_SLOTS:
    void clickedSlotThatThrowsIsSaid()
    {
        QSignalSpy said(app(), &GuardedApplication::failed);
        const int before = GuardedApplication::caughtCount();
        QPushButton button(QStringLiteral("Put up"));
        connect(&button, &QPushButton::clicked, this, []() {
            fail(NastiError::Kind::Database, QStringLiteral("The connection to the database was lost."));
        });
        button.show();
        QVERIFY(QTest::qWaitForWindowExposed(&button));
        QTest::mouseClick(&button, Qt::LeftButton);
        QTRY_COMPARE(said.count(), 1);
        QCOMPARE(said.first().first().toString(), QStringLiteral("The connection to the database was lost."));
        QCOMPARE(GuardedApplication::caughtCount(), before + 1);
        // The button still works: a second click is a second message, not a crash.
        QTest::mouseClick(&button, Qt::LeftButton);
        QTRY_COMPARE(said.count(), 2);
    }

    void timerAndQueuedCallThatThrowAreSaid()
    {
        QSignalSpy said(app(), &GuardedApplication::failed);
        QTimer::singleShot(0, this, []() { throw std::runtime_error("index out of range"); });
        QTRY_COMPARE(said.count(), 1);
        QVERIFY2(said.first().first().toString().contains(QLatin1String("index out of range")),
                 qPrintable(said.first().first().toString()));
        QMetaObject::invokeMethod(
            this, []() { throw 42; }, Qt::QueuedConnection);
        QTRY_COMPARE(said.count(), 2);
        QVERIFY(said.at(1).first().toString().contains(QLatin1String("internal error")));
    }

    void workerThreadThatThrowsIsSaidOnTheGuiThread()
    {
        QSignalSpy said(app(), &GuardedApplication::failed);
        QThread worker;
        QObject inThread;
        inThread.moveToThread(&worker);
        worker.start();
        Qt::HANDLE caughtOn = nullptr;
        connect(app(), &GuardedApplication::failed, this,
                [&caughtOn]() { caughtOn = QThread::currentThreadId(); });
        QMetaObject::invokeMethod(
            &inThread,
            []() { fail(NastiError::Kind::Conflict, QStringLiteral("The file moved meanwhile.")); },
            Qt::QueuedConnection);
        QTRY_COMPARE(said.count(), 1);
        QCOMPARE(said.first().first().toString(), QStringLiteral("The file moved meanwhile."));
        QCOMPARE(caughtOn, QThread::currentThreadId());
        // The worker's loop is still alive.
        bool ran = false;
        QMetaObject::invokeMethod(
            &inThread, [&ran]() { ran = true; }, Qt::BlockingQueuedConnection);
        QVERIFY(ran);
        worker.quit();
        QVERIFY(worker.wait(5000));
    }
};

int main(int argc, char **argv)
{
    GuardedApplication app(argc, argv);
    TestGuard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guard.moc"
