#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace nasti {

// When to write the note being typed to the local draft store (invariant 5):
// within kMaxWaitMs of any keystroke, without writing on every key. A save is
// due kIdleMs after the last keystroke (a pause), and at the latest kMaxWaitMs
// after the first keystroke not yet saved (so steady typing is saved twice a
// second, not lost for as long as it goes on). edited() on every change;
// saveDue() says "write now". The clock (monotonic ms) can be injected: tests
// then advance it and call poll() instead of waiting.
class DraftAutosave : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIdleMs = 250;
    static constexpr int kMaxWaitMs = 500;
    using Clock = std::function<qint64()>;

    explicit DraftAutosave(QObject *parent = nullptr, int idleMs = kIdleMs, int maxWaitMs = kMaxWaitMs,
                           Clock clock = {});

    void edited(); // the text changed
    void flush();  // a save is pending: emit saveDue() now
    void cancel(); // forget what is pending (the text was saved otherwise)
    bool isPending() const { return m_pending; }
    // When the pending save is due, on the clock; -1 when nothing is pending.
    qint64 dueAt() const;
    // Emits saveDue() if a save is due by the clock (the timer calls this too).
    void poll();

Q_SIGNALS:
    void saveDue();

private:
    qint64 now() const;
    void schedule();

    int m_idleMs, m_maxWaitMs;
    Clock m_clock;
    QTimer m_timer;
    bool m_pending = false;
    qint64 m_firstAt = 0, m_lastAt = 0;
};

} // namespace nasti
