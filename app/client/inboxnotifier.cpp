#include "client/inboxnotifier.h"

#include "client/clientqueries.h"
#include "db/database.h"
#include "util/error.h"

#include <QTimer>

namespace nasti {

// Lives in the notifier's thread: owns its connection and the timer.
class InboxListener : public QObject
{
    Q_OBJECT
public:
    explicit InboxListener(ClientContext context) : m_context(std::move(context)) {}
    ~InboxListener() override { m_db.reset(); }

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(InboxNotifier::kPollMs);
        connect(m_timer, &QTimer::timeout, this, &InboxListener::tick);
        m_timer->start();
        ensureOpen(false);
    }

Q_SIGNALS:
    void changed();
    void lost(const QString &message);
    void restored();

private:
    bool ensureOpen(bool reconnecting)
    {
        if (m_db)
            return true;
        try {
            m_db = Database::open(m_context.url);
            m_stamp = clientqueries::inboxStamp(*m_db, m_context.session);
            if (reconnecting) {
                Q_EMIT restored();
                Q_EMIT changed(); // we were away: refresh fully
            }
            m_wasLost = false;
            return true;
        } catch (const NastiError &e) {
            m_db.reset();
            if (!m_wasLost)
                Q_EMIT lost(e.message());
            m_wasLost = true;
            return false;
        }
    }

    void tick()
    {
        if (!ensureOpen(true))
            return;
        try {
            // The stamp is the health check too: one statement a tick.
            const QString stamp = clientqueries::inboxStamp(*m_db, m_context.session);
            if (stamp != m_stamp) {
                m_stamp = stamp;
                Q_EMIT changed();
            }
            // Events a crashed client committed but never linked join the chain (schema
            // step 16); returns at once when another linker is at work.
            if (m_db->isPostgres() && ++m_ticks % InboxNotifier::kLinkEveryPolls == 0)
                m_db->linkEvents(false);
        } catch (const NastiError &e) {
            m_db.reset();
            m_wasLost = true;
            Q_EMIT lost(e.message());
        }
    }

    ClientContext m_context;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    QString m_stamp;
    int m_ticks = 0;
    bool m_wasLost = false;
};

InboxNotifier::InboxNotifier(ClientContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{
    m_thread.setObjectName(QStringLiteral("nasti-inbox"));
}

InboxNotifier::~InboxNotifier()
{
    if (m_listener) {
        // The listening connection is closed in its own thread.
        QMetaObject::invokeMethod(
            m_listener, [this]() { delete m_listener; }, Qt::BlockingQueuedConnection);
        m_listener = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void InboxNotifier::start()
{
    if (m_listener)
        return;
    m_listener = new InboxListener(m_context);
    m_listener->moveToThread(&m_thread);
    connect(m_listener, &InboxListener::changed, this, &InboxNotifier::inboxChanged);
    connect(m_listener, &InboxListener::lost, this, &InboxNotifier::connectionLost);
    connect(m_listener, &InboxListener::restored, this, &InboxNotifier::connectionRestored);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &InboxListener::start);
}

} // namespace nasti

#include "inboxnotifier.moc"
