#pragma once

#include <QString>

#include <optional>

namespace nasti {

class Database;

// The name of one action a user started (issue 19): a forward, a return, an approval, a
// note, a closing ... It is made when the user starts the action and kept while the action
// is tried again, so that a retry after a dropped connection (the COMMIT reached the server,
// its answer did not) finds the action done instead of doing it twice or refusing it as
// "moved meanwhile". An action made of several state-changing calls (a note saved, then the
// file forwarded) gives each call a key of its own, in order: base, base/2, base/3 ...
class ActionKey
{
public:
    ActionKey() = default; // none: the calls are not made idempotent
    explicit ActionKey(QString base) : m_base(std::move(base)) {}
    static ActionKey fresh(); // a new random UUID

    bool isNull() const { return m_base.isEmpty(); }
    const QString &base() const { return m_base; }
    // The key of the next state-changing call; empty for a null key.
    QString next();

private:
    QString m_base;
    int m_calls = 0;
};

// The table of done actions (schema step 017). Keys are bound to the acting user: the
// server records a key for whoever is acting (session_user for a user's own login) and
// answers only about his own keys.
namespace doneactions {
// What the acting user's call named key answered, when it was done; nullopt when it was not.
std::optional<QString> recorded(Database &db, qint64 userId, const QString &key);
// In the call's transaction, before COMMIT. False when the key was recorded already (the
// caller rolls back and reports the recorded answer).
bool record(Database &db, qint64 userId, const QString &key, const QString &kind, const QString &result,
            qint64 nowMs);
} // namespace doneactions

} // namespace nasti
