#include "guardedapplication.h"

#include "util/error.h"

#include <QAtomicInt>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <exception>

namespace nasti {

namespace {
QAtomicInt s_caught;
} // namespace

GuardedApplication::GuardedApplication(int &argc, char **argv) : QApplication(argc, argv) {}

int GuardedApplication::caughtCount()
{
    return s_caught.loadRelaxed();
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const NastiError &e) {
        report(receiver, event, e.message());
    } catch (const std::exception &e) {
        report(receiver, event,
               tr("Nasti met an internal error (%1). What you were doing was not finished; a note you "
                  "were writing is kept.")
                   .arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        report(receiver, event,
               tr("Nasti met an internal error. What you were doing was not finished; a note you were "
                  "writing is kept."));
    }
    return false;
}

void GuardedApplication::report(QObject *receiver, QEvent *event, const QString &message)
{
    s_caught.fetchAndAddRelaxed(1);
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event ? event->type() : 0);
    qWarning("nasti: caught before the event loop (%s to %s on thread %s): %s", type ? type : "event",
             receiver ? receiver->metaObject()->className() : "nothing",
             QThread::currentThread() == thread() ? "GUI" : "worker", qPrintable(message));
    // Queued: the window is told on its own thread, after this event is done with.
    QMetaObject::invokeMethod(
        this, [this, message]() { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

} // namespace nasti
