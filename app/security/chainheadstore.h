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
// Returns an empty string, or the problem: for an altered chain the head is then
// not updated, so the warning repeats until someone looks into it; a database
// older than remembered is said once (see checkChainHead).
QString checkRememberedChainHead(Database &db, ChainHeadStore &store);

// The same check, telling a database older than the one this computer saw (restored
// from a backup or rolled back: the remembered event is gone) from an altered one.
struct ChainCheck
{
    enum class Outcome
    {
        Intact,
        Older,
        Altered
    };
    Outcome outcome = Outcome::Intact;
    QString problem;    // one translated line; empty when intact
    qint64 missing = 0; // Older: the first remembered event the database no longer has
};
// Older is reported once: the computer then remembers the database's head, so
// the office can go on from the restored state (an altered chain is never accepted).
ChainCheck checkChainHead(Database &db, ChainHeadStore &store);
// The sentence for a database older than the one seen: "event N missing".
QString olderDatabaseProblem(qint64 missingSeq);

} // namespace nasti
