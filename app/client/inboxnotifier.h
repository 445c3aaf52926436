#pragma once

#include "client/clientcontext.h"

#include <QObject>
#include <QThread>

namespace nasti {

class InboxListener;

// Tells the client that its inbox may have changed.
//
// Every kPollMs, on a connection of its own, it reads a stamp of my posts that changes when a
// file arrives at one of them (clientqueries::inboxStamp; PostgreSQL: the stamps the chain's
// linker moves on, schema step 026). Not LISTEN: PostgreSQL 15 wakes every listening
// backend on every NOTIFY, whatever its channel, which at 1,000 desktops cost more than all
// their queries (README, "A thousand desktops"). The read is the health check too: a lost
// connection is reopened and reported as a change (refresh fully). On PostgreSQL every
// kLinkEveryPolls-th tick also links events a crashed client left unlinked.
// Runs on a thread of its own; signals arrive on the owner's thread.
class InboxNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InboxNotifier(ClientContext context, QObject *parent = nullptr);
    ~InboxNotifier() override;

    void start();
    static constexpr int kPollMs = 1500;
    static constexpr int kLinkEveryPolls = 4;

Q_SIGNALS:
    void inboxChanged();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    ClientContext m_context;
    QThread m_thread;
    InboxListener *m_listener = nullptr;
};

} // namespace nasti
