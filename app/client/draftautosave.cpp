#include "client/draftautosave.h"

#include <QElapsedTimer>

namespace nasti {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

DraftAutosave::DraftAutosave(QObject *parent, int idleMs, int maxWaitMs, Clock clock)
    : QObject(parent), m_idleMs(idleMs), m_maxWaitMs(qMax(idleMs, maxWaitMs)), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::poll);
}

qint64 DraftAutosave::now() const
{
    return m_clock ? m_clock() : monotonicMs();
}

void DraftAutosave::edited()
{
    const qint64 t = now();
    if (!m_pending) {
        m_pending = true;
        m_firstAt = t;
    }
    m_lastAt = t;
    schedule();
}

qint64 DraftAutosave::dueAt() const
{
    if (!m_pending)
        return -1;
    return qMin(m_lastAt + m_idleMs, m_firstAt + m_maxWaitMs);
}

void DraftAutosave::schedule()
{
    // The deadline never moves later than kMaxWaitMs after the first unsaved edit,
    // so steady typing cannot keep pushing the save away.
    m_timer.start(int(qMax<qint64>(0, dueAt() - now())));
}

void DraftAutosave::poll()
{
    if (!m_pending)
        return;
    if (now() < dueAt()) {
        schedule();
        return;
    }
    m_pending = false;
    m_timer.stop();
    Q_EMIT saveDue();
}

void DraftAutosave::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_timer.stop();
    Q_EMIT saveDue();
}

void DraftAutosave::cancel()
{
    m_pending = false;
    m_timer.stop();
}

} // namespace nasti
