#pragma once

#include <QApplication>

namespace nasti {

// The client's last guard (issue 19): Qt cannot carry an exception through its event loop,
// so one thrown by any slot, timer, queued call or event handler, on any thread, would end
// the program ("terminate called after throwing ..."). The client's services throw
// NastiError for every refusal and lost connection, and the worker already answers those
// as messages; this catches whatever still reaches the loop, logs where, and hands the
// message to the window (failed()), and the program carries on.
class GuardedApplication : public QApplication
{
    Q_OBJECT
public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // How many exceptions were caught so far (the tests read it).
    static int caughtCount();

Q_SIGNALS:
    // On the GUI thread, whichever thread the exception was caught on.
    void failed(const QString &message);

private:
    void report(QObject *receiver, QEvent *event, const QString &message);
};

} // namespace nasti
