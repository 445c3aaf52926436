#pragma once

#include "security/eventlog.h"

#include <QString>

#include <optional>

namespace nasti {

// Remembers, outside the database, the last chain head this machine verified
// for each database, so that even a chain rewritten by a superuser is caught:
// the event at the remembered position must still carry the remembered hash.
class ChainHeadStore
{
public:
    // path: an INI file; by default <data dir>/chain-heads.ini
    explicit ChainHeadStore(QString path = {});

    std::optional<EventLog::ChainHead> remembered(const QString &databaseId) const;
    void remember(const QString &databaseId, const EventLog::ChainHead &head);

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

class Database;

// What every client does at sign-in: check the chain against the head this
// computer remembers for the database, and remember the new head when intact.
// Returns an empty string, or the problem (the head is then not updated, so
// the warning repeats until someone looks into it).
QString checkRememberedChainHead(Database &db, ChainHeadStore &store);

} // namespace nasti
