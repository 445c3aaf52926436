#pragma once

#include "client/clientcontext.h"

#include <QObject>
#include <QThread>

namespace nasti {

class InboxListener;

// Tells the client that its inbox may have changed.
//
// PostgreSQL: a dedicated connection LISTENs on "nasti_inbox"; FileService sends
// the receiving post's id (an opaque number; we re-query under our own rights).
// Nothing arrives while disconnected, so a lost connection is reopened,
// re-subscribed, and reported as a change (refresh fully).
// SQLite: a cheap stamp query on my posts every pollInterval.
// Runs on a thread of its own; signals arrive on the owner's thread.
class InboxNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InboxNotifier(ClientContext context, QObject *parent = nullptr);
    ~InboxNotifier() override;

    void start();
    static constexpr int kPollMs = 2000;   // SQLite
    static constexpr int kHealthMs = 5000; // PostgreSQL: check the listening connection

Q_SIGNALS:
    // postId: the post that received a file (0 when unknown: refresh everything).
    void inboxChanged(qint64 postId);
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    ClientContext m_context;
    QThread m_thread;
    InboxListener *m_listener = nullptr;
};

} // namespace nasti
